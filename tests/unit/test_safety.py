"""bot.safety: the risk screen run on every patient message (DESIGN.md, NLU contract `safety`).

It must never miss a crisis and must not cry wolf at idioms: the dev set test holds recall on
flags at 1.0 and specificity at >= 0.97. tests/data/crisis_holdout.jsonl is not scored here on
purpose (nobody tunes on it); only its format is checked.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.safety import CATEGORIES, Match, SafetyResult, combine_with_intent, screen
from bot.safety.lexicon import PATTERNS_FILE, LexiconError, PatternCompiler, load_lexicon

DATA = Path(__file__).resolve().parents[1] / "data"
DEV_SET = DATA / "crisis_dev.jsonl"
HOLDOUT_SET = DATA / "crisis_holdout.jsonl"
RISKS = ("none", "possible", "high", "emergency")
ORDER = {r: i for i, r in enumerate(RISKS)}


def _rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# ------------------------------------------------------------------------------------------
# Hard negatives: idioms, bereavement, accidents, medication talk, ordinary answers


@pytest.mark.parametrize(
    "text",
    [
        "this commute is killing me",
        "this project deadline is killing me",
        "my feet are killing me",
        "I could kill for a coffee",
        "I died laughing",
        "dying to see that film",
        "kill the lights",
        "the suspense is killing me",
        "I'm dead tired",
        "killing time",
        "drop-dead gorgeous",
        "my phone died",
        "I've got a killer headache",
        "my grandfather died last year",
        "my uncle committed suicide when I was young",
        "I watched a film where the main character kills himself",
        "we watched a documentary about suicide prevention",
        "I cut my finger cooking",
        "I cut myself shaving this morning",
        "I hurt myself playing football",
        "I overdid it at the gym",
        "I'm killing myself at the gym to lose weight",
        "my mum will kill me if I'm late",
        "my sister beat me at chess again",
        "can we end it here for today?",
        "I'm thinking of ending things with my boyfriend",
        "I'd rather die than go to that wedding",
        "ran 10 kms yesterday",
        "can I take 5-htp with my sertraline?",
        "I take 5-htp and sometimes tryptophan for sleep",
        "my sertraline makes me a bit sweaty",
        "my heart races and my hands shake when I get anxious before meetings",
        "I get panic attacks where my heart pounds and I get sweaty",
        "sweating buckets in this heat, so hot today",
        "I had chest pain last year but it was just heartburn",
        "my dad had a heart attack in 2015",
        "my epilepsy is well controlled, no seizures for years",
        "several days",
        "nearly every day, I'm so restless and on edge",
        "not at all",
        "hello there",
        "why are you asking me about suicide?",
        "",
        "   ",
        "\U0001f642",
    ],
)
def test_hard_negatives_are_not_flagged(text: str) -> None:
    result = screen(text)
    assert result.risk == "none", result
    assert result.categories == ()
    assert result.evidence == ""


# ------------------------------------------------------------------------------------------
# Negation


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal",
        "I would never hurt myself",
        "no thoughts of self-harm",
        "never tried to kill myself",
        "no, I have never wanted to hurt myself",
        "not at all, I've never thought about ending my life",
        "I don't want to die, I just want to feel better",
        "thoughts of hurting myself? no, never",
        "I'm depressed but not suicidal",
        "no chest pain, just a bit of heartburn",
        "I don't want to hurt anyone",
        "zero thoughts of harming others",
    ],
)
def test_negated_disclosures_are_not_flagged(text: str) -> None:
    result = screen(text)
    assert result.risk == "none", result
    assert any(m.negated for m in result.matches), "the words were read, then set aside"


def test_a_negation_inside_a_phrase_stops_it_matching() -> None:
    """'~N' gaps never skip a negation, so "has never hit me" is not "hit me"."""
    assert screen("my partner has never hit me").risk == "none"
    assert screen("my partner has often hit me").risk == "high"


@pytest.mark.parametrize(
    "text",
    [
        "I'm not sure I want to live",
        "I can't stop thinking about suicide",
        "I never thought I'd say this but I want to die",
        "I'm not okay, I want to die",
        "I'm not suicidal, but I wish I could disappear",
    ],
)
def test_pseudo_negation_or_negation_elsewhere_still_flags(text: str) -> None:
    result = screen(text)
    assert result.risk != "none", result
    assert "suicide_self_harm" in result.categories


def test_negated_now_but_past_is_a_possible_history() -> None:
    result = screen("I don't self harm anymore")
    assert result.risk == "possible"
    assert result.categories == ("suicide_self_harm",)


# ------------------------------------------------------------------------------------------
# Categories and risk levels


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("i keep thinking about ending my life", "suicide_self_harm"),
        ("been feeling really sucidal lately", "suicide_self_harm"),
        ("honestly i just wanna kms", "suicide_self_harm"),
        ("I want to unalive myself", "suicide_self_harm"),
        ("i want to kill my self", "suicide_self_harm"),
        ("several days, and lately I've been hurting myself again", "suicide_self_harm"),
        ("I want to kill my boss", "harm_to_others"),
        ("I'm going to hurt someone", "harm_to_others"),
        ("my partner hits me when he's drunk", "safeguarding"),
        ("I'm scared of my husband", "safeguarding"),
        ("my kids aren't safe with him", "safeguarding"),
        ("he hurts the children", "safeguarding"),
        ("I was sexually assaulted at a party", "safeguarding"),
        ("I've got crushing chest pain", "medical_emergency"),
        ("i can't breathe", "medical_emergency"),
        ("my daughter is having a seizure", "medical_emergency"),
        ("my husband is unconscious and won't wake up", "medical_emergency"),
        (
            "started 5-HTP on top of my fluoxetine and now I'm twitching, sweating and feel "
            "really agitated",
            "medical_emergency",
        ),
    ],
)
def test_each_category_is_recognised(text: str, category: str) -> None:
    result = screen(text)
    assert category in result.categories, result
    assert set(result.categories) <= set(CATEGORIES)


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        ("I have the pills in front of me", "emergency"),
        ("I've just taken an overdose", "emergency"),
        ("I'm going to kill myself tonight", "emergency"),
        ("i'm going to kill my ex when I see him tonight", "emergency"),
        ("chest pain spreading down my left arm", "emergency"),
        (
            "on tramadol and escitalopram, now I have a high temperature and my muscles are stiff",
            "emergency",
        ),  # fmt: skip
        ("I want to kill myself", "high"),
        ("I've been cutting myself again", "high"),
        ("I'm going to hurt someone", "high"),
        ("my partner hits me", "high"),
        ("I'm sweating loads and my legs keep jerking and twitching", "high"),
        ("I wish I could disappear", "possible"),
        ("there's no point going on", "possible"),
        ("everyone would be better off without me", "possible"),
        ("I tried to kill myself last year", "possible"),
        ("I used to self harm as a teenager", "possible"),
        ("I was abused as a child", "possible"),
    ],
)
def test_each_risk_level(text: str, risk: str) -> None:
    assert screen(text).risk == risk


def test_past_attempt_of_unknown_time_stays_high() -> None:
    """C-SSRS: behaviour not clearly older than ~3 months is high, not 'possible'."""
    assert screen("I tried to kill myself").risk == "high"
    assert screen("I tried to kill myself years ago").risk == "possible"


def test_someone_elses_overdose_is_a_medical_emergency_not_patient_suicide_risk() -> None:
    result = screen("my daughter took a load of my pills")
    assert result.risk == "emergency"
    assert result.categories == ("medical_emergency",)


def test_serotonin_cluster_without_agent_is_high_and_with_agent_is_emergency() -> None:
    assert screen("I'm sweating and shaking and confused right now").risk == "high"
    with_agent = screen("I'm sweating and shaking and confused since adding 5-htp to sertraline")
    assert with_agent.risk == "emergency"
    assert with_agent.categories == ("medical_emergency",)


def test_single_symptom_with_an_agent_is_not_a_cluster() -> None:
    assert screen("I think my antidepressant is making me a bit restless").risk == "none"


# ------------------------------------------------------------------------------------------
# Evidence and the contract shape


def test_evidence_is_the_matched_words_from_the_message() -> None:
    result = screen("Honestly I want to KILL MYSELF tonight")
    assert "KILL MYSELF" in result.evidence
    assert result.evidence in "Honestly I want to KILL MYSELF tonight"


def test_evidence_joins_separate_spans_with_semicolons() -> None:
    text = "started 5-HTP on top of my fluoxetine and now I'm twitching, sweating and agitated"
    result = screen(text)
    parts = result.evidence.split("; ")
    assert len(parts) >= 3
    assert all(p in text for p in parts)
    assert {"5-HTP", "fluoxetine", "twitching", "sweating", "agitated"} <= set(parts)


def test_evidence_inside_a_questionnaire_answer() -> None:
    result = screen("several days, and lately I've been hurting myself again")
    assert result.evidence == "hurting myself"
    assert result.risk == "high"


def test_every_match_points_at_its_own_words() -> None:
    text = "I'm not suicidal. But my partner hits me and I can't breathe"
    result = screen(text)
    for m in result.matches:
        assert isinstance(m, Match)
        assert m.evidence == "; ".join(text[a:b] for a, b in m.spans)
        assert m.active == (m.risk != "none")


@pytest.mark.parametrize(
    "text", ["I want to die", "my partner hits me", "this commute is killing me", ""]
)
def test_as_contract_is_exactly_the_nlu_contract(text: str) -> None:
    contract = screen(text).as_contract()
    assert set(contract) == {"risk", "categories", "evidence"}
    assert contract["risk"] in RISKS
    assert isinstance(contract["categories"], list)
    assert contract["categories"] == sorted(set(contract["categories"]))
    assert set(contract["categories"]) <= set(CATEGORIES)
    assert isinstance(contract["evidence"], str)
    if contract["risk"] == "none":
        assert contract == {"risk": "none", "categories": [], "evidence": ""}
    json.dumps(contract)  # serialisable as it is


def test_categories_are_sorted_and_unique() -> None:
    result = screen("I want to kill myself and my husband beats me and I have chest pain")
    assert result.categories == tuple(sorted(set(result.categories)))
    assert set(result.categories) == {"medical_emergency", "safeguarding", "suicide_self_harm"}


# ------------------------------------------------------------------------------------------
# The trained intent as a second signal


@pytest.mark.parametrize(
    "text",
    [
        "I have the pills in front of me",
        "I want to kill myself",
        "I wish I could disappear",
        "my partner hits me",
        "this deadline is killing me",
        "I'm not suicidal",
        "several days",
        "",
    ],
)
@pytest.mark.parametrize(
    ("intent", "confidence"),
    [
        ("disclose_risk", 0.99),
        ("disclose_risk", 0.7),
        ("disclose_risk", 0.5),
        ("greet", 0.9),
        (None, 0.0),
    ],  # fmt: skip
)
def test_combine_with_intent_never_lowers_a_rule_result(
    text: str, intent: str | None, confidence: float
) -> None:
    before = screen(text)
    after = combine_with_intent(before, intent, confidence)
    assert ORDER[after.risk] >= ORDER[before.risk]
    assert set(before.categories) <= set(after.categories)
    if before.risk != "none":
        assert after == before


def test_combine_with_intent_raises_an_unread_disclosure_to_possible() -> None:
    text = "  everything feels very dark and I have made my arrangements " + "x" * 300
    after = combine_with_intent(screen(text), "disclose_risk", 0.81)
    assert after.risk == "possible"
    assert after.categories == ("suicide_self_harm",)
    assert after.evidence == text.strip()[:200]
    assert after.as_contract()["categories"] == ["suicide_self_harm"]
    (match,) = after.matches
    assert match.rule == "intent:disclose_risk"


@pytest.mark.parametrize(("intent", "confidence"), [("disclose_risk", 0.69), ("inform", 0.99)])
def test_combine_with_intent_needs_the_intent_and_the_confidence(
    intent: str, confidence: float
) -> None:
    before = screen("everything feels very dark")
    assert combine_with_intent(before, intent, confidence).risk == "none"


def test_combine_with_intent_does_not_overrule_words_the_rules_set_aside() -> None:
    """'I'm not suicidal' is read and negated; a classifier that cannot read negation does
    not turn it back into a flag."""
    before = screen("I'm not suicidal")
    assert before.matches
    assert combine_with_intent(before, "disclose_risk", 0.95).risk == "none"


# ------------------------------------------------------------------------------------------
# The labelled sets


def test_dev_set_recall_specificity_and_category() -> None:
    rows = _rows(DEV_SET)
    caught = missed = true_negative = false_alarm = category_ok = 0
    misses: list[str] = []
    false_alarms: list[str] = []
    wrong_category: list[str] = []
    for row in rows:
        result = screen(row["text"])
        flagged = result.risk != "none"
        if row["expect"] == "flag":
            if flagged:
                caught += 1
                if row["category"] in result.categories:
                    category_ok += 1
                else:
                    wrong_category.append(f"{row['id']}: {row['text']} -> {result.categories}")
            else:
                missed += 1
                misses.append(f"{row['id']}: {row['text']}")
        elif flagged:
            false_alarm += 1
            false_alarms.append(f"{row['id']}: {row['text']} -> {result.evidence}")
        else:
            true_negative += 1
    assert caught + missed >= 130 and true_negative + false_alarm >= 150
    assert missed == 0, misses
    assert true_negative / (true_negative + false_alarm) >= 0.97, false_alarms
    assert category_ok / caught >= 0.95, wrong_category


@pytest.mark.parametrize(("path", "prefix"), [(DEV_SET, "c-dev-"), (HOLDOUT_SET, "c-ho-")])
def test_labelled_sets_have_the_sample_format(path: Path, prefix: str) -> None:
    rows = _rows(path)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for row in rows:
        assert set(row) == {"id", "text", "expect", "category", "note"}
        assert row["id"].startswith(prefix)
        assert row["expect"] in ("flag", "none")
        if row["expect"] == "flag":
            assert row["category"] in CATEGORIES
            assert row["note"].split("]")[0].strip("[") in RISKS[1:]
        else:
            assert row["category"] is None
    flags = sum(r["expect"] == "flag" for r in rows)
    assert 0.35 <= flags / len(rows) <= 0.55
    assert {r["category"] for r in rows if r["category"]} == set(CATEGORIES)


def test_dev_and_holdout_do_not_share_texts() -> None:
    dev = {r["text"].lower() for r in _rows(DEV_SET)}
    assert not dev & {r["text"].lower() for r in _rows(HOLDOUT_SET)}


# ------------------------------------------------------------------------------------------
# Robustness and speed


@pytest.mark.parametrize(
    "text",
    [
        ("my cat knocked the kettle over again this morning and " * 400)[:20_000],
        "\U0001f62d\U0001f62d\U0001f62d",
        "...",
        "?",
        "I\u2019m going to k*ll myself",
        "\n\nI want to die\n\n",
        "Ich will nicht mehr leben",
        "SUICIDAL",
    ],
)
def test_odd_input_never_raises(text: str) -> None:
    result = screen(text)
    assert isinstance(result, SafetyResult)
    assert result.risk in RISKS


def test_contractions_keep_their_tense() -> None:
    """spaCy reads "didn't" as "do not"; the screen keeps "did not" so phrases match."""
    assert screen("honestly it would be better if I didn't exist").risk == "possible"
    assert screen("I wish I didn't wake up at all").risk == "possible"


def test_curly_apostrophes_and_upper_case_read_like_plain_text() -> None:
    assert screen("I\u2019m going to KILL MYSELF").risk == "high"
    assert screen("I DON\u2019T want to die").risk == "none"


# ------------------------------------------------------------------------------------------
# patterns.yml and the phrase language


def test_patterns_file_loads_and_every_token_pattern_is_valid_for_spacy() -> None:
    """The Matcher is built without spaCy's (slow) validation; check each token shape here."""
    from spacy.schemas import validate_token_pattern

    from bot.safety.screen import _tokenizer_nlp, compile_patterns

    lexicon = load_lexicon()
    compiled = compile_patterns(lexicon, _tokenizer_nlp(lexicon))
    shapes: dict[str, dict[str, Any]] = {}
    for patterns in compiled.values():
        for pattern in patterns:
            for token in pattern:
                shapes.setdefault(repr(token), token)
    for token in shapes.values():
        assert not validate_token_pattern([token]), token
    assert {f"rule:{r.id}" for r in lexicon.rules} <= set(compiled)
    assert {r.category for r in lexicon.rules} == set(CATEGORIES)


def _compiler() -> PatternCompiler:
    words = {"ME": ("myself", "my self"), "LOOP": ("@LOOP",)}
    return PatternCompiler(words, lambda phrase: phrase.lower().split(), ["not"])


def test_phrase_language_groups_macros_wildcards_and_regex() -> None:
    compiler = _compiler()
    patterns = compiler.compile("(want to|plan to) ~1 kill @ME (tonight)?")
    flat = [" ".join(str(t) for t in p) for p in patterns]
    assert any("'want'" in f and "'plan'" in f for f in flat), "one-word variants merge"
    assert all("{0,1}" in f for f in flat)
    assert compiler.compile("my (own )?life")[0][1]["OP"] == "?"
    assert compiler.compile("/^kill(s|ing)?$/ @ME")[0][0] == {"NORM": {"REGEX": "^kill(s|ing)?$"}}


@pytest.mark.parametrize(
    ("phrase", "accepts", "rejects"),
    [
        ("(want to|plan on) die", ["want to die", "plan on die"], ["want on die", "plan to die"]),
        ("(co codamol|co - codamol)", ["co codamol", "co - codamol"], ["co x codamol"]),
        (
            "(all|all my|all the) pills",
            ["all pills", "all my pills", "all the pills"],
            ["all my the pills", "my pills"],
        ),  # fmt: skip
    ],
)
def test_merging_alternatives_is_exact(phrase: str, accepts: list[str], rejects: list[str]) -> None:
    """The compiler merges alternatives to keep the Matcher small; it must not widen them."""
    import spacy
    from spacy.matcher import Matcher

    nlp = spacy.blank("en")
    compiler = PatternCompiler({}, lambda p: [t.norm_ for t in nlp.make_doc(p)], ["not"])
    matcher = Matcher(nlp.vocab)
    matcher.add("x", compiler.compile(phrase))

    def whole(text: str) -> bool:
        doc = nlp.make_doc(text)
        return any(s == 0 and e == len(doc) for _, s, e in matcher(doc))

    assert all(whole(t) for t in accepts)
    assert not any(whole(t) for t in rejects)


@pytest.mark.parametrize("phrase", ["(unclosed", "@NOPE", "@LOOP", "/[/", "a ) b"])
def test_phrase_language_errors_name_the_phrase(phrase: str) -> None:
    with pytest.raises(LexiconError):
        _compiler().compile(phrase)


def test_yaml_booleans_and_unknown_categories_are_rejected(tmp_path: Path) -> None:
    text = PATTERNS_FILE.read_text(encoding="utf-8")
    bad_bool = tmp_path / "bool.yml"
    bad_bool.write_text(text.replace('negators: [not, never, "no",', "negators: [not, never, no,"))
    with pytest.raises(LexiconError, match="quote"):
        load_lexicon(bad_bool)
    bad_category = tmp_path / "category.yml"
    bad_category.write_text(text.replace("category: harm_to_others", "category: harm", 1))
    with pytest.raises(LexiconError, match="category"):
        load_lexicon(bad_category)
