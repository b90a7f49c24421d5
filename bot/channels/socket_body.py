"""The web chat's socket.io message (`user_uttered`), checked before Rasa sees it (no Rasa
import here).

Rasa's socket.io channel reads `data["message"]`, `data["session_id"]` and
`data["metadata"]` without checking them: a list instead of an object, a number as the
message or a metadata string that is not JSON raises inside the handler, and the patient sees
nothing. Here the same checks as the REST body (bot/channels/rest_body.py) apply, and a
message that fails them gets a fixed reply naming what to do (bot/channels/texts.yml).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from bot.channels.rest_body import (
    MAX_SENDER_CHARS,
    BadRestRequest,
    check_message,
    check_metadata,
)
from bot.text_input import has_unstorable_characters


@dataclass(frozen=True)
class SocketMessage:
    session_id: str | None  # None without session persistence (the socket id is used)
    message: str
    metadata: dict[str, Any] | None


class BadSocketMessage(ValueError):
    """`text_name` names the reply in texts.yml's webchat section; `reply_to` is the session
    to answer in, when the message named a usable one."""

    def __init__(self, text_name: str, detail: str, reply_to: str | None = None) -> None:
        super().__init__(detail)
        self.text_name = text_name
        self.reply_to = reply_to


def parse_socket_message(
    data: object, session_persistence: bool, metadata_key: str = "metadata"
) -> SocketMessage:
    """The checked message, or BadSocketMessage (never another exception, for any data)."""
    if not isinstance(data, dict):
        raise BadSocketMessage("message_not_read", "the message must be an object")
    session_id = None
    if session_persistence:
        session_id = data.get("session_id")
        if (
            not isinstance(session_id, str)
            or not session_id.strip()
            or len(session_id) > MAX_SENDER_CHARS
            or has_unstorable_characters(session_id)
        ):
            raise BadSocketMessage("message_not_read", "a usable session_id is required")
    try:
        message = check_message(data.get("message", ""))
        metadata = data.get(metadata_key)
        if isinstance(metadata, str):
            try:
                metadata = json.loads(metadata) if metadata.strip() else None
            except (ValueError, RecursionError):
                raise BadRestRequest(400, "invalid_metadata", "not JSON") from None
        return SocketMessage(session_id, message, check_metadata(metadata))
    except BadRestRequest as e:
        name = "message_too_long" if e.code == "message_too_long" else "message_not_read"
        raise BadSocketMessage(name, e.detail, reply_to=session_id) from None
