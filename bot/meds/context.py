"""context.yml -> cue phrases as token-norm tuples, compiled once with the extractor's tokenizer."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

CONTEXT_FILE = Path(__file__).with_name("context.yml")

Phrase = tuple[str, ...]
Tokenize = Callable[[str], Phrase]

# Cue lists that hold phrases (matched in the text); the others are single-word sets.
PHRASE_LISTS = (
    "clause_breaks",
    "list_joiners",
    "negation",
    "past",
    "past_time",
    "hypothetical",
    "hypothetical_ends",
    "current",
    "weak_current",
    "switch_verbs",
    "past_after",
    "current_after",
    "future_after",
    "restart_after",
    "switched_after",
    "frequency_after",
    "negated_after",
    "not_intake_after",
    "not_intake_before",
    "others",
    "self",
    "today_words",
)
WORD_LISTS = (
    "dose_words",
    "not_objects",
    "not_fillers",
    "never_pseudo",
    "no_interjection",
    "past_unless_today",
    "switch_to",
    "past_after_objects",
    "clinicians",
)


class ContextError(ValueError):
    """context.yml is malformed; the message names the list."""


@dataclass(frozen=True)
class Cues:
    phrases: Mapping[str, frozenset[Phrase]]  # list name -> phrases
    words: Mapping[str, frozenset[str]]  # list name -> single norms
    by_first: Mapping[str, tuple[Phrase, ...]]  # first norm -> phrases, longest first
    names_of: Mapping[Phrase, frozenset[str]]  # phrase -> list names it is in

    def has(self, phrase: Phrase, name: str) -> bool:
        return phrase in self.phrases[name]


def read_context(path: Path = CONTEXT_FILE) -> dict[str, Any]:
    with path.open(encoding="utf-8") as f:
        data = yaml.safe_load(f)
    if not isinstance(data, dict) or data.get("version") != 1:
        raise ContextError("context.yml: expected a mapping with `version: 1`")
    for name in (*PHRASE_LISTS, *WORD_LISTS):
        value = data.get(name)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ContextError(f"context.yml: `{name}` must be a list of strings")
    return data


def compile_cues(data: Mapping[str, Any], tokenize: Tokenize) -> Cues:
    phrases: dict[str, frozenset[Phrase]] = {}
    names_of: dict[Phrase, set[str]] = {}
    for name in PHRASE_LISTS:
        compiled = set()
        for raw in data[name]:
            phrase = ("\n",) if raw == "\n" else tokenize(str(raw))
            if phrase:
                compiled.add(phrase)
                names_of.setdefault(phrase, set()).add(name)
        phrases[name] = frozenset(compiled)
    words = {
        name: frozenset(p for raw in data[name] for p in tokenize(str(raw))) for name in WORD_LISTS
    }
    by_first: dict[str, list[Phrase]] = {}
    for phrase in names_of:
        by_first.setdefault(phrase[0], []).append(phrase)
    return Cues(
        phrases=phrases,
        words=words,
        by_first={k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()},
        names_of={k: frozenset(v) for k, v in names_of.items()},
    )


@lru_cache(maxsize=1)
def context_data() -> dict[str, Any]:
    return read_context()
