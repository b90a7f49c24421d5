"""Hooks into rasa-sdk's action server (its Sanic app, named "rasa_sdk"), installed when the
server imports this package.

- rasa-sdk answers an action that raised with HTTP 500 and a body holding the whole request,
  that is the patient's tracker with every message they wrote; Rasa then logs that body in its
  error line. Here the answer names only the exception type, and the action server's own log
  line carries the type and where it was raised, not the exception's text (which can hold a
  value being written).
- The urgent-alert retry loop starts with the server (actions/alerts.py).
"""

from __future__ import annotations

import contextlib
import logging
import traceback
from typing import Any

from sanic import Sanic, response
from sanic.exceptions import SanicException
from sanic.request import Request
from sanic.response import HTTPResponse

from actions.alerts import start_retry_loop

logger = logging.getLogger(__name__)


async def _private_error(request: Request, exception: Exception) -> HTTPResponse:
    where = traceback.extract_tb(exception.__traceback__)[-1:] if exception.__traceback__ else []
    place = f" at {where[0].filename}:{where[0].lineno}" if where else ""
    logger.error("action request failed: %s%s", type(exception).__name__, place)
    return response.json({"error": type(exception).__name__}, status=500)


async def _after_start(app: Sanic, _loop: Any) -> None:
    # Replaces rasa-sdk's handler, which it registers after importing the actions.
    app.error_handler.add(Exception, _private_error)
    start_retry_loop()  # undelivered urgent alerts are retried even if no patient writes


def install() -> None:
    """Called on import of the actions package; outside the action server (tests, tools)
    there is no "rasa_sdk" app and nothing to install."""
    with contextlib.suppress(SanicException):
        Sanic.get_app("rasa_sdk").register_listener(_after_start, "after_server_start")
