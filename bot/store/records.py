"""Plain records handed out by the store, detached from any database session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class IntakeRecord:
    id: int
    public_id: str
    patient_ref: str
    status: str
    step: str
    resume_step: str | None
    unclear_count: int
    channel: str | None
    age: int | None
    concerns: str | None
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None
    medication_details: str | None = None
    pending_answer: str | None = None  # JSON of a suggested reading awaiting a yes

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


OPEN_STATUSES = ("awaiting_consent", "active", "paused")
# stopped_for_safety: the patient said they were not safe; the intake ends on the crisis route.
FINAL_STATUSES = ("declined", "ineligible", "complete", "stopped_for_safety")


@dataclass(frozen=True)
class AnswerRecord:
    instrument: str
    item_id: str
    status: str
    value: str | None
    score: int | None
    raw_text: str | None
    source: str
    attempts: int
    at: datetime


@dataclass(frozen=True)
class AnnotationRecord:
    text: str
    at: datetime


@dataclass(frozen=True)
class FlagRecord:
    id: int
    intake_id: int
    kind: str
    severity: str
    description: str
    evidence: str | None
    instrument: str | None
    item_id: str | None
    category: str | None
    risk: str | None
    created_at: datetime
    alert_status: str | None
    alert_channel: str | None
    alert_attempts: int
    alerted_at: datetime | None
    annotations: tuple[AnnotationRecord, ...] = ()


@dataclass(frozen=True)
class ConsentRecord:
    decision: str
    wording: str
    at: datetime


@dataclass(frozen=True)
class QuestionRecord:
    text: str
    at: datetime


@dataclass(frozen=True)
class NewAnswer:
    instrument: str
    item_id: str
    status: str  # answered | unanswered
    value: str | None
    score: int | None
    raw_text: str | None
    source: str
    attempts: int


@dataclass(frozen=True)
class NewFlag:
    kind: str
    severity: str
    description: str
    evidence: str | None = None
    instrument: str | None = None
    item_id: str | None = None
    category: str | None = None
    risk: str | None = None


@dataclass(frozen=True)
class MedicationRecord:
    id: int
    name: str  # canonical generic name; for kind "unrecognised", the patient's words
    kind: str  # medication | supplement | unrecognised
    status: str  # current | past
    classes: tuple[str, ...]
    patient_words: str | None
    asked_at_step: str
    created_at: datetime
    removed_at: datetime | None


@dataclass(frozen=True)
class NewMedication:
    name: str
    kind: str
    status: str
    classes: tuple[str, ...]
    patient_words: str | None
    asked_at_step: str


@dataclass(frozen=True)
class InteractionFlagRecord:
    rule_id: str
    severity: str  # highest | high | moderate
    title: str
    items: tuple[str, str]
    description: str
    source: str
    created_at: datetime
