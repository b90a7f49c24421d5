"""Bad input over REST against the real stack: a clear reply or a 4xx, never a 500, nothing
stored wrong, and the conversation goes on. Property-based (hypothesis) for bodies and text.

One stack for the whole file (the session's `assistant`); examples are sized so the file
runs in about two minutes: malformed bodies are refused before the NLU (cheap, thousands),
free text goes through the whole pipeline (hundreds).
"""

from __future__ import annotations

import json
from itertools import count

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.channels.rest_body import MAX_MESSAGE_CHARS
from scripts.local_stack import NO_MEDICINES, Assistant
from tests.integration.test_rest_intake import summary, texts

WEBHOOK = "/webhooks/rest/webhook"
PHQ9_VALUES = {"not_at_all", "several_days", "more_than_half", "nearly_every_day"}

# Free text that must never break anything (no digits: at the age question a number is an age).
NASTY = [
    "",
    "   ",
    "\n\t ",
    "😀😀😀",
    "🙂",
    "Je ne sais pas quoi dire",
    "Ich weiß es nicht",
    "我不知道怎么说",
    "لا أعرف",
    "'; DROP TABLE patients; --",
    '" OR "a"="a',
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(document.cookie)>",
    "{{ config }} ${jndi:ldap://x} %s %n",
    "/inform{not json",
    '/inform{"choice": ["a", "b"]}',
    '/inform{"choice": "nonsense=value"}',
    "word " * (MAX_MESSAGE_CHARS // 5),  # at the length cap
]
_senders = count()


def post(assistant: Assistant, payload: object) -> tuple[int, object]:
    raw = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    status, body = assistant.post_raw(WEBHOOK, raw)
    assert status < 500, (status, body[:300])
    try:
        return status, json.loads(body)
    except ValueError:
        return status, body


def say(assistant: Assistant, sender: str, text: str) -> str:
    status, replies = post(assistant, {"sender": sender, "message": text})
    assert status == 200, (status, replies, text[:80])
    assert isinstance(replies, list) and replies, f"no reply to {text[:80]!r}"
    return texts(replies)


def to_first_question(assistant: Assistant, sender: str) -> None:
    say(assistant, sender, "hello")
    say(assistant, sender, '/affirm{"choice":"consent=yes"}')
    say(assistant, sender, "I'm 30")
    say(assistant, sender, "low mood")
    for tap in NO_MEDICINES:
        reply = say(assistant, sender, tap)
    assert "Question 1 of 9" in reply


# -- bodies that are not {"sender": str, "message": str} -----------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)
not_a_string = json_values.filter(lambda v: not isinstance(v, str))
bad_bodies = st.one_of(
    st.binary(max_size=200),  # mostly not JSON, often not UTF-8
    json_values.filter(lambda v: not isinstance(v, dict)).map(lambda v: json.dumps(v).encode()),
    st.builds(lambda s, m: {"sender": s, "message": m}, not_a_string, st.text(max_size=20)),
    st.builds(lambda m: {"sender": "fuzz-body", "message": m}, not_a_string),
    st.builds(
        lambda m: {"sender": "fuzz-body", "metadata": m, "message": "hi"},
        not_a_string.filter(lambda v: v is not None and not isinstance(v, dict)),
    ),
    st.just({"sender": "fuzz-body", "message": "x" * 20_000}),
    st.just(b'{"sender": "fuzz-body", "message": "a\\u0000b"}'),
    st.just(b'{"sender": "fuzz-body", "message": "\\udc80 lone surrogate"}'),
)


@settings(max_examples=2500, deadline=None, suppress_health_check=list(HealthCheck))
@given(bad_bodies)
def test_malformed_bodies_get_a_4xx_with_a_json_error(assistant: Assistant, body: object) -> None:
    status, answer = post(assistant, body)
    assert 400 <= status < 500, (status, answer)
    assert isinstance(answer, dict) and answer["error"] and answer["detail"]


def test_twenty_thousand_characters_get_413_and_the_conversation_goes_on(
    assistant: Assistant,
) -> None:
    sender = "bad-long"
    say(assistant, sender, "hello")
    status, answer = post(assistant, {"sender": sender, "message": "a" * 20_000})
    assert status == 413 and answer["error"] == "message_too_long"  # type: ignore[index]
    assert "How old are you" in say(assistant, sender, '/affirm{"choice":"consent=yes"}')


# -- free text through the whole pipeline ------------------------------------------------------


def test_nasty_text_at_consent_and_age_is_asked_again_and_the_intake_goes_on(
    assistant: Assistant,
) -> None:
    sender = "bad-early"
    say(assistant, sender, "hello")
    for text in NASTY:
        say(assistant, sender, text)
    say(assistant, sender, "hello")  # resumes if the text read as "stop"
    assert "How old are you" in say(assistant, sender, '/affirm{"choice":"consent=yes"}')
    for text in NASTY:
        say(assistant, sender, text)
    say(assistant, sender, "hello")
    say(assistant, sender, "I'm 44")
    data = summary(assistant, sender)
    assert data["age"] == 44 and data["consent"]


def test_nasty_text_at_a_question_is_never_scored_and_the_intake_goes_on(
    assistant: Assistant,
) -> None:
    sender = "bad-question"
    to_first_question(assistant, sender)
    for text in NASTY:
        say(assistant, sender, text)
    say(assistant, sender, "hello")
    reply = say(assistant, sender, "several days")
    assert "of 9" in reply or "worry and anxiety" in reply
    phq9 = summary(assistant, sender)["instruments"][0]  # type: ignore[index]
    for item in phq9["items"]:  # every item is a real option or honestly unanswered
        if item["status"] == "answered":
            assert item["value"] in PHQ9_VALUES | {
                "not_difficult",
                "somewhat_difficult",
                "very_difficult",
                "extremely_difficult",
            }
        else:
            assert item["value"] is None and item["score"] is None


def test_a_replayed_button_from_an_earlier_question_changes_nothing(
    assistant: Assistant,
) -> None:
    sender = "bad-replay"
    to_first_question(assistant, sender)
    say(assistant, sender, '/inform{"choice":"phq9:1=several_days"}')
    say(assistant, sender, '/inform{"choice":"phq9:2=not_at_all"}')
    reply = say(assistant, sender, '/inform{"choice":"phq9:1=nearly_every_day"}')
    assert "earlier question" in reply and "Question 3 of 9" in reply
    say(assistant, sender, '/affirm{"choice":"consent=yes"}')  # consent, long past
    say(assistant, sender, '/inform{"choice":"meds:prescriptions=none"}')
    assert "Question 4 of 9" in say(assistant, sender, "not at all")
    phq9 = summary(assistant, sender)["instruments"][0]  # type: ignore[index]
    assert [i["value"] for i in phq9["items"][:3]] == ["several_days", "not_at_all", "not_at_all"]


free_text = st.one_of(
    st.text(max_size=200),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=40),
    st.sampled_from(NASTY),
    st.builds(
        lambda a, b: a + b,
        st.sampled_from(["', ", "<b>", "DROP TABLE ", "🙂", "\u202e", "\ufeff"]),
        st.text(max_size=30),
    ),
)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(free_text)
def test_any_text_gets_a_reply_never_a_500(assistant: Assistant, text: str) -> None:
    sender = f"fuzz-text-{next(_senders) % 5}"  # a few conversations that move on as they go
    status, replies = post(assistant, {"sender": sender, "message": text})
    if status != 200:  # refused before Rasa: control characters or invalid Unicode
        assert status == 400 and replies["error"] == "invalid_message", (status, replies)  # type: ignore[index]
        return
    assert isinstance(replies, list) and replies, f"no reply to {text!r}"
