"""The NLU contract (DESIGN.md) scored on labelled JSONL sets, against a running server.

The project's own equivalent of ../shared/eval/nlu_eval.py, with the same definitions, so
`make evaluate` needs nothing outside the repository:
  crisis     flagged = parse["safety"]["risk"] != "none"; category from safety.categories
  advice     intent == request_treatment_advice
  frequency  the `frequency` entity's value; no entity = "unclear"
  meds       `medication`/`supplement` entities; role past or negated = not current
"""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

Parse = Callable[[str], dict[str, Any]]


def http_parser(url: str, token: str | None = None) -> Parse:
    def parse(text: str) -> dict[str, Any]:
        query = f"{url.rstrip('/')}/model/parse" + (f"?token={token}" if token else "")
        req = urllib.request.Request(
            query,
            data=json.dumps({"text": text}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=30) as resp:
            result: dict[str, Any] = json.loads(resp.read())
            return result

    return parse


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def crisis(parse: Parse, rows: list[dict[str, Any]]) -> dict[str, Any]:
    tp = fn = tn = fp = cat_ok = 0
    misses = []
    for r in rows:
        safety = parse(r["text"]).get("safety") or {}
        flagged = (safety.get("risk") or "none") != "none"
        if r["expect"] == "flag":
            if flagged:
                tp += 1
                cat_ok += r.get("category") in (safety.get("categories") or [])
            else:
                fn += 1
                misses.append({"kind": "missed", "id": r["id"], "text": r["text"]})
        elif flagged:
            fp += 1
            misses.append({"kind": "false_alarm", "id": r["id"], "text": r["text"]})
        else:
            tn += 1
    return {
        "positives": tp + fn,
        "negatives": tn + fp,
        "recall": _ratio(tp, tp + fn),
        "specificity": _ratio(tn, tn + fp),
        "category_accuracy": _ratio(cat_ok, tp),
        "misses": misses,
    }


def advice(parse: Parse, rows: list[dict[str, Any]]) -> dict[str, Any]:
    tp = fn = tn = fp = 0
    misses = []
    for r in rows:
        got = (parse(r["text"]).get("intent") or {}).get("name") == "request_treatment_advice"
        want = r["expect"] == "advice_request"
        tp += want and got
        fn += want and not got
        fp += got and not want
        tn += not got and not want
        if got != want:
            misses.append(
                {"kind": "missed" if want else "false_alarm", "id": r["id"], "text": r["text"]}
            )
    return {
        "recall": _ratio(tp, tp + fn),
        "precision": _ratio(tp, tp + fp),
        "specificity": _ratio(tn, tn + fp),
        "misses": misses,
    }


def frequency(parse: Parse, rows: list[dict[str, Any]]) -> dict[str, Any]:
    ok = 0
    misses = []
    for r in rows:
        found = [
            e["value"]
            for e in parse(r["text"]).get("entities") or []
            if e.get("entity") == "frequency"
        ]
        got = found[0] if len(found) == 1 else ("unclear" if not found else "ambiguous")
        if got == r["expect"]:
            ok += 1
        else:
            misses.append({"kind": f"got {got}", "id": r["id"], "text": r["text"]})
    return {"n": len(rows), "accuracy": _ratio(ok, len(rows)), "misses": misses}


def medications(parse: Parse, rows: list[dict[str, Any]]) -> dict[str, Any]:
    tp = fp = fn = exact = 0
    misses = []
    for r in rows:
        current: set[str] = set()
        other: set[str] = set()
        for e in parse(r["text"]).get("entities") or []:
            if e.get("entity") in ("medication", "supplement"):
                value = str(e.get("value", "")).lower()
                (other if e.get("role") in ("past", "negated") else current).add(value)
        want_current, want_other = set(r["current"]), set(r["past_or_negated"])
        tp += len(current & want_current) + len(other & want_other)
        fp += len(current - want_current) + len(other - want_other)
        fn += len(want_current - current) + len(want_other - other)
        if current == want_current and other == want_other:
            exact += 1
        else:
            misses.append(
                {
                    "kind": f"got {sorted(current)}/{sorted(other)}",
                    "id": r["id"],
                    "text": r["text"],
                }
            )
    return {
        "n": len(rows),
        "precision": _ratio(tp, tp + fp),
        "recall": _ratio(tp, tp + fn),
        "exact_match": _ratio(exact, len(rows)),
        "misses": misses,
    }


SCORERS: dict[str, Callable[[Parse, list[dict[str, Any]]], dict[str, Any]]] = {
    "crisis": crisis,
    "advice": advice,
    "frequency": frequency,
    "meds": medications,
}
