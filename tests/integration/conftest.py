"""One real Rasa server and action server for the integration tests (trained model needed),
with practitioner alerts going to a local fake of the Telegram Bot API over real HTTP; and
the scale-out profile (2 Rasa + 2 action servers on PostgreSQL and Redis), skipped with a
message where those servers are absent."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator

import pytest
import redis
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from scripts.local_stack import (
    Assistant,
    ScaledServices,
    ScaledStack,
    running_assistant,
    running_scaled,
)
from scripts.pg_database import create_database, drop_database
from tests.fakes.telegram_api import FakeTelegramAPI

PRACTITIONER_CHAT_ID = "4242"
# The patient-facing Telegram channel (bot/channels/telegram_input.py) shares the fake.
TELEGRAM_WEBHOOK_SECRET = "it-webhook-secret_1"
PSEUDONYM_KEY = "it-pseudonym-key"


@pytest.fixture(scope="session")
def telegram_api() -> Iterator[FakeTelegramAPI]:
    with FakeTelegramAPI() as fake:
        yield fake


@pytest.fixture(scope="session")
def assistant(
    tmp_path_factory: pytest.TempPathFactory, telegram_api: FakeTelegramAPI
) -> Iterator[Assistant]:
    env = {
        "TELEGRAM_BOT_TOKEN": telegram_api.token,
        "TELEGRAM_PRACTITIONER_CHAT_ID": PRACTITIONER_CHAT_ID,
        "TELEGRAM_API_BASE_URL": telegram_api.base_url,
        "TELEGRAM_WEBHOOK_SECRET": TELEGRAM_WEBHOOK_SECRET,
        "INTAKE_PSEUDONYM_KEY": PSEUDONYM_KEY,
        "INTAKE_ALERT_RETRY_SECONDS": "2",  # the action server's retry loop, fast for tests
    }
    with running_assistant(tmp_path_factory.mktemp("intake-data"), env) as running:
        yield running


# -- the scale-out profile: PostgreSQL and Redis on this machine --------------------------------

POSTGRES_ADMIN_URL = os.environ.get(
    "INTAKE_TEST_POSTGRES_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"
)
REDIS_HOST = os.environ.get("INTAKE_TEST_REDIS_HOST", "127.0.0.1")
REDIS_PORT = int(os.environ.get("INTAKE_TEST_REDIS_PORT", "6379"))


def _postgres_missing() -> str | None:
    try:
        engine = sa.create_engine(
            POSTGRES_ADMIN_URL, future=True, connect_args={"connect_timeout": 3}
        )
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
        engine.dispose()
    except Exception as e:  # any failure means: no usable server here
        return (
            f"PostgreSQL is not reachable at {POSTGRES_ADMIN_URL} ({type(e).__name__}); start it "
            "or set INTAKE_TEST_POSTGRES_URL (README: Scale-out)"
        )
    return None


def _redis_missing() -> str | None:
    try:
        redis.Redis(host=REDIS_HOST, port=REDIS_PORT, socket_timeout=3).ping()
    except Exception as e:
        return (
            f"Redis is not reachable at {REDIS_HOST}:{REDIS_PORT} ({type(e).__name__}); start it "
            "or set INTAKE_TEST_REDIS_HOST / INTAKE_TEST_REDIS_PORT (README: Scale-out)"
        )
    return None


@pytest.fixture(scope="session")
def scaled_services() -> Iterator[ScaledServices]:
    """A database `intake_test_<random>` and a Redis db with a unique key prefix, both removed
    afterwards (only this session's keys are deleted)."""
    missing = _postgres_missing() or _redis_missing()
    if missing:
        pytest.skip(missing)
    suffix = secrets.token_hex(4)
    pg_url = str(make_url(POSTGRES_ADMIN_URL).set(database=f"intake_test_{suffix}"))
    services = ScaledServices(
        pg_url,
        redis_host=REDIS_HOST,
        redis_port=REDIS_PORT,
        redis_db=secrets.randbelow(16),
        redis_key_prefix=f"intaketest{suffix}",
    )
    create_database(pg_url)
    try:
        yield services
    finally:
        drop_database(pg_url)
        client = redis.Redis(host=REDIS_HOST, port=REDIS_PORT, db=services.redis_db)
        for key in client.scan_iter(match=f"{services.redis_key_prefix}:*"):
            client.delete(key)


@pytest.fixture(scope="session")
def scaled(
    tmp_path_factory: pytest.TempPathFactory, scaled_services: ScaledServices
) -> Iterator[ScaledStack]:
    """Two Rasa processes and two action servers on one PostgreSQL database and one Redis."""
    with running_scaled(tmp_path_factory.mktemp("scaled-data"), scaled_services) as stack:
        yield stack


@pytest.fixture
def fresh_pg_url() -> Iterator[str]:
    """An empty PostgreSQL database of its own, dropped afterwards."""
    missing = _postgres_missing()
    if missing:
        pytest.skip(missing)
    url = str(make_url(POSTGRES_ADMIN_URL).set(database=f"intake_test_{secrets.token_hex(4)}"))
    create_database(url)
    try:
        yield url
    finally:
        drop_database(url)
