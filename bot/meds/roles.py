"""Whether each name is taken now: roles from the cue words around it (context.yml).

A clause-by-clause reading, left to right: the nearest cue before a name decides (negated,
past, hypothetical -> negated, current); then cues after a name ("prozac years ago",
"zoloft - stopped it", "5-HTP: no"), clauses that refer back ("I was prescribed prozac but
never took it"), answers to a question ("sertraline? no"), and sentences about someone else
("my mum takes lithium": dropped, unless the patient shares it: "... and so do I"). The rules
are described with the word lists in context.yml.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.meds.context import Cues
from bot.meds.reading import Cue, Name, Reading, neighbour

_PRONOUN_ONE = frozenset({"it", "that", "this"})
_PRONOUN_ALL = frozenset({"them", "those", "both", "all", "these"})
_NOW_WORDS = frozenset({"now", "currently", "still", "presently", "at", "right", "nowadays", "atm"})
_START_WORDS = frozenset({"started", "starting", "began", "restarted", "start", "put"})
# Recent times that do not end a prescription: "I was prescribed citalopram last week".
_RECENT = frozenset(
    {("last", "week"), ("last", "month"), ("weeks", "ago"), ("days", "ago"), ("recently",)}
)
_ARROWS = ("\u2192", "->", "=>", "\u27f6")
_ANSWER_NO = frozenset({"no", "nope", "nah", "never", "not"})
_TIME_AFTER = frozenset({"ago", "last", "in", "since", "years", "months", "weeks", "back"})


def find_cues(reading: Reading, cues: Cues) -> None:
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
                found = Cue(i, end, phrase, cues.names_of[phrase])
                break
        if found is None:
            i += 1
            continue
        reading.cues[i] = found
        i = found.last


def drop_lab_and_food_words(reading: Reading) -> None:
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


def _cue_right_after(reading: Reading, at: int, list_name: str) -> bool:
    toks = reading.toks
    j = at
    while j < len(toks) and (toks[j].is_space or toks[j].text in {"-", ","}):
        j += 1
    cue = reading.cues.get(j)
    return cue is not None and list_name in cue.names


def _cue_right_before(reading: Reading, at: int, list_name: str) -> bool:
    """A cue of `list_name` ends right before token `at`, or before the list it is in
    ("deficient in vitamin D and B12")."""
    toks = reading.toks
    ends = {
        cue.last
        for i in range(max(0, at - 12), at)
        if (cue := reading.cues.get(i)) is not None and list_name in cue.names
    }
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


def _sentences(reading: Reading) -> list[tuple[int, int]]:
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


def _clauses(reading: Reading, cues: Cues, lo: int, hi: int) -> list[tuple[int, int]]:
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


def _has_today(reading: Reading, lo: int, hi: int) -> bool:
    return any(
        (cue := reading.cues.get(i)) is not None and "today_words" in cue.names
        for i in range(lo, hi)
    )


def _valid_negation(reading: Reading, cues: Cues, cue: Cue) -> bool:
    toks = reading.toks
    head = cue.phrase[0]
    if len(cue.phrase) > 1 and head not in {"not", "never", "no"}:
        return True
    nxt = neighbour(toks, cue.last - 1, +1)
    if head == "no" and len(cue.phrase) == 1:
        interjection = nxt is None or toks[nxt].norm in cues.words["no_interjection"]
        return not interjection and bool(nxt is not None and toks[nxt].key)
    if head in {"not", "never"} and len(cue.phrase) == 1:
        fillers = cues.words["not_fillers"]
        j = nxt
        while j is not None and toks[j].norm in fillers and j not in reading.covered:
            j = neighbour(toks, j, +1)
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


def read_roles(reading: Reading, cues: Cues) -> None:
    toks = reading.toks
    switch_words = {p[0] for p in cues.phrases["switch_verbs"]}
    self_heads = {p[0] for p in cues.phrases["self"] if len(p) == 1}
    clause_index = 0
    previous_clause_names: list[Name] = []
    sentences = _sentences(reading)
    for s_lo, s_hi in sentences:
        today = _has_today(reading, s_lo, s_hi)
        others = False
        clinician_seen = False
        self_again: int | None = None  # where the patient comes back after someone else
        sentence_names: list[Name] = []
        for c_lo, c_hi in _clauses(reading, cues, s_lo, s_hi):
            clause_index += 1
            state = _State()
            names_here: list[Name] = []
            i = c_lo
            while i < c_hi:
                name = reading.name_at.get(i)
                if name is not None:
                    name.role, name.explicit, name.clause = state.role, state.explicit, clause_index
                    name.inherited = state.moved_on and state.role is not None
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
                    # "not prozac, lexapro": a contrast, not a list
                    contrast = state.bare_not and cue.phrase in ((",",), ("-",))
                    ends_list = not state.after_name and not state.sticky
                    if (ends_list and state.role != "current") or contrast:
                        state.role, state.explicit = None, False
                    state.moved_on = True
                someone_elses = cue.phrase in (("my",), ("our",)) and _others_next(reading, cue)
                if ("self" in names or self_heads.intersection(cue.phrase)) and not someone_elses:
                    if others and self_again is None:
                        self_again = i
                    others = False
                    # "I", "we", "me" move the sentence on; "my" does not ("not taking my lithium")
                    subject = cue.phrase[0] in {"i", "we", "me"}
                    if subject and not state.hypothetical:  # "wondering if I can take tyrosine"
                        state.moved_on = True
                if "others" in names and not _possessive(reading, cue):
                    pronoun = cue.phrase[0] in {"he", "she", "his", "him", "hers", "he's", "she's"}
                    if not (pronoun and clinician_seen):
                        others = True
                if others and "hypothetical" in names:
                    others = False  # "my sister recommended 5htp": advice to the patient
                _apply_cue(state, cue, reading, cues, today, switch_words)
                if not joiner and "self" not in names:
                    state.after_name = False
                i = cue.last
            _read_after(
                reading, cues, (c_lo, c_hi), names_here, previous_clause_names, sentence_names
            )
            if names_here:
                previous_clause_names = names_here
            sentence_names = sentence_names + names_here
        if self_again is not None:
            _shared_with_someone_else(reading, s_lo, s_hi, self_again)
    _answers_to_questions(reading, sentences)
    _histories(reading, sentences)


def _apply_cue(
    state: _State, cue: Cue, reading: Reading, cues: Cues, today: bool, switch_words: set[str]
) -> None:
    """What one cue does to the state the following names take (rules in context.yml)."""
    names = cue.names
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
    elif "current" in names or "switched_after" in names:
        adverb = cue.phrase[0] in _NOW_WORDS
        planned = state.hypothetical and not state.moved_on  # "considering going back on X"
        if not (adverb and state.role == "negated" and not state.moved_on) and not planned:
            state.set("current")  # but "not currently taking" stays negated
    elif "weak_current" in names and (state.role in (None, "current") or state.moved_on):
        state.set("current", explicit=False)
        state.started = cue.phrase[0] in _START_WORDS
        state.prescribed = "prescribed" in cue.phrase
    if "switch_verbs" in names or cue.phrase[0] in switch_words:
        if len(cue.phrase) == 1:
            state.set("past")  # "swapped prozac for zoloft": the old one first
        state.switching = True


_SHARED = frozenset({"too", "also", "it", "them", "same", "both"})


def _shared_with_someone_else(reading: Reading, lo: int, hi: int, self_at: int) -> None:
    """Names the sentence gave to someone else are the patient's too (current) when the patient
    shares them: "my mum takes lithium and so do I", "... and I've just started it too"; not
    when the patient's part is negated ("... and I don't")."""
    toks = reading.toks
    after = [toks[j].norm for j in range(self_at, hi)]
    negated = any(
        (cue := reading.cues.get(j)) is not None and "negation" in cue.names
        for j in range(self_at, hi)
    )
    if negated or any(w in {"not", "never", "no"} for w in after):
        return
    last_word = next((toks[j].norm for j in range(hi - 1, self_at - 1, -1) if toks[j].key), "")
    shared = (
        bool(_SHARED.intersection(after))
        or "so" in [toks[j].norm for j in range(lo, self_at)]
        or last_word in {"do", "does"}  # "... and now I do"
    )
    if not shared:
        return
    for name in reading.names:
        if name.dropped and lo <= name.first < self_at:
            name.dropped = False
            name.role, name.explicit = "current", True


def _histories(reading: Reading, sentences: list[tuple[int, int]]) -> None:
    """A sequence that ends "now": in "lexapro, then zoloft, and now prozac" the names before
    "now" are past (a "then" before it says the sentence is a history)."""
    toks = reading.toks
    for lo, hi in sentences:
        now_at = [
            i
            for i in range(lo, hi)
            if (cue := reading.cues.get(i)) is not None
            and "current" in cue.names
            and cue.phrase[0] in {"now", "currently"}
        ]
        if not now_at:
            continue
        last_now = max(now_at)
        restated = {e.canonical for n in reading.names if n.first > last_now for e in n.entries} & {
            e.canonical for n in reading.names if lo <= n.first < last_now for e in n.entries
        }
        # "... then zoloft, now prozac"; "Effexor, Cymbalta, Pristiq - all three, currently Pristiq"
        if "then" not in {toks[j].norm for j in range(lo, last_now)} and not restated:
            continue
        for name in reading.names:
            if lo <= name.first < last_now and not name.explicit:
                name.role, name.explicit = "past", True


def _answers_to_questions(reading: Reading, sentences: list[tuple[int, int]]) -> None:
    """A name asked about and answered "no" is negated: "sertraline? no, fluoxetine"."""
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
    reading: Reading,
    cues: Cues,
    span: tuple[int, int],
    names_here: list[Name],
    previous: list[Name],
    previous_in_sentence: list[Name],
) -> None:
    """Cues after a name ("prozac years ago", "zoloft, now"), and clauses without a name that
    refer back to the previous clause ("... but never took it")."""
    lo, hi = span
    toks = reading.toks
    for name in names_here:
        # "Magnesium yes, melatonin no": a bare "no" right after a name, ending the phrase
        answer = neighbour(toks, name.last - 1, +1)
        if answer is not None and toks[answer].norm in _ANSWER_NO - {"not"}:
            after = neighbour(toks, answer, +1)
            if after is None or not toks[after].key:
                name.role, name.explicit = "negated", True
    for earlier, later in zip(names_here, names_here[1:], strict=False):
        between = "".join(toks[j].text for j in range(earlier.last, later.first))
        if any(arrow in between for arrow in _ARROWS) and not earlier.explicit:
            earlier.role, earlier.explicit = "past", True  # "zoloft -> prozac -> lexapro"
    for i in range(lo, hi):
        cue = reading.cues.get(i)
        if cue is None:
            continue
        before = [n for n in names_here if n.last <= i]
        if "frequency_after" in cue.names and before and before[-1].role == "negated":
            if cue.first - before[-1].last <= 1:
                before[-1].role, before[-1].explicit = "current", True  # "not ... every day"
            continue
        if "current_after" in cue.names and before and not _name_follows(reading, cue):
            last = before[-1]
            gap = [j for j in range(last.last, i) if toks[j].key]
            # "I'm off prozac now" stays past; "I was on 20mg citalopram, now 40mg" is a new dose
            after = neighbour(toks, cue.last - 1, +1)
            new_dose = after is not None and toks[after].key.isdigit()
            direct = last.explicit and not last.inherited and not new_dose
            if len(gap) <= 3 and not direct:
                last.role, last.explicit = "current", True
            continue
        if "switched_after" in cue.names:
            # "Lexapro was switched to Zoloft"; "zoloft stopped working so I switched to lexapro"
            olds = _group_before(reading, before, i) if before else previous_in_sentence
            for name in olds:
                if not (name.role == "current" and name.explicit):
                    name.role, name.explicit = "past", True
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
        if i > 0 and toks[i - 1].norm in {"since", "from", "as", "than"}:
            continue  # "on zoloft since last year", "the same one as before"
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


def _taken_between(reading: Reading, lo: int, hi: int) -> bool:
    """A current cue between a name and a later time phrase: the time dates that, not a stop."""
    return any(
        (cue := reading.cues.get(j)) is not None
        and ("current" in cue.names or "weak_current" in cue.names)
        for j in range(lo, hi)
    )


def _others_next(reading: Reading, cue: Cue) -> bool:
    """ "my" / "our" before someone else ("my sister"): not the patient speaking."""
    following = reading.cues.get(cue.last)
    return following is not None and "others" in following.names


def _possessive(reading: Reading, cue: Cue) -> bool:
    """Someone else's name used as a possessive, not as the subject: "my husband's tramadol"."""
    toks = reading.toks
    if cue.last >= len(toks) or toks[cue.last].norm != "'s":
        return False
    after = neighbour(toks, cue.last, +1)
    return after is not None and (
        after in reading.name_at
        or toks[after].norm in {"meds", "medication", "medicine", "pills", "prescription"}
    )


def _name_follows(reading: Reading, cue: Cue) -> bool:
    """A name after the cue before any punctuation (up to five words): the cue is about that
    name ("... and now I'm on prozac"), not the one before it."""
    toks = reading.toks
    j = neighbour(toks, cue.last - 1, +1)
    for _ in range(5):
        if j is None or not toks[j].key:
            return False
        if j in reading.name_at:
            return True
        j = neighbour(toks, j, +1)
    return False


def _refers_back(reading: Reading, cues: Cues, cue: Cue, names_here: list[Name]) -> bool:
    """A past_after cue refers back unless it takes a new object ("stopped drinking") or the
    next name right after it ("stopped prozac": a forward cue)."""
    toks = reading.toks
    nxt = neighbour(toks, cue.last - 1, +1)
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
        ahead = neighbour(toks, ahead, +1)
    if "past_time" in cue.names or cue.phrase[0] in {
        "ago",
        "previously",
        "anymore",
        "until",
        "till",
    }:
        return True
    if {"it", "them"} & set(cue.phrase):
        return True  # "stopped it", "came off them": the object is the name before
    words = cues.words["past_after_objects"]
    if toks[nxt].norm in words or toks[nxt].key.isdigit():
        after = neighbour(toks, nxt, +1)
        # "stopped my zoloft" is forward; "stopped it" refers back
        return not (after is not None and after in reading.name_at and toks[nxt].norm != "it")
    return len(cue.phrase) > 1 and cue.phrase[0] not in {"stopped", "quit", "dropped"}


def _group_before(reading: Reading, before: list[Name], at: int) -> list[Name]:
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


def _back_targets(reading: Reading, cue: Cue, previous: list[Name]) -> list[Name]:
    toks = reading.toks
    following = {toks[j].norm for j in range(cue.last, min(len(toks), cue.last + 3))}
    if following & _PRONOUN_ONE:
        return previous[-1:]
    return previous
