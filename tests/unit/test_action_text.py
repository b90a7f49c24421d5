"""The actions hand the core only storable text, whatever a channel delivered."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("rasa_sdk")

from rasa_sdk import Tracker  # noqa: E402

from actions.adapters import latest_reply, latest_text  # noqa: E402
from bot.intake import IntakeEngine  # noqa: E402


def tracker(text: object, entities: list[dict[str, object]] | None = None) -> Tracker:
    return Tracker(
        "p1", {}, {"text": text, "entities": entities or []}, [], False, None, {}, "action_listen"
    )


def test_nul_control_characters_and_lone_surrogates_never_reach_the_core() -> None:
    assert latest_text(tracker("a\x00b\x1b[31mc\ud800d")) == "ab[31mc\ufffdd"
    assert latest_text(tracker(None)) == "" and latest_text(tracker(42)) == ""


def test_a_typed_payload_entity_is_cleaned_and_capped() -> None:
    entity = {"entity": "choice", "value": "phq9:1=\x00" + "x" * 500}
    reply = latest_reply(tracker('/inform{"choice": "..."}', [entity]))
    assert reply.choice is not None and "\x00" not in reply.choice and len(reply.choice) == 200


def test_dirty_text_is_stored_without_error_in_sqlite(engine: IntakeEngine, tmp_path: Path) -> None:
    begin = engine.begin("p1", "rest")
    assert begin.intake is not None
    engine.handle(begin.intake, latest_reply(tracker("yes")))
    intake = engine.store.latest_intake("p1")
    assert intake is not None
    engine.handle(intake, latest_reply(tracker("I'm 40")))
    intake = engine.store.latest_intake("p1")
    assert intake is not None
    engine.handle(intake, latest_reply(tracker("low mood \ud83d and \x00 nights")))
    stored = engine.store.latest_intake("p1")
    assert stored is not None and stored.concerns == "low mood \ufffd and  nights"


def test_a_suggested_frequency_reading_is_kept_apart_from_a_firm_one() -> None:
    """bot/nlu marks a suggestion (bot/frequency_guess) by a confidence below 1: the core
    offers it to the patient and never stores it as the answer."""
    firm = {"entity": "frequency", "value": "several_days", "confidence_entity": 1.0}
    suggested = {"entity": "frequency", "value": "more_than_half", "confidence_entity": 0.91}
    reply = latest_reply(tracker("a few days", [firm]))
    assert (reply.frequency, reply.frequency_guess) == ("several_days", None)
    reply = latest_reply(tracker("more bad than good", [suggested]))
    assert (reply.frequency, reply.frequency_guess) == (None, "more_than_half")
