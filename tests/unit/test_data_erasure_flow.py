"""The "delete my data" request on REST and the web chat: the action asks to confirm, a
tapped no keeps everything, a tapped yes marks the turn for the channel layer (which erases
after the turn), and an urgent alert not yet delivered refuses kindly. Drives the real
actions with rasa-sdk Trackers over a temporary store."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("rasa_sdk")

from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered  # noqa: E402
from rasa_sdk import Tracker  # noqa: E402
from rasa_sdk.executor import CollectingDispatcher  # noqa: E402

from actions.erasure_actions import ActionDataErasure  # noqa: E402
from actions.intake_actions import ActionAskIntakeReply  # noqa: E402
from bot import data_erasure, runtime  # noqa: E402
from bot.channels.rasa_erasure import confirmed_in_latest_turn  # noqa: E402
from bot.store import NewFlag  # noqa: E402

YES = '/request_data_erasure{"choice":"data_erasure=yes"}'
NO = '/request_data_erasure{"choice":"data_erasure=no"}'


@pytest.fixture
def deployment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("INTAKE_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("INTAKE_DB_URL", f"sqlite:///{tmp_path / 'intake.db'}")
    runtime.default_settings.cache_clear()
    runtime.default_engine.cache_clear()
    yield tmp_path
    runtime.default_settings.cache_clear()
    runtime.default_engine.cache_clear()


def tracker(text: str, slots: dict[str, Any] | None = None) -> Tracker:
    choice = text.split('"choice":"', 1)[1].rstrip('"}') if '"choice"' in text else None
    entities = [{"entity": "choice", "value": choice}] if choice else []
    return Tracker(
        "rest-patient",
        slots or {},
        {"text": text, "intent": {"name": data_erasure.INTENT}, "entities": entities},
        [],
        False,
        None,
        {"name": "intake_form"},
        "action_listen",
    )


def run(text: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionDataErasure().run(dispatcher, tracker(text), {}))
    return dispatcher.messages, events


def start_intake() -> int:
    engine = runtime.default_engine()
    engine.begin("rest-patient", "rest", want_new=True)
    intake = engine.store.latest_intake("rest-patient")
    assert intake is not None
    return intake.id


def asked_question(slots: dict[str, Any]) -> list[dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionAskIntakeReply().run(dispatcher, tracker("x", slots), {}))
    return dispatcher.messages


def test_a_request_in_words_asks_to_confirm_and_holds_the_open_question(deployment: Path) -> None:
    start_intake()
    messages, events = run("please delete my data")
    assert [m["response"] for m in messages] == ["utter_ask_data_erasure"]
    assert events == [
        {"event": "slot", "timestamp": None, "name": "data_erasure", "value": "asked"}
    ]
    assert asked_question({"data_erasure": "asked"}) == []  # only the confirmation shows


def test_no_keeps_everything_and_the_question_is_asked_again(deployment: Path) -> None:
    start_intake()
    messages, events = run(NO)
    assert [m["response"] for m in messages] == ["utter_data_erasure_cancelled"]
    assert events[0]["value"] is None
    assert runtime.default_engine().store.latest_intake("rest-patient") is not None
    assert asked_question({"data_erasure": None}) != []  # the intake carries on


def test_yes_marks_the_turn_for_erasure_and_says_nothing_yet(deployment: Path) -> None:
    start_intake()
    messages, events = run(YES)
    assert messages == []  # the channel layer says "deleted" once it is
    assert events[0]["name"] == "data_erasure" and events[0]["value"] == "confirmed"
    assert asked_question({"data_erasure": "confirmed"}) == []
    # Nothing is erased by the action itself.
    assert runtime.default_engine().store.latest_intake("rest-patient") is not None


def test_yes_is_refused_kindly_while_an_urgent_alert_is_undelivered(deployment: Path) -> None:
    intake_id = start_intake()
    store = runtime.default_engine().store
    store.add_flags(intake_id, [NewFlag("risk_disclosure", "urgent", "d", "words")])
    messages, events = run(YES)
    assert [m["response"] for m in messages] == ["utter_data_erasure_failed"]
    assert events[0]["value"] is None  # not marked: the channel layer erases nothing


def test_a_damaged_choice_asks_again_rather_than_erasing() -> None:
    assert data_erasure.step_of("data_erasure=yes") is data_erasure.Step.CONFIRM
    assert data_erasure.step_of("data_erasure=no") is data_erasure.Step.CANCEL
    for choice in (None, "consent=yes", "data_erasure=maybe", "data_erasure=yes "):
        assert data_erasure.step_of(choice) is data_erasure.Step.ASK


def test_only_the_yes_payload_can_confirm() -> None:
    assert data_erasure.may_confirm(YES)
    for text in (NO, "yes", "yes please delete my data", "/affirm", None, ""):
        assert not data_erasure.may_confirm(text)


def test_the_channel_layer_erases_only_when_the_latest_turn_was_confirmed() -> None:
    confirmed = [
        UserUttered(YES),
        ActionExecuted("action_data_erasure"),
        SlotSet("data_erasure", "confirmed"),
    ]
    assert confirmed_in_latest_turn(confirmed)
    later_turn = [*confirmed, ActionExecuted("action_listen"), UserUttered(YES)]
    assert not confirmed_in_latest_turn(later_turn)  # an old mark does not count
    refused = [UserUttered(YES), SlotSet("data_erasure", None)]
    assert not confirmed_in_latest_turn(refused)
