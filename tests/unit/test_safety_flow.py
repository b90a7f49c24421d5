"""The crisis protocol in the intake engine: flag first, safety check, C-SSRS triage."""

from __future__ import annotations

from bot.intake import CONTINUE_AFTER_SAFETY, SAFE_NOW, IntakeEngine, Reply, RiskSignal, Say
from bot.store import IntakeRecord

SELF_HARM = RiskSignal("high", ("suicide_self_harm",), "hurting myself")


def responses(messages: list[Say]) -> list[str | None]:
    return [m.response for m in messages]


def current(engine: IntakeEngine) -> IntakeRecord:
    intake = engine.store.latest_intake("p1")
    assert intake is not None
    return intake


def say(engine: IntakeEngine, text: str, choice: str | None = None) -> list[Say]:
    return engine.handle(current(engine), Reply(text=text, choice=choice))


def to_phq9_item(engine: IntakeEngine, item: int) -> None:
    engine.begin("p1", "rest")
    for text in ("yes", "30", "low mood"):
        say(engine, text)
    for n in range(1, item):
        say(engine, "", choice=f"phq9:{n}=several_days")


def test_disclosure_mid_questionnaire_is_flagged_then_safety_check(engine: IntakeEngine) -> None:
    to_phq9_item(engine, 3)
    intake, messages = engine.record_risk("p1", "rest", SELF_HARM, "several days, hurting myself")
    assert responses(messages) == ["utter_crisis_self_harm"]
    assert messages[0].variables == {
        "emergency_number": "911",
        "crisis_line": engine.region.crisis_line,
    }
    (flag,) = engine.store.flags(intake.id)
    assert (flag.category, flag.risk, flag.severity, flag.evidence) == (
        "suicide_self_harm",
        "high",
        "urgent",
        "hurting myself",
    )
    assert intake.step == SAFE_NOW and intake.resume_step == "phq9:3"
    assert responses(engine.prompt(intake)) == ["utter_ask_safe_now"]
    assert engine.store.pending_alerts(intake.id) == [flag]


def test_safe_answer_offers_to_continue_and_returns_to_the_same_question(
    engine: IntakeEngine,
) -> None:
    to_phq9_item(engine, 3)
    engine.record_risk("p1", "rest", SELF_HARM, "hurting myself")
    assert responses(say(engine, "yes, I'm safe")) == ["utter_safe_now_thanks"]
    assert current(engine).step == CONTINUE_AFTER_SAFETY
    assert responses(say(engine, "", choice="safety:continue=continue")) == ["utter_carry_on"]
    assert current(engine).step == "phq9:3"
    assert [f.kind for f in engine.store.flags(current(engine).id)] == [
        "risk_suicide_self_harm",
        "safe_now_confirmed",
    ]


def test_safe_answer_then_stop_pauses_at_the_same_question(engine: IntakeEngine) -> None:
    to_phq9_item(engine, 4)
    engine.record_risk("p1", "rest", SELF_HARM, "hurting myself")
    say(engine, "", choice="safety:safe_now=yes")
    say(engine, "stop for now")
    intake = current(engine)
    assert intake.status == "paused" and intake.step == "phq9:4"


def test_unsafe_answer_repeats_emergency_route_and_ends_the_questions(
    engine: IntakeEngine,
) -> None:
    to_phq9_item(engine, 2)
    engine.record_risk("p1", "rest", SELF_HARM, "hurting myself")
    assert responses(say(engine, "no I'm not safe")) == ["utter_crisis_not_safe"]
    intake = current(engine)
    assert intake.status == "stopped_for_safety"
    assert not engine.is_waiting_in_section(intake, None)
    kinds = [(f.kind, f.severity) for f in engine.store.flags(intake.id)]
    assert ("not_safe_now", "urgent") in kinds
    assert responses(engine.begin("p1", "rest").messages) == ["utter_after_safety_stop"]


def test_unclear_safety_answer_is_asked_again_with_the_numbers(engine: IntakeEngine) -> None:
    to_phq9_item(engine, 2)
    engine.record_risk("p1", "rest", SELF_HARM, "hurting myself")
    (out,) = say(engine, "I think so")
    assert out.response == "utter_safe_now_unclear" and out.variables["emergency_number"]
    assert current(engine).step == SAFE_NOW


def test_disclosure_before_any_intake_creates_one_to_keep_the_flag(engine: IntakeEngine) -> None:
    intake, _ = engine.record_risk("p1", "rest", SELF_HARM, "I want to die")
    assert intake.step == SAFE_NOW and intake.resume_step == "consent"
    assert len(engine.store.flags(intake.id)) == 1


def test_you_misunderstood_annotates_never_erases(engine: IntakeEngine) -> None:
    to_phq9_item(engine, 2)
    engine.record_risk("p1", "rest", SELF_HARM, "hurting myself")
    assert engine.annotate_latest_risk_flag("p1", "you misunderstood, I was joking")
    (flag,) = [f for f in engine.store.flags(current(engine).id) if f.category]
    assert flag.severity == "urgent" and flag.risk == "high"
    assert [a.text for a in flag.annotations] == ["you misunderstood, I was joking"]


def test_medical_emergency_gets_the_medical_reply(engine: IntakeEngine) -> None:
    signal = RiskSignal("emergency", ("medical_emergency", "suicide_self_harm"), "chest pain")
    _, messages = engine.record_risk("p1", "rest", signal, "chest pain")
    assert responses(messages) == ["utter_crisis_medical"]


def test_item9_above_zero_starts_the_cssrs_screener(engine: IntakeEngine) -> None:
    to_phq9_item(engine, 9)
    assert responses(say(engine, "several days")) == ["utter_item_flag_support"]
    say(engine, "somewhat difficult")  # item 10
    intake = current(engine)
    assert intake.step == "cssrs:1"
    assert engine.advance(intake).messages[0].text.startswith("Thank you for answering")  # type: ignore[union-attr]
    assert engine.prompt(intake)[0].text.startswith("Question 1 of 6")  # type: ignore[union-attr]


def test_item9_zero_skips_the_cssrs_screener(engine: IntakeEngine) -> None:
    to_phq9_item(engine, 9)
    say(engine, "not at all")
    say(engine, "somewhat difficult")
    assert current(engine).step == "gad7:1"


def test_cssrs_high_risk_answer_is_urgent_and_starts_the_crisis_protocol(
    engine: IntakeEngine,
) -> None:
    to_phq9_item(engine, 9)
    say(engine, "", choice="phq9:9=more_than_half")
    say(engine, "", choice="phq9:10=very_difficult")
    for n in (1, 2, 3):
        say(engine, "", choice=f"cssrs:{n}=yes")
    out = say(engine, "", choice="cssrs:4=yes")
    assert responses(out) == ["utter_crisis_screener_high_risk"]
    intake = current(engine)
    assert intake.step == SAFE_NOW and intake.resume_step == "cssrs:5"
    flags = engine.store.flags(intake.id)
    assert ("cssrs_high_risk", "urgent") in [(f.kind, f.severity) for f in flags]
    assert {f.kind for f in flags if f.severity == "review"} == {
        "cssrs_wish_dead",
        "cssrs_suicidal_thoughts",
        "cssrs_method",
    }


def test_cssrs_behaviour_asks_when_and_recent_behaviour_is_high_risk(
    engine: IntakeEngine,
) -> None:
    to_phq9_item(engine, 9)
    say(engine, "", choice="phq9:9=several_days")
    say(engine, "", choice="phq9:10=somewhat_difficult")
    for n in range(1, 6):
        say(engine, "", choice=f"cssrs:{n}=no")
    say(engine, "", choice="cssrs:6=yes")
    assert current(engine).step == "cssrs:6b"
    assert responses(say(engine, "", choice="cssrs:6b=yes")) == ["utter_crisis_screener_high_risk"]


def test_cssrs_all_no_continues_to_gad7(engine: IntakeEngine) -> None:
    to_phq9_item(engine, 9)
    say(engine, "", choice="phq9:9=several_days")
    say(engine, "", choice="phq9:10=somewhat_difficult")
    for n in range(1, 7):
        say(engine, "", choice=f"cssrs:{n}=no")
    assert current(engine).step == "gad7:1"


def test_a_soft_zero_counts_on_item_1_but_is_asked_again_on_item_9(engine: IntakeEngine) -> None:
    # "not really" is "not at all" on an ordinary item; on item 9 a 0 is not reassurance
    # (CLINICAL.md section 1), so only a firm zero is taken there, typed or from the NLU entity.
    to_phq9_item(engine, 1)
    say(engine, "not really")
    assert current(engine).step == "phq9:2"
    for n in range(2, 9):
        say(engine, "", choice=f"phq9:{n}=several_days")
    assert responses(say(engine, "not really")) != []
    assert current(engine).step == "phq9:9"
    out = engine.handle(current(engine), Reply(text="never really", frequency="not_at_all"))
    assert out and current(engine).step == "phq9:9"
    say(engine, "never")
    assert current(engine).step == "phq9:10"
    answers = {(a.instrument, a.item_id): a.value for a in engine.store.answers(current(engine).id)}
    assert answers[("phq9", "1")] == "not_at_all" and answers[("phq9", "9")] == "not_at_all"
