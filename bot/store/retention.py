"""Retention: purge every trace of patients whose last activity is older than the retention.

`intake purge --older-than DAYS` (default `INTAKE_RETENTION_DAYS`) finds the senders whose
latest activity, in the intake records and in Rasa's tracker store alike, is older than the
cut-off, and erases each of them completely: their intake records and their tracker events.
A sender active in either place after the cut-off is kept whole (nothing is trimmed).

`erase_patient` below erases one sender: their intake records through the project's one
eraser (bot/store/erasure.py, the same as the patient's own "delete my data"), and their
tracker events. A patient with an urgent alert not yet delivered is kept (and reported)
until it is: erasing would lose the alert. Every erasure is audited (audit_events, actor
"retention", via "cli"), as the patient's own requests are.

Rasa is not imported: the tracker store's `events` table is read and written with
SQLAlchemy Core, as bot/review.py does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.store import models as m
from bot.store.erasure import AlertPending, ErasureAudit
from bot.store.repository import IntakeStore

TRACKER_EVENTS = "events"  # the table of Rasa's SQLTrackerStore
RETENTION_AUDIT = ErasureAudit(actor="retention", via="cli")  # one audit row per intake

EraseFn = Callable[[IntakeStore, str, str], dict[str, int]]


@dataclass(frozen=True)
class PurgeResult:
    cutoff: datetime
    senders: list[str]  # the senders purged (or, in a dry run, that would be)
    dry_run: bool
    deleted: dict[str, int] = field(default_factory=dict)  # rows per table, summed
    kept_for_alert: list[str] = field(default_factory=list)  # urgent alert not delivered yet


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


def _tracker_engine(tracker_db_url: str) -> Engine:
    return sa.create_engine(tracker_db_url, future=True)


def _events_table(engine: Engine) -> sa.Table | None:
    if not sa.inspect(engine).has_table(TRACKER_EVENTS):
        return None  # no conversation yet: Rasa creates the table on its first start
    return sa.Table(TRACKER_EVENTS, sa.MetaData(), autoload_with=engine)


def last_activity(store: IntakeStore, tracker_db_url: str) -> dict[str, datetime]:
    """Each sender's latest activity: the newest intake change or tracker event."""
    latest: dict[str, datetime] = {}

    def seen(sender: str, at: datetime | None) -> None:
        if at is not None:
            at = _utc(at)
            if sender not in latest or at > latest[sender]:
                latest[sender] = at

    intake_changes = (
        sa.select(
            m.Patient.ref,
            sa.func.max(m.Patient.created_at),
            sa.func.max(m.Intake.updated_at),
            sa.func.max(m.Intake.completed_at),
        )
        .select_from(m.Patient)
        .outerjoin(m.Intake, m.Intake.patient_id == m.Patient.id)
        .group_by(m.Patient.ref)
    )
    with store.engine.connect() as conn:
        for ref, created, updated, completed in conn.execute(intake_changes):
            for at in (created, updated, completed):
                seen(ref, at)

    engine = _tracker_engine(tracker_db_url)
    try:
        events = _events_table(engine)
        if events is not None:
            newest = sa.select(events.c.sender_id, sa.func.max(events.c.timestamp)).group_by(
                events.c.sender_id
            )
            with engine.connect() as conn:
                for sender, ts in conn.execute(newest):
                    if ts is not None:
                        seen(sender, datetime.fromtimestamp(float(ts), tz=timezone.utc))
    finally:
        engine.dispose()
    return latest


def stale_senders(store: IntakeStore, tracker_db_url: str, cutoff: datetime) -> list[str]:
    """Senders with no activity at or after `cutoff`, in a stable order."""
    return sorted(s for s, at in last_activity(store, tracker_db_url).items() if at < cutoff)


def _delete(conn: sa.engine.Connection, table: Any, where: Any) -> int:
    return int(conn.execute(sa.delete(table).where(where)).rowcount or 0)


def erase_patient(store: IntakeStore, tracker_db_url: str, patient_ref: str) -> dict[str, int]:
    """Delete everything of one sender: intake records and tracker events, in the eraser's
    one transaction, audited as retention (bot/store/erasure.py, also behind "delete my
    data"; tables found by their foreign keys, so purge and /delete agree on what a
    patient's data is); rows per table. Erasing an unknown sender deletes nothing.
    Raises AlertPending while an urgent alert of theirs has not been delivered."""
    erased = store.erase_patient(
        patient_ref,
        audit=RETENTION_AUDIT,
        erase_conversation=lambda: erase_tracker_events(tracker_db_url, patient_ref),
    )
    counts = dict(erased.rows)
    if erased.tracker_events:
        counts["tracker_events"] = erased.tracker_events
    return counts


def erase_tracker_events(tracker_db_url: str, sender_id: str) -> int:
    """Delete the sender's events from Rasa's SQL tracker store (no running Rasa needed)."""
    engine = _tracker_engine(tracker_db_url)
    try:
        events = _events_table(engine)
        if events is None:
            return 0
        with engine.begin() as conn:
            return _delete(conn, events, events.c.sender_id == sender_id)
    finally:
        engine.dispose()


def purge(
    store: IntakeStore,
    tracker_db_url: str,
    older_than: timedelta,
    *,
    dry_run: bool = False,
    now: datetime | None = None,
    erase: EraseFn = erase_patient,
) -> PurgeResult:
    """Erase every sender whose last activity is older than `older_than` (see the module)."""
    if older_than <= timedelta(0):
        raise ValueError("the retention must be longer than 0 days")
    cutoff = (now or datetime.now(timezone.utc)) - older_than
    senders = stale_senders(store, tracker_db_url, cutoff)
    deleted: dict[str, int] = {}
    kept: list[str] = []
    if not dry_run:
        for sender in senders:
            try:
                erased = erase(store, tracker_db_url, sender)
            except AlertPending:
                kept.append(sender)  # safety first: the practitioner must get the alert
                continue
            for table, n in erased.items():
                deleted[table] = deleted.get(table, 0) + n
    return PurgeResult(cutoff, senders, dry_run, deleted, kept)
