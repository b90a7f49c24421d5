"""Round 13 (freq13b): classes from the blind set frequency_dev37 (long replies with a story),
each read in general (see the module docstring of bot/frequency_reader.py), with near misses
that must stay asked again or be read otherwise."""

from __future__ import annotations

import pytest

from bot.answers import match_frequency

# Zero classes of this round: read on an ordinary item, asked again on PHQ-9 item 9.
NEW_ZEROS = [
    # A busy life beside a zero ("a lot on", "plenty going on", "loads on my plate").
    "Nah. I've had a lot on but I'm handling it fine.",
    "Not at all. There's been plenty going on with work.",
    "Never. Loads on my plate but I'm coping.",
    "Nah, not really. I've had plenty on my plate with the new puppy.",
    "I haven't had that at all, and there's been plenty going on with my dad's move.",
    # "a lot" before a comparative after a zero: how much better, not how often.
    "Not once. I've been a lot calmer since I started yoga.",
    "No, I feel loads better.",
    "Not at all, I've been a lot happier lately.",
    # How often the patient gets to an activity, after a zero.
    "Nope, nada. I've been getting to the pool twice a week which keeps me level.",
    "Not at all, touch wood, I'm back at the allotment most mornings.",
]


@pytest.mark.parametrize("text", NEW_ZEROS)
def test_round13_freq13b_zeros(text: str) -> None:
    assert match_frequency(text) == "not_at_all"


@pytest.mark.parametrize("text", NEW_ZEROS)
def test_round13_freq13b_no_new_zeros_on_item_9(text: str) -> None:
    # PHQ-9 item 9 (firm_zero): the zero classes of this round stay asked again there.
    assert match_frequency(text, firm_zero=True) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a lot on my mind" is the worry itself: no busy life.
        ("No, I've had a lot on my mind.", None),
        # Beside an answer above 0 "a lot" may still be of the days: vague, as before.
        ("On and off. There's a lot going on, I lie awake some nights.", None),
        ("A few days, there's been a lot going on.", None),
        ("There's been a lot going on.", None),
        ("a lot", None),
        ("a lot better", None),
        # A count beside them is read as before.
        ("Most days, I've had a lot on.", "more_than_half"),
        ("most mornings", "more_than_half"),
        ("getting to the pool twice a week", None),  # no zero, no count of the symptom
    ],
)
def test_round13_freq13b_zero_near_misses(text: str, expected: str | None) -> None:
    assert match_frequency(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # How much within a day or a night: a count beside decides, a zero beside it stays
        # asked again (the symptom came), alone asked again.
        ("Just about every day. I'm awake half the night.", "nearly_every_day"),
        ("No, I'm awake half the night.", None),
        ("half the night", None),
        ("half the days", None),
        (
            "4 or 5 days each week, the ones where I've had less than 6 hours' sleep",
            "more_than_half",
        ),
        ("No, I get less than 6 hours sleep.", None),
        ("less than 6 days", "several_days"),
        ("Like 10 days. I'm eating crisps and not much else.", "more_than_half"),
        ("No, I eat toast and not much else.", None),
        ("not much else", None),
        # One day: "just today", "only yesterday really".
        ("Just today.", "several_days"),
        ("Only yesterday really. The rest of the fortnight I've been chill.", "several_days"),
        ("only last night", "several_days"),
        ("just today I felt every day was the same", None),
        # A second estimate after a count per week bounds it.
        ("About three days a week, maybe four some weeks.", None),  # 6-8
        ("2 days a week, maybe 3", "several_days"),  # 4-6
        ("5 days a week, sometimes 6", None),  # 10-12
        ("4 days a week, or 5", "more_than_half"),  # 8-10
        # "every day for N days": N days.
        ("Every day for about 10 days now, since the diagnosis.", "more_than_half"),
        ("every day for the past 3 days", "several_days"),
        ("every night for the last 12 nights", "nearly_every_day"),
        ("every day for a week", None),
        ("every day for 7 days", None),
        # A total after days talked over week by week.
        (
            "the first week was fine, the second week Monday to Thursday, so four days",
            "several_days",
        ),
        (
            "a couple of bad days last week and then this week every day, so all in all"
            " probably 9 days. It's the house move.",
            "more_than_half",
        ),
        ("only at work, which is 2 shifts a week, so 4 days in total", "several_days"),
        ("a couple of days last week, so 2 days", None),  # the other week is open
        ("every day the first week, then nothing, so 7 days", None),  # exactly half
        ("my husband says every day last week, so 7 days", None),
        ("I used to have it every day last month, so 30 days", None),
        ("a few days last week and this week, so 4 days, maybe more", None),
        # An unsure zero, then "well, maybe ...": 0 or a day, asked again on every item.
        ("Not that I can remember. Well, maybe the day the boiler broke?", None),
        ("not that I can recall, honestly, maybe once", None),
        ("Not that I can remember.", "not_at_all"),  # alone still a soft zero
    ],
)
def test_round13_freq13b_counts(text: str, expected: str | None) -> None:
    assert match_frequency(text) == expected
