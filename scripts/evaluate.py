"""`make evaluate`: how good is the assistant now, and what got worse since the baseline?

1. Intent classification with the real pipeline: by default trained on a fixed, seeded 80%
   of data/nlu (stratified by intent, `rasa data split nlu`) and scored on the other 20%;
   `--folds N` runs Rasa's N-fold cross-validation instead (N trainings: slower, steadier).
2. Test stories (`rasa test core`, with --fail-on-prediction-errors).
3. The NLU contract on the project's labelled sets (tests/data/*.jsonl) against the trained
   model served locally, scored by scripts/contract_eval.py.
Writes reports/evaluation.md (safety figures first) and reports/evaluation.json, compares
with reports/baseline.json, and fails when safety recall drops at all or macro-F1 drops by
more than 0.02. `make evaluate-accept` makes the latest evaluation the new baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from scripts.contract_eval import SCORERS, http_parser, load
from scripts.local_stack import MODEL, ROOT, running_assistant

REPORTS = ROOT / "reports"
RESULTS = ROOT / "results"
BASELINE = REPORTS / "baseline.json"
LATEST = REPORTS / "evaluation.json"
DATA = ROOT / "tests/data"
# Frequency reader: dev sets are tuned on, and the suggestion model (bot/frequency_guess.py)
# is trained on them; hold-outs never are. Hold-outs are written blind (the writer saw only
# DESIGN.md, CLINICAL.md and the sample format, never the reader), and retired into dev
# (frequency_dev_was_holdout*) once their misses have been studied. Every such file is
# scored, so a new set needs no change here.
FREQUENCY_EXAMPLES = ROOT / "bot" / "frequency_examples"
FREQUENCY_SETS = sorted(FREQUENCY_EXAMPLES.glob("frequency_dev*.jsonl")) + sorted(
    DATA.glob("frequency_holdout*.jsonl")
)
CONTRACT_SETS = [
    ("crisis_dev", "crisis", DATA / "crisis_dev.jsonl"),
    ("crisis_holdout", "crisis", DATA / "crisis_holdout.jsonl"),
    ("advice_dev", "advice", DATA / "advice_dev.jsonl"),
    *((path.stem, "frequency", path) for path in FREQUENCY_SETS),
    ("meds_dev", "meds", DATA / "meds_dev.jsonl"),
    ("meds_holdout", "meds", DATA / "meds_holdout.jsonl"),
]
MACRO_F1_TOLERANCE = 0.02
HELD_OUT_FRACTION = 0.2
HELD_OUT_METHOD = "seeded 80/20 split"
RASA = Path(sys.executable).with_name("rasa")
ENV = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}


def run(cmd: list[str]) -> int:
    print("$", " ".join(cmd), flush=True)
    with (RESULTS / "evaluate.log").open("a") as log:
        return subprocess.run(
            cmd, cwd=ROOT, env=ENV, stdout=log, stderr=subprocess.STDOUT
        ).returncode


def nlu_cross_validation(folds: int) -> dict[str, Any]:
    out = RESULTS / "nlu-cv"
    _rasa_seeded(
        "test", "nlu", "--nlu", "data/nlu", "--config", "config.yml",
        "--cross-validation", "--folds", str(folds), "--out", str(out),
    )  # fmt: skip
    return {"method": f"{folds}-fold cross-validation", "folds": folds, **_intent_scores(out)}


def nlu_held_out_split() -> dict[str, Any]:
    """One training instead of five: the split is seeded, so every run scores the same 20%."""
    split, out = RESULTS / "nlu-split", RESULTS / "nlu-test"
    _rasa_seeded(
        "data", "split", "nlu", "--nlu", "data/nlu", "--training-fraction",
        str(1 - HELD_OUT_FRACTION), "--random-seed", "42", "--out", str(split),
    )  # fmt: skip
    _rasa_seeded(
        "train", "nlu", "--nlu", str(split / "training_data.yml"), "--config", "config.yml",
        "--out", str(split), "--fixed-model-name", "nlu-split",
    )  # fmt: skip
    _rasa_seeded(
        "test", "nlu", "--model", str(split / "nlu-split.tar.gz"),
        "--nlu", str(split / "test_data.yml"), "--out", str(out),
    )  # fmt: skip
    return {"method": HELD_OUT_METHOD, **_intent_scores(out)}


def _rasa_seeded(*args: str) -> None:
    # same folds / same split every run (see scripts/seeded_rasa.py)
    if run([sys.executable, "-m", "scripts.seeded_rasa", *args]):
        raise SystemExit(f"rasa {' '.join(args[:2])} failed (see {RESULTS / 'evaluate.log'})")


def _intent_scores(out: Path) -> dict[str, Any]:
    report = json.loads((out / "intent_report.json").read_text())
    intents = {
        name: {k: round(v, 4) if isinstance(v, float) else v for k, v in scores.items()}
        for name, scores in report.items()
        if isinstance(scores, dict) and name not in ("macro avg", "weighted avg", "micro avg")
    }
    errors_path = out / "intent_errors.json"
    confusions: dict[str, int] = {}
    if errors_path.exists():
        for err in json.loads(errors_path.read_text()):
            pair = f"{err['intent']} -> {err['intent_prediction']['name']}"
            confusions[pair] = confusions.get(pair, 0) + 1
    return {
        "accuracy": round(report.get("accuracy", 0.0), 4),
        "macro_f1": round(report["macro avg"]["f1-score"], 4),
        "weighted_f1": round(report["weighted avg"]["f1-score"], 4),
        "intents": intents,
        "confusions": dict(sorted(confusions.items(), key=lambda kv: -kv[1])),
    }


def test_stories() -> dict[str, Any]:
    out = RESULTS / "stories"
    code = run(
        [
            str(RASA),
            "test",
            "core",
            "--model",
            str(MODEL),
            "--stories",
            "tests/stories",
            "--out",
            str(out),
        ]
    )
    failed_file = out / "failed_test_stories.yml"
    failed = failed_file.read_text() if failed_file.exists() else ""
    n_failed = 0 if "None of the test stories failed" in failed else failed.count("- story:")
    report = json.loads((out / "story_report.json").read_text())
    return {
        "exit_code": code,
        "failed_stories": n_failed,
        "action_accuracy": round(report.get("accuracy", 0.0), 4),
    }


def contract() -> dict[str, Any]:
    results = {}
    with tempfile.TemporaryDirectory() as tmp, running_assistant(Path(tmp)) as bot:
        parse = http_parser(bot.url)
        for name, kind, path in CONTRACT_SETS:
            results[name] = {"kind": kind, **SCORERS[kind](parse, load(path))}
    return results


def regressions(now: dict[str, Any], base: dict[str, Any]) -> list[str]:
    problems = []
    for name, result in now["contract"].items():
        before = base.get("contract", {}).get(name, {})
        recall_before = before.get("recall") if result["kind"] == "crisis" else None
        if recall_before is not None and (result["recall"] or 0) < recall_before:
            problems.append(
                f"safety recall on {name} dropped: {recall_before} -> {result['recall']} "
                "(any drop fails)"
            )
        exact_before = before.get("exact_match") if result["kind"] == "meds" else None
        if exact_before is not None and result["exact_match"] < exact_before - MACRO_F1_TOLERANCE:
            problems.append(
                f"medication exact match on {name} dropped by more than "
                f"{MACRO_F1_TOLERANCE}: {exact_before} -> {result['exact_match']}"
            )
    before_f1 = base.get("nlu", {}).get("macro_f1")
    if _nlu_method(base) != now["nlu"]["method"]:
        before_f1 = None  # figures from another method do not compare
    if before_f1 is not None and now["nlu"]["macro_f1"] < before_f1 - MACRO_F1_TOLERANCE:
        problems.append(
            f"NLU macro-F1 dropped by more than {MACRO_F1_TOLERANCE}: "
            f"{before_f1} -> {now['nlu']['macro_f1']}"
        )
    if now["stories"]["failed_stories"]:
        problems.append(
            f"{now['stories']['failed_stories']} test stories failed "
            "(results/stories/failed_test_stories.yml)"
        )
    return problems


def _nlu_method(evaluation: dict[str, Any]) -> str | None:
    nlu = evaluation.get("nlu")
    if not nlu:
        return None
    return nlu.get("method") or f"{nlu.get('folds')}-fold cross-validation"


def _delta(now: float | None, before: float | None) -> str:
    if now is None or before is None:
        return ""
    diff = now - before
    return "" if abs(diff) < 0.00005 else f" ({'+' if diff > 0 else ''}{diff:.4f})"


def markdown(now: dict[str, Any], base: dict[str, Any], problems: list[str]) -> str:
    lines = ["# Evaluation report", ""]
    lines += ["**Result: " + ("FAILED**" if problems else "passed**"), ""]
    lines += [f"- {p}" for p in problems] + ([""] if problems else [])
    lines += [
        "## Safety (crisis sets)",
        "",
        "| set | positives | negatives | recall | specificity | category accuracy |",
        "|---|---|---|---|---|---|",
    ]
    bc = base.get("contract", {})
    for name, r in now["contract"].items():
        if r["kind"] != "crisis":
            continue
        b = bc.get(name, {})
        lines.append(
            f"| {name} | {r['positives']} | {r['negatives']} | "
            f"{r['recall']}{_delta(r['recall'], b.get('recall'))} | "
            f"{r['specificity']}{_delta(r['specificity'], b.get('specificity'))} | "
            f"{r['category_accuracy']} |"
        )
    missed = [m for r in now["contract"].values() if r["kind"] == "crisis" for m in r["misses"]]
    if missed:
        lines += ["", "Crisis misses and false alarms:", ""]
        lines += [f'- {m["kind"]}: {m["id"]} "{m["text"]}"' for m in missed]
    lines += ["", "## Advice and answers", "", "| set | figures |", "|---|---|"]
    for name, r in now["contract"].items():
        if r["kind"] == "crisis":
            continue
        b = bc.get(name, {})
        figures = ", ".join(
            f"{k} {v}{_delta(v, b.get(k))}" for k, v in r.items() if k not in ("kind", "misses")
        )
        lines.append(f"| {name} | {figures} |")
    nlu, bn = now["nlu"], base.get("nlu", {})
    not_comparable = bool(bn) and _nlu_method(base) != nlu["method"]
    if not_comparable:
        bn = {}
    lines += [
        "",
        f"## Intents ({nlu['method']})",
        "",
        *(
            [
                f"(The baseline's intent figures come from {_nlu_method(base)} and are not "
                "compared: `make evaluate-accept` to compare from now on.)",
                "",
            ]
            if not_comparable
            else []
        ),
        f"Macro-F1 {nlu['macro_f1']}{_delta(nlu['macro_f1'], bn.get('macro_f1'))}, "
        f"accuracy {nlu['accuracy']}{_delta(nlu['accuracy'], bn.get('accuracy'))}.",
        "",
        "| intent | precision | recall | F1 | support | change in F1 |",
        "|---|---|---|---|---|---|",
    ]
    for name, s in sorted(nlu["intents"].items(), key=lambda kv: kv[1]["f1-score"]):
        before = bn.get("intents", {}).get(name, {}).get("f1-score")
        lines.append(
            f"| {name} | {s['precision']} | {s['recall']} | {s['f1-score']} | "
            f"{s['support']} | {_delta(s['f1-score'], before).strip(' ()') or '-'} |"
        )
    if nlu["confusions"]:
        lines += ["", "Most frequent confusions (true -> predicted):", ""]
        lines += [f"- {pair}: {n}" for pair, n in list(nlu["confusions"].items())[:15]]
    st = now["stories"]
    lines += [
        "",
        "## Test stories",
        "",
        f"{st['failed_stories']} failed; action accuracy {st['action_accuracy']}.",
        "",
    ]
    if not base:
        lines += ["(No baseline yet: run `make evaluate-accept` to keep this one.)", ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--folds", type=int, help="N-fold cross-validation instead of the seeded 80/20 split"
    )
    parser.add_argument(
        "--accept", action="store_true", help="make the latest evaluation the baseline and stop"
    )
    args = parser.parse_args()
    REPORTS.mkdir(exist_ok=True)
    if args.accept:
        if not LATEST.exists():
            print("no evaluation yet: run `make evaluate` first", file=sys.stderr)
            return 1
        BASELINE.write_text(LATEST.read_text())
        print(f"{BASELINE.relative_to(ROOT)} now holds the latest evaluation")
        return 0
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "evaluate.log").write_text("")
    now = {
        "nlu": nlu_cross_validation(args.folds) if args.folds else nlu_held_out_split(),
        "stories": test_stories(),
        "contract": contract(),
    }
    base = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    problems = regressions(now, base)
    LATEST.write_text(json.dumps(now, indent=2) + "\n")
    report = markdown(now, base, problems)
    (REPORTS / "evaluation.md").write_text(report + "\n")
    print(report)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
