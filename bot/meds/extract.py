"""Medication and supplement mentions in a patient's message: names, and whether taken now.

How one message is read:

1. Tokenise with ``spacy.blank("en")`` (no model is needed or available), also splitting letters
   from digits and at brackets and slashes, so "zoloft50mg", "lexapro(10mg)" and
   "prozac/zoloft" give their names.
2. Names: at each token, the keys (letters and digits, lexicon.py) of up to eight adjacent
   tokens are joined and the longest join that is a lexicon key wins. Joining keys instead of
   listing every spacing in a PhraseMatcher makes "5htp", "5-HTP" and "5 htp" one name; tokens
   apart by a space join only where some spelling has a separator ("gab a" is not GABA). A
   token (or a 2-3 token name such as "st jons wort") that matches nothing is tried with a small
   typo allowance (`_Fuzzy`), unless it is an ordinary word listed in `not_fuzzy`.
3. Context aliases ("same" for SAMe) count only when written as the name ("SAMe", "SAM-e") or
   in a list with another name, after a taking verb, or before a dose: never in "the same".
4. Roles, from the cue words in context.yml: a clause-by-clause reading, left to right, where
   the nearest cue before a name decides (negated, past, hypothetical -> negated, current),
   then cues after a name ("prozac years ago", "zoloft - stopped it") and clauses that refer
   back ("I was prescribed prozac but never took it"). See context.yml for the rules.
5. Someone else's medicine ("my mum takes lithium") is dropped.
6. One mention per canonical name: current wins over past / negated (a patient who says
   "I stopped zoloft, then went back on zoloft" takes it), otherwise the first.

Nothing here calls Rasa; the lead's NLU component turns mentions into `medication` /
`supplement` entities with the role.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from bot.meds.context import Cues, Phrase, compile_cues, context_data
from bot.meds.lexicon import Entry, Lexicon, key_of, load_lexicon

if TYPE_CHECKING:  # spaCy is imported lazily: importing it is slow
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Mention", "extract", "warm_up"]

log = logging.getLogger(__name__)

ROLES = ("current", "past", "negated")
MAX_JOIN = 8  # tokens joined into one name ("n acetyl l tyrosine", "omega 3 fish oil")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201b": "'", "`": "'", "\u00b4": "'"})
_GLUE = frozenset({"-", "'", ".", "/", "'s"})  # may sit inside a name: "st. john's", "l-dopa"
_CONTRACTION_PARTS = frozenset(
    {"n't", "nt", "'m", "m", "'ve", "ve", "'re", "re", "'ll", "ll", "ca", "wo", "gon", "na", "wan"}
)
_PRONOUN_ONE = frozenset({"it", "that", "this"})
_PRONOUN_ALL = frozenset({"them", "those", "both", "all", "these"})
_NOW_WORDS = frozenset({"now", "currently", "still", "presently", "at", "right", "nowadays", "atm"})
_START_WORDS = frozenset({"started", "starting", "began", "restarted", "start"})
_PRESCRIBED_WORDS = frozenset({"prescribed", "was", "were", "been", "got"})
# Recent times that do not end a prescription: "I was prescribed citalopram last week".
_RECENT = frozenset(
    {("last", "week"), ("last", "month"), ("weeks", "ago"), ("days", "ago"), ("recently",)}
)
_ARROWS = ("\u2192", "->", "=>", "\u27f6")
_ANSWER_NO = frozenset({"no", "nope", "nah", "never", "not"})
_TIME_AFTER = frozenset({"ago", "last", "in", "since", "years", "months", "weeks", "back"})


@dataclass(frozen=True)
class Mention:
    """One medication or supplement the patient named."""

    canonical: str  # "sertraline", "5-htp", "st john's wort"
    kind: str  # "medication" | "supplement"
    role: str  # "current" | "past" | "negated"
    start: int  # character offsets into the original text
    end: int
    text: str  # the patient's words for it, as typed ("zoloft", "5htp")
    classes: tuple[str, ...]  # e.g. ("ssri", "serotonergic")


# --------------------------------------------------------------------------------------------
# Building (once)


@dataclass(frozen=True)
class _Engine:
    nlp: Language
    lexicon: Lexicon
    cues: Cues
    fuzzy: _Fuzzy
    multi_first: frozenset[str]  # first / last token keys of multi-word names: a typo allowance
    multi_last: frozenset[str]  # is tried on joins that start or end with one ("methylane blue")


def _make_nlp() -> Language:
    import spacy
    from spacy.util import compile_infix_regex

    nlp = spacy.blank("en")
    infixes: list[Any] = [
        *(nlp.Defaults.infixes or ()),
        r"(?<=[a-zA-Z])(?=[0-9])",  # "zoloft50mg" -> zoloft 50 mg; "b12" -> b 12 (keys rejoin)
        r"(?<=[0-9])(?=[a-zA-Z])",
        r"[()\[\]/+&,;]",
    ]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]
    return nlp


def _norm(token_lower: str, token_norm: str) -> str:
    # spaCy's contraction table says "did" for "do" in "didn't"; keep the word unless it is a
    # contraction piece ("n't" -> "not", "'m" -> "am").
    return token_norm if token_lower in _CONTRACTION_PARTS else token_lower


@lru_cache(maxsize=2)
def _engine() -> _Engine:
    nlp = _make_nlp()
    lexicon = load_lexicon()

    def tokenize(phrase: str) -> Phrase:
        doc = nlp.make_doc(phrase.translate(_QUOTES))
        return tuple(_norm(t.lower_, t.norm_) for t in doc)

    cues = compile_cues(context_data(), tokenize)
    multi_first: set[str] = set()
    multi_last: set[str] = set()
    for entry in lexicon.entries:
        for name in (entry.canonical, *entry.aliases):
            words = [key_of(w) for w in name.replace("-", " ").split()]
            if len(words) > 1 and len(words[0]) > 1:
                multi_first.add(words[0])
            if len(words) > 1 and len(words[-1]) > 1 and not words[-1].isdigit():
                multi_last.add(words[-1])
    return _Engine(
        nlp, lexicon, cues, _Fuzzy(lexicon), frozenset(multi_first), frozenset(multi_last)
    )


def warm_up() -> None:
    """Build the tokenizer, lexicon index and cue tables now rather than on the first message."""
    extract("warm up: I take zoloft 50mg and 5htp")


# --------------------------------------------------------------------------------------------
# Typo allowance


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein (adjacent transpositions) distance, or limit + 1 when above limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _allowed_edits(length: int) -> int:
    # One typo in a name of up to nine letters, two in longer ones ("amitryptaline").
    return 1 if length <= 9 else 2


def _deletes(word: str, depth: int) -> set[str]:
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


class _Fuzzy:
    """Symmetric-delete index (as in SymSpell): a typo is found with a few dictionary look-ups
    instead of an edit-distance computation against every name."""

    MIN_WORD = 5  # shorter words are not read as typos
    MIN_NAME = 6  # nor matched to names shorter than this

    def __init__(self, lexicon: Lexicon) -> None:
        index: dict[str, set[str]] = {}
        for key in lexicon.by_key:
            if len(key) < self.MIN_NAME or key in lexicon.exact_only or not key.isalpha():
                continue
            for variant in _deletes(key, _allowed_edits(len(key))):
                index.setdefault(variant, set()).add(key)
        self._index = {k: frozenset(v) for k, v in index.items()}
        self._lexicon = lexicon

    def match(self, word: str) -> str | None:
        """The lexicon key `word` is a typo of, or None (none, or two names equally close)."""
        if len(word) < self.MIN_WORD or not word.isalpha() or word in self._lexicon.not_fuzzy:
            return None
        limit = _allowed_edits(len(word))
        candidates: set[str] = set()
        for variant in _deletes(word, limit):
            candidates |= self._index.get(variant, frozenset())
        scored: list[tuple[int, str]] = []
        for key in candidates:
            if len(word) <= 6 and key[0] != word[0]:
                continue  # short words: a different first letter is another word, not a typo
            allowed = min(limit, _allowed_edits(len(key)))
            distance = _edit_distance(word, key, allowed)
            if distance <= allowed:
                scored.append((distance, key))
        if not scored:
            return None
        scored.sort()
        top = [k for d, k in scored if d == scored[0][0]]
        meanings = {tuple(e.canonical for e in self._lexicon.by_key[k]) for k in top}
        return top[0] if len(meanings) == 1 else None


@lru_cache(maxsize=8192)
def _typo_of(word: str) -> str | None:
    return _engine().fuzzy.match(word)


# --------------------------------------------------------------------------------------------
# Reading one message


@dataclass
class _Tok:
    text: str
    start: int
    end: int
    key: str
    norm: str
    space_after: bool
    is_space: bool


@dataclass
class _Name:
    first: int  # token indices, end exclusive
    last: int
    entries: tuple[Entry, ...]
    role: str | None = None  # after the forward reading: None = nothing said
    explicit: bool = False  # the role came from a cue that a later cue may not override
    started: bool = False  # "started X two weeks ago": a time phrase after it dates the start
    prescribed: bool = False  # "was prescribed X last week": a recent time does not end it
    clause: int = 0
    dropped: bool = False  # someone else's


@dataclass
class _Cue:
    first: int
    last: int  # end exclusive
    phrase: Phrase
    names: frozenset[str]


@dataclass
class _Reading:
    toks: list[_Tok]
    names: list[_Name] = field(default_factory=list)
    cues: dict[int, _Cue] = field(default_factory=dict)  # first token -> cue
    name_at: dict[int, _Name] = field(default_factory=dict)  # first token -> name
    covered: set[int] = field(default_factory=set)  # tokens inside a name


def _tokens(doc: Doc) -> list[_Tok]:
    out = []
    for t in doc:
        out.append(
            _Tok(
                text=t.text,
                start=t.idx,
                end=t.idx + len(t.text),
                key=key_of(t.text),
                norm="\n" if "\n" in t.text else _norm(t.lower_, t.norm_),
                space_after=bool(t.whitespace_) or t.is_space,
                is_space=t.is_space,
            )
        )
    return out


def _find_names(reading: _Reading, engine: _Engine) -> None:
    toks, lexicon = reading.toks, engine.lexicon
    i = 0
    while i < len(toks):
        if not toks[i].key or toks[i].text.startswith("'"):
            i += 1
            continue
        found = _longest_name(toks, i, lexicon)
        if found is None:
            found = _fuzzy_name(toks, i, engine)
        if found is None:
            i += 1
            continue
        last, entries = found
        name = _Name(i, last, entries)
        reading.names.append(name)
        reading.name_at[i] = name
        reading.covered.update(range(i, last))
        i = last


def _joins(toks: Sequence[_Tok], i: int) -> list[tuple[int, str, list[int]]]:
    """(end, joined key, positions in the key where the text had a space) for the runs of
    tokens starting at i; glue tokens ("-", "'", ".") join without a key of their own."""
    out = []
    key = ""
    spaces: list[int] = []
    for j in range(i, min(len(toks), i + MAX_JOIN)):
        tok = toks[j]
        if tok.is_space and "\n" not in tok.text and j > i:
            continue  # a double space: "methylene  blue"
        if tok.is_space or (not tok.key and tok.text not in _GLUE):
            break
        if j > i and toks[j - 1].space_after:
            spaces.append(len(key))
        key += tok.key
        if tok.key:
            out.append((j + 1, key, list(spaces)))
    return out


def _longest_name(
    toks: Sequence[_Tok], i: int, lexicon: Lexicon
) -> tuple[int, tuple[Entry, ...]] | None:
    best = None
    for end, key, spaces in _joins(toks, i):
        entries = lexicon.by_key.get(key)
        if entries is None:
            continue
        if any(pos not in lexicon.breaks.get(key, ()) for pos in spaces):
            continue
        runs_on = end < len(toks) and toks[end].key and not toks[end - 1].space_after
        if runs_on and toks[end].key.isalpha() and toks[end - 1].key.isalpha():
            continue  # the name runs on into more letters: part of another word
        best = (end, entries)
    return best


def _fuzzy_name(
    toks: Sequence[_Tok], i: int, engine: _Engine
) -> tuple[int, tuple[Entry, ...]] | None:
    lexicon = engine.lexicon
    for end, key, _spaces in reversed(_joins(toks, i)[:4]):
        if end - i < 2:
            continue
        if toks[i].key in engine.multi_first or toks[end - 1].key in engine.multi_last:
            hit = _typo_of(key)
            if hit is not None:
                return end, lexicon.by_key[hit]
    hit = _typo_of(toks[i].key)
    if hit is not None and toks[i].key.isalpha():
        return i + 1, lexicon.by_key[hit]
    return None


# ---- "same" and other ordinary words that are names only in context


_NOT_BEFORE_CONTEXT = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "exactly",
        "much",
        "feel",
        "feels",
        "felt",
        "look",
        "same",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "stay",
        "stayed",
        "remain",
        "remains",
        "still",
        "all",
        "very",
        "pretty",
        "not",
        "quite",
        "just",
        "about",
        "roughly",
        "its",
        "it's",
        "his",
        "her",
        "their",
        "our",
        "your",
        "my",
    }
)
_AFTER_CONTEXT_OK = frozenset(
    {
        "and",
        "or",
        "for",
        "daily",
        "too",
        "also",
        "every",
        "each",
        "at",
        "in",
        "supplement",
        "supplements",
        "with",
        "plus",
        "nightly",
        "twice",
        "once",
    }
)
_TAKING = frozenset(
    {
        "take",
        "taking",
        "takes",
        "took",
        "on",
        "tried",
        "try",
        "trying",
        "started",
        "stopped",
        "using",
        "use",
        "used",
        "quit",
        "with",
        "no",
        "some",
        "had",
        "have",
    }
)


def _find_context_names(reading: _Reading, engine: _Engine, original: str) -> None:
    toks, lexicon = reading.toks, engine.lexicon
    i = 0
    while i < len(toks):
        if i in reading.covered or not toks[i].key:
            i += 1
            continue
        hit = None
        for end, key, spaces in _joins(toks, i):
            if (
                key in lexicon.context_keys
                and all(p in lexicon.breaks.get(key, ()) for p in spaces)
                and not any(j in reading.covered for j in range(i, end))
            ):
                hit = (end, lexicon.context_keys[key])
        if hit is None:
            i += 1
            continue
        end, entries = hit
        if _context_says_name(reading, i, end, original):
            name = _Name(i, end, entries)
            reading.names.append(name)
            reading.name_at[i] = name
            reading.covered.update(range(i, end))
        i = end
    reading.names.sort(key=lambda n: n.first)


def _context_says_name(reading: _Reading, i: int, end: int, original: str) -> bool:
    toks = reading.toks
    raw = original[toks[i].start : toks[end - 1].end]
    if any(not ch.isalnum() for ch in raw) or raw in ("SAMe", "SAMe's"):
        return True  # "SAM-e", "S.A.M.e", "SAMe": written as the name
    prev = _neighbour(toks, i, -1)
    nxt = _neighbour(toks, end - 1, +1)
    prev_norm = toks[prev].norm if prev is not None else ""
    next_norm = toks[nxt].norm if nxt is not None else ""
    if prev_norm in _NOT_BEFORE_CONTEXT:
        return False
    next_ok = (
        nxt is None
        or not toks[nxt].key
        or next_norm in _AFTER_CONTEXT_OK
        or toks[nxt].key.isdigit()
        or nxt in reading.name_at
    )
    if not next_ok:
        return False
    if nxt is not None and toks[nxt].key.isdigit():
        return True  # "same 400mg"
    in_list = _next_to_name(reading, i, -1) or _next_to_name(reading, end - 1, +1)
    return in_list or prev_norm in _TAKING


def _neighbour(toks: Sequence[_Tok], i: int, step: int) -> int | None:
    j = i + step
    while 0 <= j < len(toks) and toks[j].is_space:
        j += step
    return j if 0 <= j < len(toks) else None


def _next_to_name(reading: _Reading, i: int, step: int) -> bool:
    """A name sits next to token i, with only list punctuation or "and"/"or" between."""
    toks = reading.toks
    j = i + step
    while 0 <= j < len(toks):
        if j in reading.covered:
            return True
        if toks[j].is_space or toks[j].norm in {",", "and", "or", "&", "+", "/", "plus", "-"}:
            j += step
            continue
        if toks[j].key.isdigit() or toks[j].norm in {"mg", "mcg", "g", "iu"}:
            j += step  # a dose between: "5htp 100mg, same"
            continue
        return False
    return False


# ---- cue words


def _find_cues(reading: _Reading, cues: Cues) -> None:
    toks = reading.toks
    i = 0
    while i < len(toks):
        if i in reading.covered:
            i += 1
            continue
        found = None
        for phrase in cues.by_first.get(toks[i].norm, ()):
            end = i + len(phrase)
            if end > len(toks) or any(j in reading.covered for j in range(i, end)):
                continue
            if all(toks[i + k].norm == phrase[k] for k in range(len(phrase))):
                found = _Cue(i, end, phrase, cues.names_of[phrase])
                break
        if found is None:
            i += 1
            continue
        reading.cues[i] = found
        i = found.last


def _drop_lab_and_food_words(reading: _Reading) -> None:
    """Drop supplements named as a lab result or a food, not something the patient takes:
    "my B12 levels are low", "deficient in magnesium"."""
    kept = []
    for name in reading.names:
        if all(e.kind == "supplement" for e in name.entries) and (
            _cue_right_after(reading, name.last, "not_intake_after")
            or _cue_right_before(reading, name.first, "not_intake_before")
        ):
            del reading.name_at[name.first]
            continue
        kept.append(name)
    reading.names = kept


def _cue_right_after(reading: _Reading, at: int, list_name: str) -> bool:
    toks = reading.toks
    j = at
    while j < len(toks) and (toks[j].is_space or toks[j].text in {"-", ","}):
        j += 1
    cue = reading.cues.get(j)
    return cue is not None and list_name in cue.names


def _cue_right_before(reading: _Reading, at: int, list_name: str) -> bool:
    """A cue of `list_name` ends right before token `at`, or before the list it is in
    ("deficient in vitamin D and B12")."""
    toks = reading.toks
    ends = {cue.last for cue in reading.cues.values() if list_name in cue.names}
    j = at
    for _ in range(6):
        if j in ends:
            return True
        prev = j - 1
        if prev < 0:
            return False
        tok = toks[prev]
        skippable = (
            tok.is_space
            or tok.norm in {"and", "or", ",", "&", "my", "the", "your", "vitamin", "vit", "-"}
            or len(tok.key) == 1
            or tok.key.isdigit()
            or prev in reading.covered
        )
        if not skippable:
            return False
        j = prev
    return False


# ---- roles


@dataclass
class _State:
    role: str | None = None
    explicit: bool = False
    sticky: bool = False  # a past-time phrase: holds across a comma
    moved_on: bool = True  # a name, a comma or "I" since the state was set
    hypothetical: bool = False
    switching: bool = False
    after_name: bool = False  # the last content word belongs to a name (list continues)
    started: bool = False  # the state was set by "started", "began" ...
    prescribed: bool = False  # ... or by "prescribed"
    bare_not: bool = False  # "not" right before a name: "not prozac, lexapro" is a contrast

    def set(self, role: str | None, explicit: bool = True, sticky: bool = False) -> None:
        self.role, self.explicit, self.sticky = role, explicit, sticky
        self.moved_on = False
        self.hypothetical = False
        self.started = False
        self.prescribed = False
        self.bare_not = False


def _sentences(reading: _Reading, cues: Cues) -> list[tuple[int, int]]:
    toks = reading.toks
    ends = {".", "!", "?", "\n", ";"}
    out, start = [], 0
    for i, tok in enumerate(toks):
        if i not in reading.covered and (tok.norm in ends or tok.is_space and "\n" in tok.text):
            out.append((start, i + 1))
            start = i + 1
    if start < len(toks):
        out.append((start, len(toks)))
    return out


def _clauses(reading: _Reading, cues: Cues, lo: int, hi: int) -> list[tuple[int, int]]:
    out, start = [], lo
    for i in range(lo, hi):
        cue = reading.cues.get(i)
        tok = reading.toks[i]
        is_break = (cue is not None and "clause_breaks" in cue.names) or (
            tok.norm in {".", "!", "?", ";"} and i not in reading.covered
        )
        if is_break:
            if start < i:
                out.append((start, i))
            start = i + 1
    if start < hi:
        out.append((start, hi))
    return out


def _has_today(reading: _Reading, cues: Cues, lo: int, hi: int) -> bool:
    return any(lo <= i < hi and "today_words" in cue.names for i, cue in reading.cues.items())


def _valid_negation(reading: _Reading, cues: Cues, cue: _Cue) -> bool:
    toks = reading.toks
    head = cue.phrase[0]
    if len(cue.phrase) > 1 and head not in {"not", "never", "no"}:
        return True
    nxt = _neighbour(toks, cue.last - 1, +1)
    if head == "no" and len(cue.phrase) == 1:
        interjection = nxt is None or toks[nxt].norm in cues.words["no_interjection"]
        return not interjection and bool(nxt is not None and toks[nxt].key)
    if head in {"not", "never"} and len(cue.phrase) == 1:
        fillers = cues.words["not_fillers"]
        j = nxt
        while j is not None and toks[j].norm in fillers and j not in reading.covered:
            j = _neighbour(toks, j, +1)
        if j is None:
            return False
        if j in reading.covered:
            return True
        if head == "never" and toks[j].norm in cues.words["never_pseudo"]:
            return False
        if head == "never":
            return True
        return toks[j].norm in cues.words["not_objects"] or (
            toks[j].norm in fillers and j in reading.covered
        )
    return True


def _read_roles(reading: _Reading, cues: Cues) -> None:
    toks = reading.toks
    switch_words = {p[0] for p in cues.phrases["switch_verbs"]}
    self_heads = {p[0] for p in cues.phrases["self"] if len(p) == 1}
    clause_index = 0
    previous_clause_names: list[_Name] = []
    sentences = _sentences(reading, cues)
    for s_lo, s_hi in sentences:
        today = _has_today(reading, cues, s_lo, s_hi)
        others = False
        clinician_seen = False
        self_again: int | None = None  # where the patient comes back after someone else
        for c_lo, c_hi in _clauses(reading, cues, s_lo, s_hi):
            clause_index += 1
            state = _State()
            names_here: list[_Name] = []
            i = c_lo
            while i < c_hi:
                name = reading.name_at.get(i)
                if name is not None:
                    name.role, name.explicit, name.clause = state.role, state.explicit, clause_index
                    name.started = state.started
                    name.prescribed = state.prescribed
                    name.dropped = others
                    names_here.append(name)
                    state.moved_on = True
                    state.after_name = True
                    i = name.last
                    continue
                cue = reading.cues.get(i)
                if cue is None:
                    tok = toks[i]
                    if (
                        tok.key
                        and tok.norm not in cues.words["dose_words"]
                        and not tok.key.isdigit()
                    ):
                        state.after_name = False
                    if tok.norm in cues.words["clinicians"]:
                        clinician_seen = True
                    if state.switching and tok.norm == "from":
                        state.set("past")
                        state.switching = True
                    elif state.switching and tok.norm in cues.words["switch_to"]:
                        state.set("current")
                    i += 1
                    continue
                names = cue.names
                joiner = "list_joiners" in names
                if joiner:
                    contrast = state.bare_not and cue.phrase == (",",)  # "not prozac, lexapro"
                    ends_list = not state.after_name and not state.sticky
                    if (ends_list and state.role != "current") or contrast:
                        state.role, state.explicit = None, False
                    state.moved_on = True
                if "self" in names or self_heads.intersection(cue.phrase):
                    if others and self_again is None:
                        self_again = i
                    others = False
                    if not state.hypothetical:  # "wondering if I can take tyrosine"
                        state.moved_on = True
                if "others" in names and not _possessive(reading, cue):
                    pronoun = cue.phrase[0] in {"he", "she", "his", "him", "hers", "he's", "she's"}
                    if not (pronoun and clinician_seen):
                        others = True
                if "hypothetical" in names:
                    state.set("negated")
                    state.hypothetical = True
                elif "hypothetical_ends" in names and state.hypothetical:
                    state.set("current", explicit=False)
                elif "negation" in names and _valid_negation(reading, cues, cue):
                    state.set("past" if cue.phrase == ("no", "longer") else "negated")
                    state.bare_not = cue.phrase == ("not",) and cue.last in reading.name_at
                elif "past" in names or "past_time" in names:
                    weak = cue.phrase[0] in cues.words["past_unless_today"] and len(cue.phrase) == 1
                    never_tried = state.role == "negated" and not state.moved_on
                    if not (weak and today) and not never_tried:
                        state.set("past", sticky="past_time" in names)
                elif "current" in names:
                    adverb = cue.phrase[0] in _NOW_WORDS
                    if not (adverb and state.role == "negated" and not state.moved_on):
                        state.set("current")  # but "not currently taking" stays negated
                elif "weak_current" in names and (
                    state.role in (None, "current") or state.moved_on
                ):
                    state.set("current", explicit=False)
                    state.started = cue.phrase[0] in _START_WORDS
                    state.prescribed = "prescribed" in cue.phrase
                if "switch_verbs" in names or cue.phrase[0] in switch_words:
                    if len(cue.phrase) == 1:
                        state.set("past")  # "swapped prozac for zoloft": the old one first
                    state.switching = True
                if not joiner and "self" not in names:
                    state.after_name = False
                i = cue.last
            _read_after(reading, cues, c_lo, c_hi, names_here, previous_clause_names)
            if names_here:
                previous_clause_names = names_here
        if self_again is not None:
            _shared_with_someone_else(reading, s_lo, s_hi, self_again)
    _answers_to_questions(reading, sentences)


_SHARED = frozenset({"too", "also", "it", "them", "same", "both"})


def _shared_with_someone_else(reading: _Reading, lo: int, hi: int, self_at: int) -> None:
    """ "my mum takes lithium and so do I", "... and I've just started it too": the names the
    sentence gave to someone else are the patient's too (current), unless the patient's part
    is negated ("... and I don't")."""
    toks = reading.toks
    after = [toks[j].norm for j in range(self_at, hi)]
    if any(w in {"not", "never", "no"} for w in after):
        return
    shared = bool(_SHARED.intersection(after)) or "so" in [toks[j].norm for j in range(lo, self_at)]
    if not shared:
        return
    for name in reading.names:
        if name.dropped and lo <= name.first < self_at:
            name.dropped = False
            name.role, name.explicit = "current", True


def _answers_to_questions(reading: _Reading, sentences: list[tuple[int, int]]) -> None:
    """ "sertraline? no, fluoxetine": a name asked about and answered "no" is negated."""
    toks = reading.toks
    for (a_lo, a_hi), (b_lo, b_hi) in zip(sentences, sentences[1:], strict=False):
        if toks[a_hi - 1].norm != "?":
            continue
        first = next((j for j in range(b_lo, b_hi) if toks[j].key), None)
        if first is None or toks[first].norm not in _ANSWER_NO:
            continue
        for name in reading.names:
            if a_lo <= name.first < a_hi and name.role in (None, "current") and not name.explicit:
                name.role, name.explicit = "negated", True


def _read_after(
    reading: _Reading,
    cues: Cues,
    lo: int,
    hi: int,
    names_here: list[_Name],
    previous: list[_Name],
) -> None:
    """Cues after a name ("prozac years ago", "zoloft, now"), and clauses without a name that
    refer back to the previous clause ("... but never took it")."""
    toks = reading.toks
    for earlier, later in zip(names_here, names_here[1:], strict=False):
        between = "".join(toks[j].text for j in range(earlier.last, later.first))
        if any(arrow in between for arrow in _ARROWS) and not earlier.explicit:
            earlier.role, earlier.explicit = "past", True  # "zoloft -> prozac -> lexapro"
    for i in range(lo, hi):
        cue = reading.cues.get(i)
        if cue is None:
            continue
        before = [n for n in names_here if n.last <= i]
        if "current_after" in cue.names and before and not _name_follows(reading, cue):
            last = before[-1]
            gap = [j for j in range(last.last, i) if toks[j].key]
            if len(gap) <= 3 and not (last.role == "negated" and last.explicit):
                last.role, last.explicit = "current", True
            continue
        if "restart_after" in cue.names and before:
            for name in _group_before(reading, before, i):
                name.role, name.explicit = "current", True
            continue
        if "negated_after" in cue.names and before and cue.first - before[-1].last <= 2:
            before[-1].role, before[-1].explicit = "negated", True
            continue
        if "future_after" in cue.names and before:
            for name in _group_before(reading, before, i):
                if name.role in (None, "current") and not (
                    name.role == "current" and name.explicit
                ):
                    name.role, name.explicit = "negated", True  # not taken yet
            continue
        if "past_after" not in cue.names:
            continue
        if i > 0 and toks[i - 1].norm in {"since", "from"}:
            continue  # "on zoloft since last year"
        if not _refers_back(reading, cues, cue, names_here):
            continue
        if before and _taken_between(reading, before[-1].last, i):
            continue  # "sertraline (increased to 100mg last month)"
        targets = (
            before if before else ([] if names_here else _back_targets(reading, cue, previous))
        )
        if before:
            targets = _group_before(reading, before, i)
        temporal = "past_time" in cue.names or cue.phrase[0] in _TIME_AFTER
        for name in targets:
            if name.started and temporal:
                continue  # "started zoloft two weeks ago": the start is in the past
            if name.prescribed and cue.phrase in _RECENT:
                continue
            if name.role in (None, "current") and not (name.role == "current" and name.explicit):
                name.role, name.explicit = "past", True
    if names_here:
        return
    # A clause without names: "but never took it", "but I stopped them"
    negated_or_past = None
    for i in range(lo, hi):
        cue = reading.cues.get(i)
        if cue is None:
            continue
        if "negation" in cue.names and _valid_negation(reading, cues, cue):
            negated_or_past = "negated"
        elif "past" in cue.names:
            negated_or_past = "past"
        elif "current" in cue.names and {"it", "them"} & set(cue.phrase):
            negated_or_past = "current"  # "... but back on it now"
        if negated_or_past is not None:
            break  # the first cue of the clause says it: "came off it last year, nothing now"
    if negated_or_past is None or not previous:
        return
    pronouns = {toks[j].norm for j in range(lo, hi)}
    if pronouns & _PRONOUN_ALL:
        targets = previous
    elif pronouns & _PRONOUN_ONE:
        targets = previous[-1:]
    else:
        return
    for name in targets:
        if negated_or_past == "current":
            name.role, name.explicit = "current", True
            continue
        if name.role == "current" and name.explicit:
            continue
        if name.role in (None, "current") or negated_or_past == "negated":
            name.role, name.explicit = negated_or_past, True


def _taken_between(reading: _Reading, lo: int, hi: int) -> bool:
    """A current cue between a name and a later time phrase: the time dates that, not a stop."""
    return any(
        lo <= j < hi and ("current" in cue.names or "weak_current" in cue.names)
        for j, cue in reading.cues.items()
    )


def _possessive(reading: _Reading, cue: _Cue) -> bool:
    """ "my husband's tramadol": someone else's name used as a possessive, not as the subject."""
    toks = reading.toks
    if cue.last >= len(toks) or toks[cue.last].norm != "'s":
        return False
    after = _neighbour(toks, cue.last, +1)
    return after is not None and (
        after in reading.name_at
        or toks[after].norm in {"meds", "medication", "medicine", "pills", "prescription"}
    )


def _name_follows(reading: _Reading, cue: _Cue) -> bool:
    """A name right after the cue (within two words): the cue is about that name."""
    toks = reading.toks
    j = _neighbour(toks, cue.last - 1, +1)
    for _ in range(2):
        if j is None:
            return False
        if j in reading.name_at:
            return True
        j = _neighbour(toks, j, +1)
    return False


def _refers_back(reading: _Reading, cues: Cues, cue: _Cue, names_here: list[_Name]) -> bool:
    """A past_after cue refers back unless it takes a new object ("stopped drinking") or the
    next name right after it ("stopped prozac": a forward cue)."""
    toks = reading.toks
    nxt = _neighbour(toks, cue.last - 1, +1)
    if nxt is None or not toks[nxt].key:
        return True
    if any(n.first == nxt for n in names_here) or nxt in reading.name_at:
        return False
    # a name shortly after, with no punctuation between: a forward cue ("used to take 5htp")
    ahead: int | None = nxt
    for _ in range(3):
        if ahead is None or not toks[ahead].key:
            break
        if ahead in reading.name_at:
            return False
        ahead = _neighbour(toks, ahead, +1)
    if "past_time" in cue.names or cue.phrase[0] in {
        "ago",
        "previously",
        "anymore",
        "until",
        "till",
    }:
        return True
    words = cues.words["past_after_objects"]
    if toks[nxt].norm in words or toks[nxt].key.isdigit():
        after = _neighbour(toks, nxt, +1)
        # "stopped my zoloft" is forward; "stopped it" refers back
        return not (after is not None and after in reading.name_at and toks[nxt].norm != "it")
    return len(cue.phrase) > 1 and cue.phrase[0] not in {"stopped", "quit", "dropped"}


def _group_before(reading: _Reading, before: list[_Name], at: int) -> list[_Name]:
    """The names in the list right before token `at` ("prozac and zoloft years ago": both)."""
    toks = reading.toks
    group = [before[-1]]
    for name in reversed(before[:-1]):
        between = range(name.last, group[0].first)
        if all(
            not toks[j].key
            or toks[j].norm in {"and", "or", "plus", "also"}
            or toks[j].key.isdigit()
            or toks[j].norm in {"mg", "mcg", "g", "iu", "ml"}
            for j in between
        ):
            group.insert(0, name)
        else:
            break
    # "I take 5htp, zoloft I stopped last year": a new subject between -> only the last name
    if any(toks[j].norm == "i" for j in range(group[-1].last, at)):
        return group[-1:]
    return group


def _back_targets(reading: _Reading, cue: _Cue, previous: list[_Name]) -> list[_Name]:
    toks = reading.toks
    following = {toks[j].norm for j in range(cue.last, min(len(toks), cue.last + 3))}
    if following & _PRONOUN_ONE:
        return previous[-1:]
    return previous


# ---- the whole message


def _resolve(names: list[_Name], original: str, toks: Sequence[_Tok]) -> list[Mention]:
    chosen: dict[str, Mention] = {}
    for name in names:
        if name.dropped:
            continue
        role = name.role or "current"
        start, end = toks[name.first].start, toks[name.last - 1].end
        for entry in name.entries:
            mention = Mention(
                canonical=entry.canonical,
                kind=entry.kind,
                role=role,
                start=start,
                end=end,
                text=original[start:end],
                classes=entry.classes,
            )
            held = chosen.get(entry.canonical)
            if held is None or (held.role != "current" and role == "current"):
                chosen[entry.canonical] = mention
    return sorted(chosen.values(), key=lambda m: (m.start, m.canonical))


def _extract(text: str) -> list[Mention]:
    engine = _engine()
    folded = text.translate(_QUOTES)  # same length: offsets stay those of `text`
    doc = engine.nlp.make_doc(folded)
    reading = _Reading(_tokens(doc))
    _find_names(reading, engine)
    _find_context_names(reading, engine, text)
    if not reading.names:
        return []
    _find_cues(reading, engine.cues)
    _drop_lab_and_food_words(reading)
    _read_roles(reading, engine.cues)
    return _resolve(reading.names, text, reading.toks)


def extract(text: str) -> list[Mention]:
    """Every medication and supplement named in one patient message, with its role.

    Pure and fast (well under 2 ms for a normal message after ``warm_up``); never raises: a
    message it cannot read gives [] and a warning without the text (health data).
    """
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        return _extract(text[:5000])
    except Exception as error:  # noqa: BLE001 - a chat message must never break the pipeline
        log.warning(
            "medication extraction failed (%s) on a message of %d characters",
            type(error).__name__,
            len(text),
        )
        return []
