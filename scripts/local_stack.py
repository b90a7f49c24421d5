"""Start the trained Rasa server and the action server as real processes on free ports.

Used by the integration tests and the benchmark; `make run` uses scripts/run.sh instead.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "intake.tar.gz"
BIN = Path(sys.executable).parent


# Button taps that answer the medicines questions with "none" and confirm the empty list
# (tests and the benchmark that are about other parts of the intake walk past them).
NO_MEDICINES = (
    '/inform{"choice":"meds:prescriptions=none"}',
    '/inform{"choice":"meds:supplements=none"}',
    '/affirm{"choice":"meds:confirm=yes"}',
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Assistant:
    url: str
    port: int
    data_dir: Path
    env: dict[str, str]
    _conn: http.client.HTTPConnection | None = field(default=None, repr=False)

    def send(self, sender: str, message: str) -> list[dict[str, object]]:
        """One patient message over the REST channel, on a kept-alive connection."""
        if self._conn is None:
            self._conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        body = json.dumps({"sender": sender, "message": message})
        self._conn.request(
            "POST", "/webhooks/rest/webhook", body, {"Content-Type": "application/json"}
        )
        resp = self._conn.getresponse()
        data = resp.read()
        if resp.status != 200:
            raise RuntimeError(f"HTTP {resp.status}: {data[:200]!r}")
        result: list[dict[str, object]] = json.loads(data)
        return result

    def tracker_sessions(self, sender: str) -> list[list[dict[str, object]]]:
        """The conversation's events (Rasa HTTP API), split at each session start."""
        with urllib.request.urlopen(f"{self.url}/conversations/{sender}/tracker") as resp:
            events = json.loads(resp.read())["events"]
        sessions: list[list[dict[str, object]]] = [[]]
        for event in events:
            if event["event"] == "session_started":
                sessions.append([])
            sessions[-1].append(event)
        return [s for s in sessions if s]

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


@contextmanager
def running_assistant(
    data_dir: Path,
    extra_env: dict[str, str] | None = None,
    rasa_args: Sequence[str] = (),
) -> Iterator[Assistant]:
    """Rasa + action server; `rasa_args` go to `rasa run` (e.g. ["--cors", "*"])."""
    if not MODEL.exists():
        raise RuntimeError("no trained model: run `make train` first")
    rasa_port, actions_port = free_port(), free_port()
    env = {
        **os.environ,
        "RASA_TELEMETRY_ENABLED": "false",
        "INTAKE_DATA_DIR": str(data_dir),
        "RASA_TRACKER_DB": str(data_dir / "rasa_tracker.db"),
        "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{actions_port}/webhook",
        **(extra_env or {}),
    }
    logs = data_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    commands = {
        "actions": [
            str(BIN / "rasa"),
            "run",
            "actions",
            "--actions",
            "actions",
            "--port",
            str(actions_port),
        ],
        "rasa": [
            str(BIN / "rasa"),
            "run",
            "--model",
            str(MODEL),
            "--endpoints",
            "endpoints.yml",
            "--credentials",
            "credentials.yml",
            "--enable-api",
            "--interface",
            "127.0.0.1",
            "--port",
            str(rasa_port),
            *rasa_args,
        ],
    }
    procs = [
        subprocess.Popen(
            cmd,
            cwd=ROOT,
            env=env,
            stdout=(logs / f"{name}.log").open("wb"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        for name, cmd in commands.items()
    ]
    url = f"http://127.0.0.1:{rasa_port}"
    try:
        _wait_until_up([f"http://127.0.0.1:{actions_port}/health", f"{url}/status"], procs, 180)
        yield Assistant(url, rasa_port, data_dir, env)
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
