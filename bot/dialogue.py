"""What the intake engine hears and says: plain records shared by its step handlers.

Everything the assistant says is a `Say`: the name of a fixed response in domain.yml or fixed
wording from an instrument file. Nothing is generated.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Button:
    title: str
    payload: str


@dataclass(frozen=True)
class Say:
    """One bot message: a domain.yml response by name, or fixed instrument wording."""

    response: str | None = None
    text: str | None = None
    buttons: tuple[Button, ...] = ()
    variables: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Reply:
    """What the patient sent, as the NLU understood it."""

    text: str
    choice: str | None = None  # from a button payload: "<step key>=<option value>"
    frequency: str | None = None  # `frequency` entity from the NLU pipeline (the rules')
    # A suggested reading (bot/frequency_guess): offered to the patient, never stored as is.
    frequency_guess: str | None = None


@dataclass(frozen=True)
class RiskSignal:
    """What the safety screen found in one message (the NLU contract's `safety` object)."""

    risk: str  # possible | high | emergency
    categories: tuple[str, ...]
    evidence: str


def choice_payload(intent: str, step_key: str, value: str) -> str:
    """A button payload that names the question it answers, so stale taps can be told apart."""
    return f"/{intent}" + json.dumps({"choice": f"{step_key}={value}"}, separators=(",", ":"))
