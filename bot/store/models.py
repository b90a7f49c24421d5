"""SQLAlchemy models for intake records (patients, intakes, answers, flags, consent).

Rows in `flags` and `consent_events` are never deleted or downgraded by the conversation:
a patient can add an annotation to a flag, nothing more.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import registry, relationship
from sqlalchemy.orm.decl_api import DeclarativeMeta

mapper_registry = registry()


class Base(metaclass=DeclarativeMeta):  # type: ignore[metaclass]  # SQLAlchemy 1.4 is untyped
    """Declarative base in SQLAlchemy 1.4's typed form (works unchanged on 2.0)."""

    __abstract__ = True
    registry = mapper_registry
    metadata = mapper_registry.metadata
    __init__ = mapper_registry.constructor


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Patient(Base):
    __tablename__ = "patients"
    id = Column(Integer, primary_key=True)
    # Pseudonymous reference: the channel's sender id, which channels derive from (never equal
    # to) the patient's real identifier.
    ref = Column(String(128), nullable=False, unique=True, index=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    intakes = relationship("Intake", back_populates="patient", order_by="Intake.id")


class Intake(Base):
    __tablename__ = "intakes"
    id = Column(Integer, primary_key=True)
    public_id = Column(String(36), nullable=False, unique=True)
    patient_id = Column(Integer, ForeignKey("patients.id"), nullable=False, index=True)
    # awaiting_consent | active | paused | declined | ineligible | complete
    status = Column(String(32), nullable=False)
    step = Column(String(64), nullable=False)  # key of the question being asked
    # Where to go back to after a safety check interrupted the intake.
    resume_step = Column(String(64), nullable=True)
    unclear_count = Column(Integer, nullable=False, default=0)
    channel = Column(String(32), nullable=True)
    age = Column(Integer, nullable=True)
    concerns = Column(Text, nullable=True)
    # The patient's own words on doses and since when, recorded without comment.
    medication_details = Column(Text, nullable=True)
    # A suggested reading of a typed answer, waiting for the patient's yes (bot/intake.py):
    # JSON {"step", "attempt", "value", "text"}. Never an answer until confirmed.
    pending_answer = Column(Text, nullable=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    completed_at = Column(DateTime(timezone=True), nullable=True)
    patient = relationship("Patient", back_populates="intakes")


class ConsentEvent(Base):
    __tablename__ = "consent_events"
    id = Column(Integer, primary_key=True)
    intake_id = Column(Integer, ForeignKey("intakes.id"), nullable=False, index=True)
    decision = Column(String(16), nullable=False)  # given | refused
    wording = Column(String(64), nullable=False)  # which consent text was shown
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class Answer(Base):
    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("intake_id", "instrument", "item_id"),)
    id = Column(Integer, primary_key=True)
    intake_id = Column(Integer, ForeignKey("intakes.id"), nullable=False, index=True)
    instrument = Column(String(32), nullable=False)
    item_id = Column(String(16), nullable=False)
    status = Column(String(16), nullable=False)  # answered | unanswered
    value = Column(String(64), nullable=True)  # option value; None when unanswered
    score = Column(Integer, nullable=True)
    raw_text = Column(Text, nullable=True)  # the patient's own words for free-text answers
    source = Column(String(16), nullable=False)  # button | text
    attempts = Column(Integer, nullable=False, default=1)
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class Flag(Base):
    __tablename__ = "flags"
    id = Column(Integer, primary_key=True)
    intake_id = Column(Integer, ForeignKey("intakes.id"), nullable=False, index=True)
    kind = Column(String(64), nullable=False)
    severity = Column(String(16), nullable=False)  # info | review | urgent
    description = Column(Text, nullable=False)
    evidence = Column(Text, nullable=True)  # the words or answer that raised it
    instrument = Column(String(32), nullable=True)
    item_id = Column(String(16), nullable=True)
    category = Column(String(32), nullable=True)  # safety category (NLU contract), if any
    risk = Column(String(16), nullable=True)  # possible | high | emergency, for safety flags
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    # Practitioner alert for urgent flags: NULL status = not sent yet (the alert queue).
    alert_status = Column(String(16), nullable=True)  # sending | sent | failed | logged
    alert_channel = Column(String(16), nullable=True)
    alert_attempts = Column(Integer, nullable=False, default=0)
    alert_detail = Column(Text, nullable=True)
    alerted_at = Column(DateTime(timezone=True), nullable=True)
    # Set while one sender (any process) is sending the alert: no practitioner gets it twice.
    alert_claimed_at = Column(DateTime(timezone=True), nullable=True)


class FlagAnnotation(Base):
    """The patient's own words about a flag ("you misunderstood"): added, never replacing it."""

    __tablename__ = "flag_annotations"
    id = Column(Integer, primary_key=True)
    flag_id = Column(Integer, ForeignKey("flags.id"), nullable=False, index=True)
    text = Column(Text, nullable=False)
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class PractitionerQuestion(Base):
    __tablename__ = "practitioner_questions"
    id = Column(Integer, primary_key=True)
    intake_id = Column(Integer, ForeignKey("intakes.id"), nullable=False, index=True)
    text = Column(Text, nullable=False)
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class Medication(Base):
    """A medicine or supplement the patient named, as read back to and confirmed by them.

    A row the patient removes at the read-back is kept with `removed_at` set: what was said
    is never lost, and the summary shows only what the patient confirmed.
    """

    __tablename__ = "medications"
    id = Column(Integer, primary_key=True)
    intake_id = Column(
        Integer, ForeignKey("intakes.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name = Column(String(64), nullable=False)  # canonical lowercase generic name (lexicon)
    kind = Column(String(16), nullable=False)  # medication | supplement | unrecognised
    status = Column(String(16), nullable=False)  # current | past
    classes = Column(Text, nullable=False, default="")  # lexicon classes, comma-separated
    patient_words = Column(Text, nullable=True)  # the words the patient used for it
    asked_at_step = Column(String(64), nullable=False)  # which question it answered
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    removed_at = Column(DateTime(timezone=True), nullable=True)


class InteractionFlag(Base):
    """A rule of bot/meds/interactions.yml that fired on the confirmed current list."""

    __tablename__ = "interaction_flags"
    __table_args__ = (UniqueConstraint("intake_id", "rule_id", "item_a", "item_b"),)
    id = Column(Integer, primary_key=True)
    intake_id = Column(
        Integer, ForeignKey("intakes.id", ondelete="CASCADE"), nullable=False, index=True
    )
    rule_id = Column(String(64), nullable=False)
    severity = Column(String(16), nullable=False)  # highest | high | moderate
    title = Column(Text, nullable=False)
    item_a = Column(String(64), nullable=False)
    item_b = Column(String(64), nullable=False)
    description = Column(Text, nullable=False)
    source = Column(Text, nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
