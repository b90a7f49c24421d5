"""The channels' own fixed wording, from texts.yml (written by people, checked for advice)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

TEXTS_FILE = Path(__file__).with_name("texts.yml")


@lru_cache(maxsize=1)
def _load(path: Path = TEXTS_FILE) -> dict[str, dict[str, str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of channel -> text name -> text")
    out: dict[str, dict[str, str]] = {}
    for channel, texts in data.items():
        if not isinstance(texts, dict) or not all(isinstance(v, str) for v in texts.values()):
            raise ValueError(f"{path}: {channel}: every text must be a string")
        out[str(channel)] = {str(k): v.strip() for k, v in texts.items()}
    return out


def channel_text(channel: str, name: str, **variables: str) -> str:
    """One fixed text, with its {placeholders} filled. A missing name is a programming error."""
    try:
        text = _load()[channel][name]
    except KeyError:
        raise KeyError(f"no text {channel}.{name} in {TEXTS_FILE}") from None
    return text.format(**variables) if variables else text


def all_channel_texts() -> list[tuple[str, str]]:
    """(where, text) for every channel text, for the wording checks."""
    return [
        (f"bot/channels/texts.yml, {channel}.{name}", text)
        for channel, texts in _load().items()
        for name, text in texts.items()
    ]
