"""Which earlier question a patient names when they ask to change an answer.

"change my answer to the sleep question", "can I change what I said about feeling tired",
"I want to change question 3", "go back to the stress questions", "my medicines were wrong".
The reply is read against the questions already answered in this intake:

* a question number ("question 3", "Q3", "the third question"): the question shown as
  "Question 3 of N" in the part named in the same reply, else in the current part, else in
  the part answered last;
* key words of a question's text ("tired" -> PHQ-9 "Feeling tired or having little energy"),
  compared by their stems ("sleeping" ~ "sleep", "worried" ~ "worrying");
* a part's name: the instrument file's `topics` ("mood", "sleep", "stress") or short name
  ("PHQ-9"): every answered question of that part when the reply speaks of the part ("the
  stress questions") or no question's words fit, so the patient chooses; "the sleep
  question" is the questions whose words say sleep;
* the medicines ("medication", "pills", "supplements"): the medicines read-back.

Nothing is guessed: several questions that fit equally well are all offered (the engine asks
which, with buttons), and a reply that names none returns None (the engine then changes the
latest answer, as for "go back").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.instruments import Instrument, Item

MEDICINES = "medicines"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that say which part or question without being about its content, or that appear in
# both requests to change and question texts ("earlier", "going", "last"): never key words.
_GENERIC = _words(
    """a about above after again all also am an and answer answered answers any are as at
    back be been before being bit but by can cant change changed changing could day days did
    do doing done during earlier earliest edit else enough even ever every fix for from gave
    get go going gone got had happen happened has have having how i if in into is it its just
    last like little lot made make me mean meant might more most much my no not now number of
    off on once one ones or other others our out over part people please previous put question
    questions really said say section so some something such than that the their them then
    there these they thing things this those time to too trouble typical up us usual very
    want wanted was way we week weeks were what when where which while who why will with
    would wrong you your yourself actually sorry wait oops feel feeling felt first second
    third fourth fifth final top well
    half several nearly never sometimes often always rarely fairly almost hardly somewhat
    difficult extremely slightly markedly yes none zero daily everyday constantly mostly
    usually"""
)  # the last lines: answer words ("actually more than half") name no question
_MEDICINE_WORDS = _words(
    """medicine medicines medication medications meds med pills pill tablets tablet
    prescription prescriptions prescribed supplement supplements vitamins vitamin drugs"""
)
# A part rather than one question: "the stress questions", "the sleep part".
_PART_WORDS = _words("questions ones part section bit answers lot")
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10,
}  # fmt: skip
_NUMBER_RE = re.compile(
    r"\b(?:question|questions|number|no|item|q)\s*(\d{1,2}|"
    + "|".join(_NUMBER_WORDS)
    + r")\b|\b("
    + "|".join(_ORDINALS)
    + r")\s+(?:question|one)\b"
)
_SUFFIXES = (
    "ation",
    "ness",
    "ingly",
    "edly",
    "able",
    "ing",
    "ies",
    "ed",
    "es",
    "ly",
    "s",
    "y",
    "e",
)


@dataclass(frozen=True)
class Answered:
    """A question answered (or skipped, or left unanswered) earlier in this intake."""

    instrument: Instrument
    item: Item

    @property
    def key(self) -> str:
        return f"{self.instrument.id}:{self.item.id}"

    @property
    def number(self) -> int:
        """The number the patient saw ("Question 3 of 9"), else the item's place in its part."""
        scored = [i.id for i in self.instrument.scored_items]
        if self.item.id in scored:
            return scored.index(self.item.id) + 1
        return [i.id for i in self.instrument.items].index(self.item.id) + 1


@dataclass(frozen=True)
class Named:
    """What the reply names: candidate questions (step keys, in intake order) or the
    medicines; `words` are the words that named them (enough to find them again)."""

    keys: tuple[str, ...]
    words: str
    medicines: bool = False


def _normalize(text: str) -> str:
    t = text.lower().replace("\u2019", "'")
    t = re.sub(r"\b(phq|gad|pss|who)[\s-]+(\d+)\b", r"\1\2", t)  # "PHQ-9" -> "phq9"
    t = re.sub(r"\bq\s*(\d)", r"question \1", t)  # "Q3" -> "question 3"
    t = t.replace("'", "")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", t).split())


def _stem(word: str) -> str:
    for _ in range(2):
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                break
    return word.removesuffix("i")


def _same_stem(a: str, b: str) -> bool:
    """Equal stems, or a shared beginning of 5+ letters ("concentr-", "irrit-")."""
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= 5


def _content_stems(text: str) -> set[str]:
    return {_stem(w) for w in _normalize(text).split() if w not in _GENERIC and not w.isdigit()}


def _topic_named(norm: str, inst: Instrument) -> str | None:
    """The topic (or short name) of `inst` that `norm` uses, if any."""
    words = set(norm.split())
    stems = {_stem(w) for w in words}
    for topic in (*inst.topics, _normalize(inst.short_name)):
        if " " in topic:
            if re.search(rf"\b{re.escape(topic)}\b", norm):
                return topic
        elif topic in words or _stem(topic) in stems:
            return topic
    return None


def _number(norm: str) -> int | None:
    m = _NUMBER_RE.search(norm)
    if m is None:
        return None
    if m.group(1):
        word = m.group(1)
        return int(word) if word.isdigit() else _NUMBER_WORDS[word]
    return _ORDINALS[m.group(2)]


def named_questions(
    text: str, answered: Sequence[Answered], current_instrument: str | None
) -> Named | None:
    """The earlier questions `text` names, or None when it names none (see the module doc).

    `answered` is in intake order; `current_instrument` is the part being asked now.
    """
    norm = _normalize(text)
    if not norm or not answered:
        return None
    instruments = {a.instrument.id: a.instrument for a in answered}
    topics = {i: t for i, inst in instruments.items() if (t := _topic_named(norm, inst))}
    number = _number(norm)
    if number is not None:
        if len(topics) == 1:
            part = next(iter(topics))
        elif current_instrument in instruments:
            part = str(current_instrument)
        else:
            part = answered[-1].instrument.id
        keys = tuple(a.key for a in answered if a.instrument.id == part and a.number == number)
        words = " ".join([*topics.values(), f"question {number}"])
        return Named(keys, words) if keys else None

    stems = _content_stems(norm)
    topic_stems = {_stem(t) for inst in instruments.values() for t in inst.topics}
    best: list[Answered] = []
    best_score = 0
    matched: set[str] = set()
    for a in answered:
        item_stems = _content_stems(a.item.text)
        hits = {s for s in stems if any(_same_stem(s, i) for i in item_stems)}
        if not hits:
            continue
        matched |= hits
        if len(hits) > best_score:
            best, best_score = [a], len(hits)
        elif len(hits) == best_score:
            best.append(a)
    about_content = bool(matched - topic_stems)  # a word of the question, not only its part
    chosen = {a.key for a in best}
    whole_part = bool(_PART_WORDS & set(norm.split())) or not chosen  # "the mood questions"
    if topics and not about_content and whole_part:
        chosen |= {a.key for a in answered if a.instrument.id in topics}
    if chosen:
        named_words = sorted({*topics.values(), *(w for w in norm.split() if _stem(w) in matched)})
        if topics and whole_part:
            named_words.append("questions")
        return Named(tuple(a.key for a in answered if a.key in chosen), " ".join(named_words))
    if _MEDICINE_WORDS & set(norm.split()):
        return Named((), MEDICINES, medicines=True)
    return None


# Words a patient uses when they want to change something already said. A reply without any
# of them is an answer, whatever the intent classifier thought ("sometimes" to a PSS-10
# question was once classified as a correction and changed the previous answer).
_CORRECTION_CUE = re.compile(
    r"\b(actually|change|changing|changed|go(ing)? back|back to|earlier|previous|before|last"
    r"|meant|mean|wrong|mistake|mis-?clicked|misread|typo|correct|correction|instead|undo"
    r"|redo|edit|fix|oops|sorry|not what i|i said|i answered|i put|i picked|i chose|i tapped)\b",
    re.IGNORECASE,
)


def asks_to_change(text: str) -> bool:
    """True when the reply holds words of a correction ("actually", "go back", "I meant")."""
    return bool(_CORRECTION_CUE.search(text or ""))
