"""What every way of starting the assistant promises: telemetry off, action servers on
loopback, the scaled profile's API behind a token on shared PostgreSQL and Redis."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from scripts.local_stack import _base_env

ROOT = Path(__file__).resolve().parents[2]
RUN_SCRIPTS = ["scripts/run.sh", "scripts/run_scaled.sh"]


@pytest.mark.parametrize("script", RUN_SCRIPTS)
def test_run_scripts_switch_telemetry_off_and_keep_action_servers_on_loopback(
    script: str,
) -> None:
    text = (ROOT / script).read_text()
    first_rasa = text.index('"$BIN/rasa"')
    assert text.index("export RASA_TELEMETRY_ENABLED=false") < first_rasa
    assert text.index("export SANIC_HOST=127.0.0.1") < first_rasa


def test_makefile_and_test_stack_switch_telemetry_off() -> None:
    assert "export RASA_TELEMETRY_ENABLED := false" in (ROOT / "Makefile").read_text()
    env = _base_env(Path("/tmp/x"), {"RASA_TELEMETRY_ENABLED": "true"})
    assert env["RASA_TELEMETRY_ENABLED"] == "false" and env["SANIC_HOST"] == "127.0.0.1"


def test_scaled_profile_always_requires_the_api_token() -> None:
    text = (ROOT / "scripts/run_scaled.sh").read_text()
    assert '--auth-token "$RASA_AUTH_TOKEN"' in text and "umask 077" in text


def test_scaled_endpoints_use_postgresql_and_redis_from_the_environment() -> None:
    endpoints = yaml.safe_load((ROOT / "endpoints.scaled.yml").read_text())
    tracker, lock = endpoints["tracker_store"], endpoints["lock_store"]
    lock_type = "bot.rasa_lock_store.AtomicRedisLockStore"
    tracker_type = "bot.rasa_tracker_store.PrivateSQLTrackerStore"  # Rasa's SQL store, private
    assert (tracker["type"], tracker["dialect"], lock["type"]) == (
        tracker_type,
        "postgresql",
        lock_type,
    )
    for value in (*tracker.values(), *lock.values()):
        assert value in (tracker_type, "postgresql", lock_type) or str(value).startswith("${")


def test_both_profiles_use_the_private_sql_tracker_store() -> None:
    for name in ("endpoints.yml", "endpoints.scaled.yml"):
        tracker = yaml.safe_load((ROOT / name).read_text())["tracker_store"]
        assert tracker["type"] == "bot.rasa_tracker_store.PrivateSQLTrackerStore", name


def test_rest_channel_is_the_checked_one() -> None:
    credentials = yaml.safe_load((ROOT / "credentials.yml").read_text())
    assert "rest" not in credentials  # Rasa's own channel would answer 500 on bad bodies
    assert "bot.channels.rest_input.ValidatingRestInput" in credentials
