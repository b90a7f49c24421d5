"""The Rasa sender id of a Telegram user is a keyed hash of their id, never the id."""

from __future__ import annotations

import stat
from pathlib import Path

from bot.channels.telegram.pseudonym import KEY_FILE, load_key, pseudonym


def test_pseudonym_is_stable_prefixed_and_does_not_contain_the_id() -> None:
    first = pseudonym(123456789, b"key")
    assert first == pseudonym(123456789, b"key")
    assert first.startswith("tg-") and len(first) == 3 + 32
    assert "123456789" not in first


def test_another_user_or_another_key_gives_another_pseudonym() -> None:
    assert pseudonym(1, b"key") != pseudonym(2, b"key")
    assert pseudonym(1, b"key") != pseudonym(1, b"other key")


def test_key_from_the_environment_wins_and_no_file_is_written(tmp_path: Path) -> None:
    assert load_key({"INTAKE_PSEUDONYM_KEY": "secret"}, tmp_path) == b"secret"
    assert not (tmp_path / KEY_FILE).exists()


def test_without_a_configured_key_one_is_made_once_and_kept_private(tmp_path: Path) -> None:
    key = load_key({}, tmp_path / "data")
    path = tmp_path / "data" / KEY_FILE
    assert len(key) == 64
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_key({}, tmp_path / "data") == key  # the same patients keep their pseudonyms
