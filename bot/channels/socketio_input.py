"""Rasa wiring for the web chat widget's socket.io channel: Rasa's own `socketio` channel
(same name, path, events and session persistence) with two changes:

- every `user_uttered` message is checked first (bot/channels/socket_body.py): an object with
  a string message of sane size, a usable session id, metadata that is a small object. One
  that fails gets a fixed, kind reply (texts.yml) instead of an exception inside Rasa's
  handler and silence for the patient; nothing is stored.
- a turn that produced no reply (an action server down, say) gets the recovery reply of
  bot/channels/turn_guard.py, as on the REST and Telegram channels.

Registered in credentials.yml as `bot.channels.socketio_input.CheckedSocketIOInput:`.
Several Rasa processes behind a load balancer need sticky sessions for socket.io (README).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint, Sanic

from bot.channels import turn_guard
from bot.channels.socket_body import BadSocketMessage, parse_socket_message
from bot.channels.texts import channel_text

logger = logging.getLogger(__name__)


class CountingSocketIOOutput(SocketIOOutput):  # type: ignore[misc]  # Rasa is untyped here
    """Rasa's socket.io output that counts what it sent (the turn guard asks)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sent = 0

    async def _send_message(self, socket_id: str, response: Any) -> None:
        self.sent += 1
        await super()._send_message(socket_id, response)


class CheckedSocketIOInput(SocketIOInput):  # type: ignore[misc]
    @classmethod
    def name(cls) -> str:
        return "socketio"  # the same input channel name and URL as Rasa's channel

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        # connect and session_request stay Rasa's
        webhook: Blueprint = super().blueprint(on_new_message)
        sio = self.sio
        apps: list[Sanic] = []

        @webhook.listener("after_server_start")  # type: ignore[untyped-decorator]
        async def remember_app(app: Sanic, _: Any) -> None:
            apps.append(app)  # the agent is on app.ctx, for the turn guard

        # Replaces Rasa's handler for the same event (python-socketio keeps one per event).
        @sio.on(self.user_message_evt, namespace=self.namespace)  # type: ignore[untyped-decorator]
        async def handle_message(sid: str, data: object) -> None:
            output = CountingSocketIOOutput(sio, self.bot_message_evt)
            try:
                checked = parse_socket_message(data, self.session_persistence, self.metadata_key)
            except BadSocketMessage as bad:
                logger.info("socket.io message refused: %s", bad.text_name)
                room = bad.reply_to or sid
                await output.send_text_message(room, channel_text("webchat", bad.text_name))
                return
            sender_id = checked.session_id or sid
            message = UserMessage(
                checked.message,
                output,
                sender_id,
                input_channel=self.name(),
                metadata=checked.metadata,
            )
            await turn_guard.handle_message(
                on_new_message, message, apps[0].ctx.agent, lambda: output.sent > 0
            )

        return webhook
