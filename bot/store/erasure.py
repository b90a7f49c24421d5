"""Erase one patient's intake records (a patient's /delete), every table included.

The tables to clear are found from the database's own foreign keys: every row that points,
directly or through other rows, at the patient or one of their intakes is deleted, children
first. A table added later (medications, say) is covered without a change here, whether or
not its foreign key cascades.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import MetaData, Table, delete, or_, select
from sqlalchemy.engine import Connection, Engine

ROOT_TABLE = "patients"


class AlertPending(RuntimeError):
    """An urgent flag of this patient has not reached the practitioner yet: erasing now would
    lose the alert, so erasure waits until it is delivered (safety first)."""


@dataclass(frozen=True)
class Erased:
    """Rows deleted per table (tables with nothing to delete are left out)."""

    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def erase_patient(engine: Engine, patient_ref: str) -> Erased:
    """Delete the patient with this pseudonymous ref and everything under them, in one
    transaction. An unknown ref erases nothing (and is not an error: erasing twice is fine)."""
    metadata = MetaData()
    metadata.reflect(bind=engine)
    patients = metadata.tables[ROOT_TABLE]
    with engine.begin() as conn:
        ids = _primary_keys(conn, patients, [patients.c.ref == patient_ref])
        if not ids:
            return Erased({})
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
        return Erased(counts)


def _single_primary_key(table: Table) -> Any:
    columns = list(table.primary_key.columns)
    if len(columns) != 1:
        raise ValueError(f"erasure needs a single-column primary key on {table.name}")
    return columns[0]


def _primary_keys(conn: Connection, table: Table, conditions: list[Any]) -> list[Any]:
    pk = _single_primary_key(table)
    return [row[0] for row in conn.execute(select(pk).where(or_(*conditions)))]
