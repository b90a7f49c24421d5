"""Starts the trained Rasa server and the action server as real processes on free ports.

Needs a trained model at models/intake.tar.gz (`make integration` trains first).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "intake.tar.gz"
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Assistant:
    url: str
    data_dir: Path
    env: dict[str, str]

    def send(self, sender: str, message: str) -> list[dict[str, object]]:
        body = json.dumps({"sender": sender, "message": message}).encode()
        req = urllib.request.Request(
            f"{self.url}/webhooks/rest/webhook",
            data=body,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=60) as resp:
            result: list[dict[str, object]] = json.loads(resp.read())
            return result

    def intake_cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(BIN / "intake"), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )


def _wait_until_up(urls: list[str], procs: list[subprocess.Popen[bytes]], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    pending = list(urls)
    while pending and time.monotonic() < deadline:
        for p in procs:
            if p.poll() is not None:
                raise RuntimeError(f"{p.args!r} exited with {p.returncode}")
        try:
            with urllib.request.urlopen(pending[0], timeout=2):
                pending.pop(0)
        except (urllib.error.URLError, OSError):
            time.sleep(0.5)
    if pending:
        raise RuntimeError(f"{pending[0]} did not answer within {timeout}s")


@pytest.fixture(scope="session")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    if not MODEL.exists():
        pytest.fail("no trained model: run `make train` (or `make integration`) first")
    data_dir = tmp_path_factory.mktemp("intake-data")
    rasa_port, actions_port = free_port(), free_port()
    env = {
        **os.environ,
        "RASA_TELEMETRY_ENABLED": "false",
        "INTAKE_DATA_DIR": str(data_dir),
        "RASA_TRACKER_DB": str(data_dir / "rasa_tracker.db"),
        "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{actions_port}/webhook",
    }
    logs = data_dir / "logs"
    logs.mkdir()
    procs = [
        subprocess.Popen(
            [
                str(BIN / "rasa"),
                "run",
                "actions",
                "--actions",
                "actions",
                "--port",
                str(actions_port),
            ],
            cwd=ROOT,
            env=env,
            stdout=(logs / "actions.log").open("wb"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        ),
        subprocess.Popen(
            [
                str(BIN / "rasa"),
                "run",
                "--model",
                str(MODEL),
                "--endpoints",
                "endpoints.yml",
                "--credentials",
                "credentials.yml",
                "--enable-api",
                "--port",
                str(rasa_port),
            ],
            cwd=ROOT,
            env=env,
            stdout=(logs / "rasa.log").open("wb"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        ),
    ]
    url = f"http://127.0.0.1:{rasa_port}"
    try:
        health = f"http://127.0.0.1:{actions_port}/health"
        _wait_until_up([health, f"{url}/status"], procs, timeout=180)
        yield Assistant(url, data_dir, env)
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
