"""bot.meds.typos: the typo allowance finds one-letter slips in names and leaves ordinary words,
exact-only brands and ambiguous typos alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.meds.context import ContextError, read_context
from bot.meds.lexicon import load_lexicon
from bot.meds.score import main
from bot.meds.typos import TypoIndex
from bot.text_distance import edit_distance


@pytest.fixture(scope="module")
def typos() -> TypoIndex:
    return TypoIndex(load_lexicon())


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [("zoloft", "zoloft", 0), ("zolotf", "zoloft", 1), ("zolft", "zoloft", 1), ("abc", "xyz", 3)],
)
def test_edit_distance_counts_a_transposition_as_one(a: str, b: str, distance: int) -> None:
    assert edit_distance(a, b, 3) == distance


def _canonical(key: str | None) -> str | None:
    return None if key is None else load_lexicon().by_key[key][0].canonical


@pytest.mark.parametrize(
    ("word", "canonical"),
    [
        ("sertralline", "sertraline"),
        ("zolotf", "sertraline"),
        ("lexaprro", "escitalopram"),
        ("amitriptylline", "amitriptyline"),
        ("ashwaghandha", "ashwagandha"),
        ("imipramone", "imipramine"),
    ],
)
def test_a_slip_in_a_name_finds_the_name(typos: TypoIndex, word: str, canonical: str) -> None:
    assert _canonical(typos.match(word)) == canonical


@pytest.mark.parametrize(
    "word", ["relax", "concert", "metadata", "thiamine", "remember", "zoloft", "zol", "prozacs2"]
)
def test_ordinary_words_exact_only_brands_and_non_words_are_not_typos(
    typos: TypoIndex, word: str
) -> None:
    # "zoloft" is a name, not a typo of one: exact matching finds it before the allowance
    assert typos.match(word) in (None, "zoloft")
    if word != "zoloft":
        assert typos.match(word) is None


def test_the_closest_name_wins_and_a_tie_between_two_drugs_is_not_guessed(
    typos: TypoIndex,
) -> None:
    # one letter from citalopram, three from escitalopram
    assert _canonical(typos.match("citalopramm")) == "citalopram"
    # one letter from "tramodol" (tramadol) and from "trazodon" (trazodone): no guess
    assert typos.match("trazodol") is None
    # one letter from Demerol (meperidine) and from Remeron (mirtazapine)
    assert typos.match("remerol") is None


def test_context_file_errors_name_the_list(tmp_path: Path) -> None:
    real = (Path(__file__).resolve().parents[2] / "bot" / "meds" / "context.yml").read_text(
        encoding="utf-8"
    )
    bad = tmp_path / "context.yml"
    bad.write_text(real.replace('negation: ["no", not,', "negation: [no, not,"), encoding="utf-8")
    with pytest.raises(ContextError, match="negation"):
        read_context(bad)  # bare `no` is a YAML boolean: the list must be quoted


def test_score_command_prints_precision_recall_and_exact_match(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        '{"id": "a", "text": "zoloft and 5htp", "current": ["sertraline", "5-htp"], '
        '"past_or_negated": [], "note": ""}\n'
        '{"id": "b", "text": "stopped prozac", "current": ["fluoxetine"], '
        '"past_or_negated": [], "note": "wrong on purpose"}\n',
        encoding="utf-8",
    )
    assert main([str(rows), "--misses"]) == 0
    out = capsys.readouterr().out
    assert '"exact_match": 0.5' in out
    assert '"precision": 0.6667' in out
    assert "b: 'stopped prozac'" in out
