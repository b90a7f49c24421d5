"""Choose the notifier from the environment."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from bot.deployment import environment
from bot.notify.alert import Notifier
from bot.notify.fallback import FallbackNotifier
from bot.notify.file_notifier import FileNotifier, default_alert_log
from bot.notify.telegram_notifier import DEFAULT_BASE_URL, TelegramNotifier

logger = logging.getLogger(__name__)


def notifier_from_env(env: Mapping[str, str] | None = None) -> Notifier:
    """TELEGRAM_BOT_TOKEN and TELEGRAM_PRACTITIONER_CHAT_ID both set: Telegram with the alert
    file as fallback (TELEGRAM_API_BASE_URL, e.g. http://127.0.0.1:8081/bot, overrides the
    Bot API address; the token is appended to it). Otherwise: the alert file only, at
    $INTAKE_DATA_DIR/alerts.log."""
    env = environment() if env is None else env
    file_notifier = FileNotifier(default_alert_log(env))
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
    chat_id = env.get("TELEGRAM_PRACTITIONER_CHAT_ID", "").strip()
    if token and chat_id:
        base_url = env.get("TELEGRAM_API_BASE_URL", "").strip() or DEFAULT_BASE_URL
        return FallbackNotifier(TelegramNotifier(token, chat_id, base_url), file_notifier)
    if token or chat_id:
        logger.warning(
            "Only one of TELEGRAM_BOT_TOKEN and TELEGRAM_PRACTITIONER_CHAT_ID is set; "
            "practitioner alerts go to %s only. Set both to alert over Telegram.",
            file_notifier.path,
        )
    return file_notifier


def practitioner_base_url(env: Mapping[str, str] | None = None) -> str:
    """Where practitioners open the web app: PRACTITIONER_BASE_URL, else the local app on
    127.0.0.1:$PRACTITIONER_PORT (default 8000). Used for the links in notifications."""
    env = environment() if env is None else env
    port = env.get("PRACTITIONER_PORT", "8000")
    return (env.get("PRACTITIONER_BASE_URL", "").strip() or f"http://127.0.0.1:{port}").rstrip("/")
