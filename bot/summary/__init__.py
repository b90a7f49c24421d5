"""The structured summary of one intake (DESIGN.md "Summary contract").

Built from the store and the instrument definitions only, so what the practitioner reads is
exactly what was stored. The shape is described by summary.schema.json (versioned).
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from bot import instruments as instrument_files
from bot import scoring
from bot.store import IntakeRecord, IntakeStore

# 1.1: medications, medication_details, interaction_flags filled; lifestyle when it was asked
SCHEMA_VERSION = "1.1"
# Until the read-back is confirmed, the list is what the assistant understood, not yet checked.
_UNCONFIRMED_STEPS = (
    "meds:prescriptions",
    "meds:supplements",
    "meds:confirm",
    "meds:add",
    "meds:remove",
)
_INTERACTION_RANK = {"highest": 0, "high": 1, "moderate": 2}
SCHEMA_PATH = Path(__file__).with_name("summary.schema.json")


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def build_summary(store: IntakeStore, intake: IntakeRecord) -> dict[str, Any]:
    answers = store.answers(intake.id)
    by_instrument: dict[str, list[Any]] = {}
    for a in answers:
        by_instrument.setdefault(a.instrument, []).append(a)

    instruments_out = []
    lifestyle: dict[str, str] | None = None
    for inst_id, rows in by_instrument.items():
        inst = instrument_files.load(inst_id)
        if inst.kind == "context":
            lifestyle = _context_answers(inst, rows)
            continue
        values = {r.item_id: r.value for r in rows if r.status == "answered"}
        result = scoring.score(inst, values)
        items_out = []
        for item in inst.items:
            row = next((r for r in rows if r.item_id == item.id), None)
            if row is None:
                continue  # not reached yet, or skipped by the instrument's own logic
            option = item.scale.option(row.value) if row.value else None
            items_out.append(
                {
                    "item_id": item.id,
                    "loinc": item.loinc,
                    "text": item.text,
                    "scored": item.scored,
                    "status": row.status,
                    "value": row.value,
                    "label": option.label if option else None,
                    "answer_loinc": option.loinc if option else None,
                    "score": row.score,
                    "patient_words": row.raw_text,
                    "source": row.source,
                    "attempts": row.attempts,
                    "answered_at": _iso(row.at),
                }
            )
        instruments_out.append(
            {
                "id": inst.id,
                "name": inst.name,
                "short_name": inst.short_name,
                "version": inst.version,
                "loinc_panel": inst.loinc.get("panel"),
                "loinc_total": inst.loinc.get("total"),
                "complete": result.complete,
                "total": result.total,
                "partial_total": result.partial_total,
                "max_total": inst.score_max,
                "band": result.band.label if result.band else None,
                "band_code": result.band.code if result.band else None,
                "missing_items": list(result.missing),
                "items": items_out,
                "source": inst.source,
            }
        )

    flags = store.flags(intake.id)
    severity_rank = {"urgent": 0, "review": 1, "info": 2}
    flags_out = [
        {
            "kind": f.kind,
            "severity": f.severity,
            "description": f.description,
            "evidence": f.evidence,
            "instrument": f.instrument,
            "item_id": f.item_id,
            "category": f.category,
            "risk": f.risk,
            "raised_at": _iso(f.created_at),
            "alert": {
                "status": f.alert_status or ("pending" if f.severity == "urgent" else "none"),
                "channel": f.alert_channel,
                "attempts": f.alert_attempts,
                "at": _iso(f.alerted_at),
            },
            "patient_annotations": [{"text": a.text, "at": _iso(a.at)} for a in f.annotations],
        }
        for f in sorted(flags, key=lambda f: (severity_rank.get(f.severity, 9), f.id))
    ]
    return {
        "schema_version": SCHEMA_VERSION,
        "intake_id": intake.public_id,
        "patient_ref": intake.patient_ref,
        "channel": intake.channel,
        "status": intake.status,
        "complete": intake.status == "complete",
        "started_at": _iso(intake.created_at),
        "updated_at": _iso(intake.updated_at),
        "completed_at": _iso(intake.completed_at),
        "consent": [
            {"decision": c.decision, "wording": c.wording, "at": _iso(c.at)}
            for c in store.consents(intake.id)
        ],
        "age": intake.age,
        "main_concerns": intake.concerns,
        "instruments": instruments_out,
        "flags": flags_out,
        "medications": [
            {
                "name": med.name,
                "kind": med.kind,
                "status": med.status,
                "classes": list(med.classes),
                "patient_words": med.patient_words,
                "details": intake.medication_details,
                "confirmed": intake.step not in _UNCONFIRMED_STEPS,
                "noted_at": _iso(med.created_at),
            }
            for med in store.medications(intake.id)
        ],
        "medication_details": intake.medication_details,
        **({"lifestyle": lifestyle} if lifestyle is not None else {}),
        "interaction_flags": [
            {
                "rule_id": f.rule_id,
                "severity": f.severity,
                "title": f.title,
                "items": list(f.items),
                "description": f.description,
                "source": f.source,
                "raised_at": _iso(f.created_at),
            }
            for f in sorted(
                store.interaction_flags(intake.id),
                key=lambda f: _INTERACTION_RANK.get(f.severity, 9),
            )
        ],
        "questions_for_practitioner": [
            {"text": q.text, "asked_at": _iso(q.at)} for q in store.questions(intake.id)
        ],
    }


def _context_answers(inst: instrument_files.Instrument, rows: list[Any]) -> dict[str, str]:
    """Lifestyle and context, item id -> the answer as the practitioner should read it: the
    option chosen (with the patient's words when typed), their own words, or "skipped"."""
    out: dict[str, str] = {}
    for item in inst.items:
        row = next((r for r in rows if r.item_id == item.id), None)
        if row is None:
            continue
        if row.status == "skipped":
            out[item.id] = "skipped"
        elif row.status == "unanswered":
            out[item.id] = f"unclear: \u201c{row.raw_text}\u201d" if row.raw_text else "unclear"
        elif item.scale.kind == "text":
            out[item.id] = row.raw_text or ""
        else:
            option = item.scale.option(row.value) if row.value else None
            label = option.label if option else str(row.value)
            out[item.id] = f"{label} (\u201c{row.raw_text}\u201d)" if row.raw_text else label
    return out


def load_schema() -> dict[str, Any]:
    with SCHEMA_PATH.open(encoding="utf-8") as f:
        schema: dict[str, Any] = json.load(f)
    return schema


def validate_summary(summary: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when a summary does not match the schema."""
    import jsonschema

    jsonschema.validate(summary, load_schema())
