"""Rasa wiring for the REST channel: with bot/channels/telegram_input.py, one of the two modules
outside bot/nlu and actions/ allowed to import Rasa (its InputChannel API).

`ValidatingRestInput` is Rasa's own REST channel (a `RestInput` subclass named "rest", so the
URL stays POST /webhooks/rest/webhook and trackers still record the input channel "rest")
that checks the body first (bot/channels/rest_body.py) and answers a 4xx with a JSON error
for a body that is not a JSON object with a string `sender` and `message` of sane size.
It differs from Rasa's channel in three more ways, all for privacy and clean records:
- the client cannot choose `input_channel` (it is stored in the intake records, 32 chars);
- a failure while handling the message is logged without the message text, and a turn that
  produced no reply (an action server down, say) gets bot/channels/turn_guard.py's recovery
  reply;
- `?stream=true` is not offered (nothing here uses it).
Registered in credentials.yml as `bot.channels.rest_input.ValidatingRestInput:`.
"""

from __future__ import annotations

import logging
from asyncio import CancelledError
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels import turn_guard
from bot.channels.rest_body import BadRestRequest, parse_rest_body

logger = logging.getLogger(__name__)


class ValidatingRestInput(RestInput):  # type: ignore[misc]  # Rasa's classes are untyped here
    @classmethod
    def name(cls) -> str:
        return "rest"  # the same URL prefix and input channel name as Rasa's REST channel

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("validating_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])  # type: ignore[untyped-decorator]
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])  # type: ignore[untyped-decorator]
        async def receive(request: Request) -> HTTPResponse:
            try:
                checked = parse_rest_body(request.body or b"")
            except BadRestRequest as e:
                return response.json(e.as_json(), status=e.status)
            collector = CollectingOutputChannel()
            message = UserMessage(
                checked.message,
                collector,
                checked.sender,
                input_channel=self.name(),
                metadata=checked.metadata,
            )
            try:  # a turn that produced no reply gets the recovery reply (turn_guard)
                await turn_guard.handle_message(
                    on_new_message, message, request.app.ctx.agent, lambda: bool(collector.messages)
                )
            except CancelledError:
                logger.error("REST message timed out (text not logged)")
            return response.json(collector.messages)

        return webhook
