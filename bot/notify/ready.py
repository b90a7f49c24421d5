"""The "intake ready" notice: queued in the database when an intake finishes, then sent in
the background; one that fails stays queued and the practitioner web app retries it.

It carries the pseudonym, the number of flags and the link to the intake's page; no scores,
no answers, no words.

From an async rasa-sdk action, after the engine handled a reply:

    notify_if_finished(engine().store, intake.id)
"""

from __future__ import annotations

import asyncio
import logging
from functools import cache

from bot.notify.alert import Delivery, Notifier, intake_link, intake_ready_alert, send_alert_async
from bot.notify.env import notifier_from_env, practitioner_base_url
from bot.store import IntakeStore
from bot.store.notices import ReadyNoticeQueue

logger = logging.getLogger(__name__)

# Intakes that have something for the practitioner to read. Declined and ineligible intakes
# hold nothing but the refusal / the age check.
FINISHED = ("complete", "stopped_for_safety")

# Background sends of this process: asyncio keeps only weak references to tasks.
_tasks: set[asyncio.Task[None]] = set()


@cache
def _default_notifier() -> Notifier:
    return notifier_from_env()


def queue_if_finished(store: IntakeStore, intake_id: int) -> bool:
    """Queue the notice when the intake has just finished; True if it was newly queued."""
    intake = store.get(intake_id)
    if intake.status not in FINISHED:
        return False
    return ReadyNoticeQueue(store.engine).enqueue(intake_id)


async def flush_ready_notices(
    store: IntakeStore,
    queue: ReadyNoticeQueue,
    notifier: Notifier,
    base_url: str,
    intake_id: int | None = None,
) -> list[Delivery]:
    """Send every due notice (or the one of `intake_id`) and record what became of each."""
    deliveries = []
    for notice in queue.claim(intake_id):
        try:
            intake = store.get(notice.intake_id)
            flags = [f for f in store.flags(intake.id) if f.severity in ("urgent", "review")]
            alert = intake_ready_alert(
                intake.patient_ref,
                intake.public_id,
                "review" if flags else "info",
                flag_count=len(flags),
                link=intake_link(base_url, intake.public_id),
            )
            delivery = await send_alert_async(notifier, alert)
        except Exception as exc:  # recorded as failed, retried later; never raised into a turn
            logger.exception("intake-ready notice %s could not be sent", notice.id)
            queue.record(notice.id, "failed", "none", 1, f"{type(exc).__name__}: {exc}")
            continue
        # "sent" / "logged" when the notice reached its channel (the alert file is the channel
        # when no Telegram chat is configured). A Telegram failure stays "failed" even when the
        # file fallback logged it, so it is retried, like the urgent alerts (actions/alerts.py).
        status = delivery.status if delivery.status in ("sent", "logged") else "failed"
        detail = delivery.detail
        if delivery.fallback is not None:
            detail += f" | fallback {delivery.fallback.channel}: {delivery.fallback.status}"
        queue.record(notice.id, status, delivery.channel, delivery.attempts, detail)
        deliveries.append(delivery)
    return deliveries


async def _send_in_background(store: IntakeStore, intake_id: int) -> None:
    try:
        await flush_ready_notices(
            store,
            ReadyNoticeQueue(store.engine),
            _default_notifier(),
            practitioner_base_url(),
            intake_id,
        )
    except Exception:  # the notice stays queued; the web app retries it
        logger.exception("intake-ready notice for intake %s not sent", intake_id)


def notify_if_finished(store: IntakeStore, intake_id: int) -> None:
    """Queue and send the notice in the background if the intake has just finished.

    Never blocks or raises into the conversation; without a running event loop the notice
    stays queued for the web app's retry."""
    try:
        if not queue_if_finished(store, intake_id):
            return
    except Exception:
        logger.exception("could not queue the intake-ready notice for intake %s", intake_id)
        return
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return
    task = loop.create_task(_send_in_background(store, intake_id))
    _tasks.add(task)
    task.add_done_callback(_tasks.discard)
