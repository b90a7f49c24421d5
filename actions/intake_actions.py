"""The intake loop in Rasa terms: start/resume, ask, validate, advance, pause, questions.

All decisions are made by bot.intake.IntakeEngine; these classes only move data between the
tracker and the engine. The engine's state is in the store, so this server keeps none.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, FollowupAction, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.adapters import (
    channel_of,
    latest_reply,
    latest_text,
    say_all,
    user_turns_in_session,
)
from actions.alerts import schedule_alerts
from actions.constants import FORM, REPLY_SLOT, SECTION_SLOT
from bot import data_erasure
from bot.advice_request import is_advice_request
from bot.intake import IntakeEngine, Say
from bot.notify.ready import notify_if_finished
from bot.runtime import default_engine, default_settings


def engine() -> IntakeEngine:
    return default_engine()


class ActionStartIntake(Action):
    """Resume the patient's open intake or start a new one; the loop follows by rule."""

    def name(self) -> str:
        return "action_start_intake"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        want_new = (tracker.latest_message.get("intent") or {}).get("name") == "start_intake"
        begin = engine().begin(tracker.sender_id, channel_of(tracker), want_new=want_new)
        say_all(dispatcher, begin.messages)
        section = None
        if begin.run_questions and begin.intake is not None:
            section = engine().plan.step(begin.intake.step).section
        return [SlotSet(SECTION_SLOT, section)]


class ValidateIntakeForm(FormValidationAction):
    """Hands each reply to the engine; keeps the loop open while the section has questions."""

    def name(self) -> str:
        return "validate_intake_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        section = tracker.get_slot(SECTION_SLOT)
        intake = engine().store.latest_intake(tracker.sender_id)
        if section is None or intake is None:
            return []
        # Roll over to a fresh Rasa session (action_advance_intake) only once this turn's
        # reply is handled: rasa-sdk asks for the required slots before validating too, and
        # an empty list there would drop the patient's answer unread.
        reply_pending = tracker.get_slot(REPLY_SLOT) is not None
        if (
            not reply_pending
            and user_turns_in_session(tracker) >= default_settings().turns_per_session
        ):
            return []
        return [REPLY_SLOT] if engine().is_waiting_in_section(intake, section) else []

    async def validate_intake_reply(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> dict[str, Any]:
        if slot_value is None:
            return {}  # a reset, not a reply
        intake = engine().store.latest_intake(tracker.sender_id)
        if intake is not None:
            say_all(dispatcher, engine().handle(intake, latest_reply(tracker)))
            schedule_alerts(intake.id)  # an answer can raise an urgent flag (PHQ-9 item 9)
            notify_if_finished(engine().store, intake.id)  # "intake ready", in the background
        return {REPLY_SLOT: None}


class ActionAskIntakeReply(Action):
    """Asks the current question of the intake, read from the store."""

    def name(self) -> str:
        return "action_ask_intake_reply"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if erasure_waits(tracker):
            return []  # the erasure question (or the erasure itself) comes first
        intake = engine().store.latest_intake(tracker.sender_id)
        if intake is not None and engine().is_waiting_in_section(intake, None):
            say_all(dispatcher, engine().prompt(intake))
        return []


def erasure_waits(tracker: Tracker) -> bool:
    """This turn asked "delete everything?" or confirmed it: the open question is not asked
    again now (after a no, or a refusal, it is)."""
    intent = (tracker.latest_message.get("intent") or {}).get("name")
    return intent == data_erasure.INTENT and tracker.get_slot(data_erasure.SLOT) in (
        data_erasure.ASKED,
        data_erasure.CONFIRMED,
    )


class ActionAdvanceIntake(Action):
    """After the loop ends: say goodbye, or start a fresh Rasa session and go on.

    Starting a new session here keeps the tracker (which Rasa re-reads and re-featurizes on
    every turn) short, so a turn costs the same at question 80 as at question 1.
    """

    def name(self) -> str:
        return "action_advance_intake"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        was_running: str | None = tracker.get_slot(SECTION_SLOT)
        intake = engine().store.latest_intake(tracker.sender_id)
        if intake is None or was_running is None:
            return [SlotSet(SECTION_SLOT, None)]
        advance = engine().advance(intake)
        say_all(dispatcher, advance.messages)
        if not advance.run_questions:
            return [SlotSet(SECTION_SLOT, None)]
        return [
            SessionStarted(),
            SlotSet(SECTION_SLOT, advance.section),
            FollowupAction(FORM),
        ]


class ActionPauseIntake(Action):
    def name(self) -> str:
        return "action_pause_intake"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        intake = engine().store.open_intake(tracker.sender_id)
        if intake is None:
            say_all(dispatcher, [Say("utter_goodbye")])
        else:
            say_all(dispatcher, engine().pause(intake))
        return [SlotSet(SECTION_SLOT, None)]


class ActionRecordQuestion(Action):
    """A request for treatment advice is never answered: it is kept for the practitioner.

    A plain answer to the current question that the classifier misread as a question
    ("I'm safe" after "Are you safe right now?") is taken as the answer instead, unless the
    rule-based reading also sees a request for advice in it.
    """

    def name(self) -> str:
        return "action_record_question"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = latest_text(tracker).strip()
        intake = engine().store.latest_intake(tracker.sender_id)
        if intake is None or not text:
            say_all(dispatcher, [Say("utter_no_advice")])
            return []
        if not is_advice_request(text) and engine().reads_as_answer(intake, text):
            say_all(dispatcher, engine().handle(intake, latest_reply(tracker)))
            schedule_alerts(intake.id)
            notify_if_finished(engine().store, intake.id)
            return []
        if intake.is_open or intake.step.startswith("safety:"):
            engine().store.add_question(intake.id, text[:2000])
        say_all(dispatcher, [Say("utter_no_advice")])
        return []


class ActionCorrectAnswer(Action):
    """'Go back' / 'actually it's more than half the days': the engine changes the latest
    answer (re-scored at once) or steps back to it; the loop then asks what comes next."""

    def name(self) -> str:
        return "action_correct_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        intake = engine().store.latest_intake(tracker.sender_id)
        if intake is None:
            say_all(dispatcher, [Say("utter_cannot_go_back")])
            return []
        say_all(dispatcher, engine().correct(intake, latest_reply(tracker)))
        schedule_alerts(intake.id)  # a changed answer can raise an urgent flag
        return []
