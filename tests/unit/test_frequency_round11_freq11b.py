"""Round 11 (freq11b): classes of long replies with a story, found on the blind set dev25.
Each case is a general pattern (not a dev sentence), with near misses that must stay asked
again or be read otherwise."""

from __future__ import annotations

import pytest

from bot.answers import match_frequency


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A clear answer, then someone else's view in the story (after an answer above 0).
        ("Most days. My wife thinks I should see someone about it.", "more_than_half"),
        ("Nearly every day, but my mum says I'm overreacting.", "nearly_every_day"),
        ("A couple of days. He said it was probably the heat.", "several_days"),
        ("Nearly every day. My wife thinks so too.", "nearly_every_day"),
        # A time outside the window told in the story.
        ("Every day. I start a new course next week and I'm dreading it.", "nearly_every_day"),
        ("None. I moved house in the autumn and I've settled in well.", "not_at_all"),
        ("No. Exams finished last month and I've been relaxing.", "not_at_all"),
        # A weekday named in passing after an answer above 0.
        ("Most days, I really dread Sunday evenings.", "more_than_half"),
        ("6 days a week. Saturdays I lie in and feel better.", "nearly_every_day"),
        ("Every weekday. On weekends I'm a different person.", "more_than_half"),
    ],
)
def test_a_clear_answer_then_a_story_with_asides_is_the_answer(text: str, expected: str) -> None:
    assert match_frequency(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Someone else's view beside a zero is doubt, and one that moves the count is a
        # second answer.
        "Not at all. My husband thinks I've been snappy though.",
        "A few days. My wife says more.",
        "Most days, my wife says every day",
        # The time dates the answer itself, or limits it to the present.
        "Every day, in March",
        "During my divorce it was constant, that was 3 years ago",
        "Now? Not at all. But I had a horrible patch over the winter.",
        "Every day. Last month was worse.",
        # A week inside the window, a start or a limit in the story.
        "None, but last week was bad",
        "Every day, since last Thursday",
        "Most days, maybe more. My husband agrees.",
        "Every day. Except weekends, my mum says.",
        # After "every day", weekends would leave fewer than 12 days.
        "Every day. On weekends it's fine.",
        "Every day, I sleep better on weekends.",
        # A zero with a weekday in the story: the day may be one with the symptom.
        "Not at all. Sunday was rough though.",
        # A hedged zero.
        "None, I think. My mum says I'm fine.",
    ],
)
def test_a_story_that_limits_or_doubts_the_answer_stays_asked_again(text: str) -> None:
    assert match_frequency(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Counts of something other than days in the story: a work pattern, repeats within
        # one occasion, the clock and races, activities, well-being and routine.
        ("Every day, I work a full time job and care for my dad.", "nearly_every_day"),
        ("More than half the days. I read the same page 4 times.", "more_than_half"),
        ("Most days, I check the door 3 times before bed.", "more_than_half"),
        ("Nearly every day, I wake at half 5 and can't get back to sleep.", "nearly_every_day"),
        ("Not at all, I ran a half marathon yesterday.", "not_at_all"),
        ("Not at all, I've been doing pilates twice a week.", "not_at_all"),
        ("None, I play tennis most evenings.", "not_at_all"),
        ("No, I've been in a good mood the whole time.", "not_at_all"),
        ("Not at all, I go to bed at the same time every night.", "not_at_all"),
    ],
)
def test_counts_of_something_other_than_days_are_set_aside(text: str, expected: str) -> None:
    assert match_frequency(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Alone they name no count of the days: asked again.
        "I have a full time job and three kids",
        "There's always something to do.",
        "I never feel calm, there's always something going on",
        "I can't sit through a film without getting up 3 or 4 times",
        "I read the same email 5 times",
        "half 6",
        # "half" of the days is still exactly half.
        "half the days",
        "half of the time",
    ],
)
def test_other_counts_alone_are_asked_again(text: str) -> None:
    assert match_frequency(text) is None


def test_the_full_time_of_the_window_is_every_day() -> None:
    assert match_frequency("anxious the full time") == "nearly_every_day"


@pytest.mark.parametrize(
    "text",
    [
        # A reply that opens by asking what counts is a question back.
        "Does the weekend count? Because weekdays I'm fine.",
        "Do naps count? I nap a few days a week.",
        "Is work stress included? If so, most days.",
        # A hedged zero, then a count that may have been: between 0 and a few days.
        "I don't think so. I mean there might have been a day here or there.",
        "Not that I can remember... maybe once?",
        "not that I've noticed, possibly a couple of days",
    ],
)
def test_a_question_first_or_a_hedged_zero_with_a_maybe_count_is_asked_again(text: str) -> None:
    assert match_frequency(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Near misses: a firm count after a hedged zero opener, or a question after the answer.
        ("I don't think so, no, never", "not_at_all"),
        ("Every day. Does that count as a lot?", None),
        ("Not at all. Why, is that normal?", "not_at_all"),
        ("im tired all teh time", "nearly_every_day"),
    ],
)
def test_near_misses_keep_their_reading(text: str, expected: str | None) -> None:
    assert match_frequency(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "None. I moved house in the autumn and I've settled in well.",
        "No. Exams finished last month and I've been relaxing.",
        "Not at all, I've been doing pilates twice a week.",
        "No, I've been in a good mood the whole time.",
        "Not at all, I ran a half marathon yesterday.",
    ],
)
def test_the_new_zero_readings_stay_asked_again_on_item_9(text: str) -> None:
    # PHQ-9 item 9 (firm_zero): no new wording may become a zero there.
    assert match_frequency(text, firm_zero=True) is None
