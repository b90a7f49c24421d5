"""Reading Telegram updates: text, commands, taps, edits, non-text, chats we do not serve."""

from __future__ import annotations

from typing import Any

from telegram import Update

from bot.channels.telegram.inbound import read_update

USER = {"id": 555, "is_bot": False, "first_name": "Pat"}
PRIVATE = {"id": 555, "type": "private"}


def update(**fields: Any) -> Update:
    data = {"update_id": 9, **fields}
    parsed = Update.de_json(data, None)
    assert parsed is not None
    return parsed


def message(
    text: str | None = None, chat: dict[str, Any] = PRIVATE, **extra: Any
) -> dict[str, Any]:
    data: dict[str, Any] = {"message_id": 3, "date": 0, "chat": chat, "from": USER, **extra}
    if text is not None:
        data["text"] = text
    return data


def test_typed_text_is_text_with_user_and_chat() -> None:
    inbound = read_update(update(message=message("  I'm 34 ")))
    assert (inbound.kind, inbound.text, inbound.user_id, inbound.chat_id) == (
        "text",
        "I'm 34",
        555,
        555,
    )


def test_our_commands_are_commands_even_with_the_bot_name() -> None:
    for text, name in (("/start", "start"), ("/STOP", "stop"), ("/delete@intake_bot", "delete")):
        inbound = read_update(update(message=message(text)))
        assert (inbound.kind, inbound.text) == ("command", name)


def test_typed_payloads_and_other_slashes_become_plain_words() -> None:
    inbound = read_update(update(message=message('/inform{"choice":"consent=yes"}')))
    assert inbound.kind == "text" and not inbound.text.startswith("/")
    assert read_update(update(message=message("/help me"))).text == "help me"
    assert read_update(update(message=message("/"))).kind == "not_text"


def test_voice_notes_and_photos_are_not_text_and_keep_any_caption() -> None:
    voice = message(voice={"file_id": "v", "file_unique_id": "u", "duration": 2})
    assert read_update(update(message=voice)).kind == "not_text"
    photo = message(
        photo=[{"file_id": "p", "file_unique_id": "u", "width": 1, "height": 1}],
        caption="this is me",
    )
    inbound = read_update(update(message=photo))
    assert (inbound.kind, inbound.text) == ("not_text", "this is me")


def test_an_edit_is_an_edit_with_the_new_words() -> None:
    inbound = read_update(update(edited_message=message("changed", edit_date=1)))
    assert (inbound.kind, inbound.text) == ("edited", "changed")


def test_group_chats_bots_and_other_updates_are_ignored() -> None:
    group = {"id": -100, "type": "group", "title": "g"}
    assert read_update(update(message=message("hi", chat=group))).kind == "ignore"
    bot_user = {"id": 1, "is_bot": True, "first_name": "b"}
    assert read_update(update(message={**message("hi"), "from": bot_user})).kind == "ignore"
    channel = {"id": -200, "type": "channel", "title": "c"}
    post = {"message_id": 1, "date": 0, "chat": channel, "text": "news"}
    assert read_update(update(channel_post=post)).kind == "ignore"


def test_a_tap_carries_its_data_and_the_title_of_the_tapped_button() -> None:
    keyboard = {
        "inline_keyboard": [
            [{"text": "Yes, I agree", "callback_data": "a|consent=yes"}],
            [{"text": "No, thanks", "callback_data": "d|consent=no"}],
        ]
    }
    query = {
        "id": "q1",
        "from": USER,
        "chat_instance": "c",
        "data": "d|consent=no",
        "message": {**message("Do you agree?"), "reply_markup": keyboard},
    }
    inbound = read_update(update(callback_query=query))
    assert inbound.kind == "tap"
    assert (inbound.data, inbound.tapped_title, inbound.query_id) == (
        "d|consent=no",
        "No, thanks",
        "q1",
    )
    assert (inbound.message_id, inbound.message_text) == (3, "Do you agree?")


def test_a_tap_without_its_message_is_ignored_but_keeps_the_query_to_answer() -> None:
    query = {"id": "q2", "from": USER, "chat_instance": "c", "data": "x", "inline_message_id": "i"}
    inbound = read_update(update(callback_query=query))
    assert (inbound.kind, inbound.query_id) == ("ignore", "q2")
