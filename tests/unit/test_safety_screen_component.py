"""The safety screen's Rasa component: a classifier-only risk guess the rules contradict."""

from __future__ import annotations

import pytest

pytest.importorskip("rasa")

from rasa.shared.nlu.training_data.message import Message  # noqa: E402

from bot.nlu.safety_screen import SafetyScreen  # noqa: E402


def screened(text: str, ranking: list[tuple[str, float]]) -> Message:
    message = Message(
        data={
            "text": text,
            "intent": {"name": ranking[0][0], "confidence": ranking[0][1]},
            "intent_ranking": [{"name": n, "confidence": c} for n, c in ranking],
        }
    )
    SafetyScreen._screen(message)
    return message


def test_a_weak_next_guess_becomes_fallback_not_pause() -> None:
    # "I can't sleep" as the answer to "what would you like help with?": the classifier said
    # disclose_risk 0.59, the rules found no risk, and the next guess was pause at 0.14.
    message = screened(
        "I can't sleep", [("disclose_risk", 0.59), ("pause", 0.14), ("ask_process", 0.12)]
    )
    assert message.get("intent")["name"] == "nlu_fallback"
    assert message.get("safety")["risk"] == "none"


def test_a_confident_next_guess_is_kept() -> None:
    message = screened("hello there", [("disclose_risk", 0.4), ("greet", 0.55)])
    assert message.get("intent")["name"] == "greet"


def test_a_risk_the_rules_find_sets_the_risk_intent() -> None:
    message = screened("I want to kill myself", [("inform", 0.9)])
    assert message.get("intent")["name"] == "disclose_risk"
    assert message.get("safety")["risk"] != "none"
