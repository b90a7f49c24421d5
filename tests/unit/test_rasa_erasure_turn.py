"""The channel layer's side of "delete my data": after a confirmed turn it erases the
records, the conversation and writes the audit row, under the conversation's lock, then
tells the patient; an unconfirmed turn or an undelivered urgent alert erases nothing.

Runs on Rasa's own parts (in-memory tracker and lock stores, the domain's responses) and a
temporary intake store; only the Agent that would hold them is a plain namespace.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.lock_store import InMemoryLockStore
from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.core.tracker_store import (
    AwaitableTrackerStore,
    FailSafeTrackerStore,
    InMemoryTrackerStore,
)
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import text

from bot.channels import rasa_erasure
from bot.store import IntakeStore, NewFlag

ROOT = Path(__file__).resolve().parents[2]
YES = '/request_data_erasure{"choice":"data_erasure=yes"}'
SENDER = "web-session-1"


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[IntakeStore]:
    monkeypatch.setenv("INTAKE_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("INTAKE_DB_URL", f"sqlite:///{tmp_path / 'intake.db'}")
    s = IntakeStore(f"sqlite:///{tmp_path / 'intake.db'}")
    s.upgrade()
    yield s
    rasa_erasure._stores.clear()


def agent_with(turn: list[Any]) -> Any:
    domain = Domain.load(str(ROOT / "domain.yml"))
    tracker_store = FailSafeTrackerStore(AwaitableTrackerStore(InMemoryTrackerStore(domain)))
    asyncio.run(tracker_store.save(DialogueStateTracker.from_events(SENDER, turn)))
    return SimpleNamespace(
        tracker_store=tracker_store,
        lock_store=InMemoryLockStore(),
        nlg=TemplatedNaturalLanguageGenerator(domain.responses),
    )


def confirmed_turn() -> list[Any]:
    return [
        ActionExecuted("action_listen"),
        UserUttered(YES, {"name": "request_data_erasure"}),
        ActionExecuted("action_data_erasure"),
        SlotSet("data_erasure", "confirmed"),
        ActionExecuted("intake_form"),
        ActionExecuted("action_listen"),
    ]


def after_turn(agent: Any, text: str) -> tuple[bool, list[dict[str, Any]]]:
    output = CollectingOutputChannel()
    message = UserMessage(text, output, SENDER, input_channel="socketio")
    handled = asyncio.run(rasa_erasure.erase_if_confirmed(message, agent))
    return handled, output.messages


def audit_rows(store: IntakeStore) -> list[tuple[Any, ...]]:
    with store.engine.connect() as conn:
        return list(conn.execute(text("SELECT actor, via, detail FROM audit_events")).all())


def test_a_confirmed_turn_erases_records_and_conversation_and_is_audited(
    store: IntakeStore,
) -> None:
    store.create_intake(SENDER, "phq9:1", "socketio")
    agent = agent_with(confirmed_turn())

    handled, replies = after_turn(agent, YES)

    assert handled
    assert replies[0]["text"].startswith("Your answers and this conversation have been deleted")
    assert store.latest_intake(SENDER) is None
    assert asyncio.run(agent.tracker_store.retrieve(SENDER)) is None
    assert audit_rows(store) == [("patient", "socketio", "intakes=1 rows=2 tracker_events=1")]
    assert not agent.lock_store.is_someone_waiting(SENDER)  # the lock was given back


def test_a_turn_the_action_did_not_confirm_erases_nothing(store: IntakeStore) -> None:
    store.create_intake(SENDER, "phq9:1", "socketio")
    refused = [*confirmed_turn()[:3], SlotSet("data_erasure", None)]
    for agent, message in ((agent_with(refused), YES), (agent_with(confirmed_turn()), "yes")):
        assert after_turn(agent, message) == (False, [])
        assert store.latest_intake(SENDER) is not None
        assert asyncio.run(agent.tracker_store.retrieve(SENDER)) is not None
    assert audit_rows(store) == []


def test_an_urgent_alert_not_yet_delivered_keeps_everything_and_says_so(
    store: IntakeStore,
) -> None:
    intake = store.create_intake(SENDER, "phq9:1", "socketio")
    store.add_flags(intake.id, [NewFlag("risk_disclosure", "urgent", "d", "words")])
    agent = agent_with(confirmed_turn())

    handled, replies = after_turn(agent, YES)

    assert handled and replies[0]["text"].startswith("Sorry, I couldn't delete your data")
    assert store.latest_intake(SENDER) is not None
    assert asyncio.run(agent.tracker_store.retrieve(SENDER)) is not None
    assert audit_rows(store) == []
