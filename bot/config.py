"""Deployment settings, read from the environment (one place, with defaults that are safe)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from bot.instruments import InstrumentSource
from bot.regions import Region, region

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    db_url: str
    min_age: int
    region: Region
    instruments: tuple[str, ...]
    turns_per_session: int
    medications: bool = True  # ask about medicines and supplements (INTAKE_MEDICATIONS)
    # Licensed packs (ISI, PROMIS): their files' folder and the ids the clinic has permission for.
    instrument_source: InstrumentSource = field(default_factory=InstrumentSource)


def data_dir() -> Path:
    """Runtime data (SQLite files): INTAKE_DATA_DIR, default ./var in the project."""
    return Path(os.environ.get("INTAKE_DATA_DIR", PROJECT_ROOT / "var"))


def _csv(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


def instrument_source_from(env: dict[str, str]) -> InstrumentSource:
    """INTAKE_INSTRUMENT_PATH (folders, separated like PATH) and INTAKE_LICENSED_PACKS (ids).

    A licensed pack loads only when both hold: its file is in one of these folders (the
    wording is not in the repository) and its id is listed (the clinic holds permission).
    """
    paths = tuple(
        Path(p).expanduser() for p in env.get("INTAKE_INSTRUMENT_PATH", "").split(os.pathsep) if p
    )
    for path in paths:
        if not path.is_dir():
            raise ValueError(f"INTAKE_INSTRUMENT_PATH: {path} is not a folder")
    return InstrumentSource(paths, frozenset(_csv(env.get("INTAKE_LICENSED_PACKS", ""))))


@lru_cache(maxsize=1)
def instrument_source() -> InstrumentSource:
    """This process's instrument source, read from the environment once."""
    return instrument_source_from(dict(os.environ))


def load_settings(env: dict[str, str] | None = None) -> Settings:
    env = dict(os.environ) if env is None else env
    default_db = f"sqlite:///{Path(env.get('INTAKE_DATA_DIR', data_dir())) / 'intake.db'}"
    min_age = int(env.get("INTAKE_MIN_AGE", "18"))
    if not 0 < min_age < 120:
        raise ValueError(f"INTAKE_MIN_AGE must be between 1 and 119, got {min_age}")
    turns = int(env.get("INTAKE_TURNS_PER_SESSION", "15"))
    if turns < 1:
        raise ValueError("INTAKE_TURNS_PER_SESSION must be at least 1")
    return Settings(
        db_url=env.get("INTAKE_DB_URL", default_db),
        min_age=min_age,
        region=region(
            env.get("INTAKE_REGION", "US"),
            env.get("INTAKE_EMERGENCY_NUMBER") or None,
            env.get("INTAKE_CRISIS_LINE") or None,
        ),
        instruments=_csv(env.get("INTAKE_INSTRUMENTS", "phq9,cssrs,gad7")),
        turns_per_session=turns,
        medications=env.get("INTAKE_MEDICATIONS", "on").strip().lower()
        not in ("0", "off", "false", "no"),
        instrument_source=instrument_source_from(env),
    )


def tracker_db_url(env: dict[str, str] | None = None) -> str:
    """Rasa's tracker store as an SQLAlchemy URL: RASA_TRACKER_DB_URL (the scaled profile's
    PostgreSQL), else the SQLite file RASA_TRACKER_DB, else $INTAKE_DATA_DIR/rasa_tracker.db."""
    env = dict(os.environ) if env is None else env
    if env.get("RASA_TRACKER_DB_URL"):
        return env["RASA_TRACKER_DB_URL"]
    path = env.get("RASA_TRACKER_DB") or str(
        Path(env.get("INTAKE_DATA_DIR") or data_dir()) / "rasa_tracker.db"
    )
    return f"sqlite:///{path}"


def retention_days(env: dict[str, str] | None = None) -> float | None:
    """INTAKE_RETENTION_DAYS: conversations inactive for longer are purged (None: not set)."""
    env = dict(os.environ) if env is None else env
    value = env.get("INTAKE_RETENTION_DAYS", "").strip()
    if not value:
        return None
    days = float(value)
    if days <= 0:
        raise ValueError(f"INTAKE_RETENTION_DAYS must be above 0, got {value}")
    return days
