"""How the databases are connected to (bot/store/engines.py)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from sqlalchemy.pool import QueuePool

from bot.store.engines import engine_options, make_engine


def test_sqlite_file_keeps_connections_open_and_uses_wal(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'sub' / 'intake.db'}")
    try:
        assert isinstance(engine.pool, QueuePool)  # not reopened for every query
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            # FULL (2): a committed answer survives a power cut, not only a crash
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2
        with engine.connect() as conn:
            first = conn.connection.dbapi_connection
        with engine.connect() as conn:
            assert conn.connection.dbapi_connection is first
    finally:
        engine.dispose()


def test_in_memory_sqlite_keeps_sqlalchemys_single_connection() -> None:
    # a pool of separate in-memory databases would lose the schema between sessions
    assert "poolclass" not in engine_options("sqlite://")
    assert "poolclass" not in engine_options("sqlite:///:memory:")


def test_every_engine_hides_parameters_and_postgres_checks_connections() -> None:
    for url in ("sqlite:///x.db", "sqlite://", "postgresql+psycopg2://u@h/db"):
        assert engine_options(url)["hide_parameters"] is True
    assert engine_options("postgresql+psycopg2://u@h/db")["pool_pre_ping"] is True
