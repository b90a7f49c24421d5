"""Shared fixtures: a fresh intake store per test (SQLite in a temp dir, migrated)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import instruments
from bot.intake import IntakeEngine, IntakePlan
from bot.regions import region
from bot.store import IntakeStore


@pytest.fixture
def store(tmp_path: Path) -> IntakeStore:
    s = IntakeStore(f"sqlite:///{tmp_path / 'intake.db'}")
    s.upgrade()
    return s


@pytest.fixture
def engine(store: IntakeStore) -> IntakeEngine:
    plan = IntakePlan(
        [instruments.load("phq9"), instruments.load("cssrs"), instruments.load("gad7")],
        min_age=18,
    )
    return IntakeEngine(store, plan, region("US"))
