"""Primary channel first (Telegram); the alert file when the primary fails."""

from __future__ import annotations

import dataclasses
import logging

from bot.notify.alert import Alert, AsyncNotifier, Delivery, Notifier, utc_now
from bot.notify.file_notifier import FileNotifier

logger = logging.getLogger(__name__)


class FallbackNotifier:
    """Tries `primary`; if its Delivery is not "sent", writes the alert to `fallback`.

    Returns the primary's Delivery unchanged when it was sent. Otherwise returns the primary's
    failed Delivery (status "failed", channel "telegram", its attempts and error) with
    `fallback` set to the file's Delivery (status "logged", channel "file", detail the path).
    `delivery.delivered` is then True, and `delivery.fallback.status` says where it went.
    """

    def __init__(self, primary: Notifier, fallback: FileNotifier) -> None:
        self.primary = primary
        self.fallback = fallback

    def __repr__(self) -> str:
        return f"FallbackNotifier({self.primary!r}, {self.fallback!r})"

    def send(self, alert: Alert) -> Delivery:
        """Blocking send for synchronous code; inside an event loop await `send_async`."""
        try:
            first = self.primary.send(alert)
        except Exception as exc:  # a broken primary must not lose the alert
            logger.exception("Primary notifier raised for intake %s", alert.intake_id)
            first = Delivery("failed", _channel(self.primary), 0, repr(exc), utc_now())
        return self._settle(alert, first)

    async def send_async(self, alert: Alert) -> Delivery:
        try:
            if isinstance(self.primary, AsyncNotifier):
                first = await self.primary.send_async(alert)
            else:
                first = self.primary.send(alert)
        except Exception as exc:
            logger.exception("Primary notifier raised for intake %s", alert.intake_id)
            first = Delivery("failed", _channel(self.primary), 0, repr(exc), utc_now())
        return self._settle(alert, first)

    def _settle(self, alert: Alert, first: Delivery) -> Delivery:
        if first.status == "sent":
            return first
        second = self.fallback.send(alert, fallback_for=first)
        return dataclasses.replace(first, fallback=second)


def _channel(notifier: Notifier) -> str:
    return "file" if isinstance(notifier, FileNotifier) else "telegram"
