"""Rasa Open Source is frozen on Python 3.10: the core must not depend on it.

Only the Rasa wiring imports Rasa: the NLU components (bot/nlu), the action server
(actions/), the server plug-ins that Rasa loads by class name (three input channels, the
lock and tracker stores) and the turn guard and eraser those channels share. Everything else
in bot/ must import without Rasa installed.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RASA_WIRING = {
    "bot/channels/rest_input.py",  # credentials.yml: the REST channel behind a body check
    "bot/channels/telegram_input.py",  # credentials.yml: the Telegram channel
    "bot/channels/socketio_input.py",  # credentials.yml: the web chat's socket.io channel
    "bot/channels/turn_guard.py",  # the three channels: a reply for a turn that got none
    "bot/channels/rasa_erasure.py",  # the three channels: erase a patient under the lock
    "bot/rasa_lock_store.py",  # endpoints.scaled.yml: Redis lock store with atomic tickets
    "bot/rasa_tracker_store.py",  # endpoints files: Rasa's SQL tracker store, private logs
}


def _imports_rasa(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        if any(n.split(".")[0] in ("rasa", "rasa_sdk") for n in names):
            return True
    return False


def test_only_the_rasa_wiring_imports_rasa() -> None:
    importing = {
        str(p.relative_to(ROOT))
        for p in (ROOT / "bot").rglob("*.py")
        if "nlu" not in p.relative_to(ROOT / "bot").parts[:1] and _imports_rasa(p)
    }
    assert importing == RASA_WIRING


def test_the_wiring_modules_are_thin() -> None:
    for name in RASA_WIRING:
        lines = (ROOT / name).read_text(encoding="utf-8").splitlines()
        assert len(lines) < 250, f"{name} holds logic that belongs in a Rasa-free module"
