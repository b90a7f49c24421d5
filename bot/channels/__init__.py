"""Patient channels: Telegram (python-telegram-bot) and the web chat page (rasa-webchat).

Only `telegram_input.py` imports Rasa: it wires the Rasa-free core in `telegram/` into Rasa's
input channel API.
"""
