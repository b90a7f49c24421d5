"""patterns.yml -> typed rules, and the small phrase language -> spaCy Matcher token patterns.

Why a phrase language and not raw spaCy patterns in the YAML: trainers extend these lists, and
``"@INTENT ~1 (end|ending) (it all|my life)"`` is readable where the equivalent list of token
dicts (one per combination) is not. The compiler expands it once, at start-up, into ordinary
``Matcher`` patterns over ``NORM``; nothing here runs per message.

Literal words are tokenised with the same tokenizer as the messages, so a literal such as
``won't`` or ``i'm`` becomes the same token sequence (``will not``, ``i am``) the text gives.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeAlias

import yaml

RiskLevel = Literal["none", "possible", "high", "emergency"]
RISKS: tuple[RiskLevel, ...] = ("none", "possible", "high", "emergency")
CATEGORIES = ("suicide_self_harm", "harm_to_others", "safeguarding", "medical_emergency")

PATTERNS_FILE = Path(__file__).with_name("patterns.yml")

TokenPattern: TypeAlias = dict[str, Any]
Pattern: TypeAlias = list[TokenPattern]
Tokenize: TypeAlias = Callable[[str], list[str]]  # phrase -> token norms

# Past this many expanded patterns a single phrase is almost certainly a mistake in the YAML.
MAX_EXPANSION = 20_000


class LexiconError(ValueError):
    """patterns.yml is malformed; the message names the rule or list and what is wrong."""


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    risk: RiskLevel
    patterns: tuple[str, ...]
    excepts: tuple[str, ...] = ()
    imminent: RiskLevel | None = None  # risk when an imminence cue is in the sentence
    past: RiskLevel | None = None  # risk when a clearly-past cue is in the sentence
    past_category: str | None = None  # category when the past rule applies (default: same)
    also: tuple[str, ...] = ()  # extra categories (not kept when the past rule applies)
    about: Literal["self", "others"] | None = None  # whose risk the phrase must be about
    media: bool = False
    accident: bool = False
    habitual: bool = False
    unless: tuple[str, ...] = ()  # context lists that set the match aside


@dataclass(frozen=True)
class Negation:
    window: int
    negators: frozenset[str]
    pseudo: tuple[str, ...]
    past_negation: tuple[str, ...]
    clause_words: frozenset[str]
    soft_clause_words: frozenset[str]
    subjects: frozenset[str]
    post_answers: frozenset[str]
    post_fillers: frozenset[str]


@dataclass(frozen=True)
class Serotonin:
    symptoms: Mapping[str, tuple[str, ...]]
    clonus: tuple[str, ...]
    agents: tuple[str, ...]
    not_symptoms: tuple[str, ...]
    explained: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    norms: Mapping[str, str]
    splits: Mapping[str, tuple[tuple[str, str], ...]]
    negation: Negation
    words: Mapping[str, tuple[str, ...]]
    context: Mapping[str, tuple[str, ...]]
    idioms: tuple[str, ...]
    rules: tuple[Rule, ...]
    serotonin: Serotonin


CONTEXT_KEYS = (
    "past",
    "current",
    "imminent",
    "accident",
    "habitual",
    "present",
    "third_person",
    "first_person",
    "media",
)

# --------------------------------------------------------------------------------------------
# Loading and validation


def _strs(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        # YAML reads a bare no / yes / off / on as a boolean: such words must be quoted.
        raise LexiconError(f"{where}: expected a list of strings (quote no, yes, on, off)")
    return tuple(str(v) for v in value)


def _risk(value: object, where: str, allow_none: bool = True) -> RiskLevel:
    if value not in RISKS or (value == "none" and not allow_none):
        raise LexiconError(f"{where}: risk must be one of {RISKS}, got {value!r}")
    return value


def _category(value: object, where: str) -> str:
    if value not in CATEGORIES:
        raise LexiconError(f"{where}: category must be one of {CATEGORIES}, got {value!r}")
    return value


def _about(value: object, where: str) -> Literal["self", "others"] | None:
    if value is None or value in ("self", "others"):
        return value
    raise LexiconError(f"{where}: about must be self or others, got {value!r}")


_RULE_KEYS = {
    "id", "category", "risk", "patterns", "except", "imminent", "past", "past_category", "also",
    "about", "media", "accident", "habitual", "unless",
}  # fmt: skip


def _rule(raw: object, index: int) -> Rule:
    if not isinstance(raw, dict):
        raise LexiconError(f"rules[{index}]: expected a mapping")
    rid = raw.get("id")
    if not isinstance(rid, str) or not rid:
        raise LexiconError(f"rules[{index}]: missing id")
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise LexiconError(f"rule {rid}: unknown keys {sorted(unknown)}")
    patterns = _strs(raw.get("patterns"), f"rule {rid}: patterns")
    if not patterns:
        raise LexiconError(f"rule {rid}: no patterns")
    imminent = raw.get("imminent")
    past = raw.get("past")
    past_category = raw.get("past_category")
    return Rule(
        id=rid,
        category=_category(raw.get("category"), f"rule {rid}"),
        risk=_risk(raw.get("risk"), f"rule {rid}", allow_none=False),
        patterns=patterns,
        excepts=_strs(raw.get("except"), f"rule {rid}: except"),
        imminent=None if imminent is None else _risk(imminent, f"rule {rid}: imminent"),
        past=None if past is None else _risk(past, f"rule {rid}: past"),
        past_category=(None if past_category is None else _category(past_category, f"rule {rid}")),
        also=tuple(_category(c, f"rule {rid}: also") for c in _strs(raw.get("also"), rid)),
        about=_about(raw.get("about"), f"rule {rid}"),
        media=bool(raw.get("media", False)),
        accident=bool(raw.get("accident", False)),
        habitual=bool(raw.get("habitual", False)),
        unless=_strs(raw.get("unless"), f"rule {rid}: unless"),
    )


def load_lexicon(path: Path = PATTERNS_FILE) -> Lexicon:
    """Read and check patterns.yml. Raises LexiconError with the place of the first problem."""
    with path.open(encoding="utf-8") as f:
        raw = yaml.safe_load(f)
    if not isinstance(raw, dict):
        raise LexiconError(f"{path}: expected a mapping at the top")

    norms = raw.get("norms") or {}
    if not isinstance(norms, dict):
        raise LexiconError("norms: expected a mapping")
    splits_raw = raw.get("splits") or {}
    splits: dict[str, tuple[tuple[str, str], ...]] = {}
    for word, pieces in splits_raw.items():
        if not (isinstance(pieces, list) and all(len(p) == 2 for p in pieces)):
            raise LexiconError(f"splits.{word}: expected a list of [text, norm] pairs")
        if "".join(p[0] for p in pieces) != word:
            raise LexiconError(f"splits.{word}: the pieces must spell the word")
        splits[str(word)] = tuple((str(a), str(b)) for a, b in pieces)

    neg = raw.get("negation") or {}
    negation = Negation(
        window=int(neg.get("window", 6)),
        negators=frozenset(_strs(neg.get("negators"), "negation.negators")),
        pseudo=_strs(neg.get("pseudo"), "negation.pseudo"),
        past_negation=_strs(neg.get("past_negation"), "negation.past_negation"),
        clause_words=frozenset(_strs(neg.get("clause_words"), "negation.clause_words")),
        soft_clause_words=frozenset(_strs(neg.get("soft_clause_words"), "negation")),
        subjects=frozenset(_strs(neg.get("subjects"), "negation.subjects")),
        post_answers=frozenset(_strs(neg.get("post_answers"), "negation.post_answers")),
        post_fillers=frozenset(_strs(neg.get("post_fillers"), "negation.post_fillers")),
    )

    words = {str(k): _strs(v, f"words.{k}") for k, v in (raw.get("words") or {}).items()}
    context_raw = raw.get("context") or {}
    missing = [k for k in CONTEXT_KEYS if k not in context_raw]
    if missing:
        raise LexiconError(f"context: missing lists {missing}")
    context = {str(k): _strs(v, f"context.{k}") for k, v in context_raw.items()}

    rules = tuple(_rule(r, i) for i, r in enumerate(raw.get("rules") or []))
    ids = [r.id for r in rules]
    if len(set(ids)) != len(ids):
        raise LexiconError("rules: duplicate ids")
    for r in rules:
        unknown_ctx = [c for c in r.unless if c not in context]
        if unknown_ctx:
            raise LexiconError(f"rule {r.id}: unless names unknown context lists {unknown_ctx}")

    ser = raw.get("serotonin") or {}
    symptoms = {
        str(k): _strs(v, f"serotonin.symptoms.{k}") for k, v in (ser.get("symptoms") or {}).items()
    }
    serotonin = Serotonin(
        symptoms=symptoms,
        clonus=_strs(ser.get("clonus"), "serotonin.clonus"),
        agents=_strs(ser.get("agents"), "serotonin.agents"),
        not_symptoms=_strs(ser.get("not_symptoms"), "serotonin.not_symptoms"),
        explained=_strs(ser.get("explained"), "serotonin.explained"),
    )
    return Lexicon(
        norms={str(k): str(v) for k, v in norms.items()},
        splits=splits,
        negation=negation,
        words=words,
        context=context,
        idioms=_strs(raw.get("idioms"), "idioms"),
        rules=rules,
        serotonin=serotonin,
    )


# --------------------------------------------------------------------------------------------
# The phrase language


@dataclass(frozen=True)
class _Lit:
    words: tuple[str, ...]


@dataclass(frozen=True)
class _Regex:
    regex: str


@dataclass(frozen=True)
class _NotIn:
    words: tuple[str, ...]


@dataclass(frozen=True)
class _Wild:
    n: int


@dataclass(frozen=True)
class _Macro:
    name: str


@dataclass(frozen=True)
class _Group:
    alternatives: tuple[tuple[_Element, ...], ...]


_Atom: TypeAlias = _Lit | _Regex | _NotIn | _Wild | _Macro | _Group


@dataclass(frozen=True)
class _Element:
    atom: _Atom
    optional: bool


def _split(text: str, sep: str) -> list[str]:
    """Split on `sep` outside parentheses and outside /regex/ elements."""
    parts: list[str] = []
    buf: list[str] = []
    depth = 0
    in_regex = False
    closed = False  # a group just closed at depth 0: "(own )?life" is two elements
    for c in text:
        if closed and sep == " " and c not in " ?":
            parts.append("".join(buf))
            buf = []
        closed = closed and c == "?"
        if in_regex:
            buf.append(c)
            if c == "/":
                in_regex = False
        elif c == "/" and (not buf or buf[-1] in " (|"):
            in_regex = True
            buf.append(c)
        elif c == "(":
            depth += 1
            buf.append(c)
        elif c == ")":
            depth -= 1
            if depth < 0:
                raise LexiconError(f"unbalanced ')' in {text!r}")
            buf.append(c)
            closed = depth == 0
        elif c == sep and depth == 0:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(c)
    if depth != 0 or in_regex:
        raise LexiconError(f"unbalanced '(' or '/' in {text!r}")
    parts.append("".join(buf))
    return parts


def _parse_sequence(text: str) -> tuple[_Element, ...]:
    elements = tuple(_parse_element(e) for e in _split(text.strip(), " ") if e)
    if not elements:
        raise LexiconError(f"empty phrase in {text!r}")
    return elements


def _parse_element(text: str) -> _Element:
    optional = len(text) > 1 and text.endswith("?")
    body = text[:-1] if optional else text
    atom: _Atom
    if body.startswith("(") and body.endswith(")"):
        alts = _split(body[1:-1], "|")
        atom = _Group(tuple(_parse_sequence(a) for a in alts))
    elif body.startswith("@"):
        atom = _Macro(body[1:])
    elif body.startswith("~") and body[1:].isdigit():
        atom = _Wild(int(body[1:]))
    elif len(body) > 2 and body.startswith("/") and body.endswith("/"):
        regex = body[1:-1]
        try:
            re.compile(regex)
        except re.error as exc:
            raise LexiconError(f"bad regex {regex!r}: {exc}") from exc
        atom = _Regex(regex)
    elif body.startswith("!") and len(body) > 1:
        atom = _NotIn(tuple(body[1:].split("|")))
    else:
        if not body or "(" in body or ")" in body:
            raise LexiconError(f"cannot read element {text!r}")
        atom = _Lit(tuple(body.split("|")))
    return _Element(atom, optional)


class PatternCompiler:
    """Expands phrases into spaCy Matcher patterns (lists of token dicts over NORM)."""

    def __init__(
        self, words: Mapping[str, tuple[str, ...]], tokenize: Tokenize, stop_norms: Iterable[str]
    ) -> None:
        self._words = words
        self._tokenize = tokenize
        self._stop = sorted(set(stop_norms))
        self._macro_cache: dict[str, list[Pattern]] = {}
        self._expanding: set[str] = set()

    def compile(self, phrase: str) -> list[Pattern]:
        """All token patterns for one phrase (deduplicated, none empty)."""
        try:
            expanded = self._sequence(_parse_sequence(phrase))
        except LexiconError as exc:
            raise LexiconError(f"{exc} (in phrase {phrase!r})") from exc
        seen: set[str] = set()
        out: list[Pattern] = []
        for pattern in expanded:
            if not pattern or all(t.get("OP") in ("?", "*") for t in pattern):
                continue
            while pattern and pattern[0].get("OP", "").startswith("{"):
                pattern = pattern[1:]  # "up to N words" at either end adds nothing to a match
            while pattern and pattern[-1].get("OP", "").startswith("{"):
                pattern = pattern[:-1]
            if not pattern:
                continue
            key = repr(pattern)
            if key not in seen:
                seen.add(key)
                out.append(pattern)
        if not out:
            raise LexiconError(f"phrase {phrase!r} matches nothing")
        return _compress(out)

    def _sequence(self, elements: tuple[_Element, ...]) -> list[Pattern]:
        options = [self._element(e) for e in elements]
        total = 1
        for o in options:
            total *= len(o)
        if total > MAX_EXPANSION:
            raise LexiconError(f"phrase expands to {total} patterns (limit {MAX_EXPANSION})")
        return [[t for part in combo for t in part] for combo in itertools.product(*options)]

    def _element(self, element: _Element) -> list[Pattern]:
        atom = element.atom
        alts: list[Pattern]
        if isinstance(atom, _Wild):
            return [[{"NORM": {"NOT_IN": self._stop}, "IS_PUNCT": False, "IS_SPACE": False,
                      "OP": f"{{0,{atom.n}}}"}]]  # fmt: skip
        if isinstance(atom, _Lit):
            alts = [[{"NORM": n} for n in self._norms(w)] for w in atom.words]
        elif isinstance(atom, _Regex):
            alts = [[{"NORM": {"REGEX": atom.regex}}]]
        elif isinstance(atom, _NotIn):
            norms = [n for w in atom.words for n in self._norms(w)]
            alts = [[{"NORM": {"NOT_IN": norms}, "IS_PUNCT": False}]]
        elif isinstance(atom, _Macro):
            alts = list(self._macro(atom.name))
        else:
            alts = [p for seq in atom.alternatives for p in self._sequence(seq)]
        alts = _compress(alts)
        if element.optional:
            if len(alts) == 1 and len(alts[0]) == 1 and "OP" not in alts[0][0]:
                return [[{**alts[0][0], "OP": "?"}]]
            alts = [*alts, []]
        return alts

    def _macro(self, name: str) -> list[Pattern]:
        if name in self._macro_cache:
            return self._macro_cache[name]
        if name not in self._words:
            raise LexiconError(f"unknown word list @{name}")
        if name in self._expanding:
            raise LexiconError(f"word list @{name} refers to itself")
        self._expanding.add(name)
        try:
            alts = [
                p for phrase in self._words[name] for p in self._sequence(_parse_sequence(phrase))
            ]
        finally:
            self._expanding.discard(name)
        self._macro_cache[name] = alts
        return alts

    def _norms(self, word: str) -> list[str]:
        norms = self._tokenize(word)
        if not norms:
            raise LexiconError(f"literal {word!r} has no tokens")
        return norms


def _words_of(token: TokenPattern) -> list[str] | None:
    """The literal words a token dict accepts, or None if it is not a plain word test."""
    if set(token) != {"NORM"}:
        return None
    norm = token["NORM"]
    if isinstance(norm, str):
        return [norm]
    if isinstance(norm, dict) and set(norm) == {"IN"}:
        return list(norm["IN"])
    return None


def _compress(alts: list[Pattern]) -> list[Pattern]:
    """Merge alternatives that differ in one word ("want to", "plan to" -> "want|plan to") or
    by one extra word ("co codamol", "co - codamol" -> "co -? codamol"). Exact: the merged
    patterns accept the same phrases; they just keep the Matcher small, which matters because
    spaCy tries every pattern at every token."""
    had_empty = any(not a for a in alts)  # an optional group's "nothing" alternative
    alts = [a for a in alts if a]
    changed = True
    while changed:
        changed = _merge_substitutions(alts) | _merge_insertions(alts)
        alts = [a for a in alts if a]
    return [*alts, []] if had_empty else alts


def _merge_substitutions(alts: list[Pattern]) -> bool:
    """In place; merged-away alternatives are emptied (the caller drops them)."""
    changed = False
    for j in range(max((len(a) for a in alts), default=0)):
        index: dict[str, int] = {}
        for n, alt in enumerate(alts):
            words = _words_of(alt[j]) if j < len(alt) else None
            if words is None:
                continue
            key = f"{len(alt)}|{alt[:j] + alt[j + 1 :]!r}"
            if key not in index:
                index[key] = n
                continue
            first = alts[index[key]]
            merged = sorted(set(_words_of(first[j]) or []) | set(words))
            alts[index[key]] = [*first[:j], {"NORM": {"IN": merged}}, *first[j + 1 :]]
            alts[n] = []
            changed = True
    return changed


def _merge_insertions(alts: list[Pattern]) -> bool:
    """A and A-with-one-more-word become one pattern with that word optional (in place)."""
    by_text = {repr(a): n for n, a in enumerate(alts) if a}
    changed = False
    for n, longer in enumerate(alts):
        for j in range(len(longer)):
            if _words_of(longer[j]) is None:
                continue
            shorter = by_text.get(repr(longer[:j] + longer[j + 1 :]))
            if shorter is None or not alts[shorter] or shorter == n:
                continue
            by_text.pop(repr(longer), None)
            by_text.pop(repr(longer[:j] + longer[j + 1 :]))
            alts[n] = [*longer[:j], {**longer[j], "OP": "?"}, *longer[j + 1 :]]
            alts[shorter] = []
            changed = True
            break
    return changed
