"""Settings of the practitioner web app, read from the environment once at start."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.config import data_dir
from bot.deployment import environment
from bot.notify.env import practitioner_base_url

SECRET_FILE = "practitioner_secret.key"


@dataclass(frozen=True)
class PractitionerSettings:
    secret_key: str
    host: str
    port: int
    base_url: str  # how practitioners reach the app; used in notification links
    secure_cookies: bool  # add `Secure` to the session cookie (served over HTTPS)
    session_hours: float


def load_secret(env: Mapping[str, str], directory: Path) -> str:
    """PRACTITIONER_SECRET_KEY, else a key generated once into $INTAKE_DATA_DIR (mode 0600)."""
    given = env.get("PRACTITIONER_SECRET_KEY", "").strip()
    if given:
        if len(given) < 32:
            raise ValueError("PRACTITIONER_SECRET_KEY must be at least 32 characters")
        return given
    path = directory / SECRET_FILE
    if not path.exists():
        directory.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process made it first
            pass
        else:
            with os.fdopen(fd, "w", encoding="ascii") as f:
                f.write(secrets.token_urlsafe(48))
    key = path.read_text(encoding="ascii").strip()
    if len(key) < 32:
        raise ValueError(f"{path} holds no usable key; delete it to have a new one made")
    return key


def load_practitioner_settings(env: Mapping[str, str] | None = None) -> PractitionerSettings:
    env = environment() if env is None else env
    directory = Path(env["INTAKE_DATA_DIR"]) if env.get("INTAKE_DATA_DIR") else data_dir()
    base_url = practitioner_base_url(env)
    secure = env.get("PRACTITIONER_SECURE_COOKIES", "").strip().lower()
    return PractitionerSettings(
        secret_key=load_secret(env, directory),
        host=env.get("PRACTITIONER_HOST", "127.0.0.1"),
        port=int(env.get("PRACTITIONER_PORT", "8000")),
        base_url=base_url,
        secure_cookies=secure in ("1", "true", "yes") or base_url.startswith("https://"),
        session_hours=float(env.get("PRACTITIONER_SESSION_HOURS", "8")),
    )
