"""Rasa's Redis lock store, made safe across processes: the scaled profile's `lock_store`.

Like bot/channels/rest_input.py, a module outside bot/nlu and actions/ that imports Rasa: it
is a Rasa server component (loaded by Rasa from endpoints.scaled.yml), not core logic.

Rasa's `RedisLockStore` issues a conversation's tickets by read-modify-write (read the lock,
add a ticket, write it back) without any atomicity, so two Rasa processes that receive a
message of the same patient at the same moment can both get ticket 0 and run the turn at
once, and one turn's events are then lost from the tracker (seen in
tests/integration/test_scaled.py). Here every read-modify-write of a conversation's lock
runs under a short Redis mutex (redis-py's `Lock`: SET NX with an expiry), so tickets are
unique and the turns of one conversation run one after the other, whichever process holds
them.

Waiting is changed too. Rasa lets every ticket expire LOCK_LIFETIME after it was issued,
waiting ones included: when a Rasa process is killed mid-turn, its ticket and the ticket of
the message waiting behind it (the patient's retry, on another process) expire together, and
the waiter then waits for a ticket that no longer exists until its request times out (seen
in tests/integration/test_faults.py). Here a waiting process renews its own ticket each time
it looks, so only the tickets of processes that stopped looking (crashed ones) expire.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from typing import Any

from rasa.core.lock import Ticket, TicketLock
from rasa.core.lock_store import (
    DEFAULT_REDIS_LOCK_STORE_KEY_PREFIX,
    LOCK_LIFETIME,
    LockStore,
    RedisLockStore,
)
from rasa.utils.endpoints import EndpointConfig

MUTEX_SECONDS = 10  # a read-modify-write takes milliseconds; the expiry only guards a crash


class AtomicRedisLockStore(RedisLockStore):  # type: ignore[misc]  # Rasa is untyped here
    """Configured like Rasa's `redis` lock store (url, port, db, key_prefix, ...)."""

    def __init__(self, endpoint_config: EndpointConfig | None = None, **kwargs: Any) -> None:
        if endpoint_config is not None:  # how Rasa builds a lock store named by module path
            kwargs = {"host": endpoint_config.url, **endpoint_config.kwargs, **kwargs}
        super().__init__(**kwargs)
        base = self.key_prefix.removesuffix(DEFAULT_REDIS_LOCK_STORE_KEY_PREFIX)
        self._mutex_prefix = f"{base}mutex:"

    def _mutex(self, conversation_id: str) -> Any:
        return self.red.lock(
            f"{self._mutex_prefix}{conversation_id}",
            timeout=MUTEX_SECONDS,
            blocking_timeout=MUTEX_SECONDS,
        )

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        with self._mutex(conversation_id):
            return int(super().issue_ticket(conversation_id, lock_lifetime))

    def update_lock(self, conversation_id: str) -> None:
        with self._mutex(conversation_id):
            super().update_lock(conversation_id)

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        with self._mutex(conversation_id):
            LockStore.finish_serving(self, conversation_id, ticket_number)

    async def _acquire_lock(
        self, conversation_id: str, ticket: int, wait_time_in_seconds: float
    ) -> TicketLock:
        while True:
            with self._mutex(conversation_id):
                lock = self.get_lock(conversation_id) or TicketLock(conversation_id)
                lock.remove_expired_tickets()
                # Ours is alive while we wait: renewed (or put back, if it had expired).
                renewed = Ticket(ticket, time.time() + LOCK_LIFETIME)
                others = [t for t in lock.tickets if t.number != ticket]
                lock.tickets = deque(sorted([*others, renewed], key=lambda t: t.number))
                self.save_lock(lock)
            if not lock.is_locked(ticket):
                return lock
            await asyncio.sleep(wait_time_in_seconds)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        # One mutex for both steps: a ticket issued in between must not lose its lock.
        with self._mutex(conversation_id):
            LockStore.finish_serving(self, conversation_id, ticket_number)
            if not self.is_someone_waiting(conversation_id):
                self.delete_lock(conversation_id)
