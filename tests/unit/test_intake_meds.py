"""The medicines-and-supplements part of the intake, over a real (temporary) store."""

from __future__ import annotations

import pytest

from bot import instruments, intake_meds
from bot.intake import IntakeEngine, IntakePlan
from bot.regions import region
from bot.store import IntakeRecord, IntakeStore
from bot.summary import build_summary, validate_summary
from tests.intakes import current, responses, say


@pytest.fixture
def engine(store: IntakeStore) -> IntakeEngine:
    plan = IntakePlan(
        [instruments.load("phq9"), instruments.load("cssrs"), instruments.load("gad7")],
        min_age=18,
        medications=True,
    )
    return IntakeEngine(store, plan, region("US"))


def to_medications(engine: IntakeEngine) -> None:
    engine.begin("p1", "rest")
    say(engine, "yes")
    say(engine, "I'm 40")
    say(engine, "low mood and no energy")
    assert current(engine).step == intake_meds.PRESCRIPTIONS


def names(store: IntakeStore, intake: IntakeRecord) -> list[tuple[str, str, str]]:
    return [(m.name, m.kind, m.status) for m in store.medications(intake.id)]


def test_medicines_come_after_the_welcome_with_a_short_bridge(engine: IntakeEngine) -> None:
    to_medications(engine)
    advance = engine.advance(current(engine))
    assert advance.section == "meds" and advance.run_questions
    assert responses(advance.messages) == ["utter_meds_intro"]
    assert responses(engine.prompt(current(engine))) == ["utter_ask_prescriptions"]


def test_brand_and_supplement_are_read_back_by_generic_name(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    to_medications(engine)
    say(engine, "zoloft 50mg in the morning")
    say(engine, "I take 5htp at night")
    intake = current(engine)
    assert intake.step == intake_meds.CONFIRM
    assert names(store, intake) == [
        ("sertraline", "medication", "current"),
        ("5-htp", "supplement", "current"),
    ]
    (read_back,) = engine.prompt(intake)
    assert read_back.response == "utter_ask_meds_confirm"
    assert read_back.variables["medication_list"] == "• sertraline\n• 5-HTP"


def test_past_use_is_recorded_as_past_not_current(engine: IntakeEngine, store: IntakeStore) -> None:
    to_medications(engine)
    say(engine, "I stopped prozac in March, now on citalopram")
    say(engine, "none", choice="meds:supplements=none")
    intake = current(engine)
    assert sorted(names(store, intake)) == [
        ("citalopram", "medication", "current"),
        ("fluoxetine", "medication", "past"),
    ]
    (read_back,) = engine.prompt(intake)
    assert "Taken in the past: fluoxetine" in read_back.variables["medication_list"]


def test_none_by_button_and_by_words_leads_to_an_empty_read_back(engine: IntakeEngine) -> None:
    to_medications(engine)
    say(engine, choice="meds:prescriptions=none")
    say(engine, "no supplements at all")
    assert responses(engine.prompt(current(engine))) == ["utter_ask_meds_confirm_empty"]


def test_unrecognised_names_are_asked_again_then_kept_in_the_patients_words(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    to_medications(engine)
    assert responses(say(engine, "the little blue one")) == ["utter_meds_names_unclear"]
    assert current(engine).step == intake_meds.PRESCRIPTIONS
    assert responses(say(engine, "the little blue one")) == ["utter_meds_kept_in_your_words"]
    intake = current(engine)
    assert intake.step == intake_meds.SUPPLEMENTS
    (med,) = store.medications(intake.id)
    assert med.kind == "unrecognised" and med.patient_words == "the little blue one"


def test_skipping_the_question_leaves_a_review_flag(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    to_medications(engine)
    say(engine, choice="meds:prescriptions=skip")
    flags = store.flags(current(engine).id)
    assert [(f.kind, f.severity) for f in flags] == [("meds_not_answered", "review")]


def test_patient_can_add_and_remove_at_the_read_back(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    to_medications(engine)
    say(engine, "sertraline and lithium")
    say(engine, choice="meds:supplements=none")
    say(engine, choice="meds:confirm=add")
    assert current(engine).step == intake_meds.ADD
    say(engine, "melatonin")
    assert current(engine).step == intake_meds.CONFIRM
    say(engine, choice="meds:confirm=remove")
    (remove_prompt,) = engine.prompt(current(engine))
    lithium = next(b for b in remove_prompt.buttons if b.title == "lithium")
    choice = lithium.payload.split('"choice":"')[1].rstrip('"}')
    say(engine, choice=choice)
    intake = current(engine)
    assert intake.step == intake_meds.CONFIRM
    assert [n for n, _, _ in names(store, intake)] == ["sertraline", "melatonin"]
    # Removed, not deleted: what the patient said is kept.
    assert len(store.medications(intake.id, include_removed=True)) == 3


def test_a_name_typed_at_the_read_back_is_added(engine: IntakeEngine, store: IntakeStore) -> None:
    to_medications(engine)
    say(engine, "sertraline")
    say(engine, choice="meds:supplements=none")
    say(engine, "you forgot my melatonin")
    intake = current(engine)
    assert intake.step == intake_meds.CONFIRM
    assert [n for n, _, _ in names(store, intake)] == ["sertraline", "melatonin"]


def test_saying_no_at_the_read_back_offers_add_or_remove(engine: IntakeEngine) -> None:
    to_medications(engine)
    say(engine, "sertraline")
    say(engine, choice="meds:supplements=none")
    assert responses(say(engine, "no that's wrong")) == ["utter_meds_how_to_change"]
    assert current(engine).step == intake_meds.CONFIRM


def test_stale_button_from_an_earlier_question_is_refused(engine: IntakeEngine) -> None:
    to_medications(engine)
    say(engine, "sertraline")
    assert responses(say(engine, choice="meds:prescriptions=none")) == ["utter_stale_button"]
    assert current(engine).step == intake_meds.SUPPLEMENTS


def test_sertraline_and_5htp_fire_the_interaction_rule_and_ask_about_symptoms(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    to_medications(engine)
    say(engine, "sertraline 100mg")
    say(engine, "5-htp")
    say(engine, choice="meds:confirm=yes")
    intake = current(engine)
    fired = store.interaction_flags(intake.id)
    assert any(set(f.items) == {"sertraline", "5-htp"} for f in fired)
    assert all(f.source for f in fired)
    assert intake.step == intake_meds.DETAILS
    say(engine, "sertraline 100 mg since 2021, 5-htp 100 mg for a month")
    intake = current(engine)
    assert intake.medication_details == "sertraline 100 mg since 2021, 5-htp 100 mg for a month"
    assert intake.step == intake_meds.TOXICITY
    assert responses(say(engine, choice="meds:toxicity=no")) == []
    intake = current(engine)
    assert intake.step == "phq9:1"
    assert [f.kind for f in store.flags(intake.id)] == ["toxicity_screen_negative"]


def test_toxicity_symptoms_raise_a_medical_emergency_through_the_safety_protocol(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    to_medications(engine)
    say(engine, "sertraline")
    say(engine, "st johns wort")
    say(engine, choice="meds:confirm=yes")
    say(engine, choice="meds:details=skip")
    messages = say(engine, "yes I'm sweating a lot and shaking")
    assert responses(messages) == ["utter_crisis_medical"]
    intake = current(engine)
    assert intake.step == "safety:safe_now"
    assert intake.resume_step == "phq9:1"  # the question is not asked again afterwards
    (flag,) = [f for f in store.flags(intake.id) if f.category == "medical_emergency"]
    assert flag.severity == "urgent" and flag.risk == "emergency"
    assert "serotonin toxicity" in flag.description
    assert flag.evidence == "yes I'm sweating a lot and shaking"
    assert flag.alert_status is None  # queued for the practitioner alert


def test_symptoms_described_in_words_count_as_yes(engine: IntakeEngine) -> None:
    to_medications(engine)
    say(engine, "sertraline")
    say(engine, "5htp")
    say(engine, choice="meds:confirm=yes")
    say(engine, choice="meds:details=skip")
    assert responses(say(engine, "my heart is racing")) == ["utter_crisis_medical"]


def test_unclear_toxicity_answer_is_asked_again_then_flagged_not_assumed_no(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    to_medications(engine)
    say(engine, "sertraline")
    say(engine, "5htp")
    say(engine, choice="meds:confirm=yes")
    say(engine, choice="meds:details=skip")
    assert responses(say(engine, "hmm")) == ["utter_toxicity_unclear"]
    assert responses(say(engine, "dunno")) == ["utter_toxicity_unclear"]
    assert responses(say(engine, "maybe")) == ["utter_answer_moving_on"]
    flags = store.flags(current(engine).id)
    assert [(f.kind, f.severity) for f in flags] == [("toxicity_question_unanswered", "urgent")]


def test_no_serotonergic_combination_skips_the_symptom_question(engine: IntakeEngine) -> None:
    to_medications(engine)
    say(engine, "sertraline")
    say(engine, "magnesium and vitamin d")
    say(engine, choice="meds:confirm=yes")
    say(engine, choice="meds:details=skip")
    assert current(engine).step == "phq9:1"


def test_maoi_with_a_serotonergic_agent_alerts_the_practitioner(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    to_medications(engine)
    say(engine, "phenelzine")
    say(engine, "5-htp")
    say(engine, choice="meds:confirm=yes")
    intake = current(engine)
    assert any(f.severity == "highest" for f in store.interaction_flags(intake.id))
    urgent = [f for f in store.flags(intake.id) if f.severity == "urgent"]
    assert urgent and all(f.kind.startswith("interaction_") for f in urgent)


def test_the_patient_is_never_told_about_the_interaction(engine: IntakeEngine) -> None:
    to_medications(engine)
    say(engine, "phenelzine")
    say(engine, "5-htp")
    assert responses(say(engine, choice="meds:confirm=yes")) == ["utter_meds_noted"]


def test_summary_carries_medications_and_interaction_flags(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    to_medications(engine)
    say(engine, "zoloft, and I came off prozac last year")
    say(engine, "5htp")
    say(engine, choice="meds:confirm=yes")
    say(engine, "50mg since january")
    intake = current(engine)
    summary = build_summary(store, intake)
    validate_summary(summary)
    meds = {(m["name"], m["status"]): m for m in summary["medications"]}
    assert set(meds) == {("sertraline", "current"), ("fluoxetine", "past"), ("5-htp", "current")}
    assert meds[("sertraline", "current")]["patient_words"].lower() == "zoloft"
    assert all(m["confirmed"] for m in summary["medications"])
    assert summary["medication_details"] == "50mg since january"
    (flag, *_) = summary["interaction_flags"]
    assert set(flag["items"]) == {"sertraline", "5-htp"} and flag["source"]


def test_read_back_before_confirmation_is_marked_unconfirmed(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    to_medications(engine)
    say(engine, "sertraline")
    summary = build_summary(store, current(engine))
    validate_summary(summary)
    assert [m["confirmed"] for m in summary["medications"]] == [False]


def test_pause_and_resume_keep_the_medicines_question(engine: IntakeEngine) -> None:
    to_medications(engine)
    say(engine, "sertraline")
    engine.pause(current(engine))
    begin = engine.begin("p1", "rest")
    assert responses(begin.messages) == ["utter_welcome_back"]
    assert current(engine).step == intake_meds.SUPPLEMENTS
