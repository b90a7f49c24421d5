"""At the end the patient may check and change any answer before sending."""

from __future__ import annotations

import pytest

from bot import instruments
from bot.intake import IntakeEngine, IntakePlan
from bot.regions import region
from bot.store import IntakeStore
from bot.summary import build_summary
from tests.intakes import current, say


@pytest.fixture
def engine(store: IntakeStore) -> IntakeEngine:
    plan = IntakePlan(
        [instruments.load("phq9"), instruments.load("cssrs"), instruments.load("gad7")],
        min_age=18,
        review=True,
    )
    return IntakeEngine(store, plan, region("US"))


def through_everything(engine: IntakeEngine) -> None:
    engine.begin("p1", "rest")
    for text in ("yes", "I'm 34", "low mood"):
        say(engine, text)
    for _ in range(9):
        say(engine, "several days")
    say(engine, "somewhat difficult")
    say(engine, "no")  # C-SSRS after item 9 > 0
    for _ in range(5):
        say(engine, "no")
    for _ in range(7):
        say(engine, "not at all")


def test_the_last_answer_leads_to_the_offer_to_check_not_to_sending(
    engine: IntakeEngine,
) -> None:
    through_everything(engine)
    intake = current(engine)
    assert intake.step == "review:offer" and intake.status == "active"
    assert [m.response for m in engine.prompt(intake)] == ["utter_ask_review_offer"]
    say(engine, choice="review:offer=send")
    assert current(engine).status == "complete"


def test_patient_changes_an_answer_and_comes_back_to_send(
    engine: IntakeEngine, store: IntakeStore
) -> None:
    through_everything(engine)
    say(engine, "I'd like to check my answers")
    (sections,) = engine.prompt(current(engine))
    assert [b.title for b in sections.buttons] == ["PHQ-9", "C-SSRS screener", "GAD-7"]
    say(engine, choice="review:sections=gad7")
    (listing,) = engine.prompt(current(engine))
    assert listing.variables["answer_list"].splitlines()[0] == (
        "1. Feeling nervous, anxious, or on edge: Not at all"
    )
    say(engine, "2")  # the number shown in the list
    intake = current(engine)
    assert intake.step == "gad7:2"
    (question,) = engine.prompt(intake)
    assert "Not being able to stop or control worrying" in (question.text or "")
    say(engine, "nearly every day")
    assert current(engine).step == "review:offer"  # back to the review, not on to item 3
    say(engine, "send them please")
    intake = current(engine)
    assert intake.status == "complete"
    gad7 = build_summary(store, intake)["instruments"][2]
    assert gad7["total"] == 3


def test_back_button_of_the_list_returns_to_the_parts(engine: IntakeEngine) -> None:
    through_everything(engine)
    say(engine, choice="review:offer=check")
    say(engine, choice="review:sections=phq9")
    say(engine, choice="review:items=back")
    assert current(engine).step == "review:sections"


def test_unclear_reply_at_the_review_is_asked_again(engine: IntakeEngine) -> None:
    through_everything(engine)
    assert [m.response for m in say(engine, "hmm")] == ["utter_review_unclear"]
    assert current(engine).step == "review:offer"


@pytest.mark.parametrize(
    ("reply", "step", "status"),
    [
        ("no", "done", "complete"),  # no changes: send
        ("no thanks, send them", "done", "complete"),
        ("yes", "review:sections", "active"),  # yes, I'd like to check
        ("yes please, I want to change one", "review:sections", "active"),
    ],
)
def test_a_plain_yes_or_no_to_the_offer(
    engine: IntakeEngine, reply: str, step: str, status: str
) -> None:
    through_everything(engine)
    say(engine, reply)
    intake = current(engine)
    assert (intake.step, intake.status) == (step, status)
