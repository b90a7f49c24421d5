"""Several processes that start at once on one PostgreSQL database all migrate it safely."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

INTAKE = str(Path(sys.executable).parent / "intake")


def test_four_processes_upgrading_a_new_database_at_once_all_succeed(fresh_pg_url: str) -> None:
    env = {**os.environ, "INTAKE_DB_URL": fresh_pg_url}
    procs = [
        subprocess.Popen(
            [INTAKE, "db", "upgrade"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for _ in range(4)
    ]
    results = [(p.wait(timeout=120), p.stderr.read().decode()[-500:]) for p in procs]  # type: ignore[union-attr]
    assert [code for code, _ in results] == [0, 0, 0, 0], results
    engine = sa.create_engine(fresh_pg_url, future=True)
    with engine.connect() as conn:
        versions = conn.execute(sa.text("SELECT count(*) FROM alembic_version")).scalar_one()
    engine.dispose()
    assert versions == 1
