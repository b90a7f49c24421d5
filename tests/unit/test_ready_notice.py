"""The "intake ready" notice and alert links, against a local fake of the Telegram Bot API
(over real HTTP) and a real store filled through the intake engine."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.intake import IntakeEngine
from bot.notify import (
    FallbackNotifier,
    FileNotifier,
    TelegramNotifier,
    intake_link,
    practitioner_base_url,
    ready,
    urgent_flag_alert,
)
from bot.store import IntakeStore
from bot.store.notices import ReadyNoticeQueue
from tests.fakes.telegram_api import FakeTelegramAPI, fake_telegram_fixture  # noqa: F401
from tests.intakes import full_intake_with_flag, mild_intake, run_intake

CHAT_ID = 4242
BASE = "https://clinic.example"
# Nothing of what the patient said or scored may reach the practitioner's phone.
HEALTH_WORDS = ("better off", "several days", "moderate", "12", "phq", "sertraline", "sleep")


def _notifier(fake: FakeTelegramAPI, tmp_path: Path) -> FallbackNotifier:
    telegram = TelegramNotifier(fake.token, CHAT_ID, fake.base_url, retries=2, backoff=(0.0,))
    return FallbackNotifier(telegram, FileNotifier(tmp_path / "alerts.log"))


def _flush(store: IntakeStore, notifier: object, intake_id: int | None = None) -> list[object]:
    return list(
        asyncio.run(
            ready.flush_ready_notices(
                store,
                ReadyNoticeQueue(store.engine),
                notifier,
                BASE,
                intake_id,  # type: ignore[arg-type]
            )
        )
    )


def test_ready_notice_names_pseudonym_flag_count_and_link_only(
    engine: IntakeEngine, store: IntakeStore, fake_telegram: FakeTelegramAPI, tmp_path: Path
) -> None:
    intake = full_intake_with_flag(engine, "pt-7f3a")
    assert ready.queue_if_finished(store, intake.id)
    _flush(store, _notifier(fake_telegram, tmp_path))
    [message] = fake_telegram.sent_messages()
    text = message["text"]
    assert "pt-7f3a" in text
    assert "(2 flags)" in text
    assert f"Open: {BASE}/intakes/{intake.public_id}" in text
    words = text.replace(intake.public_id, "").lower()  # a random id may hold "12"
    assert not [w for w in HEALTH_WORDS if w in words]
    notice = ReadyNoticeQueue(store.engine).for_intake(intake.id)
    assert notice is not None and notice.status == "sent" and notice.attempts == 1


def test_notice_is_queued_once_and_only_for_finished_intakes(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    unfinished = run_intake(engine, "pt-a", ("several days",) * 2)
    assert not ready.queue_if_finished(store, unfinished.id)
    finished = mild_intake(engine, "pt-b")
    assert ready.queue_if_finished(store, finished.id)
    assert not ready.queue_if_finished(store, finished.id)


def test_a_failed_notice_stays_queued_and_is_sent_on_the_next_flush(
    engine: IntakeEngine, store: IntakeStore, fake_telegram: FakeTelegramAPI, tmp_path: Path
) -> None:
    intake = mild_intake(engine, "pt-c")
    ready.queue_if_finished(store, intake.id)
    notifier = _notifier(fake_telegram, tmp_path)
    fake_telegram.fail_next_http(2, status=500, methods=["sendMessage"])
    _flush(store, notifier)
    queue = ReadyNoticeQueue(store.engine)
    failed = queue.for_intake(intake.id)
    assert failed is not None and failed.status == "failed"
    assert "fallback file: logged" in (failed.detail or "")
    [logged] = (tmp_path / "alerts.log").read_text().splitlines()  # the fallback took it
    assert intake.public_id in logged
    _flush(store, notifier)
    sent = queue.for_intake(intake.id)
    assert sent is not None and sent.status == "sent"
    assert len(fake_telegram.sent_messages()) == 1
    _flush(store, notifier)  # nothing left to send
    assert len(fake_telegram.sent_messages()) == 1


def test_a_claimed_notice_is_not_sent_twice(engine: IntakeEngine, store: IntakeStore) -> None:
    intake = mild_intake(engine, "pt-d")
    ready.queue_if_finished(store, intake.id)
    first, second = ReadyNoticeQueue(store.engine), ReadyNoticeQueue(store.engine)
    assert len(first.claim()) == 1
    assert second.claim() == []


def test_without_telegram_the_alert_file_takes_the_notice(
    engine: IntakeEngine, store: IntakeStore, tmp_path: Path
) -> None:
    intake = mild_intake(engine, "pt-e")
    ready.queue_if_finished(store, intake.id)
    _flush(store, FileNotifier(tmp_path / "alerts.log"))
    notice = ReadyNoticeQueue(store.engine).for_intake(intake.id)
    assert notice is not None and notice.status == "logged"
    line = (tmp_path / "alerts.log").read_text()
    assert "Intake summary ready (0 flags)" in line


def test_notify_if_finished_sends_in_the_background_of_a_running_loop(
    engine: IntakeEngine,
    store: IntakeStore,
    fake_telegram: FakeTelegramAPI,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", fake_telegram.token)
    monkeypatch.setenv("TELEGRAM_PRACTITIONER_CHAT_ID", str(CHAT_ID))
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", fake_telegram.base_url)
    monkeypatch.setenv("INTAKE_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("PRACTITIONER_BASE_URL", BASE)
    ready._default_notifier.cache_clear()
    intake = full_intake_with_flag(engine, "pt-f")

    async def action_turn() -> None:
        ready.notify_if_finished(store, intake.id)  # returns at once
        assert fake_telegram.sent_messages() == []
        while ready._tasks:
            await asyncio.sleep(0.02)

    try:
        asyncio.run(asyncio.wait_for(action_turn(), timeout=20))
    finally:
        ready._default_notifier.cache_clear()
    [message] = fake_telegram.sent_messages()
    assert f"{BASE}/intakes/{intake.public_id}" in message["text"]


def test_urgent_alert_text_carries_the_link() -> None:
    link = intake_link("https://clinic.example/", "c0ffee00")
    alert = urgent_flag_alert("pt-1", "c0ffee00", "suicide_self_harm", link=link)
    assert alert.text().endswith("Open: https://clinic.example/intakes/c0ffee00")
    with pytest.raises(ValueError, match="PRACTITIONER_BASE_URL"):
        urgent_flag_alert("pt-1", "c0ffee00", "suicide_self_harm", link="javascript:alert(1)")


def test_base_url_defaults_to_the_local_app() -> None:
    assert practitioner_base_url({}) == "http://127.0.0.1:8000"
    assert practitioner_base_url({"PRACTITIONER_PORT": "9000"}) == "http://127.0.0.1:9000"
    assert practitioner_base_url({"PRACTITIONER_BASE_URL": "https://c.example/"}) == (
        "https://c.example"
    )
