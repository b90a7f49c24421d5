"""Risk disclosures: store the flag first, reply with the crisis route, alert the practitioner.

The NLU pipeline's safety screen sets the intent `disclose_risk` on any flagged message, so
this runs wherever the patient is (before consent, inside the questions, after the end).
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.adapters import channel_of, latest_text, say_all
from actions.alerts import schedule_alerts
from actions.constants import SECTION_SLOT
from bot.intake import RiskSignal, Say
from bot.runtime import default_engine
from bot.safety import combine_with_intent, screen


def risk_signal(tracker: Tracker) -> RiskSignal:
    """The safety result of the latest message, as the NLU pipeline computed it.

    Screened again here when the parse data lacks it, so a message that reached this action
    is never treated as "no risk".
    """
    message: dict[str, Any] = tracker.latest_message or {}
    text = latest_text(tracker)
    found = message.get("safety") or {}
    if found.get("risk") not in (None, "none") and found.get("categories"):
        return RiskSignal(found["risk"], tuple(found["categories"]), found.get("evidence", ""))
    intent = message.get("intent") or {}
    result = combine_with_intent(screen(text), intent.get("name"), intent.get("confidence", 0))
    if result.risk == "none":  # the intent said risk: never dismissed here
        return RiskSignal("possible", ("suicide_self_harm",), text[:200])
    return RiskSignal(result.risk, result.categories, result.evidence)


class ActionSafetyResponse(Action):
    def name(self) -> str:
        return "action_safety_response"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        engine = default_engine()
        text = latest_text(tracker)
        intake, messages = engine.record_risk(
            tracker.sender_id, channel_of(tracker), risk_signal(tracker), text
        )  # stored before the reply leaves
        say_all(dispatcher, messages)
        schedule_alerts(intake.id)
        section = tracker.get_slot(SECTION_SLOT) or "safety"
        return [SlotSet(SECTION_SLOT, section)]


class ActionAnnotateFlag(Action):
    """'You misunderstood': the patient's words are added to the flag; the flag stays."""

    def name(self) -> str:
        return "action_annotate_flag"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = latest_text(tracker).strip()
        annotated = default_engine().annotate_latest_risk_flag(tracker.sender_id, text)
        say_all(
            dispatcher,
            [Say("utter_flag_annotated" if annotated else "utter_thanks_for_clarifying")],
        )
        return []
