"""`intake telegram --polling`: Telegram long polling for machines without public HTTPS.

Each update fetched with getUpdates is POSTed, as Telegram would, to the running Rasa's
Telegram webhook with the secret header, so one handler serves both modes. An update is
confirmed to Telegram (the next offset) only once the webhook took it; while Rasa is down
the same update is retried with a growing pause.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import urllib.error
import urllib.request
from collections.abc import Sequence

from telegram import Bot
from telegram.error import TelegramError

from bot.channels.telegram.settings import ALLOWED_UPDATES, SECRET_HEADER

logger = logging.getLogger(__name__)

LONG_POLL_SECONDS = 25
RETRY_DELAYS = (0.5, 1.0, 2.0, 5.0)  # the last one repeats


class WebhookRefused(RuntimeError):
    """Rasa's webhook said 403 or 503: the secret or the token differ between processes."""


def forward(url: str, secret: str, update: dict[str, object], timeout: float = 60) -> None:
    """POST one update to the webhook (blocking); raises WebhookRefused or OSError."""
    request = urllib.request.Request(
        url,
        data=json.dumps(update).encode("utf-8"),
        headers={"Content-Type": "application/json", SECRET_HEADER: secret},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            reply.read()
    except urllib.error.HTTPError as exc:
        if exc.code in (403, 503):
            detail = exc.read()[:200].decode("utf-8", "replace")
            raise WebhookRefused(
                f"{url} answered {exc.code}: {detail} (Rasa and this command need the same "
                "TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET)"
            ) from None
        raise


async def poll(
    bot: Bot,
    webhook_url: str,
    secret: str,
    *,
    stop: asyncio.Event,
    long_poll: float = LONG_POLL_SECONDS,
    retry_delays: Sequence[float] = RETRY_DELAYS,
) -> int:
    """Poll until `stop` is set; returns how many updates were forwarded."""
    await bot.delete_webhook()  # getUpdates does not work while a webhook is set
    offset: int | None = None
    forwarded = 0
    try:
        while not stop.is_set():
            updates = await bot.get_updates(
                offset=offset, timeout=int(long_poll), allowed_updates=list(ALLOWED_UPDATES)
            )
            for update in updates:
                failures = 0
                while not stop.is_set():
                    try:
                        await asyncio.to_thread(forward, webhook_url, secret, update.to_dict())
                        break
                    except OSError as exc:  # URLError, HTTPError, timeouts: Rasa not there
                        delay = retry_delays[min(failures, len(retry_delays) - 1)]
                        failures += 1
                        logger.warning(
                            "update %d not taken by %s (%s); retrying in %.1fs",
                            update.update_id,
                            webhook_url,
                            type(exc).__name__,
                            delay,
                        )
                        await asyncio.sleep(delay)
                else:
                    return forwarded  # stopped while retrying: Telegram keeps the update
                forwarded += 1
                offset = update.update_id + 1
    finally:
        if offset is not None:  # confirm what was forwarded, so a restart does not repeat it
            with contextlib.suppress(TelegramError):
                await bot.get_updates(offset=offset, timeout=0)
    return forwarded
