"""The intake state machine over a real (temporary) store."""

from __future__ import annotations

from bot.intake import IntakeEngine, Reply, Say, choice_payload
from bot.store import IntakeRecord, IntakeStore
from bot.summary import build_summary, validate_summary


def responses(messages: list[Say]) -> list[str | None]:
    return [m.response for m in messages]


def current(engine: IntakeEngine, ref: str = "p1") -> IntakeRecord:
    intake = engine.store.latest_intake(ref)
    assert intake is not None
    return intake


def say(engine: IntakeEngine, text: str, choice: str | None = None, ref: str = "p1") -> list[Say]:
    return engine.handle(current(engine, ref), Reply(text=text, choice=choice))


def through_welcome(engine: IntakeEngine, ref: str = "p1") -> None:
    engine.begin(ref, "rest")
    say(engine, "yes", ref=ref)
    say(engine, "I'm 34", ref=ref)
    say(engine, "I can't sleep and I worry all the time", ref=ref)


def test_new_patient_gets_disclaimer_then_consent_question(engine: IntakeEngine) -> None:
    begin = engine.begin("p1", "rest")
    assert responses(begin.messages) == ["utter_greet_disclaimer"]
    assert begin.messages[0].variables["emergency_number"] == "911"
    assert responses(engine.prompt(current(engine))) == ["utter_ask_consent"]


def test_refusal_stores_only_the_refusal(engine: IntakeEngine, store: IntakeStore) -> None:
    engine.begin("p1", "rest")
    say(engine, "no thanks")
    intake = current(engine)
    assert intake.status == "declined"
    assert [c.decision for c in store.consents(intake.id)] == ["refused"]
    assert store.answers(intake.id) == [] and intake.age is None and intake.concerns is None
    assert responses(engine.advance(intake).messages) == ["utter_goodbye_no_consent"]


def test_unclear_consent_is_asked_again(engine: IntakeEngine) -> None:
    engine.begin("p1", "rest")
    assert responses(say(engine, "what is this?")) == ["utter_consent_unclear"]
    assert current(engine).step == "consent"


def test_under_minimum_age_stops_without_keeping_the_age(engine: IntakeEngine) -> None:
    engine.begin("p1", "rest")
    say(engine, "yes")
    say(engine, "I'm 16")
    intake = current(engine)
    assert intake.status == "ineligible" and intake.age is None
    assert responses(engine.advance(intake).messages) == ["utter_underage"]


def test_unclear_age_is_asked_again(engine: IntakeEngine) -> None:
    engine.begin("p1", "rest")
    say(engine, "yes")
    assert responses(say(engine, "old enough")) == ["utter_age_unclear"]
    assert current(engine).step == "age"


def test_first_question_has_progress_and_option_buttons(engine: IntakeEngine) -> None:
    through_welcome(engine)
    (prompt,) = engine.prompt(current(engine))
    assert prompt.text is not None and prompt.text.startswith("Question 1 of 9")
    assert "Little interest or pleasure in doing things" in prompt.text
    assert [b.title for b in prompt.buttons] == [
        "Not at all",
        "Several days",
        "More than half the days",
        "Nearly every day",
    ]
    assert prompt.buttons[1].payload == choice_payload("inform", "phq9:1", "several_days")


def test_unclear_answer_is_asked_again_not_scored_zero(engine: IntakeEngine) -> None:
    through_welcome(engine)
    assert responses(say(engine, "hmm, not sure what you mean")) == ["utter_answer_unclear"]
    intake = current(engine)
    assert intake.step == "phq9:1" and intake.unclear_count == 1
    assert engine.store.answers(intake.id) == []


def test_three_unclear_answers_record_unanswered_and_flag(engine: IntakeEngine) -> None:
    through_welcome(engine)
    for _ in range(2):
        say(engine, "maybe")
    assert responses(say(engine, "dunno")) == ["utter_answer_moving_on"]
    intake = current(engine)
    assert intake.step == "phq9:2" and intake.unclear_count == 0
    (answer,) = engine.store.answers(intake.id)
    assert answer.status == "unanswered" and answer.score is None and answer.value is None
    (flag,) = engine.store.flags(intake.id)
    assert flag.kind == "item_unanswered" and flag.item_id == "1"


def test_stale_button_from_an_earlier_question_is_ignored(engine: IntakeEngine) -> None:
    through_welcome(engine)
    say(engine, "", choice="phq9:1=several_days")
    assert responses(say(engine, "", choice="phq9:1=nearly_every_day")) == ["utter_stale_button"]
    intake = current(engine)
    assert intake.step == "phq9:2"
    assert [a.value for a in engine.store.answers(intake.id)] == ["several_days"]


def test_malformed_button_value_is_unclear_not_scored(engine: IntakeEngine) -> None:
    through_welcome(engine)
    assert responses(say(engine, "", choice="phq9:1=lots")) == ["utter_answer_unclear"]
    assert engine.store.answers(current(engine).id) == []


def test_item9_above_zero_flags_and_shows_support(engine: IntakeEngine) -> None:
    through_welcome(engine)
    for n in range(1, 9):
        say(engine, "", choice=f"phq9:{n}=not_at_all")
    out = say(engine, "several days")
    assert responses(out) == ["utter_item_flag_support"]
    flags = engine.store.flags(current(engine).id)
    assert [(f.kind, f.severity) for f in flags] == [("phq9_item9_positive", "urgent")]
    assert flags[0].evidence is not None and "several days" in flags[0].evidence


def test_item10_skipped_when_no_problem_checked(engine: IntakeEngine) -> None:
    through_welcome(engine)
    for n in range(1, 10):
        say(engine, "", choice=f"phq9:{n}=not_at_all")
    assert current(engine).step == "gad7:1"


def test_pause_and_resume_returns_to_the_same_question(engine: IntakeEngine) -> None:
    through_welcome(engine)
    say(engine, "", choice="phq9:1=several_days")
    say(engine, "nearly every day")
    engine.pause(current(engine))
    assert current(engine).status == "paused"
    begin = engine.begin("p1", "rest")
    assert responses(begin.messages) == ["utter_welcome_back"] and begin.run_questions
    intake = current(engine)
    assert intake.status == "active" and intake.step == "phq9:3"
    assert engine.prompt(intake)[0].text.startswith("Question 3 of 9")  # type: ignore[union-attr]


def test_whole_intake_is_scored_and_summarised(engine: IntakeEngine) -> None:
    through_welcome(engine)
    phq = [
        "several_days",
        "more_than_half",
        "nearly_every_day",
        "several_days",
        "not_at_all",
        "several_days",
        "more_than_half",
        "not_at_all",
        "not_at_all",
    ]
    for n, value in enumerate(phq, start=1):
        say(engine, "", choice=f"phq9:{n}={value}")
    say(engine, "somewhat difficult")
    assert engine.advance(current(engine)).messages[0].text.startswith("Thank you, that part")  # type: ignore[union-attr]
    for _ in range(7):
        say(engine, "several days")
    intake = current(engine)
    assert intake.status == "complete" and intake.completed_at is not None
    assert responses(engine.advance(intake).messages) == ["utter_intake_complete"]
    summary = build_summary(engine.store, intake)
    validate_summary(summary)
    phq9, gad7 = summary["instruments"]
    assert (phq9["total"], phq9["band"]) == (10, "Moderate")
    assert phq9["items"][9]["value"] == "somewhat_difficult" and phq9["items"][9]["score"] == 1
    assert (gad7["total"], gad7["band"]) == (7, "Mild")
    assert gad7["items"][0]["patient_words"] == "several days"
    assert summary["main_concerns"] == "I can't sleep and I worry all the time"
    assert summary["consent"][0]["decision"] == "given"


def test_greeting_after_a_refusal_asks_for_consent_again(engine: IntakeEngine) -> None:
    engine.begin("p1", "rest")
    say(engine, "no")
    declined = current(engine)
    begin = engine.begin("p1", "rest")
    assert begin.intake is not None and begin.intake.id != declined.id
    assert begin.intake.status == "awaiting_consent"
    assert responses(begin.messages) == ["utter_greet_disclaimer"]


def test_completed_intake_is_not_restarted_by_a_greeting(engine: IntakeEngine) -> None:
    engine.begin("p1", "rest")
    engine.store.update_intake(current(engine).id, status="complete")
    begin = engine.begin("p1", "rest")
    assert responses(begin.messages) == ["utter_intake_already_complete"]
    assert not begin.run_questions
    assert engine.begin("p1", "rest", want_new=True).intake.status == "awaiting_consent"  # type: ignore[union-attr]
