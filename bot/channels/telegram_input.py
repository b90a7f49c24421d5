"""Rasa wiring for the Telegram channel: the ONE module outside bot/nlu and actions/ that
imports Rasa (its InputChannel API). Everything Telegram-specific is in
bot/channels/telegram/ and runs without Rasa.

Registered in credentials.yml as `bot.channels.telegram_input.TelegramInput:` (no values:
settings come from the environment). It serves POST /webhooks/telegram/webhook for
Telegram's webhook and for `intake telegram --polling`, which forwards long-polled updates
here. Without TELEGRAM_BOT_TOKEN (or TELEGRAM_WEBHOOK_SECRET) Rasa starts as usual and the
webhook answers 503 saying what to set.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import os
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.core.tracker_store import InMemoryTrackerStore, SQLTrackerStore, TrackerStore
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from telegram import Bot
from telegram.error import InvalidToken
from telegram.request import HTTPXRequest

from bot.channels import turn_guard
from bot.channels.telegram.handler import TelegramHandler
from bot.channels.telegram.outbound import BotMessage, bot_messages
from bot.channels.telegram.pseudonym import load_key
from bot.channels.telegram.settings import (
    SECRET_HEADER,
    NotConfigured,
    TelegramSettings,
    telegram_settings,
)
from bot.config import data_dir, load_settings
from bot.notify.telegram_notifier import redact_tokens_in_http_logs
from bot.store import IntakeStore

logger = logging.getLogger(__name__)

CHANNEL = "telegram"


class RasaConversation:
    """The handler's `Conversation` port, over Rasa's message handling and tracker store."""

    def __init__(self, on_new_message: Callable[[UserMessage], Awaitable[Any]], app: Any) -> None:
        self._on_new_message = on_new_message
        self._app = app
        self._store: IntakeStore | None = None

    async def message(self, sender_id: str, text: str) -> list[BotMessage]:
        collector = CollectingOutputChannel()
        # No metadata: the chat id stays out of the tracker.
        message = UserMessage(text, collector, sender_id, input_channel=CHANNEL)
        await turn_guard.handle_message(  # no reply at all: the recovery reply (turn_guard)
            self._on_new_message, message, self._app.ctx.agent, lambda: bool(collector.messages)
        )
        return bot_messages(collector.messages)

    async def erase(self, sender_id: str) -> None:
        """Erase records and conversation. What can refuse (an unsupported tracker store, an
        urgent alert still queued) refuses before anything is deleted."""
        agent = self._app.ctx.agent
        stores = tracker_stores(agent.tracker_store)  # raises for an unsupported store
        async with agent.lock_store.lock(sender_id):  # no message of theirs runs meanwhile
            if self._store is None:
                self._store = IntakeStore(load_settings().db_url)
            erased = await asyncio.to_thread(self._store.erase_patient, sender_id)
            events = sum([await asyncio.to_thread(erase_events, s, sender_id) for s in stores])
        logger.info(
            "Erased %s: %d intake record row(s), %d tracker event(s)",
            sender_id,
            erased.total,
            events,
        )


def tracker_stores(tracker_store: TrackerStore) -> list[TrackerStore]:
    """The stores that may hold a conversation: the configured one (Rasa wraps it in
    FailSafeTrackerStore and AwaitableTrackerStore) and the in-memory store FailSafe falls
    back to when the configured one fails."""
    found: list[TrackerStore] = []
    store: Any = tracker_store
    while store is not None:
        fallback = getattr(store, "_fallback_tracker_store", None)
        if fallback is not None:
            found.append(fallback)
        inner = getattr(store, "_tracker_store", None)
        if inner is None:
            found.append(store)
        store = inner
    for store in found:
        if not isinstance(store, (SQLTrackerStore, InMemoryTrackerStore)):
            raise NotImplementedError(
                f"erasing a conversation from {type(store).__name__} is not supported: use the "
                "SQL (or in-memory) tracker store, or delete the conversation there by hand"
            )
    return found


def erase_events(store: TrackerStore, sender_id: str) -> int:
    """Delete every stored event of this sender from one SQL or in-memory tracker store;
    returns how many (in-memory: the one serialised tracker)."""
    if isinstance(store, SQLTrackerStore):
        with store.session_scope() as session:
            count = (
                session.query(store.SQLEvent)
                .filter(store.SQLEvent.sender_id == sender_id)
                .delete(synchronize_session=False)
            )
            session.commit()
            return int(count)
    return 1 if store.store.pop(sender_id, None) is not None else 0


def erase_tracker(tracker_store: TrackerStore, sender_id: str) -> int:
    """Delete the sender's conversation wherever Rasa may have kept it."""
    return sum(erase_events(store, sender_id) for store in tracker_stores(tracker_store))


class TelegramInput(InputChannel):  # type: ignore[misc]  # Rasa ships no type hints
    """Telegram through python-telegram-bot (not Rasa's built-in telegram channel)."""

    @classmethod
    def name(cls) -> str:
        return CHANNEL

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        return cls()

    def __init__(self) -> None:
        self.settings: TelegramSettings | None = None
        self.not_configured = ""
        try:
            self.settings = telegram_settings(dict(os.environ))
        except NotConfigured as exc:
            self.not_configured = str(exc)
            logger.info("Telegram channel off: %s", exc)
        self._handler: TelegramHandler | None = None
        self._starting = asyncio.Lock()

    async def _get_handler(self, conversation: RasaConversation) -> TelegramHandler:
        """One Bot per process, made on the server's event loop at the first update."""
        async with self._starting:
            if self._handler is None:
                assert self.settings is not None
                redact_tokens_in_http_logs()
                bot = Bot(
                    self.settings.token,
                    base_url=self.settings.base_url,
                    request=HTTPXRequest(connection_pool_size=8),
                )
                await bot.initialize()  # getMe: a wrong token fails here, loudly
                key = load_key(dict(os.environ), data_dir())
                self._handler = TelegramHandler(
                    bot, conversation, key, staff_chat_ids=self.settings.staff_chat_ids
                )
            return self._handler

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("telegram_webhook", __name__)

        @webhook.route("/", methods=["GET"])  # type: ignore[untyped-decorator]
        async def health(request: Request) -> HTTPResponse:
            if self.settings is None:
                return response.json({"status": "not configured", "detail": self.not_configured})
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])  # type: ignore[untyped-decorator]
        async def receive(request: Request) -> HTTPResponse:
            if self.settings is None:
                return response.json({"error": self.not_configured}, status=503)
            given = request.headers.get(SECRET_HEADER, "")
            if not hmac.compare_digest(given.encode(), self.settings.webhook_secret.encode()):
                logger.warning("Telegram webhook: refused an update with a wrong secret token")
                return response.json({"error": "wrong secret token"}, status=403)
            update = request.json
            if not isinstance(update, dict) or not isinstance(update.get("update_id"), int):
                return response.json({"error": "not a Telegram update"}, status=400)
            try:
                handler = await self._get_handler(RasaConversation(on_new_message, request.app))
            except InvalidToken:
                logger.error("Telegram rejected TELEGRAM_BOT_TOKEN (getMe): updates refused")
                return response.json({"error": "Telegram rejected the bot token"}, status=503)
            try:
                await handler.handle(update)
            except Exception:  # logged; a 200 stops Telegram re-sending it forever
                logger.exception("Telegram update %s could not be handled", update["update_id"])
            return response.json({"ok": True})

        return webhook
