"""A small typo allowance for names: "sertaline" -> sertraline, "st jons wort" -> St John's wort.

Symmetric-delete look-up (as in SymSpell): every lexicon key's deletion variants are indexed
once, so a word is checked with a few dictionary look-ups and a handful of edit distances
instead of a distance to every name. Words in `not_fuzzy` (lexicon.yml) never match, names in
`exact_only` are never reached by a typo, and short words must keep their first letter.
"""

from __future__ import annotations

from bot.meds.lexicon import Lexicon
from bot.text_distance import edit_distance


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


class TypoIndex:
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
            distance = edit_distance(word, key, allowed)
            if distance <= allowed:
                scored.append((distance, key))
        if not scored:
            return None
        scored.sort()
        top = [k for d, k in scored if d == scored[0][0]]
        meanings = {tuple(e.canonical for e in self._lexicon.by_key[k]) for k in top}
        return top[0] if len(meanings) == 1 else None
