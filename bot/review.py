"""`intake review`: the patient messages the assistant was least sure about, for a trainer.

Reads Rasa's SQL tracker store (the `events` table of `SQLTrackerStore`, read only) and flags
each patient message that

- the classifier was unsure of (intent confidence below a threshold),
- ended in `nlu_fallback`,
- the assistant answered with an "unclear" response (`UNCLEAR_RESPONSES`), or
- the safety screen and the intent classifier disagree about (a risk found while the classifier
  says something else with confidence, or a classifier `disclose_risk` the screen did not find).

`to_nlu_yaml` writes them as Rasa NLU training data (`version: "3.1"`), each example under the
intent the model predicted, for a trainer to relabel and move into data/nlu/ (what Rasa X used
to do). Only user and bot events are read: never slot values. Sender ids are printed as the
tracker store holds them (already pseudonyms) and are never written to the YAML file.

This module does not import Rasa (only bot/nlu and actions/ may): the table is read with
SQLAlchemy Core and domain.yml with PyYAML.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from itertools import groupby
from pathlib import Path
from typing import Any, Literal

import sqlalchemy as sa
import yaml

from bot.config import PROJECT_ROOT, tracker_db_url

DEFAULT_MIN_CONFIDENCE = 0.6
DEFAULT_SINCE_DAYS = 30
DEFAULT_LIMIT = 200
DEFAULT_OUT = PROJECT_ROOT / "reports" / "review.yml"
DOMAIN_PATH = PROJECT_ROOT / "domain.yml"

# The classifier's top intent counts as contradicting a safety risk from this confidence on.
DISAGREEMENT_CONFIDENCE = 0.5
FALLBACK_INTENT = "nlu_fallback"
RISK_INTENT = "disclose_risk"  # set by bot/nlu/safety_screen.py (not imported: it needs Rasa)
NO_RISK = "none"
UNCLEAR_RESPONSES = (
    "utter_answer_unclear",
    "utter_answer_check_suggestion",
    "utter_age_unclear",
    "utter_consent_unclear",
    "utter_safe_now_unclear",
)
PREVIEW_CHARS = 120

ReasonCode = Literal["safety_disagreement", "nlu_fallback", "low_confidence", "unclear_reply"]
REASON_ORDER: tuple[ReasonCode, ...] = (
    "safety_disagreement",
    "nlu_fallback",
    "low_confidence",
    "unclear_reply",
)


class ReviewError(Exception):
    """The tracker store or the domain cannot be read; the message says what to do."""


@dataclass(frozen=True)
class Reason:
    """Why a message is listed: a stable `code` and a sentence for the trainer."""

    code: ReasonCode
    detail: str

    def __str__(self) -> str:
        return self.detail


@dataclass(frozen=True)
class ReviewItem:
    """One patient message to review (the latest occurrence of that text)."""

    sender_id: str  # the tracker store's sender id: a pseudonym
    time: datetime  # UTC
    text: str
    intent: str  # what the NLU pipeline predicted ("" when the event has no prediction)
    confidence: float
    reasons: tuple[Reason, ...]
    occurrences: int = 1  # how many times this text was flagged in the window

    @property
    def codes(self) -> frozenset[ReasonCode]:
        return frozenset(r.code for r in self.reasons)


# --- reading the tracker store -----------------------------------------------------------

_EVENTS = sa.table(
    "events",
    sa.column("id"),
    sa.column("sender_id"),
    sa.column("type_name"),
    sa.column("timestamp"),
    sa.column("data"),
)


def default_tracker_url(env: Mapping[str, str] | None = None) -> str:
    """Rasa's tracker store: $RASA_TRACKER_DB_URL, else the SQLite file scripts/run.sh uses
    ($RASA_TRACKER_DB, else $INTAKE_DATA_DIR/rasa_tracker.db)."""
    return tracker_db_url(dict(os.environ if env is None else env))


def find_uncertain(
    db_url: str,
    since: timedelta = timedelta(days=DEFAULT_SINCE_DAYS),
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    limit: int = DEFAULT_LIMIT,
    *,
    now: datetime | None = None,
    domain_path: Path = DOMAIN_PATH,
) -> list[ReviewItem]:
    """The flagged patient messages of the last `since`, most important first, at most `limit`.

    Safety disagreements come first, then the least confident predictions. Identical texts
    (ignoring case and spacing) are listed once: the latest occurrence, with the reasons of all.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    cutoff = ((now or datetime.now(timezone.utc)) - since).timestamp()
    matchers = unclear_matchers(domain_path)
    flagged: list[ReviewItem] = []
    for sender_id, rows in groupby(_read_events(db_url, cutoff), key=lambda row: row[0]):
        events = ((type_name, ts, data) for _, type_name, ts, data in rows)
        flagged.extend(_scan_sender(sender_id, events, min_confidence, matchers))
    return sorted(_merge_duplicates(flagged), key=_priority)[:limit]


def _priority(item: ReviewItem) -> tuple[bool, float, float]:
    """Safety disagreements first, then the least confident, then the most recent."""
    return ("safety_disagreement" not in item.codes, item.confidence, -item.time.timestamp())


def _read_events(db_url: str, cutoff: float) -> Iterator[tuple[str, str, float, str]]:
    """(sender_id, type_name, timestamp, data) of user and bot events, by sender, in order."""
    engine = _read_only_engine(db_url)
    shown = _safe_url(db_url)
    query = (
        sa.select(_EVENTS.c.sender_id, _EVENTS.c.type_name, _EVENTS.c.timestamp, _EVENTS.c.data)
        .where(_EVENTS.c.type_name.in_(("user", "bot")), _EVENTS.c.timestamp >= cutoff)
        .order_by(_EVENTS.c.sender_id, _EVENTS.c.id)
    )
    try:
        if not sa.inspect(engine).has_table("events"):
            raise ReviewError(
                f"{shown} has no `events` table: is it Rasa's tracker store "
                "(tracker_store in endpoints.yml)?"
            )
        with engine.connect() as conn:
            conn = conn.execution_options(stream_results=True, postgresql_readonly=True)
            for row in conn.execute(query):
                yield str(row[0]), str(row[1]), float(row[2] or 0.0), str(row[3] or "")
    except sa.exc.SQLAlchemyError as e:
        cause = str(getattr(e, "orig", None) or e).strip().splitlines()[:1]
        raise ReviewError(f"cannot read the tracker store at {shown}: {''.join(cause)}") from e
    finally:
        engine.dispose()


def _read_only_engine(db_url: str) -> sa.engine.Engine:
    try:
        url = sa.engine.make_url(db_url)
    except sa.exc.ArgumentError as e:
        raise ReviewError(f"not a database URL: {db_url!r} (e.g. sqlite:///var/x.db)") from e
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(str(url.database))
        if not path.is_file():
            raise ReviewError(
                f"no tracker store at {path}: has the assistant run yet? "
                "Set RASA_TRACKER_DB or INTAKE_DATA_DIR, or pass --db URL."
            )
        # SQLite's own read-only mode: this command can never write to (or create) the file.
        url = url.set(database=path.resolve().as_uri(), query={"mode": "ro", "uri": "true"})
    try:
        return sa.create_engine(url)
    except (sa.exc.NoSuchModuleError, ImportError) as e:
        raise ReviewError(
            f"no database driver for {url.drivername!r}: install it into .venv ({e})"
        ) from e


def _safe_url(db_url: str) -> str:
    try:
        return str(sa.engine.make_url(db_url).render_as_string(hide_password=True))
    except sa.exc.ArgumentError:
        return "the given URL"


# --- flagging ----------------------------------------------------------------------------


@dataclass
class _Message:
    time: float
    text: str
    intent: str
    confidence: float
    reasons: list[Reason]
    unclear: list[str] = field(default_factory=list)


def _scan_sender(
    sender_id: str,
    events: Iterable[tuple[str, float, str]],
    min_confidence: float,
    matchers: Mapping[str, Sequence[re.Pattern[str]]],
) -> list[ReviewItem]:
    messages: list[_Message] = []
    current: _Message | None = None
    unclear_count: Counter[str] = Counter()
    for type_name, timestamp, raw in events:
        data = _loads(raw)
        if type_name == "user":
            current = _read_user(timestamp, data, min_confidence)
            if current is not None:
                messages.append(current)
        elif current is not None:
            name = unclear_response(data, matchers)
            if name is not None:
                current.unclear.append(name)
                unclear_count[name] += 1
    items = []
    for m in messages:
        reasons = list(m.reasons)
        for name in dict.fromkeys(m.unclear):
            times = unclear_count[name]
            reasons.append(
                Reason(
                    "unclear_reply",
                    f"followed by {name} ({times} time{'s' if times > 1 else ''} for this sender)",
                )
            )
        if reasons:
            items.append(
                ReviewItem(
                    sender_id=sender_id,
                    time=datetime.fromtimestamp(m.time, timezone.utc),
                    text=m.text,
                    intent=m.intent,
                    confidence=m.confidence,
                    reasons=tuple(reasons),
                )
            )
    return items


def _read_user(timestamp: float, data: Mapping[str, Any], min_confidence: float) -> _Message | None:
    """A user event as a message with its prediction-based reasons; None for button payloads."""
    parse = _mapping(data.get("parse_data"))
    text = _squash(str(data.get("text") or parse.get("text") or ""))
    if not text or text.startswith("/"):  # a button payload carries no patient words
        return None
    intent = _mapping(parse.get("intent"))
    name = str(intent.get("name") or "")
    confidence = _number(intent.get("confidence"))
    ranking = [_mapping(r) for r in parse.get("intent_ranking") or [] if isinstance(r, dict)]
    reasons: list[Reason] = []
    safety = _safety_disagreement(_mapping(parse.get("safety")), ranking)
    if safety is not None:
        reasons.append(safety)
    if name == FALLBACK_INTENT:
        guess = _first(ranking, exclude=(FALLBACK_INTENT,))
        best = f" (best guess {_label(guess)})" if guess else ""
        reasons.append(Reason("nlu_fallback", f"nlu_fallback{best}"))
    elif confidence < min_confidence:
        reasons.append(
            Reason("low_confidence", f"low confidence {confidence:.2f} < {min_confidence:.2f}")
        )
    return _Message(timestamp, text, name, confidence, reasons)


def _safety_disagreement(safety: Mapping[str, Any], ranking: list[dict[str, Any]]) -> Reason | None:
    if not safety or not ranking:  # no screen result (older events) or no ranking to compare
        return None
    risk = str(safety.get("risk") or NO_RISK)
    if risk != NO_RISK:
        top = _first(ranking, exclude=(RISK_INTENT, FALLBACK_INTENT))
        if top and _number(top.get("confidence")) >= DISAGREEMENT_CONFIDENCE:
            categories = ", ".join(str(c) for c in safety.get("categories") or [])
            found = f"risk {risk}" + (f" ({categories})" if categories else "")
            return Reason(
                "safety_disagreement",
                f"safety screen found {found}, classifier says {_label(top)}",
            )
    elif ranking[0].get("name") == RISK_INTENT:
        return Reason(
            "safety_disagreement",
            f"classifier says {_label(ranking[0])}, safety screen found no risk",
        )
    return None


def _first(ranking: list[dict[str, Any]], exclude: tuple[str, ...]) -> dict[str, Any] | None:
    return next((r for r in ranking if r.get("name") not in exclude), None)


def _label(prediction: Mapping[str, Any]) -> str:
    return f"{prediction.get('name')} {_number(prediction.get('confidence')):.2f}"


def unclear_response(
    bot_data: Mapping[str, Any], matchers: Mapping[str, Sequence[re.Pattern[str]]]
) -> str | None:
    """The unclear response a bot event is, if any: by the `utter_action` Rasa records in the
    event's metadata, else by its text against the domain's texts for those responses."""
    metadata = _mapping(bot_data.get("metadata"))
    action = metadata.get("utter_action")
    if isinstance(action, str) and action:
        return action if action in matchers else None
    text = _squash(str(bot_data.get("text") or ""))
    if text:
        for name, patterns in matchers.items():
            if any(p.fullmatch(text) for p in patterns):
                return name
    return None


def unclear_matchers(
    domain_path: Path = DOMAIN_PATH, names: Sequence[str] = UNCLEAR_RESPONSES
) -> dict[str, tuple[re.Pattern[str], ...]]:
    """For each response name, patterns matching its domain texts (`{slot}` matches anything)."""
    try:
        domain = yaml.safe_load(domain_path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as e:
        raise ReviewError(f"cannot read the domain at {domain_path}: {e}") from e
    responses = _mapping(_mapping(domain).get("responses"))
    matchers: dict[str, tuple[re.Pattern[str], ...]] = {}
    for name in names:
        variations = responses.get(name) or []
        texts = [v["text"] for v in variations if isinstance(v, dict) and "text" in v]
        matchers[name] = tuple(_text_pattern(str(t)) for t in texts)
    return matchers


def _text_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{\w+\}", _squash(template))
    return re.compile(".+?".join(re.escape(p) for p in parts), re.DOTALL)


def _merge_duplicates(items: Iterable[ReviewItem]) -> list[ReviewItem]:
    merged: dict[str, ReviewItem] = {}
    for item in sorted(items, key=lambda i: i.time):
        key = item.text.casefold()
        seen = merged.get(key)
        if seen is None:
            merged[key] = item
            continue
        by_code = {r.code: r for r in seen.reasons}
        by_code.update({r.code: r for r in item.reasons})  # the latest wording of each reason
        reasons = tuple(by_code[c] for c in REASON_ORDER if c in by_code)
        merged[key] = replace(item, reasons=reasons, occurrences=seen.occurrences + 1)
    return list(merged.values())


# --- output ------------------------------------------------------------------------------

_YAML_HEADER = """\
# Patient messages the assistant was least sure about, from Rasa's tracker store
# (`intake review`). Rasa NLU training data: this file loads as it is.
#
# How to use it:
# 1. Each example sits under the intent the model predicted; the comment below it says why
#    it is here. Change `intent:` to the right intent (the list is in domain.yml), or move the
#    `- text` line into that intent's `examples: |` block in data/nlu/<topic>.yml.
#    `nlu_fallback` is Rasa's "no idea", not one of our intents: give each of those a real
#    intent or delete it (`make validate` would let it through and train the fallback).
# 2. Delete the examples you don't want. These are patients' own words: remove anything
#    that could identify someone (names, places, dates) before they become training data.
# 3. Move what is left into data/nlu/ (e.g. as data/nlu/reviewed.yml), then run
#    `make validate` and `make train`.
"""


def to_nlu_yaml(items: Sequence[ReviewItem]) -> str:
    """Rasa NLU training data (version 3.1): the examples grouped by predicted intent, each
    followed by a comment with the prediction and the reasons. No sender ids, no times."""
    lines = [_YAML_HEADER.rstrip("\n"), f"# {len(items)} example(s).", 'version: "3.1"', ""]
    if not items:
        lines.append("nlu: []")
        return "\n".join(lines) + "\n"
    lines.append("nlu:")
    by_intent: dict[str, list[ReviewItem]] = {}
    for item in items:
        by_intent.setdefault(item.intent or FALLBACK_INTENT, []).append(item)
    for intent in sorted(by_intent):
        group = by_intent[intent]
        lines.append(f"# predicted {intent}: {len(group)} example(s)")
        for item in group:
            # One list entry per example, so that each can carry its own comment (a comment
            # inside an `examples: |` block would be read as a malformed example).
            lines += [
                f"- intent: {_yaml_name(intent)}",
                "  examples: |",
                f"    - {_printable(item.text)}",
                f"  # {_printable(_why(item))}",
            ]
    return "\n".join(lines) + "\n"


def format_listing(items: Sequence[ReviewItem]) -> str:
    """The stdout list: time, sender pseudonym, prediction, reasons, text (cut to 120 chars)."""
    if not items:
        return "nothing to review"
    blocks = []
    for n, item in enumerate(items, 1):
        seen = f"  (seen {item.occurrences} times)" if item.occurrences > 1 else ""
        blocks.append(
            f"{n:>3}. {item.time:%Y-%m-%d %H:%M} UTC  {_printable(item.sender_id)}  "
            f"predicted {item.intent or '(none)'} {item.confidence:.2f}{seen}\n"
            f"     why:  {_printable('; '.join(map(str, item.reasons)))}\n"
            f"     text: {_printable(_preview(item.text))}"
        )
    return "\n".join(blocks)


def _why(item: ReviewItem) -> str:
    seen = f"; seen {item.occurrences} times" if item.occurrences > 1 else ""
    reasons = "; ".join(map(str, item.reasons))
    return f"predicted {item.intent or '(none)'} {item.confidence:.2f}: {reasons}{seen}"


def _preview(text: str) -> str:
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"


def _yaml_name(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z0-9_]+", name) else json.dumps(name)


# --- small helpers -----------------------------------------------------------------------


def _loads(raw: str) -> dict[str, Any]:
    try:
        return _mapping(json.loads(raw))
    except ValueError:
        return {}


def _mapping(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _number(value: object) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0


def _squash(text: str) -> str:
    return " ".join(text.split())


def _printable(text: str) -> str:
    """One line without control characters (no terminal escapes, no broken YAML)."""
    return _squash("".join(ch if ch.isprintable() else " " for ch in text))
