"""`make validate`: Rasa's data validation with every warning treated as an error.

Rasa's validator warns about any response that no story or rule names, and has no way to
declare that a custom action sends it (the intake engine sends most responses by name from
bot/intake.py). So this runs `rasa data validate` and fails on every warning, except that
one warning for responses that the code provably sends. A response used nowhere still fails.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UNUSED = re.compile(r"The utterance '(\w+)' is not used in any story or rule")


def responses_sent_by_code() -> set[str]:
    names: set[str] = set()
    for folder in ("bot", "actions"):
        for path in (ROOT / folder).rglob("*.py"):
            names |= set(re.findall(r"[\"'](utter_\w+)[\"']", path.read_text(encoding="utf-8")))
    return names | {"utter_default"}  # sent by Rasa's own action_default_fallback


def main() -> int:
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
        print("rasa data validate failed (see above)")
        return 1
    if problems:
        print("Training data problems (fix these, then run `make validate` again):")
        for p in problems:
            print(f"  - {p}")
        return 1
    print(f"data valid: no warnings ({len(sent)} responses are sent by the intake engine)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
