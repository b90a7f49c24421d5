"""Score ``extract`` on a labelled JSONL set, the way ../shared/eval/nlu_eval.py scores meds.

Rows: {"id", "text", "current": [...], "past_or_negated": [...], "note"}. A mention whose role
is "past" or "negated" counts as not current. Precision and recall are over (row, name, side)
items; exact match is the share of rows where both sets are right.

    .venv/bin/python -m bot.meds.score tests/data/meds_dev.jsonl [--misses]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.meds.extract import extract, warm_up


@dataclass(frozen=True)
class Score:
    n: int
    precision: float
    recall: float
    exact_match: float
    misses: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        f1 = (
            2 * self.precision * self.recall / (self.precision + self.recall)
            if self.precision + self.recall
            else 0.0
        )
        return {
            "set": "meds",
            "n": self.n,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(f1, 4),
            "exact_match": round(self.exact_match, 4),
        }


def read_rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def predict(text: str) -> tuple[set[str], set[str]]:
    """(current, past_or_negated) canonical names for one message."""
    current: set[str] = set()
    other: set[str] = set()
    for mention in extract(text):
        (other if mention.role in ("past", "negated") else current).add(mention.canonical)
    return current, other


def score(rows: Iterable[Mapping[str, Any]]) -> Score:
    tp = fp = fn = exact = n = 0
    misses: list[str] = []
    for row in rows:
        n += 1
        cur, other = predict(str(row["text"]))
        want_cur, want_other = set(row["current"]), set(row["past_or_negated"])
        tp += len(cur & want_cur) + len(other & want_other)
        fp += len(cur - want_cur) + len(other - want_other)
        fn += len(want_cur - cur) + len(want_other - other)
        if cur == want_cur and other == want_other:
            exact += 1
        else:
            misses.append(
                f"{row.get('id')}: {row['text']!r} want {sorted(want_cur)}/{sorted(want_other)}"
                f" got {sorted(cur)}/{sorted(other)}"
            )
    return Score(
        n=n,
        precision=tp / (tp + fp) if tp + fp else 1.0,
        recall=tp / (tp + fn) if tp + fn else 1.0,
        exact_match=exact / n if n else 0.0,
        misses=tuple(misses),
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score bot.meds.extract on a labelled set.")
    parser.add_argument("path", type=Path)
    parser.add_argument("--misses", action="store_true", help="print the rows it gets wrong")
    args = parser.parse_args(argv)
    warm_up()
    result = score(read_rows(args.path))
    print(json.dumps(result.as_dict()))
    if args.misses:
        for line in result.misses:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
