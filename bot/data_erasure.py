"""The "delete my data" turn on the REST and web chat channels: what it means.

The patient asks (intent `request_data_erasure`), the assistant asks to confirm with two
buttons whose payloads name this question (`data_erasure=yes` / `=no`), and only the tapped
yes confirms: erasing cannot be undone, so a typed "yes" (which may answer the open question)
is not taken for it. The action (actions/erasure_actions.py) marks a confirmed turn with the
`data_erasure` slot; the channel layer (bot/channels/rasa_erasure.py) then erases the records
and the conversation after Rasa has saved the turn. Telegram's /delete uses its own buttons
and the same eraser.
"""

from __future__ import annotations

from enum import Enum

INTENT = "request_data_erasure"
SLOT = "data_erasure"
CHOICE_KEY = "data_erasure"
ASKED = "asked"  # the confirmation is on screen: the open question waits
CONFIRMED = "confirmed"  # the patient tapped yes: erase after this turn

ASK_RESPONSE = "utter_ask_data_erasure"
CANCELLED_RESPONSE = "utter_data_erasure_cancelled"
ERASED_RESPONSE = "utter_data_erased"
FAILED_RESPONSE = "utter_data_erasure_failed"

AUDIT_ACTOR = "patient"  # the audit row's actor for a patient's own request


class Step(Enum):
    ASK = "ask"  # a request in words: ask to confirm
    CONFIRM = "confirm"  # the yes button
    CANCEL = "cancel"  # the no button


def step_of(choice: str | None) -> Step:
    """What one `request_data_erasure` turn asks for, from its button choice (if any).
    A choice of another question, or a damaged one, asks to confirm again."""
    if choice == f"{CHOICE_KEY}=yes":
        return Step.CONFIRM
    if choice == f"{CHOICE_KEY}=no":
        return Step.CANCEL
    return Step.ASK


def may_confirm(message_text: str | None) -> bool:
    """Cheap test the channel layer makes on every turn: only a message that carries the yes
    button's payload can confirm, so only then is the saved turn read back."""
    return (
        isinstance(message_text, str)
        and message_text.startswith(f"/{INTENT}")
        and f"{CHOICE_KEY}=yes" in message_text
    )
