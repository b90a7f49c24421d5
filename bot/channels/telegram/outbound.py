"""The assistant's replies -> Telegram messages with inline keyboards (no I/O, no Rasa)."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.channels.telegram.callback_data import UnencodablePayload, encode_payload

logger = logging.getLogger(__name__)

MAX_TEXT = 4096  # Telegram's limit for one message


@dataclass(frozen=True)
class Button:
    title: str
    payload: str


@dataclass(frozen=True)
class BotMessage:
    text: str
    buttons: tuple[Button, ...] = ()


def bot_messages(raw: Iterable[Mapping[str, Any]]) -> list[BotMessage]:
    """Messages as Rasa collects them ({"text": ..., "buttons": [{"title", "payload"}]})."""
    out = []
    for message in raw:
        text = str(message.get("text") or "").strip()
        buttons = tuple(
            Button(str(b.get("title", "")), str(b.get("payload", "")))
            for b in message.get("buttons") or []
            if isinstance(b, Mapping) and b.get("title") and b.get("payload")
        )
        if text or buttons:
            out.append(BotMessage(text, buttons))
    return out


def keyboard(buttons: Sequence[Button]) -> InlineKeyboardMarkup | None:
    """One button per row (titles are whole phrases); None when there is nothing to tap.

    A payload that cannot travel as callback data is left out and logged: the question still
    reads, and the patient can type the answer.
    """
    rows = []
    for button in buttons:
        try:
            data = encode_payload(button.payload)
        except UnencodablePayload as exc:
            logger.error("Telegram button left out: %s", exc)
            continue
        rows.append([InlineKeyboardButton(button.title, callback_data=data)])
    return InlineKeyboardMarkup(rows) if rows else None


def message_text(message: BotMessage) -> str:
    """Telegram needs some text under a keyboard, and at most 4096 characters."""
    text = message.text or "\u2026"  # a keyboard alone still needs a line to hang on
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "\u2026"


def marked_text(original: str, mark: str) -> str:
    """The question as it was, with the patient's choice under it (the keyboard goes)."""
    base = original.strip()
    text = f"{base}\n\n{mark}" if base else mark
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "\u2026"
