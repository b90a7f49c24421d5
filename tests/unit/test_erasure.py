"""Erasing a patient removes every intake record of theirs, on SQLite and PostgreSQL, audited."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from bot.store import AlertPending, IntakeStore, NewAnswer, NewFlag
from bot.store.erasure import ErasureAudit

PG_SERVER = "postgresql://postgres@127.0.0.1:5432"
# Tables that hold no patient's rows: migrations and the practitioners' own accounts. The
# audit log keeps who viewed which intake id (no health data), as an audit log must.
NOT_PATIENT_TABLES = {"alembic_version", "practitioners", "api_tokens", "audit_events"}


def fill(store: IntakeStore, ref: str) -> None:
    """Two intakes with a row in every table."""
    for _ in range(2):
        intake = store.create_intake(ref, "phq9:9", "telegram")
        store.record_consent(intake.id, "given", "consent-v1")
        store.commit_step(
            intake.id,
            answer=NewAnswer("phq9", "9", "answered", "several_days", 1, "some", "text", 1),
            flags=[NewFlag("phq9_item9_positive", "urgent", "item 9 > 0", "some", "phq9", "9")],
            step="phq9:10",
        )
        store.annotate_flag(store.flags(intake.id)[0].id, "you misunderstood")
        store.add_question(intake.id, "can I take something for sleep?")
        for flag in store.pending_alerts(intake.id):
            store.record_alert(flag.id, "sent", "telegram", 1, "ok")


def row_counts(store: IntakeStore) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {
            t: conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one()
            for t in inspect(store.engine).get_table_names()
            if t not in NOT_PATIENT_TABLES
        }


def add_medicines_and_notices(store: IntakeStore) -> None:
    """Rows in the medicines, interaction and notice tables for every intake."""
    from bot.notify.ready import queue_if_finished
    from bot.store import InteractionFlagRecord, NewMedication

    for intake in store.list_intakes():
        store.add_medications(
            intake.id,
            [NewMedication("sertraline", "medication", "current", ("ssri",), "zoloft", "x")],
        )
        store.add_interaction_flags(
            intake.id,
            [
                InteractionFlagRecord(
                    "r", "high", "t", ("sertraline", "5-htp"), "d", "s", intake.created_at
                )
            ],
        )
        store.update_intake(intake.id, status="complete")
        queue_if_finished(store, intake.id)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[IntakeStore]:
    if request.param == "sqlite":
        store = IntakeStore(f"sqlite:///{tmp_path / 'intake.db'}")
        store.upgrade()
        yield store
        return
    name = f"erasure_{uuid.uuid4().hex[:12]}"
    admin = create_engine(f"{PG_SERVER}/test", isolation_level="AUTOCOMMIT", future=True)
    try:
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name}"))
    except Exception as exc:  # the development machine runs one; say so when it does not
        pytest.skip(f"PostgreSQL at {PG_SERVER} not reachable: {exc}")
    store = IntakeStore(f"{PG_SERVER}/{name}")
    store.upgrade()
    try:
        yield store
    finally:
        store.engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE {name}"))
        admin.dispose()


def test_erasing_a_patient_removes_their_rows_in_every_table_and_nobody_elses(
    any_store: IntakeStore,
) -> None:
    fill(any_store, "tg-erase-me")
    fill(any_store, "tg-keep-me")
    add_medicines_and_notices(any_store)
    before = row_counts(any_store)
    assert all(count > 0 for count in before.values()), before

    erased = any_store.erase_patient("tg-erase-me")

    after = row_counts(any_store)
    assert {t: before[t] - after[t] for t in before} == {t: before[t] // 2 for t in before}
    assert erased.rows == {t: before[t] // 2 for t in before}
    assert any_store.latest_intake("tg-erase-me") is None
    assert any_store.latest_intake("tg-keep-me") is not None


def test_erasing_an_unknown_patient_erases_nothing(store: IntakeStore) -> None:
    fill(store, "tg-someone")
    before = row_counts(store)
    assert store.erase_patient("tg-nobody").total == 0
    assert row_counts(store) == before


def test_erasure_waits_while_an_urgent_alert_has_not_reached_the_practitioner(
    store: IntakeStore,
) -> None:
    intake = store.create_intake("tg-in-crisis", "phq9:9", "telegram")
    (flag,) = store.add_flags(intake.id, [NewFlag("risk_disclosure", "urgent", "d", "words")])
    with pytest.raises(AlertPending):
        store.erase_patient("tg-in-crisis")
    assert store.latest_intake("tg-in-crisis") is not None  # nothing was deleted
    store.record_alert(flag.id, "sent", "telegram", 1, "ok")
    assert store.erase_patient("tg-in-crisis").total > 0


def audit_rows(store: IntakeStore) -> list[dict[str, object]]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT actor, action, intake_public_id, via, client, detail FROM audit_events")
        )
        return [dict(r._mapping) for r in rows]


def test_each_erased_intake_gets_an_audit_row_that_survives_the_erasure(
    any_store: IntakeStore,
) -> None:
    fill(any_store, "web-erase-me")
    fill(any_store, "web-keep-me")
    public_ids = {i.public_id for i in any_store.list_intakes("web-erase-me")}

    erased = any_store.erase_patient(
        "web-erase-me",
        audit=ErasureAudit("patient", "socketio"),
        erase_conversation=lambda: 120,
    )

    rows = audit_rows(any_store)
    assert len(rows) == 2 and {r["intake_public_id"] for r in rows} == public_ids
    detail = f"intakes=2 rows={erased.total} tracker_events=120"
    for row in rows:
        assert row == {**row, "actor": "patient", "action": "patient_erased", "via": "socketio"}
        assert row["detail"] == detail and row["client"] is None
    assert erased.total > 0 and erased.tracker_events == 120


def test_the_audit_row_holds_counts_and_no_message_text_or_pseudonym(store: IntakeStore) -> None:
    fill(store, "tg-secret-pseudonym")  # answers "some", a question about sleep
    store.erase_patient("tg-secret-pseudonym", audit=ErasureAudit("patient", "telegram"))
    (row,) = audit_rows(store)[:1]
    written = " ".join(str(v) for v in row.values())
    for private in ("tg-secret-pseudonym", "sleep", "misunderstood", "some"):
        assert private not in written


def test_a_conversation_without_records_is_audited_once_without_an_intake(
    store: IntakeStore,
) -> None:
    erased = store.erase_patient(
        "rest-said-hi", audit=ErasureAudit("patient", "rest"), erase_conversation=lambda: 7
    )
    assert erased.total == 0 and erased.tracker_events == 7
    assert audit_rows(store) == [
        {
            "actor": "patient",
            "action": "patient_erased",
            "intake_public_id": None,
            "via": "rest",
            "client": None,
            "detail": "intakes=0 rows=0 tracker_events=7",
        }
    ]


def test_erasing_nothing_writes_no_audit_row(store: IntakeStore) -> None:
    store.erase_patient("rest-nobody", audit=ErasureAudit("patient", "rest"))
    assert audit_rows(store) == []


def test_a_failing_conversation_erasure_deletes_no_record_and_audits_nothing(
    store: IntakeStore,
) -> None:
    fill(store, "rest-erase-me")
    before = row_counts(store)

    def tracker_down() -> int:
        raise ConnectionError("tracker store unreachable")

    with pytest.raises(ConnectionError):
        store.erase_patient(
            "rest-erase-me", audit=ErasureAudit("patient", "rest"), erase_conversation=tracker_down
        )
    assert row_counts(store) == before
    assert audit_rows(store) == []


def test_a_refused_erasure_is_not_audited(store: IntakeStore) -> None:
    intake = store.create_intake("rest-in-crisis", "phq9:9", "rest")
    store.add_flags(intake.id, [NewFlag("risk_disclosure", "urgent", "d", "words")])
    assert store.has_undelivered_alert("rest-in-crisis")
    with pytest.raises(AlertPending):
        store.erase_patient("rest-in-crisis", audit=ErasureAudit("patient", "rest"))
    assert audit_rows(store) == []
