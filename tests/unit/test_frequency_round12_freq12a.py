"""Round 12 (freq12a): classes from the blind sets frequency_dev30/dev31, each read in general
(see the module docstring of bot/frequency_reader.py), with near misses that must stay asked
again or be read otherwise."""

from __future__ import annotations

import pytest

from bot.answers import match_frequency


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Days said to be fine after "every day" are its exceptions: the weekend, or two or
        # more weekdays (4 of the 14 days), leave 10 or fewer: asked again (weekend policy).
        ("Every day, weekends are fine", None),
        ("Every day, Mondays and Tuesdays are fine", None),
        ("every day, the weekends are better", None),
        ("nearly every day, weekends I'm ok", None),
        ("daily, tuesdays and thursdays are fine", None),
        ("every day, Mondays, Tuesdays and Wednesdays are fine", None),
        # One weekday a week leaves 12: still nearly every day.
        ("every day, Sundays are fine", "nearly_every_day"),
        ("nearly every day, Mondays are fine", "nearly_every_day"),
        # Not after "every day": the fine days stay no count of their own.
        ("weekdays basically, weekends are ok", "more_than_half"),
        ("every weekday, weekends are fine", "more_than_half"),
        ("Monday to Thursday, Fridays are fine", "more_than_half"),
        ("every day except weekends", "more_than_half"),  # the weekdays said as such
    ],
)
def test_round12_freq12a_days_fine_after_every_day(text: str, expected: str | None) -> None:
    assert match_frequency(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "4/5 days a week": a slash between neighbouring counts before a weekly unit is "or".
        ("4/5 days a week", "more_than_half"),
        ("2/3 times a week", "several_days"),
        ("3/4 days a week", None),  # 6-8 spans half
        ("5/6 days a week", None),  # 10-12 spans two options
        ("4/6 days a week", None),  # not neighbours: no range read
        # "some worse than others" after an answer: how bad, not how often.
        ("nearly every day, some worse than others", "nearly_every_day"),
        ("every day, though some are worse than others", "nearly_every_day"),
        ("worse than others", None),
        # "cpl" is "couple".
        ("a cpl days", "several_days"),
        ("a cpl of days last week", None),  # one week's count, the other week open
        # After a count, "mainly when I was <doing something>" says which days.
        ("On a few days, mainly when I was travelling for work.", "several_days"),
        ("most days, especially when I was working late", "more_than_half"),
        ("mainly when I was travelling", None),  # alone: no count
        ("no, only when I was travelling", None),  # a zero beside it: not none
        ("every day, mainly when I was living with my ex", None),  # a time of life
        ("a few days, when I was younger", None),
    ],
)
def test_round12_freq12a_counts(text: str, expected: str | None) -> None:
    assert match_frequency(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Another time: before a treatment began.
        ("it was every day before the meds, now less", None),
        ("daily before my medication", None),
        ("every day before starting the tablets", None),
        ("every day, I take my meds every morning", "nearly_every_day"),  # no other time
        # Someone else's answer, "would tell you".
        ("my husband would tell you every day", None),
        ("she'd tell you most days", None),
        # Someone else agreeing: the patient's answer stands.
        ("No. I haven't been irritable at all, my partner would say the same.", "not_at_all"),
        ("every day, my wife would say the same", "nearly_every_day"),
        ("not at all, my husband agrees", "not_at_all"),
        ("not at all, my husband would say every day", None),  # their own answer
        ("no, but my wife would say otherwise", None),
    ],
)
def test_round12_freq12a_other_time_and_others(text: str, expected: str | None) -> None:
    assert match_frequency(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "if anything" before the topic said to be better than usual: a firm zero.
        ("Not at all. If anything I've been more relaxed than usual.", "not_at_all"),
        ("no, if anything I've been sleeping better", "not_at_all"),
        ("no, if anything I've been less anxious than usual", "not_at_all"),
        ("not at all, if anything I sleep too much", None),  # the symptom, other way
        ("not at all, if anything I've been eating more", None),  # the symptom on item 5
        ("if anything I've been calmer", None),  # no answer
        ("not much, if anything", None),
        # A flat no and the topic as usual, without a comma.
        ("nope appetite's been normal", "not_at_all"),
        ("nah sleep's been fine", "not_at_all"),
        ("nope its been normal", None),  # no topic
        ("nope mostly been fine", None),
        # A flat no and then the symptom: no firm zero.
        ("no, relaxing is really hard for me", None),
        ("no, I find it hard to switch off", None),
        ("no, sleeping has been difficult", None),
        ("no, relaxing isn't hard for me", "not_at_all"),
        ("no, it's not hard", "not_at_all"),
    ],
)
def test_round12_freq12a_zeros(text: str, expected: str | None) -> None:
    assert match_frequency(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # PHQ-9 item 9: no new wording becomes a zero there.
        "Not at all. If anything I've been more relaxed than usual.",
        "no, if anything I've been sleeping better",
        "No. I haven't been irritable at all, my partner would say the same.",
        "not at all, my husband would say the same",
        "nope appetite's been normal",
        "nah sleep's been fine",
        "no, relaxing is really hard for me",
    ],
)
def test_round12_freq12a_new_zeros_stay_asked_again_on_item_9(text: str) -> None:
    assert match_frequency(text, firm_zero=True) is None
