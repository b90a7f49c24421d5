"""A suggested reading of a typed answer, kept until the patient confirms or replaces it.

The frequency reader's suggestions (bot/frequency_guess.py) can be wrong, so the form offers
one ("It sounds like 'Several days': is that right?") and stores nothing. The suggestion is
kept on the intake row (intakes.pending_answer) so a typed "yes" on the next turn can take it;
it belongs to one question *and* one attempt at it, so a suggestion left behind by stepping
back or a restart can never answer a later visit to the same question.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Suggestion:
    step: str  # the question's step key
    attempt: int  # the intake's unclear_count once the suggestion was made
    value: str  # the option suggested
    text: str  # the patient's words it was read from (kept as the answer's raw text)

    def encode(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)


def decode(stored: str | None) -> Suggestion | None:
    """The stored suggestion, or None (nothing stored, or not readable)."""
    if not stored:
        return None
    try:
        data = json.loads(stored)
        return Suggestion(
            str(data["step"]), int(data["attempt"]), str(data["value"]), str(data["text"])
        )
    except (ValueError, KeyError, TypeError):
        return None


def open_for(stored: str | None, step: str, attempt: int) -> Suggestion | None:
    """The suggestion waiting for an answer to `step` at this attempt, or None."""
    suggestion = decode(stored)
    if suggestion is None or suggestion.step != step or suggestion.attempt != attempt:
        return None
    return suggestion
