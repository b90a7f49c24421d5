"""One Telegram update, handled: the same code serves the webhook and the polling mode.

`TelegramHandler.handle(update_json)` reads the update, works out the patient's pseudonym,
and either talks to the conversation (Rasa, through the `Conversation` port the adapter in
bot/channels/telegram_input.py provides) or answers itself with fixed wording from
bot/channels/texts.yml (non-text messages, edits, /delete, damaged buttons).

The chat id comes with every update and is used only to reply to that update: it is not
passed to the conversation, stored or logged. Logs carry the pseudonym and what kind of
update it was, never message text.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatAction
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.channels.telegram.callback_data import (
    decode_erase,
    decode_payload,
    encode_erase,
    is_erase,
)
from bot.channels.telegram.inbound import Inbound, read_update
from bot.channels.telegram.outbound import BotMessage, keyboard, marked_text, message_text
from bot.channels.telegram.pseudonym import pseudonym
from bot.channels.texts import channel_text
from bot.safety import screen
from bot.store import AlertPending

logger = logging.getLogger(__name__)

ERASE_CONFIRM_MINUTES = 10  # an erase confirmation button older than this does nothing
# Telegram commands -> what the conversation hears (intents in domain.yml).
# /start is `greet`, not `start_intake`: a patient whose intake stopped for safety hears the
# safety message again instead of silently starting a new intake.
COMMAND_PAYLOADS = {"start": "/greet", "stop": "/pause"}
_RECENT_UPDATES = 2048  # Telegram re-sends an update it thinks was not delivered


class Conversation(Protocol):
    """What the handler needs from the dialogue engine (Rasa, in production)."""

    async def message(self, sender_id: str, text: str) -> list[BotMessage]:
        """One patient message (text or a button payload); the assistant's replies."""

    async def erase(self, sender_id: str) -> None:
        """Erase everything kept about this sender (intake records and conversation)."""


def _text(name: str, **variables: str) -> str:
    return channel_text("telegram", name, **variables)


class TelegramHandler:
    def __init__(
        self,
        bot: Bot,
        conversation: Conversation,
        pseudonym_key: bytes,
        *,
        clock: Callable[[], float] = time.time,
        staff_chat_ids: frozenset[int] = frozenset(),
    ) -> None:
        self.bot = bot
        self._staff_chats = staff_chat_ids
        self.conversation = conversation
        self._key = pseudonym_key
        self._clock = clock
        self._recent: deque[int] = deque(maxlen=_RECENT_UPDATES)

    async def handle(self, update_json: Mapping[str, Any]) -> str:
        """Handle one update (the JSON Telegram sent); returns what kind it was, for logs."""
        update = Update.de_json(dict(update_json), self.bot)
        inbound = read_update(update)
        if inbound.update_id in self._recent:
            return "duplicate"
        self._recent.append(inbound.update_id)
        if inbound.kind == "ignore" or inbound.chat_id in self._staff_chats:
            if inbound.query_id:
                await self._answer_query(inbound.query_id)
            logger.info("Telegram update %d ignored: not a patient's chat", inbound.update_id)
            return "ignore"
        sender = pseudonym(inbound.user_id, self._key)
        logger.info("Telegram %s from %s", inbound.kind, sender)
        try:
            if inbound.kind == "text":
                await self._converse(inbound, sender, inbound.text)
            elif inbound.kind == "command":
                await self._command(inbound, sender)
            elif inbound.kind == "tap":
                await self._tap(inbound, sender)
            else:
                await self._not_readable(inbound, sender)
        except Forbidden:
            logger.warning("Telegram: %s has blocked the bot; replies dropped", sender)
        return inbound.kind

    # -- what the patient did ----------------------------------------------------------------

    async def _command(self, inbound: Inbound, sender: str) -> None:
        if inbound.text == "delete":
            await self._ask_erase(inbound)
        else:
            await self._converse(inbound, sender, COMMAND_PAYLOADS[inbound.text])

    async def _not_readable(self, inbound: Inbound, sender: str) -> None:
        """A voice note, sticker, photo or edit. Safety first: any words that came with it
        (a caption, the edited text) go through the risk screen, and a risk is handled as a
        new message so the crisis protocol runs."""
        if inbound.text and screen(inbound.text).risk != "none":
            logger.info(
                "Telegram %s from %s shows risk: sent on as a message", inbound.kind, sender
            )
            await self._converse(inbound, sender, inbound.text)
            return
        name = "edited_message" if inbound.kind == "edited" else "ask_for_text"
        await self.bot.send_message(inbound.chat_id, _text(name))

    async def _tap(self, inbound: Inbound, sender: str) -> None:
        await self._answer_query(inbound.query_id)
        if is_erase(inbound.data):
            await self._erase_answer(inbound, sender)
            return
        payload = decode_payload(inbound.data)
        if payload is None:
            logger.info("Telegram tap from %s with callback data that is not ours", sender)
            await self.bot.send_message(inbound.chat_id, _text("button_not_understood"))
            return
        await self._mark_answered(inbound)
        await self._converse(inbound, sender, payload)

    async def _converse(self, inbound: Inbound, sender: str, text: str) -> None:
        await self._typing(inbound.chat_id)
        replies = await self.conversation.message(sender, text)
        for reply in replies:
            await self.bot.send_message(
                inbound.chat_id, message_text(reply), reply_markup=keyboard(reply.buttons)
            )

    # -- erasing (/delete) -----------------------------------------------------------------

    def _minute(self) -> int:
        return int(self._clock() // 60)

    async def _ask_erase(self, inbound: Inbound) -> None:
        minute = self._minute()
        markup = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        _text("delete_yes"), callback_data=encode_erase(True, minute)
                    )
                ],
                [
                    InlineKeyboardButton(
                        _text("delete_no"), callback_data=encode_erase(False, minute)
                    )
                ],
            ]
        )
        await self.bot.send_message(inbound.chat_id, _text("delete_confirm"), reply_markup=markup)

    async def _erase_answer(self, inbound: Inbound, sender: str) -> None:
        answer = decode_erase(inbound.data)
        if answer is None:
            await self.bot.send_message(inbound.chat_id, _text("button_not_understood"))
            return
        await self._mark_answered(inbound)
        if not answer.confirmed:
            await self.bot.send_message(inbound.chat_id, _text("delete_cancelled"))
            return
        if not 0 <= self._minute() - answer.asked_minute <= ERASE_CONFIRM_MINUTES:
            await self.bot.send_message(inbound.chat_id, _text("delete_expired"))
            return
        try:
            await self.conversation.erase(sender)
        except AlertPending:
            logger.warning("Telegram: erasure for %s waits for an urgent alert to go out", sender)
            await self.bot.send_message(inbound.chat_id, _text("delete_failed"))
            return
        except Exception:
            logger.exception("Telegram: erasing the data of %s failed", sender)
            await self.bot.send_message(inbound.chat_id, _text("delete_failed"))
            return
        logger.info("Telegram: erased the data of %s at their request", sender)
        await self.bot.send_message(inbound.chat_id, _text("delete_done"))

    # -- small Bot API calls whose failure must not stop the conversation ---------------------

    async def _answer_query(self, query_id: str) -> None:
        try:
            await self.bot.answer_callback_query(query_id)
        except TelegramError as exc:  # too old to answer: the tap still counts
            logger.info("Telegram: callback query not answered: %s", exc)

    async def _mark_answered(self, inbound: Inbound) -> None:
        """Take the keyboard off the tapped question (showing the choice) so its buttons
        cannot answer a later question."""
        try:
            if inbound.message_text and inbound.tapped_title:
                mark = _text("answered_mark", choice=inbound.tapped_title)
                await self.bot.edit_message_text(
                    marked_text(inbound.message_text, mark),
                    chat_id=inbound.chat_id,
                    message_id=inbound.message_id,
                    reply_markup=None,
                )
            else:
                await self.bot.edit_message_reply_markup(
                    chat_id=inbound.chat_id, message_id=inbound.message_id, reply_markup=None
                )
        except BadRequest as exc:  # already edited, or too old to edit
            logger.info("Telegram: tapped message not marked: %s", exc)

    async def _typing(self, chat_id: int) -> None:
        try:
            await self.bot.send_chat_action(chat_id, ChatAction.TYPING)
        except TelegramError as exc:
            logger.info("Telegram: typing action not sent: %s", exc)
