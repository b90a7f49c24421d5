"""Rasa's collected replies -> Telegram messages; settings; the 503 explanation."""

from __future__ import annotations

import pytest

from bot.channels.telegram.outbound import (
    MAX_TEXT,
    BotMessage,
    Button,
    bot_messages,
    marked_text,
    message_text,
)
from bot.channels.telegram.settings import NotConfigured, telegram_settings


def test_collected_replies_keep_text_and_buttons_and_drop_empty_ones() -> None:
    raw = [
        {"recipient_id": "tg-x", "text": "Hello."},
        {"recipient_id": "tg-x", "text": ""},
        {"text": "Agree?", "buttons": [{"title": "Yes", "payload": "/affirm"}, {"title": ""}]},
        {"image": "http://example.org/x.png"},
    ]
    assert bot_messages(raw) == [
        BotMessage("Hello."),
        BotMessage("Agree?", (Button("Yes", "/affirm"),)),
    ]


def test_texts_fit_telegram_and_a_keyboard_always_has_a_line() -> None:
    assert len(message_text(BotMessage("x" * 5000))) == MAX_TEXT
    assert message_text(BotMessage("", (Button("Yes", "/affirm"),))).strip()
    assert marked_text("Do you agree?", "Your answer: Yes") == "Do you agree?\n\nYour answer: Yes"


def test_without_a_token_or_secret_the_channel_is_off_and_says_what_to_set() -> None:
    with pytest.raises(NotConfigured, match="TELEGRAM_BOT_TOKEN"):
        telegram_settings({})
    with pytest.raises(NotConfigured, match="TELEGRAM_WEBHOOK_SECRET"):
        telegram_settings({"TELEGRAM_BOT_TOKEN": "1:abc"})
    with pytest.raises(NotConfigured, match="A-Z"):
        telegram_settings({"TELEGRAM_BOT_TOKEN": "1:abc", "TELEGRAM_WEBHOOK_SECRET": "a b;c"})
    settings = telegram_settings({"TELEGRAM_BOT_TOKEN": "1:abc", "TELEGRAM_WEBHOOK_SECRET": "s"})
    assert settings.base_url == "https://api.telegram.org/bot"
    assert settings.staff_chat_ids == frozenset()
    with_staff = telegram_settings(
        {
            "TELEGRAM_BOT_TOKEN": "1:abc",
            "TELEGRAM_WEBHOOK_SECRET": "s",
            "TELEGRAM_PRACTITIONER_CHAT_ID": "4242",
        }
    )
    assert with_staff.staff_chat_ids == frozenset({4242})
    assert "abc" not in repr(settings) and "'s'" not in repr(settings)
