"""SQLAlchemy engines for the intake records and (through bot/rasa_tracker_store.py) Rasa's
tracker store: one place that says how each database is connected to.

- hide_parameters: a database error's log line never carries the values being written
  (answers, the patient's words).
- SQLite (the embedded default): a pool of open connections instead of SQLAlchemy 1.4's
  default of opening the file afresh for every session (NullPool), which cost a connect and
  the pragmas on every query: about a tenth of the action server's time per turn. WAL
  journal, so readers (the CLI, the practitioner page) never block the bot and a commit
  writes once instead of twice; synchronous stays FULL (SQLite's default), so a committed
  answer survives a power cut too.
- PostgreSQL: pool_pre_ping, so dead connections after a database restart are replaced
  before use.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.pool import QueuePool


def is_sqlite(url: str | URL) -> bool:
    return bool(make_url(url).get_backend_name() == "sqlite")


def _sqlite_file(url: str | URL) -> str | None:
    database = make_url(url).database
    return database if database and database != ":memory:" else None


def sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def engine_options(url: str | URL) -> dict[str, Any]:
    """create_engine() keyword arguments for `url` (beyond the URL itself)."""
    if is_sqlite(url) and _sqlite_file(url):
        # Pooled connections move between threads (the servers run some store calls in an
        # executor); the pool hands each to one thread at a time.
        return {
            "hide_parameters": True,
            "poolclass": QueuePool,
            "connect_args": {"timeout": 30, "check_same_thread": False},
        }
    if is_sqlite(url):
        return {"hide_parameters": True}  # in memory: SQLAlchemy's one-connection pool
    return {"hide_parameters": True, "pool_pre_ping": True}


def make_engine(url: str | URL, **extra: Any) -> Engine:
    """An engine with the options above; `extra` adds to them or overrides them (Rasa's
    tracker store passes future=False and its PostgreSQL pool sizes)."""
    database = _sqlite_file(url) if is_sqlite(url) else None
    if database:
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, **{"future": True, **engine_options(url), **extra})
    if is_sqlite(url):
        event.listen(engine, "connect", sqlite_pragmas)
    return engine
