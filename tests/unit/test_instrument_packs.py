"""Licensed packs (ISI, PROMIS): loaded only from the deployment's own folder, and only once the
deployment lists them; tested with stand-in files of the same shape (placeholder wording)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import instruments, scoring
from bot.config import instrument_source_from, load_settings
from bot.instruments import InstrumentError, InstrumentSource, LicenceError
from bot.intake import IntakeEngine, IntakePlan, Reply
from bot.regions import region
from bot.runtime import build_engine
from bot.store import IntakeStore

PACKS = Path(__file__).resolve().parents[1] / "fixtures" / "instrument_packs"
ENABLED = InstrumentSource((PACKS,), frozenset({"isi", "promis_sleep_4a"}))


def test_a_pack_is_refused_until_the_deployment_enables_it() -> None:
    with pytest.raises(LicenceError, match="INTAKE_LICENSED_PACKS"):
        instruments.load("isi", InstrumentSource((PACKS,)))
    with pytest.raises(LicenceError):
        instruments.load("isi", InstrumentSource((PACKS,), frozenset({"promis_sleep_4a"})))


def test_an_enabled_pack_needs_its_file_in_the_deployments_folder() -> None:
    with pytest.raises(InstrumentError, match="no instrument file isi.yml"):
        instruments.load("isi", InstrumentSource((), frozenset({"isi"})))


def test_an_enabled_pack_loads_from_the_extra_folder() -> None:
    isi = instruments.load("isi", ENABLED)
    assert isi.license_status == "permission_required"
    assert [i.text for i in isi.items][:2] == ["Stand-in item 1", "Stand-in item 2"]


def test_shipped_instruments_load_without_any_pack_setting() -> None:
    for inst_id in instruments.available():
        assert instruments.load(inst_id, InstrumentSource()).license_status != "permission_required"


def test_an_id_that_could_name_another_folder_is_refused() -> None:
    with pytest.raises(InstrumentError, match="a-z"):
        instruments.load("../isi", ENABLED)


def test_settings_read_the_pack_folder_and_ids_from_the_environment(tmp_path: Path) -> None:
    env = {
        "INTAKE_INSTRUMENT_PATH": str(tmp_path),
        "INTAKE_LICENSED_PACKS": " isi, promis_sleep_4a",
    }
    settings = load_settings(env)
    assert settings.instrument_source.paths == (tmp_path,)
    assert settings.instrument_source.licensed_packs == {"isi", "promis_sleep_4a"}
    assert load_settings({}).instrument_source == InstrumentSource()


def test_a_pack_folder_that_does_not_exist_is_a_setting_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="INTAKE_INSTRUMENT_PATH"):
        instrument_source_from({"INTAKE_INSTRUMENT_PATH": str(tmp_path / "missing")})


def test_the_engine_builds_a_plan_with_an_enabled_pack(tmp_path: Path) -> None:
    env = {
        "INTAKE_DATA_DIR": str(tmp_path),
        "INTAKE_INSTRUMENTS": "phq9,isi",
        "INTAKE_INSTRUMENT_PATH": str(PACKS),
        "INTAKE_LICENSED_PACKS": "isi",
    }
    store = IntakeStore(f"sqlite:///{tmp_path / 'intake.db'}")
    store.upgrade()
    engine = build_engine(load_settings(env), store)
    assert "isi:7" in [s.key for s in engine.plan.steps]
    env["INTAKE_LICENSED_PACKS"] = ""
    with pytest.raises(LicenceError):
        build_engine(load_settings(env), store)


def test_a_pack_runs_through_the_generic_intake_with_no_code_of_its_own(
    store: IntakeStore,
) -> None:
    promis = instruments.load("promis_sleep_4a", ENABLED)
    engine = IntakeEngine(store, IntakePlan([promis], min_age=18), region("US"))
    engine.begin("p1", "rest")
    for text in ("yes", "I'm 40", "poor sleep"):
        intake = store.latest_intake("p1")
        assert intake is not None
        engine.handle(intake, Reply(text=text))
    intake = store.latest_intake("p1")
    assert intake is not None and intake.step == "promis_sleep_4a:1"
    intro = engine.advance(intake).messages
    assert [m.text for m in intro] == ["Stand-in introduction to the sleep questions."]
    prompt = engine.prompt(intake)[0]
    assert prompt.text == "Question 1 of 4\nStand-in stem:\nStand-in item 1"
    assert [b.title for b in prompt.buttons][0] == "Stand-in answer 1"
    # A bare number on this 1-5 scale is asked again, never scored.
    engine.handle(intake, Reply(text="3"))
    intake = store.latest_intake("p1")
    assert intake is not None and intake.step == "promis_sleep_4a:1"
    for item_id, label in (("1", "Stand-in answer 5"), ("2", "stand-in answer 5"),
                           ("3", "Stand-in answer 1"), ("4", "Stand-in answer 1")):  # fmt: skip
        intake = store.latest_intake("p1")
        assert intake is not None and intake.step == f"promis_sleep_4a:{item_id}"
        engine.handle(intake, Reply(text=label))
    intake = store.latest_intake("p1")
    assert intake is not None and intake.status == "complete"
    answers = {a.item_id: a.value for a in store.answers(intake.id)}
    scores = {a.item_id: a.score for a in store.answers(intake.id)}
    assert scores == {"1": 1, "2": 1, "3": 1, "4": 1}  # items 1 and 2 reversed: 6 - 5
    result = scoring.score(promis, answers)
    assert (result.total, result.scaled) == (4, 32.0)
    assert result.band is not None and result.band.code == "within_normal_limits"
