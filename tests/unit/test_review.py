"""`intake review` on a real Rasa SQL tracker store built with Rasa's own classes."""

from __future__ import annotations

import asyncio
import sqlite3
import time
import warnings
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.training_data.loading import load_data

from bot import cli, review
from bot.config import PROJECT_ROOT

DAY = 24 * 3600
NO_RISK = {"risk": "none", "categories": [], "evidence": ""}
SLOT_SECRET = "slot-value-never-shown"


def said(
    text: str,
    intent: str,
    confidence: float,
    ranking: list[tuple[str, float]] | None = None,
    safety: dict[str, Any] | None = None,
    timestamp: float | None = None,
) -> UserUttered:
    """A user event as our NLU pipeline records it (intent, ranking, safety)."""
    ranking = ranking or [(intent, confidence)]
    return UserUttered(
        text,
        {"name": intent, "confidence": confidence},
        [],
        parse_data={
            "intent_ranking": [{"name": n, "confidence": c} for n, c in ranking],
            "safety": safety or NO_RISK,
        },
        timestamp=timestamp,
    )


def bot(text: str, utter_action: str | None = None) -> BotUttered:
    return BotUttered(text, metadata={"utter_action": utter_action} if utter_action else {})


LISTEN = ActionExecuted("action_listen")
ANSWER_UNCLEAR = (
    "Sorry, I couldn't tell which answer fits. Please tap one of the options, or type the "
    "words of the one that fits best."
)

CONVERSATIONS: dict[str, list[Event]] = {
    "p-confident": [
        said("several days", "answer_frequency", 0.97),
        bot("Thanks.", "utter_concerns_thanks"),
        LISTEN,
        said("/affirm", "affirm", 0.2),  # a button payload, never listed
        bot(ANSWER_UNCLEAR, "utter_answer_unclear"),
        LISTEN,
        said("it was months ago", "inform", 0.1, timestamp=time.time() - 60 * DAY),  # too old
    ],
    "p-unsure": [
        said("kinda sorta on and off", "answer_frequency", 0.41),
        SlotSet("intake_reply", SLOT_SECRET),
        bot("Thank you for sharing that.", "utter_concerns_thanks"),
        LISTEN,
        said("blorp the glorp", "nlu_fallback", 0.5, [("nlu_fallback", 0.5), ("inform", 0.31)]),
        bot("Sorry, I didn't get that."),
    ],
    "p-unclear": [
        said("meh whatever", "answer_frequency", 0.9),
        ActionExecuted("intake_form"),
        bot(ANSWER_UNCLEAR, "utter_answer_unclear"),
        LISTEN,
        said("meh   whatever", "answer_frequency", 0.88),
        bot(ANSWER_UNCLEAR, "utter_answer_unclear"),
        LISTEN,
        said("twelve and a half", "inform", 0.8),
        # no utter_action in the metadata: recognised by its domain text
        bot("Sorry, I didn't catch that. Please type your age as a number, for example 34."),
        LISTEN,
        said("not sure what you mean", "inform", 0.75),
        bot(
            "I want to make sure you're OK. Please tap one of the buttons to tell me whether "
            "you are safe right now. If you are in danger, call 988."
        ),
    ],
    "p-safety": [
        said(
            "i want to end it all lol",
            "disclose_risk",
            1.0,
            [("inform", 0.81), ("disclose_risk", 0.12)],
            {"risk": "high", "categories": ["suicide_self_harm"], "evidence": "end it all"},
        ),
        bot("Thank you for telling me.", "utter_crisis_self_harm"),
        LISTEN,
        said(
            "this homework is killing me",
            "inform",
            0.7,
            [("disclose_risk", 0.72), ("inform", 0.2)],
        ),
        LISTEN,
        said(
            "i hurt myself last night",
            "disclose_risk",
            1.0,
            [("disclose_risk", 0.9), ("inform", 0.05)],
            {"risk": "high", "categories": ["suicide_self_harm"], "evidence": "hurt myself"},
        ),
    ],
}


@pytest.fixture(scope="module")
def tracker_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("tracker") / "t.db"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        domain = Domain.load(str(PROJECT_ROOT / "domain.yml"))
        store = SQLTrackerStore(dialect="sqlite", db=str(path), domain=domain)
    for sender_id, events in CONVERSATIONS.items():
        tracker = DialogueStateTracker.from_events(sender_id, events, slots=domain.slots)
        asyncio.run(store.save(tracker))
    return f"sqlite:///{path}"


@pytest.fixture(scope="module")
def items(tracker_db: str) -> list[review.ReviewItem]:
    return review.find_uncertain(tracker_db)


def by_text(items: list[review.ReviewItem]) -> dict[str, review.ReviewItem]:
    return {i.text: i for i in items}


def test_lists_exactly_the_uncertain_messages_with_their_reasons(
    items: list[review.ReviewItem],
) -> None:
    assert {i.text: set(i.codes) for i in items} == {
        "kinda sorta on and off": {"low_confidence"},
        "blorp the glorp": {"nlu_fallback"},
        "meh whatever": {"unclear_reply"},
        "twelve and a half": {"unclear_reply"},
        "not sure what you mean": {"unclear_reply"},
        "i want to end it all lol": {"safety_disagreement"},
        "this homework is killing me": {"safety_disagreement"},
    }


def test_confident_messages_button_payloads_and_old_messages_are_not_listed(
    items: list[review.ReviewItem], tracker_db: str
) -> None:
    texts = {i.text for i in items}
    assert "several days" not in texts  # confident
    assert "i hurt myself last night" not in texts  # the screen and the classifier agree
    assert not any(t.startswith("/") for t in texts)
    assert "it was months ago" not in texts  # older than 30 days
    assert "it was months ago" in by_text(
        review.find_uncertain(tracker_db, since=timedelta(days=90))
    )


def test_reason_details(items: list[review.ReviewItem]) -> None:
    found = by_text(items)
    assert [str(r) for r in found["kinda sorta on and off"].reasons] == [
        "low confidence 0.41 < 0.60"
    ]
    assert [str(r) for r in found["blorp the glorp"].reasons] == [
        "nlu_fallback (best guess inform 0.31)"
    ]
    assert [str(r) for r in found["i want to end it all lol"].reasons] == [
        "safety screen found risk high (suicide_self_harm), classifier says inform 0.81"
    ]
    assert [str(r) for r in found["this homework is killing me"].reasons] == [
        "classifier says disclose_risk 0.72, safety screen found no risk"
    ]
    assert [str(r) for r in found["twelve and a half"].reasons] == [
        "followed by utter_age_unclear (1 time for this sender)"
    ]
    assert [str(r) for r in found["not sure what you mean"].reasons] == [
        "followed by utter_safe_now_unclear (1 time for this sender)"
    ]


def test_repeated_unclear_replies_are_counted_and_identical_texts_listed_once(
    items: list[review.ReviewItem],
) -> None:
    meh = [i for i in items if i.text.casefold().split() == ["meh", "whatever"]]
    assert len(meh) == 1
    assert meh[0].occurrences == 2
    assert meh[0].sender_id == "p-unclear"
    assert meh[0].confidence == pytest.approx(0.88)  # the latest occurrence
    assert [str(r) for r in meh[0].reasons] == [
        "followed by utter_answer_unclear (2 times for this sender)"
    ]


def test_safety_disagreements_first_then_least_confident(
    items: list[review.ReviewItem], tracker_db: str
) -> None:
    assert [i.codes == {"safety_disagreement"} for i in items[:2]] == [True, True]
    rest = [i.confidence for i in items[2:]]
    assert rest == sorted(rest)
    assert len(review.find_uncertain(tracker_db, limit=3)) == 3


def test_min_confidence_threshold(tracker_db: str) -> None:
    texts = {i.text for i in review.find_uncertain(tracker_db, min_confidence=0.95)}
    assert "several days" not in texts  # 0.97
    assert "meh whatever" in texts and "twelve and a half" in texts


def test_yaml_loads_with_rasa_as_it_is(items: list[review.ReviewItem], tmp_path: Path) -> None:
    out = tmp_path / "review.yml"
    out.write_text(review.to_nlu_yaml(items), encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        data = load_data(str(out))
    assert not [w for w in caught if issubclass(w.category, UserWarning)]
    loaded = {(m.get("text"), m.get("intent")) for m in data.training_examples}
    assert loaded == {(i.text, i.intent) for i in items}
    assert ("i want to end it all lol", "disclose_risk") in loaded


def test_yaml_has_a_header_and_a_reason_after_each_example(
    items: list[review.ReviewItem],
) -> None:
    text = review.to_nlu_yaml(items)
    assert text.startswith("# ")
    assert 'version: "3.1"' in text and "make validate" in text
    lines = text.splitlines()
    for item in items:
        at = lines.index(f"    - {item.text}")
        assert lines[at - 2] == f"- intent: {item.intent}"
        assert lines[at + 1].startswith("  # predicted ")
        assert all(str(r) in lines[at + 1] for r in item.reasons)
    assert "p-unclear" not in text and "p-safety" not in text  # no sender ids in the file
    assert SLOT_SECRET not in text


def test_empty_review_still_loads(tmp_path: Path) -> None:
    out = tmp_path / "empty.yml"
    out.write_text(review.to_nlu_yaml([]), encoding="utf-8")
    assert load_data(str(out)).training_examples == []


def test_cli_lists_and_writes_the_file_without_touching_the_store(
    tracker_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_file = Path(tracker_db.removeprefix("sqlite:///"))
    before = db_file.read_bytes()
    out = tmp_path / "reports" / "review.yml"
    assert cli.main(["review", "--db", tracker_db, "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "p-safety" in printed and "i want to end it all lol" in printed
    assert "predicted answer_frequency 0.41" in printed
    assert "7 message(s) to review" in printed
    assert SLOT_SECRET not in printed
    assert load_data(str(out)).training_examples
    assert db_file.read_bytes() == before


def test_cli_defaults_to_the_tracker_db_of_run_sh(
    tracker_db: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("RASA_TRACKER_DB", raising=False)
    monkeypatch.setenv("INTAKE_DATA_DIR", str(tmp_path))
    assert review.default_tracker_url() == f"sqlite:///{tmp_path / 'rasa_tracker.db'}"
    assert cli.main(["review", "--out", str(tmp_path / "r.yml")]) == 1
    assert "no tracker store at" in capsys.readouterr().err
    assert not (tmp_path / "rasa_tracker.db").exists()  # never created
    assert not (tmp_path / "r.yml").exists()
    monkeypatch.setenv("RASA_TRACKER_DB", tracker_db.removeprefix("sqlite:///"))
    assert cli.main(["review", "--out", str(tmp_path / "r.yml"), "--limit", "2"]) == 0
    assert "2 message(s) to review" in capsys.readouterr().out


def test_a_database_without_rasa_events_says_so(tmp_path: Path) -> None:
    sqlite3.connect(tmp_path / "other.db").close()
    with pytest.raises(review.ReviewError, match="no `events` table"):
        review.find_uncertain(f"sqlite:///{tmp_path / 'other.db'}")


def test_long_texts_are_cut_in_the_listing() -> None:
    item = review.ReviewItem(
        sender_id="p\x1b[31m",
        time=datetime(2024, 5, 1, 10, 22, tzinfo=timezone.utc),
        text="x" * 300,
        intent="inform",
        confidence=0.3,
        reasons=(review.Reason("low_confidence", "low confidence 0.30 < 0.60"),),
    )
    listing = review.format_listing([item])
    assert "2024-05-01 10:22 UTC" in listing
    assert "x" * 119 + "…" in listing and "x" * 120 not in listing
    assert "\x1b" not in listing
