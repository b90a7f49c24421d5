"""Button payloads <-> Telegram callback_data (1-64 bytes), compact, reversible, validated.

Rasa button payloads such as `/inform{"choice":"phq9:10=extremely_difficult"}` are longer
than Telegram allows, so each is sent as `<intent code>|<choice>` (`i|phq9:10=...`) and turned
back into the same payload when tapped. The channel's own erase confirmation is
`e|yes|<minute>` / `e|no|<minute>`: the minute it was asked lets an old button expire.

Callback data comes from the patient's device and is never trusted: anything that is not
exactly one of these shapes decodes to None (the channel then answers kindly).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

MAX_BYTES = 64  # Telegram's limit for InlineKeyboardButton.callback_data

# The intents a button may carry. A code is one character so the choice gets the room.
INTENT_CODES = {
    "affirm": "a",
    "deny": "d",
    "inform": "i",
    "greet": "g",
    "start_intake": "s",
    "resume": "r",
    "pause": "p",
    "request_data_erasure": "x",  # "delete my data" typed: the same erasure as /delete
}
_INTENT_OF = {code: intent for intent, code in INTENT_CODES.items()}
ERASE_CODE = "e"

_CHOICE = r"[a-z0-9_]{1,24}(?::[a-z0-9_]{1,16})?=[a-z0-9_]{1,32}"
_PAYLOAD = re.compile(r"/(?P<intent>[a-z_]{1,32})(?P<entities>\{.*\})?", re.DOTALL)
_DATA = re.compile(rf"(?P<code>[a-z])(?:\|(?P<choice>{_CHOICE}))?")
_ERASE = re.compile(r"e\|(?P<answer>yes|no)\|(?P<minute>[0-9]{1,10})")


class UnencodablePayload(ValueError):
    """A button payload this channel cannot carry in callback_data (a domain data error)."""


@dataclass(frozen=True)
class EraseAnswer:
    """A tap on the erase confirmation: yes or no, and the minute the question was asked."""

    confirmed: bool
    asked_minute: int


def encode_payload(payload: str) -> str:
    """`/intent` or `/intent{"choice":"<step>=<value>"}` -> callback_data."""
    found = _PAYLOAD.fullmatch(payload)
    if found is None or found["intent"] not in INTENT_CODES:
        raise UnencodablePayload(f"not a button payload this channel carries: {payload!r}")
    code = INTENT_CODES[found["intent"]]
    if found["entities"] is None:
        return code
    try:
        entities = json.loads(found["entities"])
    except json.JSONDecodeError:
        raise UnencodablePayload(f"payload entities are not JSON: {payload!r}") from None
    choice = entities.get("choice") if isinstance(entities, dict) else None
    if set(entities) != {"choice"} or not isinstance(choice, str):
        raise UnencodablePayload(f"only a single `choice` entity is carried: {payload!r}")
    data = f"{code}|{choice}"
    if not re.fullmatch(_CHOICE, choice) or len(data.encode()) > MAX_BYTES:
        raise UnencodablePayload(f"choice does not fit callback_data: {payload!r}")
    return data


def decode_payload(data: str) -> str | None:
    """callback_data -> the Rasa payload it stands for, or None when it is not ours."""
    if len(data.encode("utf-8", "replace")) > MAX_BYTES:
        return None
    found = _DATA.fullmatch(data)
    if found is None or found["code"] not in _INTENT_OF:
        return None
    intent = _INTENT_OF[found["code"]]
    if found["choice"] is None:
        return f"/{intent}"
    return f"/{intent}" + json.dumps({"choice": found["choice"]}, separators=(",", ":"))


def encode_erase(confirmed: bool, asked_minute: int) -> str:
    return f"{ERASE_CODE}|{'yes' if confirmed else 'no'}|{asked_minute}"


def decode_erase(data: str) -> EraseAnswer | None:
    found = _ERASE.fullmatch(data)
    if found is None:
        return None
    return EraseAnswer(found["answer"] == "yes", int(found["minute"]))


def is_erase(data: str) -> bool:
    return data.startswith(f"{ERASE_CODE}|")
