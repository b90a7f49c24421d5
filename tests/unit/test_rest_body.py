"""The REST body check and storable text: any input gives a message or a clear 4xx."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.channels.rest_body import (
    MAX_MESSAGE_CHARS,
    BadRestRequest,
    RestMessage,
    parse_rest_body,
)
from bot.text_input import has_unstorable_characters, storable_text


def body(obj: object) -> bytes:
    return json.dumps(obj).encode("utf-8")


def refusal(raw: bytes) -> BadRestRequest:
    with pytest.raises(BadRestRequest) as caught:
        parse_rest_body(raw)
    return caught.value


def test_a_plain_message_is_taken_as_sent() -> None:
    parsed = parse_rest_body(body({"sender": "p1", "message": "  hi 😀 ¿qué tal? "}))
    assert parsed == RestMessage("p1", "  hi 😀 ¿qué tal? ", None)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"", "invalid_json"),
        (b"{not json", "invalid_json"),
        (b'{"sender": "p1", "message": "\xff\xfe"}', "invalid_json"),  # not UTF-8
        (b"[1, 2]", "not_an_object"),
        (b'"just a string"', "not_an_object"),
        (b"null", "not_an_object"),
        (body({"message": "hi"}), "invalid_sender"),
        (body({"sender": "", "message": "hi"}), "invalid_sender"),
        (body({"sender": "   ", "message": "hi"}), "invalid_sender"),
        (body({"sender": 42, "message": "hi"}), "invalid_sender"),
        (body({"sender": "x" * 129, "message": "hi"}), "invalid_sender"),
        (body({"sender": "p\u0000", "message": "hi"}), "invalid_sender"),
        (body({"sender": "p1"}), "invalid_message"),
        (body({"sender": "p1", "message": None}), "invalid_message"),
        (body({"sender": "p1", "message": 7}), "invalid_message"),
        (body({"sender": "p1", "message": ["hi"]}), "invalid_message"),
        (body({"sender": "p1", "message": {"text": "hi"}}), "invalid_message"),
        (body({"sender": "p1", "message": "a\u0000b"}), "invalid_message"),
        (b'{"sender": "p1", "message": "\\ud800"}', "invalid_message"),  # lone surrogate
        (body({"sender": "p1", "message": "hi", "metadata": "x"}), "invalid_metadata"),
        (body({"sender": "p1", "message": "x" * (MAX_MESSAGE_CHARS + 1)}), "message_too_long"),
        (b"[" * 70_000, "body_too_large"),
        (b"[" * 30_000, "invalid_json"),  # nested too deep to parse
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_bad_bodies_are_refused_with_a_stable_code(raw: bytes, code: str) -> None:
    error = refusal(raw)
    assert error.code == code
    assert 400 <= error.status < 500
    assert error.as_json()["detail"]


def test_message_at_the_cap_is_taken_whole() -> None:
    text = "x" * MAX_MESSAGE_CHARS
    assert parse_rest_body(body({"sender": "p1", "message": text})).message == text


@settings(max_examples=1500, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_a_message_or_a_4xx(raw: bytes) -> None:
    try:
        parse_rest_body(raw)
    except BadRestRequest as e:
        assert 400 <= e.status < 500


@settings(max_examples=1500, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
        max_leaves=8,
    ),
    st.sampled_from(["sender", "message", "metadata", "input_channel"]),
)
def test_any_json_in_any_field_gives_a_message_or_a_4xx(value: object, key: str) -> None:
    data: dict[str, object] = {"sender": "p1", "message": "hi", key: value}
    try:
        parsed = parse_rest_body(json.dumps(data).encode("utf-8", "surrogatepass"))
    except BadRestRequest as e:
        assert 400 <= e.status < 500
    else:
        assert isinstance(parsed.sender, str) and isinstance(parsed.message, str)
        assert not has_unstorable_characters(parsed.message)


@settings(max_examples=2000, deadline=None)
@given(st.text())
def test_storable_text_of_any_str_encodes_as_utf8_without_nul(text: str) -> None:
    cleaned = storable_text(text)
    cleaned.encode("utf-8")  # no lone surrogates left
    assert "\x00" not in cleaned and not has_unstorable_characters(cleaned)


def test_storable_text_keeps_words_and_line_breaks_and_drops_what_is_not_text() -> None:
    assert storable_text("line one\nline two\ttab") == "line one\nline two\ttab"
    assert storable_text("a\x00b\x1bc\ud800") == "abc\ufffd"
    assert storable_text(None) == "" and storable_text(42) == ""
