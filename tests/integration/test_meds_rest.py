"""Medicines and supplements over the REST channel, against real Rasa and action servers."""

from __future__ import annotations

from bot.advice_check import advice_findings
from scripts.contract_eval import http_parser
from scripts.local_stack import Assistant
from tests.integration.test_rest_intake import buttons, summary, texts


def test_sertraline_and_5htp_end_with_the_interaction_flag_and_no_advice(
    assistant: Assistant,
) -> None:
    sender = "it-meds"
    said: list[str] = []
    for message in ("hi", "yes", "44", "low mood and poor sleep"):
        said.append(texts(assistant.send(sender, message)))
    reply = assistant.send(sender, "I'm on zoloft 100mg")
    said.append(texts(reply))
    assert "supplements" in texts(reply)
    reply = assistant.send(sender, "5htp most nights")
    said.append(texts(reply))
    assert "Here is what I noted" in texts(reply)
    assert "sertraline" in texts(reply) and "5-HTP" in texts(reply)
    assert buttons(reply) == ["Yes, that's right", "Add something", "Remove something"]
    reply = assistant.send(sender, "yes that's right")
    said.append(texts(reply))
    assert "since when" in texts(reply)
    reply = assistant.send(sender, "100 mg since 2022 and the 5htp for two months")
    said.append(texts(reply))
    assert "agitated or restless" in texts(reply)
    reply = assistant.send(sender, '/deny{"choice":"meds:toxicity=no"}')
    said.append(texts(reply))
    assert "Question 1 of 9" in texts(reply)

    data = summary(assistant, sender)
    current = {m["name"] for m in data["medications"] if m["status"] == "current"}  # type: ignore[attr-defined]
    assert current == {"sertraline", "5-htp"}
    fired = data["interaction_flags"]
    assert fired, "sertraline + 5-HTP must raise an interaction flag"
    assert any(set(f["items"]) == {"sertraline", "5-htp"} and f["source"] for f in fired)  # type: ignore[index]
    assert data["medication_details"] == "100 mg since 2022 and the 5htp for two months"
    assert advice_findings(("reply", text) for text in said) == []


def test_parse_carries_medication_entities_with_roles(assistant: Assistant) -> None:
    parse = http_parser(assistant.url)
    entities = parse("I stopped prozac in march but take 5htp and zoloft")["entities"]
    found = {
        (e["entity"], e["value"], e.get("role"))
        for e in entities  # type: ignore[union-attr]
        if e["entity"] in ("medication", "supplement")
    }
    assert found == {
        ("medication", "fluoxetine", "past"),
        ("supplement", "5-htp", None),
        ("medication", "sertraline", None),
    }
