"""One message as the extractor reads it: tokens with their keys and norms, the names and cue
phrases found in them. Shared by names.py (what is named) and roles.py (whether it is taken)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.meds.context import Phrase
from bot.meds.lexicon import Entry, key_of

if TYPE_CHECKING:  # spaCy is imported lazily: importing it is slow
    from spacy.language import Language
    from spacy.tokens import Doc

QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201b": "'", "`": "'", "\u00b4": "'"})
_CONTRACTION_PARTS = frozenset(
    {"n't", "nt", "'m", "m", "'ve", "ve", "'re", "re", "'ll", "ll", "ca", "wo", "gon", "na", "wan"}
)


def make_nlp() -> Language:
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


def norm(token_lower: str, token_norm: str) -> str:
    # spaCy's contraction table says "did" for "do" in "didn't"; keep the word unless it is a
    # contraction piece ("n't" -> "not", "'m" -> "am").
    return token_norm if token_lower in _CONTRACTION_PARTS else token_lower


@dataclass
class Tok:
    text: str
    start: int
    end: int
    key: str
    norm: str
    space_after: bool
    is_space: bool


@dataclass
class Name:
    first: int  # token indices, end exclusive
    last: int
    entries: tuple[Entry, ...]
    role: str | None = None  # after the forward reading: None = nothing said
    explicit: bool = False  # the role came from a cue that a later cue may not override
    started: bool = False  # "started X two weeks ago": a time phrase after it dates the start
    prescribed: bool = False  # "was prescribed X last week": a recent time does not end it
    clause: int = 0
    inherited: bool = False  # the role came down a list ("I was on prozac, zoloft ...")
    dropped: bool = False  # someone else's


@dataclass
class Cue:
    first: int
    last: int  # end exclusive
    phrase: Phrase
    names: frozenset[str]


@dataclass
class Reading:
    toks: list[Tok]
    names: list[Name] = field(default_factory=list)
    cues: dict[int, Cue] = field(default_factory=dict)  # first token -> cue
    name_at: dict[int, Name] = field(default_factory=dict)  # first token -> name
    covered: set[int] = field(default_factory=set)  # tokens inside a name


def tokens(doc: Doc) -> list[Tok]:
    out = []
    for t in doc:
        out.append(
            Tok(
                text=t.text,
                start=t.idx,
                end=t.idx + len(t.text),
                key=key_of(t.text),
                norm="\n" if "\n" in t.text else norm(t.lower_, t.norm_),
                space_after=bool(t.whitespace_) or t.is_space,
                is_space=t.is_space,
            )
        )
    return out


def neighbour(toks: Sequence[Tok], i: int, step: int) -> int | None:
    j = i + step
    while 0 <= j < len(toks) and toks[j].is_space:
        j += step
    return j if 0 <= j < len(toks) else None
