"""Small helpers that translate between rasa-sdk objects and the core's types."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.constants import CHOICE_ENTITY, FREQUENCY_ENTITY
from bot.intake import Reply, Say
from bot.text_input import storable_text


def say_all(dispatcher: CollectingDispatcher, messages: list[Say]) -> None:
    for message in messages:
        buttons = [{"title": b.title, "payload": b.payload} for b in message.buttons]
        if message.response:
            dispatcher.utter_message(
                response=message.response, buttons=buttons or None, **message.variables
            )
        else:
            dispatcher.utter_message(text=message.text, buttons=buttons or None)


def _entity(tracker: Tracker, name: str, *, suggested: bool = False) -> str | None:
    """The entity's value; with `suggested`, only a reading below full confidence (a
    suggestion from bot/frequency_guess), else only a firm one."""
    for entity in tracker.latest_message.get("entities", []) or []:
        if entity.get("entity") != name or not isinstance(entity.get("value"), str):
            continue
        confidence = entity.get("confidence_entity")
        firm = not isinstance(confidence, (int, float)) or confidence >= 1.0
        if firm != suggested:
            return storable_text(entity["value"])[:200]  # a typed payload can hold anything
    return None


def latest_text(tracker: Tracker) -> str:
    """The patient's latest message as storable text ("" when there is none)."""
    return storable_text((tracker.latest_message or {}).get("text"))


def latest_reply(tracker: Tracker) -> Reply:
    text = latest_text(tracker)
    choice = _entity(tracker, CHOICE_ENTITY)
    if text.startswith("/") and choice is None:
        text = ""  # a malformed payload is not the patient's words
    return Reply(
        text=text,
        choice=choice,
        frequency=_entity(tracker, FREQUENCY_ENTITY),
        frequency_guess=_entity(tracker, FREQUENCY_ENTITY, suggested=True),
    )


def user_turns_in_session(tracker: Tracker) -> int:
    """User messages since the latest session start (what Rasa re-reads on every turn)."""
    turns = 0
    for event in reversed(tracker.events):
        kind = event.get("event")
        if kind == "session_started":
            break
        if kind == "user":
            turns += 1
    return turns


def channel_of(tracker: Tracker) -> str | None:
    return tracker.get_latest_input_channel()
