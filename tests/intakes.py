"""Real intakes for tests: driven through bot.intake.IntakeEngine, answer by answer."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path

from bot import instruments
from bot.intake import IntakeEngine, IntakePlan, Reply, Say
from bot.regions import region
from bot.store import IntakeRecord, IntakeStore

# A completed intake with PHQ-9 item 9 above 0 (an urgent flag), the C-SSRS screener and
# the GAD-7: PHQ-9 total 12 (moderate), GAD-7 total 9 (mild).
PHQ9_WITH_ITEM9 = (
    "nearly every day",
    "several days",
    "more than half the days",
    "nearly every day",
    "not at all",
    "several days",
    "several days",
    "not at all",
    "several days, sometimes I think everyone would be better off without me",
    "very difficult",
)
CSSRS_LOW = ("yes", "no", "no", "no", "no", "no")
GAD7 = (
    "several days",
    "more than half the days",
    "several days",
    "nearly every day",
    "not at all",
    "several days",
    "several days",
)
PHQ9_MILD = ("several days",) * 6 + ("not at all",) * 3 + ("somewhat difficult",)
# Answers to the medicines questions: none taken (prescriptions, supplements, read-back).
NO_MEDICINES = ("none", "no supplements", "yes")
# Sertraline with 5-HTP: an interaction flag for the practitioner; no toxicity symptoms now.
SERTRALINE_AND_5HTP = (
    "zoloft 100mg",
    "5htp at night",
    "yes that's right",
    "sertraline 100 mg since 2022, 5-htp for two months",
    "no",
)


def make_engine(store: IntakeStore) -> IntakeEngine:
    plan = IntakePlan(
        [instruments.load("phq9"), instruments.load("cssrs"), instruments.load("gad7")],
        min_age=18,
        medications=True,
    )
    return IntakeEngine(store, plan, region("US"))


def new_store(directory: Path) -> IntakeStore:
    store = IntakeStore(f"sqlite:///{directory / 'intake.db'}")
    store.upgrade()
    return store


def run_intake(
    engine: IntakeEngine,
    ref: str,
    replies: Sequence[str],
    *,
    concerns: str = "I can't sleep and I worry all the time",
    question: str | None = None,
    medicines: Sequence[str] = NO_MEDICINES,
) -> IntakeRecord:
    """Consent, age, concerns, the medicines questions (when the plan asks them), then
    `replies` one by one, as a patient would type them."""
    engine.begin(ref, "rest", want_new=True)
    meds = tuple(medicines) if engine.plan.medications else ()
    for text in ("yes", "I'm 34", concerns, *meds, *replies):
        intake = engine.store.latest_intake(ref)
        assert intake is not None
        engine.handle(intake, Reply(text=text))
    intake = engine.store.latest_intake(ref)
    assert intake is not None
    if question:
        engine.store.add_question(intake.id, question)
    return intake


def full_intake_with_flag(engine: IntakeEngine, ref: str = "patient-7f3a") -> IntakeRecord:
    intake = run_intake(
        engine,
        ref,
        PHQ9_WITH_ITEM9 + CSSRS_LOW + GAD7,
        question="Can I take St John's wort with my sertraline?",
        medicines=SERTRALINE_AND_5HTP,
    )
    assert intake.status == "complete", intake
    return intake


def mild_intake(engine: IntakeEngine, ref: str = "patient-7f3a", days_ago: int = 0) -> IntakeRecord:
    """A complete intake (PHQ-9 6 mild, GAD-7 9 mild); `days_ago` moves its finish back in
    time, as for a patient who screened weeks before."""
    intake = run_intake(engine, ref, PHQ9_MILD + GAD7)
    assert intake.status == "complete", intake
    if days_ago:
        finished = datetime.now(timezone.utc) - timedelta(days=days_ago)
        intake = engine.store.update_intake(intake.id, completed_at=finished)
    return intake


def current(engine: IntakeEngine, ref: str = "p1") -> IntakeRecord:
    """The patient's latest intake, as the engine left it."""
    intake = engine.store.latest_intake(ref)
    assert intake is not None
    return intake


def say(
    engine: IntakeEngine, text: str = "", choice: str | None = None, ref: str = "p1"
) -> list[Say]:
    """One patient turn: typed words, or a button tap ("<step>=<value>")."""
    return engine.handle(current(engine, ref), Reply(text=text, choice=choice))


def responses(messages: list[Say]) -> list[str | None]:
    return [m.response for m in messages]
