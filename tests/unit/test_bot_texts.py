"""Every text the bot can say is fixed wording, and none of it is treatment advice."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.advice_check import advice_findings
from bot.channels.texts import all_channel_texts, channel_text
from bot.trainer_checks import all_bot_texts

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
# Region numbers; answer labels and questions from the instrument files; the read-back of
# the medicines list: names from bot/meds/lexicon.yml or the patient's own words, never a
# comment on them (tests/unit/test_intake_meds.py).
ALLOWED_VARIABLES = {
    "emergency_number",
    "crisis_line",
    "medication_list",
    "answer_label",
    "answer_list",
}
CHANNEL_VARIABLES = {"choice", "clinic"}  # a tapped button's title; the clinic's name


def test_no_bot_text_gives_treatment_advice() -> None:
    assert advice_findings(all_bot_texts(ROOT)) == []


def test_no_channel_text_gives_treatment_advice() -> None:
    texts = all_channel_texts()
    assert len(texts) >= 10
    assert advice_findings(texts) == []


def test_channel_texts_use_only_their_variables_and_are_not_empty() -> None:
    for where, text in all_channel_texts():
        assert text.strip(), where
        used = set(re.findall(r"\{(\w+)\}", text))
        assert used <= CHANNEL_VARIABLES, f"{where} uses {used - CHANNEL_VARIABLES}"


def test_erasure_confirmation_says_what_goes_and_that_it_is_final() -> None:
    text = channel_text("telegram", "delete_confirm")
    assert "delete" in text and "can't be undone" in text


@pytest.mark.parametrize(
    "text",
    [
        "You should stop taking sertraline.",
        "Take 100 mg of 5-HTP at night.",
        "I recommend magnesium.",
        "It's safe to combine them.",
        "Try taking it in the morning.",
        "You probably have depression.",
        "Increase your dose slowly.",
    ],
)
def test_the_check_catches_advice_wording(text: str) -> None:
    assert advice_findings([("example", text)])


def test_responses_use_only_configured_variables() -> None:
    for name, variants in DOMAIN["responses"].items():
        for variant in variants:
            used = set(re.findall(r"\{(\w+)\}", variant["text"]))
            assert used <= ALLOWED_VARIABLES, f"{name} uses {used - ALLOWED_VARIABLES}"


def test_greeting_says_automated_no_advice_no_emergency_service() -> None:
    (greeting,) = DOMAIN["responses"]["utter_greet_disclaimer"]
    text = greeting["text"]
    for phrase in (
        "automated",
        "not a diagnosis",
        "can't give medical advice",
        "not an emergency service",
        "{emergency_number}",
    ):
        assert phrase in text
