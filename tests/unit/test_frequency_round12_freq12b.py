"""Round 12 (freq12b): classes from the blind set dev32 (medium-length replies where the
patient explains a little: a reason, a worry, a side remark, a correction, a hedge)."""

import pytest

from bot.frequency_reader import match_frequency


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A "don't know" about the cause, not the count: the answer beside it decides.
        ("Most days yeah, though I'm not sure if it's the depression or the thyroid.",
         "more_than_half"),
        ("every day, not sure if it's my meds", "nearly_every_day"),
        ("a few days, no idea why", "several_days"),
        ("most days, unsure whether it's down to the new job", "more_than_half"),
        # ... but doubt about the count stays asked again, and so does a zero beside it.
        ("most days, not sure if it's the whole 2 weeks", None),
        ("not sure if it's most days", None),
        ("no, not sure if it's the thyroid", None),
        ("not sure why", None),
        # "no matter what I try", "it'll pass": the symptom is there, the count decides.
        ("Every single day. I can't get back to sleep no matter what I try.", "nearly_every_day"),
        ("a couple of days, whatever I do", "several_days"),
        ("Most days, yes. I keep telling myself it'll pass.", "more_than_half"),
        ("no, it'll pass", None),
        ("no matter what I try", None),
        ("pass", None),
    ],
)  # fmt: skip
def test_round12_freq12b_reason_after_the_answer(text: str, expected: str | None) -> None:
    assert match_frequency(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count then a hedged second count bounds it, with or without "about" first.
        ("About 11, maybe 12 days.", None),
        ("about 6, maybe 8 days", None),
        ("around 9, maybe 10 days", "more_than_half"),
        ("3, maybe 4 days", "several_days"),
        ("maybe 6, maybe 8 days", None),
        # "but I have" followed by a negation is no "yes" after a rare word.
        ("I don't think so, but I haven't really been paying attention.", None),
        ("rarely, but I have", "several_days"),
        # "I don't think I have, no" doubts the zero like "I don't think so, no".
        ("I don't think I have, no.", None),
        ("I don't think I have", None),
        ("don't think there was, no", None),
        ("I don't think I have, never", "not_at_all"),
        ("I don't think so, not at all", "not_at_all"),
        ("i don't think i've felt afraid like that at all, no", "not_at_all"),
    ],
)
def test_round12_freq12b_hedged_counts_and_zeros(text: str, expected: str | None) -> None:
    assert match_frequency(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The whole window with up to 4 days left out is "every day except" them.
        ("All of them except maybe three or four.", "more_than_half"),
        ("all of them except 1", "nearly_every_day"),
        ("Pretty much the whole fortnight apart from a couple of days.", "nearly_every_day"),
        ("the whole 2 weeks apart from 2 days", "nearly_every_day"),
        ("every day apart from a couple of days", "nearly_every_day"),
        # More than 4 left out of "all" stays asked again (session 1), and so do the pinned
        # "nearly every day apart from a few days" and "most days apart from a couple of days".
        ("all of them except 5", None),
        ("the whole fortnight apart from 8 days", None),
        ("nearly every day apart from a few days", None),
        ("most days apart from a couple of days", None),
        ("all of them", "nearly_every_day"),
    ],
)
def test_round12_freq12b_whole_window_but_a_few(text: str, expected: str | None) -> None:
    assert match_frequency(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Literally never, I eat like a horse.", "not_at_all"),
        ("literally every day", "nearly_every_day"),
        ("literally a couple of days", "several_days"),
        ("nope all good on that front", "not_at_all"),
        ("no, all good there", "not_at_all"),
        ("nah all fine with that", "not_at_all"),
        # Beside another answer, or hedged, no zero.
        ("nope all good on that front, most days", None),
        ("literally never, well maybe once", None),
        ("no all good, I think", None),
    ],
)
def test_round12_freq12b_plain_zeros(text: str, expected: str | None) -> None:
    assert match_frequency(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Literally never, I eat like a horse.",
        "literally never",
        "nope all good on that front",
        "nah all fine with that",
        "I don't think I have, no.",
        "I don't think I have",
    ],
)
def test_round12_freq12b_no_new_zeros_on_item_9(text: str) -> None:
    # PHQ-9 item 9 (firm_zero): the zero classes of this round stay asked again there.
    assert match_frequency(text, firm_zero=True) is None
