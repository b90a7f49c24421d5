"""The Rasa sender id of a Telegram user: a keyed hash, never the raw Telegram id.

`tg-` + HMAC-SHA256(key, user id), first 32 hex digits (128 bits). The key is
INTAKE_PSEUDONYM_KEY, or else a random key generated once and kept in
$INTAKE_DATA_DIR/pseudonym.key (mode 0600). Every Rasa process of a deployment must use the
same key (set INTAKE_PSEUDONYM_KEY when several share no data directory): another key gives
every patient a new pseudonym, and they would start their intake again.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
from pathlib import Path

PREFIX = "tg-"
KEY_ENV = "INTAKE_PSEUDONYM_KEY"
KEY_FILE = "pseudonym.key"
_HEX_DIGITS = 32


def pseudonym(user_id: int, key: bytes) -> str:
    if not key:
        raise ValueError("the pseudonym key must not be empty")
    digest = hmac.new(key, str(int(user_id)).encode("ascii"), hashlib.sha256).hexdigest()
    return PREFIX + digest[:_HEX_DIGITS]


def load_key(env: dict[str, str], data_dir: Path) -> bytes:
    """The deployment's key: from the environment, else the key file (created if missing)."""
    configured = env.get(KEY_ENV, "").strip()
    if configured:
        return configured.encode("utf-8")
    path = data_dir / KEY_FILE
    data_dir.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read_key(path)
    key = secrets.token_hex(32)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(key + "\n")
    return key.encode("ascii")


def _read_key(path: Path) -> bytes:
    for _ in range(20):  # another process may have just created it and not written it yet
        key = path.read_text(encoding="ascii").strip()
        if key:
            return key.encode("ascii")
        time.sleep(0.05)
    raise ValueError(f"{path} is empty: delete it (a new key is made) or set {KEY_ENV}")
