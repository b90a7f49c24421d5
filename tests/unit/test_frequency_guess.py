"""Suggested readings of two-week replies the rules leave unclear (bot/frequency_guess.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot import frequency_guess, frequency_reader
from bot.answers import match_frequency
from bot.frequency_guess import FrequencyGuesser, guess_frequency, load_examples

HOLDOUTS = sorted((Path(__file__).resolve().parents[1] / "data").glob("frequency_holdout*.jsonl"))
LABELS = {*frequency_guess.OPTIONS, frequency_guess.UNCLEAR}


def test_the_examples_are_well_formed() -> None:
    rows = load_examples()
    assert len(rows) >= 3000
    assert {r["expect"] for r in rows} == LABELS
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(isinstance(r["text"], str) and r["text"].strip() for r in rows)


def test_no_hold_out_row_is_training_data() -> None:
    """The hold-outs measure the reader on sets nobody tuned on: none of their rows may be
    copied into the examples. (Independent writers do write the same common replies, "most
    days", "nearly every day": identical words are no copy, so rows are matched by id.)"""
    assert len(HOLDOUTS) >= 2
    trained = {r["id"] for r in load_examples()}
    for path in HOLDOUTS:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        prefixes = {r["id"].rsplit("-", 1)[0] + "-" for r in rows}
        assert not [i for i in trained if any(i.startswith(p) for p in prefixes)], path.name


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "🙂🙂",
        "3",
        "?!",
        "x" * (frequency_guess.MAX_CHARS + 1),
        "sometimes",  # a vague word: the policy asks again, never suggests
        "often, I'd say",
        "7 days",  # exactly half
        "half the time",
        "every other day",
        "every couple of days",
        "about a week",
        "la mitad de los días",
        "at least 9 days",  # open-ended
        "5 or more",
    ],
)
def test_nothing_is_suggested_where_the_policy_asks_again(text: str) -> None:
    assert guess_frequency(text) is None


@pytest.mark.parametrize("text", ["nearly every day", "not at all", "a few days", "most days"])
def test_nothing_is_suggested_for_a_reply_the_rules_read(text: str) -> None:
    assert match_frequency(text) is not None
    assert guess_frequency(text) is None


def test_a_suggestion_is_never_as_sure_as_the_rules() -> None:
    guesser = frequency_guess.guesser()
    for row in load_examples()[:400]:
        guess = guesser.guess(row["text"])
        assert guess is None or frequency_guess.MIN_CONFIDENCE <= guess.confidence < 1.0


def test_a_stand_in_model_suggests_only_above_the_threshold() -> None:
    examples = [
        {"id": f"t{i}", "text": text, "expect": label}
        for i, (text, label) in enumerate(
            [("zilch", "not_at_all"), ("zilch mate", "not_at_all"), ("zilch really", "not_at_all")]
            + [("hmm", "unclear"), ("what", "unclear"), ("pardon", "unclear")]
            + [("the odd one", "several_days"), ("the odd day", "several_days")]
            + [("loads of them", "more_than_half"), ("loads", "more_than_half")]
            + [("non stop", "nearly_every_day"), ("nonstop mate", "nearly_every_day")]
        )
    ]
    guesser = FrequencyGuesser(examples)
    assert max(guesser.probabilities("zilch").items(), key=lambda kv: kv[1])[0] == "not_at_all"
    assert guesser.guess("pardon") is None  # "unclear" is never suggested


def test_an_unknown_label_in_the_examples_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown labels"):
        FrequencyGuesser([{"id": "x", "text": "every day", "expect": "daily"}])


def test_the_integration_tests_reply_is_a_suggestion_not_a_rule_reading() -> None:
    """tests/integration/test_rest_intake.py walks the suggestion through Rasa with this reply;
    if the rules come to read it, pick another reply the rules leave unclear."""
    text = "haha no, I'm the calm one in my house"
    assert match_frequency(text) is None
    guess = guess_frequency(text)
    assert guess is not None and guess.value == "not_at_all"


@pytest.mark.parametrize(
    "text",
    [
        "my mum reckons most days",  # someone else's answer
        "I used to worry constantly",  # another time
        "twice a day",  # a rate per day says nothing about how many days
    ],
)
def test_a_suggestion_never_overrides_a_reason_the_rules_give(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A stand-in model sure of an option for exactly these words: only the rules' reason
    # for asking again can keep it from being suggested.
    rows = [(text, "more_than_half"), (text + " yes", "more_than_half"), ("hmm", "unclear")]
    stand_in = FrequencyGuesser(
        [{"id": f"t{i}", "text": t, "expect": label} for i, (t, label) in enumerate(rows)]
    )
    assert stand_in.guess(text) is not None
    monkeypatch.setattr(frequency_guess, "_guesser", stand_in)
    assert match_frequency(text) is None
    assert frequency_reader.asked_again_on_purpose(text)
    assert guess_frequency(text) is None


@pytest.mark.parametrize(
    "text", ["lol no im way too chill for that", "haha no, I'm the calm one in my house"]
)
def test_a_reply_the_rules_find_nothing_in_may_get_a_suggestion(text: str) -> None:
    assert match_frequency(text) is None
    assert not frequency_reader.asked_again_on_purpose(text)
