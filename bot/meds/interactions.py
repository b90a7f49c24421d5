"""Interaction flags for what a patient currently takes (rules in interactions.yml).

``check_interactions(current)`` gives one flag per (rule, pair) that fires, most severe first,
in a fixed order; a rule that `supersedes` another hides it for the same pair (one flag per pair
unless the rules say different things: an MAOI with L-tryptophan is both a serotonin-toxicity
and a hypertensive-crisis flag). ``serotonergic_combination(current)`` says whether the bot should
ask about serotonin-toxicity symptoms.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

from bot.meds.lexicon import KINDS, Entry, load_lexicon, lookup_all

RULES_FILE = Path(__file__).with_name("interactions.yml")
SEVERITIES = ("highest", "high", "moderate")  # most severe first


class RulesError(ValueError):
    """interactions.yml is malformed; the message names the rule and what is wrong."""


@dataclass(frozen=True)
class InteractionFlag:
    """One rule that fired for one pair of current items (canonical names)."""

    rule_id: str
    severity: str  # "highest" | "high" | "moderate"
    title: str
    items: tuple[str, str]
    description: str
    source: str


@dataclass(frozen=True)
class Selector:
    items: frozenset[str]
    classes: frozenset[str]
    kind: str | None

    def matches(self, entry: Entry) -> bool:
        if self.kind is not None and entry.kind != self.kind:
            return False
        return entry.canonical in self.items or bool(self.classes.intersection(entry.classes))


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    title: str
    a: Selector
    b: Selector
    description: str
    source: str
    supersedes: tuple[str, ...]
    toxicity_questions: bool


def _selector(raw: Any, where: str, known: Mapping[str, Entry], classes: set[str]) -> Selector:
    if not isinstance(raw, dict) or not (raw.keys() & {"items", "classes"}):
        raise RulesError(f"{where}: a selector needs `items` or `classes`")
    if raw.keys() - {"items", "classes", "kind"}:
        raise RulesError(
            f"{where}: unknown keys {sorted(raw.keys() - {'items', 'classes', 'kind'})}"
        )
    items = frozenset(str(x) for x in raw.get("items", []))
    unknown_items = sorted(items - known.keys())
    if unknown_items:
        raise RulesError(f"{where}: {unknown_items} are not canonical names in lexicon.yml")
    wanted = frozenset(str(x) for x in raw.get("classes", []))
    unknown_classes = sorted(wanted - classes)
    if unknown_classes:
        raise RulesError(f"{where}: no lexicon entry has the classes {unknown_classes}")
    kind = raw.get("kind")
    if kind is not None and kind not in KINDS:
        raise RulesError(f"{where}: kind must be one of {KINDS}")
    return Selector(items, wanted, None if kind is None else str(kind))


def parse_rules(data: Any) -> tuple[Rule, ...]:
    """Check interactions.yml against the lexicon: every item and class must exist."""
    if not isinstance(data, dict) or data.get("version") != 1:
        raise RulesError("interactions: expected a mapping with `version: 1`")
    sources = data.get("sources")
    if not isinstance(sources, dict):
        raise RulesError("interactions: `sources` must map keys to citations")
    lexicon = load_lexicon()
    known = {e.canonical: e for e in lexicon.entries}
    classes = {c for e in lexicon.entries for c in e.classes}
    rules: list[Rule] = []
    for i, raw in enumerate(data.get("rules") or []):
        rid = raw.get("id") if isinstance(raw, dict) else None
        if not isinstance(rid, str) or not rid:
            raise RulesError(f"rules[{i}]: every rule needs an id")
        if raw.get("severity") not in SEVERITIES:
            raise RulesError(f"{rid}: severity must be one of {SEVERITIES}")
        for name in ("title", "description"):
            if not isinstance(raw.get(name), str) or not raw[name].strip():
                raise RulesError(f"{rid}: `{name}` is required")
        if raw.get("source") not in sources:
            raise RulesError(f"{rid}: source {raw.get('source')!r} is not under `sources`")
        rules.append(
            Rule(
                id=rid,
                severity=str(raw["severity"]),
                title=" ".join(str(raw["title"]).split()),
                a=_selector(raw.get("a"), f"{rid}.a", known, classes),
                b=_selector(raw.get("b"), f"{rid}.b", known, classes),
                description=" ".join(str(raw["description"]).split()),
                source=" ".join(str(sources[raw["source"]]).split()),
                supersedes=tuple(str(x) for x in raw.get("supersedes") or ()),
                toxicity_questions=bool(raw.get("toxicity_questions", False)),
            )
        )
    ids = [r.id for r in rules]
    if len(set(ids)) != len(ids):
        raise RulesError("interactions: a rule id is used twice")
    for rule in rules:
        missing = sorted(set(rule.supersedes) - set(ids))
        if missing:
            raise RulesError(f"{rule.id}: supersedes unknown rules {missing}")
    if not rules:
        raise RulesError("interactions: no rules")
    return tuple(rules)


@lru_cache(maxsize=4)
def load_rules(path: Path = RULES_FILE) -> tuple[Rule, ...]:
    with path.open(encoding="utf-8") as f:
        return parse_rules(yaml.safe_load(f))


def _current_entries(current: Iterable[str]) -> list[Entry]:
    seen: dict[str, Entry] = {}
    for name in current:
        for entry in lookup_all(name):  # a combination brand (Sinemet) stands for both
            seen.setdefault(entry.canonical, entry)
    return sorted(seen.values(), key=lambda e: e.canonical)


def _pair_for(rule: Rule, x: Entry, y: Entry) -> tuple[str, str] | None:
    """The pair in (a, b) order when the rule fires for x and y; symmetric rules sort it."""
    xy = rule.a.matches(x) and rule.b.matches(y)
    yx = rule.a.matches(y) and rule.b.matches(x)
    if xy and yx:
        return (x.canonical, y.canonical)  # both orders fit: entries come sorted by name
    if xy:
        return (x.canonical, y.canonical)
    if yx:
        return (y.canonical, x.canonical)
    return None


def check_interactions(current: Iterable[str]) -> list[InteractionFlag]:
    """Interaction flags for the items a patient currently takes (canonical names or aliases;
    unknown names are ignored). Most severe first, then in rule-file order, then by items."""
    rules = load_rules()
    order = {rule.id: n for n, rule in enumerate(rules)}
    flags: list[InteractionFlag] = []
    for x, y in combinations(_current_entries(current), 2):
        fired = [(rule, pair) for rule in rules if (pair := _pair_for(rule, x, y)) is not None]
        hidden = {sid for rule, _ in fired for sid in rule.supersedes}
        for rule, pair in fired:
            if rule.id in hidden:
                continue
            flags.append(
                InteractionFlag(
                    rule_id=rule.id,
                    severity=rule.severity,
                    title=rule.title,
                    items=pair,
                    description=rule.description,
                    source=rule.source,
                )
            )
    flags.sort(key=lambda f: (SEVERITIES.index(f.severity), order[f.rule_id], f.items))
    return flags


def serotonergic_combination(current: Iterable[str]) -> bool:
    """True when what the patient takes is a serotonergic combination, so the bot asks about
    serotonin-toxicity symptoms (a rule marked `toxicity_questions` fires)."""
    asking = {rule.id for rule in load_rules() if rule.toxicity_questions}
    return any(flag.rule_id in asking for flag in check_interactions(current))
