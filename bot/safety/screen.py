"""The safety screen run on every patient message: text -> risk, categories, evidence.

Why rules and not only the trained intent: a missed disclosure is the one error this assistant
must not make (CLINICAL.md sections 7 and 11), and a rule list can be read, tested and extended
by the people who own the clinical risk. The trained intent ``disclose_risk`` is a second signal
(``combine_with_intent``) that can only raise a result, never lower it.

How one message is read:

1. Tokenise with ``spacy.blank("en")`` (no model is needed or available), fold curly quotes,
   split ``wanna`` -> ``wan na``, and set token norms for text slang and typos from
   patterns.yml (``myslef`` -> ``myself``). Matching is on NORM, so ``can't``, ``cant`` and
   ``cannot`` all read ``can not``.
2. One ``Matcher`` pass finds every rule phrase, rule exception, global idiom, context cue and
   serotonin-symptom phrase (all compiled from patterns.yml at start-up).
3. Each rule match is then judged in its sentence / clause:
   - an idiom or a rule exception that continues the phrase ("kill myself *for forgetting*",
     "die *of embarrassment*") sets it aside;
   - negation shortly before it in the same clause ("I would *never* hurt myself"), or a bare
     negative answer after a question mark ("thoughts of hurting myself? *no, never*"), sets it
     aside. Pseudo-negations do not count: "I'm *not sure* I want to live", "I *can't stop*
     thinking about suicide";
   - rules marked so are set aside when the sentence is about someone else ("my uncle committed
     suicide"), a film or book, an accident ("cut myself shaving"), an anxiety habit ("when I
     get anxious I can't breathe") with nothing saying it is happening now, or a context list
     named in `unless` (a death: "she passed away, she had a stroke"; a trip: "I won't be here
     tomorrow, I'm travelling"). A few rules apply only to someone else (`about: others`: a
     third person's overdose is a medical emergency, not the patient's suicide risk);
   - a clearly-past cue ("last year", "as a teenager") lowers the rule to its `past` risk
     (C-SSRS: behaviour more than ~3 months ago), unless "again", "still", "lately" ... say it
     is current; an imminence cue ("tonight", "in front of me") raises it to `imminent`.
4. Serotonin toxicity (CLINICAL.md section 8) is read from symptom clusters, see
   ``_serotonin``.
5. The result is the highest remaining risk, the sorted categories of the remaining matches and
   their words from the original text, joined by "; ".

Nothing here calls Rasa; ``bot.nlu`` wraps it as a pipeline component.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.safety.lexicon import (
    CATEGORIES,
    PATTERNS_FILE,
    Lexicon,
    Pattern,
    PatternCompiler,
    RiskLevel,
    Rule,
    load_lexicon,
)

if TYPE_CHECKING:  # spaCy is imported lazily: importing it is slow and most importers never screen
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokens import Doc

__all__ = [
    "CATEGORIES",
    "DISCLOSE_INTENT",
    "INTENT_THRESHOLD",
    "Match",
    "RiskLevel",
    "SafetyResult",
    "combine_with_intent",
    "screen",
    "warm_up",
]

RISK_ORDER: dict[RiskLevel, int] = {"none": 0, "possible": 1, "high": 2, "emergency": 3}
DISCLOSE_INTENT = "disclose_risk"
INTENT_THRESHOLD = 0.8
INTENT_EVIDENCE_CHARS = 200

# Tokens that end a sentence (scope of context cues) or a clause (scope of negation).
_SENTENCE_END = frozenset({".", "!", "?", ";", "...", "\u2026", "!!", "??", "?!", "!?"})
_CLAUSE_PUNCT = frozenset({",", ":", "-", "\u2013", "\u2014", "(", ")", '"', "/"})
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201b": "'", "`": "'", "\u00b4": "'"})


@dataclass(frozen=True)
class Match:
    """One rule (or serotonin cluster) that fired, and what the context made of it.

    `risk` is the risk after context: "none" when the match was set aside, and then `negated`
    or `idiom` says why (`idiom` covers idioms, accidents, other people, films and anxiety
    habits; `note` names which). Kept in the result so a reviewer can see what was ignored.
    """

    category: str
    risk: RiskLevel
    rule: str
    evidence: str
    spans: tuple[tuple[int, int], ...]  # character offsets of the evidence in the text
    negated: bool = False
    idiom: bool = False
    note: str = ""

    @property
    def active(self) -> bool:
        return self.risk != "none"


@dataclass(frozen=True)
class SafetyResult:
    """The screen's verdict on one message. `text` is kept for combine_with_intent."""

    risk: RiskLevel
    categories: tuple[str, ...]
    evidence: str
    matches: tuple[Match, ...] = ()
    text: str = field(default="", repr=False, compare=False)

    def as_contract(self) -> dict[str, Any]:
        """The `safety` object of the NLU contract (DESIGN.md)."""
        return {"risk": self.risk, "categories": list(self.categories), "evidence": self.evidence}


# --------------------------------------------------------------------------------------------
# Building the matcher (once)


@dataclass(frozen=True)
class _Engine:
    nlp: Language
    matcher: Matcher
    lexicon: Lexicon


def _tokenizer_nlp(lexicon: Lexicon) -> Language:
    import spacy
    from spacy.symbols import NORM, ORTH

    nlp = spacy.blank("en")
    for word, pieces in lexicon.splits.items():
        for variant in {word, word.capitalize(), word.upper()}:
            at = 0
            case: list[dict[int, str]] = []
            for text, norm in pieces:
                case.append({ORTH: variant[at : at + len(text)], NORM: norm})
                at += len(text)
            nlp.tokenizer.add_special_case(variant, case)  # type: ignore[union-attr]
    return nlp


def _apply_norms(doc: Doc, norms: Mapping[str, str]) -> None:
    for token in doc:
        norm = norms.get(token.lower_)
        if norm is not None:
            token.norm_ = norm


def compile_patterns(lexicon: Lexicon, nlp: Language) -> dict[str, list[Pattern]]:
    """Every Matcher key and its token patterns: rules, their exceptions, idioms, negation
    helpers, context cues and the serotonin lists (all from patterns.yml)."""

    def tokenize(phrase: str) -> list[str]:
        doc = nlp.make_doc(phrase.translate(_QUOTES))
        _apply_norms(doc, lexicon.norms)
        return [t.norm_ for t in doc]

    neg = lexicon.negation
    stop = set(neg.negators) | set(neg.clause_words) | {"not"}  # "~N" never skips these
    compiler = PatternCompiler(lexicon.words, tokenize, stop)
    phrases: dict[str, tuple[str, ...]] = {}
    for rule in lexicon.rules:
        phrases[f"rule:{rule.id}"] = rule.patterns
        phrases[f"except:{rule.id}"] = rule.excepts
    phrases["idiom"] = lexicon.idioms
    phrases["pseudo"] = neg.pseudo
    phrases["pastneg"] = neg.past_negation
    for name, cues in lexicon.context.items():
        phrases[f"ctx:{name}"] = cues
    ser = lexicon.serotonin
    for name, symptoms in ser.symptoms.items():
        phrases[f"sx:{name}"] = symptoms
    phrases["clonus"] = ser.clonus
    phrases["agent"] = ser.agents
    phrases["notsx"] = ser.not_symptoms
    phrases["explained"] = ser.explained
    compiled = {
        key: [p for ph in group for p in compiler.compile(ph)] for key, group in phrases.items()
    }
    return {key: patterns for key, patterns in compiled.items() if patterns}


@lru_cache(maxsize=4)
def _engine(path: Path = PATTERNS_FILE) -> _Engine:
    """Load patterns.yml and compile every phrase into one Matcher (cached per file).

    spaCy's schema check of each token pattern (Matcher(validate=True)) would cost seconds at
    start-up for a few thousand patterns; the compiler emits a few known token shapes, and a
    unit test validates every distinct one instead.
    """
    from spacy.matcher import Matcher

    lexicon = load_lexicon(path)
    nlp = _tokenizer_nlp(lexicon)
    matcher = Matcher(nlp.vocab, validate=False)
    for key, patterns in compile_patterns(lexicon, nlp).items():
        matcher.add(key, patterns)
    return _Engine(nlp, matcher, lexicon)


# --------------------------------------------------------------------------------------------
# Reading one message


@dataclass
class _Doc:
    """A tokenised message with the spans every matcher key found, and scope helpers."""

    text: str
    starts: list[int]  # token -> char start
    ends: list[int]  # token -> char end
    norms: list[str]
    sentence: list[int]  # token -> sentence number
    clause_break: list[bool]
    spans: dict[str, list[tuple[int, int]]]
    lexicon: Lexicon

    def chars(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]

    def found(self, key: str, start: int, end: int | None = None) -> list[tuple[int, int]]:
        """Spans of `key` in the sentence of token `start` (to the sentence of `end`)."""
        first = self.sentence[start]
        last = self.sentence[(end if end is not None else start + 1) - 1]
        return [s for s in self.spans.get(key, []) if first <= self.sentence[s[0]] <= last]

    def has(self, key: str, start: int, end: int) -> bool:
        return bool(self.found(key, start, end))

    def in_span(self, key: str, i: int) -> bool:
        return any(a <= i < b for a, b in self.spans.get(key, []))


def _read(engine: _Engine, text: str) -> _Doc:
    folded = text.translate(_QUOTES)  # same length: offsets stay valid for `text`
    lowered = folded.lower()  # "DON'T" splits like "don't" (spaCy's exceptions are per case)
    doc = engine.nlp.make_doc(lowered if len(lowered) == len(folded) else folded)
    lex = engine.lexicon
    _apply_norms(doc, lex.norms)
    norms = [t.norm_ for t in doc]
    neg = lex.negation

    sentence: list[int] = []
    clause_break: list[bool] = []
    current = 0
    for i, token in enumerate(doc):
        sentence.append(current)
        is_end = token.norm_ in _SENTENCE_END or (token.is_space and "\n" in token.text)
        soft = (
            token.norm_ in neg.soft_clause_words
            and i + 1 < len(norms)
            and norms[i + 1] in neg.subjects
        )
        clause_break.append(
            is_end
            or token.is_space
            or token.norm_ in _CLAUSE_PUNCT
            or token.norm_ in neg.clause_words
            or soft
        )
        if is_end:
            current += 1

    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    strings = engine.nlp.vocab.strings
    for key, start, end in engine.matcher(doc):
        spans[strings[key]].append((start, end))
    for found in spans.values():
        found.sort()
    return _Doc(
        text=text,
        starts=[t.idx for t in doc],
        ends=[t.idx + len(t.text) for t in doc],
        norms=norms,
        sentence=sentence,
        clause_break=clause_break,
        spans=dict(spans),
        lexicon=lex,
    )


def _outermost(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop spans inside a longer span (optional words give several matches per phrase)."""
    kept: list[tuple[int, int]] = []
    for s in sorted(spans, key=lambda s: (s[0], s[0] - s[1])):
        if not any(k[0] <= s[0] and s[1] <= k[1] for k in kept):
            kept.append(s)
    return kept


def _continued(span: tuple[int, int], others: Iterable[tuple[int, int]]) -> bool:
    """True when another span overlaps `span` and runs at least to its end (an idiom that
    continues the phrase: "die" + "of embarrassment"). A phrase that goes on past the idiom
    ("jump off the bridge" vs the idiom "jump off") is not covered by it."""
    return any(o[0] < span[1] and span[0] < o[1] and span[1] <= o[1] for o in others)


def _negated(doc: _Doc, start: int, end: int) -> bool:
    neg = doc.lexicon.negation
    for i in range(start - 1, max(-1, start - 1 - neg.window), -1):
        if doc.clause_break[i]:
            break
        if doc.norms[i] in neg.negators and not doc.in_span("pseudo", i):
            return True
    return _answered_no(doc, end)


def _answered_no(doc: _Doc, end: int) -> bool:
    """'thoughts of hurting myself? no, never': a bare negative answer after '?' or ':'."""
    neg = doc.lexicon.negation
    asks = {"?", ":", "-", "\u2013"}
    j = end
    while j < len(doc.norms) and doc.norms[j] not in asks and not doc.clause_break[j]:
        j += 1  # "suicidal thoughts? no": the question may go on a few words
    if j >= len(doc.norms) or doc.norms[j] not in asks:
        return False
    rest = [n for n in doc.norms[j + 1 :] if n not in {",", ".", "!", "?"} and n.strip()]
    return (
        bool(rest)
        and any(n in neg.post_answers for n in rest)
        and all(n in neg.post_answers or n in neg.post_fillers for n in rest)
    )


def _past_negation(doc: _Doc, start: int, end: int) -> bool:
    """'I don't self harm anymore', 'no longer': negated now, but said of the past."""
    for s in doc.found("pastneg", start, end):
        if s[0] >= end and not any(doc.clause_break[end : s[0]]):
            return True
    before = " ".join(doc.norms[max(0, start - 4) : start])
    return "no longer" in before


def _about_someone_else(doc: _Doc, start: int) -> bool:
    """The nearest person mentioned before `start` in the sentence is not the patient."""
    third = [s for s in doc.found("ctx:third_person", start) if s[1] <= start]
    first = [s for s in doc.found("ctx:first_person", start) if s[1] <= start]
    last_third = max((s[1] for s in third), default=-1)
    last_first = max((s[1] for s in first), default=-1)
    return last_third > last_first


def _about_media(doc: _Doc, start: int, end: int) -> bool:
    if not doc.has("ctx:media", start, end):
        return False
    first = [s for s in doc.found("ctx:first_person", start) if s[1] <= start]
    media = [s for s in doc.found("ctx:media", start) if s[1] <= start]
    return not first or max(s[1] for s in media or [(0, -1)]) > max(s[1] for s in first)


def _judge(doc: _Doc, rule: Rule, start: int, end: int) -> list[Match]:
    """Context rules for one rule match -> one Match per category."""
    c0, c1 = doc.chars(start, end)
    evidence = doc.text[c0:c1]
    risk: RiskLevel = rule.risk
    category = rule.category
    also = rule.also
    negated = idiom = False
    note = ""

    if _negated(doc, start, end):
        if rule.past is not None and rule.past != "none" and _past_negation(doc, start, end):
            risk, note, also = rule.past, "negated now, said of the past", ()
            category = rule.past_category or category
        else:
            risk, negated, note = "none", True, "negated"
    elif rule.about == "self" and _about_someone_else(doc, start):
        risk, idiom, note = "none", True, "about someone else"
    elif rule.about == "others" and not _about_someone_else(doc, start):
        risk, idiom, note = "none", True, "about the patient (another rule reads it)"
    elif rule.media and _about_media(doc, start, end):
        risk, idiom, note = "none", True, "film, book or show"
    elif any(doc.has(f"ctx:{name}", start, end) for name in rule.unless):
        risk, idiom, note = "none", True, "explained by " + "/".join(rule.unless)
    elif rule.accident and doc.has("ctx:accident", start, end):
        risk, idiom, note = "none", True, "accident"
    elif (
        rule.habitual
        and doc.has("ctx:habitual", start, end)
        and not doc.has("ctx:present", start, end)
    ):
        risk, idiom, note = "none", True, "anxiety habit, not now"
    elif (
        rule.past is not None
        and doc.has("ctx:past", start, end)
        and not doc.has("ctx:current", start, end)
    ):
        risk, note, also = rule.past, f"past: {rule.past}", ()
        category = rule.past_category or category
    elif (
        rule.imminent is not None
        and RISK_ORDER[rule.imminent] > RISK_ORDER[risk]
        and doc.has("ctx:imminent", start, end)
    ):
        risk, note = rule.imminent, f"imminent: {rule.imminent}"

    base = Match(category, risk, rule.id, evidence, ((c0, c1),), negated, idiom, note)
    return [base] + [replace(base, category=c) for c in also if c != category]


def _rule_matches(engine: _Engine, doc: _Doc) -> list[Match]:
    guards = doc.spans.get("idiom", [])
    out: list[Match] = []
    for rule in engine.lexicon.rules:
        found = doc.spans.get(f"rule:{rule.id}")
        if not found:
            continue
        excepts = doc.spans.get(f"except:{rule.id}", []) + guards
        for start, end in _outermost(found):
            if _continued((start, end), excepts):
                c0, c1 = doc.chars(start, end)
                idiom = Match(rule.category, "none", rule.id, doc.text[c0:c1], ((c0, c1),))
                out.append(replace(idiom, idiom=True, note="idiom"))
                continue
            out.extend(_judge(doc, rule, start, end))
    return out


def _serotonin(doc: _Doc) -> list[Match]:
    """Serotonin toxicity from symptom clusters (CLINICAL.md section 8, Hunter criteria).

    Hunter criteria are clinical signs (clonus, hyperreflexia, temperature > 38 C) that a
    patient cannot report as such, so the screen counts symptom groups in the whole message:
    two or more groups (agitation, tremor/twitching/jerking, sweating, fever, racing heart,
    confusion, diarrhoea, stiffness) with a serotonergic agent named -> emergency; two or more
    groups clearly happening now without an agent -> high; spontaneous jerking or clonus with an
    agent (Hunter rule 1) -> high. An anxiety habit with no agent, a clearly-past episode and
    negated symptoms ("no fever") do not count; with an agent, a habit is still "possible".
    """
    if not any(k.startswith("sx:") for k in doc.spans) and "clonus" not in doc.spans:
        return []
    last = len(doc.norms)
    not_symptoms = doc.spans.get("notsx", [])

    def valid(key: str) -> list[tuple[int, int]]:
        return [
            s
            for s in _outermost(doc.spans.get(key, []))
            if not _continued(s, not_symptoms)
            and not any(a <= s[0] < b for a, b in not_symptoms)
            and not _negated(doc, *s)
        ]

    groups = {k[3:]: valid(k) for k in doc.spans if k.startswith("sx:")}
    groups = {k: v for k, v in groups.items() if v}
    clonus = valid("clonus")
    agents = _outermost(doc.spans.get("agent", []))
    present = doc.has("ctx:present", 0, last)
    habitual = doc.has("ctx:habitual", 0, last) and not present
    past = doc.has("ctx:past", 0, last) and not doc.has("ctx:current", 0, last)
    if past:
        return []

    risk: RiskLevel = "none"
    rule = ""
    symptom_spans = [s for spans in groups.values() for s in spans]
    if len(groups) >= 2 and agents:
        risk = "possible" if habitual else "emergency"
        rule = "serotonin.cluster_with_agent"
    elif len(groups) >= 2 and present and not habitual and "explained" not in doc.spans:
        risk, rule, agents = "high", "serotonin.cluster_now", []
    elif clonus and agents and not habitual:
        risk, rule, symptom_spans = "high", "serotonin.clonus_with_agent", clonus
    if risk == "none":
        return []
    spans = _merge(doc.chars(a, b) for a, b in [*symptom_spans, *agents])
    evidence = "; ".join(doc.text[a:b] for a, b in spans)
    note = f"groups: {', '.join(sorted(groups))}" + ("; agent named" if agents else "")
    return [Match("medical_emergency", risk, rule, evidence, tuple(spans), note=note)]


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _result(text: str, matches: list[Match]) -> SafetyResult:
    active = [m for m in matches if m.active]
    if not active:
        return SafetyResult("none", (), "", tuple(matches), text)
    risk = max((m.risk for m in active), key=RISK_ORDER.__getitem__)
    categories = tuple(sorted({m.category for m in active}))
    spans = _merge(s for m in active for s in m.spans)
    evidence = "; ".join(text[a:b] for a, b in spans)
    return SafetyResult(risk, categories, evidence, tuple(matches), text)


def warm_up() -> None:
    """Build the matcher now (about a second) rather than on the first patient message."""
    _engine()


def screen(text: str) -> SafetyResult:
    """Screen one patient message. Never raises on odd input; empty text is risk "none"."""
    if not text or not text.strip():
        return SafetyResult("none", (), "", (), text or "")
    engine = _engine()
    doc = _read(engine, text)
    matches = _rule_matches(engine, doc) + _serotonin(doc)
    return _result(text, matches)


def combine_with_intent(
    result: SafetyResult, intent: str | None, confidence: float
) -> SafetyResult:
    """Add the trained classifier as a second signal; it can raise a result, never lower it.

    When the intent is ``disclose_risk`` at >= 0.8 confidence and the rules found nothing at all
    (no match, not even a negated or figurative one), the message becomes "possible"
    suicide_self_harm with the message itself (first 200 characters) as evidence: the rules may
    have missed a phrasing, and "possible" puts it in front of a person without interrupting.
    When the rules did read the words and set them aside ("I'm not suicidal", "this deadline is
    killing me"), the classifier, which does not read negation, does not overrule them.
    """
    if (
        intent != DISCLOSE_INTENT
        or confidence < INTENT_THRESHOLD
        or result.risk != "none"
        or result.matches
    ):
        return result
    lead = len(result.text) - len(result.text.lstrip())
    evidence = result.text.strip()[:INTENT_EVIDENCE_CHARS]
    match = Match(
        "suicide_self_harm",
        "possible",
        f"intent:{DISCLOSE_INTENT}",
        evidence,
        ((lead, lead + len(evidence)),) if evidence else (),
        note=f"classifier confidence {confidence:.2f}",
    )
    return SafetyResult("possible", ("suicide_self_harm",), evidence, (match,), result.text)
