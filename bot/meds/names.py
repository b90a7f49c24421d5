"""What a message names: lexicon names, typos of them, and words that are names only in context.

At each token the keys (letters and digits, lexicon.py) of up to eight adjacent tokens are
joined and the longest join that is a lexicon key wins. Joining keys instead of listing every
spacing in a PhraseMatcher makes "5htp", "5-HTP" and "5 htp" one name; tokens apart by a space
join only where some spelling of the name has a separator ("gab a" is not GABA). A token (or a
2-4 token join that starts or ends like a multi-word name: "st jons wort") that matches nothing
is tried with the typo allowance (typos.py).

Context aliases ("same" for SAMe) count only when written as the name ("SAMe", "SAM-e") or in
a list with another name, after a taking verb, or before a dose: never in "the same".
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.meds.lexicon import Entry, Lexicon, key_of
from bot.meds.reading import Name, Reading, Tok, neighbour
from bot.meds.typos import TypoIndex

MAX_JOIN = 8  # tokens joined into one name ("n acetyl l tyrosine", "omega 3 fish oil")
_GLUE = frozenset({"-", "'", ".", "/", "'s"})  # may sit inside a name: "st. john's", "l-dopa"
_TYPO_CACHE = 8192


class NameFinder:
    """The lexicon index, the typo index and the words multi-word names start or end with."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.typos = TypoIndex(lexicon)
        first: set[str] = set()
        last: set[str] = set()
        for entry in lexicon.entries:
            for name in (entry.canonical, *entry.aliases):
                words = [key_of(w) for w in name.replace("-", " ").split()]
                if len(words) > 1 and len(words[0]) > 1:
                    first.add(words[0])
                if len(words) > 1 and len(words[-1]) > 1 and not words[-1].isdigit():
                    last.add(words[-1])
        # a typo allowance is tried on joins that start or end like a multi-word name
        self.multi_first = frozenset(first)
        self.multi_last = frozenset(last)
        self._typo_cache: dict[str, str | None] = {}

    def typo_of(self, word: str) -> str | None:
        """The lexicon key `word` is a typo of (cached: chat repeats its words)."""
        if word not in self._typo_cache:
            if len(self._typo_cache) >= _TYPO_CACHE:
                self._typo_cache.clear()
            self._typo_cache[word] = self.typos.match(word)
        return self._typo_cache[word]


def find_names(reading: Reading, finder: NameFinder) -> None:
    toks, lexicon = reading.toks, finder.lexicon
    i = 0
    while i < len(toks):
        if not toks[i].key or toks[i].text.startswith("'"):
            i += 1
            continue
        found = _longest_name(toks, i, lexicon)
        if found is None:
            found = _fuzzy_name(toks, i, finder)
        if found is None:
            i += 1
            continue
        last, entries = found
        name = Name(i, last, entries)
        reading.names.append(name)
        reading.name_at[i] = name
        reading.covered.update(range(i, last))
        i = last


def _joins(toks: Sequence[Tok], i: int) -> list[tuple[int, str, list[int]]]:
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
    toks: Sequence[Tok], i: int, lexicon: Lexicon
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
    toks: Sequence[Tok], i: int, finder: NameFinder
) -> tuple[int, tuple[Entry, ...]] | None:
    lexicon = finder.lexicon
    for end, key, _spaces in reversed(_joins(toks, i)[:4]):
        if end - i < 2:
            continue
        if toks[i].key in finder.multi_first or toks[end - 1].key in finder.multi_last:
            hit = finder.typo_of(key)
            if hit is not None:
                return end, lexicon.by_key[hit]
    hit = finder.typo_of(toks[i].key)
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


def find_context_names(reading: Reading, finder: NameFinder, original: str) -> None:
    toks, lexicon = reading.toks, finder.lexicon
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
            name = Name(i, end, entries)
            reading.names.append(name)
            reading.name_at[i] = name
            reading.covered.update(range(i, end))
        i = end
    reading.names.sort(key=lambda n: n.first)


def _context_says_name(reading: Reading, i: int, end: int, original: str) -> bool:
    toks = reading.toks
    raw = original[toks[i].start : toks[end - 1].end]
    if any(not ch.isalnum() for ch in raw) or raw in ("SAMe", "SAMe's"):
        return True  # "SAM-e", "S.A.M.e", "SAMe": written as the name
    prev = neighbour(toks, i, -1)
    nxt = neighbour(toks, end - 1, +1)
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


def _next_to_name(reading: Reading, i: int, step: int) -> bool:
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
