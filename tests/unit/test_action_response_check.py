"""Rasa's check of action server responses, compiled once (bot/nlu/action_response_check.py),
accepts and refuses exactly what Rasa's own check does."""

from __future__ import annotations

import pytest

pytest.importorskip("rasa")

from jsonschema import ValidationError  # noqa: E402
from rasa.core.actions.action import RemoteAction  # noqa: E402

import bot.nlu  # noqa: E402, F401  (installs the compiled check, as loading the model does)


def _check(result: object) -> bool:
    return bool(RemoteAction("action_x", None)._validate_action_result(result))  # type: ignore[arg-type]


def test_the_compiled_check_is_installed_when_the_nlu_package_loads() -> None:
    assert RemoteAction._validate_action_result.__module__ == "bot.nlu.action_response_check"


def test_a_valid_response_passes() -> None:
    response = {"events": [{"event": "slot", "name": "x", "value": 1}], "responses": []}
    assert _check(response)


@pytest.mark.parametrize(
    "bad",
    [{"events": "not a list"}, {"events": [], "responses": [1]}, {"events": [{"no": "event"}]}],
)
def test_an_invalid_response_is_refused_with_rasas_error(bad: object) -> None:
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        _check(bad)
