"""Builds the store and the intake engine from the deployment settings."""

from __future__ import annotations

from functools import lru_cache

from bot import instruments
from bot.config import Settings, load_settings
from bot.intake import IntakeEngine, IntakePlan
from bot.store import IntakeStore


def build_engine(settings: Settings, store: IntakeStore | None = None) -> IntakeEngine:
    store = store or IntakeStore(settings.db_url)
    source = settings.instrument_source
    plan = IntakePlan(
        [instruments.load(i, source) for i in settings.questionnaires],
        settings.min_age,
        medications=settings.medications,
        medications_position=settings.medications_position,
        review=settings.review,
    )
    return IntakeEngine(store, plan, settings.region)


@lru_cache(maxsize=1)
def default_settings() -> Settings:
    """The deployment settings of this process, read from the environment once."""
    return load_settings()


@lru_cache(maxsize=1)
def default_engine() -> IntakeEngine:
    """The process-wide engine (one engine and connection pool per process), schema upgraded."""
    settings = default_settings()
    store = IntakeStore(settings.db_url)
    store.upgrade()
    return build_engine(settings, store)
