"""Polling mode: updates from getUpdates are POSTed to Rasa's webhook with the secret, retried
while Rasa is away, confirmed only once taken; a refused secret stops it with a message.

Rasa's webhook is stood in for by a small HTTP server (an outside service here); the Bot API
is the local fake.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from telegram import Bot

from bot.channels.telegram.polling import WebhookRefused, poll
from tests.fakes.telegram_api import FakeTelegramAPI, fake_telegram_fixture  # noqa: F401


class Webhook:
    """Answers each POST with the next status of `statuses` (then 200), recording bodies."""

    def __init__(self, statuses: list[int]) -> None:
        self.statuses = statuses
        self.received: list[tuple[str, dict[str, Any]]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                outer.received.append(
                    (self.headers.get("X-Telegram-Bot-Api-Secret-Token", ""), body)
                )
                status = outer.statuses.pop(0) if outer.statuses else 200
                self.send_response(status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/webhooks/telegram/webhook"


@pytest.fixture
def webhook(request: pytest.FixtureRequest) -> Iterator[Webhook]:
    hook = Webhook(list(getattr(request, "param", [])))
    yield hook
    hook.server.shutdown()
    hook.server.server_close()


def run_poll(fake: FakeTelegramAPI, url: str, until: int) -> int:
    async def main() -> int:
        stop = asyncio.Event()
        async with Bot(fake.token, base_url=fake.base_url) as bot:
            task = asyncio.create_task(
                poll(bot, url, "s3cret", stop=stop, long_poll=0.2, retry_delays=(0.05,))
            )
            while not task.done() and len(fake.calls_to("getUpdates")) < until:
                await asyncio.sleep(0.05)
            stop.set()
            return await asyncio.wait_for(task, 10)

    return asyncio.run(main())


@pytest.mark.parametrize("webhook", [[500, 502]], indirect=True)
def test_updates_are_forwarded_with_the_secret_and_retried_until_taken(
    fake_telegram: FakeTelegramAPI, webhook: Webhook
) -> None:
    fake_telegram.queue_message("hello", chat_id=42)
    fake_telegram.queue_message("again", chat_id=42)
    forwarded = run_poll(fake_telegram, webhook.url, until=4)
    assert forwarded == 2
    texts = [body["message"]["text"] for _, body in webhook.received]
    assert texts == ["hello", "hello", "hello", "again"]  # two failures, then taken
    assert {secret for secret, _ in webhook.received} == {"s3cret"}
    # Confirmed to Telegram: nothing is served twice.
    offsets = [c.params.get("offset") for c in fake_telegram.calls_to("getUpdates")]
    assert offsets[-1] == webhook.received[-1][1]["update_id"] + 1
    assert fake_telegram.methods()[:2] == ["getMe", "deleteWebhook"]


@pytest.mark.parametrize("webhook", [[403]], indirect=True)
def test_a_refused_secret_stops_polling_and_says_why(
    fake_telegram: FakeTelegramAPI, webhook: Webhook
) -> None:
    fake_telegram.queue_message("hello", chat_id=42)
    with pytest.raises(WebhookRefused, match="TELEGRAM_WEBHOOK_SECRET"):
        run_poll(fake_telegram, webhook.url, until=99)
