"""Passwords, API tokens, CSRF tokens and the login rate limit: plain functions, no web code.

Passwords: argon2id (argon2-cffi's defaults, RFC 9106 low-memory profile), re-hashed on login
when those defaults change. API tokens: 256 random bits shown once; only their SHA-256 digest
is stored. Failed logins are counted in the audit log (the database), so the limit survives a
restart and holds across several web processes.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from bot.store.practitioners import PractitionerRecord, PractitionerStore

TOKEN_PREFIX = "itk_"
MIN_PASSWORD_CHARS = 12
# Failed logins allowed in LOGIN_WINDOW before logins are refused: per username (since its
# last success) and per client address (many usernames from one place).
LOGIN_WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_USERNAME = 5
MAX_FAILURES_PER_CLIENT = 20

_hasher = PasswordHasher()
# Verified against when the username does not exist, so both cases take the same time.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class WeakPasswordError(ValueError):
    pass


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_CHARS:
        raise WeakPasswordError(f"a password needs at least {MIN_PASSWORD_CHARS} characters")
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def new_api_token() -> tuple[str, str, str]:
    """(token to show once, its digest to store, a short prefix to tell tokens apart)."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    return token, token_digest(token), token[: len(TOKEN_PREFIX) + 6]


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def same_token(expected: str | None, given: str | None) -> bool:
    """Constant-time comparison; a missing token never matches."""
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))


@dataclass(frozen=True)
class LoginResult:
    account: PractitionerRecord | None
    outcome: str  # ok | failed | blocked


def login(
    store: PractitionerStore, username: str, password: str, client: str | None
) -> LoginResult:
    """Check a login attempt against the rate limit and the stored hash; audit the outcome."""
    username = username.strip()[:64]
    since = datetime.now(timezone.utc) - LOGIN_WINDOW
    if store.failed_logins(since, username=username) >= MAX_FAILURES_PER_USERNAME or (
        client is not None and store.failed_logins(since, client=client) >= MAX_FAILURES_PER_CLIENT
    ):
        store.audit(username, "login_blocked", "web", client=client, detail="rate limit")
        return LoginResult(None, "blocked")
    account = store.by_username(username) if username else None
    if account is None or not account.active:
        verify_password(_DUMMY_HASH, password)  # same cost as a real check
        # A name that is no account is not stored: it may be a password typed in the wrong box.
        actor = username if account is not None else None
        store.audit(
            actor,
            "login_failed",
            "web",
            client=client,
            detail="unknown account" if account is None else "disabled account",
        )
        return LoginResult(None, "failed")
    if not verify_password(account.password_hash, password):
        store.audit(username, "login_failed", "web", client=client)
        return LoginResult(None, "failed")
    if _hasher.check_needs_rehash(account.password_hash):
        store.set_password_hash(account.id, _hasher.hash(password))
    store.record_login(account.id)
    store.audit(username, "login_ok", "web", client=client)
    return LoginResult(account, "ok")
