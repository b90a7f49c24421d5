"""`make validate`: Rasa's data validation (every warning an error), then the project's checks.

1. `rasa data validate`, failing on every warning but one: Rasa warns about any response that
   no story or rule names, and has no way to declare that a custom action sends it (the intake
   engine sends most responses by name from bot/intake.py). That warning is dropped for
   responses the code provably sends; a response used nowhere still fails.
2. The project's own checks (bot/trainer_checks.py): instrument files, training examples per
   intent, no advice in bot texts, names in stories and rules, responses the code sends.

Every problem is printed, grouped by check, and the exit status is 1 if there is any.
Run from the project root: `.venv/bin/python scripts/validate_data.py` (or `make validate`).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a plain script: make `bot` importable from the root
    sys.path.insert(0, str(ROOT))

from bot.trainer_checks import (  # noqa: E402
    RESPONSES_SENT_BY_RASA,
    responses_named_in_code,
    run_all,
)

UNUSED = re.compile(r"The utterance '(\w+)' is not used in any story or rule")
RASA_TITLE = "Rasa data validation (rasa data validate)"


def responses_sent_by_code() -> set[str]:
    return set(responses_named_in_code(ROOT)) | RESPONSES_SENT_BY_RASA


def rasa_problems() -> list[str]:
    """`rasa data validate`'s warnings and errors, minus responses the code sends."""
    rasa = Path(sys.executable).with_name("rasa")
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}
    proc = subprocess.run(
        [
            str(rasa),
            "data",
            "validate",
            "--domain",
            "domain.yml",
            "--data",
            "data",
            "--config",
            "config.yml",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    output = proc.stdout + proc.stderr
    sent = responses_sent_by_code()
    problems = []
    for line in output.splitlines():
        if "UserWarning" not in line or "site-packages/rasa" not in line:
            continue
        unused = UNUSED.search(line)
        if unused and unused.group(1) in sent:
            continue
        problems.append(line.split("UserWarning:", 1)[-1].strip())
    if proc.returncode != 0:
        print(output)
        problems.append("rasa data validate failed: its output is printed above.")
    return problems


def report(results: dict[str, list[str]]) -> str:
    """The problems grouped by check, each wrapped to a readable width."""
    lines = []
    for title, problems in results.items():
        if not problems:
            lines.append(f"ok    {title}")
            continue
        lines.append(f"FAIL  {title}: {len(problems)} problem(s)")
        for problem in problems:
            lines.append(
                textwrap.fill(problem, width=100, initial_indent="  - ", subsequent_indent="    ")
            )
    return "\n".join(lines)


def main() -> int:
    results = {RASA_TITLE: rasa_problems(), **run_all(ROOT)}
    print(report(results))
    failed = sum(len(p) for p in results.values())
    if failed:
        print(
            f"\n{failed} problem(s). Fix them, then run `make validate` again "
            "(docs/TRAINING.md explains each check)."
        )
        return 1
    print(
        f"\ndata valid: no problems ({len(responses_sent_by_code())} responses are sent "
        "by the intake engine)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
