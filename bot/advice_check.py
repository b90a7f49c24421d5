"""The no-advice check for fixed bot wording (domain responses and instrument files).

Bot texts are written by people, never generated; this catches wording that drifts into
treatment advice before it ships. Used by tests and by `make validate`'s own checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

ADVICE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("dose", r"\b\d+(\.\d+)?\s?(mg|mcg|µg|g|iu|ml|milligrams?|micrograms?)\b"),
        (
            "instruction",
            r"\byou (should|must|could|might want to|need to|ought to) "
            r"(take|stop|start|increase|reduce|lower|raise|switch|combine|try|avoid)",
        ),
        ("recommendation", r"\b(i|we) (recommend|suggest|advise|prescribe)\b"),
        ("imperative", r"\b(stop|start|keep|try|consider) (taking|using)\b"),
        ("dose change", r"\b(increase|decrease|reduce|double|halve) (your|the) (dose|dosage)\b"),
        ("safety claim", r"\b(it is|it's) (safe|fine|ok|okay) to (take|combine|mix|stop)\b"),
        (
            "diagnosis",
            r"\byou (have|are suffering from|likely have|probably have) "
            r"(depression|anxiety|insomnia|adhd|bipolar|a disorder)",
        ),
    )
)


def advice_findings(texts: Iterable[tuple[str, str]]) -> list[str]:
    """(where, text) pairs -> one message per text that looks like treatment advice."""
    findings = []
    for where, text in texts:
        for name, pattern in ADVICE_PATTERNS:
            match = pattern.search(text)
            if match:
                findings.append(f"{where}: looks like {name} ({match.group(0)!r})")
    return findings
