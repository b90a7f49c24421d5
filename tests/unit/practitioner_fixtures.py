"""Fixtures for the practitioner app tests: a migrated store, accounts, a logged-in client."""

from __future__ import annotations

import re

from starlette.testclient import TestClient

from bot.practitioner import auth
from bot.practitioner.app import create_app
from bot.practitioner.settings import PractitionerSettings
from bot.store import IntakeStore
from bot.store.practitioners import PractitionerStore

PASSWORD = "correct horse battery staple"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def settings(secure: bool = False) -> PractitionerSettings:
    return PractitionerSettings(
        secret_key="k" * 48,
        host="127.0.0.1",
        port=8000,
        base_url="https://clinic.example" if secure else "http://testserver",
        secure_cookies=secure,
        session_hours=8,
    )


def add_account(store: IntakeStore, username: str, role: str = "practitioner") -> None:
    PractitionerStore(store.engine).add(username, auth.hash_password(PASSWORD), role)


def client(store: IntakeStore, secure: bool = False) -> TestClient:
    base = "https://testserver" if secure else "http://testserver"
    return TestClient(create_app(store, settings(secure)), base_url=base, follow_redirects=False)


def csrf_of(html: str) -> str:
    found = _CSRF.search(html)
    assert found, "no CSRF field in the page"
    return found.group(1)


def log_in(c: TestClient, username: str, password: str = PASSWORD, next_: str = "/intakes") -> int:
    token = csrf_of(c.get("/login").text)
    response = c.post(
        "/login",
        data={"csrf": token, "username": username, "password": password, "next": next_},
    )
    return response.status_code
