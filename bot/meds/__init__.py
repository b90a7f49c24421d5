"""Medications and supplements: the lexicon, extraction from patient text, interaction rules.

``extract(text)`` gives the medications and supplements a message names, each with its
canonical generic name and a role (current, past, negated); ``check_interactions(names)``
gives the interaction flags for what a patient currently takes (rules in interactions.yml,
each with its source, CLINICAL.md section 8). Nothing here calls Rasa; ``as_entities`` gives
the NLU contract's entity dicts for a pipeline component in ``bot.nlu`` to add.
"""

from bot.meds.entities import as_entities
from bot.meds.extract import Mention, extract, warm_up
from bot.meds.interactions import InteractionFlag, check_interactions, serotonergic_combination
from bot.meds.lexicon import Entry, lookup, lookup_all

__all__ = [
    "Entry",
    "as_entities",
    "InteractionFlag",
    "Mention",
    "check_interactions",
    "extract",
    "lookup",
    "lookup_all",
    "serotonergic_combination",
    "warm_up",
]
