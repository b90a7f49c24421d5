"""Round 13 (freq13c): classes from the blind sets frequency_dev36 and frequency_dev39, each
read in general (see the module docstring of bot/frequency_reader.py), with near misses that
must stay asked again or be read otherwise."""

from __future__ import annotations

import pytest

from bot.answers import match_frequency

# Zero classes of this round: read on an ordinary item, asked again on PHQ-9 item 9.
NEW_ZEROS = [
    # After a zero, the trait denied.
    "Never. Worrying isn't really my thing.",
    "Never, I don't really get scared like that.",
    "Not at all. I don't really get irritable.",
    "no, I'm not really a worrier",
    "nope, panicking is not really me",
    # "a lot" as a degree of help or change.
    "No. Therapy has helped a lot.",
    "Nope, the new mattress helped loads.",
    "no, I've been a lot calmer",
    # "outta" in a share of the 14 days.
    "zero outta 14",
    "0 outta 14 days",
]


@pytest.mark.parametrize("text", NEW_ZEROS)
def test_round13_freq13c_zeros(text: str) -> None:
    assert match_frequency(text) == "not_at_all"


@pytest.mark.parametrize("text", NEW_ZEROS)
def test_round13_freq13c_no_new_zeros_on_item_9(text: str) -> None:
    # PHQ-9 item 9 (firm_zero): the zero classes of this round stay asked again there.
    assert match_frequency(text, firm_zero=True) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "more or less" after a word answer rounds it; after a day count it widens it.
        ("Every day, more or less.", "nearly_every_day"),
        ("most days, more or less", "more_than_half"),
        ("a few days, more or less", "several_days"),
        ("10 days, more or less", None),
        ("more or less", None),
        # The weekend eased in other words, after the weekdays; after every day asked again.
        ("Every weekday basically, then it eases off at the weekend.", "more_than_half"),
        ("weekdays, things calm down at weekends", "more_than_half"),
        ("every day, but it eases off at the weekend", None),
        ("the weekends are a bit better", None),  # how bad, round 12
        ("de lunes a viernes, el finde no", "more_than_half"),
        ("todos los días, el finde no", None),
        # A comparison with another time describes now.
        ("Most days, though it's better than it was last month.", "more_than_half"),
        ("a few days, worse than before", "several_days"),
        ("not at all, better than last month", None),  # a zero beside it stays asked again
        ("most days last month", None),  # the answer about another time
        # A weekly count with a higher one "sometimes": the range of the two.
        ("2 days a week, sometimes 4", None),
        ("2 days a week, sometimes 3", "several_days"),
        ("4 nights a week, sometimes 5", "more_than_half"),
        ("5 nights a week, sometimes 6", None),  # 10-12 spans two options
        # Weekdays left out after "except" are no count of their own.
        ("all week except tues n thurs", None),
        ("every day except Tuesdays and Thursdays", None),  # two weekdays: round 11
        ("every day except sunday", "nearly_every_day"),
        ("all week", None),
        # "every day/night but N" and "every night except N": 14 minus them.
        ("every day but 3", "more_than_half"),
        ("every night but 1", "nearly_every_day"),
        ("sleep's been trash every night except like 2", "nearly_every_day"),
        ("every night except 5", "more_than_half"),  # 9 left, as "every day except 5"
        ("every day but it's worse on Mondays", "nearly_every_day"),  # no exception
        # Two-week sums: "all last week", a hedge before a week's count, chat "n".
        ("all last week and like 2 days this week", "more_than_half"),
        ("prob 2 days last week n 3 this week", "several_days"),
        ("twice last week, not at all this week", "several_days"),
        ("all last week", None),  # the other week open
        # Chat spellings: "outta", "erry", "sat"/"sun" before a part of the day.
        ("12 outta 14 prob", "nearly_every_day"),
        ("all day erry day", "nearly_every_day"),
        ("every sat night bc of drinking lol", "several_days"),
        ("the sat nav broke", None),
        ("only sun and rain lately", None),
        # "except the weekends, when I'm not at work": the clause only says why.
        ("Every day except the weekends, when I'm not at work.", "more_than_half"),
        ("every day except the weekends, when it's every other day", None),
        # Since an event in a season: the window lies inside it.
        ("Every day since my mum passed in the spring.", "nearly_every_day"),
        ("every day in the spring", None),  # another time
        # "mostly weekends" with a day count after it: the count.
        ("mostly weekends, so like 4 days", "several_days"),
        ("mostly weekends", None),
        ("mostly weekends, so 10 days", None),
        # French "surtout avant ..." says when within the window; "avant" alone stays another time.
        ("Quelques jours, surtout avant mes examens.", "several_days"),
        ("avant, tous les jours", None),
        # A tail count after "over a week" backs it.
        ("Over a week's worth of days, I'd say. Maybe 10.", "more_than_half"),
        ("over a week, maybe 7", None),
        # The trait denied without a zero before it keeps its vague "not really".
        ("I don't really worry, I just overthink everything all the time", None),
        ("never, I don't really get much sleep", None),
        ("sometimes, worrying isn't really my thing", None),
        # "a lot" beside a count is no vague word when it is a degree of help.
        ("a few days, therapy has helped a lot", "several_days"),
        ("a lot", None),
    ],
)
def test_round13_freq13c_classes(text: str, expected: str | None) -> None:
    assert match_frequency(text) == expected
