"""Adds the `frequency` entity (NLU contract, DESIGN.md) from bot.frequency_guess.read_frequency.

Rule-based first: the mapping from words to an answer option must be predictable and
testable. A reply the rules leave unclear may still get a *suggested* reading from
bot.frequency_guess, marked by `confidence_entity` below 1: the form offers it to the patient
and stores nothing until they confirm it (bot/intake.py). No entity at all: asked again.

The suggestion model is fitted by `rasa train` and stored in the Rasa model, like any trainable
component: fitting it on the 12,000 labelled replies takes about 15 s, which every Rasa start
(a restarted replica, each integration test server) would otherwise pay. Its training data
(bot/frequency_examples) lives outside data/, so the files' hash is part of the component's
config: Rasa's fingerprint then retrains this component, and only it, when they change.
"""

from __future__ import annotations

import pickle
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.frequency_guess import (
    FrequencyGuesser,
    examples_fingerprint,
    guesser,
    load_examples,
    read_frequency,
    use_guesser,
)

ENTITY = "frequency"
FITTED_FILE = "frequency_guesser.pkl"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=True)
class FrequencyAnswerExtractor(GraphComponent):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"examples_fingerprint": examples_fingerprint()}

    def __init__(self, model_storage: ModelStorage, resource: Resource) -> None:
        self._model_storage = model_storage
        self._resource = resource

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> FrequencyAnswerExtractor:
        return cls(model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        fitted = FrequencyGuesser(load_examples())
        with self._model_storage.write_to(self._resource) as directory:
            (directory / FITTED_FILE).write_bytes(pickle.dumps(fitted))
        use_guesser(fitted)
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> FrequencyAnswerExtractor:
        try:
            with model_storage.read_from(resource) as directory:
                # Our own file, written by `rasa train` into the model archive above.
                use_guesser(pickle.loads((directory / FITTED_FILE).read_bytes()))  # noqa: S301
        except (ValueError, FileNotFoundError):
            guesser()  # a model without it: fitted here, at load, not on the first message
        return cls(model_storage, resource)

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
