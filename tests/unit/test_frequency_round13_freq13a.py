"""Round 13 (freq13a): classes from the blind sets frequency_dev34, frequency_dev35 and
frequency_dev38, each read in general (see the module docstring of bot/frequency_reader.py),
with near misses that must stay asked again or be read otherwise."""

from __future__ import annotations

import pytest

from bot.answers import match_frequency

# Zero classes of this round: read on an ordinary item, asked again on PHQ-9 item 9.
NEW_ZEROS = [
    # The topic denied with "by that/it" after "never been bothered".
    "never been bothered by that",
    "I've never been troubled by it",
    "Never really been bothered by that",
    # A bracket is a clause break: the aside inside it does not join the answer.
    "Not at all (I've been sleeping well for once)",
    # Misspellings two edits away, and the label typed as one word.
    "never happend",
    "never happenned",
    "notat all",
    # Dutch "nee hoor" (a friendly flat no) alone.
    "nee hoor",
]


@pytest.mark.parametrize("text", NEW_ZEROS)
def test_round13_freq13a_zeros(text: str) -> None:
    assert match_frequency(text) == "not_at_all"


@pytest.mark.parametrize("text", NEW_ZEROS)
def test_round13_freq13a_no_new_zeros_on_item_9(text: str) -> None:
    # PHQ-9 item 9 (firm_zero): the zero classes of this round stay asked again there.
    assert match_frequency(text, firm_zero=True) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "never been bothered by that" beside a count is no zero.
        ("never been bothered by that, but most days lately", None),
        ("never been bothered by that, a bit", None),
        # A bracket beside another answer: the aside is read as its own clause.
        ("not at all (well maybe once)", None),
        ("not at all [maybe once]", None),
        ("most days (well, every day)", "nearly_every_day"),
        ("(sighs) every day", "nearly_every_day"),
        ("every day (except weekends)", None),
        # "nee hoor" beside another answer, and "nee hoor" with "niet echt" (a soft zero).
        ("nee hoor, elke dag", "nearly_every_day"),
        ("nee hoor, soms wel", None),
        # A zero said plainly after a bracket stays a zero on item 9 as before.
        ("not at all (thank god)", "not_at_all"),
    ],
)
def test_round13_freq13a_zero_near_misses(text: str, expected: str | None) -> None:
    assert match_frequency(text) == expected


def test_round13_freq13a_plain_bracket_zero_on_item_9_as_before() -> None:
    assert match_frequency("not at all (thank god)", firm_zero=True) == "not_at_all"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A lifelong tag after a statement about the patient: a trait, asked again.
        ("I never sleep well, never have", None),
        ("I never feel rested, never have", None),
        ("I always sleep badly, always have", None),
        ("I always worry, always have", None),
        # ... a flat "never have" is still a zero, and "I never sleep well" alone is asked again.
        ("no, never have", "not_at_all"),
        ("never have", "not_at_all"),
        ("I never sleep well", None),
        # A first answer taken back to a zero without a correction marker: two answers.
        ("most days, actually never", None),
        ("every day... hmm actually never", None),
        ("every day, well actually none", None),
        ("never, actually never", "not_at_all"),  # the zero said again
        ("no, actually none", "not_at_all"),
    ],
)
def test_round13_freq13a_lifelong_and_taken_back(text: str, expected: str | None) -> None:
    assert match_frequency(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Typos: the label words typed as one, "mos days", a swap in "few", "ocassionally".
        ("Morethan half", "more_than_half"),
        ("morethan half the days", "more_than_half"),
        ("lessthan half", "several_days"),
        ("mos days", "more_than_half"),
        ("mos of the time", "more_than_half"),
        ("3 mos ago", None),  # "mos" alone may be months
        ("fwe days", "several_days"),
        ("a fwe times", "several_days"),
        ("ocassionally", "several_days"),
        ("ocassionaly", "several_days"),
        # A tail count after "not many": a day count (a count outside the vague range, or
        # one that crosses half, stays asked again).
        ("Not many, maybe 4", "several_days"),
        ("not many, perhaps 3", "several_days"),
        ("not many, maybe 7", None),
        ("not many, maybe 9", None),
        ("rarely, maybe 2", None),  # no word for days before it: may be a score
    ],
)
def test_round13_freq13a_typos_and_tail_counts(text: str, expected: str | None) -> None:
    assert match_frequency(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "actually" right after a correction marker belongs to the marker.
        ("most days... no wait, actually just a few", "several_days"),
        ("every day, no wait, actually a couple of days", "several_days"),
        ("most days, sorry I mean actually every day", "nearly_every_day"),
        ("most days, no wait, actually none", None),  # never to a new zero
        # "... (hmm) actually <answer>" after a trailing-off answer corrects it.
        ("not at all... hmm actually a few times", "several_days"),
        ("most days... actually every day", "nearly_every_day"),
        ("a few days... actually most of them", "more_than_half"),
        ("every day... actually never", None),  # never to a zero
        ("every day... actually no", None),
        # A bare count after a correction, when the answer taken back counted days: days.
        ("2 or 3 days, no wait maybe 4", "several_days"),
        ("2 days, no wait, maybe 4 or 5", "several_days"),
        ("3 days? hmm no, scratch that, probably 10", "more_than_half"),
        ("2 or 3 days, no wait maybe 7", None),  # 6-8 crosses half
        ("2 or 3 days, no wait maybe 2", None),  # up to 3 may be a score
        ("whenever, no wait maybe 4", None),  # no days counted before
        # Spanish/Portuguese "... well no," after a trailing-off answer corrects it.
        ("unos días... bueno no, la mayoría de los días honestamente", "more_than_half"),
        ("alguns dias... bom não, quase todos os dias", "nearly_every_day"),
    ],
)
def test_round13_freq13a_corrections(text: str, expected: str | None) -> None:
    assert match_frequency(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An onset n days ago, then every day since: n or n + 1 days.
        ("since my op 10 days ago, every day", "more_than_half"),
        ("started 3 days ago, been every day since", "several_days"),
        ("It started about 10 days ago and it's been every day since", "more_than_half"),
        ("started 12 days ago and its been every day", "nearly_every_day"),
        ("it started about 6 days ago, every day since", None),  # 6-7 touches half
        ("started 20 days ago, every day since", None),  # outside the window: not read here
        ("started 3 days ago, every day since, maybe a week", None),
        ("since Friday, every day", None),  # no count of the days (session 5)
    ],
)
def test_round13_freq13a_onset_days_ago(text: str, expected: str | None) -> None:
    assert match_frequency(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Another language's weekdays word, then its "the weekend is fine": the 10 weekdays.
        ("an allen Werktagen, am Wochenende gehts", "more_than_half"),
        ("w dni robocze, w weekendy jest ok", "more_than_half"),
        ("días laborables, los fines de semana bien", "more_than_half"),
        ("am Wochenende gehts", None),  # alone no count
        # Portuguese "more days than not"; the reverse is no such answer.
        ("mais dias sim do que não", "more_than_half"),
        ("mais dias do que não", "more_than_half"),
        ("mais dias não do que sim", None),
        # Portuguese "only at the weekend": several days; negated, asked again.
        ("só no fim de semana", "several_days"),
        ("apenas nos fins de semana", "several_days"),
        ("não só no fim de semana", None),
        # Polish "almost a week": under half, like the English.
        ("prawie tydzień", "several_days"),
    ],
)
def test_round13_freq13a_other_languages(text: str, expected: str | None) -> None:
    assert match_frequency(text) == expected
