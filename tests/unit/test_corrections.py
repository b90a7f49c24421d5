"""Changing an answer: "go back", or "actually it's more than half the days" right after."""

from __future__ import annotations

from bot.intake import IntakeEngine, Reply, Say
from bot.store import IntakeStore
from bot.summary import build_summary
from tests.intakes import current, say


def correct(engine: IntakeEngine, text: str, frequency: str | None = None) -> list[Say]:
    return engine.correct(current(engine), Reply(text=text, frequency=frequency))


def to_phq9(engine: IntakeEngine) -> None:
    engine.begin("p1", "rest")
    for text in ("yes", "I'm 34", "low mood"):
        say(engine, text)
    assert current(engine).step == "phq9:1"


def phq9_total(store: IntakeStore, engine: IntakeEngine) -> int | None:
    phq9 = build_summary(store, current(engine))["instruments"][0]
    return phq9["partial_total"] if phq9["total"] is None else phq9["total"]


def test_actually_changes_the_last_answer_and_rescores(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    to_phq9(engine)
    say(engine, "several days")
    assert phq9_total(store, engine) == 1
    messages = correct(engine, "actually it's more than half the days")
    assert [m.response for m in messages] == ["utter_answer_changed"]
    assert messages[0].variables == {"answer_label": "More than half the days"}
    assert phq9_total(store, engine) == 2
    assert current(engine).step == "phq9:2"  # the next question is asked again, not skipped


def test_go_back_asks_the_previous_question_then_returns(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    to_phq9(engine)
    say(engine, "several days")
    say(engine, "not at all")
    assert [m.response for m in correct(engine, "go back")] == ["utter_going_back"]
    assert current(engine).step == "phq9:2"
    say(engine, "nearly every day")
    assert current(engine).step == "phq9:3"  # back where the patient was
    values = {a.item_id: a.value for a in store.answers(current(engine).id)}
    assert values == {"1": "several_days", "2": "nearly_every_day"}


def test_nothing_to_go_back_to_before_the_first_answer(engine: IntakeEngine) -> None:
    to_phq9(engine)
    assert [m.response for m in correct(engine, "go back")] == ["utter_cannot_go_back"]
    assert current(engine).step == "phq9:1"


def test_changing_item9_down_keeps_the_flag_already_raised(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    to_phq9(engine)
    for _ in range(8):
        say(engine, "not at all")
    say(engine, "several days")  # item 9 above 0: urgent flag
    correct(engine, "sorry I meant not at all")
    flags = store.flags(current(engine).id)
    assert [f.kind for f in flags] == ["phq9_item9_positive"]  # never dropped


def test_changing_item9_up_raises_the_flag_and_asks_the_screener(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    to_phq9(engine)
    for _ in range(9):
        say(engine, "not at all")
    assert current(engine).step == "gad7:1"  # no item 10, no C-SSRS
    messages = correct(engine, "actually several days for that one")
    assert "utter_item_flag_support" in [m.response for m in messages]
    intake = current(engine)
    assert [f.kind for f in store.flags(intake.id)] == ["phq9_item9_positive"]
    assert intake.step == "phq9:10"  # item 10 and the C-SSRS are now due, in order


def test_an_unreadable_correction_steps_back_instead_of_guessing(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    to_phq9(engine)
    say(engine, "several days")
    assert [m.response for m in correct(engine, "no wait, that's wrong")] == ["utter_going_back"]
    assert current(engine).step == "phq9:1"
    assert phq9_total(store, engine) == 1  # unchanged until answered again


def test_a_plain_answer_classified_as_a_correction_answers_the_open_question(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    """The classifier once sent "sometimes" (an answer) to the correction action, which then
    changed the previous answer. Without words of a correction it is the open question's."""
    to_phq9(engine)
    say(engine, "several days")
    correct(engine, "nearly every day")  # no "actually", "change", "go back"...
    answers = {a.item_id: a.value for a in store.answers(current(engine).id)}
    assert answers == {"1": "several_days", "2": "nearly_every_day"}
    assert current(engine).step == "phq9:3"
    correct(engine, "actually it's not at all")  # a real correction still changes item 2
    answers = {a.item_id: a.value for a in store.answers(current(engine).id)}
    assert answers == {"1": "several_days", "2": "not_at_all"}
