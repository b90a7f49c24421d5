"""Deployment settings, read from the environment (one place, with defaults that are safe)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from bot.deployment import environment
from bot.instruments import InstrumentSource
from bot.regions import Region, region

PROJECT_ROOT = Path(__file__).resolve().parent.parent
_HEX_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class Settings:
    db_url: str
    min_age: int
    region: Region
    instruments: tuple[str, ...]  # the intake's sections in order (INTAKE_INSTRUMENTS)
    turns_per_session: int
    review: bool = True  # check and change answers before sending (INTAKE_REVIEW)

    @property
    def medications(self) -> bool:
        return MEDICATIONS in self.instruments

    @property
    def medications_position(self) -> int:
        """How many questionnaires come before the medicines section."""
        if not self.medications:
            return 0
        return self.instruments.index(MEDICATIONS)

    @property
    def questionnaires(self) -> tuple[str, ...]:
        return tuple(i for i in self.instruments if i != MEDICATIONS)

    # Licensed packs (ISI, PROMIS): their files' folder and the ids the clinic has permission for.
    instrument_source: InstrumentSource = field(default_factory=InstrumentSource)
    clinic_name: str = "Your clinic"  # shown on the web chat page
    brand_color: str = "#1d5f8a"  # web chat header and buttons (white text on it)


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
    return instrument_source_from(environment())


DEFAULT_SECTIONS = "medications,phq9,cssrs,gad7,pss10,ais,lifestyle"
MEDICATIONS = "medications"  # the built-in medicines section (bot/intake_meds.py), not a file


def load_settings(env: dict[str, str] | None = None) -> Settings:
    """Settings from the deployment file (bot/deployment.py) overlaid by the environment."""
    env = environment(env)
    default_db = f"sqlite:///{Path(env.get('INTAKE_DATA_DIR', data_dir())) / 'intake.db'}"
    min_age = int(env.get("INTAKE_MIN_AGE", "18"))
    if not 0 < min_age < 120:
        raise ValueError(f"INTAKE_MIN_AGE must be between 1 and 119, got {min_age}")
    turns = int(env.get("INTAKE_TURNS_PER_SESSION", "15"))
    if turns < 1:
        raise ValueError("INTAKE_TURNS_PER_SESSION must be at least 1")
    clinic_name = " ".join(env.get("INTAKE_CLINIC_NAME", "").split())[:80] or "Your clinic"
    brand_color = env.get("INTAKE_BRAND_COLOR", "").strip() or "#1d5f8a"
    if not _HEX_COLOR.fullmatch(brand_color):
        raise ValueError(f"INTAKE_BRAND_COLOR must be a colour like #1d5f8a, got {brand_color!r}")
    return Settings(
        db_url=env.get("INTAKE_DB_URL", default_db),
        min_age=min_age,
        region=region(
            env.get("INTAKE_REGION", "US"),
            env.get("INTAKE_EMERGENCY_NUMBER") or None,
            env.get("INTAKE_CRISIS_LINE") or None,
        ),
        instruments=_csv(env.get("INTAKE_INSTRUMENTS", DEFAULT_SECTIONS)),
        turns_per_session=turns,
        review=env.get("INTAKE_REVIEW", "on").strip().lower() not in ("0", "off", "false", "no"),
        instrument_source=instrument_source_from(env),
        clinic_name=clinic_name,
        brand_color=brand_color,
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
