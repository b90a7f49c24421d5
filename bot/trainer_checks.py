"""The project's own data checks, run by `make validate` after Rasa's (scripts/validate_data.py).

Each check takes the project root and returns a list of problems. A problem is one line for a
trainer, not a developer: where (file and name), what is wrong, and how to fix it. An empty
list means the check passed. Plain YAML parsing only: nothing here imports Rasa.

Checks:
  check_instruments       bot/instruments/*.yml are complete and consistent
  check_intent_examples   every domain intent has enough training examples, and no strays
  check_bot_texts         no bot text reads as treatment advice (bot.advice_check)
  check_story_names       stories, rules and test stories name only what domain.yml declares
  check_code_responses    every response the code sends by name is in domain.yml
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

from bot.advice_check import advice_findings
from bot.instruments import (
    LICENSE_STATUSES,
    PERMISSION_REQUIRED,
    Condition,
    Instrument,
    InstrumentError,
    load_file,
)

MIN_EXAMPLES = 10
"""Training examples each intent needs (distinct lines across data/nlu/*.yml)."""

INTENTS_WITHOUT_EXAMPLES = frozenset({"nlu_fallback"})
"""Intents that Rasa sets itself and that therefore need no training examples."""

# Rasa 3.6's built-in names (rasa/shared/core/constants.py), which every domain has implicitly.
# "..." is the rule-snippet action: "anything may happen here".
RASA_DEFAULT_ACTIONS = frozenset(
    {
        "action_listen",
        "action_restart",
        "action_session_start",
        "action_default_fallback",
        "action_deactivate_loop",
        "action_revert_fallback_events",
        "action_default_ask_affirmation",
        "action_default_ask_rephrase",
        "action_two_stage_fallback",
        "action_unlikely_intent",
        "action_back",
        "action_extract_slots",
        "...",
    }
)
RASA_DEFAULT_INTENTS = frozenset(
    {"restart", "back", "out_of_scope", "session_start", "nlu_fallback"}
)
RASA_DEFAULT_SLOTS = frozenset(
    {
        "requested_slot",
        "session_started_metadata",
        "knowledge_base_last_object",
        "knowledge_base_last_object_type",
        "knowledge_base_listed_objects",
    }
)
RESPONSES_SENT_BY_RASA = frozenset({"utter_default"})  # by Rasa's action_default_fallback

ASK_IF_RULES = frozenset({"any_scored_item_positive"})
"""Named ask_if conditions the intake engine knows (bot/intake.py)."""

STORY_FOLDERS = ("data/stories", "data/rules", "tests/stories")
CODE_FOLDERS = ("bot", "actions")

_REQUIRED_TOP_LEVEL = (
    ("id", "the instrument's id, the same as the file name without .yml"),
    ("name", "the instrument's full name"),
    ("stem", 'the lead-in shown before each item, e.g. "Over the last 2 weeks, ..."'),
    ("source", "the citation of the published instrument"),
    ("license", "the licence terms, quoted from the source"),
    (
        "license_status",
        "free, free_for_providers, free_non_commercial or unverified; see docs/TRAINING.md",
    ),
)
_ITEM_LOINC = re.compile(r"^(\d{1,7})-(\d)$")
_ANSWER_LOINC = re.compile(r"^LA\d+-\d$")
_SENT_RESPONSE = re.compile(r"[\"'](utter_\w+)[\"']")
# Rasa names that look like responses but are not: the SDK's dispatcher method and the key
# under which Rasa records a bot event's response name in its metadata.
_NOT_A_RESPONSE = frozenset({"utter_message", "utter_action"})
_ENTITY_IN_TEXT = re.compile(
    r"\[[^\]]*\]\((\w+)[^)]*\)"  # [several days](frequency), [x](frequency:several_days)
    r"|\[[^\]]*\]\{[^}]*\"entity\"\s*:\s*\"(\w+)\""  # [x]{"entity": "frequency", ...}
)


def _problem(where: str, what: str, fix: str) -> str:
    return f"{where}: {what} Fix: {fix}"


def _rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def _read_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def _yaml_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix in (".yml", ".yaml") and p.is_file())


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _names(section: Any) -> set[str]:
    """Names from a domain section: a list of names or {name: {...}}, or a mapping."""
    if isinstance(section, dict):
        return {str(k) for k in section}
    names: set[str] = set()
    for entry in section or []:
        if isinstance(entry, dict):
            names |= {str(k) for k in entry}
        else:
            names.add(str(entry))
    return names


class Domain:
    """The names declared in domain.yml (a single file, as in this project)."""

    def __init__(self, root: Path) -> None:
        raw = _read_yaml(root / "domain.yml") or {}
        if not isinstance(raw, dict):
            raw = {}
        self.intents = _names(raw.get("intents"))
        self.entities = _names(raw.get("entities"))
        self.slots = _names(raw.get("slots"))
        self.forms = _names(raw.get("forms"))
        self.actions = _names(raw.get("actions"))
        responses = raw.get("responses")
        self.responses: dict[str, Any] = dict(responses) if isinstance(responses, dict) else {}


# --- a. instrument files ------------------------------------------------------------------


def check_instruments(root: Path) -> list[str]:
    """Every bot/instruments/*.yml loads and is complete (wording, options, codes, bands)."""
    folder = root / "bot" / "instruments"
    problems: list[str] = []
    loaded: dict[str, Instrument] = {}
    files = sorted(folder.glob("*.yml"))
    for path in files:
        where = _rel(path, root)
        try:
            raw = _read_yaml(path)
        except yaml.YAMLError as e:
            marks = (getattr(e, "context_mark", None), getattr(e, "problem_mark", None))
            lines = sorted({m.line + 1 for m in marks if m is not None})
            line = f" near line {lines[0]}" if len(lines) == 1 else ""
            if len(lines) > 1:
                line = f" between lines {lines[0]} and {lines[-1]}"
            problems.append(
                _problem(
                    where,
                    f"is not valid YAML{line} ({getattr(e, 'problem', None) or e}).",
                    "check the indentation and quotes there (a quote left open?); "
                    "compare with phq9.yml.",
                )
            )
            continue
        shape = _instrument_shape_problems(raw, where, path.stem)
        problems += shape
        if shape:
            continue
        try:
            loaded[path.stem] = load_file(path)
        except (InstrumentError, KeyError, TypeError, ValueError) as e:
            problems.append(
                _problem(
                    where,
                    f"cannot be loaded by the assistant ({e}).",
                    "compare its layout with bot/instruments/phq9.yml.",
                )
            )
    known = {p.stem for p in files}
    for stem, inst in loaded.items():
        where = f"bot/instruments/{stem}.yml"
        problems += _loinc_problems(inst, where)
        problems += _band_problems(inst, where)
        problems += _reference_problems(inst, where, loaded, known)
    return problems


def _instrument_shape_problems(raw: Any, where: str, stem: str) -> list[str]:
    """Missing or empty fields, reported all at once (the loader stops at the first)."""
    if not isinstance(raw, dict):
        return [_problem(where, "is empty or not a mapping of fields.", "start from phq9.yml.")]
    problems = []
    context = raw.get("kind") == "context"  # plain questions (lifestyle): no common stem
    for key, meaning in _REQUIRED_TOP_LEVEL:
        if key == "stem" and context:
            continue
        if _blank(raw.get(key)):
            problems.append(_problem(where, f"has no `{key}`.", f"add `{key}:` ({meaning})."))
    if not _blank(raw.get("id")) and str(raw["id"]) != stem:
        problems.append(
            _problem(
                where,
                f"says `id: {raw['id']}` but the file is {stem}.yml; the assistant finds an "
                "instrument by its file name.",
                f"make them the same (`id: {stem}`, or rename the file).",
            )
        )
    scales = raw.get("scales")
    if not isinstance(scales, dict) or not scales:
        problems.append(
            _problem(where, "has no `scales`.", "add the answer scale(s), as in phq9.yml.")
        )
        scales = {}
    for scale_id, spec in scales.items():
        problems += _scale_problems(spec, f"{where}, scale {scale_id}")
    items = raw.get("items")
    if not isinstance(items, list) or not items:
        problems.append(_problem(where, "has no `items`.", "add the questions, as in phq9.yml."))
        items = []
    seen: set[str] = set()
    for n, item in enumerate(items, start=1):
        if not isinstance(item, dict) or _blank(item.get("id")):
            problems.append(
                _problem(
                    f"{where}, item number {n}",
                    "has no `id`.",
                    'give it an id, e.g. `id: "3"` (quoted, the number on the form).',
                )
            )
            continue
        item_where = f"{where}, item {item['id']}"
        if str(item["id"]) in seen:
            problems.append(_problem(item_where, "is listed twice.", "give each item its own id."))
        seen.add(str(item["id"]))
        if _blank(item.get("text")):
            problems.append(
                _problem(
                    item_where,
                    "has no wording (`text`).",
                    'add `text: "..."` with the question exactly as published.',
                )
            )
        scale = item.get("scale")
        if _blank(scale):
            problems.append(
                _problem(
                    item_where, "has no `scale`.", f"add `scale:` (one of: {', '.join(scales)})."
                )
            )
        elif scale not in scales:
            problems.append(
                _problem(
                    item_where,
                    f"uses scale `{scale}`, which is not under `scales:`.",
                    f"use one of: {', '.join(scales)}, or add that scale.",
                )
            )
    scoring = raw.get("scoring")
    if not isinstance(scoring, dict):
        problems.append(
            _problem(
                where,
                "has no `scoring`.",
                "add `scoring:` with `method: sum`, `min`, `max` and `bands` "
                "(or `method: none` for a screener without a total).",
            )
        )
    elif scoring.get("method", "sum") == "sum":
        for key in ("max", "bands"):
            if _blank(scoring.get(key)) or scoring.get(key) == []:
                problems.append(
                    _problem(
                        where,
                        f"is scored as a total but `scoring` has no `{key}`.",
                        f"add `{key}:` under `scoring:`, as in phq9.yml.",
                    )
                )
        bands = scoring.get("bands")
        problems += _entry_problems(
            bands if isinstance(bands, list) else [],
            f"{where}, band",
            ("min", "max", "label", "code"),
        )
    flags = raw.get("item_flags")
    flags = flags if isinstance(flags, list) else []
    problems += _entry_problems(
        flags, f"{where}, item_flags rule", ("item", "kind", "severity", "description")
    )
    for n, flag in enumerate(flags, start=1):
        if (
            isinstance(flag, dict)
            and _blank(flag.get("min_score"))
            and _blank(flag.get("max_score"))
        ):
            problems.append(
                _problem(
                    f"{where}, item_flags rule number {n}",
                    "has neither `min_score` nor `max_score`, so it would flag every answer.",
                    "add `min_score:` (flag at or above) and/or `max_score:` (flag at or below).",
                )
            )
    problems += _licence_problems(raw, where)
    return problems


def _licence_problems(raw: dict[str, Any], where: str) -> list[str]:
    """A known licence status, and no wording that needs permission in the repository."""
    status = raw.get("license_status")
    if _blank(status):
        return []  # reported as a missing field
    if status not in LICENSE_STATUSES:
        return [
            _problem(
                where,
                f"has `license_status: {status}`, which the assistant does not know.",
                f"use one of {', '.join(sorted(LICENSE_STATUSES))} (see docs/TRAINING.md).",
            )
        ]
    if status == PERMISSION_REQUIRED:
        return [
            _problem(
                where,
                "needs permission from its licence holder, so its wording must not be in the "
                "repository.",
                "keep the file in the clinic's own folder (INTAKE_INSTRUMENT_PATH) and enable "
                "it with INTAKE_LICENSED_PACKS; see README, Configuration.",
            )
        ]
    return []


def _entry_problems(entries: list[Any], where: str, keys: tuple[str, ...]) -> list[str]:
    """Bands and item_flags rules: each entry has every key."""
    problems = []
    for n, entry in enumerate(entries, start=1):
        missing = [k for k in keys if not isinstance(entry, dict) or _blank(entry.get(k))]
        if missing:
            problems.append(
                _problem(
                    f"{where} number {n}",
                    f"has no {', '.join(f'`{k}`' for k in missing)}.",
                    f"give it all of {', '.join(keys)}, as in phq9.yml.",
                )
            )
    return problems


def _scale_problems(spec: Any, where: str) -> list[str]:
    if isinstance(spec, dict) and spec.get("kind") == "text":
        return []  # an open question: the patient's words are the answer
    options = spec.get("options") if isinstance(spec, dict) else None
    if not isinstance(options, list) or not options:
        return [
            _problem(
                where,
                "has no answer options.",
                "add `options:`, one `{value, label, score}` per answer.",
            )
        ]
    problems = []
    values: set[str] = set()
    for n, option in enumerate(options, start=1):
        option_where = f"{where}, option {n}"
        if not isinstance(option, dict):
            problems.append(
                _problem(
                    option_where, "is not `{value, label, score}`.", "write it as in phq9.yml."
                )
            )
            continue
        for key, meaning in (
            ("value", "a short code, e.g. several_days"),
            ("label", "the answer wording the patient sees"),
            ("score", "the points, a whole number"),
        ):
            if _blank(option.get(key)):
                problems.append(
                    _problem(option_where, f"has no `{key}`.", f"add `{key}:` ({meaning}).")
                )
        if not _blank(option.get("score")) and not isinstance(option["score"], int):
            problems.append(
                _problem(
                    option_where,
                    f"has score {option['score']!r}, not a whole number.",
                    "write the score as a number, e.g. `score: 2`.",
                )
            )
        if str(option.get("value")) in values:
            problems.append(
                _problem(
                    option_where,
                    f"repeats value `{option.get('value')}`.",
                    "give each option its own value.",
                )
            )
        values.add(str(option.get("value")))
    return problems


def loinc_check_digit(number: str) -> int:
    """The LOINC check digit (mod 10) of the part of a code before the dash."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def _code_problem(code: str, where: str) -> str | None:
    match = _ITEM_LOINC.match(code)
    if match is None:
        return _problem(
            where,
            f"has LOINC code {code!r}, which is not written like one (e.g. 44250-9).",
            "copy the code from loinc.org or CLINICAL.md.",
        )
    if loinc_check_digit(match.group(1)) != int(match.group(2)):
        return _problem(
            where,
            f"has LOINC code {code}, whose last digit does not match (a typo?).",
            "copy the code again from loinc.org or CLINICAL.md.",
        )
    return None


def _loinc_problems(inst: Instrument, where: str) -> list[str]:
    """With a `loinc:` block, every item and option carries a well-formed code."""
    if not inst.loinc:
        return []
    problems = []
    for key, code in inst.loinc.items():
        bad = _code_problem(str(code), f"{where}, loinc {key}")
        if bad:
            problems.append(bad)
    for item in inst.items:
        item_where = f"{where}, item {item.id}"
        if _blank(item.loinc):
            problems.append(
                _problem(
                    item_where,
                    "has no LOINC code, but the instrument declares a `loinc:` block.",
                    "add `loinc:` with the item's code (CLINICAL.md or loinc.org).",
                )
            )
        else:
            bad = _code_problem(str(item.loinc), item_where)
            if bad:
                problems.append(bad)
    scales = {item.scale.id: item.scale for item in inst.items}
    for scale in scales.values():
        for option in scale.options:
            option_where = f"{where}, scale {scale.id}, option {option.value}"
            if _blank(option.loinc):
                problems.append(
                    _problem(
                        option_where,
                        "has no LOINC answer code, but the instrument declares a `loinc:` block.",
                        "add `loinc: LA....-.` (the answer code from the LOINC answer list).",
                    )
                )
            elif not _ANSWER_LOINC.match(str(option.loinc)):
                problems.append(
                    _problem(
                        option_where,
                        f"has answer code {option.loinc!r}; LOINC answer codes look like LA6568-5.",
                        "copy the answer code from loinc.org or CLINICAL.md.",
                    )
                )
    return problems


def _band_problems(inst: Instrument, where: str) -> list[str]:
    """Bands cover score_min..score_max once each, and score_max is the highest total."""
    if not inst.has_total:
        return []
    if inst.transform is not None:
        return _transformed_band_problems(inst, where)
    problems = []
    lowest = sum(min(o.score for o in i.scale.options) for i in inst.scored_items)
    highest = sum(max(o.score for o in i.scale.options) for i in inst.scored_items)
    if (inst.score_min, inst.score_max) != (lowest, highest):
        problems.append(
            _problem(
                f"{where}, scoring",
                f"says the total runs {inst.score_min}..{inst.score_max}, but the scored items "
                f"add up to {lowest}..{highest}.",
                f"set `min: {lowest}` and `max: {highest}`, or check the items' `scored:`.",
            )
        )
    fix = f"make the bands run from {inst.score_min} to {inst.score_max}, each starting one above "
    fix += "where the previous one ends."
    for band in inst.bands:
        if band.min > band.max:
            problems.append(
                _problem(
                    f"{where}, band {band.code}",
                    f"starts at {band.min} but ends at {band.max}.",
                    "swap min and max.",
                )
            )
    expected: float = inst.score_min
    for band in sorted(inst.bands, key=lambda b: (b.min, b.max)):
        if band.min > expected:
            problems.append(
                _problem(
                    f"{where}, bands",
                    f"no band covers {_span(expected, band.min - 1)} "
                    f"(a total there would have no band).",
                    fix,
                )
            )
        elif band.min < expected and expected > inst.score_min:
            problems.append(
                _problem(
                    f"{where}, band {band.code}",
                    f"overlaps the band before it on {_span(band.min, expected - 1)}.",
                    fix,
                )
            )
        elif band.min < expected:
            problems.append(
                _problem(
                    f"{where}, band {band.code}",
                    f"starts at {band.min}, below the lowest total {inst.score_min}.",
                    fix,
                )
            )
        expected = max(expected, band.max + 1)
    if expected <= inst.score_max:
        problems.append(
            _problem(
                f"{where}, bands",
                f"no band covers {_span(expected, inst.score_max)} "
                f"(a total there would have no band).",
                fix,
            )
        )
    elif expected > inst.score_max + 1:
        problems.append(
            _problem(
                f"{where}, bands",
                f"go up to {expected - 1}, above the highest total {inst.score_max}.",
                fix,
            )
        )
    return problems


def _transformed_band_problems(inst: Instrument, where: str) -> list[str]:
    """With a transform (WHO-5 x4, a T-score table) every reachable reported score falls in
    exactly one band."""
    assert inst.transform is not None
    problems = []
    name = inst.transform.name
    for raw in range(inst.score_min, inst.score_max + 1):
        reported = inst.reported(raw)
        holding = [b.code for b in inst.bands if b.contains(reported)]
        if len(holding) != 1:
            what = "no band" if not holding else f"{len(holding)} bands ({', '.join(holding)})"
            problems.append(
                _problem(
                    f"{where}, bands",
                    f"the {name} {reported} (raw total {raw}) falls in {what}.",
                    f"make the bands cover every {name} from {inst.reported_min} to "
                    f"{inst.reported_max} exactly once.",
                )
            )
    return problems


def _span(low: float, high: float) -> str:
    return f"total {low}" if low == high else f"totals {low} to {high}"


def _reference_problems(
    inst: Instrument, where: str, loaded: dict[str, Instrument], known: set[str]
) -> list[str]:
    """item_flags, reverse_items and ask_if name items and instruments that exist."""
    problems = []
    ids = [i.id for i in inst.items]
    for rule in inst.item_flags:
        if rule.item not in ids:
            problems.append(
                _problem(
                    f"{where}, item_flags ({rule.kind})",
                    f"names item {rule.item!r}, which this instrument does not have.",
                    f"use one of its item ids: {', '.join(ids)}.",
                )
            )
    for item_id in sorted(inst.reverse_items - set(ids)):
        problems.append(
            _problem(
                f"{where}, scoring reverse_items",
                f"names item {item_id!r}, which this instrument does not have.",
                f"use one of its item ids: {', '.join(ids)}.",
            )
        )
    conditions: list[tuple[str, Condition | None, str | None]] = [
        (f"{where}, ask_if", inst.ask_if, None)
    ]
    conditions += [(f"{where}, item {i.id} ask_if", i.ask_if, i.id) for i in inst.items]
    for cond_where, cond, asking_item in conditions:
        if cond is None:
            continue
        if cond.named is not None:
            if cond.named not in ASK_IF_RULES:
                problems.append(
                    _problem(
                        cond_where,
                        f"names the rule {cond.named!r}, which the assistant does not know.",
                        f"use {', '.join(sorted(ASK_IF_RULES))} "
                        "or a condition on an item, `{item: ..., min_score: 1}`.",
                    )
                )
            continue
        target_id = cond.instrument or inst.id
        if target_id not in known:
            problems.append(
                _problem(
                    cond_where,
                    f"names instrument {target_id!r}, which has no file in bot/instruments/.",
                    "use the file name (without .yml) of an existing instrument.",
                )
            )
            continue
        target = loaded.get(target_id)
        if target is None:  # that file has its own problems, reported above
            continue
        target_ids = [i.id for i in target.items]
        if cond.item not in target_ids:
            problems.append(
                _problem(
                    cond_where,
                    f"names item {cond.item!r} of {target_id}, which has no such item.",
                    f"use one of the item ids of {target_id}: {', '.join(target_ids)}.",
                )
            )
        elif (
            target is inst
            and asking_item is not None
            and ids.index(cond.item) >= ids.index(asking_item)
        ):
            problems.append(
                _problem(
                    cond_where,
                    f"depends on item {cond.item!r}, which is not asked before it, so the "
                    "condition can never be met.",
                    "depend on an earlier item, or move this item after it.",
                )
            )
    return problems


# --- b. training examples per intent ------------------------------------------------------


def intent_examples(root: Path) -> dict[str, dict[str, set[str]]]:
    """intent -> file -> distinct examples, from data/nlu (retrieval intents by their base)."""
    found: dict[str, dict[str, set[str]]] = {}
    for path in _yaml_files(root / "data" / "nlu"):
        raw = _read_yaml(path)
        entries = raw.get("nlu") if isinstance(raw, dict) else None
        for entry in entries or []:
            if not isinstance(entry, dict) or "intent" not in entry:
                continue
            intent = str(entry["intent"]).split("/", 1)[0]
            examples = entry.get("examples") or ""
            lines = examples.splitlines() if isinstance(examples, str) else []
            texts = {line.strip()[1:].strip() for line in lines if line.strip().startswith("-")}
            texts.discard("")
            found.setdefault(intent, {}).setdefault(_rel(path, root), set()).update(texts)
    return found


def check_intent_examples(root: Path, minimum: int = MIN_EXAMPLES) -> list[str]:
    """Each domain intent has `minimum` examples; every trained intent is in the domain."""
    domain = Domain(root)
    found = intent_examples(root)
    problems = []
    for intent in sorted(domain.intents - INTENTS_WITHOUT_EXAMPLES):
        count = len({text for texts in found.get(intent, {}).values() for text in texts})
        if count == 0:
            problems.append(
                _problem(
                    f"domain.yml, intent {intent}",
                    "has no training examples in data/nlu/.",
                    f"add `- intent: {intent}` with at least {minimum} examples to the "
                    "data/nlu/ file of its topic, or remove the intent from domain.yml.",
                )
            )
        elif count < minimum:
            files = ", ".join(sorted(found[intent]))
            problems.append(
                _problem(
                    f"{files}, intent {intent}",
                    f"has {count} different training examples; it needs at least {minimum}.",
                    f"add {minimum - count} or more other ways a patient might say this "
                    "(different words, lengths and typos, not copies).",
                )
            )
    for intent in sorted(set(found) & INTENTS_WITHOUT_EXAMPLES):
        files = ", ".join(sorted(found[intent]))
        problems.append(
            _problem(
                f"{files}, intent {intent}",
                "has training examples, but Rasa sets this intent by itself when it is unsure; "
                "examples here would teach it to give up on real messages.",
                "move each example under the intent the patient meant (this often happens "
                "when reports/review.yml is moved into data/nlu/ without relabelling).",
            )
        )
    for intent in sorted(set(found) - domain.intents - INTENTS_WITHOUT_EXAMPLES):
        files = ", ".join(sorted(found[intent]))
        problems.append(
            _problem(
                f"{files}, intent {intent}",
                "has training examples but is not listed under `intents:` in domain.yml.",
                "correct the spelling to match an intent in domain.yml, or add the new intent "
                "there (and a rule or story saying what the assistant does with it).",
            )
        )
    return problems


# --- c. no advice in bot texts ------------------------------------------------------------


def all_bot_texts(root: Path) -> list[tuple[str, str]]:
    """(where, text) for every fixed text the bot can say: responses and instrument wording."""
    texts: list[tuple[str, str]] = []
    for name, response in Domain(root).responses.items():
        for n, variant in enumerate(response or [], start=1):
            if not isinstance(variant, dict):
                continue
            where = f"domain.yml, response {name}" + (f" (variant {n})" if n > 1 else "")
            if isinstance(variant.get("text"), str):
                texts.append((where, variant["text"]))
            for button in variant.get("buttons") or []:
                title = str(button.get("title", ""))
                texts.append((f'{where}, button "{title}"', title))
    for path in sorted((root / "bot" / "instruments").glob("*.yml")):
        try:
            inst = load_file(path)
        except (InstrumentError, KeyError, TypeError, ValueError, yaml.YAMLError):
            continue  # check_instruments reports it
        where = _rel(path, root)
        texts += [(f"{where}, intro", inst.intro), (f"{where}, stem", inst.stem)]
        for item in inst.items:
            texts.append((f"{where}, item {item.id}", item.text))
            if item.stem:
                texts.append((f"{where}, item {item.id} stem", item.stem))
        for scale in {item.scale.id: item.scale for item in inst.items}.values():
            texts += [
                (f"{where}, scale {scale.id}, option {o.value}", o.label) for o in scale.options
            ]
    return texts


def check_bot_texts(root: Path) -> list[str]:
    """No response, button or instrument wording reads as treatment advice."""
    return [
        f"{finding}. Fix: reword it so that it asks or informs without telling the patient "
        "what to take, stop or change, or what condition they have (questions about "
        "treatment are recorded for the practitioner)."
        for finding in advice_findings(all_bot_texts(root))
    ]


# --- d. names in stories, rules and test stories ------------------------------------------


def check_story_names(root: Path) -> list[str]:
    """Stories, rules and test stories use only intents, actions, slots, forms and entities
    that domain.yml declares (or that Rasa provides)."""
    domain = Domain(root)
    problems = []
    for folder in STORY_FOLDERS:
        for path in _yaml_files(root / folder):
            raw = _read_yaml(path)
            if not isinstance(raw, dict):
                continue
            for kind in ("stories", "rules"):
                for block in raw.get(kind) or []:
                    if not isinstance(block, dict):
                        continue
                    label = "story" if kind == "stories" else "rule"
                    where = f'{_rel(path, root)}, {label} "{block.get(label)}"'
                    steps = list(block.get("condition") or []) + list(block.get("steps") or [])
                    for ref_kind, name in _step_names(steps):
                        message = _unknown_name(domain, ref_kind, name)
                        if message:
                            problems.append(_problem(where, *message))
    return problems


def _step_names(steps: Iterable[Any]) -> Iterator[tuple[str, str]]:
    """(kind, name) for every name a list of story steps refers to."""
    for step in steps:
        if not isinstance(step, dict):
            continue
        if "or" in step:
            yield from _step_names(step["or"] or [])
        if step.get("intent") is not None:
            yield "intent", str(step["intent"])
        if step.get("action") is not None:
            yield "action", str(step["action"])
        if step.get("active_loop") is not None:
            yield "form", str(step["active_loop"])
        for slot in step.get("slot_was_set") or []:
            for name in slot if isinstance(slot, dict) else [slot]:
                yield "slot", str(name)
        for entity in step.get("entities") or []:
            if isinstance(entity, dict):
                names = [entity["entity"]] if "entity" in entity else list(entity)
            else:
                names = [entity]
            for name in names:
                yield "entity", str(name)
        if isinstance(step.get("user"), str):
            for plain, json_style in _ENTITY_IN_TEXT.findall(step["user"]):
                yield "entity", plain or json_style


def _unknown_name(domain: Domain, kind: str, name: str) -> tuple[str, str] | None:
    """(what, fix) when `name` is not declared, else None."""
    if kind == "intent" and name not in domain.intents | RASA_DEFAULT_INTENTS:
        return (
            f"intent `{name}` is not in domain.yml.",
            "check the spelling against `intents:` in domain.yml, or add the intent there "
            "(with training examples in data/nlu/).",
        )
    if kind == "action" and name.startswith("utter_") and name not in domain.responses:
        return (
            f"response `{name}` is not in domain.yml.",
            "check the spelling against `responses:` in domain.yml, or add the response there.",
        )
    known_actions = domain.actions | domain.forms | set(domain.responses) | RASA_DEFAULT_ACTIONS
    if kind == "action" and not name.startswith("utter_") and name not in known_actions:
        return (
            f"action `{name}` is not in domain.yml.",
            "check the spelling against `actions:` and `forms:` in domain.yml; a new custom "
            "action must also be written in actions/ by a developer.",
        )
    if kind == "form" and name not in domain.forms:
        return (
            f"active_loop `{name}` is not a form in domain.yml.",
            "check the spelling against `forms:` in domain.yml (or write `active_loop: null`).",
        )
    if kind == "slot" and name not in domain.slots | RASA_DEFAULT_SLOTS:
        return (
            f"slot `{name}` (slot_was_set) is not in domain.yml.",
            "check the spelling against `slots:` in domain.yml.",
        )
    if kind == "entity" and name not in domain.entities:
        return (
            f"entity `{name}` is not in domain.yml.",
            "check the spelling against `entities:` in domain.yml, or add the entity there.",
        )
    return None


# --- e. responses sent by the code --------------------------------------------------------


def responses_named_in_code(root: Path) -> dict[str, list[str]]:
    """Response name -> 'file line N' for every quoted utter_ name in bot/ and actions/."""
    found: dict[str, list[str]] = {}
    for folder in CODE_FOLDERS:
        for path in sorted((root / folder).rglob("*.py")):
            lines = path.read_text(encoding="utf-8").splitlines()
            for n, line in enumerate(lines, start=1):
                for name in _SENT_RESPONSE.findall(line):
                    if name not in _NOT_A_RESPONSE:
                        found.setdefault(name, []).append(f"{_rel(path, root)} line {n}")
    return found


def check_code_responses(root: Path) -> list[str]:
    """Every response the code sends by name exists in domain.yml (a typo is a runtime error)."""
    responses = Domain(root).responses
    return [
        _problem(
            where,
            f"the code sends response `{name}`, which is not in domain.yml, so the assistant "
            "would fail when it tries to say it.",
            f"if it is a typo, ask a developer to correct it in the code; otherwise add "
            f"`{name}:` with its text under `responses:` in domain.yml.",
        )
        for name, places in sorted(responses_named_in_code(root).items())
        if name not in responses
        for where in places
    ]


# --- all checks ---------------------------------------------------------------------------

# --- f. interruptions of a form -------------------------------------------------------------


def _excluded_intents(raw_domain: dict[str, Any]) -> dict[str, set[str] | None]:
    """Form name -> intents its requested slot does NOT take (None: takes every intent)."""
    result: dict[str, set[str] | None] = {}
    slots = raw_domain.get("slots") or {}
    for form in _names(raw_domain.get("forms")):
        excluded: set[str] | None = None
        for spec in slots.values() if isinstance(slots, dict) else []:
            for mapping in (spec or {}).get("mappings") or []:
                conditions = mapping.get("conditions") or []
                if mapping.get("type") == "from_text" and any(
                    c.get("active_loop") == form for c in conditions if isinstance(c, dict)
                ):
                    excluded = set(mapping.get("not_intent") or [])
        result[form] = excluded
    return result


def check_form_interruptions(root: Path) -> list[str]:
    """A rule that interrupts a form must name an intent the form lets go of.

    A form whose slot takes any text (`from_text`) swallows every intent that its mapping
    does not list under `not_intent`: a rule for such an intent inside the form never fires.
    """
    raw = _read_yaml(root / "domain.yml") or {}
    if not isinstance(raw, dict):
        return []
    excluded = _excluded_intents(raw)
    problems = []
    for folder in STORY_FOLDERS:
        for path in _yaml_files(root / folder):
            data = _read_yaml(path)
            if not isinstance(data, dict):
                continue
            for rule in data.get("rules") or []:
                if not isinstance(rule, dict):
                    continue
                forms = [
                    str(c["active_loop"])
                    for c in rule.get("condition") or []
                    if isinstance(c, dict) and c.get("active_loop")
                ]
                steps = [s for s in rule.get("steps") or [] if isinstance(s, dict)]
                intent = steps[0].get("intent") if steps else None
                for form in forms:
                    skipped = excluded.get(form)
                    if intent and skipped is not None and intent not in skipped:
                        problems.append(
                            _problem(
                                f'{_rel(path, root)}, rule "{rule.get("rule")}"',
                                f"interrupts {form} on intent {intent}, but {form} takes "
                                f"{intent} messages as answers, so this rule never runs.",
                                f"add {intent} to the `not_intent:` list of the form's "
                                "from_text mapping in domain.yml (slots: intake_reply), then "
                                "`make train` and try it with scripts/chat.py.",
                            )
                        )
    return problems


CHECKS: tuple[tuple[str, Callable[[Path], list[str]]], ...] = (
    ("Instrument files (bot/instruments/)", check_instruments),
    (f"Training examples (at least {MIN_EXAMPLES} per intent)", check_intent_examples),
    ("No treatment advice in bot texts", check_bot_texts),
    ("Names used in stories, rules and test stories", check_story_names),
    ("Responses the code sends", check_code_responses),
    ("Rules that interrupt the question loop", check_form_interruptions),
)


def run_all(root: Path) -> dict[str, list[str]]:
    """Check title -> problems, for every check (a check that crashes is a problem too)."""
    results: dict[str, list[str]] = {}
    for title, check in CHECKS:
        try:
            results[title] = check(root)
        except (OSError, yaml.YAMLError) as e:
            results[title] = [
                _problem(
                    "(check could not run)",
                    f"{type(e).__name__}: {e}",
                    "fix that file (run `make validate` for Rasa's own report on it).",
                )
            ]
    return results
