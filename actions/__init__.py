"""rasa-sdk action server: thin adapters between Rasa's tracker and the core in bot/."""

import contextlib
from typing import Any

from sanic import Sanic
from sanic.exceptions import SanicException

from actions.alerts import start_retry_loop
from bot import meds

# Build the medicine matcher (spaCy, the lexicon) when the action server starts, not on the
# first patient who types a medicine name (about 3 s on this machine).
meds.warm_up()


async def _after_start(_app: Any, _loop: Any) -> None:
    start_retry_loop()  # undelivered urgent alerts are retried even if no patient writes


# rasa-sdk creates its Sanic app ("rasa_sdk") before it imports this package; imported
# anywhere else (tests, tools) there is no app and nothing to start.
with contextlib.suppress(SanicException):
    Sanic.get_app("rasa_sdk").register_listener(_after_start, "after_server_start")
