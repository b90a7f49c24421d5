"""Rasa's SQL tracker store, made safe to log from and quick to recover after a database
restart: the `tracker_store` of both endpoints files.

Like bot/rasa_lock_store.py, a Rasa server component (loaded by Rasa by its module path), not
core logic. Two changes to Rasa's `SQLTrackerStore` engine, nothing else:
- `hide_parameters`: when the database fails mid-turn, Rasa logs the SQLAlchemy error, and
  SQLAlchemy puts the statement's parameters in it: the events' JSON, that is the patient's
  words. With this the log line says what failed and never what was being saved.
- `pool_pre_ping`: after a database restart the pooled connections are dead; each is checked
  before use and replaced, so the first turns after the restart do not fail.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs


class PrivateSQLTrackerStore(SQLTrackerStore):  # type: ignore[misc]  # Rasa is untyped here
    """Configured exactly like Rasa's `SQL` tracker store (dialect, url, db, username, ...)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # connects and creates the tables, as Rasa does
        rasas_engine: sa.engine.Engine = self.engine  # type: ignore[has-type]
        url = rasas_engine.url
        rasas_engine.dispose()
        self.engine = sa.create_engine(
            url, hide_parameters=True, pool_pre_ping=True, **create_engine_kwargs(url)
        )
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
