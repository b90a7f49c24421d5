"""Lifestyle and context (skippable, the patient's words kept) and the deployment file."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import instruments
from bot.config import load_settings
from bot.deployment import DeploymentError, read
from bot.intake import IntakeEngine, IntakePlan
from bot.regions import region
from bot.runtime import build_engine
from bot.store import IntakeStore
from bot.summary import build_summary, validate_summary
from tests.intakes import current, say

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def engine(store: IntakeStore) -> IntakeEngine:
    plan = IntakePlan([instruments.load("lifestyle")], min_age=18)
    return IntakeEngine(store, plan, region("US"))


def to_lifestyle(engine: IntakeEngine) -> None:
    engine.begin("p1", "rest")
    for text in ("yes", "I'm 50", "tired and stressed"):
        say(engine, text)
    assert current(engine).step == "lifestyle:sleep_hours"


def test_every_lifestyle_question_has_a_skip_button(engine: IntakeEngine) -> None:
    to_lifestyle(engine)
    (prompt,) = engine.prompt(current(engine))
    assert [b.title for b in prompt.buttons][-1] == "Skip"
    assert "hours do you sleep" in (prompt.text or "")


def test_lifestyle_answers_by_button_number_words_and_skip_reach_the_summary(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    to_lifestyle(engine)
    say(engine, "about 6 hours, sometimes less")  # a count in words -> the 5-6 option
    say(engine, choice="lifestyle:caffeine=3_4")
    say(engine, "skip")
    say(engine, "2")  # a bare count -> 1 or 2 times a week
    say(engine, "work deadlines and my mum's illness")
    say(engine, choice="lifestyle:lab_tests=skip")
    say(engine, "sleep through the night and feel calmer")
    intake = current(engine)
    assert intake.status == "complete"
    summary = build_summary(store, intake)
    validate_summary(summary)
    assert summary["lifestyle"] == {
        "sleep_hours": "5 to 6 hours (“about 6 hours, sometimes less”)",
        "caffeine": "3 or 4 a day",
        "alcohol": "skipped",
        "exercise": "1 or 2 times a week (“2”)",
        "stressors": "work deadlines and my mum's illness",
        "lab_tests": "skipped",
        "goals": "sleep through the night and feel calmer",
    }
    assert summary["instruments"] == []  # context is not a questionnaire: no score


def test_unclear_lifestyle_answer_is_asked_again_not_guessed(engine: IntakeEngine) -> None:
    to_lifestyle(engine)
    assert [m.response for m in say(engine, "it varies a lot")] == ["utter_context_unclear"]
    assert current(engine).step == "lifestyle:sleep_hours"


def test_lab_tests_are_recorded_as_reported_without_interpretation(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    to_lifestyle(engine)
    for _ in range(5):
        say(engine, choice=f"{current(engine).step}=skip")
    words = "urinary neurotransmitter test in May, serotonin was low they said"
    assert say(engine, words) == []  # nothing said back about it
    assert build_summary(store, current(engine))["lifestyle"]["lab_tests"] == words


def test_the_shipped_deployment_file_reads_cleanly_and_orders_the_intake(tmp_path: Path) -> None:
    values = read(ROOT / "deployment.yml")
    assert values["INTAKE_INSTRUMENTS"].split(",")[0] == "medications"
    settings = load_settings({"INTAKE_DATA_DIR": str(tmp_path)})
    assert settings.instruments == tuple(values["INTAKE_INSTRUMENTS"].split(","))
    store = IntakeStore(settings.db_url)
    store.upgrade()
    plan = build_engine(settings, store).plan
    sections = list(dict.fromkeys(s.section for s in plan.steps))
    assert sections == [
        "welcome",
        "meds",
        "phq9",
        "cssrs",
        "gad7",
        "pss10",
        "ais",
        "lifestyle",
        "review",
    ]


def test_environment_wins_over_the_deployment_file(tmp_path: Path) -> None:
    path = tmp_path / "clinic.yml"
    path.write_text("region: UK\nminimum_age: 16\nintake:\n  sections: [phq9, medications]\n")
    settings = load_settings({"INTAKE_DEPLOYMENT": str(path), "INTAKE_MIN_AGE": "21"})
    assert settings.region.emergency_number == "999"
    assert settings.min_age == 21
    assert settings.questionnaires == ("phq9",) and settings.medications_position == 1


def test_medicines_can_come_after_a_questionnaire(tmp_path: Path) -> None:
    path = tmp_path / "clinic.yml"
    path.write_text("intake:\n  sections: [phq9, medications, gad7]\n")
    settings = load_settings({"INTAKE_DEPLOYMENT": str(path), "INTAKE_DATA_DIR": str(tmp_path)})
    store = IntakeStore(settings.db_url)
    store.upgrade()
    sections = list(dict.fromkeys(s.section for s in build_engine(settings, store).plan.steps))
    assert sections == ["welcome", "phq9", "meds", "gad7", "review"]


def test_a_typo_in_the_deployment_file_is_an_error_not_a_silent_default(tmp_path: Path) -> None:
    path = tmp_path / "clinic.yml"
    path.write_text("regoin: UK\n")
    with pytest.raises(DeploymentError, match="unknown key 'regoin'"):
        read(path)


def test_a_missing_deployment_file_named_explicitly_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DeploymentError, match="does not exist"):
        load_settings({"INTAKE_DEPLOYMENT": str(tmp_path / "nope.yml")})


def test_an_edited_deployment_file_is_read_again(tmp_path: Path) -> None:
    # environment() keeps the parsed file between calls (it runs on every turn); an edit,
    # even to a value of the same length, must still take effect.
    path = tmp_path / "clinic.yml"
    env = {"INTAKE_DEPLOYMENT": str(path)}
    path.write_text("minimum_age: 16\n")
    assert load_settings(env).min_age == 16
    assert load_settings(env).min_age == 16
    path.write_text("minimum_age: 18\n")
    assert load_settings(env).min_age == 18
    path.write_text("regoin: UK\n")
    with pytest.raises(DeploymentError, match="unknown key 'regoin'"):
        load_settings(env)
