"""The scale-out profile: 2 Rasa processes and 2 action servers on one PostgreSQL database and
one Redis lock store (endpoints.scaled.yml), the HTTP API behind a token, and no patient words
in any process's log. Skipped with a message where PostgreSQL or Redis is absent."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import sqlalchemy as sa

from scripts.local_stack import NO_MEDICINES, Assistant, ScaledStack

# Words no model, response or log line could contain by chance.
DISTINCTIVE = "Quillfeather Zanzibarly"


def texts(replies: list[dict[str, object]]) -> str:
    return "\n".join(str(r.get("text", "")) for r in replies)


def user_events(stack: ScaledStack, sender: str, via: Assistant) -> list[str]:
    events = [e for session in via.tracker_sessions(sender) for e in session]
    return [str(e.get("text")) for e in events if e["event"] == "user"]


def summary(stack: ScaledStack, sender: str) -> dict[str, object]:
    result = stack.rasa[0].intake_cli("summary", sender)
    assert result.returncode == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_turns_alternating_between_two_rasa_processes_are_each_stored_once(
    scaled: ScaledStack,
) -> None:
    sender = "scaled-alternating"
    messages = [
        "hello",
        '/affirm{"choice":"consent=yes"}',
        "I'm 35",
        "I have been feeling low",
        *NO_MEDICINES,
        "several days",
        "not at all",
        "more than half the days",
    ]
    replies = []
    for n, message in enumerate(messages):
        replies.append(texts(scaled.rasa[n % 2].send(sender, message)))
    assert "How old are you" in replies[1]
    assert "Question 1 of 9" in replies[6 + len(NO_MEDICINES) - 3]
    assert "Question 4 of 9" in replies[-1]

    # Both processes see the same tracker, with every message exactly once, in order.
    seen_by_first = user_events(scaled, sender, scaled.rasa[0])
    assert seen_by_first == user_events(scaled, sender, scaled.rasa[1])
    assert seen_by_first == messages

    data = summary(scaled, sender)
    phq9 = data["instruments"][0]  # type: ignore[index]
    answered = [(i["item_id"], i["value"]) for i in phq9["items"] if i["status"] == "answered"]
    assert answered == [("1", "several_days"), ("2", "not_at_all"), ("3", "more_than_half")]
    assert data["age"] == 35


def test_two_messages_at_once_on_two_processes_are_handled_one_after_the_other(
    scaled: ScaledStack,
) -> None:
    sender = "scaled-concurrent"
    for n, message in enumerate(
        ["hello", '/affirm{"choice":"consent=yes"}', "I'm 50", "sleep", *NO_MEDICINES]
    ):
        scaled.rasa[n % 2].send(sender, message)
    with ThreadPoolExecutor(2) as pool:  # the Redis lock serialises each pair
        for _ in range(3):
            list(pool.map(lambda a: a.send(sender, "not at all"), scaled.rasa))
    reply = texts(scaled.rasa[0].send(sender, "nearly every day"))
    assert "Question 8 of 9" in reply
    phq9 = summary(scaled, sender)["instruments"][0]  # type: ignore[index]
    values = [i["value"] for i in phq9["items"] if i["status"] == "answered"]
    assert values == ["not_at_all"] * 6 + ["nearly_every_day"]
    assert user_events(scaled, sender, scaled.rasa[1]).count("not at all") == 6


def test_tracker_and_intake_records_are_in_postgresql(scaled: ScaledStack) -> None:
    scaled.rasa[1].send("scaled-where", "hello")
    engine = sa.create_engine(scaled.env["INTAKE_DB_URL"], future=True)
    with engine.connect() as conn:
        events = conn.execute(
            sa.text("SELECT count(*) FROM events WHERE sender_id = 'scaled-where'")
        ).scalar_one()
        patients = conn.execute(
            sa.text("SELECT count(*) FROM patients WHERE ref = 'scaled-where'")
        ).scalar_one()
    engine.dispose()
    assert events > 0 and patients == 1


# Every route of Rasa's HTTP API (rasa/server.py), with a body where it needs one.
API_ROUTES = [
    ("GET", "/status"),
    ("GET", "/domain"),
    ("GET", "/conversations/someone/tracker"),
    ("POST", "/conversations/someone/tracker/events"),
    ("PUT", "/conversations/someone/tracker/events"),
    ("GET", "/conversations/someone/story"),
    ("POST", "/conversations/someone/execute"),
    ("POST", "/conversations/someone/trigger_intent"),
    ("POST", "/conversations/someone/predict"),
    ("POST", "/conversations/someone/messages"),
    ("POST", "/model/train"),
    ("POST", "/model/test/stories"),
    ("POST", "/model/test/intents"),
    ("POST", "/model/predict"),
    ("POST", "/model/parse"),
    ("PUT", "/model"),
    ("DELETE", "/model"),
]


def status_of(method: str, url: str) -> int:
    body = b"{}" if method in ("POST", "PUT") else None
    request = urllib.request.Request(
        url, data=body, method=method, headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as resp:
            return int(resp.status)
    except urllib.error.HTTPError as e:
        return int(e.code)


@pytest.mark.parametrize(("method", "path"), API_ROUTES)
def test_every_rasa_api_route_refuses_without_the_token(
    scaled: ScaledStack, method: str, path: str
) -> None:
    for rasa in scaled.rasa:
        assert status_of(method, f"{rasa.url}{path}") == 401, (rasa.port, method, path)
        assert status_of(method, f"{rasa.url}{path}?token=wrong") == 401, (method, path)


def test_the_token_opens_the_api_and_the_patient_channel_needs_none(scaled: ScaledStack) -> None:
    rasa = scaled.rasa[0]
    assert status_of("GET", f"{rasa.url}/status?token={scaled.token}") == 200
    assert rasa.send("scaled-open-channel", "hello")  # REST webhook: the patients' channel


def _listening_addresses(port: int) -> set[str]:
    """Local addresses with a TCP socket listening on `port` (Linux /proc/net/tcp{,6})."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        path = Path(table)
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            address, hex_port = fields[1].rsplit(":", 1)
            if fields[3] == "0A" and int(hex_port, 16) == port:  # 0A = LISTEN
                found.add(address)
    return found


def test_action_servers_and_rasa_listen_on_loopback_only(scaled: ScaledStack) -> None:
    if not Path("/proc/net/tcp").exists():
        pytest.skip("no /proc/net/tcp on this system to read listening sockets from")
    loopback = "0100007F"  # 127.0.0.1 in /proc/net/tcp's little-endian hex
    ports = [int(u.split(":")[2].split("/")[0]) for u in scaled.action_urls]
    ports += [r.port for r in scaled.rasa]
    for port in ports:
        assert _listening_addresses(port) == {loopback}, port


def test_no_log_line_of_rasa_or_the_action_servers_holds_the_patients_words(
    scaled: ScaledStack,
) -> None:
    sender = "scaled-private"
    conversation = [
        f"hello {DISTINCTIVE}",
        '/affirm{"choice":"consent=yes"}',
        f"I'm 29 {DISTINCTIVE}",
        f"My {DISTINCTIVE} keeps me awake and my mood is low",
        f"I take {DISTINCTIVE} tablets",  # an unrecognised medicine name
        *NO_MEDICINES,
        f"{DISTINCTIVE} hard to say",  # an unclear answer
        f"should I double my dose of {DISTINCTIVE}?",  # a request for advice
    ]
    for n, message in enumerate(conversation):
        scaled.rasa[n % 2].send(sender, message)
    assert user_events(scaled, sender, scaled.rasa[0]) == conversation  # the words went through
    logs = sorted((scaled.rasa[0].data_dir / "logs").glob("*.log"))
    assert {p.stem for p in logs} >= {"rasa0", "rasa1", "actions0", "actions1"}
    needle = DISTINCTIVE.lower().split()
    assert sum(log.stat().st_size for log in logs) > 0  # INFO lines were written
    for log in logs:
        for number, line in enumerate(log.read_text(errors="replace").splitlines(), start=1):
            lowered = line.lower()
            assert not any(word in lowered for word in needle), f"{log.name}:{number}: {line}"


def test_purge_erases_inactive_patients_from_postgresql_and_keeps_active_ones(
    scaled: ScaledStack,
) -> None:
    old, active = "scaled-purge-old", "scaled-purge-active"
    for sender in (old, active):
        scaled.rasa[0].send(sender, "hello")
        scaled.rasa[1].send(sender, '/affirm{"choice":"consent=yes"}')
    time.sleep(3)
    scaled.rasa[1].send(active, "I'm 52")  # activity after the cut-off below

    result = scaled.rasa[0].intake_cli("purge", "--older-than", "0.00002")  # ~1.7 seconds
    assert result.returncode == 0, result.stderr
    assert "erased" in result.stdout and "tracker_events" in result.stdout

    engine = sa.create_engine(scaled.env["INTAKE_DB_URL"], future=True)
    with engine.connect() as conn:

        def count(sql: str, sender: str) -> int:
            return int(conn.execute(sa.text(sql), {"s": sender}).scalar_one())

        events = "SELECT count(*) FROM events WHERE sender_id = :s"
        patients = "SELECT count(*) FROM patients WHERE ref = :s"
        assert (count(events, old), count(patients, old)) == (0, 0)
        assert count(events, active) > 0 and count(patients, active) == 1
    engine.dispose()
    # The erased patient starts from nothing: a new conversation, not a resumed one.
    assert "automated" in texts(scaled.rasa[1].send(old, "hello"))
    assert user_events(scaled, old, scaled.rasa[0]) == ["hello"]
