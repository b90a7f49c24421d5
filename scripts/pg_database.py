"""Create (or drop) a PostgreSQL database for the scale-out profile and the tests that use it.

    python -m scripts.pg_database create URL     create the URL's database if it is missing
    python -m scripts.pg_database drop URL       drop it (tests only: every row is lost)

URL is an SQLAlchemy URL such as postgresql+psycopg2://postgres@127.0.0.1:5432/intake; the
statements run on the server's `postgres` maintenance database.
"""

from __future__ import annotations

import re
import sys

import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url

_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


def _maintenance(url: str) -> tuple[Engine, str]:
    parsed = make_url(url)
    name = parsed.database or ""
    if not _NAME_RE.match(name):
        raise ValueError(f"database name {name!r}: use letters, digits and _ only")
    engine = sa.create_engine(
        parsed.set(database="postgres"), isolation_level="AUTOCOMMIT", future=True
    )
    return engine, name


def create_database(url: str) -> bool:
    """Create the database named in `url` unless it exists; True when it was created."""
    engine, name = _maintenance(url)
    try:
        with engine.connect() as conn:
            exists = conn.execute(
                sa.text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
            ).first()
            if exists:
                return False
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
            return True
    finally:
        engine.dispose()


def drop_database(url: str) -> None:
    """Drop the database named in `url` (closing its other connections first)."""
    engine, name = _maintenance(url)
    try:
        with engine.connect() as conn:
            conn.execute(
                sa.text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :n AND pid <> pg_backend_pid()"
                ),
                {"n": name},
            )
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
    finally:
        engine.dispose()


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("create", "drop"):
        print(__doc__, file=sys.stderr)
        return 2
    action, url = argv
    if action == "create":
        created = create_database(url)
        print(f"database {make_url(url).database} {'created' if created else 'exists'}")
    else:
        drop_database(url)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
