"""What the detail page shows, built from summaries: charts, trend series, grouped flags."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot import instruments as instrument_files
from bot.store import IntakeRecord, IntakeStore
from bot.summary import build_summary
from bot.summary.charts import Bar, TrendPoint, TrendSeries, profile_svg, trend_svg

FINISHED = ("complete", "stopped_for_safety")


def profile_chart(inst: dict[str, Any]) -> str | None:
    """Item scores of a scored instrument as bars; None for triage-only instruments."""
    definition = instrument_files.load(inst["id"])
    if not definition.has_total:
        return None
    bars = []
    for item in inst["items"]:
        if not item.get("scored", True):
            continue
        scale = definition.item(item["item_id"]).scale
        top = max(o.score for o in scale.options)
        label = f"{item['item_id']}. {item['text']}"
        bars.append(Bar(label, item["score"] if item["status"] == "answered" else None, top))
    if not bars:
        return None
    return profile_svg(f"{inst.get('short_name', inst['id'])} symptom profile", bars)


def _when(summary: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(summary.get("completed_at") or summary["started_at"])


def trend_chart(store: IntakeStore, intake: IntakeRecord) -> tuple[str | None, list[Any]]:
    """Totals per instrument across this patient's finished intakes (and this one).

    Returns (svg or None when fewer than two intakes have a total, table rows)."""
    summaries = [
        build_summary(store, other)
        for other in store.list_intakes(intake.patient_ref)
        if other.status in FINISHED or other.id == intake.id
    ]
    summaries.sort(key=_when)
    series: dict[str, TrendSeries] = {}
    rows = []
    for summary in summaries:
        totals = {}
        for inst in summary["instruments"]:
            if inst["total"] is None:
                continue
            name = inst.get("short_name", inst["id"])
            totals[name] = f"{inst['total']} ({inst['band']})"
            old = series.get(inst["id"])
            point = TrendPoint(_when(summary), inst["total"])
            series[inst["id"]] = TrendSeries(
                name, inst["max_total"], (*(old.points if old else ()), point)
            )
        rows.append(
            {
                "intake_id": summary["intake_id"],
                "at": _when(summary),
                "totals": totals,
                "current": summary["intake_id"] == intake.public_id,
            }
        )
    shown = [s for s in series.values() if len(s.points) >= 2]
    return (trend_svg(shown) if shown else None), rows


def detail(store: IntakeStore, intake: IntakeRecord) -> dict[str, Any]:
    summary = build_summary(store, intake)
    charts = {inst["id"]: profile_chart(inst) for inst in summary["instruments"]}
    trend, trend_rows = trend_chart(store, intake)
    flags = summary["flags"]
    return {
        "summary": summary,
        "safety_flags": [f for f in flags if f["severity"] in ("urgent", "review")],
        "info_flags": [f for f in flags if f["severity"] == "info"],
        "charts": charts,
        "trend_svg": trend,
        "trend_rows": trend_rows if len(trend_rows) > 1 else [],
        "has_lifestyle": "lifestyle" in summary,
    }
