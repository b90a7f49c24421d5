"""Practitioner alerts over Telegram with python-telegram-bot (plain package, no extras)."""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import re
from collections.abc import Sequence

from telegram import Bot
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    RetryAfter,
    TelegramError,
)
from telegram.request import HTTPXRequest

from bot.notify.alert import Alert, Delivery, utc_now

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.telegram.org/bot"

_TOKEN_IN_URL = re.compile(r"/bot\d+:[A-Za-z0-9_-]+")


class RedactBotToken(logging.Filter):
    """httpx logs every request URL at INFO, and Bot API URLs contain the bot token."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any("/bot" in str(a) for a in record.args):
            record.args = tuple(
                _TOKEN_IN_URL.sub("/bot<token>", str(a)) if "/bot" in str(a) else a
                for a in record.args
            )
        return True


def redact_tokens_in_http_logs() -> None:
    """Install `RedactBotToken` on the httpx logger once (idempotent)."""
    httpx_logger = logging.getLogger("httpx")
    if not any(isinstance(f, RedactBotToken) for f in httpx_logger.filters):
        httpx_logger.addFilter(RedactBotToken())


class TelegramNotifier:
    """Sends each alert as one plain-text message to the practitioner's chat.

    Every `send` opens a fresh `Bot` (getMe first, then sendMessage) and closes it again, so
    it is safe in any event loop or thread. Network errors, HTTP 5xx and flood control are
    retried `retries` times in all, sleeping `backoff[i]` seconds between attempts (the last
    value repeats; flood control waits at least `retry_after`, capped at `max_retry_after`).
    A rejected token, an unknown chat or a bot the practitioner blocked fail at once: retrying
    cannot fix configuration. It never raises; failure is a `Delivery` with status "failed".

    Worst case one send takes about retries * 2 * timeout + sum(backoff) seconds.
    """

    def __init__(
        self,
        token: str,
        chat_id: int | str,
        base_url: str = DEFAULT_BASE_URL,
        *,
        retries: int = 3,
        backoff: Sequence[float] = (0.5, 1.0, 2.0),
        timeout: float = 5.0,
        max_retry_after: float = 10.0,
    ) -> None:
        if not token:
            raise ValueError("TelegramNotifier needs a bot token (TELEGRAM_BOT_TOKEN)")
        if chat_id in ("", None):
            raise ValueError("TelegramNotifier needs a chat id (TELEGRAM_PRACTITIONER_CHAT_ID)")
        if retries < 1:
            raise ValueError("retries counts attempts in all and must be at least 1")
        if any(b < 0 for b in backoff):
            raise ValueError("backoff seconds must not be negative")
        self._token = token
        self.chat_id = chat_id
        self.base_url = base_url
        self.retries = retries
        self.backoff = tuple(backoff) or (0.0,)
        self.timeout = timeout
        self.max_retry_after = max_retry_after
        redact_tokens_in_http_logs()

    def __repr__(self) -> str:  # never show the token
        return f"TelegramNotifier(chat_id={self.chat_id!r}, base_url={self.base_url!r})"

    def send(self, alert: Alert) -> Delivery:
        """Blocking send, for synchronous code.

        Inside a running event loop, await `send_async` instead: called there, this runs the
        send on a worker thread and blocks the loop until it is done.
        """
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return asyncio.run(self.send_async(alert))
        logger.warning(
            "TelegramNotifier.send() was called inside a running event loop and blocks it; "
            "use `await send_async(alert)` there"
        )
        with concurrent.futures.ThreadPoolExecutor(1, "telegram-notify") as pool:
            return pool.submit(asyncio.run, self.send_async(alert)).result()

    async def send_async(self, alert: Alert) -> Delivery:
        try:
            return await self._deliver(alert)
        except Exception as exc:  # an alert path must not raise into the conversation
            logger.exception("Unexpected error sending practitioner alert %s", alert.intake_id)
            return Delivery("failed", "telegram", 0, self._redact(repr(exc)), utc_now())

    async def _deliver(self, alert: Alert) -> Delivery:
        bot = Bot(
            self._token,
            base_url=self.base_url,
            request=self._request(),
            get_updates_request=self._request(),
        )
        error = ""
        attempt = 0
        delay = 0.0
        try:
            for attempt in range(1, self.retries + 1):
                try:
                    await bot.initialize()  # getMe; a no-op once it has succeeded
                    message = await bot.send_message(chat_id=self.chat_id, text=alert.text())
                except (InvalidToken, Forbidden, BadRequest, ChatMigrated) as exc:
                    error = self._permanent_error(exc)
                    break
                except RetryAfter as exc:
                    error = self._redact(f"{type(exc).__name__}: {exc}")
                    wait = max(self._backoff(attempt), _seconds(exc.retry_after))
                    delay = min(wait, self.max_retry_after)
                except TelegramError as exc:
                    error = self._redact(f"{type(exc).__name__}: {exc}")
                    delay = self._backoff(attempt)
                else:
                    return Delivery("sent", "telegram", attempt, str(message.message_id), utc_now())
                logger.warning(
                    "Telegram alert for intake %s, attempt %d of %d failed: %s",
                    alert.intake_id,
                    attempt,
                    self.retries,
                    error,
                )
                if attempt < self.retries and delay:
                    await asyncio.sleep(delay)
        finally:
            try:
                await bot.shutdown()
            except Exception:  # closing the HTTP client must not hide the outcome
                logger.debug("Bot.shutdown() failed", exc_info=True)
        logger.error(
            "Telegram alert for intake %s not delivered after %d attempt(s): %s",
            alert.intake_id,
            attempt,
            error,
        )
        return Delivery("failed", "telegram", attempt, error, utc_now())

    def _request(self) -> HTTPXRequest:
        return HTTPXRequest(
            connection_pool_size=1,
            read_timeout=self.timeout,
            write_timeout=self.timeout,
            connect_timeout=self.timeout,
            pool_timeout=self.timeout,
        )

    def _backoff(self, attempt: int) -> float:
        return self.backoff[min(attempt - 1, len(self.backoff) - 1)]

    def _permanent_error(self, exc: TelegramError) -> str:
        text = f"{type(exc).__name__}: {exc}"
        if isinstance(exc, InvalidToken):
            text += "; check TELEGRAM_BOT_TOKEN (and TELEGRAM_API_BASE_URL)"
        elif isinstance(exc, ChatMigrated):
            text += f"; set TELEGRAM_PRACTITIONER_CHAT_ID to {exc.new_chat_id}"
        elif isinstance(exc, Forbidden):
            text += "; the practitioner must start (or unblock) the bot in that chat"
        elif isinstance(exc, BadRequest):
            text += "; check TELEGRAM_PRACTITIONER_CHAT_ID"
        return self._redact(text)

    def _redact(self, text: str) -> str:
        return text.replace(self._token, "<token>")


def _seconds(value: object) -> float:
    """RetryAfter.retry_after is int seconds or a timedelta depending on PTB settings."""
    total = getattr(value, "total_seconds", None)
    if callable(total):
        return float(total())
    return float(value) if isinstance(value, (int, float)) else 0.0
