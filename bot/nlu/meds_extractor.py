"""Adds `medication` / `supplement` entities (NLU contract, DESIGN.md) from bot.meds.extract.

Value: the canonical lowercase generic name ("fluoxetine" for "Prozac"). Role: "past" or
"negated" when the patient does not take it now; no role when current. Rule-based over a
cited lexicon (bot/meds/lexicon.yml), so what is recognised is predictable and testable.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot import meds

ENTITY_NAMES = ("medication", "supplement")


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class MedicationExtractor(GraphComponent):
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> MedicationExtractor:
        meds.warm_up()  # build the matcher at load time, not on a patient's first message
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self._add_entities(message)
        return messages

    @staticmethod
    def _add_entities(message: Message) -> None:
        text: str | None = message.get(TEXT)
        if not text or text.startswith("/"):  # button payloads carry their own entities
            return
        entities = [e for e in message.get(ENTITIES, []) if e.get("entity") not in ENTITY_NAMES]
        for mention in meds.extract(text):
            entity: dict[str, Any] = {
                "entity": mention.kind,
                "value": mention.canonical,
                "start": mention.start,
                "end": mention.end,
                "confidence_entity": 1.0,
                "extractor": "MedicationExtractor",
            }
            if mention.role != "current":
                entity["role"] = mention.role
            entities.append(entity)
        message.set(ENTITIES, entities, add_to_output=True)
