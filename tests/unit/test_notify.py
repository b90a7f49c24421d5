"""Practitioner notifier against a local fake of the Telegram Bot API, over real HTTP."""

from __future__ import annotations

import asyncio
import json
import logging
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup

from bot.notify import (
    Alert,
    Delivery,
    FallbackNotifier,
    FileNotifier,
    TelegramNotifier,
    intake_ready_alert,
    notifier_from_env,
    send_alert_async,
    urgent_flag_alert,
)
from tests.fakes.telegram_api import FakeTelegramAPI, fake_telegram_fixture  # noqa: F401

CHAT_ID = 4242
# Words that must never reach the practitioner's phone: evidence, answers, meds, scores.
HEALTH_WORDS = ("hopeless", "kill", "die", "fluoxetine", "phq", "score", "answer", "medication")


def _alert() -> Alert:
    return urgent_flag_alert("pt-7f3a", "c0ffee00-0000-4000-8000-000000000001", "suicide_self_harm")


def _telegram(fake: FakeTelegramAPI, **kwargs: object) -> TelegramNotifier:
    options: dict[str, object] = {"retries": 3, "backoff": (0.0,), "timeout": 2.0}
    options.update(kwargs)
    return TelegramNotifier(fake.token, CHAT_ID, fake.base_url, **options)  # type: ignore[arg-type]


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


# -- Telegram ------------------------------------------------------------------------------


def test_alert_reaches_practitioner_chat_as_plain_text_without_health_words(
    fake_telegram: FakeTelegramAPI,
) -> None:
    delivery = _telegram(fake_telegram).send(_alert())

    assert delivery.status == "sent"
    assert delivery.channel == "telegram"
    assert delivery.attempts == 1
    [message] = fake_telegram.sent_messages()
    assert message["chat_id"] == CHAT_ID
    assert delivery.detail == "1"  # the message id Telegram returned
    assert message["text"] == (
        "[URGENT] Urgent safety flag: suicide_self_harm\n"
        "Patient: pt-7f3a\n"
        "Intake: c0ffee00-0000-4000-8000-000000000001"
    )
    assert "parse_mode" not in message
    assert not any(word in message["text"].lower() for word in HEALTH_WORDS)


def test_get_me_is_called_before_send_message(fake_telegram: FakeTelegramAPI) -> None:
    _telegram(fake_telegram).send(intake_ready_alert("pt-1", "intake-1"))

    assert fake_telegram.methods() == ["getMe", "sendMessage"]


def test_two_server_errors_are_retried_and_the_third_attempt_is_sent(
    fake_telegram: FakeTelegramAPI,
) -> None:
    fake_telegram.fail_next_http(2, status=500, methods=["sendMessage"])

    delivery = _telegram(fake_telegram).send(_alert())

    assert delivery.status == "sent"
    assert delivery.attempts == 3
    assert fake_telegram.methods() == ["getMe", "sendMessage", "sendMessage", "sendMessage"]
    assert len(fake_telegram.sent_messages()) == 1


def test_a_failed_get_me_counts_as_an_attempt_and_is_retried(
    fake_telegram: FakeTelegramAPI,
) -> None:
    fake_telegram.fail_next_telegram(1, 502, "Bad Gateway", methods=["getMe"])

    delivery = _telegram(fake_telegram).send(_alert())

    assert (delivery.status, delivery.attempts) == ("sent", 2)
    assert fake_telegram.methods() == ["getMe", "getMe", "sendMessage"]


def test_flood_control_waits_and_retries(fake_telegram: FakeTelegramAPI) -> None:
    fake_telegram.fail_next_telegram(
        1, 429, "Too Many Requests: retry after 1", retry_after=1, methods=["sendMessage"]
    )

    delivery = _telegram(fake_telegram, max_retry_after=0.01).send(_alert())

    assert (delivery.status, delivery.attempts) == ("sent", 2)


def test_unknown_chat_fails_at_once_with_a_hint(fake_telegram: FakeTelegramAPI) -> None:
    fake_telegram.fail_next_telegram(5, 400, "Bad Request: chat not found", methods=["sendMessage"])

    delivery = _telegram(fake_telegram).send(_alert())

    assert (delivery.status, delivery.attempts) == ("failed", 1)
    assert fake_telegram.methods() == ["getMe", "sendMessage"]
    assert "chat not found" in delivery.detail.lower()
    assert "TELEGRAM_PRACTITIONER_CHAT_ID" in delivery.detail


def test_rejected_token_fails_without_revealing_the_token(fake_telegram: FakeTelegramAPI) -> None:
    notifier = TelegramNotifier("999:WRONG-secret-token", CHAT_ID, fake_telegram.base_url)

    delivery = notifier.send(_alert())

    assert (delivery.status, delivery.attempts) == ("failed", 1)
    assert "InvalidToken" in delivery.detail
    assert "WRONG-secret-token" not in delivery.detail
    assert "WRONG-secret-token" not in repr(notifier)
    assert fake_telegram.sent_messages() == []


def test_unreachable_api_fails_after_all_attempts() -> None:
    with FakeTelegramAPI() as fake:
        base_url = fake.base_url  # the port is closed once the fake stops
    notifier = TelegramNotifier(fake.token, CHAT_ID, base_url, backoff=(0.0,), timeout=1.0)

    delivery = notifier.send(_alert())

    assert (delivery.status, delivery.attempts) == ("failed", 3)
    assert "NetworkError" in delivery.detail or "TimedOut" in delivery.detail


def test_http_request_logs_do_not_show_the_bot_token(
    fake_telegram: FakeTelegramAPI, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        _telegram(fake_telegram).send(_alert())

    assert any("/bot<token>/sendMessage" in r.getMessage() for r in caplog.records)
    assert all(
        fake_telegram.token not in r.getMessage() for r in caplog.records if r.name == "httpx"
    )


def test_send_works_when_called_from_inside_a_running_event_loop(
    fake_telegram: FakeTelegramAPI,
) -> None:
    notifier = _telegram(fake_telegram)

    async def action() -> tuple[Delivery, Delivery]:
        blocking = notifier.send(_alert())  # runs on a worker thread
        awaited = await send_alert_async(notifier, _alert())
        return blocking, awaited

    blocking, awaited = asyncio.run(action())

    assert (blocking.status, awaited.status) == ("sent", "sent")
    assert len(fake_telegram.sent_messages()) == 2


# -- fallback and file -----------------------------------------------------------------------


def test_retry_exhaustion_reports_failed_and_writes_the_file_fallback(
    fake_telegram: FakeTelegramAPI, tmp_path: Path
) -> None:
    fake_telegram.fail_next_http(3, status=500, methods=["sendMessage"])
    log = tmp_path / "alerts.log"
    notifier = FallbackNotifier(_telegram(fake_telegram), FileNotifier(log))

    delivery = notifier.send(_alert())

    assert (delivery.status, delivery.channel, delivery.attempts) == ("failed", "telegram", 3)
    assert delivery.fallback is not None
    assert (delivery.fallback.status, delivery.fallback.channel) == ("logged", "file")
    assert delivery.delivered
    [line] = _lines(log)
    assert line["intake_id"] == "c0ffee00-0000-4000-8000-000000000001"
    assert line["fallback_for"] == "telegram"
    assert line["primary_attempts"] == 3
    assert fake_telegram.token not in log.read_text("utf-8")


def test_fallback_is_not_written_when_telegram_delivers(
    fake_telegram: FakeTelegramAPI, tmp_path: Path
) -> None:
    log = tmp_path / "alerts.log"
    notifier = FallbackNotifier(_telegram(fake_telegram), FileNotifier(log))

    delivery = asyncio.run(notifier.send_async(_alert()))

    assert delivery.status == "sent"
    assert delivery.fallback is None
    assert not log.exists()


def test_file_notifier_appends_one_valid_json_line_per_alert(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    log = tmp_path / "sub" / "alerts.log"
    notifier = FileNotifier(log)

    with caplog.at_level(logging.WARNING, logger="bot.notify"):
        first = notifier.send(_alert())
        notifier.send(intake_ready_alert("pt-2", "intake-2", severity="review"))

    assert (first.status, first.channel, first.detail) == ("logged", "file", str(log))
    lines = _lines(log)
    assert [line["kind"] for line in lines] == ["urgent_flag", "intake_ready"]
    assert lines[1] == {
        "at": lines[1]["at"],
        "kind": "intake_ready",
        "severity": "review",
        "patient_ref": "pt-2",
        "intake_id": "intake-2",
        "summary": "Intake summary ready for review",
    }
    assert oct(log.stat().st_mode & 0o777) == "0o600"
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2
    assert all("safety flag" not in r.getMessage() for r in warnings)


def test_file_notifier_reports_failure_instead_of_raising(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")

    delivery = FileNotifier(blocker / "alerts.log").send(_alert())

    assert (delivery.status, delivery.channel) == ("failed", "file")
    assert not delivery.delivered


@pytest.mark.parametrize(
    "changes",
    [
        {"summary": "Patient said: I feel hopeless\nand more"},
        {"summary": ""},
        {"severity": "critical"},
        {"kind": "chat"},
        {"patient_ref": "pt\n1"},
    ],
)
def test_alert_rejects_free_text_and_unknown_values(changes: dict[str, str]) -> None:
    fields = {
        "kind": "urgent_flag",
        "patient_ref": "pt-1",
        "intake_id": "i-1",
        "severity": "urgent",
        "summary": "Urgent safety flag: harm_to_others",
    }
    fields.update(changes)
    with pytest.raises(ValueError):
        Alert(**fields)


def test_urgent_flag_alert_takes_a_category_id_not_evidence() -> None:
    with pytest.raises(ValueError):
        urgent_flag_alert("pt-1", "i-1", "I want to die")


# -- choosing from the environment ---------------------------------------------------------


def test_env_with_token_and_chat_picks_telegram_with_file_fallback(tmp_path: Path) -> None:
    notifier = notifier_from_env(
        {
            "TELEGRAM_BOT_TOKEN": "1:abc",
            "TELEGRAM_PRACTITIONER_CHAT_ID": "4242",
            "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/bot",
            "INTAKE_DATA_DIR": str(tmp_path),
        }
    )

    assert isinstance(notifier, FallbackNotifier)
    assert isinstance(notifier.primary, TelegramNotifier)
    assert notifier.primary.base_url == "http://127.0.0.1:9/bot"
    assert notifier.primary.chat_id == "4242"
    assert notifier.fallback.path == tmp_path / "alerts.log"


@pytest.mark.parametrize(
    "env",
    [
        {},
        {"TELEGRAM_BOT_TOKEN": "1:abc"},
        {"TELEGRAM_PRACTITIONER_CHAT_ID": "4242"},
        {"TELEGRAM_BOT_TOKEN": " ", "TELEGRAM_PRACTITIONER_CHAT_ID": "4242"},
    ],
)
def test_env_without_both_telegram_settings_picks_the_file(
    env: dict[str, str], tmp_path: Path
) -> None:
    notifier = notifier_from_env({**env, "INTAKE_DATA_DIR": str(tmp_path)})

    assert isinstance(notifier, FileNotifier)
    assert notifier.path == tmp_path / "alerts.log"


def test_default_base_url_is_telegrams() -> None:
    notifier = notifier_from_env(
        {"TELEGRAM_BOT_TOKEN": "1:abc", "TELEGRAM_PRACTITIONER_CHAT_ID": "7"}
    )

    assert isinstance(notifier, FallbackNotifier)
    assert isinstance(notifier.primary, TelegramNotifier)
    assert notifier.primary.base_url == "https://api.telegram.org/bot"


def test_env_configured_notifier_delivers_through_the_fake(
    fake_telegram: FakeTelegramAPI, tmp_path: Path
) -> None:
    notifier = notifier_from_env(
        {
            "TELEGRAM_BOT_TOKEN": fake_telegram.token,
            "TELEGRAM_PRACTITIONER_CHAT_ID": str(CHAT_ID),
            "TELEGRAM_API_BASE_URL": fake_telegram.base_url,
            "INTAKE_DATA_DIR": str(tmp_path),
        }
    )

    delivery = notifier.send(_alert())

    assert delivery.status == "sent"
    assert fake_telegram.sent_messages()[0]["chat_id"] == CHAT_ID


# -- the fake itself (other tests rely on it) ---------------------------------------------


def _post(url: str, body: bytes, content_type: str) -> tuple[int, dict[str, object]]:
    request = urllib.request.Request(url, body, {"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=2) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_fake_answers_unknown_methods_with_404_not_ok(fake_telegram: FakeTelegramAPI) -> None:
    url = f"{fake_telegram.base_url}{fake_telegram.token}/sendSticker"

    status, body = _post(url, b"{}", "application/json")

    assert status == 404
    assert body["ok"] is False


def test_fake_accepts_json_bodies(fake_telegram: FakeTelegramAPI) -> None:
    url = f"{fake_telegram.base_url}{fake_telegram.token}/sendMessage"
    payload = {"chat_id": 5, "text": "hi", "reply_markup": {"inline_keyboard": []}}

    status, body = _post(url, json.dumps(payload).encode(), "application/json")

    assert status == 200 and body["ok"] is True
    assert fake_telegram.sent_messages() == [payload]


def test_fake_serves_the_calls_a_telegram_channel_makes(fake_telegram: FakeTelegramAPI) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Not at all", callback_data="0")]])
    fake_telegram.queue_message("hello", chat_id=77)
    fake_telegram.queue_callback_query("0", chat_id=77)

    async def channel() -> None:
        async with Bot(fake_telegram.token, base_url=fake_telegram.base_url) as bot:
            assert await bot.set_webhook("https://clinic.example/tg", secret_token="s3cret")
            assert await bot.delete_webhook()
            updates = await bot.get_updates(timeout=0)
            assert [u.update_id for u in updates] == [1, 2]
            assert updates[0].message is not None and updates[0].message.text == "hello"
            query = updates[1].callback_query
            assert query is not None and query.data == "0"
            assert await bot.answer_callback_query(query.id)
            assert await bot.send_chat_action(77, "typing")
            sent = await bot.send_message(77, "Question 1", reply_markup=keyboard)
            assert sent.reply_markup == keyboard
            assert await bot.get_updates(offset=3, timeout=0) == ()

    asyncio.run(channel())

    assert fake_telegram.methods()[0] == "getMe"
    assert fake_telegram.calls_to("setWebhook")[0].params["secret_token"] == "s3cret"
    [message] = fake_telegram.sent_messages()
    assert message["reply_markup"] == keyboard.to_dict()
    assert message["chat_id"] == 77
