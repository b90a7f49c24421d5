"""The benchmark's numbers and tables: per-turn percentiles, throughput, cost by position."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from scripts.bench_load import LoadResult

BLOCK = 10  # turns per position block
BLOCK_EVERY = 40  # blocks start at turns 1, 41, 81, ... (plus the last ten)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


@dataclass(frozen=True)
class Measurement:
    assistant: str  # "ours" or "stock"
    concurrency: int
    load: LoadResult
    peak_mb: dict[str, float]  # process name -> peak RSS (children included)
    cpu_s: dict[str, float]  # process name -> CPU seconds used during the level

    @property
    def turns_each(self) -> int:
        return len(self.load.turn_ms[0])

    def pooled(self, start: int, end: int) -> list[float]:
        return [t for run in self.load.turn_ms for t in run[start:end]]

    @property
    def all_turns(self) -> list[float]:
        return self.pooled(0, self.turns_each)

    def p50(self) -> float:
        return statistics.median(self.all_turns)

    def first10(self) -> float:
        return statistics.median(self.pooled(0, BLOCK))

    def last10(self) -> float:
        return statistics.median(self.pooled(self.turns_each - BLOCK, self.turns_each))

    def growth(self) -> float:
        return self.last10() / self.first10()

    def cpu_ms_per_turn(self, name: str) -> float:
        return self.cpu_s[name] * 1000 / self.load.turns


def position_blocks(turns: int) -> list[tuple[int, int]]:
    """(start, end) of turns 1-10, 41-50, 81-90, ... and the last ten."""
    blocks = [(s, s + BLOCK) for s in range(0, turns - BLOCK + 1, BLOCK_EVERY)]
    if blocks[-1][1] != turns:
        blocks.append((turns - BLOCK, turns))
    return blocks


def summary_table(measurements: list[Measurement]) -> str:
    head = (
        f"{'assistant':<9} {'conc':>4} {'convs':>5} {'turns':>5} {'p50':>6} {'p95':>6} "
        f"{'p99':>6} {'turns/s':>7} {'first10':>7} {'last10':>7} {'growth':>6}  "
        "CPU ms/turn | peak RSS MB per process"
    )
    lines = [head, "-" * len(head)]
    for m in measurements:
        times = m.all_turns
        processes = ", ".join(
            f"{name} {m.cpu_ms_per_turn(name):.1f} | {m.peak_mb[name]:.0f}" for name in m.peak_mb
        )
        lines.append(
            f"{m.assistant:<9} {m.concurrency:>4} {len(m.load.turn_ms):>5} {m.turns_each:>5} "
            f"{m.p50():6.1f} {percentile(times, 0.95):6.1f} {percentile(times, 0.99):6.1f} "
            f"{m.load.turns_per_second:7.1f} {m.first10():7.1f} {m.last10():7.1f} "
            f"{m.growth():6.2f}  {processes}"
        )
    return "\n".join(lines)


def position_table(measurements: list[Measurement]) -> str:
    """Median ms per turn by position in the conversation, one row per measurement."""
    longest = max(measurements, key=lambda m: m.turns_each).turns_each
    blocks = position_blocks(longest)
    labels = [f"{s + 1}-{e}" for s, e in blocks]
    lines = [f"{'assistant':<9} {'conc':>4} " + " ".join(f"{label:>8}" for label in labels)]
    for m in measurements:
        cells = [
            f"{statistics.median(m.pooled(s, e)):8.1f}" if e <= m.turns_each else f"{'':>8}"
            for s, e in blocks
        ]
        lines.append(f"{m.assistant:<9} {m.concurrency:>4} " + " ".join(cells))
    return "\n".join(lines)


def ratio_table(ours: list[Measurement], stock: list[Measurement]) -> str:
    lines = [
        f"{'conc':>4} {'turns':>5} {'p50 ours/stock':>14} {'turns/s ours/stock':>18} "
        f"{'growth ours':>11} {'growth stock':>12}"
    ]
    by_level = {m.concurrency: m for m in stock}
    for o in ours:
        s = by_level.get(o.concurrency)
        if s is None or o.assistant != "ours":
            continue
        lines.append(
            f"{o.concurrency:>4} {o.turns_each:>5} {o.p50() / s.p50():14.2f} "
            f"{o.load.turns_per_second / s.load.turns_per_second:18.2f} "
            f"{o.growth():11.2f} {s.growth():12.2f}"
        )
    return "\n".join(lines)
