"""The intake store: migrations, one-transaction steps, flags that survive a restart."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect

from bot.store import IntakeStore, NewAnswer, NewFlag


def test_migration_creates_every_table(store: IntakeStore) -> None:
    tables = set(inspect(store.engine).get_table_names())
    assert {
        "patients",
        "intakes",
        "answers",
        "flags",
        "consent_events",
        "practitioner_questions",
        "alembic_version",
    } <= tables


def test_upgrade_is_idempotent(store: IntakeStore) -> None:
    store.upgrade()
    store.upgrade()


def test_answer_flag_and_position_are_stored_together(store: IntakeStore) -> None:
    intake = store.create_intake("p1", "phq9:9", "rest")
    store.commit_step(
        intake.id,
        answer=NewAnswer("phq9", "9", "answered", "several_days", 1, "some days", "text", 1),
        flags=[NewFlag("phq9_item9_positive", "urgent", "item 9 > 0", "some days", "phq9", "9")],
        step="phq9:10",
    )
    assert store.get(intake.id).step == "phq9:10"
    assert [a.value for a in store.answers(intake.id)] == ["several_days"]
    assert [f.kind for f in store.flags(intake.id)] == ["phq9_item9_positive"]


def test_reanswering_an_item_replaces_it_without_duplicates(store: IntakeStore) -> None:
    intake = store.create_intake("p1", "phq9:1", "rest")
    for value, score in (("several_days", 1), ("nearly_every_day", 3)):
        store.commit_step(
            intake.id, answer=NewAnswer("phq9", "1", "answered", value, score, None, "button", 1)
        )
    assert [(a.value, a.score) for a in store.answers(intake.id)] == [("nearly_every_day", 3)]


def test_flags_survive_a_restart(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'intake.db'}"
    first = IntakeStore(url)
    first.upgrade()
    intake = first.create_intake("p1", "phq9:9", "rest")
    first.commit_step(intake.id, flags=[NewFlag("phq9_item9_positive", "urgent", "d", "e")])
    first.engine.dispose()
    second = IntakeStore(url)
    assert [f.severity for f in second.flags(intake.id)] == ["urgent"]
    assert second.latest_intake("p1") is not None


def test_open_intake_is_the_latest_unfinished_one(store: IntakeStore) -> None:
    old = store.create_intake("p1", "consent", "rest")
    store.update_intake(old.id, status="complete")
    assert store.open_intake("p1") is None
    new = store.create_intake("p1", "consent", "rest")
    assert store.open_intake("p1") == store.get(new.id)
