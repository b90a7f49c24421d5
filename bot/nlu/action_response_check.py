"""Rasa's check of each action server response, with its JSON schema compiled once.

Rasa validates every response of the action server with `jsonschema.validate`, which first
checks the (constant) schema itself against the JSON Schema metaschema: in `make bench` that
was a third of the Rasa process's CPU time per turn (two action calls per turn). Here the
schema is checked once and its validator reused; a response that fails goes through Rasa's
own method, so it is refused with Rasa's error exactly as before.
"""

from __future__ import annotations

from typing import Any

from jsonschema import exceptions, validators
from rasa.core.actions.action import RemoteAction

_INSTALLED = "_intake_compiled_schema"


def install() -> None:
    """Replace RemoteAction._validate_action_result by the compiled check (idempotent)."""
    if getattr(RemoteAction, _INSTALLED, False):
        return
    schema = RemoteAction.action_response_format_spec()
    validator_class = validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    rasa_check = RemoteAction._validate_action_result

    def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
        if exceptions.best_match(validator.iter_errors(result)) is None:
            return True
        return rasa_check(self, result)  # raises Rasa's ValidationError with its message

    RemoteAction._validate_action_result = _validate_action_result  # type: ignore[method-assign]
    setattr(RemoteAction, _INSTALLED, True)
