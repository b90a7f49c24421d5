"""`intake summary` and `intake db upgrade` against a temporary database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot import cli
from bot.intake import IntakeEngine, Reply
from tests.fakes.telegram_api import FakeTelegramAPI, fake_telegram_fixture  # noqa: F401


@pytest.fixture
def db_env(engine: IntakeEngine, monkeypatch: pytest.MonkeyPatch) -> IntakeEngine:
    monkeypatch.setenv("INTAKE_DB_URL", engine.store.url)
    return engine


def test_summary_prints_the_latest_intake_as_json(
    db_env: IntakeEngine, capsys: pytest.CaptureFixture[str]
) -> None:
    begin = db_env.begin("patient-7", "rest")
    assert begin.intake is not None
    db_env.handle(begin.intake, Reply("yes"))
    assert cli.main(["summary", "patient-7"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["patient_ref"] == "patient-7" and data["status"] == "active"
    assert data["schema_version"] == "1.1"


def test_summary_list_and_unknown_sender(
    db_env: IntakeEngine, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["summary", "--list"]) == 0
    assert "no intakes yet" in capsys.readouterr().out
    db_env.begin("patient-8", "rest")
    assert cli.main(["summary", "--list"]) == 0
    assert "patient-8" in capsys.readouterr().out
    assert cli.main(["summary", "nobody"]) == 1
    assert "no intake for sender" in capsys.readouterr().err


def test_db_upgrade_creates_a_new_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INTAKE_DB_URL", f"sqlite:///{tmp_path / 'new' / 'intake.db'}")
    assert cli.main(["db", "upgrade"]) == 0
    assert (tmp_path / "new" / "intake.db").exists()


def test_telegram_command_without_a_token_says_what_to_set(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    assert cli.main(["telegram", "--polling"]) == 2
    assert "TELEGRAM_BOT_TOKEN" in capsys.readouterr().err


def test_telegram_set_webhook_registers_the_url_with_the_secret(
    fake_telegram: FakeTelegramAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", fake_telegram.token)
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", "s3cret")
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", fake_telegram.base_url)
    url = "https://clinic.example/webhooks/telegram/webhook"
    assert cli.main(["telegram", "--set-webhook", url]) == 0
    assert fake_telegram.webhook["url"] == url
    assert fake_telegram.webhook["secret_token"] == "s3cret"
    assert [c["command"] for c in fake_telegram.commands] == ["delete", "start", "stop"]
    assert all(c["description"] for c in fake_telegram.commands)
    assert fake_telegram.webhook["allowed_updates"] == [
        "message",
        "edited_message",
        "callback_query",
    ]


def test_telegram_command_with_a_rejected_token_fails_with_a_message(
    fake_telegram: FakeTelegramAPI,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "999:wrong-token")
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", "s3cret")
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", fake_telegram.base_url)
    assert cli.main(["telegram", "--set-webhook", "https://clinic.example/x"]) == 1
    err = capsys.readouterr().err
    assert "InvalidToken" in err and "wrong-token" not in err
