"""Score the NLU contract (DESIGN.md) on the project's own labelled sets.

Starts the trained Rasa server (and the action server) on free ports and runs the shared
measuring script, ../shared/eval/nlu_eval.py (or --eval-script), against it:
crisis dev + hold-out, advice dev, frequency dev + hold-out, medications dev + hold-out.

usage: python -m scripts.eval_contract [--eval-script PATH] [--show-misses]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from scripts.local_stack import ROOT, running_assistant

DATA = ROOT / "tests" / "data"
SETS = [
    ("crisis", DATA / "crisis_dev.jsonl"),
    ("crisis", DATA / "crisis_holdout.jsonl"),
    ("advice", DATA / "advice_dev.jsonl"),
    ("frequency", ROOT / "bot" / "frequency_examples" / "frequency_dev.jsonl"),
    ("frequency", DATA / "frequency_holdout3.jsonl"),
    ("meds", DATA / "meds_dev.jsonl"),
    ("meds", DATA / "meds_holdout.jsonl"),
]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--eval-script", default=str(ROOT.parent / "shared/eval/nlu_eval.py"))
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    script = Path(args.eval_script)
    if not script.exists():
        print(f"no evaluation script at {script} (pass --eval-script)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp, running_assistant(Path(tmp)) as bot:
        for kind, path in SETS:
            print(f"== {path.name}")
            cmd = [sys.executable, str(script), "--url", bot.url, f"--{kind}", str(path)]
            if args.show_misses:
                cmd.append("--show-misses")
            subprocess.run(cmd, check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
