"""PrivateSQLTrackerStore keeps Rasa's SQLTrackerStore's meaning with its own statements:
the same events back on retrieve (latest session, and all sessions), and each event stored
once however often a tracker is saved."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_tracker_store import PrivateSQLTrackerStore

DOMAIN = Domain.from_yaml(
    """
version: "3.1"
intents: [greet]
slots:
  note:
    type: text
    mappings: [{type: custom}]
"""
)


def _conversation(sender: str, sessions: int) -> DialogueStateTracker:
    tracker = DialogueStateTracker(sender, DOMAIN.slots)
    stamp = 1000.0
    for n in range(sessions):
        for event in (
            ActionExecuted("action_session_start", timestamp=stamp),
            SessionStarted(timestamp=stamp + 0.1),
            ActionExecuted("action_listen", timestamp=stamp + 0.2),
            UserUttered(f"hello {n}", {"name": "greet"}, timestamp=stamp + 0.3),
            SlotSet("note", f"session {n}", timestamp=stamp + 0.4),
        ):
            tracker.update(event)
        stamp += 100
    return tracker


def _events(tracker: DialogueStateTracker | None) -> list[dict]:
    assert tracker is not None
    return [e.as_dict() for e in tracker.events]


@pytest.fixture
def stores(tmp_path: Path) -> tuple[SQLTrackerStore, PrivateSQLTrackerStore]:
    db = str(tmp_path / "trackers.db")
    return SQLTrackerStore(DOMAIN, db=db), PrivateSQLTrackerStore(DOMAIN, db=db)


def test_retrieves_what_rasas_store_retrieves(
    stores: tuple[SQLTrackerStore, PrivateSQLTrackerStore],
) -> None:
    rasas, ours = stores
    asyncio.run(rasas.save(_conversation("p1", sessions=3)))
    asyncio.run(rasas.save(_conversation("p2", sessions=1)))
    for sender in ("p1", "p2"):
        latest = asyncio.run(ours.retrieve(sender))
        assert _events(latest) == _events(asyncio.run(rasas.retrieve(sender)))
        full = asyncio.run(ours.retrieve_full_tracker(sender))
        assert _events(full) == _events(asyncio.run(rasas.retrieve_full_tracker(sender)))
    assert len(_events(asyncio.run(ours.retrieve("p1")))) == 4  # from the 3rd session_started
    assert asyncio.run(ours.retrieve("nobody")) is None


def test_a_conversation_without_session_start_is_retrieved_whole(
    stores: tuple[SQLTrackerStore, PrivateSQLTrackerStore],
) -> None:
    _, ours = stores
    tracker = DialogueStateTracker("p3", DOMAIN.slots)
    tracker.update(ActionExecuted("action_listen", timestamp=5.0))
    tracker.update(UserUttered("hi", {"name": "greet"}, timestamp=6.0))
    asyncio.run(ours.save(tracker))
    assert len(_events(asyncio.run(ours.retrieve("p3")))) == 2


def _turns_as_rasa_runs_them(store: SQLTrackerStore) -> list[tuple[str, str]]:
    """Retrieve, add a turn's events, save (sometimes twice), across a session start; then
    every stored row in order."""
    asyncio.run(store.save(_conversation("p4", sessions=1)))
    stamp = 2000.0
    for turn in range(4):
        tracker = asyncio.run(store.retrieve("p4"))
        assert tracker is not None
        if turn == 2:  # a new session, as Rasa's session rollover adds it
            tracker.update(ActionExecuted("action_session_start", timestamp=stamp))
            tracker.update(SessionStarted(timestamp=stamp + 0.1))
        tracker.update(UserUttered(f"turn {turn}", {"name": "greet"}, timestamp=stamp + 0.2))
        tracker.update(ActionExecuted("action_listen", timestamp=stamp + 0.3))
        asyncio.run(store.save(tracker))
        asyncio.run(store.save(tracker))  # nothing new: nothing written
        stamp += 10
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.text("SELECT type_name, data FROM events WHERE sender_id = 'p4' ORDER BY id")
        ).all()
    return [(str(kind), str(data)) for kind, data in rows]


def test_saving_stores_exactly_what_rasas_store_stores(tmp_path: Path) -> None:
    rasas = SQLTrackerStore(DOMAIN, db=str(tmp_path / "rasa.db"))
    ours = PrivateSQLTrackerStore(DOMAIN, db=str(tmp_path / "ours.db"))
    rows = _turns_as_rasa_runs_them(ours)
    assert rows == _turns_as_rasa_runs_them(rasas)
    # within one session a saved event is never written again: 5 events, then 2 turns of 2
    first_turns = rows[: 5 + 2 * 2]
    assert len({data for _, data in first_turns}) == len(first_turns)
    assert [kind for kind, _ in rows[9:11]] == ["action", "session_started"]
