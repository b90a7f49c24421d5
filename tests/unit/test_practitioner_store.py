"""Migration 0003 and the practitioner store over a real (temporary) database."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from bot.store import IntakeStore
from bot.store.models import Base
from bot.store.practitioners import PractitionerStore
from bot.store.repository import ALEMBIC_INI

PRACTITIONER_TABLES = {"practitioners", "api_tokens", "audit_events", "ready_notices"}


def test_migrations_create_exactly_what_the_models_describe(store: IntakeStore) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    assert set(inspect(store.engine).get_table_names()) >= PRACTITIONER_TABLES


def test_migration_0003_downgrades_and_upgrades_again(store: IntakeStore) -> None:
    cfg = Config(str(ALEMBIC_INI))
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    assert not PRACTITIONER_TABLES & set(inspect(store.engine).get_table_names())
    store.upgrade()
    assert set(inspect(store.engine).get_table_names()) >= PRACTITIONER_TABLES


def test_failed_logins_count_only_since_the_last_success(store: IntakeStore) -> None:
    accounts = PractitionerStore(store.engine)
    since = datetime.now(timezone.utc) - timedelta(minutes=15)
    accounts.audit("drlee", "login_failed", "web", client="10.0.0.1")
    accounts.audit("drlee", "login_failed", "web", client="10.0.0.1")
    assert accounts.failed_logins(since, username="drlee") == 2
    accounts.audit("drlee", "login_ok", "web", client="10.0.0.1")
    accounts.audit("drlee", "login_failed", "web", client="10.0.0.2")
    assert accounts.failed_logins(since, username="drlee") == 1
    assert accounts.failed_logins(since, client="10.0.0.1") == 2  # per address: no reset
    later = datetime.now(timezone.utc) + timedelta(seconds=1)
    assert accounts.failed_logins(later, username="drlee") == 0
