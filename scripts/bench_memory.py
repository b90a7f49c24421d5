"""Peak resident memory and CPU time of the benchmarked servers, children included.

Read from Linux's /proc (psutil is not among the project's dependencies); the benchmark runs
on Linux like the rest of the tooling.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

_PAGE = os.sysconf("SC_PAGE_SIZE")
_TICKS = os.sysconf("SC_CLK_TCK")


def _tree(pid: int) -> list[int]:
    """The pid and all its descendants that are alive now."""
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            try:
                pending += [int(child) for child in task.read_text().split()]
            except OSError:
                continue  # the process ended while we looked
    return found


def _read(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:
        return ""  # the process ended between the listing and the reading


def _rss_bytes(pid: int) -> int:
    fields = _read(f"/proc/{pid}/statm").split()
    return int(fields[1]) * _PAGE if len(fields) > 1 else 0


def _cpu_ticks(pid: int) -> int:
    stat = _read(f"/proc/{pid}/stat")
    # After the command name, which is in parentheses and may hold spaces: utime and stime
    # are the 12th and 13th fields.
    fields = stat[stat.rfind(")") + 2 :].split()
    return int(fields[11]) + int(fields[12]) if len(fields) > 12 else 0


def cpu_seconds(pids: dict[str, int]) -> dict[str, float]:
    """User + system CPU seconds used so far by each named process and its children."""
    return {name: sum(_cpu_ticks(p) for p in _tree(pid)) / _TICKS for name, pid in pids.items()}


class PeakMemory:
    """Samples each named process tree's RSS in a thread while open; `peak_mb` is the largest."""

    def __init__(self, pids: dict[str, int], interval_s: float = 0.2) -> None:
        self._pids = pids
        self._interval_s = interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample_until_stopped, daemon=True)
        self.peak_mb = {name: 0.0 for name in pids}

    def _sample(self) -> None:
        for name, pid in self._pids.items():
            rss = sum(_rss_bytes(p) for p in _tree(pid))
            self.peak_mb[name] = max(self.peak_mb[name], rss / 2**20)

    def _sample_until_stopped(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self._interval_s)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()  # the state at the end counts too
