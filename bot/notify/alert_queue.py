"""The urgent-alert queue: every urgent flag's practitioner alert, sent until it arrives.

A flag is stored before the patient's reply leaves; its alert is sent right after (actions)
and retried by every process that flushes the queue (the action servers every
`retry_interval()` seconds, the practitioner web app every minute, the Rasa process after a
turn its actions could not handle). Each alert is claimed in the database by one sender at a
time, so a notifier that is down only delays alerts, and two processes never send one twice.

The alert carries the pseudonym, the public intake id, the flag's kind and risk level and the
link to the intake page: never the patient's words.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from bot.notify.alert import Alert, Delivery, Notifier, intake_link, send_alert_async
from bot.store import IntakeStore

logger = logging.getLogger(__name__)

RETRY_ALERTS_EVERY = 30.0  # seconds; an undelivered urgent alert is retried this often


def retry_interval(env: Mapping[str, str] = os.environ) -> float:
    """Seconds between retries of undelivered alerts: INTAKE_ALERT_RETRY_SECONDS (1-3600),
    else RETRY_ALERTS_EVERY."""
    raw = env.get("INTAKE_ALERT_RETRY_SECONDS", "").strip()
    if not raw:
        return RETRY_ALERTS_EVERY
    value = float(raw)
    if not 1 <= value <= 3600:
        raise ValueError(f"INTAKE_ALERT_RETRY_SECONDS must be 1-3600 seconds, got {raw!r}")
    return value


async def flush_urgent_alerts(
    store: IntakeStore, notifier: Notifier, base_url: str, intake_id: int | None = None
) -> list[Delivery]:
    """Send every due urgent alert (or those of `intake_id`) and record what became of each."""
    deliveries = []
    for flag in store.claim_alerts(intake_id):
        try:
            intake = store.get(flag.intake_id)
            alert = Alert(
                kind="urgent_flag",
                patient_ref=intake.patient_ref,
                intake_id=intake.public_id,
                severity=flag.severity,
                summary=f"Urgent flag: {flag.kind.replace('_', ' ')}"
                + (f" ({flag.risk} risk)" if flag.risk else ""),
                link=intake_link(base_url, intake.public_id),
            )
            delivery = await send_alert_async(notifier, alert)
        except Exception as exc:  # stays queued; an alert never crashes the bot
            logger.exception("alert for flag %s could not be sent", flag.id)
            store.record_alert(flag.id, "failed", "none", 1, f"{type(exc).__name__}: {exc}")
            continue
        # A Telegram failure stays "failed" (queued for the next flush) even when the file
        # fallback logged it: the practitioner's chat must get it eventually.
        detail = delivery.detail
        if delivery.fallback is not None:
            detail += f" | fallback {delivery.fallback.channel}: {delivery.fallback.status}"
        store.record_alert(flag.id, delivery.status, delivery.channel, delivery.attempts, detail)
        deliveries.append(delivery)
    return deliveries


async def flush_quietly(
    store: IntakeStore, notifier: Notifier, base_url: str, intake_id: int | None = None
) -> None:
    """flush_urgent_alerts for background tasks: a failure (database down) is logged, and
    the alerts stay queued for the retry loops."""
    try:
        await flush_urgent_alerts(store, notifier, base_url, intake_id)
    except Exception:
        logger.exception("urgent alerts could not be flushed; they stay queued")
