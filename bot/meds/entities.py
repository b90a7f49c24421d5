"""Mentions as NLU-contract entities (DESIGN.md): `medication` / `supplement`, value the canonical
name, `role` "past" or "negated" only when not current. Plain dicts, so the Rasa component in
bot/nlu only has to append them to the message's entities."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bot.meds.extract import Mention

EXTRACTOR = "MedsExtractor"


def as_entities(mentions: Iterable[Mention], extractor: str = EXTRACTOR) -> list[dict[str, Any]]:
    """One Rasa-style entity dict per mention, in text order."""
    out: list[dict[str, Any]] = []
    for mention in mentions:
        entity: dict[str, Any] = {
            "entity": mention.kind,
            "value": mention.canonical,
            "start": mention.start,
            "end": mention.end,
            "confidence_entity": 1.0,
            "extractor": extractor,
        }
        if mention.role != "current":
            entity["role"] = mention.role
        out.append(entity)
    return out
