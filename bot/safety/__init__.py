"""Safety screen used on every patient message (DESIGN.md, NLU contract `safety`).

``screen(text)`` reads one message with rules from patterns.yml and returns a SafetyResult;
``combine_with_intent`` adds the trained ``disclose_risk`` intent as a second signal that can
only raise the result. See bot/safety/screen.py for how a message is read.
"""

from bot.safety.lexicon import CATEGORIES, RiskLevel
from bot.safety.screen import Match, SafetyResult, combine_with_intent, screen, warm_up

__all__ = [
    "CATEGORIES",
    "Match",
    "RiskLevel",
    "SafetyResult",
    "combine_with_intent",
    "screen",
    "warm_up",
]
