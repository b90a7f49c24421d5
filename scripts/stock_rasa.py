"""The benchmark's yardstick: the stock `rasa init` assistant, with its own default config.

Created and trained once in a folder under the system's temp directory (never in the project),
then reused by later runs while the Rasa version stays the same.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml

from scripts.local_stack import BIN, _processes, free_port

RASA_VERSION = "3.6.21"  # pyproject.toml's pin; a new Rasa gets a new folder and a new model


def stock_dir() -> Path:
    return Path(tempfile.gettempdir()) / f"intake-bench-stock-rasa-{RASA_VERSION}"


def _env() -> dict[str, str]:
    return {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}


def _rasa(args: list[str], cwd: Path) -> None:
    done = subprocess.run(
        [str(BIN / "rasa"), *args], cwd=cwd, env=_env(), capture_output=True, text=True
    )
    if done.returncode != 0:
        raise RuntimeError(f"rasa {' '.join(args)} failed:\n{done.stdout[-2000:]}")


def prepared_stock_assistant() -> Path:
    """The stock project's folder, created and trained when it is not there yet."""
    folder = stock_dir()
    if not (folder / "config.yml").exists():
        print(f"creating the stock assistant in {folder} (rasa init)", flush=True)
        folder.mkdir(parents=True, exist_ok=True)
        _rasa(["init", "--no-prompt", "--init-dir", str(folder)], cwd=folder)
    if not list((folder / "models").glob("*.tar.gz")):
        print("training the stock assistant (its default config)", flush=True)
        _rasa(["train"], cwd=folder)
    return folder


def stock_messages(folder: Path, turns: int) -> list[str]:
    """`turns` messages taken round-robin from the stock NLU data, one intent after another
    (greet, goodbye, affirm, ...), the k-th example of each intent on the k-th round."""
    nlu = yaml.safe_load((folder / "data" / "nlu.yml").read_text())["nlu"]
    examples = [
        [line[2:].strip() for line in item["examples"].splitlines() if line.startswith("- ")]
        for item in nlu
        if "intent" in item
    ]
    rounds = ([intent[k % len(intent)] for intent in examples] for k in itertools.count())
    return list(itertools.islice(itertools.chain.from_iterable(rounds), turns))


@contextmanager
def running_stock_assistant(folder: Path, data_dir: Path) -> Iterator[tuple[int, dict[str, int]]]:
    """`rasa run --enable-api` on the stock project (in-memory tracker store, its default);
    yields the port and the pid by name."""
    port = free_port()
    command = [
        str(BIN / "rasa"),
        *("run", "--enable-api", "--model", "models"),
        *("--interface", "127.0.0.1", "--port", str(port)),
    ]
    health = {"rasa": f"http://127.0.0.1:{port}/status"}
    with _processes(data_dir, {"rasa": (command, _env())}, health, cwd=folder) as group:
        yield port, group.pids
