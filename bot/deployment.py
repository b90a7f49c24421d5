"""The deployment configuration: one YAML file per clinic (deployment.yml by default).

It says which parts of the intake run and in what order, the region (crisis numbers), the
minimum age, the clinic's name and colours for the web chat, and where practitioner
notices go. Secrets (bot tokens, keys) never go in this file: they stay in the environment.

Every key maps to one environment variable, and a variable that is set wins over the file,
so tests and one-off runs can override a single value. `environment()` is the merged view
every settings reader uses.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATH = PROJECT_ROOT / "deployment.yml"

# file key (dotted) -> environment variable
KEYS: dict[str, str] = {
    "clinic.name": "INTAKE_CLINIC_NAME",
    "clinic.colour": "INTAKE_BRAND_COLOR",
    "region": "INTAKE_REGION",
    "emergency_number": "INTAKE_EMERGENCY_NUMBER",
    "crisis_line": "INTAKE_CRISIS_LINE",
    "minimum_age": "INTAKE_MIN_AGE",
    "intake.sections": "INTAKE_INSTRUMENTS",
    "intake.turns_per_session": "INTAKE_TURNS_PER_SESSION",
    "intake.review_before_sending": "INTAKE_REVIEW",
    "licensed_packs.path": "INTAKE_INSTRUMENT_PATH",
    "licensed_packs.enabled": "INTAKE_LICENSED_PACKS",
    "practitioner.telegram_chat_id": "TELEGRAM_PRACTITIONER_CHAT_ID",
    "practitioner.base_url": "PRACTITIONER_BASE_URL",
}


class DeploymentError(ValueError):
    """The deployment file cannot be used as written."""


def _flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(_flatten(value, f"{name}."))
        else:
            out[name] = value
    return out


def _as_text(key: str, value: Any) -> str:
    if isinstance(value, list):
        if not all(isinstance(v, (str, int)) for v in value):
            raise DeploymentError(f"{key}: a list of names, e.g. [phq9, gad7]")
        return ",".join(str(v) for v in value)
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, (str, int, float)):
        return str(value)
    raise DeploymentError(f"{key}: expected a value, got {value!r}")


def read(path: Path) -> dict[str, str]:
    """The file as environment variables; unknown keys are an error (a typo would otherwise
    silently fall back to a default, e.g. the wrong crisis numbers)."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as e:
        raise DeploymentError(f"{path}: not valid YAML ({e})") from e
    if not isinstance(raw, Mapping):
        raise DeploymentError(f"{path}: expected keys such as region: and intake:")
    values: dict[str, str] = {}
    for key, value in _flatten(raw).items():
        if key not in KEYS:
            known = ", ".join(sorted(KEYS))
            raise DeploymentError(f"{path}: unknown key {key!r} (known keys: {known})")
        if value is None:
            continue  # left empty: the default applies
        values[KEYS[key]] = _as_text(key, value)
    return values


# path -> (file bytes, values): environment() runs on every turn (alert links, settings), and
# parsing the YAML each time cost ~10% of the action server's CPU per turn. Reading the small
# file is cheap; an edited file (any byte) is parsed again.
_read_cache: dict[Path, tuple[bytes, dict[str, str]]] = {}


def _read_unless_unchanged(path: Path) -> dict[str, str]:
    content = path.read_bytes()
    cached = _read_cache.get(path)
    if cached is not None and cached[0] == content:
        return dict(cached[1])
    values = read(path)
    _read_cache[path] = (content, dict(values))
    return values


def environment(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """The deployment file's values (INTAKE_DEPLOYMENT, default ./deployment.yml) overlaid
    by the environment."""
    env = dict(os.environ) if env is None else dict(env)
    path = Path(env.get("INTAKE_DEPLOYMENT") or DEFAULT_PATH)
    if not path.is_file():
        if "INTAKE_DEPLOYMENT" in env:
            raise DeploymentError(f"INTAKE_DEPLOYMENT names {path}, which does not exist")
        return env
    return {**_read_unless_unchanged(path), **env}
