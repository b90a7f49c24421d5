"""Practitioner alerts for urgent flags, sent in the background right after the reply.

The flag is already in the store when this runs. A flag whose alert has not been delivered
stays in the store's alert queue (bot/notify/alert_queue.py) and is retried: on this server's
next flush, and every INTAKE_ALERT_RETRY_SECONDS (default 30) by a loop that each action
server starts with itself (actions/__init__.py). So an alert reaches the practitioner once
the notifier is back, even if the patient never writes again. The practitioner web app
retries the same queue.
"""

from __future__ import annotations

import asyncio
from functools import cache

from bot.notify import Notifier, notifier_from_env, practitioner_base_url
from bot.notify.alert_queue import flush_quietly, retry_interval
from bot.runtime import default_engine

_tasks: set[asyncio.Task[None]] = set()
_retry_loop: list[asyncio.Task[None]] = []  # at most one per process


@cache
def notifier() -> Notifier:
    return notifier_from_env()


async def flush_alerts(intake_id: int | None) -> None:
    await flush_quietly(default_engine().store, notifier(), practitioner_base_url(), intake_id)


async def _retry_forever() -> None:
    every = retry_interval()
    while True:
        await asyncio.sleep(every)
        await flush_alerts(None)


def start_retry_loop() -> None:
    """Retry undelivered alerts every few seconds (one loop per process)."""
    if not _retry_loop or _retry_loop[0].done():
        _retry_loop[:] = [asyncio.get_running_loop().create_task(_retry_forever())]


def schedule_alerts(intake_id: int) -> None:
    """Send pending alerts without delaying the patient's reply."""
    task = asyncio.get_running_loop().create_task(flush_alerts(intake_id))
    _tasks.add(task)
    task.add_done_callback(_tasks.discard)
    start_retry_loop()
