"""The "delete my data" request over REST against the real Rasa and action servers:
confirmed, the patient's intake records and conversation are gone and one audit row per
intake remains; declined, nothing is deleted."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from bot.store import IntakeStore
from scripts.local_stack import NO_MEDICINES, Assistant

YES = '/request_data_erasure{"choice":"data_erasure=yes"}'
NO = '/request_data_erasure{"choice":"data_erasure=no"}'
FIRST_ANSWERS = ("hi", "yes", "41", "I feel low and can't sleep", *NO_MEDICINES, "several days")


def texts(replies: list[dict[str, object]]) -> str:
    return "\n".join(str(r.get("text", "")) for r in replies)


def payloads(replies: list[dict[str, object]]) -> list[str]:
    return [str(b["payload"]) for r in replies for b in r.get("buttons") or []]  # type: ignore[attr-defined]


def intake_store(assistant: Assistant) -> IntakeStore:
    return IntakeStore(f"sqlite:///{assistant.data_dir / 'intake.db'}")


def tracker_events(assistant: Assistant, sender: str) -> int:
    engine = sa.create_engine(f"sqlite:///{assistant.data_dir / 'rasa_tracker.db'}")
    try:
        with engine.connect() as conn:
            query = sa.text("SELECT COUNT(*) FROM events WHERE sender_id = :s")
            return int(conn.execute(query, {"s": sender}).scalar_one())
    finally:
        engine.dispose()


def orphans_and_rows_of(db: Path, sender: str, intake_ids: list[int]) -> dict[str, int]:
    """Rows that still name the patient or their intakes, and rows whose parent is gone (a
    patient's rows all hang from `patients` by foreign keys, so none may be left over)."""
    engine = sa.create_engine(f"sqlite:///{db}")
    metadata = sa.MetaData()
    metadata.reflect(bind=engine)
    found: dict[str, int] = {}
    with engine.connect() as conn:
        patients = metadata.tables["patients"]
        found["patients"] = conn.execute(
            sa.select(sa.func.count()).where(patients.c.ref == sender)
        ).scalar_one()
        for table in metadata.sorted_tables:
            if "intake_id" in table.c:
                found[table.name] = conn.execute(
                    sa.select(sa.func.count())
                    .select_from(table)
                    .where(table.c.intake_id.in_(intake_ids))
                ).scalar_one()
            for fk in table.foreign_keys:
                parent = fk.column.table
                orphans = conn.execute(
                    sa.select(sa.func.count())
                    .select_from(table)
                    .where(fk.parent.is_not(None))
                    .where(~fk.parent.in_(sa.select(fk.column).select_from(parent)))
                ).scalar_one()
                found[f"orphans in {table.name}.{fk.parent.name}"] = orphans
    engine.dispose()
    return found


def audit_rows(store: IntakeStore, public_id: str) -> list[tuple[object, ...]]:
    with store.engine.connect() as conn:
        return list(
            conn.execute(
                sa.text(
                    "SELECT actor, action, via, detail FROM audit_events "
                    "WHERE intake_public_id = :p"
                ),
                {"p": public_id},
            ).all()
        )


def test_confirmed_delete_my_data_erases_records_and_conversation_and_is_audited(
    assistant: Assistant,
) -> None:
    sender = "it-erase-rest"
    for message in FIRST_ANSWERS:
        assistant.send(sender, message)
    store = intake_store(assistant)
    (intake,) = store.list_intakes(sender)
    assert store.answers(intake.id) and tracker_events(assistant, sender) > 0

    asked = assistant.send(sender, "please delete my data")
    assert "can't be undone" in texts(asked) and payloads(asked) == [YES, NO]
    assert "Question" not in texts(asked)  # the open question waits for the decision

    done = assistant.send(sender, YES)

    assert texts(done) == (
        "Your answers and this conversation have been deleted. If you'd like to start again, "
        "send a new message."
    )
    left = orphans_and_rows_of(assistant.data_dir / "intake.db", sender, [intake.id])
    assert left and all(n == 0 for n in left.values()), left
    assert tracker_events(assistant, sender) == 0
    for session in assistant.tracker_sessions(sender):  # Rasa's HTTP API shows no turn of it
        assert not [e for e in session if e["event"] in ("user", "bot")]
    ((actor, action, via, detail),) = audit_rows(store, intake.public_id)
    assert (actor, action, via) == ("patient", "patient_erased", "rest")
    assert detail.startswith("intakes=1 rows=") and " tracker_events=" in detail  # type: ignore[union-attr]
    assert int(str(detail).rsplit("=", 1)[1]) > 0

    again = assistant.send(sender, "hi")  # a brand-new conversation and intake
    assert "automated intake assistant" in texts(again)
    (new_intake,) = store.list_intakes(sender)
    assert new_intake.public_id != intake.public_id and store.answers(new_intake.id) == []


def test_declining_delete_my_data_deletes_nothing_and_carries_on(assistant: Assistant) -> None:
    sender = "it-erase-rest-no"
    for message in FIRST_ANSWERS:
        assistant.send(sender, message)
    store = intake_store(assistant)
    (intake,) = store.list_intakes(sender)
    answers = store.answers(intake.id)
    events = tracker_events(assistant, sender)

    assistant.send(sender, "can I delete my answers")
    kept = assistant.send(sender, NO)

    assert "Nothing was deleted" in texts(kept) and "Question 2 of 9" in texts(kept)
    assert store.answers(intake.id) == answers
    assert tracker_events(assistant, sender) > events  # the conversation goes on
    assert audit_rows(store, intake.public_id) == []
    assistant.send(sender, "more than half the days")
    assert len(store.answers(intake.id)) == len(answers) + 1
