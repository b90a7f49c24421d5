"""The operator's Telegram commands behind `intake telegram` (kept out of bot/cli.py)."""

from __future__ import annotations

import asyncio
import contextlib
import signal

from telegram import Bot

from bot.channels.telegram.inbound import COMMANDS
from bot.channels.telegram.polling import poll
from bot.channels.telegram.settings import ALLOWED_UPDATES, WEBHOOK_PATH, TelegramSettings
from bot.channels.texts import channel_text
from bot.notify.telegram_notifier import redact_tokens_in_http_logs


def _bot(settings: TelegramSettings) -> Bot:
    redact_tokens_in_http_logs()
    return Bot(settings.token, base_url=settings.base_url)


async def _set_command_menu(bot: Bot) -> None:
    """/start, /stop and /delete in the menu beside the message field, in fixed wording."""
    await bot.set_my_commands(
        [(name, channel_text("telegram", f"command_{name}")) for name in sorted(COMMANDS)]
    )


async def set_webhook(settings: TelegramSettings, url: str) -> None:
    """Tell Telegram to deliver updates to `url` (public HTTPS), with the secret header."""
    async with _bot(settings) as bot:
        await _set_command_menu(bot)
        await bot.set_webhook(
            url, secret_token=settings.webhook_secret, allowed_updates=list(ALLOWED_UPDATES)
        )


async def run_polling(settings: TelegramSettings, rasa_url: str) -> None:
    """Long-poll until Ctrl-C / SIGTERM, forwarding to Rasa's webhook.

    Stopping cancels a long poll in flight (no 25-second wait); an update cancelled halfway
    is delivered again by Telegram and recognised as a repeat by the handler."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    webhook = rasa_url.rstrip("/") + WEBHOOK_PATH
    async with _bot(settings) as bot:
        await _set_command_menu(bot)
        poller = asyncio.create_task(poll(bot, webhook, settings.webhook_secret, stop=stop))
        stopped = asyncio.create_task(stop.wait())
        await asyncio.wait({poller, stopped}, return_when=asyncio.FIRST_COMPLETED)
        stopped.cancel()
        if not poller.done():
            poller.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await poller  # re-raises what stopped it (a refused webhook, a wrong token)
