"""Telegram channel settings from the environment."""

from __future__ import annotations

import re
from dataclasses import dataclass

DEFAULT_BASE_URL = "https://api.telegram.org/bot"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
WEBHOOK_PATH = "/webhooks/telegram/webhook"
# What the bot asks Telegram to deliver; everything else (channel posts, polls...) stays away.
ALLOWED_UPDATES = ("message", "edited_message", "callback_query")
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")  # what Telegram accepts as secret_token


class NotConfigured(RuntimeError):
    """The deployment has no Telegram bot (or no webhook secret): the channel stays off."""


@dataclass(frozen=True)
class TelegramSettings:
    token: str
    webhook_secret: str
    base_url: str = DEFAULT_BASE_URL
    # The practitioner's alert chat (same bot): never read as a patient's conversation.
    staff_chat_ids: frozenset[int] = frozenset()

    def __repr__(self) -> str:  # never show the token or the secret
        return f"TelegramSettings(base_url={self.base_url!r})"


def telegram_settings(env: dict[str, str]) -> TelegramSettings:
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not token:
        raise NotConfigured(
            "Telegram is not configured: set TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET"
        )
    secret = env.get("TELEGRAM_WEBHOOK_SECRET", "").strip()
    if not secret:
        raise NotConfigured(
            "TELEGRAM_WEBHOOK_SECRET is not set: the webhook refuses every update without it "
            "(1-256 characters A-Z, a-z, 0-9, _ and -)"
        )
    if not _SECRET.fullmatch(secret):
        raise NotConfigured(
            "TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and - "
            "(Telegram refuses any other secret)"
        )
    base_url = env.get("TELEGRAM_API_BASE_URL", "").strip() or DEFAULT_BASE_URL
    staff = env.get("TELEGRAM_PRACTITIONER_CHAT_ID", "").strip()
    staff_ids = frozenset({int(staff)}) if staff.lstrip("-").isdigit() else frozenset()
    return TelegramSettings(token, secret, base_url, staff_ids)
