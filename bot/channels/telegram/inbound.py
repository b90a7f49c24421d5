"""A Telegram update -> what the patient did, as one `Inbound` (no I/O, no Rasa).

Typed text is never a Rasa payload: only callback data we issued (decoded and validated)
becomes one. A typed `/something` that is not one of our commands loses its slash, so the
NLU reads it as words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from telegram import CallbackQuery, Message, Update

Kind = Literal[
    "text",  # typed text for the conversation
    "command",  # /start, /stop, /delete: `text` is the command name
    "not_text",  # voice note, sticker, photo, video, file...: `text` is any caption
    "edited",  # an edited message: `text` is the new wording
    "tap",  # a button: `data` is the raw callback data
    "ignore",  # nothing for us (a group chat, a channel post, a bot, an empty update)
]

COMMANDS = frozenset({"start", "stop", "delete"})


@dataclass(frozen=True)
class Inbound:
    kind: Kind
    update_id: int
    user_id: int = 0  # Telegram's user id: only for the pseudonym, never stored or logged
    chat_id: int = 0  # where replies go: only for this update's replies
    text: str = ""
    data: str = ""  # callback data of a tap
    query_id: str = ""  # callback query to answer
    message_id: int = 0  # the message whose button was tapped
    message_text: str = ""  # that message's text (to mark the chosen answer under it)
    tapped_title: str = ""  # the title of the tapped button, as shown on that message


def read_update(update: Update) -> Inbound:
    if update.callback_query is not None:
        return _read_tap(update.update_id, update.callback_query)
    edited = update.edited_message
    if edited is not None:
        return _read_message(update.update_id, edited, edited=True)
    if update.message is not None:
        return _read_message(update.update_id, update.message, edited=False)
    return Inbound("ignore", update.update_id)


def _private_sender(message: Message) -> int | None:
    user = message.from_user
    if message.chat.type != "private" or user is None or user.is_bot:
        return None
    return user.id


def _read_message(update_id: int, message: Message, *, edited: bool) -> Inbound:
    user_id = _private_sender(message)
    if user_id is None:
        return Inbound("ignore", update_id)
    chat_id = message.chat.id
    if message.text is None:
        caption = message.caption or ""
        kind: Kind = "edited" if edited else "not_text"
        return Inbound(kind, update_id, user_id, chat_id, text=caption)
    text = message.text.strip()
    if edited:
        return Inbound("edited", update_id, user_id, chat_id, text=text)
    if text.startswith("/"):
        command, _, rest = text[1:].partition(" ")
        name = command.split("@", 1)[0].lower()
        if name in COMMANDS:
            return Inbound("command", update_id, user_id, chat_id, text=name)
        text = (command + " " + rest).strip()  # not ours: the words, without the slash
    if not text:
        return Inbound("not_text", update_id, user_id, chat_id)
    return Inbound("text", update_id, user_id, chat_id, text=text)


def _read_tap(update_id: int, query: CallbackQuery) -> Inbound:
    message = query.message
    user = query.from_user
    if not isinstance(message, Message) or message.chat.type != "private" or user.is_bot:
        return Inbound("ignore", update_id, query_id=query.id)
    data = query.data or ""
    title = ""
    if message.reply_markup is not None:
        for row in message.reply_markup.inline_keyboard:
            for button in row:
                if button.callback_data == data:
                    title = button.text
    return Inbound(
        "tap",
        update_id,
        user.id,
        message.chat.id,
        data=data,
        query_id=query.id,
        message_id=message.message_id,
        message_text=message.text or "",
        tapped_title=title,
    )
