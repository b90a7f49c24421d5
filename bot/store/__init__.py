"""Intake records: SQLAlchemy models, Alembic migrations and the IntakeStore repository."""

from bot.store.erasure import AlertPending, Erased
from bot.store.records import (
    FINAL_STATUSES,
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
from bot.store.repository import IntakeStore, UnknownIntakeError

__all__ = [
    "FINAL_STATUSES",
    "AlertPending",
    "AnnotationRecord",
    "OPEN_STATUSES",
    "AnswerRecord",
    "Erased",
    "ConsentRecord",
    "FlagRecord",
    "IntakeRecord",
    "IntakeStore",
    "InteractionFlagRecord",
    "MedicationRecord",
    "NewMedication",
    "NewAnswer",
    "NewFlag",
    "QuestionRecord",
    "UnknownIntakeError",
]
