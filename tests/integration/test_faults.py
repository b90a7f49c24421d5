"""Faults in the scale-out profile (2 Rasa + 2 action servers, PostgreSQL, Redis): processes
killed with -9 mid-intake, the database going away and coming back. The patient is told
kindly to try again, is shown the question that is really open, and in the end every answer
is stored once, on the question it was given for, and every risk flag is there.

The simulated patient answers whatever question the assistant shows by tapping the button it
means for that question (bot/dialogue.py: a button names its question, so a tap sent twice
cannot answer the next question too)."""

from __future__ import annotations

import json
import random
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import sqlalchemy as sa

from scripts.local_stack import NO_MEDICINES, Assistant, ScaledStack

TRY_AGAIN = "Please give me a moment, then send your last answer again."
DISTINCTIVE = "Quillfeather Zanzibarly"  # words no log line could hold by chance
CHOICE = re.compile(r'"choice":"([^"=]+)=([^"]+)"')
SECTIONS = ("phq9", "gad7", "pss10")  # the questionnaires the fault tests walk through


def texts(replies: list[dict[str, object]]) -> str:
    return "\n".join(str(r.get("text", "")) for r in replies)


@dataclass
class Patient:
    """A patient who answers the question on screen with the option they mean for it."""

    sender: str
    shown: list[dict[str, object]] = field(default_factory=list)  # the latest replies
    meant: dict[str, str] = field(default_factory=dict)  # question key -> option value
    last_tap: str = ""

    def start(self, via: Assistant) -> None:
        for message in ("hello", '/affirm{"choice":"consent=yes"}', "I'm 41", "poor sleep"):
            via.send(self.sender, message)
        for tap in NO_MEDICINES:
            self.shown = via.send(self.sender, tap)
        assert "Question 1 of 9" in texts(self.shown), texts(self.shown)

    def question(self) -> tuple[str, dict[str, str]] | None:
        """The key of the question on screen and its buttons (option value -> payload)."""
        for reply in reversed(self.shown):
            payloads = [str(b["payload"]) for b in reply.get("buttons") or []]  # type: ignore[attr-defined]
            found = [(m.groups(), p) for p in payloads if (m := CHOICE.search(p))]
            if found:
                return found[0][0][0], {value: payload for (_, value), payload in found}
        return None

    def next_tap(self) -> str:
        """The button for the question on screen; the last tap again when none is shown."""
        shown = self.question()
        if shown is None:
            return self.last_tap
        key, options = shown
        values = list(options)
        number = int(key.split(":")[1]) if key.split(":")[1].isdigit() else 0
        value = "not_at_all" if key == "phq9:9" else values[number % len(values)]
        self.meant[key] = value
        self.last_tap = options[value]
        return self.last_tap

    def answer(self, via: Assistant) -> list[dict[str, object]]:
        self.shown = via.send(self.sender, self.next_tap())
        return self.shown

    def in_questionnaires(self) -> bool:
        """A question of the walked questionnaires (or the safety check) is on screen."""
        shown = self.question()
        return shown is not None and shown[0].split(":")[0] in (*SECTIONS, "safety")


def _rows(stack: ScaledStack, sql: str, sender: str) -> list[Any]:
    """Rows of one query on the intake database, with a fresh engine (the tests restart it)."""
    engine = sa.create_engine(stack.env["INTAKE_DB_URL"], future=True)
    try:
        with engine.connect() as conn:
            return list(conn.execute(sa.text(sql), {"sender": sender}).all())
    finally:
        engine.dispose()


def stored_answers(stack: ScaledStack, sender: str) -> dict[str, str]:
    """Every stored answer of the patient's intake: question key -> value (SQL, not the CLI,
    so a second row for one question would show)."""
    rows = _rows(
        stack,
        "SELECT a.instrument, a.item_id, a.value FROM answers a "
        "JOIN intakes i ON i.id = a.intake_id JOIN patients p ON p.id = i.patient_id "
        "WHERE p.ref = :sender AND a.instrument IN ('phq9', 'gad7', 'pss10')",
        sender,
    )
    keys = [f"{instrument}:{item}" for instrument, item, _ in rows]
    assert len(keys) == len(set(keys)), f"a question answered twice: {sorted(keys)}"
    return {f"{instrument}:{item}": value for instrument, item, value in rows}


def risk_flags(stack: ScaledStack, sender: str) -> list[tuple[str, str | None]]:
    rows = _rows(
        stack,
        "SELECT f.category, f.alert_status FROM flags f "
        "JOIN intakes i ON i.id = f.intake_id JOIN patients p ON p.id = i.patient_id "
        "WHERE p.ref = :sender AND f.category IS NOT NULL ORDER BY f.id",
        sender,
    )
    return [(str(c), s) for c, s in rows]


@pytest.fixture
def stack(scaled: ScaledStack) -> Iterator[ScaledStack]:
    """The session's scaled stack; whatever a test killed is running again afterwards."""
    yield scaled
    for name, proc in scaled.processes.procs.items():
        if proc.poll() is not None:
            scaled.processes.restart(name)


def send_while_killing(
    via: Assistant, patient: Patient, kill: object, delay: float
) -> list[dict[str, object]] | None:
    """Send the patient's next tap and kill a process `delay` seconds into the turn. The
    replies, or None when the connection died with the process."""
    result: list[list[dict[str, object]] | None] = [None]

    def send() -> None:
        try:
            result[0] = patient.answer(via)
        except (OSError, RuntimeError):
            result[0] = None

    sender = threading.Thread(target=send)
    sender.start()
    time.sleep(delay)
    kill()  # type: ignore[operator]
    sender.join(timeout=120)
    return result[0]


def test_action_server_killed_ten_times_mid_intake_loses_no_answer(stack: ScaledStack) -> None:
    rng = random.Random(8)
    rasa = stack.rasa[0]  # served by actions0
    patient = Patient("fault-actions")
    patient.start(rasa)
    outage_replies = 0
    for kill in range(10):
        patient.answer(rasa)  # a normal turn
        if kill % 2:  # killed while a turn is running
            replies = send_while_killing(
                rasa,
                patient,
                lambda: stack.processes.kill("actions0"),
                rng.uniform(0.0, 0.25),
            )
            assert replies, "Rasa itself answers even when its action server dies mid-turn"
        else:  # killed between turns: the next answer arrives while it is down
            stack.processes.kill("actions0")
            replies = patient.answer(rasa)
            assert TRY_AGAIN in texts(replies), texts(replies)
            assert patient.question() is not None, "the open question is shown again"
        outage_replies += TRY_AGAIN in texts(replies)
        stack.processes.restart("actions0")
        patient.answer(rasa)  # the patient sends it again, or answers what is shown
    while patient.in_questionnaires():
        patient.answer(rasa)
    assert outage_replies >= 5
    stored = stored_answers(stack, patient.sender)
    assert len(stored) == 10 + 7 + 10  # PHQ-9 with its difficulty item, GAD-7, PSS-10
    assert stored == {key: patient.meant[key] for key in stored}


def test_risk_while_the_action_server_is_down_gets_the_crisis_reply_and_a_flag(
    stack: ScaledStack,
) -> None:
    rasa = stack.rasa[1]  # served by actions1
    patient = Patient("fault-actions-risk")
    patient.start(rasa)
    patient.answer(rasa)
    stack.processes.kill("actions1")
    try:
        crisis = texts(rasa.send(patient.sender, "I don't want to live anymore"))
    finally:
        stack.processes.restart("actions1")
    assert "Thank you for telling me" in crisis and "Are you safe right now?" in crisis
    assert [c for c, _ in risk_flags(stack, patient.sender)] == ["suicide_self_harm"]
    # The conversation goes on with the safety check, then the question it left.
    thanks = texts(rasa.send(patient.sender, '/affirm{"choice":"safety:safe_now=yes"}'))
    assert "glad you're safe" in thanks, thanks
    patient.shown = rasa.send(patient.sender, '/inform{"choice":"safety:continue=continue"}')
    assert "Question 2 of 9" in texts(patient.shown), texts(patient.shown)
    deadline = time.monotonic() + 60  # the alert goes out from the queue (file notifier here)
    while time.monotonic() < deadline and risk_flags(stack, patient.sender)[0][1] in (
        None,
        "sending",
    ):
        time.sleep(1)
    assert risk_flags(stack, patient.sender)[0][1] in ("logged", "sent")


def test_rasa_process_killed_ten_times_mid_intake_another_continues(stack: ScaledStack) -> None:
    rng = random.Random(5)
    patient = Patient("fault-rasa")
    patient.start(stack.rasa[0])
    live, dead = 0, 1
    restarting: threading.Thread | None = None
    for kill in range(10):
        if restarting is not None:
            restarting.join()  # both processes up again before the next kill
        patient.answer(stack.rasa[live])
        victim = live
        if kill % 3 == 0:  # killed mid-turn: the patient gets no reply at all
            replies = send_while_killing(
                stack.rasa[victim],
                patient,
                lambda v=victim: stack.processes.kill(f"rasa{v}"),
                rng.uniform(0.02, 0.2),
            )
        else:
            stack.processes.kill(f"rasa{victim}")
            replies = None
        live, dead = dead, victim
        if replies is None:  # what a patient's app does: send it again, to a live process
            patient.shown = stack.rasa[live].send(patient.sender, patient.last_tap)
        restarting = threading.Thread(target=stack.processes.restart, args=(f"rasa{dead}",))
        restarting.start()
        patient.answer(stack.rasa[live])  # the other process continues at the same question
    if restarting is not None:
        restarting.join()
    while patient.in_questionnaires():
        patient.answer(stack.rasa[live])
    stored = stored_answers(stack, patient.sender)
    assert len(stored) == 10 + 7 + 10
    assert stored == {key: patient.meant[key] for key in stored}


class DatabaseOutage:
    """A PostgreSQL restart as the processes see it, for this test database only: every
    connection is cut and new ones are refused until `end()`."""

    def __init__(self, stack: ScaledStack) -> None:
        self.database = sa.engine.make_url(stack.env["INTAKE_DB_URL"]).database
        admin = sa.engine.make_url(stack.env["INTAKE_DB_URL"]).set(database="postgres")
        self.admin = sa.create_engine(admin, future=True, isolation_level="AUTOCOMMIT")

    def begin(self) -> None:
        with self.admin.connect() as conn:
            conn.execute(sa.text(f'ALTER DATABASE "{self.database}" ALLOW_CONNECTIONS false'))
            conn.execute(
                sa.text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :db AND pid <> pg_backend_pid()"
                ),
                {"db": self.database},
            )

    def end(self) -> None:
        with self.admin.connect() as conn:
            conn.execute(sa.text(f'ALTER DATABASE "{self.database}" ALLOW_CONNECTIONS true'))
        self.admin.dispose()


def test_database_restart_mid_intake_fails_cleanly_and_the_answer_is_taken_after(
    stack: ScaledStack,
) -> None:
    rasa = stack.rasa[0]
    patient = Patient("fault-database")
    patient.start(rasa)
    patient.answer(rasa)
    patient.answer(rasa)
    before = stored_answers(stack, patient.sender)
    outage = DatabaseOutage(stack)
    outage.begin()
    try:
        during = rasa.send(patient.sender, patient.next_tap())  # HTTP 200, a kind reply
        typed = texts(rasa.send(patient.sender, f"hmm {DISTINCTIVE} several days"))
        crisis = texts(rasa.send(patient.sender, "I want to kill myself"))
    finally:
        outage.end()
    assert TRY_AGAIN in texts(during), texts(during)
    assert TRY_AGAIN in typed, typed
    assert "Thank you for telling me" in crisis, crisis  # the crisis reply needs no database
    assert stored_answers(stack, patient.sender) == before  # nothing half-stored
    # Once the database is back, the Rasa process stores the flag it could not store, and
    # the patient's next message meets the safety check before the questions go on.
    deadline = time.monotonic() + 60
    while not risk_flags(stack, patient.sender) and time.monotonic() < deadline:
        time.sleep(1)
    assert [c for c, _ in risk_flags(stack, patient.sender)] == ["suicide_self_harm"]
    patient.shown = rasa.send(patient.sender, patient.last_tap)
    assert "Are you safe right now?" in texts(patient.shown), texts(patient.shown)
    while patient.in_questionnaires():
        patient.answer(rasa)
    stored = stored_answers(stack, patient.sender)
    assert len(stored) == 10 + 7 + 10
    assert stored == {key: patient.meant[key] for key in stored}
    # The disclosure made while the records were unreachable reached the practitioner
    # directly (the alert log stands in for the practitioner's chat here).
    alerts = (stack.rasa[0].data_dir / "alerts.log").read_text().splitlines()
    direct = [json.loads(line) for line in alerts if patient.sender in line]
    assert any("records were unreachable" in a["summary"] for a in direct), direct
    # The failed writes were logged without the values being written (the patient's words).
    for log in sorted((stack.rasa[0].data_dir / "logs").glob("*.log")):
        assert DISTINCTIVE.split()[0] not in log.read_text(errors="replace"), log.name
