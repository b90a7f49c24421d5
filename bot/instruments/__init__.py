"""Questionnaire definitions, loaded from one YAML file per instrument.

The same definition drives the conversation (wording, buttons), the scorer, the summary and
the FHIR export, so there is exactly one place where an item or a code is written down.

Licensing (CLINICAL.md "What ships"): every file states `license_status`. The repository
ships only wording it may redistribute. An instrument whose status is `permission_required`
(ISI, PROMIS) is a *licensed pack*: its file lives outside the repository, in a folder named by
INTAKE_INSTRUMENT_PATH, and it loads only when the deployment lists its id in
INTAKE_LICENSED_PACKS (the clinic holds the permission). Both are read in bot/config.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

INSTRUMENT_DIR = Path(__file__).parent

LICENSE_STATUSES = frozenset(
    {
        "free",  # no permission needed (PHQ-9, GAD-7)
        "free_for_providers",  # free for health-care providers (C-SSRS)
        "free_non_commercial",  # free for non-commercial use; commercial terms differ (PSS-10)
        "unverified",  # published, but the licence is [UNVERIFIED] or conflicting (AIS, WHO-5)
        "permission_required",  # loads only as an enabled licensed pack (ISI, PROMIS)
    }
)
PERMISSION_REQUIRED = "permission_required"
NUMBER_READINGS = frozenset({"score", "ask", "range"})
SCALE_KINDS = frozenset({"options", "text"})
INSTRUMENT_KINDS = frozenset({"questionnaire", "context"})


class InstrumentError(ValueError):
    """An instrument file is missing something the engine needs."""


class LicenceError(InstrumentError):
    """A licensed pack was asked for but the deployment has not enabled it."""


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    score: int
    loinc: str | None = None
    # For counts ("how many drinks a week"): the numbers this option stands for, both ends
    # included, so a typed "3" reads as the option covering 3 (scale numbers: "range").
    range: tuple[int, int] | None = None


@dataclass(frozen=True)
class Scale:
    """The answers of an item. `reader` names the free-text lexicon in bot/answers.py (default:
    the scale id). `numbers` says how a reply that is only a number is read: "score" (the
    option with that score: the published form prints the scores beside the answers) or "ask"
    (asked again: on this scale a number could be a position or a score)."""

    id: str
    options: tuple[Option, ...]
    loinc_answer_list: str | None = None
    reader: str | None = None
    numbers: str = "score"
    kind: str = "options"  # "text": any words are the answer, kept as the patient wrote them

    def option(self, value: str) -> Option | None:
        return next((o for o in self.options if o.value == value), None)

    def by_score(self, score: int) -> Option | None:
        return next((o for o in self.options if o.score == score), None)

    def by_count(self, count: int) -> Option | None:
        return next(
            (o for o in self.options if o.range and o.range[0] <= count <= o.range[1]), None
        )


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
    """A range of the reported score (the total, or its transform), both ends included."""

    min: float
    max: float
    label: str
    code: str

    def contains(self, value: float) -> bool:
        return self.min <= value <= self.max


@dataclass(frozen=True)
class ScoreTransform:
    """How the raw total becomes the reported score: `multiplier` (WHO-5: x4 -> 0-100) or a
    raw -> score `table` (PROMIS: raw -> T-score). Bands then apply to the reported score."""

    name: str  # what the reported score is called, e.g. "percentage", "T-score"
    multiplier: int | None = None
    table: tuple[tuple[int, float], ...] = ()
    loinc: str | None = None  # code of the reported score, when a cited source gives one

    def apply(self, raw: int) -> float:
        if self.multiplier is not None:
            return raw * self.multiplier
        for key, value in self.table:
            if key == raw:
                return value
        raise InstrumentError(f"no {self.name} for raw score {raw} in the table")


@dataclass(frozen=True)
class ItemFlagRule:
    """An answer whose (reversal-adjusted) score is within min_score..max_score raises a flag."""

    item: str
    min_score: int
    kind: str
    severity: str
    description: str
    category: str | None = None  # safety category, when the flag is about risk
    risk: str | None = None
    crisis_protocol: bool = False  # the answer starts the crisis protocol (are you safe now?)
    max_score: int | None = None  # e.g. WHO-5: an item answered 0-1 is followed up

    def matches(self, score: int) -> bool:
        return score >= self.min_score and (self.max_score is None or score <= self.max_score)


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
    transform: ScoreTransform | None = None  # None: the reported score is the raw total
    # "context": not a questionnaire (lifestyle): unscored, reported as the patient's answers.
    kind: str = "questionnaire"
    skip_label: str = ""  # when set, every item has a button with this label to skip it
    # Words a patient may use to name this part ("the sleep questions"), for corrections.
    topics: tuple[str, ...] = ()

    @property
    def skippable(self) -> bool:
        return bool(self.skip_label)

    def reported(self, raw: int) -> float:
        """The score the bands apply to: the raw total, or its transform."""
        return raw if self.transform is None else self.transform.apply(raw)

    @property
    def reported_min(self) -> float:
        return self.reported(self.score_min)

    @property
    def reported_max(self) -> float:
        return self.reported(self.score_max)

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


def needs_firm_zero(instrument: Instrument, item: Item) -> bool:
    """True for an item whose answers above 0 raise a flag (PHQ-9 item 9): only an unhedged
    zero counts as 0 there, since a 0 is not reassurance (CLINICAL.md section 1)."""
    return any(
        rule.item == item.id and rule.min_score >= 1 and rule.max_score is None
        for rule in instrument.item_flags
    )


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


def _number(raw: Any) -> float:
    """A band end or table score as written: 14 stays an int, 59.9 a float."""
    value = float(raw)
    return int(value) if value.is_integer() else value


def _range(raw: Any, where: str) -> tuple[int, int] | None:
    if raw is None:
        return None
    if not (isinstance(raw, list) and len(raw) == 2 and int(raw[0]) <= int(raw[1])):
        raise InstrumentError(f"{where}: range must be [low, high]")
    return int(raw[0]), int(raw[1])


def _scale(scale_id: str, spec: dict[str, Any], where: str) -> Scale:
    kind = str(spec.get("kind", "options"))
    if kind not in SCALE_KINDS:
        raise InstrumentError(
            f"{where} scale {scale_id}: kind must be one of {sorted(SCALE_KINDS)}"
        )
    if kind == "text":
        return Scale(scale_id, (), kind="text", numbers="ask")
    options = tuple(
        Option(
            str(o["value"]),
            str(o["label"]),
            int(o["score"]),
            o.get("loinc"),
            _range(o.get("range"), f"{where} scale {scale_id} option {o['value']}"),
        )
        for o in _require(spec, "options", f"{where} scale {scale_id}")
    )
    numbers = str(spec.get("numbers", "score"))
    if numbers not in NUMBER_READINGS:
        raise InstrumentError(
            f"{where} scale {scale_id}: numbers must be one of {sorted(NUMBER_READINGS)}"
        )
    return Scale(
        scale_id, options, spec.get("loinc_answer_list"), spec.get("reader"), numbers=numbers
    )


def _transform(raw: Any, score_min: int, score_max: int, where: str) -> ScoreTransform | None:
    if raw is None:
        return None
    name = str(_require(raw, "name", f"{where} scoring transform"))
    loinc = raw.get("loinc")
    if "multiplier" in raw:
        return ScoreTransform(name, multiplier=int(raw["multiplier"]), loinc=loinc)
    table = raw.get("table")
    if not isinstance(table, dict):
        raise InstrumentError(f"{where} scoring transform: give `multiplier` or a raw -> `table`")
    pairs = tuple(sorted((int(k), float(v)) for k, v in table.items()))
    if [k for k, _ in pairs] != list(range(score_min, score_max + 1)):
        raise InstrumentError(
            f"{where} scoring transform: the table must give every raw total from {score_min} "
            f"to {score_max} once"
        )
    return ScoreTransform(name, table=pairs, loinc=loinc)


def _flag_rule(f: dict[str, Any], where: str) -> ItemFlagRule:
    if "min_score" not in f and "max_score" not in f:
        raise InstrumentError(f"{where} item_flags {f.get('kind')}: give min_score or max_score")
    return ItemFlagRule(
        item=str(f["item"]),
        min_score=int(f.get("min_score", 0)),
        max_score=int(f["max_score"]) if "max_score" in f else None,
        kind=f["kind"],
        severity=f["severity"],
        description=" ".join(str(f["description"]).split()),
        category=f.get("category"),
        risk=f.get("risk"),
        crisis_protocol=bool(f.get("crisis_protocol", False)),
    )


def parse_instrument(data: dict[str, Any], where: str = "instrument") -> Instrument:
    """Build an Instrument from the parsed YAML, checking what the engine relies on."""
    inst_id = _require(data, "id", where)
    where = f"{where} ({inst_id})"
    for key in ("name", "source", "license", "license_status", "items", "scales"):
        _require(data, key, where)
    if data.get("kind", "questionnaire") == "questionnaire":
        _require(data, "stem", where)  # context sections ask plain questions
    if data["license_status"] not in LICENSE_STATUSES:
        raise InstrumentError(
            f"{where}: license_status {data['license_status']!r} is not one of "
            f"{', '.join(sorted(LICENSE_STATUSES))}"
        )
    scales = {sid: _scale(sid, spec, where) for sid, spec in data["scales"].items()}
    items = []
    reverse: set[str] = set()
    for raw in data["items"]:
        item_id = str(_require(raw, "id", f"{where} item"))
        scale_id = _require(raw, "scale", f"{where} item {item_id}")
        if scale_id not in scales:
            raise InstrumentError(f"{where} item {item_id}: unknown scale {scale_id!r}")
        if raw.get("reverse"):
            reverse.add(item_id)
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
    kind = str(data.get("kind", "questionnaire"))
    if kind not in INSTRUMENT_KINDS:
        raise InstrumentError(f"{where}: kind must be one of {sorted(INSTRUMENT_KINDS)}")
    if kind == "context" and any(i.scored for i in items):
        raise InstrumentError(f"{where}: a context section has no scored items (scored: false)")
    scoring = _require(data, "scoring", where)
    summed = scoring.get("method", "sum") == "sum"
    bands = tuple(
        Band(_number(b["min"]), _number(b["max"]), str(b["label"]), str(b["code"]))
        for b in (_require(scoring, "bands", f"{where} scoring") if summed else [])
    )
    score_min = int(scoring.get("min", 0))
    score_max = int(scoring["max"]) if summed else 0
    # Reverse-scored items may be declared per item (`reverse: true`) or per instrument.
    reverse |= {str(i) for i in scoring.get("reverse_items", [])}
    return Instrument(
        id=inst_id,
        name=data["name"],
        short_name=data.get("short_name", data["name"]),
        version=str(data.get("version", "1")),
        source=" ".join(str(data["source"]).split()),
        license=" ".join(str(data["license"]).split()),
        license_status=data["license_status"],
        intro=data.get("intro", ""),
        stem=data.get("stem") or "",
        progress=data.get("progress", "Question {number} of {count}"),
        items=tuple(items),
        bands=bands,
        score_min=score_min,
        score_max=score_max,
        reverse_items=frozenset(reverse),
        item_flags=tuple(_flag_rule(f, where) for f in data.get("item_flags") or []),
        loinc=dict(data.get("loinc") or {}),
        ask_if=_condition(data.get("ask_if"), where),
        transform=_transform(scoring.get("transform"), score_min, score_max, where)
        if summed
        else None,
        kind=kind,
        skip_label=str(data.get("skip_label") or ""),
        topics=tuple(str(t).lower() for t in data.get("topics") or ()),
    )


def load_file(path: Path) -> Instrument:
    with path.open(encoding="utf-8") as f:
        return parse_instrument(yaml.safe_load(f), where=path.name)


@dataclass(frozen=True)
class InstrumentSource:
    """Where instrument files are found, and which licensed packs the deployment enabled.

    `paths` are extra folders searched after the shipped one (INTAKE_INSTRUMENT_PATH);
    `licensed_packs` are the ids of `permission_required` instruments the clinic holds
    permission for (INTAKE_LICENSED_PACKS).
    """

    paths: tuple[Path, ...] = ()
    licensed_packs: frozenset[str] = frozenset()

    def find(self, instrument_id: str) -> Path | None:
        for folder in (INSTRUMENT_DIR, *self.paths):
            path = folder / f"{instrument_id}.yml"
            if path.is_file():
                return path
        return None


def default_source() -> InstrumentSource:
    """The deployment's source, from the environment (bot.config reads the settings)."""
    from bot.config import instrument_source  # late: bot.config imports this module

    return instrument_source()


@cache
def load(instrument_id: str, source: InstrumentSource | None = None) -> Instrument:
    """Load an instrument by id (the file name without .yml): a shipped one, or a licensed
    pack from the deployment's extra folder once the deployment has enabled it."""
    source = source if source is not None else default_source()
    if not re.fullmatch(r"[a-z0-9_]+", instrument_id):
        raise InstrumentError(f"instrument id {instrument_id!r}: use a-z, 0-9 and _ only")
    path = source.find(instrument_id)
    if path is None:
        folders = ", ".join(str(p) for p in (INSTRUMENT_DIR, *source.paths))
        raise InstrumentError(f"no instrument file {instrument_id}.yml in {folders}")
    inst = load_file(path)
    if inst.id != instrument_id:
        raise InstrumentError(f"{path}: says id {inst.id!r}; the file name must match the id")
    if inst.license_status == PERMISSION_REQUIRED and inst.id not in source.licensed_packs:
        raise LicenceError(
            f"{inst.short_name} ({path}) needs permission from its licence holder. Once the "
            f"clinic holds it, add {inst.id!r} to INTAKE_LICENSED_PACKS."
        )
    return inst


def available() -> list[str]:
    """The ids of the instrument files shipped in the repository."""
    return sorted(p.stem for p in INSTRUMENT_DIR.glob("*.yml"))
