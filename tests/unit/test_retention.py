"""Retention purge: patients inactive past the retention are erased everywhere, others kept.

The tracker store here is an SQLite `events` table with the columns of Rasa's
SQLTrackerStore (the integration tests purge a real Rasa tracker store too).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot import cli
from bot.store import IntakeStore, NewAnswer, NewFlag
from bot.store import models as m
from bot.store.retention import purge

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def tracker_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'rasa_tracker.db'}"
    engine = sa.create_engine(url, future=True)
    sa.Table(
        "events",
        sa.MetaData(),
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sender_id", sa.String(255), nullable=False, index=True),
        sa.Column("type_name", sa.String(255), nullable=False),
        sa.Column("timestamp", sa.Float),
        sa.Column("intent_name", sa.String(255)),
        sa.Column("action_name", sa.String(255)),
        sa.Column("data", sa.Text),
    ).metadata.create_all(engine)
    engine.dispose()
    return url


def add_events(url: str, sender: str, at: datetime, n: int = 3) -> None:
    engine = sa.create_engine(url, future=True)
    events = sa.Table("events", sa.MetaData(), autoload_with=engine)
    with engine.begin() as conn:
        for i in range(n):
            conn.execute(
                sa.insert(events).values(
                    sender_id=sender,
                    type_name="user",
                    timestamp=at.timestamp() + i,
                    data='{"text": "private words"}',
                )
            )
    engine.dispose()


def add_intake(store: IntakeStore, sender: str, at: datetime, alert_delivered: bool = True) -> int:
    """An intake with an answer, a flag with an annotation and a question, last changed `at`;
    its urgent alert delivered to the practitioner unless told otherwise."""
    intake = store.create_intake(sender, "phq9:9", "rest")
    store.record_consent(intake.id, "given", "consent_v1")
    store.commit_step(
        intake.id,
        answer=NewAnswer("phq9", "9", "answered", "several_days", 1, "some days", "text", 1),
        flags=[NewFlag("phq9_item9_positive", "urgent", "item 9 > 0", "some days", "phq9", "9")],
        step="phq9:10",
    )
    store.annotate_flag(store.flags(intake.id)[0].id, "you misunderstood")
    store.add_question(intake.id, "can I stop my tablets?")
    if alert_delivered:
        for flag in store.pending_alerts(intake.id):
            store.record_alert(flag.id, "sent", "telegram", 1, "ok")
    with store.engine.begin() as conn:
        conn.execute(
            sa.update(m.Intake).where(m.Intake.id == intake.id).values(created_at=at, updated_at=at)
        )
        conn.execute(sa.update(m.Patient).where(m.Patient.ref == sender).values(created_at=at))
    return intake.id


def rows_of(store: IntakeStore, tracker_url: str, sender: str) -> dict[str, int]:
    with store.engine.connect() as conn:
        intakes = conn.execute(
            sa.select(sa.func.count())
            .select_from(m.Intake)
            .join(m.Patient)
            .where(m.Patient.ref == sender)
        ).scalar_one()
        patients = conn.execute(
            sa.select(sa.func.count()).where(m.Patient.ref == sender)
        ).scalar_one()
    engine = sa.create_engine(tracker_url, future=True)
    with engine.connect() as conn:
        events = conn.execute(
            sa.text("select count(*) from events where sender_id = :s"), {"s": sender}
        ).scalar_one()
    engine.dispose()
    return {"patients": patients, "intakes": intakes, "events": events}


def test_inactive_patient_is_erased_from_records_and_tracker_and_active_one_kept(
    store: IntakeStore, tracker_url: str
) -> None:
    add_intake(store, "old", NOW - timedelta(days=40))
    add_events(tracker_url, "old", NOW - timedelta(days=40))
    add_intake(store, "recent", NOW - timedelta(days=2))
    add_events(tracker_url, "recent", NOW - timedelta(days=2))

    result = purge(store, tracker_url, timedelta(days=30), now=NOW)

    assert result.senders == ["old"]
    assert rows_of(store, tracker_url, "old") == {"patients": 0, "intakes": 0, "events": 0}
    assert rows_of(store, tracker_url, "recent") == {"patients": 1, "intakes": 1, "events": 3}
    assert result.deleted["tracker_events"] == 3
    for table in ("answers", "flags", "flag_annotations", "consent_events"):
        assert result.deleted[table] == 1, table
    with store.engine.connect() as conn:  # nothing of "old" is left in any child table
        for model in (m.Answer, m.Flag, m.FlagAnnotation, m.ConsentEvent, m.PractitionerQuestion):
            assert conn.execute(sa.select(sa.func.count()).select_from(model)).scalar_one() == 1


def test_recent_tracker_activity_keeps_a_patient_with_an_old_intake(
    store: IntakeStore, tracker_url: str
) -> None:
    add_intake(store, "came-back", NOW - timedelta(days=90))
    add_events(tracker_url, "came-back", NOW - timedelta(days=1))
    assert purge(store, tracker_url, timedelta(days=30), now=NOW).senders == []
    assert rows_of(store, tracker_url, "came-back")["intakes"] == 1


def test_sender_only_in_the_tracker_is_purged_too(store: IntakeStore, tracker_url: str) -> None:
    add_events(tracker_url, "said-hi-only", NOW - timedelta(days=60))
    result = purge(store, tracker_url, timedelta(days=30), now=NOW)
    assert result.senders == ["said-hi-only"]
    assert rows_of(store, tracker_url, "said-hi-only")["events"] == 0


def test_dry_run_erases_nothing(store: IntakeStore, tracker_url: str) -> None:
    add_intake(store, "old", NOW - timedelta(days=40))
    add_events(tracker_url, "old", NOW - timedelta(days=40))
    result = purge(store, tracker_url, timedelta(days=30), dry_run=True, now=NOW)
    assert result.senders == ["old"] and result.deleted == {}
    assert rows_of(store, tracker_url, "old") == {"patients": 1, "intakes": 1, "events": 3}


def test_missing_tracker_table_is_not_an_error(store: IntakeStore, tmp_path: Path) -> None:
    add_intake(store, "old", NOW - timedelta(days=40))
    empty = f"sqlite:///{tmp_path / 'never_started.db'}"
    assert purge(store, empty, timedelta(days=30), now=NOW).senders == ["old"]


def test_cli_purge_uses_the_retention_setting_and_dry_run(
    store: IntakeStore,
    tracker_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("INTAKE_DB_URL", store.url)
    monkeypatch.setenv("RASA_TRACKER_DB_URL", tracker_url)
    monkeypatch.delenv("INTAKE_RETENTION_DAYS", raising=False)
    add_intake(store, "old", datetime.now(timezone.utc) - timedelta(days=40))
    assert cli.main(["purge"]) == 2  # no retention given anywhere: refuses
    monkeypatch.setenv("INTAKE_RETENTION_DAYS", "30")
    assert cli.main(["purge", "--dry-run"]) == 0
    assert "would erase 1 sender(s)" in capsys.readouterr().out
    assert rows_of(store, tracker_url, "old")["intakes"] == 1
    assert cli.main(["purge"]) == 0
    assert "erased 1 sender(s)" in capsys.readouterr().out
    assert rows_of(store, tracker_url, "old")["intakes"] == 0
    assert cli.main(["purge", "--older-than", "1"]) == 0
    assert "erased 0 sender(s)" in capsys.readouterr().out


def test_patient_whose_urgent_alert_was_never_delivered_is_kept(
    store: IntakeStore, tracker_url: str
) -> None:
    now = datetime.now(timezone.utc)
    add_intake(store, "undelivered", now - timedelta(days=90), alert_delivered=False)
    result = purge(store, tracker_url, timedelta(days=30), now=now)
    assert result.senders == ["undelivered"] and result.kept_for_alert == ["undelivered"]
    assert rows_of(store, tracker_url, "undelivered")["intakes"] == 1


def test_each_purged_patient_is_audited_as_retention_from_the_cli(
    store: IntakeStore, tracker_url: str
) -> None:
    add_intake(store, "old", NOW - timedelta(days=40))
    add_events(tracker_url, "old", NOW - timedelta(days=40), n=4)
    add_events(tracker_url, "said-hi-only", NOW - timedelta(days=60), n=2)
    public_id = store.list_intakes("old")[0].public_id

    result = purge(store, tracker_url, timedelta(days=30), now=NOW)

    assert result.senders == ["old", "said-hi-only"]
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.text("SELECT actor, action, via, intake_public_id, detail FROM audit_events")
        ).all()
    rows_deleted = sum(n for t, n in result.deleted.items() if t != "tracker_events")
    assert sorted(rows, key=lambda r: str(r[3])) == sorted(
        [
            (
                "retention",
                "patient_erased",
                "cli",
                public_id,
                f"intakes=1 rows={rows_deleted} tracker_events=4",
            ),
            ("retention", "patient_erased", "cli", None, "intakes=0 rows=0 tracker_events=2"),
        ],
        key=lambda r: str(r[3]),
    )
