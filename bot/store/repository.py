"""IntakeStore: every read and write of intake records, one short transaction each.

Writes that belong together (an answer, the flags it raises and the move to the next
question) happen in one transaction, so a crash leaves either all of them or none.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, select, text, update
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session, sessionmaker

from bot.store import models as m
from bot.store.engines import make_engine
from bot.store.erasure import AlertPending, Erased, ErasureAudit, erase_patient
from bot.store.records import (
    OPEN_STATUSES,
    AnnotationRecord,
    AnswerRecord,
    ConsentRecord,
    FlagRecord,
    IntakeRecord,
    InteractionFlagRecord,
    MedicationRecord,
    NewAnswer,
    NewFlag,
    NewMedication,
    QuestionRecord,
)

ALEMBIC_INI = Path(__file__).with_name("alembic.ini")
# PostgreSQL advisory lock held while migrating: processes that start together (the scaled
# profile's action servers, web apps and CLI) migrate one at a time, the others then find
# the schema at head. Any constant works, as long as it is the same everywhere.
MIGRATION_LOCK_KEY = 0x1A7A_4E5E


# A sender killed mid-send leaves its claim on an urgent alert; after this long another
# process may send it (the practitioner may then get it twice, never zero times).
STALE_ALERT_CLAIM = timedelta(minutes=2)


class UnknownIntakeError(LookupError):
    pass


def _alert_undelivered() -> Any:
    """Urgent flags whose alert has not reached the practitioner: never sent (NULL), failed,
    or being sent right now."""
    return (m.Flag.severity == "urgent") & (
        m.Flag.alert_status.is_(None) | m.Flag.alert_status.in_(("failed", "sending"))
    )


def _utc(value: datetime | None) -> datetime | None:
    # SQLite returns naive datetimes; they were written as UTC.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value


_LATEST_INTAKE = (
    select(m.Intake.__table__)
    .join(m.Patient.__table__, m.Intake.patient_id == m.Patient.id)
    .where(m.Patient.ref == bindparam("ref"))
    .order_by(m.Intake.id.desc())
    .limit(1)
)


class IntakeStore:
    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, future=True, expire_on_commit=False)

    # -- schema -------------------------------------------------------------------------
    def upgrade(self) -> None:
        """Bring the schema to the newest Alembic revision (safe to run on every start)."""
        from alembic import command
        from alembic.config import Config

        cfg = Config(str(ALEMBIC_INI))
        with self.engine.begin() as conn:
            if conn.dialect.name == "postgresql":  # released when this transaction ends
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def erase_patient(
        self,
        patient_ref: str,
        *,
        audit: ErasureAudit | None = None,
        erase_conversation: Callable[[], int] | None = None,
    ) -> Erased:
        """Delete this patient and every record of theirs, erase their conversation with
        `erase_conversation` and write the audit rows, in one transaction (see erasure.py).

        Raises AlertPending while an urgent flag's practitioner alert is still queued."""
        if self.has_undelivered_alert(patient_ref):
            raise AlertPending(f"{patient_ref} has an urgent alert not delivered yet")
        return erase_patient(
            self.engine, patient_ref, audit=audit, erase_conversation=erase_conversation
        )

    def has_undelivered_alert(self, patient_ref: str) -> bool:
        """An urgent flag of this patient whose alert has not reached the practitioner."""
        return any(self.pending_alerts(i.id) for i in self.list_intakes(patient_ref))

    @contextmanager
    def _session(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    # -- intakes ------------------------------------------------------------------------
    def create_intake(self, patient_ref: str, first_step: str, channel: str | None) -> IntakeRecord:
        with self._session() as s:
            patient = s.execute(select(m.Patient).where(m.Patient.ref == patient_ref)).scalar()
            if patient is None:
                patient = m.Patient(ref=patient_ref)
                s.add(patient)
                s.flush()
            intake = m.Intake(
                public_id=str(uuid.uuid4()),
                patient_id=patient.id,
                status="awaiting_consent",
                step=first_step,
                unclear_count=0,
                channel=channel,
            )
            s.add(intake)
            s.flush()
            return self._intake_record(intake, patient_ref)

    def latest_intake(self, patient_ref: str) -> IntakeRecord | None:
        # Several times a turn (the form asks for its required slots more than once): a
        # statement built once and plain rows, not ORM objects, keep it cheap.
        with self.engine.connect() as conn:
            row = conn.execute(_LATEST_INTAKE, {"ref": patient_ref}).first()
        return self._intake_record(row, patient_ref) if row else None

    def open_intake(self, patient_ref: str) -> IntakeRecord | None:
        latest = self.latest_intake(patient_ref)
        return latest if latest is not None and latest.status in OPEN_STATUSES else None

    def get(self, intake_id: int) -> IntakeRecord:
        with self._session() as s:
            return self._intake_record(self._intake(s, intake_id))

    def get_by_public_id(self, public_id: str) -> IntakeRecord:
        with self._session() as s:
            row = s.execute(select(m.Intake).where(m.Intake.public_id == public_id)).scalar()
            if row is None:
                raise UnknownIntakeError(f"no intake {public_id}")
            return self._intake_record(row)

    def list_intakes(self, patient_ref: str | None = None) -> list[IntakeRecord]:
        with self._session() as s:
            query = select(m.Intake).join(m.Patient).order_by(m.Intake.id.desc())
            if patient_ref is not None:
                query = query.where(m.Patient.ref == patient_ref)
            return [self._intake_record(r) for r in s.execute(query).scalars()]

    def update_intake(self, intake_id: int, **fields: Any) -> IntakeRecord:
        """Set step / status / unclear_count / age / concerns / medication_details /
        pending_answer / completed_at."""
        allowed = {
            "step",
            "resume_step",
            "status",
            "unclear_count",
            "age",
            "concerns",
            "medication_details",
            "pending_answer",
            "completed_at",
        }
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"cannot update {sorted(unknown)}")
        with self._session() as s:
            intake = self._intake(s, intake_id)
            for key, value in fields.items():
                setattr(intake, key, value)
            intake.updated_at = m.utcnow()
            return self._intake_record(intake)

    def record_consent(
        self, intake_id: int, decision: str, wording: str, **intake_fields: Any
    ) -> None:
        with self._session() as s:
            self._intake(s, intake_id)
            s.add(m.ConsentEvent(intake_id=intake_id, decision=decision, wording=wording))
        if intake_fields:
            self.update_intake(intake_id, **intake_fields)

    def commit_step(
        self,
        intake_id: int,
        *,
        answer: NewAnswer | None = None,
        flags: Sequence[NewFlag] = (),
        **intake_fields: Any,
    ) -> IntakeRecord:
        """Store an answer, its flags and the intake's next position in one transaction."""
        with self._session() as s:
            intake = self._intake(s, intake_id)
            if answer is not None:
                existing = s.execute(
                    select(m.Answer).where(
                        m.Answer.intake_id == intake_id,
                        m.Answer.instrument == answer.instrument,
                        m.Answer.item_id == answer.item_id,
                    )
                ).scalar()
                row = existing or m.Answer(
                    intake_id=intake_id, instrument=answer.instrument, item_id=answer.item_id
                )
                row.status = answer.status
                row.value = answer.value
                row.score = answer.score
                row.raw_text = answer.raw_text
                row.source = answer.source
                row.attempts = answer.attempts
                row.at = m.utcnow()
                s.add(row)
            for flag in flags:
                s.add(m.Flag(intake_id=intake_id, **flag.__dict__))
            for key, value in intake_fields.items():
                setattr(intake, key, value)
            intake.updated_at = m.utcnow()
            s.flush()
            return self._intake_record(intake)

    # -- reads --------------------------------------------------------------------------
    def answers(self, intake_id: int) -> list[AnswerRecord]:
        with self._session() as s:
            rows = s.execute(
                select(m.Answer).where(m.Answer.intake_id == intake_id).order_by(m.Answer.id)
            ).scalars()
            return [
                AnswerRecord(
                    r.instrument,
                    r.item_id,
                    r.status,
                    r.value,
                    r.score,
                    r.raw_text,
                    r.source,
                    r.attempts,
                    _utc(r.at) or r.at,
                )
                for r in rows
            ]

    def flags(self, intake_id: int) -> list[FlagRecord]:
        with self._session() as s:
            rows = s.execute(
                select(m.Flag).where(m.Flag.intake_id == intake_id).order_by(m.Flag.id)
            ).scalars()
            return [self._flag_record(s, r) for r in rows]

    def add_flags(self, intake_id: int, flags: Sequence[NewFlag]) -> list[FlagRecord]:
        """Store flags at once (before any reply is sent), each on its own row."""
        with self._session() as s:
            self._intake(s, intake_id)
            rows = [m.Flag(intake_id=intake_id, **flag.__dict__) for flag in flags]
            s.add_all(rows)
            s.flush()
            return [self._flag_record(s, r) for r in rows]

    def annotate_flag(self, flag_id: int, text: str) -> None:
        """Add the patient's words to a flag. The flag itself is never changed or removed."""
        with self._session() as s:
            if s.get(m.Flag, flag_id) is None:
                raise UnknownIntakeError(f"no flag with id {flag_id}")
            s.add(m.FlagAnnotation(flag_id=flag_id, text=text))

    def pending_alerts(self, intake_id: int | None = None) -> list[FlagRecord]:
        """Urgent flags whose practitioner alert has not been delivered yet (the alert queue),
        including one a sender is sending right now."""
        with self._session() as s:
            query = select(m.Flag).where(_alert_undelivered()).order_by(m.Flag.id)
            if intake_id is not None:
                query = query.where(m.Flag.intake_id == intake_id)
            return [self._flag_record(s, r) for r in s.execute(query).scalars()]

    def claim_alerts(self, intake_id: int | None = None) -> list[FlagRecord]:
        """Take the alerts due for sending (never sent, failed, or claimed by a sender that
        stopped more than STALE_ALERT_CLAIM ago). Each is claimed by an UPDATE that succeeds for
        one caller only, so two processes flushing at once never alert the practitioner twice."""
        now = m.utcnow()
        stale = now - STALE_ALERT_CLAIM
        due = _alert_undelivered() & (
            m.Flag.alert_claimed_at.is_(None) | (m.Flag.alert_claimed_at < stale)
        )
        with self._session() as s:
            query = select(m.Flag.id).where(due).order_by(m.Flag.id)
            if intake_id is not None:
                query = query.where(m.Flag.intake_id == intake_id)
            candidates = list(s.execute(query).scalars())
        claimed = []
        for flag_id in candidates:
            with self._session() as s:
                result = s.execute(
                    update(m.Flag)
                    .where(m.Flag.id == flag_id)
                    .where(due)
                    .values(alert_status="sending", alert_claimed_at=now)
                    .execution_options(synchronize_session=False)
                )
                if result.rowcount == 1:
                    row = s.get(m.Flag, flag_id)
                    assert row is not None
                    claimed.append(self._flag_record(s, row))
        return claimed

    def record_alert(
        self, flag_id: int, status: str, channel: str, attempts: int, detail: str
    ) -> None:
        """What became of a claimed alert (sent | logged | failed); releases the claim."""
        with self._session() as s:
            flag = s.get(m.Flag, flag_id)
            if flag is None:
                raise UnknownIntakeError(f"no flag with id {flag_id}")
            flag.alert_status = status
            flag.alert_channel = channel
            flag.alert_attempts = (flag.alert_attempts or 0) + attempts
            flag.alert_detail = detail[:1000]
            flag.alerted_at = m.utcnow()
            flag.alert_claimed_at = None

    def consents(self, intake_id: int) -> list[ConsentRecord]:
        with self._session() as s:
            rows = s.execute(
                select(m.ConsentEvent)
                .where(m.ConsentEvent.intake_id == intake_id)
                .order_by(m.ConsentEvent.id)
            ).scalars()
            return [ConsentRecord(r.decision, r.wording, _utc(r.at) or r.at) for r in rows]

    def add_question(self, intake_id: int, text: str) -> None:
        with self._session() as s:
            self._intake(s, intake_id)
            s.add(m.PractitionerQuestion(intake_id=intake_id, text=text))

    def questions(self, intake_id: int) -> list[QuestionRecord]:
        with self._session() as s:
            rows = s.execute(
                select(m.PractitionerQuestion)
                .where(m.PractitionerQuestion.intake_id == intake_id)
                .order_by(m.PractitionerQuestion.id)
            ).scalars()
            return [QuestionRecord(r.text, _utc(r.at) or r.at) for r in rows]

    # -- medications and supplements -----------------------------------------------------
    def add_medications(self, intake_id: int, meds: Sequence[NewMedication]) -> None:
        """Add what the patient named; a name already on the current list is not repeated."""
        with self._session() as s:
            self._intake(s, intake_id)
            kept = {
                (r.name, r.status)
                for r in s.execute(
                    select(m.Medication).where(
                        m.Medication.intake_id == intake_id, m.Medication.removed_at.is_(None)
                    )
                ).scalars()
            }
            for med in meds:
                if (med.name, med.status) in kept:
                    continue
                kept.add((med.name, med.status))
                s.add(
                    m.Medication(
                        intake_id=intake_id,
                        name=med.name[:64],
                        kind=med.kind,
                        status=med.status,
                        classes=",".join(med.classes),
                        patient_words=med.patient_words,
                        asked_at_step=med.asked_at_step,
                    )
                )

    def remove_medication(self, intake_id: int, medication_id: int) -> bool:
        """Mark one entry as removed by the patient (kept, not deleted). False if not found."""
        with self._session() as s:
            row = s.get(m.Medication, medication_id)
            if row is None or row.intake_id != intake_id or row.removed_at is not None:
                return False
            row.removed_at = m.utcnow()
            return True

    def medications(self, intake_id: int, include_removed: bool = False) -> list[MedicationRecord]:
        with self._session() as s:
            query = select(m.Medication).where(m.Medication.intake_id == intake_id)
            if not include_removed:
                query = query.where(m.Medication.removed_at.is_(None))
            rows = s.execute(query.order_by(m.Medication.id)).scalars()
            return [
                MedicationRecord(
                    id=r.id,
                    name=r.name,
                    kind=r.kind,
                    status=r.status,
                    classes=tuple(c for c in (r.classes or "").split(",") if c),
                    patient_words=r.patient_words,
                    asked_at_step=r.asked_at_step,
                    created_at=_utc(r.created_at) or r.created_at,
                    removed_at=_utc(r.removed_at),
                )
                for r in rows
            ]

    def add_interaction_flags(
        self,
        intake_id: int,
        fired: Sequence[InteractionFlagRecord],
        flags: Sequence[NewFlag] = (),
    ) -> None:
        """Store fired interaction rules (once per rule and pair) and any flags they raise."""
        with self._session() as s:
            self._intake(s, intake_id)
            seen = {
                (r.rule_id, r.item_a, r.item_b)
                for r in s.execute(
                    select(m.InteractionFlag).where(m.InteractionFlag.intake_id == intake_id)
                ).scalars()
            }
            new_pairs = 0
            for f in fired:
                key = (f.rule_id, f.items[0], f.items[1])
                if key in seen:
                    continue
                seen.add(key)
                new_pairs += 1
                s.add(
                    m.InteractionFlag(
                        intake_id=intake_id,
                        rule_id=f.rule_id,
                        severity=f.severity,
                        title=f.title,
                        item_a=f.items[0],
                        item_b=f.items[1],
                        description=f.description,
                        source=f.source,
                    )
                )
            if new_pairs:
                for flag in flags:
                    s.add(m.Flag(intake_id=intake_id, **flag.__dict__))

    def interaction_flags(self, intake_id: int) -> list[InteractionFlagRecord]:
        with self._session() as s:
            rows = s.execute(
                select(m.InteractionFlag)
                .where(m.InteractionFlag.intake_id == intake_id)
                .order_by(m.InteractionFlag.id)
            ).scalars()
            return [
                InteractionFlagRecord(
                    rule_id=r.rule_id,
                    severity=r.severity,
                    title=r.title,
                    items=(r.item_a, r.item_b),
                    description=r.description,
                    source=r.source,
                    created_at=_utc(r.created_at) or r.created_at,
                )
                for r in rows
            ]

    # -- helpers ------------------------------------------------------------------------
    @staticmethod
    def _intake(s: Session, intake_id: int) -> m.Intake:
        row: m.Intake | None = s.get(m.Intake, intake_id)
        if row is None:
            raise UnknownIntakeError(f"no intake with id {intake_id}")
        return row

    @staticmethod
    def _flag_record(s: Session, r: m.Flag) -> FlagRecord:
        notes = s.execute(
            select(m.FlagAnnotation)
            .where(m.FlagAnnotation.flag_id == r.id)
            .order_by(m.FlagAnnotation.id)
        ).scalars()
        return FlagRecord(
            id=r.id,
            intake_id=r.intake_id,
            kind=r.kind,
            severity=r.severity,
            description=r.description,
            evidence=r.evidence,
            instrument=r.instrument,
            item_id=r.item_id,
            category=r.category,
            risk=r.risk,
            created_at=_utc(r.created_at) or r.created_at,
            alert_status=r.alert_status,
            alert_channel=r.alert_channel,
            alert_attempts=r.alert_attempts or 0,
            alerted_at=_utc(r.alerted_at),
            annotations=tuple(AnnotationRecord(n.text, _utc(n.at) or n.at) for n in notes),
        )

    @staticmethod
    def _intake_record(row: m.Intake | Row[Any], patient_ref: str | None = None) -> IntakeRecord:
        return IntakeRecord(
            id=row.id,
            public_id=row.public_id,
            patient_ref=patient_ref or row.patient.ref,
            status=row.status,
            step=row.step,
            resume_step=row.resume_step,
            unclear_count=row.unclear_count,
            channel=row.channel,
            age=row.age,
            medication_details=row.medication_details,
            pending_answer=row.pending_answer,
            concerns=row.concerns,
            created_at=_utc(row.created_at) or row.created_at,
            updated_at=_utc(row.updated_at) or row.updated_at,
            completed_at=_utc(row.completed_at),
        )
