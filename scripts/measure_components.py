"""`make bench`, part 1: per-message cost of the rule-based readers that run on every message
(the safety screen, the medicine extractor, the two-week frequency reader), without Rasa.
Timings belong here, not in tests: the numbers depend on the machine and its load."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from bot import meds
from bot.answers import match_frequency
from bot.safety import screen

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def texts(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def timed(label: str, work: Callable[[str], object], inputs: list[str]) -> None:
    work("warm up")
    times = []
    for text in inputs:
        start = time.perf_counter()
        work(text)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
    print(
        f"{label:<28} {len(times):>5} messages  median {statistics.median(times):6.3f} ms"
        f"  p95 {p95:6.3f} ms  max {times[-1]:7.3f} ms"
    )


def main() -> None:
    meds.warm_up()
    print("Per-message cost of the readers that run on every message (this machine, now):")
    timed("safety screen (crisis dev)", screen, texts("crisis_dev.jsonl"))
    timed("medicine extractor (dev)", meds.extract, texts("meds_dev.jsonl"))
    timed(
        "frequency reader (dev)",
        match_frequency,
        texts("../../bot/frequency_examples/frequency_dev.jsonl"),
    )
    long_text = " ".join(texts("meds_dev.jsonl"))[:4000]
    timed("screen, 4,000 characters", screen, [long_text] * 20)
    timed("extractor, 4,000 characters", meds.extract, [long_text] * 20)


if __name__ == "__main__":
    main()
