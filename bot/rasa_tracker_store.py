"""Rasa's SQL tracker store, made safe to log from, quick to recover after a database
restart, and cheaper per turn: the `tracker_store` of both endpoints files.

Like bot/rasa_lock_store.py, a Rasa server component (loaded by Rasa by its module path), not
core logic. Rasa's `SQLTrackerStore`, same table, same rows, same meaning, with:
- its engine rebuilt (bot/store/engines.py): `hide_parameters`, so when the database fails
  mid-turn the SQLAlchemy error Rasa logs says what failed and never the events' JSON (the
  patient's words); on PostgreSQL `pool_pre_ping`, so dead connections after a database
  restart are replaced before use; on SQLite (the embedded default) pooled connections and
  the WAL journal, where Rasa opened the file afresh for every query.
- its two per-turn queries (the latest session's events on retrieve; how many of them are
  stored already, on save) built once. Rasa builds them as new ORM queries on every call,
  and SQLAlchemy then spent more time keying its statement cache than the database spent
  answering: about 8% of Rasa's CPU per turn (py-spy, README "Benchmark").
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.events import Event, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker

from bot.store.engines import make_engine


class _EventQueries:
    """Rasa's event queries (SQLTrackerStore._event_query) as statements built once: a
    session's events are those from its latest `session_started` event on, or all events
    when there is none; ordered by id, since timestamps are neither unique nor precise."""

    def __init__(self, table: sa.Table) -> None:
        sender = sa.bindparam("sender")
        session_start = (
            sa.select(sa.func.max(table.c.timestamp))
            .where(table.c.sender_id == sender, table.c.type_name == SessionStarted.type_name)
            .scalar_subquery()
        )
        in_latest_session = sa.and_(
            table.c.sender_id == sender,
            sa.or_(table.c.timestamp >= session_start, session_start.is_(None)),
        )
        events = sa.select(table.c.data).order_by(table.c.id)
        self.all_events = events.where(table.c.sender_id == sender)
        self.latest_session = events.where(in_latest_session)
        self.count_latest_session = (
            sa.select(sa.func.count()).select_from(table).where(in_latest_session)
        )


class PrivateSQLTrackerStore(SQLTrackerStore):  # type: ignore[misc]  # Rasa is untyped here
    """Configured exactly like Rasa's `SQL` tracker store (dialect, url, db, username, ...)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # connects and creates the tables, as Rasa does
        rasas_engine: sa.engine.Engine = self.engine  # type: ignore[has-type]
        url = rasas_engine.url
        rasas_engine.dispose()
        # Rasa's own engine is a 1.x-style one (future=False); only its options change.
        self.engine = make_engine(url, future=False, **create_engine_kwargs(url))
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        self._queries = _EventQueries(self.SQLEvent.__table__)

    async def _retrieve(
        self, sender_id: str, fetch_events_from_all_sessions: bool
    ) -> DialogueStateTracker | None:
        query = (
            self._queries.all_events
            if fetch_events_from_all_sessions
            else self._queries.latest_session
        )
        with self.session_scope() as session:
            rows = session.execute(query, {"sender": sender_id}).scalars().all()
        events = [json.loads(data) for data in rows]
        if not self.domain or not events:
            return None
        return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator[Event]:
        """The tracker's events not stored yet: those after the latest session's stored ones."""
        stored = session.execute(
            self._queries.count_latest_session, {"sender": tracker.sender_id}
        ).scalar_one()
        return itertools.islice(tracker.events, stored, len(tracker.events))
