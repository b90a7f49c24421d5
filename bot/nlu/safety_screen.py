"""Runs the safety screen (bot.safety) on every message, after the intent classifier.

Adds the NLU contract's top-level `safety` object to every parse result and, when any risk
is found, sets the intent to `disclose_risk` so the dialogue interrupts whatever is running
(inside the question loop too). The trained intent is the second signal: it can raise a risk
the rules missed, never lower one they found.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.safety import combine_with_intent, screen, warm_up

RISK_INTENT = "disclose_risk"
# The FallbackClassifier's threshold in config.yml: a next-best guess below it is no reading.
FALLBACK_THRESHOLD = 0.5
SAFETY_KEY = "safety"
PREDICTED_CONFIDENCE_KEY = "confidence"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class SafetyScreen(GraphComponent):
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SafetyScreen:
        warm_up()  # build the matcher once, not on the first patient message
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self._screen(message)
        return messages

    @staticmethod
    def _screen(message: Message) -> None:
        text: str = message.get(TEXT) or ""
        intent: dict[str, Any] = message.get(INTENT) or {}
        if text.startswith("/"):  # a button payload carries no patient words
            message.set(
                SAFETY_KEY, {"risk": "none", "categories": [], "evidence": ""}, add_to_output=True
            )
            return
        result = combine_with_intent(
            screen(text),
            intent.get(INTENT_NAME_KEY),
            float(intent.get(PREDICTED_CONFIDENCE_KEY) or 0.0),
        )
        message.set(SAFETY_KEY, result.as_contract(), add_to_output=True)
        if result.risk != "none":
            message.set(
                INTENT,
                {INTENT_NAME_KEY: RISK_INTENT, PREDICTED_CONFIDENCE_KEY: 1.0},
                add_to_output=True,
            )
        elif intent.get(INTENT_NAME_KEY) == RISK_INTENT:
            # The classifier alone, unsure or contradicted by the rules (an idiom, a negation):
            # not a disclosure. Fall back to its next best guess rather than a crisis reply.
            ranking = [
                r
                for r in message.get("intent_ranking") or []
                if r.get(INTENT_NAME_KEY) != RISK_INTENT
            ]
            # A weak next guess ("I can't sleep" -> pause at 0.14) must not steer the dialogue
            # (it would pause the intake): below the fallback threshold it is nlu_fallback, and
            # the question loop takes the words as the answer.
            confident = [
                r
                for r in ranking
                if float(r.get(PREDICTED_CONFIDENCE_KEY) or 0) >= FALLBACK_THRESHOLD
            ]
            fallback = (
                confident[0]
                if confident
                else {INTENT_NAME_KEY: "nlu_fallback", PREDICTED_CONFIDENCE_KEY: 1.0}
            )
            message.set(INTENT, fallback, add_to_output=True)
