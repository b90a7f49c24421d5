"""Practitioner alerts for urgent flags, sent in the background right after the reply.

The flag is already in the store when this runs; a flag whose alert has not been delivered
stays in the store's alert queue (`IntakeStore.pending_alerts`) and is retried on the next
flush, so an alert is never lost to a failed send or a restart.
"""

from __future__ import annotations

import asyncio
import logging
from functools import cache

from bot.notify import (
    Alert,
    Notifier,
    intake_link,
    notifier_from_env,
    practitioner_base_url,
    send_alert_async,
)
from bot.runtime import default_engine

logger = logging.getLogger(__name__)
_lock = asyncio.Lock()
_tasks: set[asyncio.Task[None]] = set()


@cache
def notifier() -> Notifier:
    return notifier_from_env()


async def flush_alerts(intake_id: int) -> None:
    store = default_engine().store
    async with _lock:  # one sender at a time in this process: no double alerts
        intake = store.get(intake_id)
        for flag in store.pending_alerts(intake_id):
            alert = Alert(
                kind="urgent_flag",
                patient_ref=intake.patient_ref,
                intake_id=intake.public_id,
                severity=flag.severity,
                summary=f"Urgent flag: {flag.kind.replace('_', ' ')}"
                + (f" ({flag.risk} risk)" if flag.risk else ""),
                link=intake_link(practitioner_base_url(), intake.public_id),
            )
            try:
                delivery = await send_alert_async(notifier(), alert)
            except Exception:  # the flag stays queued; never let an alert crash the bot
                logger.exception("alert for flag %s could not be sent", flag.id)
                continue
            # A Telegram failure stays "failed" (queued for the next flush) even when the
            # file fallback logged it: the practitioner's chat must get it eventually.
            detail = delivery.detail
            if delivery.fallback is not None:
                detail += f" | fallback {delivery.fallback.channel}: {delivery.fallback.status}"
            store.record_alert(
                flag.id, delivery.status, delivery.channel, delivery.attempts, detail
            )


def schedule_alerts(intake_id: int) -> None:
    """Send pending alerts without delaying the patient's reply."""
    task = asyncio.get_running_loop().create_task(flush_alerts(intake_id))
    _tasks.add(task)
    task.add_done_callback(_tasks.discard)
