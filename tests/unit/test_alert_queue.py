"""The urgent-alert queue: an alert is claimed by one sender at a time, stays queued while the
notifier is down, and is delivered (once) when it is back."""

from __future__ import annotations

import asyncio
import threading
from datetime import datetime, timedelta, timezone

from sqlalchemy import update

from bot.intake import IntakeEngine, RiskSignal
from bot.notify import Alert, Delivery
from bot.notify.alert_queue import flush_urgent_alerts
from bot.store import models as m

SELF_HARM = RiskSignal("high", ("suicide_self_harm",), "hurting myself")
BASE_URL = "https://clinic.example/practitioner"


class RecordingNotifier:
    """A notifier that is down (raises or reports "failed") until `up` is set."""

    def __init__(self, up: bool = True, raises: bool = False) -> None:
        self.up = up
        self.raises = raises
        self.sent: list[Alert] = []
        self._lock = threading.Lock()

    def send(self, alert: Alert) -> Delivery:
        now = datetime.now(timezone.utc)
        if not self.up:
            if self.raises:
                raise ConnectionError("notifier unreachable")
            return Delivery("failed", "telegram", 1, "HTTP 502", now)
        with self._lock:
            self.sent.append(alert)
        return Delivery("sent", "telegram", 1, "ok", now)


def flagged(engine: IntakeEngine, patient: str = "p1") -> int:
    engine.begin(patient, "rest")
    intake, _ = engine.record_risk(patient, "rest", SELF_HARM, "hurting myself")
    return intake.id


def flush(engine: IntakeEngine, notifier: RecordingNotifier, intake_id: int | None = None) -> int:
    return len(asyncio.run(flush_urgent_alerts(engine.store, notifier, BASE_URL, intake_id)))


def test_alert_stays_queued_while_the_notifier_is_down_and_is_sent_when_it_returns(
    engine: IntakeEngine,
) -> None:
    intake_id = flagged(engine)
    for down in (RecordingNotifier(up=False), RecordingNotifier(up=False, raises=True)):
        flush(engine, down)
        (flag,) = engine.store.pending_alerts(intake_id)
        assert flag.alert_status == "failed" and down.sent == []
    back = RecordingNotifier()
    assert flush(engine, back) == 1
    assert engine.store.pending_alerts(intake_id) == []
    (alert,) = back.sent
    assert alert.patient_ref == "p1" and alert.severity == "urgent"
    assert "hurting" not in alert.text()  # ids and the flag kind only, never the words
    assert alert.link and alert.link.startswith(BASE_URL)
    (flag,) = engine.store.flags(intake_id)
    assert (flag.alert_status, flag.alert_attempts) == ("sent", 3)
    assert flush(engine, back) == 0 and len(back.sent) == 1  # delivered once


def test_a_claimed_alert_is_not_taken_by_a_second_sender(engine: IntakeEngine) -> None:
    intake_id = flagged(engine)
    (claimed,) = engine.store.claim_alerts()
    assert claimed.alert_status == "sending"
    assert engine.store.claim_alerts() == []  # another process flushing now gets nothing
    assert [f.id for f in engine.store.pending_alerts(intake_id)] == [claimed.id]  # still owed
    engine.store.record_alert(claimed.id, "sent", "telegram", 1, "ok")
    assert engine.store.pending_alerts(intake_id) == []


def test_a_claim_left_by_a_killed_sender_is_taken_over_after_a_while(
    engine: IntakeEngine,
) -> None:
    flagged(engine)
    (claimed,) = engine.store.claim_alerts()  # then the sender dies without recording
    long_ago = datetime.now(timezone.utc) - timedelta(minutes=3)
    with engine.store.engine.begin() as conn:
        conn.execute(update(m.Flag).values(alert_claimed_at=long_ago))
    assert [f.id for f in engine.store.claim_alerts()] == [claimed.id]


def test_two_processes_flushing_at_once_send_each_alert_once(engine: IntakeEngine) -> None:
    ids = [flagged(engine, f"p{n}") for n in range(5)]
    notifier = RecordingNotifier()
    threads = [threading.Thread(target=flush, args=(engine, notifier)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(a.patient_ref for a in notifier.sent) == [f"p{n}" for n in range(5)]
    assert all(engine.store.pending_alerts(i) == [] for i in ids)


def test_only_urgent_flags_are_alerted(engine: IntakeEngine) -> None:
    engine.begin("p1", "rest")
    assert engine.store.claim_alerts() == []  # nothing urgent yet
