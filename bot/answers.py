"""Free-text replies -> answer options, with "unclear" (None) as a real outcome.

Safety rule (CLINICAL.md section 11): a reply that is not clearly one option returns None, so
the question is asked again. Nothing here guesses, and nothing defaults to 0.

How a reply is read (the same small engine serves every scale and parse_yes_no):

1. Guards. Empty, whitespace-only, emoji-only and very long replies (> MAX_REPLY_CHARS, a story
   rather than an answer to one question) give None. A reply that is only a number (``2``,
   ``2.``) is an option's score (not a button position): the option with that score, or None
   when no option has it (or when the scale says ``numbers: ask``; see Numbers below). The
   two-week NLU entity (match_frequency) reads only 0 and 1 so: a bare "2" or "3" may be a
   day count as well as a score (session 4), so it is asked again there; the form, which
   prints the scores, still reads it as the score.
2. Normalising. Lower case, curly quotes folded, ``n't`` expanded to ``not``, punctuation turned
   into a clause break ``,``, number words ``zero``..``twenty`` turned into digits,
   ``24/7`` -> ``all the time``, ``9/14`` -> ``9 out of 14``, ``3-4`` -> ``3 to 4``.
3. Phrase hits. Every lexicon rule (a regular expression over whole words) is run and each match
   is a candidate hit with an option value or a marker. Overlapping candidates are settled by
   the longest match (then the earlier rule), so "not every day" beats "every day", "more than
   a week" beats "a week" and "twice a week" beats "twice". Short words that are only
   answers when they stand alone ("no", "never", "several", "most", "hardly") must fill a clause
   or one side of an "or". Day counts are computed: N of the 14 days gives 0 -> not_at_all,
   1-6 -> several_days, exactly 7 (half) -> unclear (see below), 8-11 -> more_than_half,
   12-14 -> nearly_every_day, more than 14 -> unclear; "N days a week" counts 2N.
4. Negation. A valued hit preceded, in the same clause and within NEG_WINDOW words, by "not",
   "no", "never", "hardly" or "barely" that is not itself part of another hit, is negated.
   "but", "and", "just", "only" and commas end a clause. A negated value is dropped; it only
   tells us the reply is not a plain zero ("no, not every day" is not "never").
5. Decision. Any unclear marker (``I don't know``, ``it depends``, ``what does .. mean``, a
   count outside the window, roughly half) makes the whole reply unclear. Otherwise the
   reply must name exactly one value: two different values from non-overlapping phrases
   ("several days or nearly every day", "rarely, but lately every day") give None. A zero
   answer that is hedged ("maybe", "I think", "I don't think so", a question mark) or sits next
   to a negated value gives None: a 0 is not reassurance (CLINICAL.md section 1, item 9).
   Exception (session 4): a soft zero on its own ("not really", "never really", "not that
   I've noticed", "I guess not at all") is not_at_all, as every blind writer of the labelled
   sets records it, except with ``firm_zero`` (PHQ-9 item 9), where it is asked again.

Scales: match_option reads the labels and values of any scale (whole, or an unambiguous
beginning such as "more than half"). A scale's reader (``Scale.reader``, else its id) adds a
phrase lexicon: ``frequency`` (two-week, PHQ-9/GAD-7), ``difficulty`` (PHQ-9 item 10),
``how_often`` (PSS-10, 0 never .. 4 very often), ``ais_severity`` (the AIS items' 0-3 levels)
and ``who5_time`` (WHO-5, 0 at no time .. 5 all of the time); any other scale gets labels
only. The last three name answers by score ("quite a lot" -> 2 on the AIS), read as the
scale's option with that score, so one lexicon serves items with different answer wording.
On those three, "I'd say"/"I reckon" also hedge a zero.

Numbers: a reply that is only a number is the option with that score when the scale says
``numbers: score`` (the default: the published form prints the scores beside the answers,
e.g. PSS-10 "3" = fairly often). A scale that says ``numbers: ask`` (e.g. a PROMIS 1-5 pack,
where a number could be a button position or a score and reversed items make them differ,
and the chat buttons show words) asks again. A number that no option scores is asked again.

parse_yes_no is stricter, as consent should be plain: any hedge or question mark gives None.


The engine is bot/answer_engine.py, the two-week reader bot/frequency_reader.py (its
deliberate choices are in its docstring); this module reads every other scale and yes/no.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.answer_engine import (
    NO,
    QUOTES,
    UNCLEAR,
    UNCLEAR_SPECS,
    YES,
    Reading,
    Rule,
    Value,
    alone,
    bare_number,
    compile_rules,
    decide,
    is_hedged,
    normalize,
    phrase,
    read_phrases,
    too_long_or_empty,
)
from bot.frequency_reader import NOT_AT_ALL, frequency_reply_is_vague, match_frequency

if TYPE_CHECKING:  # only the type: this module needs nothing outside the standard library
    from bot.instruments import Scale

__all__ = [
    "NOT_AT_ALL",
    "frequency_reply_is_vague",
    "match_frequency",
    "match_option",
    "parse_age",
    "parse_yes_no",
]

AGE_MIN, AGE_MAX = 5, 120

NOT_DIFFICULT = "not_difficult"
SOMEWHAT_DIFFICULT = "somewhat_difficult"
VERY_DIFFICULT = "very_difficult"
EXTREMELY_DIFFICULT = "extremely_difficult"


# --------------------------------------------------------------------------------------------
# Item 10 difficulty scale, and any other scale


_HARD = r"(?:hard|difficult|tough|tricky|challenging|a struggle|rough)"
_DIFFICULTY_SPECS: list[tuple[str, Value]] = UNCLEAR_SPECS + [
    (phrase(rf"not (?:at all |really )?{_HARD}(?: at all)?|not at all(?: {_HARD})?"
             r"|not (?:a problem|an issue)(?: at all)?|easy|no (?:difficulty|difficulties"
             r"|problems?|trouble|issues?|impact|effect)(?: at all)?|not affected"
             r"|(?:has|have|did|does|do) not (?:affected|impacted|bothered|been (?:a problem"
             r"|an issue|difficult|hard))(?: (?:me|it|my \w+))?(?: at all)?"
             r"|(?:it|its|it is|it was|it has been|been|that is|thats) (?:fine|ok|okay|alright"
             r"|all right)"), NOT_DIFFICULT),
    (alone(r"no|nope|nah|none|fine|all good"), NOT_DIFFICULT),
    (phrase(rf"somewhat(?: {_HARD})?|(?:a (?:little|bit)(?: bit)?|slightly|mildly|kind of"
             rf"|kinda|sort of|sorta|a tad|a touch)(?: of)? {_HARD}|a bit of a (?:struggle"
             r"|challenge)|some (?:difficulty|difficulties|trouble|problems?|impact)"
             r"|manageable"), SOMEWHAT_DIFFICULT),
    (alone(r"a little(?: bit)?|a bit|slightly|mildly"), SOMEWHAT_DIFFICULT),
    (phrase(rf"(?:very|really|pretty) {_HARD}|(?:a lot of|lots of|a great deal of|major|big"
             r"|serious|real) (?:difficulty|difficulties|trouble|problems)|a real struggle"),
     VERY_DIFFICULT),
    (alone(r"very"), VERY_DIFFICULT),
    (phrase(rf"extremely(?: {_HARD})?|extreme|(?:nearly |almost |virtually |basically )?"
             rf"impossible|unbearable|unmanageable|debilitating|incredibly {_HARD}"
             r"|(?:can|could) not (?:function|cope|work|do anything|manage|get out of bed"
             r"|leave the house)|unable to (?:function|cope|work|do anything|manage"
             r"|get out of bed|leave the house)"), EXTREMELY_DIFFICULT),
    # "quite hard" (UK: somewhat; US: very), "not very hard", "not too bad", "so hard" and a
    # bare "hard"/"difficult" have no rule on purpose: they are asked again.
]  # fmt: skip
_DIFFICULTY_RULES = compile_rules(_DIFFICULTY_SPECS)

# --------------------------------------------------------------------------------------------
# Other scales. Their lexicons name an answer by its score on the form ("@3"), which is then
# read as the scale's option with that score, so one lexicon serves every scale that shares a
# reader (the 8 AIS items each have their own answer wording, but the same 0-3 levels).


def _at(score: int) -> str:
    return f"@{score}"


_OFTEN = r"(?:often|frequently|regularly)"
# "once a week" over a month is neither "once" nor a word on these scales: asked again.
_RATE_SPECS: list[tuple[str, Value]] = [
    (phrase(r"(?:once|twice|\d+ times|a few times|few times|a couple (?:of )?times"
             r"|several times|many times) (?:a|per|each|every|in a) (?:day|week|month"
             r"|fortnight)|(?:once|twice) (?:daily|weekly|monthly)"), UNCLEAR),
]  # fmt: skip

# PSS-10, "In the last month, how often ...": 0 Never, 1 Almost never, 2 Sometimes,
# 3 Fairly often, 4 Very often (CLINICAL.md section 4). The form does not quantify the words,
# so only phrases that plainly say one of them are read; "half the time" is the middle answer.
# As on the two-week scale, "not often", "hardly ever" and "not really" are the lowest answer
# above zero, not a denial.
_HOW_OFTEN_SPECS: list[tuple[str, Value]] = UNCLEAR_SPECS + _RATE_SPECS + [
    (phrase(r"not at all|not (?:even )?once|never once|never ever|not ever|at no time"
             r"|none of the time|(?:has|have|had|did) not (?:happened|felt (?:that|like that))"),
     _at(0)),
    (phrase(r"never"), _at(0)),
    (alone(r"(?:no|nope|nah)(?: (?:never|not once))?|none|0"), _at(0)),
    (phrase(r"almost never|hardly ever|hardly|barely ever|barely|rarely|very rarely|seldom"
             r"|(?:nearly|virtually|practically) never|not (?:very |that |too |so |all that )?"
             rf"{_OFTEN}|not much|not really|once or twice|(?:a|1) couple (?:of )?times"
             r"|the odd time|once"), _at(1)),
    (phrase(r"sometimes|some times|occasionally|occasional|(?:every )?now and (?:then|again)"
             r"|from time to time|at times|some of the time|every so often|(?:every )?once in a"
             r" while|on and off|off and on|here and there|half (?:of )?the time|a few times"
             r"|some days"), _at(2)),
    (phrase(rf"(?:fairly|quite|pretty|rather|reasonably) {_OFTEN}|{_OFTEN}|quite a lot"
             r"|quite a bit|a fair (?:bit|amount)|a good deal|more often than not|usually"
             r"|most of the time|most days|a lot of the time|lots of the time|much of the time"),
     _at(3)),
    (alone(r"(?:a lot|lots)"), _at(3)),
    (phrase(rf"(?:very|really|extremely|incredibly|super) {_OFTEN}|all (?:of )?the time"
             r"|always|almost always|nearly always|constantly|constant|continually|non ?stop"
             r"|(?:pretty much |nearly |almost )?every(?: single)? day|daily|all day every day"
             r"|every waking (?:moment|hour)|a great deal"), _at(4)),
    # Comparisons say nothing about how often: asked again.
    (phrase(r"more than usual|less than usual|more (?:often )?than before|worse than before"
             rf"|(?:too|so|more|less) {_OFTEN}"), UNCLEAR),
]  # fmt: skip

# AIS answer levels, shared by its 8 items (each item's own labels are read as well):
# 0 no problem / normal, 1 slightly / a little, 2 markedly / considerably, 3 very / serious /
# did not sleep at all (Soldatos 2000). Bare "bad" or "poor" are not levels: asked again.
_AIS_SEVERITY_SPECS: list[tuple[str, Value]] = UNCLEAR_SPECS + [
    (phrase(r"no (?:problems?|issues?|trouble|difficulty)(?: at all)?|not (?:a|an) (?:problem"
             r"|issue)(?: at all)?|not at all|normal|fine|all good|ok|okay|good|very good"
             r"|really good|pretty good|quite good|great|well|very well|enough|plenty|on time"
             r"|no change|unaffected|not affected"), _at(0)),
    (alone(r"no|nope|nah|none"), _at(0)),
    (phrase(r"slightly|slight|a little(?: bit)?|a bit|a touch|somewhat|mildly|mild"
             r"|minor|a little (?:bit )?(?:longer|earlier|shorter|less|lower|worse)"
             r"|not too bad"), _at(1)),
    (phrase(r"markedly|marked|considerably|considerable|significantly|significant|noticeably"
             r"|moderately|moderate|quite a lot|quite a bit|a lot|lots|quite bad|pretty bad"
             r"|fairly bad"), _at(2)),
    (phrase(r"very|really bad|very bad|very poor|extremely|extreme|severely|severe|serious"
             r"|seriously|intense|intensely|terrible|terribly|awful|horrible|dreadful"
             r"|(?:a )?(?:huge|massive|big) (?:problem|issue)"
             r"|much (?:earlier|later|longer|shorter|less|lower|decreased|delayed)"
             r"|(?:did|could|can) not sleep at all|no sleep at all|not (?:slept|sleeping) at all"
             r"|did not sleep|could not sleep|(?:hardly|barely) (?:any sleep|slept|sleep)"
             r"|very little sleep|nowhere near enough|far from enough"), _at(3)),
    # A comparison ("a lot better", "worse than usual") is no level: asked again.
    (phrase(r"better|worse|improved|improving|worsening|getting worse"), UNCLEAR),
]  # fmt: skip

# WHO-5, "Over the last 2 weeks": 0 At no time, 1 Some of the time, 2 Less than half of the
# time, 3 More than half of the time, 4 Most of the time, 5 All of the time (CLINICAL.md
# section 6). Exactly half lies between two answers and is asked again.
_WHO5_TIME_SPECS: list[tuple[str, Value]] = UNCLEAR_SPECS + _RATE_SPECS + [
    (phrase(r"not at all|not (?:even )?once|never once|never ever|not ever|none of the time"
             r"|at no time|never"), _at(0)),
    (alone(r"no|nope|nah|none|0"), _at(0)),
    (phrase(r"sometimes|some times|occasionally|(?:every )?now and (?:then|again)"
             r"|from time to time|at times|every so often|(?:every )?once in a while|rarely"
             r"|seldom|hardly ever|barely ever|(?:almost|nearly) never|a little(?: bit)?"
             r"|some days|once or twice"), _at(1)),
    (phrase(r"less than half(?: (?:of )?the time)?|under half(?: (?:of )?the time)?"
             r"|fewer than half|not (?:very|that|too|so) (?:often|frequently)"), _at(2)),
    (phrase(r"more than half(?: (?:of )?the time)?|(?:over|above) half(?: (?:of )?the time)?"
             rf"|(?:quite |fairly |pretty )?{_OFTEN}|more often than not|a lot of the time"),
     _at(3)),
    (phrase(r"most of the time|most days|mostly|usually|generally|nearly always"
             r"|almost always"), _at(4)),
    (phrase(r"all (?:of )?the time|always|constantly|every(?: single)? day|each day|daily"
             r"|non ?stop|24 7"), _at(5)),
    (phrase(r"half(?: (?:of )?the time)?|half and half|very (?:often|frequently)"), UNCLEAR),
]  # fmt: skip

# On these scales "I'd say never" is a hedged zero too (the two-week and difficulty scales keep
# their published behaviour).
_MORE_HEDGES_RE = re.compile(phrase(r"id say|i would say|i d say|i reckon|likely"))

# The free-text lexicon of each scale reader (Scale.reader, or the scale id). A scale with
# none is read by its labels only.
_READERS: dict[str, list[tuple[str, Value]]] = {
    "difficulty": _DIFFICULTY_SPECS,
    "how_often": _HOW_OFTEN_SPECS,
    "ais_severity": _AIS_SEVERITY_SPECS,
    "who5_time": _WHO5_TIME_SPECS,
}
_SCORE_READERS = frozenset({"how_often", "ais_severity", "who5_time"})

_STOPWORDS = frozenset({"a", "an", "the", "of", "at", "to", "and", "or", "in", "on", "for"})


def _label_specs(scale: Scale) -> list[tuple[str, Value]]:
    """Whole labels, values and unambiguous label beginnings, e.g. 'more than half'."""
    phrases: dict[str, set[str]] = {}
    for option in scale.options:
        for source in (option.label, option.value):
            words = normalize(source).replace(",", " ").split()
            if not words:
                continue
            shortest = max(2, (len(words) + 1) // 2)
            for n in range(min(shortest, len(words)), len(words) + 1):
                if n == len(words) or words[n - 1] not in _STOPWORDS:
                    phrases.setdefault(" ".join(words[:n]), set()).add(option.value)
    return [
        (phrase(re.escape(p)), next(iter(values)))
        for p, values in phrases.items()
        if len(values) == 1
    ]


@lru_cache(maxsize=64)
def _scale_rules(scale: Scale) -> tuple[Rule, ...]:
    # Labels first: on a tie the earlier rule wins.
    specs = UNCLEAR_SPECS + _label_specs(scale)
    return compile_rules(specs + _READERS.get(scale.reader or scale.id, []))


def _by_score(reading: Reading, scale: Scale) -> Reading:
    """Lexicon hits name a score ("@2"): read them as the scale's option with that score.
    A score the scale does not have makes the reply unclear."""
    unclear = reading.unclear

    def resolve(values: frozenset[str]) -> frozenset[str]:
        nonlocal unclear
        out = set()
        for v in values:
            if not v.startswith("@"):
                out.add(v)
            elif (option := scale.by_score(int(v[1:]))) is not None:
                out.add(option.value)
            else:
                unclear = True
        return frozenset(out)

    values, negated = resolve(reading.values), resolve(reading.negated)
    return Reading(values, negated, unclear)


def match_option(text: str, scale: Scale, *, firm_zero: bool = False) -> str | None:
    """Return the option value of `scale` that the free text clearly means, or None if unclear.
    `firm_zero`: only an unhedged zero is a zero (see match_frequency)."""
    if too_long_or_empty(text) or scale.kind == "text":
        return None
    if scale.id == "yes_no":  # e.g. the C-SSRS screener: a plain yes or no, nothing hedged
        decision = parse_yes_no(text)
        value = None if decision is None else ("yes" if decision else "no")
        return value if value is not None and scale.option(value) else None
    number = bare_number(text)
    if number is not None:
        # "score": the form prints the scores, so "3" is the option scored 3. "ask": a number
        # could be a button position or a score (they differ on 1-5 and reversed scales, and
        # the buttons show words), so it is asked again; never guessed, never 0.
        if scale.numbers == "range":  # a count: "3" drinks is the option covering 3
            option = scale.by_count(number)
        else:
            option = scale.by_score(number) if scale.numbers == "score" else None
        return option.value if option else None
    if scale.id == "frequency":
        value = match_frequency(text, firm_zero=firm_zero)
        return value if value is not None and scale.option(value) else None
    norm = normalize(text)
    if not norm:
        return None
    zero = scale.by_score(0)
    reading = _by_score(read_phrases(norm, _scale_rules(scale)), scale)
    hedged = is_hedged(text, norm) or (
        (scale.reader or scale.id) in _SCORE_READERS and bool(_MORE_HEDGES_RE.search(norm))
    )
    value = decide(reading, zero.value if zero else None, hedged)
    if value is None and scale.numbers == "range" and not hedged:
        counts = {int(n) for n in _COUNT_RE.findall(norm)}
        options = {o.value for o in (scale.by_count(n) for n in counts) if o is not None}
        if len(options) == 1:  # "about 3 cups a day"; "2 or 3" within one option
            (value,) = options
    return value if value is not None and scale.option(value) else None


_COUNT_RE = re.compile(r"\b(\d{1,3})\b")


# --------------------------------------------------------------------------------------------
# Consent-style yes / no

_YES_NO_SPECS: list[tuple[str, Value]] = UNCLEAR_SPECS + [
    (phrase(r"yes+|yeah|yea|yep|yup|ya|yah|ok|okay|okey|okie|oki|sure|surely|of course|ofc"
             r"|absolutely|definitely|certainly|alright|all right|agree|agreed|accept|accepted"
             r"|consent|go ahead|go for it|proceed|continue|lets (?:go|start|begin|do it|do this)"
             r"|sounds good|(?:thats|that is|its|it is|this is) (?:fine|ok|okay|alright)"
             r"|fine (?:by|with) me|no problem|no worries|not a problem|happy to|i am happy"
             r"|(?:i )?do not mind|please do|yes please|by all means"), YES),
    (alone(r"fine|i do|y|k|kk|go"), YES),
    (phrase(r"no+|nope|nah|nay|no thanks?|no thank you|not now|not today|not yet|not really"
             r"|disagree|decline|declined|refuse|(?:i )?do not (?:agree|consent|accept"
             r"|want(?: to)?)|no way|not interested|(?:i )?(?:would|id) rather not|rather not"
             r"|stop|cancel|never|leave me alone|not comfortable|no consent"), NO),
    (alone(r"n"), NO),
    # Something else said to be fine ("Mon-Fri basically, weekends are ok", "my sleep is
    # fine"): a description, not consent to what was asked. "that's ok" / "it is fine" are
    # longer yes phrases above and win the overlap.
    (phrase(r"(?:are|is|was|were|been|seem|seems|seemed|feel|feels|felt|look|looks|looked)"
             r" (?:ok|okay|alright|all right|fine|good)"), UNCLEAR),
]  # fmt: skip
_YES_NO_RULES = compile_rules(_YES_NO_SPECS)


def parse_yes_no(text: str) -> bool | None:
    """Consent-style yes/no: 'yes', 'ok', 'sure, go ahead', 'I agree' -> True; 'no', 'no thanks', "I don't agree", 'nope' -> False; else None."""  # noqa: E501
    if too_long_or_empty(text):
        return None
    norm = normalize(text)
    if not norm or is_hedged(text, norm):  # consent must be plain: a question or hedge is asked
        return None
    reading = read_phrases(norm, _YES_NO_RULES)
    if reading.unclear or NO in reading.negated:
        return None
    answers = set(reading.values) | ({NO} if YES in reading.negated else set())
    if answers == {YES}:
        return True
    if answers == {NO}:
        return False
    return None


# --------------------------------------------------------------------------------------------
# Age

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_NOT_AGE_UNIT = re.compile(
    r"(?:months?|mos?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|kgs?|kilos?|lbs?|pounds"
    r"|stone|cm|ft|feet|foot|inches|percent|kids?|children|sons?|daughters?|grandchildren"
    r"|times|pm|am|oclock|years? ago|yrs? ago|st|nd|rd|th)\b"
)


def _word_numbers(words: list[str]) -> list[int | None]:
    """Numbers spelled out in `words` ('thirty four', 'a hundred and two'); None if odd."""
    found: list[int | None] = []
    i = 0
    while i < len(words):
        w = words[i]
        starts = (
            w in _UNITS or w in _TENS or (w in ("a", "one") and words[i + 1 : i + 2] == ["hundred"])
        )
        if not starts:
            i += 1
            continue
        value = 0
        if words[i + 1 : i + 2] == ["hundred"]:
            value, i = 100, i + 2
            if (
                words[i : i + 1] == ["and"]
                and i + 1 < len(words)
                and (words[i + 1] in _UNITS or words[i + 1] in _TENS)
            ):
                i += 1
        if i < len(words) and words[i] in _TENS:
            value += _TENS[words[i]]
            i += 1
            if i < len(words) and words[i] in _UNITS and _UNITS[words[i]] < 10:
                value += _UNITS[words[i]]
                i += 1
        elif i < len(words) and words[i] in _UNITS:
            value += _UNITS[words[i]]
            i += 1
        nxt = words[i] if i < len(words) else ""
        if nxt in _UNITS or nxt in _TENS or nxt == "hundred":
            found.append(None)  # 'thirty four five': not one number
        elif not _NOT_AGE_UNIT.match(nxt):
            found.append(value)
    return found


_AGE_ODD_RE = re.compile(r"\d\s*[.,]\s*\d|-\s*\d|\d\s*(?:-|to|or|/)\s*\d|\d+\s*s\b|\?")
# Approximate, future or uncertain ages ("about 40", "turning 35 next month") are asked again.
_AGE_VAGUE_RE = re.compile(
    r"\b(?:about|around|roughly|approximately|almost|nearly|over|under|maybe|probably|early"
    r"|mid|late|not sure|will be|ll be|turn|turning|turns|next)\b"
)


def parse_age(text: str) -> int | None:
    """Age in whole years from e.g. '34', "I'm 34", 'thirty four', '34 years old'; None if unclear or implausible (<5 or >120)."""  # noqa: E501
    if too_long_or_empty(text):
        return None
    t = unicodedata.normalize("NFKC", text).lower().translate(QUOTES)
    if _AGE_ODD_RE.search(t):  # decimals, negatives, ranges, '40s', questions
        return None
    if _AGE_VAGUE_RE.search(t):
        return None
    numbers: list[int | None] = []
    for m in re.finditer(r"(\d+)\s*([a-z']*(?:\s+ago)?)", t):
        if not _NOT_AGE_UNIT.fullmatch(m.group(2).replace("'", "")):
            numbers.append(int(m.group(1)))
    words = re.sub(r"[^a-z\s]", " ", t.replace("-", " ")).split()
    numbers += _word_numbers(words)
    if len(numbers) != 1 or numbers[0] is None:
        return None
    age = numbers[0]
    return age if AGE_MIN <= age <= AGE_MAX else None


# --------------------------------------------------------------------------------------------
# Safety check and "carry on?" replies
#
# "Are you safe right now?" is read conservatively: any sign of "not safe" wins over a "yes"
# in the same message, and a hedge is asked again (with the crisis numbers repeated).

_NOT_SAFE_RE = re.compile(
    r"\b(no|nope|nah|not (really |totally |completely |feeling |very )?safe|unsafe|not really"
    r"|(do not|don't|dont|can't|cannot) (feel|keep myself|stay) safe|in danger|not ok(ay)?)\b"
)
_SAFE_RE = re.compile(
    r"\b(yes|yeah|yep|yup|i am safe|i'?m safe|im safe|i feel safe|safe now|i'?m ok(ay)?"
    r"|im ok(ay)?|i am ok(ay)?|i'?m fine|im fine|i am fine|safe)\b"
)


def parse_safe_now(text: str) -> bool | None:
    """'Are you safe right now?': True (safe), False (not safe), None (ask again)."""
    if too_long_or_empty(text):
        return None
    norm = " ".join(text.lower().replace("’", "'").split())
    if _NOT_SAFE_RE.search(norm):
        return False
    if is_hedged(text, normalize(text)):
        return None
    return True if _SAFE_RE.search(norm) else None


_CONTINUE_RE = re.compile(
    r"\b(continue|carry on|go on|keep going|yes|yeah|yep|ok(ay)?|sure|let'?s go|next)\b"
)
_STOP_RE = re.compile(r"\b(stop|pause|later|not now|no|nope|enough|finish|done|quit)\b")


def parse_continue(text: str) -> bool | None:
    """'Carry on with the questions, or stop for now?': True, False, or None (ask again)."""
    if too_long_or_empty(text):
        return None
    norm = " ".join(text.lower().split())
    stop, go = bool(_STOP_RE.search(norm)), bool(_CONTINUE_RE.search(norm))
    if stop == go:
        return None
    return go
