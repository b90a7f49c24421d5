"""The REST channel's request body, checked before Rasa sees it (no Rasa import here).

POST /webhooks/rest/webhook takes a JSON object `{"sender": str, "message": str}` with an
optional `metadata` object. Anything else is refused with a 4xx and a JSON error saying what
to send, instead of the 500 (or the silent empty reply) Rasa's own REST channel gives for a
body that is not an object, a number as the message, and the like.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from bot.text_input import has_unstorable_characters

MAX_BODY_BYTES = 64 * 1024
MAX_SENDER_CHARS = 128  # patients.ref holds 128 characters
# The longest text the intake keeps whole (bot/intake.py MAX_CONCERNS_CHARS): longer messages
# are refused rather than stored cut.
MAX_MESSAGE_CHARS = 4000
MAX_METADATA_BYTES = 4096


@dataclass(frozen=True)
class RestMessage:
    sender: str
    message: str
    metadata: dict[str, Any] | None


class BadRestRequest(ValueError):
    """The body cannot be taken; `status` is the HTTP status, `code` a stable error code."""

    def __init__(self, status: int, code: str, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail

    def as_json(self) -> dict[str, str]:
        return {"error": self.code, "detail": self.detail}


def parse_rest_body(body: bytes) -> RestMessage:
    """The checked message, or BadRestRequest (never another exception, for any bytes)."""
    if len(body) > MAX_BODY_BYTES:
        raise BadRestRequest(413, "body_too_large", f"the body is over {MAX_BODY_BYTES} bytes")
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BadRestRequest(
            400, "invalid_json", 'send a UTF-8 JSON object: {"sender": "...", "message": "..."}'
        ) from None
    if not isinstance(data, dict):
        raise BadRestRequest(
            400, "not_an_object", 'the body must be a JSON object with "sender" and "message"'
        )
    return RestMessage(
        _sender(data.get("sender")),
        check_message(data.get("message")),
        check_metadata(data.get("metadata")),
    )


def _sender(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise BadRestRequest(400, "invalid_sender", '"sender" must be a non-empty string')
    if len(value) > MAX_SENDER_CHARS or has_unstorable_characters(value):
        raise BadRestRequest(
            400,
            "invalid_sender",
            f'"sender" must be at most {MAX_SENDER_CHARS} characters, without control characters',
        )
    return value


def check_message(value: object) -> str:
    """A patient's message text (REST and socket.io), or BadRestRequest."""
    if not isinstance(value, str):
        raise BadRestRequest(400, "invalid_message", '"message" must be a string')
    if len(value) > MAX_MESSAGE_CHARS:
        raise BadRestRequest(
            413,
            "message_too_long",
            f'"message" is over {MAX_MESSAGE_CHARS} characters: please send it in shorter parts',
        )
    if has_unstorable_characters(value):
        raise BadRestRequest(
            400, "invalid_message", '"message" holds control characters or invalid Unicode'
        )
    return value


def check_metadata(value: object) -> dict[str, Any] | None:
    """Optional metadata: a small JSON object, or None."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise BadRestRequest(400, "invalid_metadata", '"metadata" must be a JSON object')
    try:
        size = len(json.dumps(value, ensure_ascii=False).encode("utf-8"))
    except (UnicodeEncodeError, ValueError):
        raise BadRestRequest(400, "invalid_metadata", '"metadata" holds invalid Unicode') from None
    if size > MAX_METADATA_BYTES:
        raise BadRestRequest(
            413, "metadata_too_large", f'"metadata" is over {MAX_METADATA_BYTES} bytes'
        )
    return value
