"""bot.meds on the labelled dev set tests/data/meds_dev.jsonl (brands, misspellings, lists,
negation, past use, third parties, hard negatives), scored as ../shared/eval/nlu_eval.py
scores the meds contract. The floor is below the current score so that a real regression
fails; `python -m bot.meds.score tests/data/meds_dev.jsonl --misses` shows the misses."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from bot.meds.lexicon import entries
from bot.meds.score import read_rows, score

DEV_SET = Path(__file__).resolve().parents[1] / "data" / "meds_dev.jsonl"


def test_dev_set_has_the_required_shape_and_size() -> None:
    rows = read_rows(DEV_SET)
    assert len(rows) >= 150
    assert len({r["id"] for r in rows}) == len(rows)
    canonicals = {e.canonical for e in entries()}
    for row in rows:
        assert set(row) == {"id", "text", "current", "past_or_negated", "note"}
        assert set(row["current"]) | set(row["past_or_negated"]) <= canonicals, row["id"]
    kinds = Counter(
        "nothing" if not (r["current"] or r["past_or_negated"]) else
        "not current" if r["past_or_negated"] else "current"
        for r in rows
    )  # fmt: skip
    assert min(kinds.values()) >= 25


def test_dev_set_exact_match_precision_and_recall_hold_their_floor() -> None:
    result = score(read_rows(DEV_SET))
    assert result.exact_match >= 0.95, result.misses
    assert result.precision >= 0.97, result.misses
    assert result.recall >= 0.97, result.misses
