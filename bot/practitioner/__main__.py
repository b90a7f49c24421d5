"""`python -m bot.practitioner`: serve the practitioner web app with uvicorn.

Binds $PRACTITIONER_HOST:$PRACTITIONER_PORT (127.0.0.1:8000). Put it behind an HTTPS proxy
(and set PRACTITIONER_BASE_URL=https://...) before anyone reaches it from another machine.
"""

from __future__ import annotations

import logging

import uvicorn

from bot.config import load_settings
from bot.notify import notifier_from_env
from bot.practitioner.app import create_app
from bot.practitioner.settings import load_practitioner_settings
from bot.store import IntakeStore


def main() -> None:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    store = IntakeStore(load_settings().db_url)
    store.upgrade()
    settings = load_practitioner_settings()
    app = create_app(store, settings, notifier_from_env())
    # access_log off: request paths hold pseudonyms and intake ids; the audit log has them.
    # ws="none": no websockets here, and uvicorn's websockets support needs a newer
    # `websockets` than Rasa pins (10.4).
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        access_log=False,
        log_level="info",
        ws="none",
    )


if __name__ == "__main__":
    main()
