"""`intake practitioner add | token | list` against a temporary database."""

from __future__ import annotations

import io

import pytest

from bot import cli
from bot.practitioner import auth
from bot.store import IntakeStore
from bot.store.practitioners import PractitionerStore


@pytest.fixture
def accounts(store: IntakeStore, monkeypatch: pytest.MonkeyPatch) -> PractitionerStore:
    monkeypatch.setenv("INTAKE_DB_URL", store.url)
    return PractitionerStore(store.engine)


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def test_add_stores_an_argon2_hash_not_the_password(
    accounts: PractitionerStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, "a long clinic password\n")
    assert cli.main(["practitioner", "add", "drlee", "--admin", "--password-stdin"]) == 0
    account = accounts.by_username("drlee")
    assert account is not None and account.role == "admin"
    assert account.password_hash.startswith("$argon2id$")
    assert "a long clinic password" not in account.password_hash
    assert auth.verify_password(account.password_hash, "a long clinic password")


def test_add_refuses_short_passwords_and_taken_names(
    accounts: PractitionerStore, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, "short\n")
    assert cli.main(["practitioner", "add", "drlee", "--password-stdin"]) == 1
    assert "at least 12 characters" in capsys.readouterr().err
    _stdin(monkeypatch, "a long clinic password\n")
    assert cli.main(["practitioner", "add", "drlee", "--password-stdin"]) == 0
    _stdin(monkeypatch, "another long password\n")
    assert cli.main(["practitioner", "add", "drlee", "--password-stdin"]) == 1


def test_token_is_printed_once_and_only_its_digest_is_stored(
    accounts: PractitionerStore, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, "a long clinic password\n")
    cli.main(["practitioner", "add", "drlee", "--password-stdin"])
    capsys.readouterr()
    assert cli.main(["practitioner", "token", "drlee"]) == 0
    token = capsys.readouterr().out.strip()
    assert token.startswith(auth.TOKEN_PREFIX) and len(token) > 40
    owner = accounts.by_token_hash(auth.token_digest(token))
    assert owner is not None and owner.username == "drlee"
    with accounts.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT token_hash FROM api_tokens").scalar_one()
    assert stored != token and token not in stored
    assert cli.main(["practitioner", "token", "nobody"]) == 1


def test_list_shows_accounts_and_roles(
    accounts: PractitionerStore, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["practitioner", "list"]) == 0
    assert "no practitioner accounts yet" in capsys.readouterr().out
    _stdin(monkeypatch, "a long clinic password\n")
    cli.main(["practitioner", "add", "drkim", "--password-stdin"])
    assert cli.main(["practitioner", "list"]) == 0
    out = capsys.readouterr().out
    assert "drkim" in out and "practitioner" in out and "last login never" in out
