"""Erasing a conversation removes the sender's events from the tracker store Rasa is using (real
tracker stores: in-memory, and SQL on SQLite), and nobody else's."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from rasa.core.tracker_store import (
    AwaitableTrackerStore,
    FailSafeTrackerStore,
    InMemoryTrackerStore,
    SQLTrackerStore,
    TrackerStore,
)
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.channels.rasa_erasure import erase_tracker


def save_conversation(store: TrackerStore, sender: str) -> None:
    events = [ActionExecuted("action_listen"), UserUttered("hi"), ActionExecuted("utter_greet")]
    asyncio.run(store.save(DialogueStateTracker.from_events(sender, events)))


def stored(store: TrackerStore, sender: str) -> bool:
    return asyncio.run(store.retrieve(sender)) is not None


@pytest.mark.parametrize("kind", ["memory", "sql"])
def test_the_senders_events_are_deleted_and_others_kept(kind: str, tmp_path: Path) -> None:
    domain = Domain.empty()
    inner: TrackerStore = (
        InMemoryTrackerStore(domain)
        if kind == "memory"
        else SQLTrackerStore(domain, dialect="sqlite", db=str(tmp_path / "tracker.db"))
    )
    store = FailSafeTrackerStore(AwaitableTrackerStore(inner))  # wrapped as Rasa wraps it
    save_conversation(store, "tg-erase")
    save_conversation(store, "tg-keep")

    deleted = erase_tracker(store, "tg-erase")

    assert deleted == (1 if kind == "memory" else 3)
    assert not stored(store, "tg-erase")
    assert stored(store, "tg-keep")
    assert erase_tracker(store, "tg-erase") == 0  # twice is fine


def test_the_in_memory_fallback_is_cleared_too(tmp_path: Path) -> None:
    domain = Domain.empty()
    fallback = InMemoryTrackerStore(domain)
    sql = SQLTrackerStore(domain, dialect="sqlite", db=str(tmp_path / "tracker.db"))
    store = FailSafeTrackerStore(AwaitableTrackerStore(sql), fallback_tracker_store=fallback)
    save_conversation(store, "tg-erase")
    save_conversation(fallback, "tg-erase")  # saved there while the database was unreachable

    assert erase_tracker(store, "tg-erase") == 3 + 1
    assert not stored(sql, "tg-erase") and not stored(fallback, "tg-erase")


class KeyValueStore(TrackerStore):
    """Some other kind of tracker store (Redis, Mongo, DynamoDB...)."""


def test_an_unsupported_tracker_store_refuses_before_anything_is_deleted() -> None:
    domain = Domain.empty()
    memory = InMemoryTrackerStore(domain)
    save_conversation(memory, "tg-erase")
    store = FailSafeTrackerStore(KeyValueStore(domain), fallback_tracker_store=memory)
    with pytest.raises(NotImplementedError, match="KeyValueStore"):
        erase_tracker(store, "tg-erase")
    assert stored(memory, "tg-erase")
