"""The phrase engine every free-text answer reader shares: normalising a reply, running a
lexicon of whole-word rules over it, negation, hedges, and the decision (one value or None).

How the steps work and why is in bot/answers.py's docstring; the two-week lexicon is in
bot/frequency_reader.py and the other scales' lexicons in bot/answers.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeAlias

MAX_REPLY_CHARS = 500
NEG_WINDOW = 4

NOT_AT_ALL = "not_at_all"
SEVERAL_DAYS = "several_days"
MORE_THAN_HALF = "more_than_half"
NEARLY_EVERY_DAY = "nearly_every_day"
FREQUENCY_BY_SCORE = {0: NOT_AT_ALL, 1: SEVERAL_DAYS, 2: MORE_THAN_HALF, 3: NEARLY_EVERY_DAY}

# Markers: not option values. UNCLEAR vetoes the reply, NEUTRAL is read and ignored.
UNCLEAR = "!unclear"
NEUTRAL = "!neutral"
VAGUE = "~"  # + the options a vague quantifier straddles, e.g. "~several_days|more_than_half"
YES, NO = "yes", "no"

NEGATORS = frozenset({"not", "no", "never", "hardly", "barely", "nor"})
CLAUSE_BREAKS = frozenset(
    {",", "but", "though", "although", "however", "except", "yet", "and", "so", "just", "only"}
)

# --------------------------------------------------------------------------------------------
# Normalising


QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201b": "'", "`": "'", "\u00b4": "'"})
_NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20,
}  # fmt: skip
_NUMBER_WORD_RE = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b")
_BARE_NUMBER_RE = re.compile(r"^\(?(\d{1,3})\s*[.!)]*$")


def normalize(text: str) -> str:
    """Lower-case words and digits separated by single spaces; ',' marks a clause break."""
    t = unicodedata.normalize("NFKC", text).lower().translate(QUOTES)
    if re.fullmatch(r"\s*(?:\w+[.!]+\s*){2,}", t):  # "All. The. Time." is one phrase
        t = re.sub(r"[.!]+", " ", t)
    t = re.sub(r"\b24\s*/\s*7\b", " all the time ", t)
    t = re.sub(r"(\d)\s*%", r"\1 percent ", t)
    t = re.sub(r"\b(\d+)\s*x\b", r"\1 times", t)  # "3x a week"
    t = re.sub(r"\b(\d+|[a-z]+)-ish\b|\b(\d+)ish\b", r"about \1\2", t)  # "ten-ish", "5ish"
    t = re.sub(r"\b50\s*/\s*50\b|\bfifty[\s-]*fifty\b", " half and half ", t)
    t = re.sub(r"(\d)\s*/\s*(\d)", r"\1 out of \2", t)
    t = re.sub(r"(\d+)\s*\+", r" at least \1 ", t)
    t = re.sub(r"(\d)\s*[-\u2013\u2014~]\s*(\d)", r"\1 to \2", t)
    t = re.sub(r"\d+[.,]\d+", " decimalnumber ", t)
    t = re.sub(r"\bcan'?t\b|\bcannot\b", "can not", t)
    t = re.sub(r"\bwon't\b", "will not", t)
    t = re.sub(r"\b(\w+)n't\b", r"\1 not", t)
    t = re.sub(
        r"\b(do|does|did|have|has|had|is|was|were|are|could|would|should|ai)nt\b", r"\1 not", t
    )
    t = t.replace("'", "").replace("_", " ")
    t = re.sub(r"\s[-\u2013\u2014]+\s|[\u2013\u2014]", " , ", t)  # "Nope \u2014 zero": a break
    t = re.sub(r"[.,;:!?\u2026]+", " , ", t)
    t = re.sub(r"[^\w\s,]", " ", t)
    t = _NUMBER_WORD_RE.sub(lambda m: str(_NUMBER_WORDS[m.group(1)]), t)
    t = re.sub(r"([a-z])\1{2,}", r"\1\1", t)  # a key held down: "allll" -> "all", "nooo" -> "noo"
    t = " ".join(t.split())
    t = re.sub(r"(?:, )+,", ",", t)
    return t.strip(" ,")


def bare_number(text: str) -> int | None:
    m = _BARE_NUMBER_RE.match(text.strip())
    return int(m.group(1)) if m else None


def too_long_or_empty(text: str) -> bool:
    return not text.strip() or len(text) > MAX_REPLY_CHARS


# --------------------------------------------------------------------------------------------
# The phrase engine

Value: TypeAlias = str | Callable[[re.Match[str]], str]


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    value: Value


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    value: str


@dataclass(frozen=True)
class Reading:
    values: frozenset[str]  # values named and not negated
    negated: frozenset[str]  # values named under a negation
    unclear: bool  # an unclear marker was hit
    # Vague quantifiers hit ("sometimes"), each as the options it straddles.
    vague: frozenset[frozenset[str]] = frozenset()
    # A phrase read and set aside on purpose ("twice a day", "otherwise fine") was hit.
    neutral: bool = False


def phrase(p: str) -> str:
    """`p` as whole words."""
    return rf"(?<!\S)(?:{p})(?!\S)"


# "I'd say" opens an estimate, the way the scale itself asks; it does not hedge the answer.
PRE_FILLER = (
    r"(?:(?:um+|uh+|erm?|hmm+|eh|meh|ehh|well|oh|ah|just|honestly|so|like|i think|i guess|tbh"
    r"|id say|i would say|i d say) )*"
)
# A flat "no" before a zero ("no, I've never had that") agrees with it, it is not a negation.
_AGREEING_NO = frozenset({"no", "nope", "nah"})
# "nooit eigenlijk" (nl "never, actually"), "never actually": the zero said plainly.
_POST_FILLER = (
    r"(?: (?:i think|i guess|i suppose|honestly|tbh|lol|haha|mate|thanks|thank you|actually"
    r"|eigenlijk|gelukkig))*"
)


def alone(p: str) -> str:
    """`p` filling a whole clause or one side of an "or" (with a little filler around it)."""
    return rf"(?:^|(?<=, )|(?<= or )){PRE_FILLER}(?:{p}){_POST_FILLER}(?= ,|$| or )"


def compile_rules(specs: Iterable[tuple[str, Value]]) -> tuple[Rule, ...]:
    return tuple(Rule(re.compile(p), v) for p, v in specs)


def phrase_hits(norm: str, rules: Sequence[Rule]) -> list[Hit]:
    """The phrases `read_phrases` reads in `norm`: where rules overlap, the longest match wins,
    then the earlier rule. In the order chosen, not by position."""
    candidates: list[tuple[int, int, int, str]] = []
    for order, rule in enumerate(rules):
        for m in rule.pattern.finditer(norm):
            if m.end() > m.start():
                value = rule.value if isinstance(rule.value, str) else rule.value(m)
                candidates.append((m.start(), m.end(), order, value))
    candidates.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))  # longest, then earlier rule
    chosen: list[Hit] = []
    for start, end, _, value in candidates:
        if all(end <= h.start or start >= h.end for h in chosen):
            chosen.append(Hit(start, end, value))
    return chosen


def read_phrases(
    norm: str,
    rules: Sequence[Rule],
    negators: frozenset[str] = NEGATORS,
    breaks: frozenset[str] = CLAUSE_BREAKS,
) -> Reading:
    chosen = phrase_hits(norm, rules)

    tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", norm)]

    def in_hit(pos: int) -> bool:
        return any(h.start <= pos < h.end for h in chosen)

    def negated(hit: Hit) -> bool:
        before = [t for t in tokens if t[0] < hit.start][-NEG_WINDOW:]
        for pos, tok in reversed(before):
            if tok in breaks:
                return False
            if tok in negators and not in_hit(pos):
                # "no, I've never had that": a flat "no" before a zero agrees with it.
                return not (hit.value == NOT_AT_ALL and tok in _AGREEING_NO)
        return False

    values: set[str] = set()
    negs: set[str] = set()
    vague: set[frozenset[str]] = set()
    negated_vague: set[frozenset[str]] = set()
    unclear = False
    for hit in chosen:
        if hit.value == UNCLEAR:
            unclear = True
        elif hit.value.startswith(VAGUE):
            options = frozenset(hit.value.removeprefix(VAGUE).split("|"))
            (negated_vague if negated(hit) else vague).add(options)
        elif hit.value != NEUTRAL:
            (negs if negated(hit) else values).add(hit.value)
    # "a small number of days, I wouldn't say a lot": a vague word denied beside a count only
    # rules out what the count already rules out; alone it stays vague (asked again).
    if not values:
        vague |= negated_vague
    neutral = any(hit.value == NEUTRAL for hit in chosen)
    return Reading(frozenset(values), frozenset(negs), unclear, frozenset(vague), neutral)


# Replies that say the patient cannot or will not answer: always unclear, on every scale.
UNCLEAR_SPECS: list[tuple[str, Value]] = [
    (
        phrase(
            r"not sure|unsure|uncertain|not certain|(?:do|did) not know|dont know|dunno|idk"
            r"|no idea|no clue|not a clue|have not a clue"
            r"|(?:can|could|do|did) not (?:remember|recall|say|tell|decide|answer|choose)"
            r"|(?:hard|difficult|tough|impossible) to (?:say|tell|know|remember|recall|think back"
            r"|judge|explain)|(?:it is|its) complicated"
            r"|depends|depending|it varies|varies|varied|varying|variable"
            r"|what|whats|huh|pardon|confused|confusing|(?:do|did) not (?:understand|get it)"
            r"|which (?:one|option)|repeat|say (?:that |it )?again|come again"
            r"|(?:prefer|rather|like) not to (?:say|answer)|skip|pass|both|either|neither"
            r"|never ?mind|decimalnumber"
        ),
        UNCLEAR,
    ),
]

HEDGE_RE = re.compile(
    phrase(
        r"maybe|perhaps|possibly|probably|prob|might|i think|i guess|i suppose|i believe"
        r"|kind of|sort of|kinda|sorta|if anything|do not think so|not that i"
        r"|i would not say"
        # "not bothered exactly": the patient qualifies the word, not the count.
        r"|not exactly|not \w+ exactly"
    )
)


def is_hedged(text: str, norm: str) -> bool:
    return "?" in text or bool(HEDGE_RE.search(norm))


def decide(reading: Reading, zero: str | None, hedged: bool) -> str | None:
    if reading.unclear or len(reading.values) != 1:
        return None
    (value,) = reading.values
    if value == zero and (hedged or reading.negated):
        return None  # a hedged or half-negated zero is not reassurance: ask again
    return value
