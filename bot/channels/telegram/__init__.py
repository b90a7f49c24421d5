"""The Telegram channel's core, without Rasa: reading updates, pseudonyms, callback data,
rendering replies through python-telegram-bot, /delete, and the polling mode."""
