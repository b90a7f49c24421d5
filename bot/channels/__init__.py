"""Patient channels: Telegram (python-telegram-bot) and the web chat page (rasa-webchat).

Only `telegram_input.py` and `rest_input.py` import Rasa: they wire the Rasa-free cores
(`telegram/`, `rest_body.py`) into Rasa's input channel API.
"""
