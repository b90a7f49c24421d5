"""The rule-based reading of treatment-advice requests (second signal beside the intent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.advice_request import asks_something, is_advice_request

DEV = Path(__file__).resolve().parents[1] / "data" / "advice_dev.jsonl"


@pytest.mark.parametrize(
    "text",
    [
        "should I stop my sertraline?",
        "what dose of 5-htp should I take",
        "do I have depression?",
        "can I take st john's wort with prozac",
        "what do my urinary metabolite results mean",
        "wat shud i take to help me sleep",
        "is it safe to combine 5-htp and escitalopram",
    ],
)
def test_requests_for_a_treatment_decision_are_read_as_advice(text: str) -> None:
    assert is_advice_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "I take vitamin D in the winter",
        "I'm on zoloft 50mg",
        "how long does this take",
        "can we take a break",
        "will the nurse see the list of supplements I mentioned",
        "who gets to read my answers?",
        "several days",
        "",
        '/inform{"choice":"x"}',
    ],
)
def test_disclosures_and_process_questions_are_not_advice(text: str) -> None:
    assert not is_advice_request(text)


def test_dev_set_is_read_without_misses_or_false_alarms() -> None:
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    wrong = [
        r["text"] for r in rows if is_advice_request(r["text"]) != (r["expect"] == "advice_request")
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("is 200mg too much?", True),
        ("recommend me a supplement", True),
        ("shud i stop my meds", True),
        ("I take l-theanine with my morning tea", False),
        ("my doctor put me on propranolol for the shaking", False),
        ("currently on 20mg of citalopram, should I stop", True),
    ],
)
def test_statements_are_told_and_requests_are_asked(text: str, asks: bool) -> None:
    assert asks_something(text) is asks
