"""Questionnaire definitions, loaded from one YAML file per instrument.

The same definition drives the conversation (wording, buttons), the scorer, the summary and
the FHIR export, so there is exactly one place where an item or a code is written down.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

INSTRUMENT_DIR = Path(__file__).parent


class InstrumentError(ValueError):
    """An instrument file is missing something the engine needs."""


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    score: int
    loinc: str | None = None


@dataclass(frozen=True)
class Scale:
    id: str
    options: tuple[Option, ...]
    loinc_answer_list: str | None = None

    def option(self, value: str) -> Option | None:
        return next((o for o in self.options if o.value == value), None)

    def by_score(self, score: int) -> Option | None:
        return next((o for o in self.options if o.score == score), None)


@dataclass(frozen=True)
class Condition:
    """When to ask an item or an instrument.

    `named` is a built-in rule ("any_scored_item_positive"); otherwise the answer to `item`
    (of `instrument`, or of the same instrument when None) must score at least `min_score`.
    """

    named: str | None = None
    instrument: str | None = None
    item: str | None = None
    min_score: int = 1


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    scale: Scale
    loinc: str | None = None
    scored: bool = True
    ask_if: Condition | None = None
    stem: str | None = None  # None: use the instrument's stem


@dataclass(frozen=True)
class Band:
    min: int
    max: int
    label: str
    code: str


@dataclass(frozen=True)
class ItemFlagRule:
    item: str
    min_score: int
    kind: str
    severity: str
    description: str
    category: str | None = None  # safety category, when the flag is about risk
    risk: str | None = None
    crisis_protocol: bool = False  # the answer starts the crisis protocol (are you safe now?)


@dataclass(frozen=True)
class Instrument:
    id: str
    name: str
    short_name: str
    version: str
    source: str
    license: str
    license_status: str
    intro: str
    stem: str
    progress: str
    items: tuple[Item, ...]
    bands: tuple[Band, ...]
    score_min: int
    score_max: int
    reverse_items: frozenset[str] = frozenset()
    item_flags: tuple[ItemFlagRule, ...] = ()
    loinc: dict[str, str] = field(default_factory=dict)
    ask_if: Condition | None = None  # asked only when this holds (e.g. C-SSRS after PHQ-9 9)

    @property
    def has_total(self) -> bool:
        """False for triage instruments (C-SSRS) that have no summed score or bands."""
        return bool(self.bands)

    def item(self, item_id: str) -> Item:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(f"{self.id} has no item {item_id!r}")

    @property
    def scored_items(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.scored)

    def item_stem(self, item: Item) -> str:
        return self.stem if item.stem is None else item.stem


def _condition(raw: Any, where: str) -> Condition | None:
    if raw is None:
        return None
    if isinstance(raw, str):
        return Condition(named=raw)
    if isinstance(raw, dict) and "item" in raw:
        return Condition(
            instrument=raw.get("instrument"),
            item=str(raw["item"]),
            min_score=int(raw.get("min_score", 1)),
        )
    raise InstrumentError(f"{where}: ask_if must be a rule name or {{item, min_score}}")


def _require(data: dict[str, Any], key: str, where: str) -> Any:
    if key not in data or data[key] in (None, ""):
        raise InstrumentError(f"{where}: '{key}' is required")
    return data[key]


def parse_instrument(data: dict[str, Any], where: str = "instrument") -> Instrument:
    """Build an Instrument from the parsed YAML, checking what the engine relies on."""
    inst_id = _require(data, "id", where)
    where = f"{where} ({inst_id})"
    for key in ("name", "source", "license", "license_status", "stem", "items", "scales"):
        _require(data, key, where)
    scales: dict[str, Scale] = {}
    for scale_id, spec in data["scales"].items():
        options = tuple(
            Option(str(o["value"]), str(o["label"]), int(o["score"]), o.get("loinc"))
            for o in _require(spec, "options", f"{where} scale {scale_id}")
        )
        scales[scale_id] = Scale(scale_id, options, spec.get("loinc_answer_list"))
    items = []
    for raw in data["items"]:
        item_id = str(_require(raw, "id", f"{where} item"))
        scale_id = _require(raw, "scale", f"{where} item {item_id}")
        if scale_id not in scales:
            raise InstrumentError(f"{where} item {item_id}: unknown scale {scale_id!r}")
        items.append(
            Item(
                id=item_id,
                text=str(_require(raw, "text", f"{where} item {item_id}")),
                scale=scales[scale_id],
                loinc=raw.get("loinc"),
                scored=bool(raw.get("scored", True)),
                ask_if=_condition(raw.get("ask_if"), f"{where} item {item_id}"),
                stem=raw.get("stem"),
            )
        )
    scoring = _require(data, "scoring", where)
    summed = scoring.get("method", "sum") == "sum"
    bands = tuple(
        Band(int(b["min"]), int(b["max"]), str(b["label"]), str(b["code"]))
        for b in (_require(scoring, "bands", f"{where} scoring") if summed else [])
    )
    flags = tuple(
        ItemFlagRule(
            item=str(f["item"]),
            min_score=int(f["min_score"]),
            kind=f["kind"],
            severity=f["severity"],
            description=" ".join(str(f["description"]).split()),
            category=f.get("category"),
            risk=f.get("risk"),
            crisis_protocol=bool(f.get("crisis_protocol", False)),
        )
        for f in data.get("item_flags") or []
    )
    return Instrument(
        id=inst_id,
        name=data["name"],
        short_name=data.get("short_name", data["name"]),
        version=str(data.get("version", "1")),
        source=" ".join(str(data["source"]).split()),
        license=" ".join(str(data["license"]).split()),
        license_status=data["license_status"],
        intro=data.get("intro", ""),
        stem=data["stem"],
        progress=data.get("progress", "Question {number} of {count}"),
        items=tuple(items),
        bands=bands,
        score_min=int(scoring.get("min", 0)),
        score_max=int(scoring["max"]) if summed else 0,
        reverse_items=frozenset(str(i) for i in scoring.get("reverse_items", [])),
        item_flags=flags,
        loinc=dict(data.get("loinc") or {}),
        ask_if=_condition(data.get("ask_if"), where),
    )


def load_file(path: Path) -> Instrument:
    with path.open(encoding="utf-8") as f:
        return parse_instrument(yaml.safe_load(f), where=path.name)


@cache
def load(instrument_id: str) -> Instrument:
    """Load a shipped instrument by id (the file name without .yml)."""
    path = INSTRUMENT_DIR / f"{instrument_id}.yml"
    if not path.exists():
        raise InstrumentError(f"no instrument file {path.name} in {INSTRUMENT_DIR}")
    return load_file(path)


def available() -> list[str]:
    return sorted(p.stem for p in INSTRUMENT_DIR.glob("*.yml"))
