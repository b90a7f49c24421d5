"""The crisis protocol over REST, against the real servers and the fake Telegram Bot API."""

from __future__ import annotations

import time

from scripts.contract_eval import http_parser
from scripts.local_stack import NO_MEDICINES, Assistant
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.integration.conftest import PRACTITIONER_CHAT_ID
from tests.integration.test_rest_intake import buttons, summary, texts


def parse(assistant: Assistant, text: str) -> dict[str, object]:
    return http_parser(assistant.url)(text)


def alerts_for(telegram_api: FakeTelegramAPI, sender: str, timeout: float = 10.0) -> list[str]:
    """Alert texts sent to the practitioner's chat that name this patient (waits a little:
    alerts go out in the background right after the reply)."""
    deadline = time.monotonic() + timeout
    while True:
        found = [
            str(m["text"])
            for m in telegram_api.sent_messages()
            if str(m.get("chat_id")) == PRACTITIONER_CHAT_ID and sender in str(m["text"])
        ]
        if found or time.monotonic() > deadline:
            return found
        time.sleep(0.2)


def start(assistant: Assistant, sender: str) -> None:
    for message in ("hi", "yes", "36", "anxiety and low mood", *NO_MEDICINES):
        assistant.send(sender, message)


def test_every_parse_has_the_safety_object(assistant: Assistant) -> None:
    calm = parse(assistant, "several days")
    assert calm["safety"] == {"risk": "none", "categories": [], "evidence": ""}
    risky = parse(assistant, "several days, and lately I've been hurting myself again")
    assert risky["safety"]["risk"] in ("high", "emergency")  # type: ignore[index]
    assert risky["safety"]["categories"] == ["suicide_self_harm"]  # type: ignore[index]
    assert risky["intent"]["name"] == "disclose_risk"  # type: ignore[index]
    idiom = parse(assistant, "this commute is killing me")
    assert idiom["safety"]["risk"] == "none"  # type: ignore[index]


def test_crisis_mid_phq9_interrupts_alerts_and_returns_to_the_same_question(
    assistant: Assistant, telegram_api: FakeTelegramAPI
) -> None:
    sender = "it-crisis-phq9"
    start(assistant, sender)
    assistant.send(sender, "several days")  # item 1
    reply = assistant.send(sender, "honestly I keep thinking about killing myself")
    text = texts(reply)
    assert "Thank you for telling me" in text and "911" in text and "988" in text
    assert "practitioner" in text and "Are you safe right now?" in text
    assert buttons(reply)[-2:] == ["Yes, I'm safe right now", "No, I'm not safe"]
    flags = summary(assistant, sender)["flags"]
    assert flags[0]["kind"] == "risk_suicide_self_harm"  # type: ignore[index]
    assert "killing myself" in flags[0]["evidence"]  # type: ignore[index]
    assert alerts_for(telegram_api, sender), "the practitioner alert did not reach Telegram"

    assert "carry on" in texts(assistant.send(sender, "yes I'm safe")).lower()
    back = assistant.send(sender, '/inform{"choice":"safety:continue=continue"}')
    assert "Question 2 of 9" in texts(back)
    alerted = summary(assistant, sender)["flags"][0]["alert"]  # type: ignore[index]
    assert alerted["status"] == "sent" and alerted["channel"] == "telegram"


def test_crisis_mid_gad7_and_not_safe_ends_the_questions(
    assistant: Assistant, telegram_api: FakeTelegramAPI
) -> None:
    sender = "it-crisis-gad7"
    start(assistant, sender)
    for n in range(1, 10):
        assistant.send(sender, f'/inform{{"choice":"phq9:{n}=not_at_all"}}')
    assert "Question 2 of 7" in texts(assistant.send(sender, "several days"))
    reply = assistant.send(sender, "my partner hits me when he drinks")
    assert "not your fault" in texts(reply) and "Are you safe right now?" in texts(reply)
    final = assistant.send(sender, '/deny{"choice":"safety:safe_now=no"}')
    assert "call 911 now" in texts(final) and "stopped the questions" in texts(final)
    data = summary(assistant, sender)
    assert data["status"] == "stopped_for_safety"
    kinds = [f["kind"] for f in data["flags"]]  # type: ignore[attr-defined]
    assert "risk_safeguarding" in kinds and "not_safe_now" in kinds
    later = assistant.send(sender, "hello again")
    assert "not safe" in texts(later) and "Question" not in texts(later)


def test_you_misunderstood_adds_an_annotation_and_keeps_the_flag(assistant: Assistant) -> None:
    sender = "it-misunderstood"
    start(assistant, sender)
    assistant.send(sender, "I don't want to be alive anymore")
    reply = assistant.send(sender, "you misunderstood, I was joking")
    assert "added your words" in texts(reply) and "Are you safe right now?" in texts(reply)
    (flag,) = [f for f in summary(assistant, sender)["flags"] if f["category"]]  # type: ignore[attr-defined]
    assert flag["severity"] == "urgent"
    assert [a["text"] for a in flag["patient_annotations"]] == ["you misunderstood, I was joking"]


def test_item9_positive_leads_to_the_cssrs_screener_and_its_triage(
    assistant: Assistant, telegram_api: FakeTelegramAPI
) -> None:
    sender = "it-cssrs"
    start(assistant, sender)
    for n in range(1, 9):
        assistant.send(sender, f'/inform{{"choice":"phq9:{n}=several_days"}}')
    reply = assistant.send(sender, '/inform{"choice":"phq9:9=several_days"}')
    assert "988" in texts(reply) and "How difficult" in texts(reply)
    reply = assistant.send(sender, "somewhat difficult")
    assert "few more questions" in texts(reply) and "Question 1 of 6" in texts(reply)
    assert buttons(reply) == ["Yes", "No"]
    for answer in ("yes", "yes", "no"):
        assistant.send(sender, answer)
    reply = assistant.send(sender, "yes")  # C-SSRS 4: intent -> high risk
    assert "Are you safe right now?" in texts(reply)
    data = summary(assistant, sender)
    kinds = {(f["kind"], f["severity"]) for f in data["flags"]}  # type: ignore[attr-defined]
    assert ("cssrs_high_risk", "urgent") in kinds and ("phq9_item9_positive", "urgent") in kinds
    assert len(alerts_for(telegram_api, sender)) >= 1
    assistant.send(sender, "I'm safe")
    back = assistant.send(sender, "carry on")
    assert "Question 5 of 6" in texts(back)


def alert_state(assistant: Assistant, sender: str) -> tuple[str, int]:
    """The status and the number of send attempts of the patient's one risk flag's alert."""
    (flag,) = [f for f in summary(assistant, sender)["flags"] if f["category"]]  # type: ignore[union-attr, index]
    return str(flag["alert"]["status"]), int(flag["alert"]["attempts"])  # type: ignore[index]


def test_alert_waits_in_the_database_while_telegram_is_down_and_goes_out_when_it_is_back(
    assistant: Assistant, telegram_api: FakeTelegramAPI
) -> None:
    sender = "it-notifier-down"
    start(assistant, sender)
    telegram_api.fail_next_http(100_000, 502, methods=["sendMessage"])
    try:
        reply = texts(assistant.send(sender, "I keep thinking about killing myself"))
        assert "Are you safe right now?" in reply  # the patient never waits for the notifier
        deadline = time.monotonic() + 90
        while alert_state(assistant, sender)[1] < 2 and time.monotonic() < deadline:
            time.sleep(1)
        status, attempts = alert_state(assistant, sender)
        # Queued in the database and retried (every 2 s here) while Telegram is down.
        assert status in ("failed", "sending") and attempts >= 2, (status, attempts)
        assert alerts_for(telegram_api, sender, timeout=0) == []
    finally:
        telegram_api.clear_failures()
    # No patient message needed: the action server's retry loop sends it.
    (alert,) = alerts_for(telegram_api, sender, timeout=60)
    assert "Urgent flag" in alert and "killing" not in alert
    deadline = time.monotonic() + 30
    while alert_state(assistant, sender)[0] != "sent" and time.monotonic() < deadline:
        time.sleep(1)
    assert alert_state(assistant, sender)[0] == "sent"
    time.sleep(5)
    assert len(alerts_for(telegram_api, sender, timeout=0)) == 1  # once, not once per retry
