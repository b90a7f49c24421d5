"""The scaled profile's lock store issues each ticket once, however many processes ask at once.

Several lock-store instances (each its own Redis connection, as in separate Rasa processes)
issue tickets for one conversation at the same moment, on the real Redis server.
"""

from __future__ import annotations

import asyncio
import secrets
import threading
import time
from collections.abc import Iterator

import pytest
import redis

from bot.rasa_lock_store import AtomicRedisLockStore
from tests.integration.conftest import REDIS_HOST, REDIS_PORT, _redis_missing

WORKERS, TICKETS_EACH = 4, 25


@pytest.fixture
def prefix() -> Iterator[str]:
    missing = _redis_missing()
    if missing:
        pytest.skip(missing)
    name = f"intaketest{secrets.token_hex(4)}"
    yield name
    client = redis.Redis(host=REDIS_HOST, port=REDIS_PORT, db=0)
    for key in client.scan_iter(match=f"{name}:*"):
        client.delete(key)


def issue_at_once(stores: list[AtomicRedisLockStore], conversation: str) -> list[int]:
    tickets: list[int] = []
    start = threading.Barrier(len(stores))

    def worker(store: AtomicRedisLockStore) -> None:
        start.wait()
        for _ in range(TICKETS_EACH):
            tickets.append(store.issue_ticket(conversation))

    threads = [threading.Thread(target=worker, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return tickets


def test_tickets_issued_at_once_by_several_processes_are_all_different(prefix: str) -> None:
    stores = [
        AtomicRedisLockStore(host=REDIS_HOST, port=REDIS_PORT, db=0, key_prefix=prefix)
        for _ in range(WORKERS)
    ]
    tickets = issue_at_once(stores, "patient-1")
    assert len(tickets) == WORKERS * TICKETS_EACH
    assert sorted(tickets) == list(range(WORKERS * TICKETS_EACH))


def test_cleanup_removes_the_lock_once_nobody_waits(prefix: str) -> None:
    store = AtomicRedisLockStore(host=REDIS_HOST, port=REDIS_PORT, db=0, key_prefix=prefix)
    first, second = store.issue_ticket("patient-2"), store.issue_ticket("patient-2")
    store.cleanup("patient-2", first)
    assert store.get_lock("patient-2") is not None  # the second ticket still waits
    store.cleanup("patient-2", second)
    assert store.get_lock("patient-2") is None


def test_a_waiter_gets_the_lock_after_the_holder_crashed_and_its_ticket_expired(
    prefix: str,
) -> None:
    """A Rasa process killed mid-turn never releases its ticket. Rasa lets the waiting ticket
    expire with it and then waits forever; here the waiter's ticket is renewed while it
    waits, so it is served once the dead holder's ticket expires."""
    crashed = AtomicRedisLockStore(host=REDIS_HOST, port=REDIS_PORT, db=0, key_prefix=prefix)
    waiting = AtomicRedisLockStore(host=REDIS_HOST, port=REDIS_PORT, db=0, key_prefix=prefix)
    crashed.issue_ticket("patient-3", lock_lifetime=2)  # held, never cleaned up

    async def turn() -> float:
        started = time.monotonic()
        async with waiting.lock("patient-3", lock_lifetime=2, wait_time_in_seconds=0.2):
            return time.monotonic() - started

    waited = asyncio.run(asyncio.wait_for(turn(), timeout=30))
    assert 1.5 < waited < 10
    assert waiting.get_lock("patient-3") is None  # released after the turn
