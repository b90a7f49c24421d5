"""Round 12 (freq12c): classes from the blind set frequency_dev33 (and classes seen but not fixed
in round 11), each read in general (see the module docstring of bot/frequency_reader.py), with
near misses that must stay asked again or be read otherwise."""

from __future__ import annotations

import pytest

from bot.answers import match_frequency

# Zero classes of this round: read on an ordinary item, asked again on PHQ-9 item 9.
NEW_ZEROS = [
    # Another language's "not really" (with its flat "no" before it): a soft zero.
    "pas vraiment",
    "non pas vraiment",
    "non, pas vraiment",
    "nee hoor, niet echt",
    "niet echt",
    "Nie, raczej nie.",
    "la verdad que no, todo bien",
    "nicht wirklich",
    "nem por isso",
    "non proprio",
    # Another language's plain zero, alone or before a clause with no count.
    "neanche un giorno, sto bene",
    "nemmeno un giorno",
    # None in either week.
    "none this week and none last week either",
    "nothing this week, none last week either",
    "didn't happen either week",
    "neither week",
    # "nothing to report on that front".
    "Nothing to report on that front",
    "Fine, thanks! Nothing to report on that front.",
    # "not one day out of the fourteen".
    "not one day out of the fourteen",
    "not one night out of the fourteen",
    # A polite form of address after a flat "no".
    "no ma'am",
    "No madam.",
    # Another time, then "but these two weeks ...".
    "last month was awful but these two weeks have been ok, not at all really",
]


@pytest.mark.parametrize("text", NEW_ZEROS)
def test_round12_freq12c_zeros(text: str) -> None:
    assert match_frequency(text) == "not_at_all"


@pytest.mark.parametrize("text", NEW_ZEROS)
def test_round12_freq12c_no_new_zeros_on_item_9(text: str) -> None:
    # PHQ-9 item 9 (firm_zero): the zero classes of this round stay asked again there.
    assert match_frequency(text, firm_zero=True) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "not really" in another language beside a count or a vague word: as in English.
        ("non proprio, qualche giorno", "several_days"),
        ("pas vraiment, mais parfois", None),
        ("non, pas vraiment, mais parfois", None),
        ("nee, niet echt, soms wel", None),
        # ... and inside a clause it is no denial.
        ("je ne dors pas vraiment", None),
        ("nicht wirklich gut geschlafen", None),
        ("raczej nie wiem", None),
        # "not a single day without ..." is no zero.
        ("neanche un giorno senza ansia", None),
        # A hedged "nothing much" stays asked again; one week's zero beside a count is a sum.
        ("nothing much to report on that front", None),
        ("fine, thanks", None),
        ("fine, thanks, not really... a bit", None),
        ("not one day out of the 14 was good", None),  # a good day denied: no zero
        ("not one day out of the 14, well maybe 1", None),
        ("none this week, 3 last week", "several_days"),
        ("neither week, well maybe once", None),
        # A form of address beside the symptom is no zero.
        ("no ma'am, I sleep too much", None),
        # The window named as "these two weeks" after another time: the answer about it.
        ("last month was fine but these two weeks every day", "nearly_every_day"),
        ("last month was fine but these two weeks, maybe 3 or 4 days a week", None),
    ],
)
def test_round12_freq12c_zero_near_misses(text: str, expected: str | None) -> None:
    assert match_frequency(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The whole window without the word days, as the whole answer.
        ("all 14", "nearly_every_day"),
        ("all 14 of them", "nearly_every_day"),
        ("all fourteen", "nearly_every_day"),
        ("all 14 hours", None),
        ("14", None),  # a bare number stays asked again
        # "every day at work, so weekdays": the working days named as the weekdays.
        ("every day at work, so weekdays", "more_than_half"),
        ("every day at work, which is every weekday", "more_than_half"),
        ("every day at work", None),
        ("every day at work, so weekends too", None),
        # The weeks named first, then their counts: summed.
        ("first week maybe 2 days, second week 3", "several_days"),
        ("the first week 3 days, the second week 5", "more_than_half"),
        ("first week every day, second week 2", "more_than_half"),
        ("first week 3, second week 4", None),  # 7: exactly half
        # A tail count per week after days were talked about: doubled.
        ("only on my days off, so 2 a week", "several_days"),
        ("only on my days off, so 4 a week", "more_than_half"),
        ("only on my days off, maybe 3 a week", None),  # 4-8 crosses half
        ("whenever I'm stressed, so 2 a week", None),  # no days talked about: may be a score
        ("only on my days off, so 9 a week", None),
        # A week's count with the rest of that week off: the count.
        ("6 days a week, i get one day off from it", "nearly_every_day"),
        ("5 days a week with 2 days off", "more_than_half"),
        ("6 days a week, i get 2 days off", None),  # the days do not add up to a week
        # "the weekends are a bit better" beside a count: how bad, not how often.
        (
            "Probably 10 days. The weekends are a bit better because I'm not at work.",
            "more_than_half",
        ),
        ("every weekday, the weekends are a little easier", "more_than_half"),
        ("weekends are a bit better", None),
        ("no, the weekends are a bit better", None),  # the symptom is there: no zero
    ],
)
def test_round12_freq12c_counts(text: str, expected: str | None) -> None:
    assert match_frequency(text) == expected
