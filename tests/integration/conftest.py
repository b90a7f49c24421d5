"""One real Rasa server and action server for the integration tests (trained model needed),
with practitioner alerts going to a local fake of the Telegram Bot API over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from scripts.local_stack import Assistant, running_assistant
from tests.fakes.telegram_api import FakeTelegramAPI

PRACTITIONER_CHAT_ID = "4242"
# The patient-facing Telegram channel (bot/channels/telegram_input.py) shares the fake.
TELEGRAM_WEBHOOK_SECRET = "it-webhook-secret_1"
PSEUDONYM_KEY = "it-pseudonym-key"


@pytest.fixture(scope="session")
def telegram_api() -> Iterator[FakeTelegramAPI]:
    with FakeTelegramAPI() as fake:
        yield fake


@pytest.fixture(scope="session")
def assistant(
    tmp_path_factory: pytest.TempPathFactory, telegram_api: FakeTelegramAPI
) -> Iterator[Assistant]:
    env = {
        "TELEGRAM_BOT_TOKEN": telegram_api.token,
        "TELEGRAM_PRACTITIONER_CHAT_ID": PRACTITIONER_CHAT_ID,
        "TELEGRAM_API_BASE_URL": telegram_api.base_url,
        "TELEGRAM_WEBHOOK_SECRET": TELEGRAM_WEBHOOK_SECRET,
        "INTAKE_PSEUDONYM_KEY": PSEUDONYM_KEY,
    }
    with running_assistant(tmp_path_factory.mktemp("intake-data"), env) as running:
        yield running
