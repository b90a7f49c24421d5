"""Scoring: totals, reverse items, transformed scores, severity bands and item-level flags.

Pure functions over an instrument definition and the answers given. An unanswered item is
never counted as 0: a total with missing items is reported as incomplete, without a band,
because no published rule for prorating these instruments is in CLINICAL.md.

Reverse-scored items (PSS-10 items 4, 5, 7, 8) score max + min - score of their option. Bands
apply to the reported score: the raw total, or its transform when the instrument declares
one (WHO-5 raw x 4 -> 0-100; PROMIS raw -> T-score from the instrument's table).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.instruments import Band, Instrument, Item, ItemFlagRule


class ScoringError(ValueError):
    """An answer value does not belong to the item's scale."""


@dataclass(frozen=True)
class ScoreResult:
    instrument_id: str
    total: int | None  # raw total; None unless every scored item was answered
    scaled: float | None  # the transformed total (WHO-5 %, PROMIS T); None without transform
    partial_total: int  # sum over the answered scored items (a lower bound when incomplete)
    band: Band | None
    answered: int
    missing: tuple[str, ...]  # scored item ids without an answer

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def reported(self) -> float | None:
        """The score the band was read from: the transformed total, else the raw total."""
        return self.scaled if self.scaled is not None else self.total


@dataclass(frozen=True)
class ItemFlag:
    rule: ItemFlagRule
    item_id: str
    score: int


def item_score(item: Item, value: str, reverse: bool = False) -> int:
    """The score of one answer value, reversed when the instrument says so."""
    option = item.scale.option(value)
    if option is None:
        raise ScoringError(f"{value!r} is not an option of item {item.id} ({item.scale.id})")
    if not reverse:
        return option.score
    scores = [o.score for o in item.scale.options]
    return max(scores) + min(scores) - option.score


def score_item(instrument: Instrument, item_id: str, value: str) -> int:
    item = instrument.item(item_id)
    return item_score(item, value, reverse=item_id in instrument.reverse_items)


def band_for(instrument: Instrument, reported: float) -> Band:
    """The band of a reported score (the raw total, or its transform)."""
    for band in instrument.bands:
        if band.contains(reported):
            return band
    raise ScoringError(f"{instrument.id}: score {reported} is outside every band")


def score(instrument: Instrument, answers: Mapping[str, str | None]) -> ScoreResult:
    """Total and band from item id -> option value (None or absent = unanswered)."""
    partial = 0
    answered = 0
    missing: list[str] = []
    for item in instrument.scored_items:
        value = answers.get(item.id)
        if value is None:
            missing.append(item.id)
            continue
        partial += score_item(instrument, item.id, value)
        answered += 1
    complete = not missing
    summed = complete and instrument.has_total
    reported = instrument.reported(partial) if summed else None
    return ScoreResult(
        instrument_id=instrument.id,
        total=partial if summed else None,
        scaled=reported if summed and instrument.transform is not None else None,
        partial_total=partial,
        band=band_for(instrument, reported) if reported is not None else None,
        answered=answered,
        missing=tuple(missing),
    )


def item_flags(instrument: Instrument, item_id: str, value: str) -> list[ItemFlag]:
    """Flags one answer raises on its own, whatever the total (e.g. PHQ-9 item 9 > 0)."""
    flags = []
    for rule in instrument.item_flags:
        if rule.item != item_id:
            continue
        s = score_item(instrument, item_id, value)
        if rule.matches(s):
            flags.append(ItemFlag(rule=rule, item_id=item_id, score=s))
    return flags


def any_scored_item_positive(instrument: Instrument, answers: Mapping[str, str | None]) -> bool:
    """PHQ-9's condition for asking item 10: 'If you checked off any problems'."""
    return any(
        (v := answers.get(i.id)) is not None and score_item(instrument, i.id, v) > 0
        for i in instrument.scored_items
    )
