"""The question loop rolls over to a fresh Rasa session without losing the reply that fills
the session up: the answer given on that turn is recorded, then the loop ends for the
rollover (actions/intake_actions.py, ValidateIntakeForm)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("rasa_sdk")

from rasa_sdk import Tracker  # noqa: E402
from rasa_sdk.executor import CollectingDispatcher  # noqa: E402

from actions.constants import REPLY_SLOT, SECTION_SLOT  # noqa: E402
from actions.intake_actions import ValidateIntakeForm  # noqa: E402
from bot import runtime  # noqa: E402
from bot.intake import IntakeEngine  # noqa: E402
from tests.intakes import run_intake  # noqa: E402

TURNS_PER_SESSION = 3
DOMAIN = {"forms": {"intake_form": {"required_slots": [REPLY_SLOT]}}}


@pytest.fixture
def engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[IntakeEngine]:
    monkeypatch.setenv("INTAKE_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("INTAKE_DB_URL", f"sqlite:///{tmp_path / 'intake.db'}")
    monkeypatch.setenv("INTAKE_INSTRUMENTS", "phq9")
    monkeypatch.setenv("INTAKE_TURNS_PER_SESSION", str(TURNS_PER_SESSION))
    runtime.default_settings.cache_clear()
    runtime.default_engine.cache_clear()
    yield runtime.default_engine()
    runtime.default_settings.cache_clear()
    runtime.default_engine.cache_clear()


def _full_session(sender: str, text: str, reply: str | None, section: str) -> Tracker:
    """A tracker whose session holds TURNS_PER_SESSION user turns, the last one `text`;
    `reply` is the loop's slot as Rasa's from_text mapping filled it (None: no reply)."""
    events: list[dict[str, Any]] = [{"event": "session_started"}]
    events += [{"event": "user", "text": "are you a real person?"}] * (TURNS_PER_SESSION - 1)
    events += [{"event": "user", "text": text}]
    if reply is not None:
        events += [{"event": "slot", "name": REPLY_SLOT, "value": reply}]
    return Tracker(
        sender,
        {REPLY_SLOT: reply, SECTION_SLOT: section},
        {"text": text, "intent": {"name": "answer_frequency"}, "entities": []},
        events,
        False,
        None,
        {"name": "intake_form"},
        "action_listen",
    )


def _run_form_validation(tracker: Tracker) -> list[dict[str, Any]]:
    action = ValidateIntakeForm()
    return asyncio.run(action.run(CollectingDispatcher(), tracker, DOMAIN))


def _requested_slot(events: list[dict[str, Any]]) -> Any:
    return next(e["value"] for e in events if e.get("name") == "requested_slot")


def test_the_answer_on_the_rollover_turn_is_recorded_not_dropped(engine: IntakeEngine) -> None:
    intake = run_intake(engine, "pt-roll", [], medicines=())
    section = engine.plan.step(intake.step).section
    events = _run_form_validation(_full_session("pt-roll", "several days", "several days", section))
    after = engine.store.latest_intake("pt-roll")
    assert after is not None
    assert after.step != intake.step, "the answer moved the intake to the next question"
    assert _requested_slot(events) is None, "then the loop ends, for a fresh Rasa session"


def test_a_full_session_without_a_reply_rolls_over_at_once(engine: IntakeEngine) -> None:
    intake = run_intake(engine, "pt-idle", [], medicines=())
    section = engine.plan.step(intake.step).section
    events = _run_form_validation(_full_session("pt-idle", "are you a real person?", None, section))
    after = engine.store.latest_intake("pt-idle")
    assert after is not None and after.step == intake.step
    assert _requested_slot(events) is None
