"""A typed answer the rules cannot read, with a suggested reading (bot/frequency_guess.py):
offered as "It sounds like ... Is that right?", stored only once the patient confirms it."""

from __future__ import annotations

from bot import instruments
from bot.intake import MAX_UNCLEAR, IntakeEngine, IntakePlan, Reply, Say
from bot.regions import region
from bot.store import IntakeStore
from tests.intakes import current, responses, say


def start(engine: IntakeEngine) -> None:
    engine.begin("p1", "rest")
    for text in ("yes", "I'm 34", "low mood"):
        say(engine, text)


def suggest(engine: IntakeEngine, text: str, guess: str) -> list[Say]:
    """A typed reply for which the NLU pipeline suggested `guess` (no firm reading)."""
    return engine.handle(current(engine), Reply(text=text, frequency_guess=guess))


def stored(store: IntakeStore, engine: IntakeEngine) -> list[tuple[str, str | None, str | None]]:
    return [(a.item_id, a.value, a.raw_text) for a in store.answers(current(engine).id)]


def test_a_suggestion_is_offered_and_nothing_is_stored(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    start(engine)
    said = suggest(engine, "it has been a rough stretch", "more_than_half")
    assert responses(said) == ["utter_answer_check_suggestion"]
    assert said[0].variables == {"answer_label": "More than half the days"}
    assert current(engine).step == "phq9:1" and stored(store, engine) == []


def test_a_typed_yes_takes_the_suggestion_in_the_patients_own_words(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    start(engine)
    suggest(engine, "it has been a rough stretch", "more_than_half")
    say(engine, "yes that's right")
    assert stored(store, engine) == [("1", "more_than_half", "it has been a rough stretch")]
    assert current(engine).step == "phq9:2"


def test_tapping_another_answer_after_a_suggestion_stores_the_tap(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    start(engine)
    suggest(engine, "it has been a rough stretch", "more_than_half")
    say(engine, choice="phq9:1=nearly_every_day")
    assert stored(store, engine) == [("1", "nearly_every_day", None)]


def test_a_plain_no_is_asked_again_never_read_as_not_at_all(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    start(engine)
    suggest(engine, "it has been a rough stretch", "more_than_half")
    assert responses(say(engine, "no")) == ["utter_answer_suggestion_declined"]
    assert stored(store, engine) == []
    # Declining is no unclear answer: the attempts left are those after the suggestion.
    assert current(engine).unclear_count == 1
    assert responses(say(engine, "yes")) == ["utter_answer_unclear"]  # the suggestion lapsed
    assert stored(store, engine) == []


def test_a_correcting_reply_after_a_suggestion_is_read_as_an_answer(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    start(engine)
    suggest(engine, "it has been a rough stretch", "more_than_half")
    say(engine, "no, nearly every day")
    assert stored(store, engine)[0][:2] == ("1", "nearly_every_day")


def test_a_suggestion_survives_a_restart_of_the_engine(store: IntakeStore) -> None:
    plan = IntakePlan([instruments.load("phq9")], min_age=18)
    engine = IntakeEngine(store, plan, region("US"))
    start(engine)
    suggest(engine, "it has been a rough stretch", "more_than_half")
    restarted = IntakeEngine(
        store, IntakePlan([instruments.load("phq9")], min_age=18), region("US")
    )
    say(restarted, "yep")
    assert stored(store, restarted) == [("1", "more_than_half", "it has been a rough stretch")]


def test_a_suggestion_left_behind_answers_no_later_visit_to_the_question(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    start(engine)
    say(engine, "several days")
    suggest(engine, "it has been a rough stretch", "more_than_half")  # phq9:2
    engine.correct(current(engine), Reply(text="go back"))  # back to phq9:1
    say(engine, "several days")  # phq9:1 again, then phq9:2 asked afresh
    assert current(engine).step == "phq9:2"
    say(engine, "yes")
    assert [a.item_id for a in store.answers(current(engine).id)] == ["1"]


def test_no_not_at_all_is_ever_suggested_on_phq9_item_9(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    start(engine)
    for _ in range(8):
        say(engine, "several days")
    assert current(engine).step == "phq9:9"
    assert responses(suggest(engine, "hmm, whatever", "not_at_all")) == ["utter_answer_unclear"]
    assert responses(suggest(engine, "hmm, whatever", "several_days")) == [
        "utter_answer_check_suggestion"
    ]
    said = say(engine, "yes")
    assert ("9", "several_days", "hmm, whatever") in stored(store, engine)
    assert responses(said) == ["utter_item_flag_support"]  # the urgent flag, as for a tap
    flags = store.flags(current(engine).id)
    assert [(f.kind, f.severity) for f in flags] == [("phq9_item9_positive", "urgent")]


def test_the_last_attempt_offers_no_suggestion_and_is_never_scored_zero(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    start(engine)
    for _ in range(MAX_UNCLEAR - 1):
        say(engine, "hmm")
    assert responses(suggest(engine, "hmm, whatever", "not_at_all")) == ["utter_answer_moving_on"]
    assert [(a.item_id, a.status, a.value) for a in store.answers(current(engine).id)] == [
        ("1", "unanswered", None)
    ]


def test_a_change_of_an_earlier_answer_never_takes_a_suggestion(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    start(engine)
    say(engine, "several days")
    engine.correct(
        current(engine),
        Reply(text="actually it has been a rough stretch", frequency_guess="more_than_half"),
    )
    assert stored(store, engine)[0][:2] == ("1", "several_days")
