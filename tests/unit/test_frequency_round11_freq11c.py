"""Round 11 (freq11c): classes from the blind sets frequency_dev27/dev28, each read in general
(see the module docstring of bot/frequency_reader.py), with near misses that must stay asked
again or be read otherwise."""

from __future__ import annotations

import pytest

from bot.answers import match_frequency


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Another language's "or" between two digits: the range is read as one.
        ("uns 3 ou 4 dias por semana", None),  # 6-8 spans half
        ("2 ou 3 dias por semana", "several_days"),
        ("4 ou 5 dias por semana", "more_than_half"),
        ("2 of 3 dagen", "several_days"),
        # "Monday to Friday" in the other languages: the 10 weekdays.
        ("de lunes a viernes", "more_than_half"),
        ("dal lunedì al venerdì, per il lavoro", "more_than_half"),
        ("du lundi au vendredi", "more_than_half"),
        ("de segunda a sexta", "more_than_half"),
        ("von Montag bis Freitag", "more_than_half"),
        ("od poniedziałku do piątku", "more_than_half"),
        # That language's weekdays word beside its "every day": every weekday.
        ("werktags eigentlich jeden Tag, am Wochenende geht's", "more_than_half"),
        ("doordeweeks elke dag, in het weekend niet", "more_than_half"),
        ("w dni robocze codziennie", "more_than_half"),
        ("codziennie w dni robocze", "more_than_half"),
        ("jeden Tag, werktags", None),  # two answers across a comma: asked again
        # "every day except the weekend" in the other languages, as in English.
        ("tous les jours sauf le week-end", "more_than_half"),
        ("jeden Tag außer am Wochenende", "more_than_half"),
        ("todos los días excepto los fines de semana", "more_than_half"),
        ("ogni giorno tranne il weekend", "more_than_half"),
        ("elke dag behalve in het weekend", "more_than_half"),
        # "more than a week" in the other languages (like "less than a week").
        ("plus d'une semaine je dirais", "more_than_half"),
        ("mais de uma semana", "more_than_half"),
        ("más de una semana", "more_than_half"),
        ("mehr als eine Woche", "more_than_half"),
        ("meer dan een week", "more_than_half"),
        ("ponad tydzień", "more_than_half"),
        ("menos de una semana", "several_days"),
        # Label wordings: "più di metà", "na maior parte dos dias", "jeden einzelnen Tag".
        ("più di metà", "more_than_half"),
        ("na maior parte dos dias", "more_than_half"),
        ("jeden einzelnen Tag", "nearly_every_day"),
    ],
)
def test_round11_freq11c_other_languages(text: str, expected: str | None) -> None:
    assert match_frequency(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Corrections after a trailing-off answer: Polish "a nie", Italian "anzi (no)".
        ("kilka dni... a nie, właściwie większość", "more_than_half"),
        ("un paio di giorni... anzi no, quasi tutti i giorni", "nearly_every_day"),
        ("un paio di giorni... anzi, quasi tutti i giorni", "nearly_every_day"),
        ("większość", "more_than_half"),
        ("większość? nie wiem", None),
        # German "früher" (formerly) is another time; "früher als"/"früher auf" compare.
        ("Früher jeden Tag, jetzt geht's eigentlich", None),
        ("früher fast jeden Tag", None),
        ("jeden Tag wache ich früher auf als sonst", "nearly_every_day"),
    ],
)
def test_round11_freq11c_corrections_and_another_time(text: str, expected: str | None) -> None:
    assert match_frequency(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "every day minus n": n days left out, like "except n".
        ("every day minus 4", "more_than_half"),
        ("every day minus 1", "nearly_every_day"),
        ("every day minus 7", None),
        ("4 minus", None),
        # "n days, or m": a second estimate bounds the count.
        ("5 days, or 8, I keep losing track", None),
        ("3 days, or 4", "several_days"),
        ("9 days, or 10", "more_than_half"),
        # Weekday abbreviations in a span; the end of a span starts no list of its own.
        ("Mon to Wed each week", "several_days"),
        ("thurs through sun every week", "more_than_half"),
        ("mon to fri", "more_than_half"),
        ("Monday to Thursday, Fridays are fine", "more_than_half"),
        ("Monday to Wednesday, Thursdays are ok", "several_days"),
        ("sun", None),
        ("I sat in the sun", None),
        # "n out of 10 days" is a share of the 14 (with a day word; alone it may be a rating).
        ("9 out of 10 days", "nearly_every_day"),
        ("3 out of 10 days", "several_days"),
        ("5 out of 10 days", None),  # 7: exactly half
        ("9 out of 10", None),
        ("3 of the last 10 days", None),
        # A memory-hedged denial beside a count says both: asked again; alone a soft zero.
        ("not that I can remember... maybe once?", None),
        ("not that I know of, maybe once or twice", None),
        ("not that I've noticed, a couple of days maybe", None),
        ("not that I can remember", "not_at_all"),
        ("no, not that I know of", "not_at_all"),
        # A flat "no" and then "zero".
        ("no. zero.", "not_at_all"),
        ("no, 0", "not_at_all"),
        ("no. zero? maybe one", None),
    ],
)
def test_round11_freq11c_english_classes(text: str, expected: str | None) -> None:
    assert match_frequency(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "no. zero.",
        "not that I can remember",
        "no, not that I know of",
        "nope not that i can remember, no",
    ],
)
def test_round11_freq11c_no_new_zeros_on_item_9(text: str) -> None:
    # PHQ-9 item 9 (firm_zero): the zero classes of this round stay asked again there.
    assert match_frequency(text, firm_zero=True) is None
