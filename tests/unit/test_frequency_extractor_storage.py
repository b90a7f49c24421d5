"""The suggestion model is fitted by `rasa train`, stored in the Rasa model and loaded, not
refitted, at every Rasa start (bot/nlu/frequency_extractor.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot import frequency_guess
from bot.nlu import frequency_extractor
from bot.nlu.frequency_extractor import FrequencyAnswerExtractor


class _StandIn:
    """A fitted guesser stand-in: what was stored must be what is loaded."""

    def guess(self, text: str) -> frequency_guess.Guess:
        return frequency_guess.Guess("several_days", 0.9)


def test_train_stores_the_fitted_guesser_and_load_uses_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(frequency_guess, "_guesser", None)
    monkeypatch.setattr(frequency_extractor, "FrequencyGuesser", lambda examples: _StandIn())
    storage = LocalModelStorage(tmp_path)
    resource = Resource("frequency")
    context = ExecutionContext(GraphSchema({}), "test")
    component = FrequencyAnswerExtractor.create({}, storage, resource, context)
    assert component.train(TrainingData()) == resource

    monkeypatch.setattr(frequency_guess, "_guesser", None)  # a new process: nothing fitted
    monkeypatch.setattr(frequency_guess, "FrequencyGuesser", _fail_if_fitted)
    FrequencyAnswerExtractor.load({}, storage, resource, context)
    assert isinstance(frequency_guess._guesser, _StandIn)


def _fail_if_fitted(examples: object) -> None:
    raise AssertionError("load refitted the guesser instead of using the stored one")


def test_the_examples_fingerprint_follows_the_labelled_files(tmp_path: Path) -> None:
    (tmp_path / "frequency_dev.jsonl").write_text('{"text": "no", "expect": "not_at_all"}\n')
    before = frequency_guess.examples_fingerprint(tmp_path)
    assert frequency_guess.examples_fingerprint(tmp_path) == before
    (tmp_path / "frequency_dev2.jsonl").write_text('{"text": "yes", "expect": "unclear"}\n')
    assert frequency_guess.examples_fingerprint(tmp_path) != before


def test_the_fingerprint_is_part_of_the_component_config() -> None:
    # Rasa retrains a component when its config changes: the labelled files live outside data/.
    config = FrequencyAnswerExtractor.get_default_config()
    assert config == {"examples_fingerprint": frequency_guess.examples_fingerprint()}
