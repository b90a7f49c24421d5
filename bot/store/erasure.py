"""Erase one patient's intake records ("delete my data", /delete, retention), every table
included, and audit it.

The tables to clear are found from the database's own foreign keys: every row that points,
directly or through other rows, at the patient or one of their intakes is deleted, children
first. A table added later (medications, say) is covered without a change here, whether or
not its foreign key cascades.

Each erasure writes audit_events rows in the same transaction: one per erased intake (its
public id is a random UUID, not the patient's pseudonym), or one without an intake when only
a conversation was erased; the detail holds counts, never message text. audit_events has no
foreign key to the patient's tables, so the rows stay after the erasure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import MetaData, Table, delete, insert, or_, select
from sqlalchemy.engine import Connection, Engine

from bot.store.models import utcnow

ROOT_TABLE = "patients"
INTAKES_TABLE = "intakes"
AUDIT_TABLE = "audit_events"
AUDIT_ACTION = "patient_erased"


class AlertPending(RuntimeError):
    """An urgent flag of this patient has not reached the practitioner yet: erasing now would
    lose the alert, so erasure waits until it is delivered (safety first)."""


@dataclass(frozen=True)
class ErasureAudit:
    """Who asked and how: the audit rows' actor ("patient", "retention") and via (the
    patient's channel, or "cli")."""

    actor: str
    via: str


@dataclass(frozen=True)
class Erased:
    """Rows deleted per table (tables with nothing to delete are left out), the erased
    intakes' public ids and the conversation's tracker events."""

    rows: dict[str, int]
    intake_public_ids: tuple[str, ...] = ()
    tracker_events: int = 0

    @property
    def total(self) -> int:
        return sum(self.rows.values())

    @property
    def anything(self) -> bool:
        return bool(self.rows) or self.tracker_events > 0

    def audit_detail(self) -> str:
        """Counts only: nothing the patient said."""
        intakes = len(self.intake_public_ids)
        return f"intakes={intakes} rows={self.total} tracker_events={self.tracker_events}"


def erase_patient(
    engine: Engine,
    patient_ref: str,
    *,
    audit: ErasureAudit | None = None,
    erase_conversation: Callable[[], int] | None = None,
) -> Erased:
    """Delete the patient with this pseudonymous ref and everything under them, in one
    transaction that also erases the conversation (`erase_conversation`, returning the
    number of tracker events deleted; it runs before the commit, so when it fails no record
    is deleted either) and writes the audit rows. An unknown ref erases no record (and is
    not an error: erasing twice is fine); nothing erased, nothing audited."""
    metadata = MetaData()
    metadata.reflect(bind=engine)
    with engine.begin() as conn:
        rows, public_ids = _erase_records(conn, metadata, patient_ref)
        events = erase_conversation() if erase_conversation is not None else 0
        erased = Erased(rows, public_ids, events)
        if audit is not None and erased.anything:
            _write_audit(conn, metadata.tables[AUDIT_TABLE], audit, erased)
        return erased


def _write_audit(conn: Connection, table: Table, audit: ErasureAudit, erased: Erased) -> None:
    detail = erased.audit_detail()
    for public_id in erased.intake_public_ids or (None,):
        conn.execute(
            insert(table).values(
                at=utcnow(),
                actor=audit.actor[:64],
                action=AUDIT_ACTION,
                intake_public_id=public_id,
                via=audit.via[:8],
                detail=detail,
            )
        )


def _erase_records(
    conn: Connection, metadata: MetaData, patient_ref: str
) -> tuple[dict[str, int], tuple[str, ...]]:
    """Rows deleted per table, and the public ids of the intakes among them."""
    patients = metadata.tables[ROOT_TABLE]
    ids = _primary_keys(conn, patients, [patients.c.ref == patient_ref])
    if not ids:
        return {}, ()
    intakes = metadata.tables[INTAKES_TABLE]
    public_ids = tuple(
        str(row[0])
        for row in conn.execute(
            select(intakes.c.public_id).where(intakes.c.patient_id.in_(ids)).order_by(intakes.c.id)
        )
    )
    found: dict[str, tuple[Table, list[Any]]] = {ROOT_TABLE: (patients, ids)}
    for table in metadata.sorted_tables:  # parents before children
        if table.name in found:
            continue
        conditions = [
            fk.parent.in_(found[fk.column.table.name][1])
            for fk in table.foreign_keys
            if fk.column.table.name in found
        ]
        if conditions:
            found[table.name] = (table, _primary_keys(conn, table, conditions))
    counts: dict[str, int] = {}
    for name, (table, keys) in reversed(list(found.items())):  # children first
        if keys:
            pk = _single_primary_key(table)
            counts[name] = conn.execute(delete(table).where(pk.in_(keys))).rowcount
    return counts, public_ids


def _single_primary_key(table: Table) -> Any:
    columns = list(table.primary_key.columns)
    if len(columns) != 1:
        raise ValueError(f"erasure needs a single-column primary key on {table.name}")
    return columns[0]


def _primary_keys(conn: Connection, table: Table, conditions: list[Any]) -> list[Any]:
    pk = _single_primary_key(table)
    return [row[0] for row in conn.execute(select(pk).where(or_(*conditions)))]
