"""Start the trained Rasa server and the action server as real processes on free ports.

`running_assistant`: the embedded default (one Rasa, one action server, SQLite files).
`running_scaled`: the scale-out profile (N Rasa processes, M action servers, one PostgreSQL
database and one Redis lock store, endpoints.scaled.yml, the HTTP API behind a token).
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
    env: dict[str, str] = field(repr=False)
    token: str | None = field(
        default=None, repr=False
    )  # the Rasa HTTP API's --auth-token, when it has one
    processes: ProcessGroup | None = field(default=None, repr=False)  # to kill and restart
    _conn: http.client.HTTPConnection | None = field(default=None, repr=False)

    def post_raw(
        self, path: str, body: bytes, content_type: str = "application/json"
    ) -> tuple[int, bytes]:
        """POST any bytes (a fresh connection each time); the status and the body."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        try:
            conn.request("POST", path, body, {"Content-Type": content_type})
            resp = conn.getresponse()
            return resp.status, resp.read()
        finally:
            conn.close()

    def send(self, sender: str, message: str) -> list[dict[str, object]]:
        """One patient message over the REST channel, on a kept-alive connection. A kept-alive
        connection the server closed (it restarted) is replaced and the message sent on the
        new one, as HTTP clients do; any other failure is raised."""
        body = json.dumps({"sender": sender, "message": message})
        reused = self._conn is not None
        try:
            status, data = self._post_kept_alive(body)
        except (BrokenPipeError, ConnectionResetError, http.client.RemoteDisconnected):
            if not reused:
                raise
            status, data = self._post_kept_alive(body)
        if status != 200:
            raise RuntimeError(f"HTTP {status}: {data[:200]!r}")
        result: list[dict[str, object]] = json.loads(data)
        return result

    def _post_kept_alive(self, body: str) -> tuple[int, bytes]:
        if self._conn is None:
            self._conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            self._conn.request(
                "POST", "/webhooks/rest/webhook", body, {"Content-Type": "application/json"}
            )
            resp = self._conn.getresponse()
            return resp.status, resp.read()
        except (OSError, http.client.HTTPException):
            self._conn.close()
            self._conn = None  # the next message opens a new connection
            raise

    def tracker_sessions(self, sender: str) -> list[list[dict[str, object]]]:
        """The conversation's events (Rasa HTTP API), split at each session start."""
        query = f"?token={self.token}" if self.token else ""
        with urllib.request.urlopen(f"{self.url}/conversations/{sender}/tracker{query}") as resp:
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


def _actions_command(port: int) -> list[str]:
    return [str(BIN / "rasa"), "run", "actions", "--actions", "actions", "--port", str(port)]


def _rasa_command(port: int, endpoints: str, token: str | None = None) -> list[str]:
    command = [
        str(BIN / "rasa"),
        "run",
        "--model",
        str(MODEL),
        "--endpoints",
        endpoints,
        "--credentials",
        "credentials.yml",
        "--enable-api",
        "--interface",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    return command + (["--auth-token", token] if token else [])


def _base_env(data_dir: Path, extra_env: dict[str, str] | None, **defaults: str) -> dict[str, str]:
    """The processes' environment: defaults, then extra_env; telemetry off whatever they say."""
    return {
        **os.environ,
        "SANIC_HOST": "127.0.0.1",  # the action server listens on this machine only
        "INTAKE_DATA_DIR": str(data_dir),
        "RASA_TRACKER_DB": str(data_dir / "rasa_tracker.db"),
        **defaults,
        **(extra_env or {}),
        "RASA_TELEMETRY_ENABLED": "false",  # health data never leaves the machine
    }


class ProcessGroup:
    """Named server processes (logs in data_dir/logs/NAME.log), each in its own process group,
    that the fault tests can kill (-9) and start again on the same port."""

    def __init__(
        self,
        data_dir: Path,
        commands: dict[str, tuple[list[str], dict[str, str]]],
        health: dict[str, str],
        cwd: Path = ROOT,
    ) -> None:
        self.cwd = cwd
        self.logs = data_dir / "logs"
        self.logs.mkdir(parents=True, exist_ok=True)
        self.commands = commands
        self.health = health  # name -> URL that answers 200 once it is up
        self.procs: dict[str, subprocess.Popen[bytes]] = {}

    def start(self, name: str) -> None:
        command, env = self.commands[name]
        self.procs[name] = subprocess.Popen(
            command,
            cwd=self.cwd,
            env=env,
            stdout=(self.logs / f"{name}.log").open("ab"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    @property
    def pids(self) -> dict[str, int]:
        """Process name -> pid (the benchmark samples their memory and CPU time)."""
        return {name: proc.pid for name, proc in self.procs.items()}

    def wait_up(self, names: Sequence[str], timeout: float = 300) -> None:
        _wait_until_up([self.health[n] for n in names], [self.procs[n] for n in names], timeout)

    def kill(self, name: str, sig: int = signal.SIGKILL) -> None:
        """Kill the process (and anything it started) at once; wait until it is gone."""
        proc = self.procs[name]
        if proc.poll() is None:
            os.killpg(proc.pid, sig)
        proc.wait(timeout=30)

    def restart(self, name: str, timeout: float = 300) -> None:
        self.start(name)
        self.wait_up([name], timeout)

    def stop_all(self) -> None:
        for p in self.procs.values():
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
        for p in self.procs.values():
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)


@contextmanager
def _processes(
    data_dir: Path,
    commands: dict[str, tuple[list[str], dict[str, str]]],
    health: dict[str, str],
    cwd: Path = ROOT,
) -> Iterator[ProcessGroup]:
    """Start each named command (in `cwd`); stop all on exit."""
    group = ProcessGroup(data_dir, commands, health, cwd)
    try:
        for name in commands:
            group.start(name)
        group.wait_up(list(health))
        yield group
    finally:
        group.stop_all()


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
    env = _base_env(
        data_dir, extra_env, ACTION_ENDPOINT_URL=f"http://127.0.0.1:{actions_port}/webhook"
    )
    token = env.get("RASA_AUTH_TOKEN") or None
    commands = {
        "actions": (_actions_command(actions_port), env),
        "rasa": ([*_rasa_command(rasa_port, "endpoints.yml", token), *rasa_args], env),
    }
    url = f"http://127.0.0.1:{rasa_port}"
    status = f"{url}/status" + (f"?token={token}" if token else "")
    health = {"actions": f"http://127.0.0.1:{actions_port}/health", "rasa": status}
    with _processes(data_dir, commands, health) as group:
        yield Assistant(url, rasa_port, data_dir, env, token, processes=group)


@dataclass(frozen=True)
class ScaledServices:
    """Where the scale-out profile keeps its state: a PostgreSQL database and a Redis db."""

    pg_url: str  # postgresql+psycopg2://user[:password]@host:port/db
    redis_host: str = "127.0.0.1"
    redis_port: int = 6379
    redis_db: int = 0
    redis_key_prefix: str = "intake"

    def env(self) -> dict[str, str]:
        from sqlalchemy.engine import make_url

        url = make_url(self.pg_url)
        return {
            "POSTGRES_HOST": str(url.host or "127.0.0.1"),
            "POSTGRES_PORT": str(url.port or 5432),
            "POSTGRES_DB": str(url.database),
            "POSTGRES_USER": str(url.username or "postgres"),
            "POSTGRES_PASSWORD": str(url.password or ""),
            "REDIS_HOST": self.redis_host,
            "REDIS_PORT": str(self.redis_port),
            "REDIS_DB": str(self.redis_db),
            "REDIS_KEY_PREFIX": self.redis_key_prefix,
            "INTAKE_DB_URL": self.pg_url,
            "RASA_TRACKER_DB_URL": self.pg_url,
        }


@dataclass
class ScaledStack:
    rasa: list[Assistant]  # one per Rasa process, all on the same state
    action_urls: list[str]
    token: str
    env: dict[str, str]
    processes: ProcessGroup  # "actions0".., "rasa0"..


@contextmanager
def running_scaled(
    data_dir: Path,
    services: ScaledServices,
    *,
    rasa_count: int = 2,
    action_count: int = 2,
    token: str = "test-token",
    extra_env: dict[str, str] | None = None,
) -> Iterator[ScaledStack]:
    """N Rasa processes (Rasa i uses action server i mod M) on endpoints.scaled.yml.

    The database must exist (scripts/pg_database.py); its schema is upgraded here once, before
    any process starts, as scripts/run_scaled.sh does.
    """
    if not MODEL.exists():
        raise RuntimeError("no trained model: run `make train` first")
    env = _base_env(
        data_dir,
        extra_env,
        **services.env(),
        RASA_AUTH_TOKEN=token,
        TICKET_LOCK_LIFETIME="15",  # as scripts/run_scaled.sh: a killed process's ticket
    )
    upgrade = subprocess.run(
        [str(BIN / "intake"), "db", "upgrade"], env=env, capture_output=True, text=True
    )
    if upgrade.returncode != 0:
        raise RuntimeError(f"intake db upgrade failed: {upgrade.stderr[-2000:]}")
    action_ports = [free_port() for _ in range(action_count)]
    rasa_ports = [free_port() for _ in range(rasa_count)]
    action_urls = [f"http://127.0.0.1:{p}/webhook" for p in action_ports]
    commands: dict[str, tuple[list[str], dict[str, str]]] = {
        f"actions{i}": (_actions_command(port), env) for i, port in enumerate(action_ports)
    }
    for i, port in enumerate(rasa_ports):
        rasa_env = {**env, "ACTION_ENDPOINT_URL": action_urls[i % action_count]}
        commands[f"rasa{i}"] = (_rasa_command(port, "endpoints.scaled.yml", token), rasa_env)
    health = {f"actions{i}": f"http://127.0.0.1:{p}/health" for i, p in enumerate(action_ports)}
    health |= {
        f"rasa{i}": f"http://127.0.0.1:{p}/status?token={token}" for i, p in enumerate(rasa_ports)
    }
    with _processes(data_dir, commands, health) as group:
        yield ScaledStack(
            [
                Assistant(f"http://127.0.0.1:{p}", p, data_dir, env, token, processes=group)
                for p in rasa_ports
            ],
            action_urls,
            token,
            env,
            group,
        )
