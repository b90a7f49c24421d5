"""The action server queues and sends the "intake ready" notice when the last answer lands.

Drives the real form validator (actions/intake_actions.py) with a rasa-sdk Tracker, over a
temporary store, with the notifier pointed at the alert file (no Telegram configured).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("rasa_sdk")

from rasa_sdk import Tracker  # noqa: E402
from rasa_sdk.executor import CollectingDispatcher  # noqa: E402

from actions import alerts  # noqa: E402
from actions.intake_actions import ValidateIntakeForm  # noqa: E402
from bot import runtime  # noqa: E402
from bot.notify import ready  # noqa: E402
from bot.store.notices import ReadyNoticeQueue  # noqa: E402
from tests.intakes import CSSRS_LOW, GAD7, PHQ9_WITH_ITEM9, run_intake  # noqa: E402


@pytest.fixture
def deployment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("INTAKE_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("INTAKE_DB_URL", f"sqlite:///{tmp_path / 'intake.db'}")
    monkeypatch.setenv("PRACTITIONER_BASE_URL", "https://clinic.example")
    monkeypatch.setenv("INTAKE_INSTRUMENTS", "medications,phq9,cssrs,gad7")
    monkeypatch.setenv("INTAKE_REVIEW", "off")  # the last answer completes the intake
    for var in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_PRACTITIONER_CHAT_ID"):
        monkeypatch.delenv(var, raising=False)
    caches = (runtime.default_settings, runtime.default_engine, ready._default_notifier)
    for cached in (*caches, alerts.notifier):
        cached.cache_clear()
    yield tmp_path
    for cached in (*caches, alerts.notifier):
        cached.cache_clear()


def _tracker(sender: str, text: str) -> Tracker:
    return Tracker(
        sender,
        {},
        {"text": text, "intent": {"name": "inform"}, "entities": []},
        [],
        False,
        None,
        {"name": "intake_form"},
        "action_listen",
    )


def test_the_last_answer_queues_and_sends_the_ready_notice(deployment: Path) -> None:
    engine = runtime.default_engine()
    replies = PHQ9_WITH_ITEM9 + CSSRS_LOW + GAD7
    intake = run_intake(engine, "pt-action", replies[:-1])
    assert ReadyNoticeQueue(engine.store.engine).for_intake(intake.id) is None

    async def last_turn() -> None:
        await ValidateIntakeForm().validate_intake_reply(
            replies[-1], CollectingDispatcher(), _tracker("pt-action", replies[-1]), {}
        )
        while ready._tasks or alerts._tasks:  # the sends run after the reply
            await asyncio.sleep(0.02)

    asyncio.run(asyncio.wait_for(last_turn(), timeout=20))
    assert engine.store.get(intake.id).status == "complete"
    notice = ReadyNoticeQueue(engine.store.engine).for_intake(intake.id)
    assert notice is not None and notice.status == "logged"
    lines = [json.loads(x) for x in (deployment / "alerts.log").read_text().splitlines()]
    ready_lines = [x for x in lines if x["kind"] == "intake_ready"]
    assert [x["summary"] for x in ready_lines] == ["Intake summary ready for review (2 flags)"]
    assert ready_lines[0]["link"] == f"https://clinic.example/intakes/{intake.public_id}"
    urgent = [x for x in lines if x["kind"] == "urgent_flag"]
    assert urgent and all(x["link"] == ready_lines[0]["link"] for x in urgent)
