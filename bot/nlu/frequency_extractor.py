"""Adds the `frequency` entity (NLU contract, DESIGN.md) from bot.frequency_guess.read_frequency.

Rule-based first: the mapping from words to an answer option must be predictable and
testable. A reply the rules leave unclear may still get a *suggested* reading from
bot.frequency_guess, marked by `confidence_entity` below 1: the form offers it to the patient
and stores nothing until they confirm it (bot/intake.py). No entity at all: asked again.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.frequency_guess import guesser, read_frequency

ENTITY = "frequency"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class FrequencyAnswerExtractor(GraphComponent):
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> FrequencyAnswerExtractor:
        guesser()  # fitted here, at model load, not on the first patient's message
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self._add_entity(message)
        return messages

    @staticmethod
    def _add_entity(message: Message) -> None:
        text: str | None = message.get(TEXT)
        if not text or text.startswith("/"):  # button payloads carry their own entities
            return
        value, confidence = read_frequency(text)
        entities = [e for e in message.get(ENTITIES, []) if e.get("entity") != ENTITY]
        if value is not None:
            entities.append(
                {
                    "entity": ENTITY,
                    "value": value,
                    "start": 0,
                    "end": len(text),
                    "confidence_entity": confidence,
                    "extractor": "FrequencyAnswerExtractor",
                }
            )
        message.set(ENTITIES, entities, add_to_output=True)
