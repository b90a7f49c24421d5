"""The Starlette application: wiring of stores, sessions, templates, routes and headers."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.notify import Notifier
from bot.notify.alert_queue import flush_urgent_alerts
from bot.notify.ready import flush_ready_notices
from bot.practitioner import api, web
from bot.practitioner.settings import PractitionerSettings
from bot.store import IntakeStore
from bot.store.notices import ReadyNoticeQueue
from bot.store.practitioners import PractitionerStore

logger = logging.getLogger(__name__)
HERE = Path(__file__).parent
SESSION_COOKIE = "intake_session"
RETRY_NOTICES_EVERY = 60.0  # seconds between retries of undelivered "intake ready" notices

# Pages hold health data: never cached, never framed, no scripts, only our own styles.
SECURITY_HEADERS = {
    b"content-security-policy": (
        b"default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        b"frame-ancestors 'none'; base-uri 'none'"
    ),
    b"x-content-type-options": b"nosniff",
    b"referrer-policy": b"no-referrer",
    b"x-frame-options": b"DENY",
    b"cache-control": b"no-store",
}


@dataclass(frozen=True)
class Services:
    intakes: IntakeStore
    practitioners: PractitionerStore
    notices: ReadyNoticeQueue
    settings: PractitionerSettings
    templates: Jinja2Templates
    notifier: Notifier | None


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (k, v) for k, v in message.get("headers", []) if k not in SECURITY_HEADERS
                ]
                message["headers"] = headers + list(SECURITY_HEADERS.items())
            await send(message)

        await self.app(scope, receive, send_with_headers)


def templates() -> Jinja2Templates:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return Jinja2Templates(env=env)


async def _retry_notices(services: Services) -> None:
    while True:
        await asyncio.sleep(RETRY_NOTICES_EVERY)
        if services.notifier is None:
            continue
        try:  # urgent alerts first: an undelivered one must not wait behind the notices
            await flush_urgent_alerts(
                services.intakes, services.notifier, services.settings.base_url
            )
        except Exception:
            logger.exception("retrying urgent alerts failed")
        try:
            await flush_ready_notices(
                services.intakes,
                services.notices,
                services.notifier,
                services.settings.base_url,
            )
        except Exception:  # keep retrying; the queue is in the database
            logger.exception("retrying intake-ready notices failed")


def create_app(
    intakes: IntakeStore,
    settings: PractitionerSettings,
    notifier: Notifier | None = None,
) -> Starlette:
    """The web app over an (already migrated) intake store.

    With a notifier, undelivered urgent alerts and "intake ready" notices are retried every
    minute."""
    services = Services(
        intakes=intakes,
        practitioners=PractitionerStore(intakes.engine),
        notices=ReadyNoticeQueue(intakes.engine),
        settings=settings,
        templates=templates(),
        notifier=notifier,
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        task = asyncio.get_running_loop().create_task(_retry_notices(services))
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    routes = [
        *web.routes(),
        Mount("/api/v1", routes=api.routes()),
        Mount("/static", app=StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(SecurityHeaders),
            Middleware(
                SessionMiddleware,
                secret_key=settings.secret_key,
                session_cookie=SESSION_COOKIE,
                max_age=int(settings.session_hours * 3600),
                same_site="strict",
                https_only=settings.secure_cookies,
            ),
        ],
        lifespan=lifespan,
    )
    app.state.services = services
    return app


__all__ = ["Services", "create_app"]
