"""The Telegram handler against the local fake of the Bot API (real HTTP), with a stand-in
for the dialogue engine (Rasa, an outside service here) that records what reached it.

Whole conversations through real Rasa are in tests/integration/test_telegram.py.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from telegram import Bot

from bot.channels.telegram.handler import ERASE_CONFIRM_MINUTES, TelegramHandler
from bot.channels.telegram.outbound import BotMessage, Button
from bot.channels.texts import channel_text
from bot.store import AlertPending
from tests.fakes.telegram_api import (
    FakeTelegramAPI,
    fake_telegram_fixture,  # noqa: F401
)

KEY = b"unit-test-key"


class RecordingRasa:
    """Stands in for Rasa: records messages and erasures, answers with fixed replies."""

    def __init__(
        self, replies: list[BotMessage] | None = None, fail_erase: Exception | None = None
    ) -> None:
        self.messages: list[tuple[str, str]] = []
        self.erased: list[str] = []
        self.replies = replies or [BotMessage("Question?", (Button("Yes", "/affirm"),))]
        self.fail_erase = fail_erase

    async def message(self, sender_id: str, text: str) -> list[BotMessage]:
        self.messages.append((sender_id, text))
        return self.replies

    async def erase(self, sender_id: str) -> None:
        if self.fail_erase is not None:
            raise self.fail_erase
        self.erased.append(sender_id)


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def run(
    fake: FakeTelegramAPI,
    rasa: RecordingRasa,
    steps: Callable[[TelegramHandler], Awaitable[Any]],
    clock: Clock | None = None,
    staff: frozenset[int] = frozenset(),
) -> Any:
    async def main() -> Any:
        async with Bot(fake.token, base_url=fake.base_url) as bot:
            handler = TelegramHandler(bot, rasa, KEY, clock=clock or Clock(), staff_chat_ids=staff)
            return await steps(handler)

    return asyncio.run(main())


def test_replies_become_messages_with_one_button_per_row_and_bad_payloads_left_out(
    fake_telegram: FakeTelegramAPI,
) -> None:
    rasa = RecordingRasa(
        [
            BotMessage("Thank you."),
            BotMessage(
                "Pick one",
                (Button("A", "/affirm"), Button("B", "/not_ours{}"), Button("C", "/deny")),
            ),
        ]
    )
    run(fake_telegram, rasa, lambda h: h.handle(fake_telegram.message_update("hi", chat_id=42)))
    shown = fake_telegram.chat(42)
    assert [m["text"] for m in shown] == ["Thank you.", "Pick one"]
    assert "reply_markup" not in shown[0]
    assert shown[1]["reply_markup"]["inline_keyboard"] == [
        [{"text": "A", "callback_data": "a"}],
        [{"text": "C", "callback_data": "d"}],
    ]
    ((sender, text),) = rasa.messages
    assert sender.startswith("tg-") and "42" not in sender and text == "hi"
    assert fake_telegram.methods().index("sendChatAction") < fake_telegram.methods().index(
        "sendMessage"
    )


def test_start_and_stop_reach_the_dialogue_as_greet_and_pause(
    fake_telegram: FakeTelegramAPI,
) -> None:
    rasa = RecordingRasa()

    async def steps(h: TelegramHandler) -> None:
        await h.handle(fake_telegram.message_update("/start", chat_id=42))
        await h.handle(fake_telegram.message_update("/stop", chat_id=42))

    run(fake_telegram, rasa, steps)
    assert [t for _, t in rasa.messages] == ["/greet", "/pause"]


def test_a_repeated_update_is_handled_once(fake_telegram: FakeTelegramAPI) -> None:
    rasa = RecordingRasa()
    update = fake_telegram.message_update("hello", chat_id=42)

    async def steps(h: TelegramHandler) -> list[str]:
        return [await h.handle(update), await h.handle(update)]

    assert run(fake_telegram, rasa, steps) == ["text", "duplicate"]
    assert len(rasa.messages) == 1


def test_group_chats_get_no_reply_and_reach_nobody(fake_telegram: FakeTelegramAPI) -> None:
    rasa = RecordingRasa()
    update = fake_telegram.message_update("hello", chat_id=42)
    update["message"]["chat"] = {"id": -5, "type": "group", "title": "family"}
    run(fake_telegram, rasa, lambda h: h.handle(update))
    assert rasa.messages == [] and fake_telegram.sent_messages() == []


def test_the_practitioners_alert_chat_is_never_taken_for_a_patient(
    fake_telegram: FakeTelegramAPI,
) -> None:
    rasa = RecordingRasa()
    update = fake_telegram.message_update("/start", chat_id=4242)
    assert run(fake_telegram, rasa, lambda h: h.handle(update), staff=frozenset({4242})) == "ignore"
    assert rasa.messages == [] and fake_telegram.sent_messages() == []


def erase_flow(
    fake: FakeTelegramAPI, rasa: RecordingRasa, answer: str, minutes_later: float
) -> str:
    clock = Clock()

    async def steps(h: TelegramHandler) -> None:
        await h.handle(fake.message_update("/delete", chat_id=42))
        clock.now += minutes_later * 60
        await h.handle(fake.tap_update(fake.chat(42)[-1], channel_text("telegram", answer)))

    run(fake, rasa, steps, clock)
    return str(fake.chat(42)[-1]["text"])


def test_delete_erases_only_after_yes(fake_telegram: FakeTelegramAPI) -> None:
    rasa = RecordingRasa()
    assert erase_flow(fake_telegram, rasa, "delete_yes", 1) == channel_text(
        "telegram", "delete_done"
    )
    assert len(rasa.erased) == 1 and rasa.erased[0].startswith("tg-")
    question = fake_telegram.chat(42)[0]
    assert "reply_markup" not in question  # the confirmation cannot be tapped twice
    assert rasa.messages == []  # /delete never reaches the dialogue


def test_delete_no_keeps_everything(fake_telegram: FakeTelegramAPI) -> None:
    rasa = RecordingRasa()
    assert erase_flow(fake_telegram, rasa, "delete_no", 1) == channel_text(
        "telegram", "delete_cancelled"
    )
    assert rasa.erased == []


def test_an_old_delete_confirmation_does_nothing(fake_telegram: FakeTelegramAPI) -> None:
    rasa = RecordingRasa()
    later = ERASE_CONFIRM_MINUTES + 1
    assert erase_flow(fake_telegram, rasa, "delete_yes", later) == channel_text(
        "telegram", "delete_expired"
    )
    assert rasa.erased == []


@pytest.mark.parametrize(
    "failure", [RuntimeError("tracker store unreachable"), AlertPending("urgent alert queued")]
)
def test_a_failed_or_deferred_erasure_says_so(
    fake_telegram: FakeTelegramAPI, failure: Exception
) -> None:
    rasa = RecordingRasa(fail_erase=failure)
    assert erase_flow(fake_telegram, rasa, "delete_yes", 0) == channel_text(
        "telegram", "delete_failed"
    )


@pytest.mark.parametrize("caption", ["", "me on holiday"])
def test_photos_get_the_request_for_text_and_never_reach_the_dialogue(
    fake_telegram: FakeTelegramAPI, caption: str
) -> None:
    rasa = RecordingRasa()
    photo = {"photo": [{"file_id": "p", "file_unique_id": "u", "width": 1, "height": 1}]}
    if caption:
        photo["caption"] = caption  # type: ignore[assignment]
    run(
        fake_telegram,
        rasa,
        lambda h: h.handle(fake_telegram.message_update(None, chat_id=42, extra=photo)),
    )
    assert [m["text"] for m in fake_telegram.chat(42)] == [channel_text("telegram", "ask_for_text")]
    assert rasa.messages == []


def test_a_photo_caption_that_shows_risk_is_sent_on_as_a_message(
    fake_telegram: FakeTelegramAPI,
) -> None:
    rasa = RecordingRasa()
    photo = {
        "photo": [{"file_id": "p", "file_unique_id": "u", "width": 1, "height": 1}],
        "caption": "I want to kill myself",
    }
    run(
        fake_telegram,
        rasa,
        lambda h: h.handle(fake_telegram.message_update(None, chat_id=42, extra=photo)),
    )
    assert [t for _, t in rasa.messages] == ["I want to kill myself"]
    assert channel_text("telegram", "ask_for_text") not in [
        m["text"] for m in fake_telegram.chat(42)
    ]


def test_a_blocked_bot_does_not_raise(fake_telegram: FakeTelegramAPI) -> None:
    fake_telegram.fail_next_telegram(
        5, 403, "Forbidden: bot was blocked by the user", methods=["sendMessage"]
    )
    rasa = RecordingRasa()
    assert (
        run(fake_telegram, rasa, lambda h: h.handle(fake_telegram.message_update("hi", chat_id=42)))
        == "text"
    )
