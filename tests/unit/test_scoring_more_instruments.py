"""Scoring of PSS-10, AIS and WHO-5 (shipped) and the ISI / PROMIS Sleep 4a stand-in packs, at
every band boundary and for every reverse item (CLINICAL.md sections 3, 4 and 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import instruments, scoring
from bot.instruments import Instrument, InstrumentSource

PSS10 = instruments.load("pss10")
AIS = instruments.load("ais")
WHO5 = instruments.load("who5")
PACKS = Path(__file__).resolve().parents[1] / "fixtures" / "instrument_packs"
_SOURCE = InstrumentSource((PACKS,), frozenset({"isi", "promis_sleep_4a"}))
ISI = instruments.load("isi", _SOURCE)
PROMIS_SLEEP = instruments.load("promis_sleep_4a", _SOURCE)


def answers_with_raw_total(inst: Instrument, total: int) -> dict[str, str | None]:
    """Answers whose item scores (after any reversal) add up to `total`."""
    result: dict[str, str | None] = {}
    remaining = total - inst.score_min
    for item in inst.scored_items:
        scores = sorted(o.score for o in item.scale.options)
        wanted = scores[0] + min(scores[-1] - scores[0], remaining)
        remaining -= wanted - scores[0]
        reverse = item.id in inst.reverse_items
        option = item.scale.by_score(scores[-1] + scores[0] - wanted if reverse else wanted)
        assert option is not None
        result[item.id] = option.value
    assert remaining == 0
    return result


def band_of(inst: Instrument, total: int) -> str:
    result = scoring.score(inst, answers_with_raw_total(inst, total))
    assert result.total == total and result.band is not None
    return result.band.code


@pytest.mark.parametrize(
    ("total", "band"),
    [(0, "low"), (13, "low"), (14, "moderate"), (26, "moderate"), (27, "high"), (40, "high")],
)
def test_pss10_band_boundaries_are_the_common_not_cohens_bands(total: int, band: str) -> None:
    assert band_of(PSS10, total) == band
    assert "not Cohen's" in scoring.band_for(PSS10, total).label


def test_pss10_reverses_items_4_5_7_and_8_exactly() -> None:
    assert PSS10.reverse_items == {"4", "5", "7", "8"}


@pytest.mark.parametrize("item_id", [str(i) for i in range(1, 11)])
def test_pss10_item_scores_with_and_without_reversal(item_id: str) -> None:
    expected = {"never": 0, "almost_never": 1, "sometimes": 2, "fairly_often": 3, "very_often": 4}
    for value, score in expected.items():
        reversed_item = item_id in ("4", "5", "7", "8")
        assert scoring.score_item(PSS10, item_id, value) == (4 - score if reversed_item else score)


def test_pss10_all_never_scores_16_from_the_reverse_items_alone() -> None:
    result = scoring.score(PSS10, {i.id: "never" for i in PSS10.items})
    assert result.total == 16 and result.band is not None and result.band.code == "moderate"


def test_pss10_range_and_licence_are_as_clinical_md_says() -> None:
    assert (PSS10.score_min, PSS10.score_max, len(PSS10.items)) == (0, 40, 10)
    assert PSS10.license_status == "free_non_commercial" and "UNVERIFIED" in PSS10.license
    assert PSS10.loinc == {} and all(i.loinc is None for i in PSS10.items)


@pytest.mark.parametrize(
    ("total", "band"),
    [(0, "none"), (5, "none"), (6, "mild"), (9, "mild"), (10, "moderate"), (15, "moderate"),
     (16, "severe"), (24, "severe")],
)  # fmt: skip
def test_ais_band_boundaries_with_the_cut_off_at_6(total: int, band: str) -> None:
    assert band_of(AIS, total) == band


def test_ais_has_8_items_scored_0_to_3_each_with_its_own_wording_and_no_reverse() -> None:
    assert len(AIS.items) == 8 and AIS.reverse_items == frozenset()
    assert all([o.score for o in i.scale.options] == [0, 1, 2, 3] for i in AIS.items)
    assert len({i.scale.id for i in AIS.items}) == 7  # items 6 and 7 share their answers
    assert AIS.license_status == "unverified"


@pytest.mark.parametrize(
    ("raw", "percentage", "band"),
    [(0, 0, "poor_wellbeing"), (12, 48, "poor_wellbeing"), (13, 52, "above_cutoff"),
     (25, 100, "above_cutoff")],
)  # fmt: skip
def test_who5_is_multiplied_by_4_and_banded_at_50(raw: int, percentage: int, band: str) -> None:
    result = scoring.score(WHO5, answers_with_raw_total(WHO5, raw))
    assert (result.total, result.scaled, result.reported) == (raw, percentage, percentage)
    assert result.band is not None and result.band.code == band


def test_who5_incomplete_has_no_percentage_and_no_band() -> None:
    result = scoring.score(WHO5, {"1": "all_of_the_time"})
    assert (result.total, result.scaled, result.band) == (None, None, None)
    assert result.partial_total == 5


@pytest.mark.parametrize(
    ("value", "flagged"),
    [("at_no_time", True), ("some_of_the_time", True), ("less_than_half", False),
     ("all_of_the_time", False)],
)  # fmt: skip
def test_who5_an_item_answered_0_or_1_is_flagged_for_follow_up(value: str, flagged: bool) -> None:
    for item in WHO5.items:
        flags = scoring.item_flags(WHO5, item.id, value)
        assert [f.rule.kind for f in flags] == (["who5_item_low"] if flagged else [])
        assert all(f.rule.severity == "review" for f in flags)


@pytest.mark.parametrize(
    ("total", "band"),
    [(0, "none"), (7, "none"), (8, "subthreshold"), (14, "subthreshold"), (15, "moderate"),
     (21, "moderate"), (22, "severe"), (28, "severe")],
)  # fmt: skip
def test_isi_stand_in_band_boundaries(total: int, band: str) -> None:
    assert band_of(ISI, total) == band


T_TABLE = {
    4: 32.0, 5: 37.5, 6: 41.1, 7: 43.8, 8: 46.2, 9: 48.4, 10: 50.5, 11: 52.4, 12: 54.3,
    13: 56.1, 14: 57.9, 15: 59.8, 16: 61.7, 17: 63.8, 18: 66.0, 19: 68.8, 20: 73.3,
}  # fmt: skip


@pytest.mark.parametrize(("raw", "t_score"), sorted(T_TABLE.items()))
def test_promis_sleep_raw_scores_become_clinical_md_t_scores(raw: int, t_score: float) -> None:
    result = scoring.score(PROMIS_SLEEP, answers_with_raw_total(PROMIS_SLEEP, raw))
    assert (result.total, result.scaled) == (raw, t_score)


@pytest.mark.parametrize(
    ("raw", "band"),
    [(4, "within_normal_limits"), (12, "within_normal_limits"), (13, "mild"), (15, "mild"),
     (16, "moderate"), (19, "moderate"), (20, "severe")],
)  # fmt: skip
def test_promis_sleep_bands_apply_to_the_t_score(raw: int, band: str) -> None:
    # T 54.3 | 56.1 .. 59.8 | 61.7 .. 68.8 | 73.3: the band edges 55, 60 and 70 fall between.
    assert band_of(PROMIS_SLEEP, raw) == band


def test_promis_sleep_reverses_items_1_and_2_on_the_1_to_5_scale() -> None:
    assert PROMIS_SLEEP.reverse_items == {"1", "2"}
    assert [scoring.score_item(PROMIS_SLEEP, "1", f"s{n}") for n in range(1, 6)] == [5, 4, 3, 2, 1]
    assert [scoring.score_item(PROMIS_SLEEP, "3", f"s{n}") for n in range(1, 6)] == [1, 2, 3, 4, 5]
    assert PROMIS_SLEEP.transform is not None and PROMIS_SLEEP.transform.loinc == "77860-5"
