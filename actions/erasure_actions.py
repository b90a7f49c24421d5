"""The "delete my data" action: ask to confirm, take the tapped yes or no (bot/data_erasure.py).

The action erases nothing itself: a confirmed turn is marked with the `data_erasure` slot and
the channel layer (bot/channels/rasa_erasure.py) erases the records and the conversation once
Rasa has saved the turn, under the conversation's lock, so nothing of the turn is left behind.
"""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.adapters import latest_reply
from bot import data_erasure as erasure
from bot.runtime import default_engine


class ActionDataErasure(Action):
    def name(self) -> str:
        return "action_data_erasure"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        step = erasure.step_of(latest_reply(tracker).choice)
        if step is erasure.Step.ASK:
            dispatcher.utter_message(response=erasure.ASK_RESPONSE)
            return [SlotSet(erasure.SLOT, erasure.ASKED)]
        if step is erasure.Step.CANCEL:
            dispatcher.utter_message(response=erasure.CANCELLED_RESPONSE)
            return [SlotSet(erasure.SLOT, None)]
        if default_engine().store.has_undelivered_alert(tracker.sender_id):
            # Safety first: the practitioner must get the urgent alert before it can go.
            dispatcher.utter_message(response=erasure.FAILED_RESPONSE)
            return [SlotSet(erasure.SLOT, None)]
        return [SlotSet(erasure.SLOT, erasure.CONFIRMED)]  # erased after this turn
