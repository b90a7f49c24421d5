"""Rasa NLU graph components that expose the core's rule-based readers to the pipeline.

This package and `actions/` are the only places that import Rasa. Rasa imports this package
in every process that loads the model, so the check of action server responses is made
cheaper here for all of them (bot/nlu/action_response_check.py).
"""

from bot.nlu.action_response_check import install as _install_action_response_check

_install_action_response_check()
