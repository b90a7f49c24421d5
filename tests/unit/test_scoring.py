"""Scoring of the PHQ-9 and GAD-7 against CLINICAL.md sections 1 and 2."""

from __future__ import annotations

import pytest

from bot import instruments, scoring
from bot.instruments import Instrument

PHQ9 = instruments.load("phq9")
GAD7 = instruments.load("gad7")


def answers_with_total(inst: Instrument, total: int) -> dict[str, str | None]:
    """Spread `total` over the scored items, 3 points at most per item."""
    result: dict[str, str | None] = {}
    remaining = total
    for item in inst.scored_items:
        s = min(3, remaining)
        option = item.scale.by_score(s)
        assert option is not None
        result[item.id] = option.value
        remaining -= s
    assert remaining == 0
    return result


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "none_minimal"),
        (4, "none_minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "moderately_severe"),
        (19, "moderately_severe"),
        (20, "severe"),
        (27, "severe"),
    ],
)
def test_phq9_band_boundaries(total: int, band: str) -> None:
    result = scoring.score(PHQ9, answers_with_total(PHQ9, total))
    assert result.total == total
    assert result.band is not None and result.band.code == band


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "minimal"),
        (4, "minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "severe"),
        (21, "severe"),
    ],
)
def test_gad7_band_boundaries(total: int, band: str) -> None:
    result = scoring.score(GAD7, answers_with_total(GAD7, total))
    assert result.total == total
    assert result.band is not None and result.band.code == band


def test_phq9_item_10_is_not_scored() -> None:
    answers = answers_with_total(PHQ9, 7)
    answers["10"] = "extremely_difficult"
    assert scoring.score(PHQ9, answers).total == 7


def test_unanswered_item_is_never_scored_zero() -> None:
    answers = answers_with_total(PHQ9, 12)
    answers["4"] = None
    result = scoring.score(PHQ9, answers)
    assert result.total is None and result.band is None
    assert result.missing == ("4",)
    assert not result.complete


def test_phq9_and_gad7_have_no_reverse_items_and_codes_from_clinical_md() -> None:
    assert PHQ9.reverse_items == frozenset() and GAD7.reverse_items == frozenset()
    assert PHQ9.loinc == {"panel": "44249-1", "total": "44261-6"}
    assert GAD7.loinc == {"panel": "69737-5", "total": "70274-6"}
    assert PHQ9.item("9").loinc == "44260-8"
    assert [o.loinc for o in PHQ9.item("10").scale.options] == [
        "LA6572-7",
        "LA6573-5",
        "LA6575-0",
        "LA6574-3",
    ]


def test_reverse_item_scores_are_flipped() -> None:
    item = PHQ9.item("1")
    assert scoring.item_score(item, "not_at_all", reverse=True) == 3
    assert scoring.item_score(item, "nearly_every_day", reverse=True) == 0


@pytest.mark.parametrize("value", ["several_days", "more_than_half", "nearly_every_day"])
def test_item9_above_zero_flags_whatever_the_total(value: str) -> None:
    flags = scoring.item_flags(PHQ9, "9", value)
    assert [f.rule.kind for f in flags] == ["phq9_item9_positive"]
    assert flags[0].rule.severity == "urgent"


def test_item9_zero_raises_no_flag() -> None:
    assert scoring.item_flags(PHQ9, "9", "not_at_all") == []


def test_unknown_answer_value_is_an_error_not_a_zero() -> None:
    with pytest.raises(scoring.ScoringError):
        scoring.score_item(PHQ9, "1", "sometimes")


def test_item10_is_asked_only_when_a_problem_was_checked() -> None:
    none = {i.id: "not_at_all" for i in PHQ9.scored_items}
    assert not scoring.any_scored_item_positive(PHQ9, none)
    assert scoring.any_scored_item_positive(PHQ9, {**none, "3": "several_days"})
