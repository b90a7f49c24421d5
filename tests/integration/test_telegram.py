"""The Telegram channel against real Rasa + action server and a local fake of the Bot API.

Updates are POSTed to Rasa's /webhooks/telegram/webhook as Telegram would; replies are read
from what the bot sent to the fake (each test uses its own chat, so tests do not interfere).
"""

from __future__ import annotations

import contextlib
import json
import signal
import sqlite3
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from bot.channels.telegram.pseudonym import pseudonym
from bot.channels.texts import channel_text
from scripts.local_stack import BIN, ROOT, Assistant, running_assistant
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.integration.conftest import PSEUDONYM_KEY, TELEGRAM_WEBHOOK_SECRET

pytestmark = pytest.mark.integration

# The medicines questions answered "None", "None", then the empty list confirmed.
NO_MEDICINES_TAPS = ["None", "None", "Yes, that's right"]
# After the GAD-7 in the default intake: PSS-10 (10), Athens Insomnia Scale (8), lifestyle (7,
# all skipped).
LATER_TAPS = ["Sometimes"] * 10 + ["No problem"] * 2 + ["Not earlier", "Sufficient", "Satisfactory"]
LATER_TAPS += ["Normal", "Normal", "None"] + ["Skip"] * 7
PHQ9_TAPS = [
    "Several days",
    "More than half the days",
    "Nearly every day",
    "Several days",
    "Not at all",
    "Several days",
    "More than half the days",
    "Not at all",
    "Not at all",
    "Somewhat difficult",
]
GAD7_TAPS = [
    "Nearly every day",
    "More than half the days",
    "More than half the days",
    "Several days",
    "Not at all",
    "Nearly every day",
    "Several days",
]


def post(
    assistant: Assistant, update: dict[str, Any], secret: str = TELEGRAM_WEBHOOK_SECRET
) -> int:
    request = urllib.request.Request(
        f"{assistant.url}/webhooks/telegram/webhook",
        data=json.dumps(update).encode(),
        headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as reply:
            return int(reply.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


class Patient:
    """One patient in their own private chat with the bot."""

    def __init__(self, assistant: Assistant, fake: FakeTelegramAPI, chat_id: int) -> None:
        self.assistant, self.fake, self.chat_id = assistant, fake, chat_id
        self.sender = pseudonym(chat_id, PSEUDONYM_KEY.encode())

    def _seen(self) -> int:
        return len(self.fake.chat(self.chat_id))

    def _post(self, update: dict[str, Any]) -> list[dict[str, Any]]:
        before = self._seen()
        assert post(self.assistant, update) == 200
        return self.fake.chat(self.chat_id)[before:]

    def says(self, text: str) -> list[dict[str, Any]]:
        return self._post(self.fake.message_update(text, chat_id=self.chat_id))

    def taps(self, title: str, on: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Tap a button on the latest message with a keyboard (or on `on`)."""
        return self._post(self.fake.tap_update(on or self.last_keyboard(), title))

    def last_keyboard(self) -> dict[str, Any]:
        return next(m for m in reversed(self.fake.chat(self.chat_id)) if m.get("reply_markup"))


def query(db_file: Path, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Read from one of the assistant's SQLite files and close again at once: an open read
    would hold a lock and make Rasa's tracker store fall back to memory."""
    with contextlib.closing(sqlite3.connect(db_file)) as db:
        return db.execute(sql, params).fetchall()


def texts(messages: list[dict[str, Any]]) -> str:
    return "\n".join(str(m.get("text", "")) for m in messages)


def titles(message: dict[str, Any]) -> list[str]:
    return [b["text"] for row in message["reply_markup"]["inline_keyboard"] for b in row]


def summary(assistant: Assistant, sender: str) -> dict[str, Any]:
    result = assistant.intake_cli("summary", sender)
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_whole_intake_by_taps_is_scored_under_a_pseudonym(
    assistant: Assistant, telegram_api: FakeTelegramAPI
) -> None:
    patient = Patient(assistant, telegram_api, chat_id=910000007001)
    first = patient.says("/start")
    assert "automated" in texts(first)
    assert titles(first[-1]) == ["Yes, I agree", "No, thanks"]
    assert "How old are you" in texts(patient.taps("Yes, I agree"))
    # The tapped question keeps its words, shows the choice and loses its keyboard.
    consent = next(
        m for m in telegram_api.chat(910000007001) if "Do you agree" in m.get("text", "")
    )
    assert "reply_markup" not in consent
    assert consent["text"].endswith(
        channel_text("telegram", "answered_mark", choice="Yes, I agree")
    )
    assert "most like help with" in texts(patient.says("I'm 29"))
    assert "prescription medicines" in texts(patient.taps("I'd rather not say"))
    for title in NO_MEDICINES_TAPS[:-1]:
        patient.taps(title)
    assert "Question 1 of 9" in texts(patient.taps(NO_MEDICINES_TAPS[-1]))
    for n, title in enumerate(PHQ9_TAPS, start=1):
        reply = patient.taps(title)
        if n < 9:
            assert f"Question {n + 1} of 9" in texts(reply), (n, texts(reply))
    assert "Question 1 of 7" in texts(reply)
    for title in GAD7_TAPS:
        reply = patient.taps(title)
    assert "Question 1 of 10" in texts(reply)  # PSS-10
    for title in LATER_TAPS:
        reply = patient.taps(title)
    assert "check or change" in texts(reply)
    assert "your practitioner will review" in texts(patient.taps("Send my answers"))

    sent = telegram_api.calls_to("sendMessage")
    assert all(c.params["chat_id"] == 910000007001 for c in sent if c.params["chat_id"] != 4242)
    typing = [
        c for c in telegram_api.calls_to("sendChatAction") if c.params["chat_id"] == 910000007001
    ]
    turns = 4 + len(NO_MEDICINES_TAPS) + len(PHQ9_TAPS) + len(GAD7_TAPS) + len(LATER_TAPS) + 1
    assert len(typing) == turns  # one per turn
    data = summary(assistant, patient.sender)
    assert data["status"] == "complete" and data["age"] == 29
    phq9, gad7, _pss10, _ais = data["instruments"]
    assert [i["value"] for i in phq9["items"]][:3] == [
        "several_days",
        "more_than_half",
        "nearly_every_day",
    ]
    assert (phq9["total"], gad7["total"]) == (10, 12)
    assert all(i["source"] == "button" for i in phq9["items"] + gad7["items"])
    # The raw Telegram id reaches neither the intake records nor Rasa's tracker.
    listing = assistant.intake_cli("summary", "--list").stdout
    assert patient.sender in listing and "910000007001" not in listing.replace(patient.sender, "")
    tracker = assistant.data_dir / "rasa_tracker.db"
    senders = {r[0] for r in query(tracker, "SELECT DISTINCT sender_id FROM events")}
    events = query(tracker, "SELECT data FROM events WHERE sender_id = ?", (patient.sender,))
    assert events and not any("910000007001" in data for (data,) in events)
    assert patient.sender in senders and "910000007001" not in senders


def test_a_crisis_message_gets_the_crisis_reply(
    assistant: Assistant, telegram_api: FakeTelegramAPI
) -> None:
    patient = Patient(assistant, telegram_api, chat_id=910000007002)
    patient.says("/start")
    patient.taps("Yes, I agree")
    reply = patient.says("I want to kill myself")
    assert "911" in texts(reply) and "letting your practitioner know" in texts(reply)
    assert titles(reply[-1]) == ["Yes, I'm safe right now", "No, I'm not safe"]


def test_an_edited_message_with_risk_runs_the_crisis_protocol_otherwise_asks_for_new_text(
    assistant: Assistant, telegram_api: FakeTelegramAPI
) -> None:
    patient = Patient(assistant, telegram_api, chat_id=910000007003)
    patient.says("/start")
    patient.taps("Yes, I agree")
    update = telegram_api.message_update("I'm 40", chat_id=910000007003, edited=True)
    assert texts(patient._post(update)) == channel_text("telegram", "edited_message")
    update = telegram_api.message_update(
        "I'm going to end my life", chat_id=910000007003, edited=True
    )
    reply = patient._post(update)
    assert "911" in texts(reply) and "Are you safe right now?" in texts(reply)


def test_voice_notes_and_stickers_get_a_kind_request_for_text(
    assistant: Assistant, telegram_api: FakeTelegramAPI
) -> None:
    patient = Patient(assistant, telegram_api, chat_id=910000007004)
    voice = {"voice": {"file_id": "v1", "file_unique_id": "u1", "duration": 3}}
    sticker = {
        "sticker": {
            "file_id": "s1",
            "file_unique_id": "u2",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
    }
    for extra in (voice, sticker):
        reply = patient._post(telegram_api.message_update(None, chat_id=910000007004, extra=extra))
        assert texts(reply) == channel_text("telegram", "ask_for_text")
    assert summary_missing(assistant, patient.sender)


def summary_missing(assistant: Assistant, sender: str) -> bool:
    return assistant.intake_cli("summary", sender).returncode == 1


def test_a_wrong_secret_token_is_refused_and_nothing_is_processed(
    assistant: Assistant, telegram_api: FakeTelegramAPI
) -> None:
    update = telegram_api.message_update("hello", chat_id=910000007005)
    calls_before = len(telegram_api.calls)
    assert post(assistant, update, secret="not-the-secret") == 403
    assert post(assistant, update, secret="") == 403
    assert len(telegram_api.calls) == calls_before
    assert telegram_api.chat(910000007005) == []
    sender = pseudonym(910000007005, PSEUDONYM_KEY.encode())
    count = query(
        assistant.data_dir / "rasa_tracker.db",
        "SELECT COUNT(*) FROM events WHERE sender_id = ?",
        (sender,),
    )
    assert count == [(0,)]


def test_a_stale_button_is_answered_and_the_current_question_asked_again(
    assistant: Assistant, telegram_api: FakeTelegramAPI
) -> None:
    patient = Patient(assistant, telegram_api, chat_id=910000007006)
    patient.says("/start")
    consent = patient.last_keyboard()
    patient.taps("Yes, I agree")
    patient.says("35")  # now at the concerns question
    stale = telegram_api.tap_update(consent, "No, thanks")  # an old button, tapped late
    reply = patient._post(stale)
    query_id = stale["callback_query"]["id"]
    assert any(
        c.params["callback_query_id"] == query_id
        for c in telegram_api.calls_to("answerCallbackQuery")
    )
    assert "earlier question" in texts(reply) and "most like help with" in texts(reply)
    assert summary(assistant, patient.sender)["status"] == "active"


def test_damaged_callback_data_gets_a_kind_reply(
    assistant: Assistant, telegram_api: FakeTelegramAPI
) -> None:
    patient = Patient(assistant, telegram_api, chat_id=910000007007)
    patient.says("/start")
    for data in ("x|junk", 'i|consent=yes"}', "", "i|" + "a" * 70):
        forged = telegram_api.tap_update(patient.last_keyboard(), "Yes, I agree", data=data)
        reply = patient._post(forged)
        assert texts(reply) == channel_text("telegram", "button_not_understood"), data
    assert "How old are you" in texts(patient.taps("Yes, I agree"))


def rows_of(db_file: Path, intake_ids: list[int]) -> dict[str, int]:
    """Rows that belong to these intakes, in every table that points at intakes."""
    marks = ",".join("?" * len(intake_ids))
    counts = {
        "intakes": query(
            db_file, f"SELECT COUNT(*) FROM intakes WHERE id IN ({marks})", intake_ids
        )[0][0]
    }
    for (table,) in query(db_file, "SELECT name FROM sqlite_master WHERE type = 'table'"):
        columns = [r[1] for r in query(db_file, f"PRAGMA table_info({table})")]
        if "intake_id" in columns:
            sql = f"SELECT COUNT(*) FROM {table} WHERE intake_id IN ({marks})"
            counts[table] = query(db_file, sql, intake_ids)[0][0]
    return counts


def test_stop_pauses_and_start_carries_on_at_the_same_question(
    assistant: Assistant, telegram_api: FakeTelegramAPI
) -> None:
    patient = Patient(assistant, telegram_api, chat_id=7010)
    patient.says("/start")
    patient.taps("Yes, I agree")
    assert "answers so far are saved" in texts(patient.says("/stop"))
    assert summary(assistant, patient.sender)["status"] == "paused"
    back = patient.says("/start")
    assert "Welcome back" in texts(back) and "How old are you" in texts(back)


def test_delete_asks_first_then_erases_records_and_conversation(
    assistant: Assistant, telegram_api: FakeTelegramAPI
) -> None:
    patient = Patient(assistant, telegram_api, chat_id=910000007008)
    patient.says("/start")
    patient.taps("Yes, I agree")
    patient.says("52")
    patient.says("I can't sleep")
    for title in NO_MEDICINES_TAPS:
        patient.taps(title)
    patient.taps("Nearly every day")
    ask = patient.says("/delete")
    assert texts(ask) == channel_text("telegram", "delete_confirm")
    assert texts(patient.taps(channel_text("telegram", "delete_no"))) == channel_text(
        "telegram", "delete_cancelled"
    )
    assert summary(assistant, patient.sender)["age"] == 52  # nothing deleted yet

    intake_db = assistant.data_dir / "intake.db"
    ids = [
        r[0]
        for r in query(
            intake_db,
            "SELECT intakes.id FROM intakes JOIN patients ON patients.id = intakes.patient_id"
            " WHERE patients.ref = ?",
            (patient.sender,),
        )
    ]
    before = rows_of(intake_db, ids)
    assert ids and before["answers"] == 1 and before["consent_events"] == 1
    (public_id,) = [
        r[0] for r in query(intake_db, "SELECT public_id FROM intakes WHERE id = ?", (ids[0],))
    ]

    patient.says("/delete")
    done = patient.taps(channel_text("telegram", "delete_yes"))
    assert texts(done) == channel_text("telegram", "delete_done")
    assert set(rows_of(intake_db, ids).values()) == {0}
    ((actor, via, detail),) = query(
        intake_db,
        "SELECT actor, via, detail FROM audit_events WHERE action = 'patient_erased'"
        " AND intake_public_id = ?",
        (public_id,),
    )
    assert (actor, via) == ("patient", "telegram") and detail.startswith("intakes=1 rows=")
    assert query(intake_db, "SELECT COUNT(*) FROM patients WHERE ref = ?", (patient.sender,)) == [
        (0,)
    ]
    tracker = assistant.data_dir / "rasa_tracker.db"
    assert query(tracker, "SELECT COUNT(*) FROM events WHERE sender_id = ?", (patient.sender,)) == [
        (0,)
    ]
    # Starting again is a new intake, from the consent question.
    again = patient.says("/start")
    assert titles(again[-1]) == ["Yes, I agree", "No, thanks"]


def test_polling_mode_feeds_the_same_handler(
    assistant: Assistant, telegram_api: FakeTelegramAPI
) -> None:
    poller = subprocess.Popen(
        [str(BIN / "intake"), "telegram", "--polling", "--rasa-url", assistant.url],
        cwd=ROOT,
        env=assistant.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        telegram_api.queue_message("/start", chat_id=910000007009)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(telegram_api.chat(910000007009)) < 2:
            time.sleep(0.2)
        shown = telegram_api.chat(910000007009)
        assert "automated" in texts(shown) and titles(shown[-1]) == ["Yes, I agree", "No, thanks"]
        data = shown[-1]["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        telegram_api.queue_callback_query(
            data, chat_id=910000007009, message_id=shown[-1]["message_id"]
        )
        while time.monotonic() < deadline and len(telegram_api.chat(910000007009)) < 3:
            time.sleep(0.2)
        assert "How old are you" in texts(telegram_api.chat(910000007009)[2:])
    finally:
        poller.send_signal(signal.SIGTERM)
        output = poller.communicate(timeout=30)[0].decode()
    assert poller.returncode == 0, output
    assert "deleteWebhook" in telegram_api.methods()


def test_without_a_bot_token_rasa_runs_and_the_webhook_says_telegram_is_off(
    tmp_path: Path,
) -> None:
    env = {"TELEGRAM_BOT_TOKEN": "", "TELEGRAM_WEBHOOK_SECRET": ""}
    with running_assistant(tmp_path, env) as plain:
        request = urllib.request.Request(
            f"{plain.url}/webhooks/telegram/webhook", data=b"{}", method="POST"
        )
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=30)
        assert refused.value.code == 503
        assert "TELEGRAM_BOT_TOKEN" in refused.value.read().decode()
        assert "automated" in " ".join(str(r.get("text")) for r in plain.send("p-1", "hi"))
