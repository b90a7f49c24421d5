"""The intake conversation as a state machine over the store, independent of Rasa.

An intake walks through steps: consent, age, main concerns, then every item of each
configured instrument. The current step lives in the store (not in the dialogue engine), so a
restart, a pause or a new dialogue session resumes at the exact question.

Everything the engine says is a `Say`: either the name of a fixed response in domain.yml or
fixed wording from an instrument file. Nothing is generated.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone

from bot import answers as answer_text
from bot import scoring
from bot.instruments import Instrument, Item
from bot.regions import Region
from bot.store import IntakeRecord, IntakeStore, NewAnswer, NewFlag

CONSENT_WORDING = "consent-v1"  # version of utter_ask_consent shown; stored with each decision
MAX_UNCLEAR = 3  # unclear answers before an item is recorded as unanswered and flagged
MAX_CONCERNS_CHARS = 4000
WELCOME = "welcome"
DONE = "done"


@dataclass(frozen=True)
class Button:
    title: str
    payload: str


@dataclass(frozen=True)
class Say:
    """One bot message: a domain.yml response by name, or fixed instrument wording."""

    response: str | None = None
    text: str | None = None
    buttons: tuple[Button, ...] = ()
    variables: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Step:
    key: str  # "consent", "age", "concerns", or "<instrument>:<item>"
    section: str  # "welcome" or the instrument id
    instrument: Instrument | None = None
    item: Item | None = None


@dataclass(frozen=True)
class Reply:
    """What the patient sent, as the NLU understood it."""

    text: str
    choice: str | None = None  # from a button payload: "<step key>=<option value>"
    frequency: str | None = None  # `frequency` entity from the NLU pipeline


@dataclass(frozen=True)
class Begin:
    intake: IntakeRecord | None
    messages: list[Say]
    run_questions: bool  # whether the question loop should (re)start


@dataclass(frozen=True)
class Advance:
    messages: list[Say]
    run_questions: bool
    section: str | None


def choice_payload(intent: str, step_key: str, value: str) -> str:
    """A button payload that names the question it answers, so stale taps can be told apart."""
    return f"/{intent}" + json.dumps({"choice": f"{step_key}={value}"}, separators=(",", ":"))


class IntakePlan:
    """The ordered steps of one deployment's intake."""

    def __init__(self, instruments: Sequence[Instrument], min_age: int) -> None:
        self.instruments = {i.id: i for i in instruments}
        self.min_age = min_age
        self.steps: list[Step] = [Step(k, WELCOME) for k in ("consent", "age", "concerns")]
        for inst in instruments:
            self.steps += [Step(f"{inst.id}:{it.id}", inst.id, inst, it) for it in inst.items]
        self._index = {s.key: n for n, s in enumerate(self.steps)}

    def step(self, key: str) -> Step:
        if key not in self._index:
            raise KeyError(f"unknown intake step {key!r}")
        return self.steps[self._index[key]]

    def next_step(self, key: str, answers: dict[str, dict[str, str | None]]) -> Step | None:
        """The step after `key`, skipping items whose `ask_if` condition is not met."""
        for step in self.steps[self._index[key] + 1 :]:
            if step.item is None or step.item.ask_if is None:
                return step
            assert step.instrument is not None
            if _condition_met(step.item.ask_if, step.instrument, answers.get(step.section, {})):
                return step
        return None

    def progress(self, step: Step) -> str:
        """'Question 3 of 9' over the scored items; unscored items carry no number."""
        inst, item = step.instrument, step.item
        if inst is None or item is None or not item.scored:
            return ""
        number = [i.id for i in inst.scored_items].index(item.id) + 1
        return inst.progress.format(number=number, count=len(inst.scored_items))


def _condition_met(condition: str, inst: Instrument, answers: dict[str, str | None]) -> bool:
    if condition == "any_scored_item_positive":
        return scoring.any_scored_item_positive(inst, answers)
    raise ValueError(f"{inst.id}: unknown ask_if condition {condition!r}")


class IntakeEngine:
    def __init__(self, store: IntakeStore, plan: IntakePlan, region: Region) -> None:
        self.store = store
        self.plan = plan
        self.region = region

    @property
    def _region_vars(self) -> dict[str, str]:
        return {
            "emergency_number": self.region.emergency_number,
            "crisis_line": self.region.crisis_line,
        }

    # -- starting and pausing -------------------------------------------------------------
    def begin(self, patient_ref: str, channel: str | None, want_new: bool = False) -> Begin:
        """Resume the patient's open intake, or start one (consent first)."""
        latest = self.store.latest_intake(patient_ref)
        if latest is not None and latest.is_open:
            if latest.status == "paused":
                latest = self.store.update_intake(latest.id, status="active")
            if latest.step == "consent":
                greeting = Say("utter_greet_disclaimer", variables=self._region_vars)
                return Begin(latest, [greeting], True)
            return Begin(latest, [Say("utter_welcome_back")], True)
        if latest is not None and latest.status == "complete" and not want_new:
            return Begin(latest, [Say("utter_intake_already_complete")], False)
        intake = self.store.create_intake(patient_ref, "consent", channel)
        return Begin(intake, [Say("utter_greet_disclaimer", variables=self._region_vars)], True)

    def pause(self, intake: IntakeRecord) -> list[Say]:
        if intake.is_open:
            self.store.update_intake(intake.id, status="paused")
        return [Say("utter_paused")]

    # -- the question loop ----------------------------------------------------------------
    def is_waiting_in_section(self, intake: IntakeRecord, section: str | None) -> bool:
        """True while the current question belongs to `section` (the loop keeps asking)."""
        if intake.status not in ("awaiting_consent", "active") or intake.step == DONE:
            return False
        return section is None or self.plan.step(intake.step).section == section

    def prompt(self, intake: IntakeRecord) -> list[Say]:
        """The current question, with its answer buttons."""
        step = self.plan.step(intake.step)
        if step.key == "consent":
            return [Say("utter_ask_consent")]
        if step.key == "age":
            return [Say("utter_ask_age")]
        if step.key == "concerns":
            return [Say("utter_ask_concerns")]
        inst, item = step.instrument, step.item
        assert inst is not None and item is not None
        lines = [self.plan.progress(step), inst.item_stem(item), item.text]
        buttons = tuple(
            Button(o.label, choice_payload("inform", step.key, o.value)) for o in item.scale.options
        )
        return [Say(text="\n".join(line for line in lines if line), buttons=buttons)]

    def handle(self, intake: IntakeRecord, reply: Reply) -> list[Say]:
        """Take the patient's reply to the current question; return what to say before the
        next question (the loop asks it)."""
        if not self.is_waiting_in_section(intake, None):
            return []
        step = self.plan.step(intake.step)
        chosen: str | None = None
        if reply.choice is not None:
            key, _, chosen = reply.choice.partition("=")
            if key != step.key:
                return [Say("utter_stale_button")]
        if step.key == "consent":
            return self._consent(intake, chosen, reply)
        if step.key == "age":
            return self._age(intake, reply)
        if step.key == "concerns":
            return self._concerns(intake, chosen, reply)
        return self._item(intake, step, chosen, reply)

    def advance(self, intake: IntakeRecord) -> Advance:
        """After a section ends (or the dialogue session rolls over): close, or go on."""
        closing = {
            "declined": "utter_goodbye_no_consent",
            "ineligible": "utter_underage",
            "complete": "utter_intake_complete",
        }
        if intake.status in closing:
            return Advance([Say(closing[intake.status], variables=self._region_vars)], False, None)
        if intake.status == "paused":
            return Advance([], False, None)
        step = self.plan.step(intake.step)
        messages: list[Say] = []
        if step.instrument is not None and intake.unclear_count == 0:
            answered = {a.instrument for a in self.store.answers(intake.id)}
            if step.section not in answered and step.instrument.intro:
                messages.append(Say(text=step.instrument.intro))
        return Advance(messages, True, step.section)

    # -- step handlers --------------------------------------------------------------------
    def _unclear(self, intake: IntakeRecord, response: str) -> list[Say]:
        self.store.update_intake(intake.id, unclear_count=intake.unclear_count + 1)
        return [Say(response)]

    def _consent(self, intake: IntakeRecord, chosen: str | None, reply: Reply) -> list[Say]:
        decision = {"yes": True, "no": False}.get(chosen or "") if chosen else None
        if decision is None:
            decision = answer_text.parse_yes_no(reply.text)
        if decision is None:
            return self._unclear(intake, "utter_consent_unclear")
        if not decision:
            # Nothing is stored of a refusal but the refusal itself.
            self.store.record_consent(
                intake.id,
                "refused",
                CONSENT_WORDING,
                status="declined",
                step=DONE,
                completed_at=_now(),
            )
            return []
        self.store.record_consent(
            intake.id,
            "given",
            CONSENT_WORDING,
            status="active",
            step=self._next("consent"),
            unclear_count=0,
        )
        return []

    def _age(self, intake: IntakeRecord, reply: Reply) -> list[Say]:
        age = answer_text.parse_age(reply.text)
        if age is None:
            return self._unclear(intake, "utter_age_unclear")
        if age < self.plan.min_age:
            # Below the minimum age nothing more is collected; the age itself is not kept.
            self.store.update_intake(intake.id, status="ineligible", step=DONE, completed_at=_now())
            return []
        self.store.update_intake(intake.id, age=age, step=self._next("age"), unclear_count=0)
        return []

    def _concerns(self, intake: IntakeRecord, chosen: str | None, reply: Reply) -> list[Say]:
        text = "" if chosen == "skip" else reply.text.strip()
        if chosen != "skip" and not any(ch.isalnum() for ch in text):
            return self._unclear(intake, "utter_concerns_unclear")
        nxt = self._next("concerns")
        self.store.update_intake(
            intake.id,
            concerns=text[:MAX_CONCERNS_CHARS] or None,
            step=nxt,
            unclear_count=0,
            **({"status": "complete", "completed_at": _now()} if nxt == DONE else {}),
        )
        return [Say("utter_concerns_thanks")]

    def _item(
        self, intake: IntakeRecord, step: Step, chosen: str | None, reply: Reply
    ) -> list[Say]:
        inst, item = step.instrument, step.item
        assert inst is not None and item is not None
        value, source = self._answer_value(item, chosen, reply)
        if value is None:
            if intake.unclear_count + 1 < MAX_UNCLEAR:
                return self._unclear(intake, "utter_answer_unclear")
            # Never scored 0: recorded as unanswered and flagged for the practitioner.
            flagged_item = any(r.item == item.id for r in inst.item_flags)
            flag = NewFlag(
                kind="item_unanswered",
                severity="urgent" if flagged_item else "review",
                description=(
                    f"{inst.short_name} item {item.id} left unanswered after {MAX_UNCLEAR} "
                    "unclear replies; ask about it in person."
                ),
                evidence=reply.text[:500],
                instrument=inst.id,
                item_id=item.id,
            )
            answer = NewAnswer(
                inst.id, item.id, "unanswered", None, None, reply.text[:500], "text", MAX_UNCLEAR
            )
            self._commit(intake, step, answer, [flag])
            return [Say("utter_answer_moving_on")]
        score = scoring.score_item(inst, item.id, value)
        raw = None if source == "button" else reply.text[:500]
        answer = NewAnswer(
            inst.id, item.id, "answered", value, score, raw, source, intake.unclear_count + 1
        )
        option = item.scale.option(value)
        label = option.label if option else value
        flags = [
            NewFlag(
                kind=f.rule.kind,
                severity=f.rule.severity,
                description=f.rule.description,
                evidence=f"{label}" + (f' ("{raw}")' if raw else " (button)"),
                instrument=inst.id,
                item_id=item.id,
            )
            for f in scoring.item_flags(inst, item.id, value)
        ]
        self._commit(intake, step, answer, flags)
        if any(f.severity == "urgent" for f in flags):
            return [Say("utter_item_flag_support", variables=self._region_vars)]
        return []

    @staticmethod
    def _answer_value(item: Item, chosen: str | None, reply: Reply) -> tuple[str | None, str]:
        if chosen is not None:
            return (chosen if item.scale.option(chosen) else None), "button"
        if item.scale.id == "frequency" and reply.frequency and item.scale.option(reply.frequency):
            return reply.frequency, "text"
        return answer_text.match_option(reply.text, item.scale), "text"

    def _commit(
        self, intake: IntakeRecord, step: Step, answer: NewAnswer, flags: list[NewFlag]
    ) -> None:
        answers = self._answers_by_instrument(intake.id)
        answers.setdefault(step.section, {})[answer.item_id] = answer.value
        nxt = self.plan.next_step(step.key, answers)
        fields: dict[str, object] = {"step": nxt.key if nxt else DONE, "unclear_count": 0}
        if nxt is None:
            fields.update(status="complete", completed_at=_now())
        self.store.commit_step(intake.id, answer=answer, flags=flags, **fields)

    def _answers_by_instrument(self, intake_id: int) -> dict[str, dict[str, str | None]]:
        result: dict[str, dict[str, str | None]] = {}
        for a in self.store.answers(intake_id):
            result.setdefault(a.instrument, {})[a.item_id] = a.value
        return result

    def _next(self, key: str) -> str:
        nxt = self.plan.next_step(key, {})
        return nxt.key if nxt else DONE


def _now() -> datetime:
    return datetime.now(timezone.utc)
