"""A message whose turn produced no reply (an action server or the database down): the
patient gets a kind reply and the current question; a risk message gets the crisis reply and
its flag whatever is down."""

from __future__ import annotations

from bot.intake import SAFE_NOW, IntakeEngine, Reply, RiskSignal
from bot.regions import region
from bot.turn_recovery import TRY_AGAIN, recover_turn

SELF_HARM = RiskSignal("high", ("suicide_self_harm",), "end it all")
US = region("US")


def database_down() -> IntakeEngine:
    raise ConnectionError("the database is restarting")


def at_phq9_item_2(engine: IntakeEngine) -> None:
    engine.begin("p1", "rest")
    for text in ("yes", "30", "low mood"):
        engine.handle(engine.store.latest_intake("p1"), Reply(text=text))  # type: ignore[arg-type]
    engine.handle(engine.store.latest_intake("p1"), Reply("", choice="phq9:1=several_days"))  # type: ignore[arg-type]


def test_try_again_then_the_question_that_is_really_open(engine: IntakeEngine) -> None:
    at_phq9_item_2(engine)
    recovery = recover_turn(lambda: engine, US, "p1", "rest", "more than half the days", None)
    first, question = recovery.messages
    assert first.response == TRY_AGAIN
    assert "Question 2 of 9" in (question.text or "") and question.buttons
    assert recovery.flagged_intake_id is None and not recovery.flag_not_stored
    intake = engine.store.latest_intake("p1")
    assert intake is not None and intake.step == "phq9:2"  # nothing was answered
    assert len(engine.store.answers(intake.id)) == 1


def test_try_again_alone_when_the_store_cannot_say_which_question(engine: IntakeEngine) -> None:
    recovery = recover_turn(database_down, US, "p1", "rest", "several days", None)
    assert [m.response for m in recovery.messages] == [TRY_AGAIN]
    # a patient with no intake yet: nothing to ask again
    assert [
        m.response for m in recover_turn(lambda: engine, US, "new", None, "hi", None).messages
    ] == [TRY_AGAIN]


def test_risk_is_flagged_and_answered_with_the_crisis_reply_and_the_safety_check(
    engine: IntakeEngine,
) -> None:
    at_phq9_item_2(engine)
    recovery = recover_turn(lambda: engine, US, "p1", "rest", "I want to end it all", SELF_HARM)
    assert [m.response for m in recovery.messages] == [
        "utter_crisis_self_harm",
        "utter_ask_safe_now",
    ]
    assert recovery.messages[0].variables["emergency_number"] == "911"
    intake = engine.store.latest_intake("p1")
    assert intake is not None and intake.step == SAFE_NOW
    assert recovery.flagged_intake_id == intake.id
    (flag,) = engine.store.pending_alerts(intake.id)
    assert (flag.category, flag.evidence) == ("suicide_self_harm", "end it all")


def test_risk_while_the_database_is_down_still_gets_the_crisis_reply(
    engine: IntakeEngine,
) -> None:
    recovery = recover_turn(database_down, US, "p1", "rest", "I want to end it all", SELF_HARM)
    assert [m.response for m in recovery.messages] == ["utter_crisis_self_harm", TRY_AGAIN]
    assert recovery.messages[0].variables == {
        "emergency_number": "911",
        "crisis_line": US.crisis_line,
    }
    assert recovery.flag_not_stored and recovery.flagged_intake_id is None
