"""Second signal for `request_treatment_advice` (NLU contract): bot.advice_request's rules.

When the rules read a request for a treatment decision, a diagnosis or a test reading, the
intent becomes `request_treatment_advice` whatever the classifier said, so the question is
recorded for the practitioner and never answered. Runs before the safety screen, which
still overrides it when a message also carries a risk.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.advice_request import asks_something, is_advice_request

ADVICE_INTENT = "request_treatment_advice"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class AdviceRequestDetector(GraphComponent):
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> AdviceRequestDetector:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text: str = message.get(TEXT) or ""
            intent: dict[str, Any] = message.get(INTENT) or {}
            predicted = intent.get(INTENT_NAME_KEY)
            if predicted != ADVICE_INTENT and is_advice_request(text):
                message.set(
                    INTENT, {INTENT_NAME_KEY: ADVICE_INTENT, "confidence": 1.0}, add_to_output=True
                )
            elif predicted == ADVICE_INTENT and not asks_something(text):
                # A statement ("my doctor put me on propranolol") is a disclosure: nothing
                # was asked, so nothing to record as a question.
                message.set(
                    INTENT, {INTENT_NAME_KEY: "inform", "confidence": 1.0}, add_to_output=True
                )
        return messages
