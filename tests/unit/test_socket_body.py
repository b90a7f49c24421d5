"""The web chat's socket.io messages are checked like REST bodies: anything malformed gets a
named fixed reply, never an exception inside Rasa's handler."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.channels.socket_body import BadSocketMessage, parse_socket_message
from bot.channels.texts import channel_text


def test_a_good_message() -> None:
    checked = parse_socket_message(
        {"message": "several days", "session_id": "abc", "metadata": {"language": "en"}}, True
    )
    assert (checked.session_id, checked.message, checked.metadata) == (
        "abc",
        "several days",
        {"language": "en"},
    )
    metadata_as_json = parse_socket_message(
        {"message": "hi", "session_id": "abc", "metadata": json.dumps({"a": 1})}, True
    )
    assert metadata_as_json.metadata == {"a": 1}
    assert parse_socket_message({"message": "hi"}, False).session_id is None


@pytest.mark.parametrize(
    ("data", "reply"),
    [
        (["not", "an", "object"], "message_not_read"),
        ("a string", "message_not_read"),
        (None, "message_not_read"),
        ({"message": "hi"}, "message_not_read"),  # no session id with session persistence
        ({"message": "hi", "session_id": 42}, "message_not_read"),
        ({"message": 42, "session_id": "abc"}, "message_not_read"),
        ({"message": "x" * 4001, "session_id": "abc"}, "message_too_long"),
        ({"message": "a\x00b", "session_id": "abc"}, "message_not_read"),
        ({"message": "\ud800", "session_id": "abc"}, "message_not_read"),
        ({"message": "hi", "session_id": "abc", "metadata": "{not json"}, "message_not_read"),
        ({"message": "hi", "session_id": "abc", "metadata": [1, 2]}, "message_not_read"),
    ],
)
def test_malformed_messages_get_a_named_reply(data: object, reply: str) -> None:
    with pytest.raises(BadSocketMessage) as refused:
        parse_socket_message(data, True)
    assert refused.value.text_name == reply
    assert channel_text("webchat", reply)  # the reply exists as fixed wording


def test_a_refusal_answers_in_the_session_when_the_session_id_was_usable() -> None:
    with pytest.raises(BadSocketMessage) as refused:
        parse_socket_message({"message": "x" * 5000, "session_id": "abc"}, True)
    assert refused.value.reply_to == "abc"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=1500, deadline=None)
@given(
    st.one_of(
        json_values,
        st.fixed_dictionaries(
            {"message": json_values, "session_id": json_values, "metadata": json_values}
        ),
    )
)
def test_any_data_is_taken_or_refused_by_name(data: object) -> None:
    try:
        checked = parse_socket_message(data, True)
    except BadSocketMessage as refused:
        assert refused.text_name in ("message_not_read", "message_too_long")
    else:
        assert isinstance(checked.message, str) and isinstance(checked.session_id, str)
