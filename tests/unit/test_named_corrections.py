"""Changing a named earlier answer: "change my answer to the sleep question", "question 3",
"what I said about feeling tired", "the mood questions", "my medicines"."""

from __future__ import annotations

import pytest

from bot import instruments
from bot.channels.telegram.callback_data import decode_payload, encode_payload
from bot.intake import KEEP, WHICH, IntakeEngine, IntakePlan, Reply, RiskSignal, Say
from bot.intake_targets import Answered, named_questions
from bot.regions import region
from bot.store import IntakeStore
from bot.summary import build_summary
from tests.intakes import NO_MEDICINES, current, responses, say

PHQ9 = instruments.load("phq9")
GAD7 = instruments.load("gad7")
AIS = instruments.load("ais")
LIFESTYLE = instruments.load("lifestyle")


def answered(*parts: tuple[instruments.Instrument, int]) -> list[Answered]:
    """The first `n` items of each part, answered, in intake order."""
    return [Answered(inst, item) for inst, n in parts for item in inst.items[:n]]


def keys(text: str, done: list[Answered], current_part: str | None = None) -> tuple[str, ...]:
    named = named_questions(text, done, current_part)
    assert named is not None, text
    return named.keys


# -- reading which question is named ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("change my answer to the sleep question", "phq9:3"),
        ("can I change what I said about feeling tired", "phq9:4"),
        ("I want to change my answer about my appetite", "phq9:5"),
        ("the one about concentrating was wrong", "phq9:7"),
        ("I want to change question 3", "gad7:3"),  # the current part
        ("can I redo Q2", "gad7:2"),
        ("the second question", "gad7:2"),
        ("change PHQ-9 question 6", "phq9:6"),  # another part, named
        ("change my answer to question 5 of the mood questions", "phq9:5"),
    ],
)
def test_a_named_question_is_found_among_the_answered_ones(text: str, expected: str) -> None:
    done = answered((PHQ9, 9), (GAD7, 4))
    assert keys(text, done, "gad7") == (expected,)


def test_words_that_fit_two_questions_offer_both() -> None:
    done = answered((PHQ9, 9), (GAD7, 4))
    assert keys("what I said about worrying", done, "gad7") == ("gad7:2", "gad7:3")


def test_a_part_named_without_a_question_offers_all_its_answered_questions() -> None:
    done = answered((PHQ9, 9), (GAD7, 4))
    assert keys("I'd like to change my answers to the anxiety questions", done, "gad7") == tuple(
        f"gad7:{n}" for n in range(1, 5)
    )
    assert len(keys("the mood ones", done)) == 9


def test_the_sleep_question_is_the_phq9_one_until_the_sleep_part_is_answered() -> None:
    before = answered((PHQ9, 9), (GAD7, 7))
    assert keys("change my answer to the sleep question", before, "ais") == ("phq9:3",)
    after = answered((PHQ9, 9), (GAD7, 7), (AIS, 8), (LIFESTYLE, 1))
    several = keys("change my answer to the sleep question", after, "lifestyle")
    assert several == ("phq9:3", "ais:1", "ais:4", "ais:5", "ais:8", "lifestyle:sleep_hours")
    assert len(keys("change my answers to the sleep questions", after, "lifestyle")) == 10


@pytest.mark.parametrize(
    "text",
    [
        "go back",
        "change my last answer",
        "I want to change my answer",
        "actually it's more than half the days",
        "sorry I meant several days",
        "wait, that was the wrong button",
        "undo",
    ],
)
def test_requests_that_name_no_question_are_left_to_the_latest_answer(text: str) -> None:
    assert named_questions(text, answered((PHQ9, 9), (GAD7, 2)), "gad7") is None


def test_a_question_number_not_answered_names_nothing() -> None:
    assert named_questions("change question 8", answered((GAD7, 3)), "gad7") is None


def test_medicines_are_named_by_their_words() -> None:
    named = named_questions("I got my medications wrong", answered((PHQ9, 2)), "phq9")
    assert named is not None and named.medicines and named.keys == ()


def test_the_words_kept_for_the_which_list_find_the_same_questions_again() -> None:
    done = answered((PHQ9, 9), (GAD7, 7), (AIS, 8))
    for text in ("hmm, change the sleep question please", "the worry questions"):
        named = named_questions(text, done, "lifestyle")
        assert named is not None and len(named.keys) > 1
        again = named_questions(named.words, done, None)
        assert again is not None and again.keys == named.keys


# -- the engine: step back, ask again, re-score, return --------------------------------------


def correct(engine: IntakeEngine, text: str) -> list[Say]:
    return engine.correct(current(engine), Reply(text=text))


def to_gad7_item(engine: IntakeEngine, item: int) -> None:
    """PHQ-9 all 'several days' (total 9, item 9 left at 0), then GAD-7 'not at all'."""
    engine.begin("p1", "rest")
    for text in ("yes", "I'm 34", "low mood", *(["several days"] * 8), "not at all"):
        say(engine, text)
    say(engine, "not difficult at all")  # item 10
    for _ in range(item - 1):
        say(engine, "not at all")
    assert current(engine).step == f"gad7:{item}"


def totals(store: IntakeStore, engine: IntakeEngine) -> dict[str, int | None]:
    summary = build_summary(store, current(engine))
    return {
        i["id"]: i["total"] if i["total"] is not None else i["partial_total"]
        for i in summary["instruments"]
    }


def test_naming_the_sleep_question_asks_it_again_rescores_and_returns(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    to_gad7_item(engine, 3)
    assert totals(store, engine)["phq9"] == 8
    assert responses(correct(engine, "change my answer to the sleep question")) == [
        "utter_review_change"
    ]
    assert current(engine).step == "phq9:3"
    prompt = engine.prompt(current(engine))[0]
    assert "Trouble falling or staying asleep" in (prompt.text or "")
    assert [b.title for b in prompt.buttons][:4] == [o.label for o in PHQ9.item("3").scale.options]
    say(engine, "nearly every day")
    assert totals(store, engine)["phq9"] == 10
    assert current(engine).step == "gad7:3"  # back where the patient was


def test_naming_two_questions_one_after_the_other_rescores_both(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    to_gad7_item(engine, 4)
    correct(engine, "can I change what I said about feeling tired")
    say(engine, "not at all")  # PHQ-9 item 4: 1 -> 0
    assert current(engine).step == "gad7:4"
    correct(engine, "I want to change question 2")
    assert current(engine).step == "gad7:2"
    say(engine, "more than half the days")  # GAD-7 item 2: 0 -> 2
    assert current(engine).step == "gad7:4"
    assert totals(store, engine) == {"phq9": 7, "gad7": 2}


def test_several_questions_fit_so_the_patient_is_asked_which_with_buttons(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    to_gad7_item(engine, 3)
    assert correct(engine, "I want to change my answers to the worry questions") == []
    intake = current(engine)
    assert intake.step.startswith(WHICH) and intake.resume_step == "gad7:3"
    (prompt,) = engine.prompt(intake)
    assert prompt.response == "utter_ask_which_answer_to_change"
    assert [b.title for b in prompt.buttons] == ["1", "2"]
    assert prompt.variables["answer_list"].splitlines() == [
        "1. GAD-7: Feeling nervous, anxious, or on edge: Not at all",
        "2. GAD-7: Not being able to stop or control worrying: Not at all",
    ]
    assert responses(engine.handle(intake, Reply("", choice=f"{WHICH}=gad7__2"))) == [
        "utter_review_change"
    ]
    assert current(engine).step == "gad7:2"
    say(engine, "several days")
    assert current(engine).step == "gad7:3"
    assert totals(store, engine)["gad7"] == 1


def test_the_which_list_takes_a_typed_number_and_asks_again_when_unclear(
    engine: IntakeEngine,
) -> None:
    to_gad7_item(engine, 3)
    correct(engine, "the anxiety questions")
    assert responses(say(engine, "hmm")) == ["utter_review_unclear"]
    assert current(engine).step.startswith(WHICH)
    say(engine, "2")
    assert current(engine).step == "gad7:2"


def test_keep_my_answers_returns_to_the_question_being_asked(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    to_gad7_item(engine, 3)
    correct(engine, "change the mood questions")
    assert responses(say(engine, choice=f"{WHICH}={KEEP}")) == ["utter_carry_on"]
    intake = current(engine)
    assert intake.step == "gad7:3" and intake.resume_step is None
    assert totals(store, engine) == {"phq9": 8, "gad7": 0}


def test_a_which_button_tapped_later_is_stale(engine: IntakeEngine) -> None:
    to_gad7_item(engine, 3)
    correct(engine, "the anxiety questions")
    say(engine, choice=f"{WHICH}={KEEP}")
    assert responses(say(engine, choice=f"{WHICH}=gad7__1")) == ["utter_stale_button"]
    assert current(engine).step == "gad7:3"


def test_go_back_and_actually_still_change_the_latest_answer(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    to_gad7_item(engine, 3)
    assert responses(correct(engine, "actually it's more than half the days")) == [
        "utter_answer_changed"
    ]
    assert totals(store, engine)["gad7"] == 2
    assert responses(correct(engine, "go back")) == ["utter_going_back"]
    assert current(engine).step == "gad7:2"


def test_medicines_named_go_back_to_the_read_back_then_on_to_the_first_open_question(
    store: IntakeStore,
) -> None:
    plan = IntakePlan([PHQ9, GAD7], min_age=18, medications=True)
    engine = IntakeEngine(store, plan, region("US"))
    engine.begin("p1", "rest")
    for text in ("yes", "I'm 34", "low mood", *NO_MEDICINES, "several days", "not at all"):
        say(engine, text)
    assert current(engine).step == "phq9:3"
    assert responses(correct(engine, "I need to change my medications")) == ["utter_review_change"]
    assert current(engine).step == "meds:confirm"
    say(engine, "yes")
    assert current(engine).step == "phq9:3"  # the answered questions are not asked again


def test_medicines_not_yet_asked_cannot_be_changed(store: IntakeStore) -> None:
    plan = IntakePlan([PHQ9], min_age=18, medications=True, medications_position=1)
    engine = IntakeEngine(store, plan, region("US"))
    engine.begin("p1", "rest")
    for text in ("yes", "I'm 34", "low mood", "several days"):
        say(engine, text)
    assert responses(correct(engine, "change my medicines")) == ["utter_answer_not_found"]
    assert current(engine).step == "phq9:2"


# -- vague words on the two-week scale ----------------------------------------------------------


def test_a_vague_word_is_asked_again_kindly_and_nothing_is_stored(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    engine.begin("p1", "rest")
    for text in ("yes", "I'm 34", "low mood"):
        say(engine, text)
    assert responses(say(engine, "sometimes")) == ["utter_answer_vague_frequency"]
    assert responses(say(engine, "hmm")) == ["utter_answer_unclear"]
    intake = current(engine)
    assert intake.step == "phq9:1" and store.answers(intake.id) == []
    say(engine, "sometimes, about 3 days")
    assert [(a.item_id, a.value) for a in store.answers(intake.id)] == [("1", "several_days")]


def test_sometimes_is_an_answer_on_the_stress_scale(store: IntakeStore) -> None:
    plan = IntakePlan([instruments.load("pss10")], min_age=18)
    engine = IntakeEngine(store, plan, region("US"))
    engine.begin("p1", "rest")
    for text in ("yes", "I'm 34", "stress", "sometimes"):
        say(engine, text)
    answers = store.answers(current(engine).id)
    assert [(a.item_id, a.value, a.score) for a in answers] == [("1", "sometimes", 2)]


def test_every_which_list_button_fits_telegram_callback_data(engine: IntakeEngine) -> None:
    to_gad7_item(engine, 3)
    correct(engine, "change the mood questions")
    (prompt,) = engine.prompt(current(engine))
    assert len(prompt.buttons) == 10
    for button in prompt.buttons:
        assert decode_payload(encode_payload(button.payload)) == button.payload


def test_a_long_list_of_naming_words_still_fits_the_step_key(engine: IntakeEngine) -> None:
    to_gad7_item(engine, 3)
    text = (
        "change what I said about interest, hopeless, tired, appetite, failure, concentrating "
        "and restless"  # one word of each of seven questions: a tie, so the patient chooses
    )
    assert correct(engine, text) == []
    intake = current(engine)
    assert intake.step.startswith(WHICH) and len(intake.step) <= 64
    (prompt,) = engine.prompt(intake)
    assert len(prompt.buttons) >= 2


def test_a_risk_disclosure_during_the_which_list_resumes_at_the_question_after_the_check(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    to_gad7_item(engine, 3)
    correct(engine, "the anxiety questions")
    signal = RiskSignal("high", ("suicide_self_harm",), "hurting myself")
    engine.record_risk("p1", "rest", signal, "I keep thinking about hurting myself")
    assert current(engine).resume_step == "gad7:3"
    say(engine, "yes I'm safe")
    say(engine, "carry on")
    assert current(engine).step == "gad7:3"
    assert [f.kind for f in store.flags(current(engine).id)][0] == "risk_suicide_self_harm"
