"""A slash between two small counts: typed as "2 or 3" as often as "2 out of 3".

Read as a share, "2/3 days" was more than half and "5/6 days" nearly every day, for a patient
who meant several days (found in session 7's review of round 12). The reader now takes
neighbouring counts as a range, a share only with "of the days", and asks again otherwise.
"""

from __future__ import annotations

import pytest

from bot.frequency_reader import match_frequency


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # neighbouring counts before a day word: the range
        ("2/3 days", "several_days"),
        ("5/6 days", "several_days"),
        ("maybe 3/4 nights", "several_days"),
        ("6/7 days", None),  # 6 or 7: includes exactly half
        # without a day word: "2 or 3" may be a score, asked again
        ("2/3", None),
        ("3/4", None),
        # "of the days": a share of the 14
        ("2/3 of the days", "more_than_half"),
        ("4/5 of the days", "more_than_half"),
        ("1/3 of the days", "several_days"),
        ("2/3 of the time", "more_than_half"),
        # other pairs before a day word: read only when share and range agree
        ("1/5 days", "several_days"),
        ("3/5 days", None),
        # unchanged: weekly ranges, shares of 14, round the clock
        ("4/5 days a week", "more_than_half"),
        ("3/4 days a week", None),
        ("9/14", "more_than_half"),
        ("10/14 days", "more_than_half"),
        ("0/14", "not_at_all"),
        ("24/7", "nearly_every_day"),
    ],
)
def test_slash_between_counts(text: str, expected: str | None) -> None:
    assert match_frequency(text) == expected
