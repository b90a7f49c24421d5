"""Practitioner notifier: urgent flags and ready summaries, by Telegram or to a local file.

Alerts carry a pseudonymous patient reference, a public intake id and a fixed summary text;
never the patient's words or any other health detail. Importable without Rasa.

    notifier = notifier_from_env()
    delivery = notifier.send(urgent_flag_alert(patient_ref, intake_id, "suicide_self_harm"))
    # inside an event loop (async rasa-sdk action):
    delivery = await send_alert_async(notifier, alert)
"""

from bot.notify.alert import (
    ALERT_KINDS,
    SEVERITIES,
    Alert,
    AsyncNotifier,
    Delivery,
    Notifier,
    intake_link,
    intake_ready_alert,
    send_alert_async,
    urgent_flag_alert,
)
from bot.notify.env import notifier_from_env, practitioner_base_url
from bot.notify.fallback import FallbackNotifier
from bot.notify.file_notifier import FileNotifier, default_alert_log
from bot.notify.telegram_notifier import DEFAULT_BASE_URL, TelegramNotifier

__all__ = [
    "ALERT_KINDS",
    "DEFAULT_BASE_URL",
    "SEVERITIES",
    "Alert",
    "AsyncNotifier",
    "Delivery",
    "FallbackNotifier",
    "FileNotifier",
    "Notifier",
    "TelegramNotifier",
    "default_alert_log",
    "intake_link",
    "intake_ready_alert",
    "notifier_from_env",
    "practitioner_base_url",
    "send_alert_async",
    "urgent_flag_alert",
]
