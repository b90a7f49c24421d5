"""Score the two-week frequency reader offline on a labelled JSONL set (no Rasa needed).

    PYTHONPATH=. .venv/bin/python scripts/score_frequency.py \
        bot/frequency_examples/frequency_dev.jsonl

Each row is {"id", "text", "expect"} with expect one of the four options or "unclear".
The rules alone by default (what is stored without asking); with --suggestions as the NLU
entity reads it (a suggestion where the rules leave a reply unclear, offered to the patient).
Prints accuracy, wrong options (an option other than the label: far worse than a re-ask, so
counted apart from misses where the reader asked again), a confusion count (label -> read),
the misses, and with --vague every row the writer labelled with an option although the reply
holds a vague quantifier the reader asks again on ("sometimes"), grouped by word and label.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot import answer_engine, frequency_reader
from bot.frequency_guess import read_frequency
from bot.frequency_reader import match_frequency

UNCLEAR = "unclear"


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def read(text: str) -> str:
    return match_frequency(text) or UNCLEAR


def read_with_suggestions(text: str) -> str:
    """As the NLU entity reads it (--suggestions)."""
    return read_frequency(text)[0] or UNCLEAR


def vague_words(text: str) -> list[str]:
    """The vague quantifiers the reader acts on in `text` (after normalising): like the
    reader, a longer phrase wins an overlap, so "more often than not" holds no "often"."""
    norm = frequency_reader.frequency_norm(text)
    hits = [
        (m.start(), m.end(), order, rule.value)
        for order, rule in enumerate(frequency_reader.FREQUENCY_RULES)
        for m in rule.pattern.finditer(norm)
        if m.end() > m.start()
    ]
    hits.sort(key=lambda h: (h[0] - h[1], h[2], h[0]))
    chosen: list[tuple[int, int, int, object]] = []
    for h in hits:
        if all(h[1] <= c[0] or h[0] >= c[1] for c in chosen):
            chosen.append(h)
    vague = [c for c in chosen if isinstance(c[3], str) and c[3].startswith(answer_engine.VAGUE)]
    return [norm[start:end].strip(" ,") for start, end, _, _ in sorted(vague)]


def report(
    rows: list[dict[str, Any]], show_vague: bool, reader: Callable[[str], str] = read
) -> int:
    got = [(r, reader(r["text"])) for r in rows]
    misses = [(r, g) for r, g in got if g != r["expect"]]
    wrong = [(r, g) for r, g in misses if g != UNCLEAR]
    n = len(rows)
    print(f"rows {n}  correct {n - len(misses)}  accuracy {(n - len(misses)) / n:.1%}")
    print(f"wrong options {len(wrong)}  (label an option or unclear, read as another option)")
    print(f"asked again though labelled {len(misses) - len(wrong)}")
    print("\nconfusion (label -> read: count)")
    for (label, g), c in sorted(Counter((r["expect"], g) for r, g in got).items()):
        print(f"  {label:>16} -> {g:<16} {c}{'' if label == g else '  *'}")
    print("\nmisses (WRONG = a different option)")
    for r, g in sorted(misses, key=lambda m: (m[1] == UNCLEAR, m[0]["expect"])):
        tag = "WRONG" if g != UNCLEAR else "ask  "
        print(f"  {tag} {r['id']}: {r['text']!r}  label={r['expect']} read={g}")
    if show_vague:
        print_vague(rows)
    return len(wrong)


def print_vague(rows: list[dict[str, Any]]) -> None:
    table: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        for word in dict.fromkeys(vague_words(r["text"])):
            table[word][r["expect"]] += 1
            examples[word].append(f"{r['id']} {r['text']!r} -> {r['expect']}")
    print("\nvague words by label (rows holding the word)")
    for word in sorted(table, key=lambda w: -sum(table[w].values())):
        counts = ", ".join(f"{lab}: {c}" for lab, c in table[word].most_common())
        print(f"  {word!r}: {counts}")
        for e in examples[word]:
            print(f"      {e}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--vague", action="store_true", help="list vague words by label")
    parser.add_argument(
        "--suggestions",
        action="store_true",
        help="read as the NLU entity does: the rules, then a suggestion (bot/frequency_guess.py)"
        " where they leave the reply unclear; a suggestion is only stored once confirmed",
    )
    args = parser.parse_args()
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into `head`
    reader = read_with_suggestions if args.suggestions else read
    wrong = report(load(args.path), args.vague, reader)
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
