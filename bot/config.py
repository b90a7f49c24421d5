"""Deployment settings, read from the environment (one place, with defaults that are safe)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from bot.regions import Region, region

PROJECT_ROOT = Path(__file__).resolve().parent.parent
_HEX_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class Settings:
    db_url: str
    min_age: int
    region: Region
    instruments: tuple[str, ...]
    turns_per_session: int
    clinic_name: str = "Your clinic"  # shown on the web chat page
    brand_color: str = "#1d5f8a"  # web chat header and buttons (white text on it)


def data_dir() -> Path:
    """Runtime data (SQLite files): INTAKE_DATA_DIR, default ./var in the project."""
    return Path(os.environ.get("INTAKE_DATA_DIR", PROJECT_ROOT / "var"))


def load_settings(env: dict[str, str] | None = None) -> Settings:
    env = dict(os.environ) if env is None else env
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
        instruments=tuple(
            i.strip()
            for i in env.get("INTAKE_INSTRUMENTS", "phq9,cssrs,gad7").split(",")
            if i.strip()
        ),
        turns_per_session=turns,
        clinic_name=clinic_name,
        brand_color=brand_color,
    )
