"""PSS-10, AIS and WHO-5 run through the generic intake engine with no code of their own: the
section bridge, free-text answers per scale, reverse-scored items as stored, and the summary."""

from __future__ import annotations

from bot import instruments, scoring
from bot.intake import IntakeEngine, IntakePlan, Reply
from bot.regions import region
from bot.store import IntakeRecord, IntakeStore
from bot.summary import build_summary, validate_summary


def _engine(store: IntakeStore, *ids: str) -> IntakeEngine:
    return IntakeEngine(store, IntakePlan([instruments.load(i) for i in ids], 18), region("US"))


def _current(store: IntakeStore) -> IntakeRecord:
    intake = store.latest_intake("p1")
    assert intake is not None
    return intake


def _say(engine: IntakeEngine, store: IntakeStore, text: str) -> None:
    engine.handle(_current(store), Reply(text=text))


def _through_welcome(engine: IntakeEngine, store: IntakeStore) -> None:
    engine.begin("p1", "rest")
    for text in ("yes", "I'm 34", "stress and poor sleep"):
        _say(engine, store, text)


def test_each_new_section_opens_with_its_bridge(store: IntakeStore) -> None:
    engine = _engine(store, "pss10", "ais", "who5")
    _through_welcome(engine, store)
    bridges = [engine.advance(_current(store)).messages[0].text]
    for text in ["sometimes"] * 10:
        _say(engine, store, text)
    bridges.append(engine.advance(_current(store)).messages[0].text)
    for text in ["no problem"] * 8:
        _say(engine, store, text)
    bridges.append(engine.advance(_current(store)).messages[0].text)
    assert bridges == [
        instruments.load("pss10").intro,
        instruments.load("ais").intro,
        instruments.load("who5").intro,
    ]
    assert "sleep" in bridges[1]


def test_pss10_free_text_answers_are_stored_with_reversed_scores(store: IntakeStore) -> None:
    engine = _engine(store, "pss10")
    _through_welcome(engine, store)
    replies = ["very often", "3", "fairly often", "never", "hardly ever", "quite a lot",
               "not at all", "almost never", "sometimes", "all the time"]  # fmt: skip
    for text in replies:
        _say(engine, store, text)
    intake = _current(store)
    assert intake.status == "complete"
    rows = {a.item_id: a for a in store.answers(intake.id)}
    assert [rows[str(n)].score for n in range(1, 11)] == [4, 3, 3, 4, 3, 3, 4, 3, 2, 4]
    result = scoring.score(instruments.load("pss10"), {k: r.value for k, r in rows.items()})
    assert result.total == 33 and result.band is not None and result.band.code == "high"
    summary = build_summary(store, intake)
    validate_summary(summary)
    (pss,) = summary["instruments"]
    assert pss["total"] == 33 and pss["band_code"] == "high"


def test_a_bare_number_out_of_the_scale_is_asked_again_not_scored(store: IntakeStore) -> None:
    engine = _engine(store, "ais")
    _through_welcome(engine, store)
    _say(engine, store, "4")  # AIS answers are scored 0-3
    intake = _current(store)
    assert intake.step == "ais:1" and intake.unclear_count == 1
    assert store.answers(intake.id) == []


def test_who5_low_item_answer_is_flagged_for_review_not_as_a_crisis(store: IntakeStore) -> None:
    engine = _engine(store, "who5")
    _through_welcome(engine, store)
    _say(engine, store, "at no time")
    (flag,) = store.flags(_current(store).id)
    assert (flag.kind, flag.severity, flag.item_id) == ("who5_item_low", "review", "1")
