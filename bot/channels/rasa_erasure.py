"""Rasa wiring for erasing a patient: their intake records and their Rasa conversation,
under the conversation's lock, audited. Used by every channel: Telegram's /delete and the
"delete my data" turn of REST and socket.io (bot/data_erasure.py), which the turn guard
hands here after Rasa has saved the turn.

The records, the tracker events and the audit rows go in one transaction of the intake
store (bot/store/erasure.py); what can refuse (an urgent alert not yet delivered, a tracker
store that cannot be erased) refuses before anything is deleted.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.tracker_store import InMemoryTrackerStore, SQLTrackerStore, TrackerStore
from rasa.shared.core.events import SlotSet, UserUttered

from bot import data_erasure
from bot.config import load_settings
from bot.store import IntakeStore
from bot.store.erasure import AlertPending, Erased, ErasureAudit

logger = logging.getLogger(__name__)

_stores: dict[str, IntakeStore] = {}  # one engine per database URL in this process


def _intake_store() -> IntakeStore:
    url = load_settings().db_url
    if url not in _stores:
        _stores[url] = IntakeStore(url)
    return _stores[url]


async def erase_sender(agent: Any, sender_id: str, via: str) -> Erased:
    """Erase records and conversation of one sender, audited as the patient's own request
    over `via`. Raises AlertPending (nothing deleted) while an urgent alert is queued."""
    stores = tracker_stores(agent.tracker_store)  # raises for an unsupported store
    audit = ErasureAudit(data_erasure.AUDIT_ACTOR, via)
    async with agent.lock_store.lock(sender_id):  # no message of theirs runs meanwhile
        erased = await asyncio.to_thread(
            _intake_store().erase_patient,
            sender_id,
            audit=audit,
            erase_conversation=lambda: sum(erase_events(s, sender_id) for s in stores),
        )
    logger.info("Erased %s at their request (%s): %s", sender_id, via, erased.audit_detail())
    return erased


async def erase_if_confirmed(message: UserMessage, agent: Any) -> bool:
    """After a turn: when the patient confirmed "delete my data" in it, erase everything and
    tell them how it went; True when this turn was such a confirmation."""
    if not data_erasure.may_confirm(message.text):
        return False
    tracker = await agent.tracker_store.retrieve(message.sender_id)
    if tracker is None or not confirmed_in_latest_turn(list(tracker.events)):
        return False  # refused by the action (an urgent alert pending), or not ours
    response = data_erasure.ERASED_RESPONSE
    try:
        await erase_sender(agent, message.sender_id, message.input_channel or "unknown")
    except AlertPending:
        logger.warning("erasure for %s waits for an urgent alert to go out", message.sender_id)
        response = data_erasure.FAILED_RESPONSE
    except Exception:
        logger.exception("erasing the data of %s failed", message.sender_id)
        response = data_erasure.FAILED_RESPONSE
    # The tracker read above only fills the template; nothing of it is saved again.
    rendered = await agent.nlg.generate(response, tracker, message.output_channel.name())
    if rendered:
        await message.output_channel.send_response(message.sender_id, rendered)
    return True


def confirmed_in_latest_turn(events: list[Any]) -> bool:
    """Did the action mark the latest user turn as a confirmed erasure?"""
    for event in reversed(events):
        if isinstance(event, UserUttered):
            return False
        if (
            isinstance(event, SlotSet)
            and event.key == data_erasure.SLOT
            and event.value == data_erasure.CONFIRMED
        ):
            return True
    return False


def tracker_stores(tracker_store: TrackerStore) -> list[TrackerStore]:
    """The stores that may hold a conversation: the configured one (Rasa wraps it in
    FailSafeTrackerStore and AwaitableTrackerStore) and the in-memory store FailSafe falls
    back to when the configured one fails."""
    found: list[TrackerStore] = []
    store: Any = tracker_store
    while store is not None:
        fallback = getattr(store, "_fallback_tracker_store", None)
        if fallback is not None:
            found.append(fallback)
        inner = getattr(store, "_tracker_store", None)
        if inner is None:
            found.append(store)
        store = inner
    for store in found:
        if not isinstance(store, (SQLTrackerStore, InMemoryTrackerStore)):
            raise NotImplementedError(
                f"erasing a conversation from {type(store).__name__} is not supported: use the "
                "SQL (or in-memory) tracker store, or delete the conversation there by hand"
            )
    return found


def erase_events(store: TrackerStore, sender_id: str) -> int:
    """Delete every stored event of this sender from one SQL or in-memory tracker store;
    returns how many (in-memory: the one serialised tracker)."""
    if isinstance(store, SQLTrackerStore):
        with store.session_scope() as session:
            count = (
                session.query(store.SQLEvent)
                .filter(store.SQLEvent.sender_id == sender_id)
                .delete(synchronize_session=False)
            )
            session.commit()
            return int(count)
    return 1 if store.store.pop(sender_id, None) is not None else 0


def erase_tracker(tracker_store: TrackerStore, sender_id: str) -> int:
    """Delete the sender's conversation wherever Rasa may have kept it."""
    return sum(erase_events(store, sender_id) for store in tracker_stores(tracker_store))
