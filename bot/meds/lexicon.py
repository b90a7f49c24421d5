"""lexicon.yml -> typed entries, and the key every name is matched by.

A name's *key* is its lower-case letters and digits only, so "5-HTP", "5htp" and "5 htp" are one
key, as are "St. John's wort" and "st johns wort". The extractor joins the keys of adjacent
tokens and looks the result up here (see extract.py), so the YAML lists each spelling once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml

Kind = Literal["medication", "supplement"]
KINDS: tuple[Kind, ...] = ("medication", "supplement")

LEXICON_FILE = Path(__file__).with_name("lexicon.yml")

_NOT_KEY = re.compile(r"[^a-z0-9]+")


class LexiconError(ValueError):
    """lexicon.yml is malformed; the message names the entry and what is wrong."""


@dataclass(frozen=True)
class Entry:
    """One medication or supplement: its canonical name, classes, other names and source."""

    canonical: str
    kind: str
    classes: tuple[str, ...]
    aliases: tuple[str, ...]
    source: str
    context_aliases: tuple[str, ...] = ()  # ordinary words that count only in context ("same")


@dataclass(frozen=True)
class Lexicon:
    entries: tuple[Entry, ...]
    by_key: Mapping[str, tuple[Entry, ...]]  # key of canonical or alias -> entries (combos: 2)
    context_keys: Mapping[str, tuple[Entry, ...]]  # keys that need a medication context
    exact_only: frozenset[str]  # keys never matched with a typo allowance
    not_fuzzy: frozenset[str]  # ordinary words never read as a misspelt name
    sources: Mapping[str, str]
    # key -> positions inside the key where some spelling of it has a separator ("5 htp": 1),
    # so "5 htp" joins into 5-HTP but "gab a" never joins into GABA.
    breaks: Mapping[str, frozenset[int]]


def key_of(name: str) -> str:
    """The matching key of a name: lower-case letters and digits only."""
    return _NOT_KEY.sub("", name.lower())


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError(f"{where}: expected a list of strings")
    return tuple(str(v).strip() for v in value)


def _entry(raw: Any, sources: Mapping[str, str], index: int) -> Entry:
    if not isinstance(raw, dict):
        raise LexiconError(f"entries[{index}]: expected a mapping")
    canonical = raw.get("canonical")
    if not isinstance(canonical, str) or canonical != canonical.strip().lower() or not canonical:
        raise LexiconError(f"entries[{index}]: canonical must be a lower-case name")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise LexiconError(f"{canonical}: kind must be one of {KINDS}")
    classes = _strings(raw.get("classes"), f"{canonical}.classes")
    if not classes:
        raise LexiconError(f"{canonical}: give at least one class")
    source_key = raw.get("source")
    if source_key not in sources:
        raise LexiconError(f"{canonical}: source {source_key!r} is not under `sources`")
    aliases = tuple(
        dict.fromkeys(
            a.lower()
            for a in _strings(raw.get("aliases"), f"{canonical}.aliases")
            if a.lower() != canonical
        )
    )
    context = tuple(a.lower() for a in _strings(raw.get("context"), f"{canonical}.context"))
    return Entry(
        canonical=canonical,
        kind=str(kind),
        classes=classes,
        aliases=aliases,
        source=sources[str(source_key)],
        context_aliases=context,
    )


def parse_lexicon(data: Any) -> Lexicon:
    """Check and index the parsed YAML of lexicon.yml."""
    if not isinstance(data, dict) or data.get("version") != 1:
        raise LexiconError("lexicon: expected a mapping with `version: 1`")
    raw_sources = data.get("sources")
    if not isinstance(raw_sources, dict) or not raw_sources:
        raise LexiconError("lexicon: `sources` must map keys to citations")
    sources = {str(k): " ".join(str(v).split()) for k, v in raw_sources.items()}
    raw_entries = data.get("entries")
    if not isinstance(raw_entries, list) or not raw_entries:
        raise LexiconError("lexicon: `entries` must be a non-empty list")
    entries = tuple(_entry(raw, sources, i) for i, raw in enumerate(raw_entries))
    canonicals = [e.canonical for e in entries]
    if len(set(canonicals)) != len(canonicals):
        raise LexiconError("lexicon: a canonical name is listed twice")

    by_key: dict[str, list[Entry]] = {}
    context_keys: dict[str, list[Entry]] = {}
    breaks: dict[str, set[int]] = {}
    for entry in entries:
        own_context = {key_of(name) for name in entry.context_aliases}
        for name in (entry.canonical, *entry.aliases):
            key = key_of(name)
            if not key:
                raise LexiconError(f"{entry.canonical}: alias {name!r} has no letters or digits")
            if key in own_context:
                # "sam-e" has the key of the word "same": it is read in context (extract.py)
                breaks.setdefault(key, set()).update(_break_positions(name))
                continue
            bucket = by_key.setdefault(key, [])
            if entry not in bucket:
                bucket.append(entry)
            breaks.setdefault(key, set()).update(_break_positions(name))
        for name in entry.context_aliases:
            context_keys.setdefault(key_of(name), []).append(entry)
            breaks.setdefault(key_of(name), set()).update(_break_positions(name))
    clash = sorted(set(by_key) & set(context_keys))
    if clash:
        raise LexiconError(f"lexicon: {clash} are both plain and context aliases")
    return Lexicon(
        entries=entries,
        by_key={k: tuple(v) for k, v in by_key.items()},
        context_keys={k: tuple(v) for k, v in context_keys.items()},
        exact_only=frozenset(key_of(w) for w in _strings(data.get("exact_only"), "exact_only")),
        not_fuzzy=frozenset(key_of(w) for w in _strings(data.get("not_fuzzy"), "not_fuzzy")),
        sources=sources,
        breaks={k: frozenset(v) for k, v in breaks.items()},
    )


def _break_positions(name: str) -> set[int]:
    """Positions in key_of(name) where the name has a separator ("st john's wort": 2, 6, 7)."""
    out: set[int] = set()
    at = 0
    for ch in name.lower():
        if _NOT_KEY.match(ch):
            out.add(at)
        else:
            at += 1
    return out


@lru_cache(maxsize=4)
def load_lexicon(path: Path = LEXICON_FILE) -> Lexicon:
    """Read and check lexicon.yml (cached per file)."""
    with path.open(encoding="utf-8") as f:
        return parse_lexicon(yaml.safe_load(f))


def lookup(name: str) -> Entry | None:
    """The entry for a canonical name or any alias, spelled any way ("Zoloft", "5-HTP");
    None when the name is not in the lexicon. A combination brand (Sinemet) gives its first
    entry; ``lookup_all`` gives every one."""
    found = lookup_all(name)
    return found[0] if found else None


def lookup_all(name: str) -> tuple[Entry, ...]:
    """Every entry a name stands for: one, or two for a combination brand (Sinemet)."""
    if not isinstance(name, str):
        return ()
    lexicon = load_lexicon()
    key = key_of(name)
    return lexicon.by_key.get(key) or lexicon.context_keys.get(key, ())


def entries() -> tuple[Entry, ...]:
    """Every lexicon entry, in file order."""
    return load_lexicon().entries


def classes_of(names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Canonical name -> classes, for the names that are in the lexicon."""
    out: dict[str, tuple[str, ...]] = {}
    for name in names:
        entry = lookup(name)
        if entry is not None:
            out[entry.canonical] = entry.classes
    return out
