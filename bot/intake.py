"""The intake conversation as a state machine over the store, independent of Rasa.

An intake walks through steps: consent, age, main concerns, then every item of each
configured instrument. The current step lives in the store (not in the dialogue engine), so a
restart, a pause or a new dialogue session resumes at the exact question.

Everything the engine says is a `Say`: either the name of a fixed response in domain.yml or
fixed wording from an instrument file. Nothing is generated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from bot import answers as answer_text
from bot import intake_meds, intake_review, intake_targets, scoring, suggested_answer
from bot.dialogue import Button, Reply, RiskSignal, Say, choice_payload
from bot.instruments import Condition, Instrument, Item, Option, needs_firm_zero
from bot.regions import Region
from bot.store import (
    FINAL_STATUSES,
    AnswerRecord,
    IntakeRecord,
    IntakeStore,
    NewAnswer,
    NewFlag,
)

CONSENT_WORDING = "consent-v1"  # version of utter_ask_consent shown; stored with each decision
SAFE_NOW = "safety:safe_now"  # "Are you safe right now?" after a risk flag
CONTINUE_AFTER_SAFETY = "safety:continue"  # "Carry on with the questions, or stop for now?"
# Which crisis reply acknowledges a disclosure, most pressing category first.
CRISIS_RESPONSES = (
    ("medical_emergency", "utter_crisis_medical"),
    ("suicide_self_harm", "utter_crisis_self_harm"),
    ("harm_to_others", "utter_crisis_harm_to_others"),
    ("safeguarding", "utter_crisis_safeguarding"),
)


def crisis_reply(where: Region, signal: RiskSignal) -> Say:
    """The crisis reply for what the screen found, with the region's numbers. Needs no store,
    so it can be given even while the database is unreachable."""
    response = next(
        (r for c, r in CRISIS_RESPONSES if c in signal.categories), "utter_crisis_self_harm"
    )
    return Say(
        response,
        variables={"emergency_number": where.emergency_number, "crisis_line": where.crisis_line},
    )


# "no" / "nope" / "nah" opening a reply to a suggestion ("It sounds like ...: is that right?").
_LEADING_NO = re.compile(r"^\s*(?:no|nope|nah)\b[\s,.;:!\-]*", re.I)
MAX_UNCLEAR = 3  # unclear answers before an item is recorded as unanswered and flagged
MAX_CONCERNS_CHARS = 4000
MAX_CONTEXT_CHARS = 2000  # a lifestyle answer in the patient's words
SKIP = "skip"  # button value of a skippable section's Skip button
_SKIP_WORDS = re.compile(
    r"^\W*(skip( (it|this|that))?|pass|next|rather not( say)?|i'?d rather not( say)?|"
    r"prefer not to (say|answer))\W*$",
    re.IGNORECASE,
)
WELCOME = "welcome"
DONE = "done"
# "Which answer would you like to change?" when a request names several questions; the key
# carries the words that named them, so the list is found again (bot/intake_targets.py).
WHICH = "correct:which"
WHICH_SECTION = "correct"
KEEP = "keep"  # the list's "Keep my answers" button
STEP_KEY_CHARS = 64  # bot/store/models.py: Intake.step
# A button value holds no ":" (Telegram's callback data grammar): "phq9:3" travels as "phq9__3".
_KEY_IN_VALUE = "__"


@dataclass(frozen=True)
class Step:
    key: str  # "consent", "age", "concerns", or "<instrument>:<item>"
    section: str  # "welcome" or the instrument id
    instrument: Instrument | None = None
    item: Item | None = None
    side: bool = False  # reached only from another step (meds:add), never in order


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


class IntakePlan:
    """The ordered steps of one deployment's intake."""

    def __init__(
        self,
        instruments: Sequence[Instrument],
        min_age: int,
        medications: bool = False,
        medications_position: int = 0,
        review: bool = False,
    ) -> None:
        """`medications_position`: how many of `instruments` come before the medicines;
        `review`: the patient may check and change answers before sending them."""
        self.instruments = {i.id: i for i in instruments}
        self.min_age = min_age
        self.medications = medications
        self.review = review
        self.steps: list[Step] = [Step(k, WELCOME) for k in ("consent", "age", "concerns")]
        for n, inst in enumerate([*instruments, None]):
            if medications and n == medications_position:
                self.steps += [Step(k, intake_meds.SECTION) for k in intake_meds.MAIN_STEPS]
                self.steps += [
                    Step(k, intake_meds.SECTION, side=True) for k in intake_meds.SIDE_STEPS
                ]
            if inst is not None:
                self.steps += [Step(f"{inst.id}:{it.id}", inst.id, inst, it) for it in inst.items]
        if review:
            for key in (intake_review.OFFER, intake_review.SECTIONS):
                self.steps.append(Step(key, intake_review.SECTION, side=True))
        self._index = {s.key: n for n, s in enumerate(self.steps)}

    def step(self, key: str) -> Step:
        if key.startswith(WHICH):
            return Step(key, WHICH_SECTION, side=True)
        reviewed = key.removeprefix(intake_review.ITEMS)
        if self.review and reviewed != key and reviewed in self.instruments:
            return Step(key, intake_review.SECTION, side=True)
        if key not in self._index:
            raise KeyError(f"unknown intake step {key!r}")
        return self.steps[self._index[key]]

    def next_step(self, key: str, answers: dict[str, dict[str, str | None]]) -> Step | None:
        """The step after `key`, skipping what an `ask_if` condition rules out."""
        for step in self.steps[self._index[key] + 1 :]:
            if step.side:
                continue
            inst, item = step.instrument, step.item
            if inst is None or item is None:
                return step
            if item.id in answers.get(inst.id, {}):
                continue  # answered before the patient went back to change an earlier answer
            if inst.ask_if and not self._met(inst.ask_if, inst, answers):
                continue
            if item.ask_if and not self._met(item.ask_if, inst, answers):
                continue
            return step
        return None

    def _met(
        self, cond: Condition, inst: Instrument, answers: dict[str, dict[str, str | None]]
    ) -> bool:
        if cond.named == "any_scored_item_positive":
            return scoring.any_scored_item_positive(inst, answers.get(inst.id, {}))
        if cond.named is not None:
            raise ValueError(f"{inst.id}: unknown ask_if condition {cond.named!r}")
        source = self.instruments.get(cond.instrument or inst.id)
        if source is None or cond.item is None:
            return False  # the instrument it depends on is not part of this deployment
        value = answers.get(source.id, {}).get(cond.item)
        return value is not None and scoring.score_item(source, cond.item, value) >= cond.min_score

    def progress(self, step: Step) -> str:
        """'Question 3 of 9' over the scored items; unscored items carry no number."""
        inst, item = step.instrument, step.item
        if inst is None or item is None or not item.scored:
            return ""
        number = [i.id for i in inst.scored_items].index(item.id) + 1
        return inst.progress.format(number=number, count=len(inst.scored_items))


class IntakeEngine:
    def __init__(self, store: IntakeStore, plan: IntakePlan, region: Region) -> None:
        self.store = store
        self.plan = plan
        self.region = region
        self.meds = intake_meds.MedicationSteps(store)
        self.review = intake_review.ReviewSteps(store, plan.instruments)

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
        if latest is not None and latest.status == "stopped_for_safety" and not want_new:
            return Begin(
                latest, [Say("utter_after_safety_stop", variables=self._region_vars)], False
            )
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
        if intake.step.startswith("safety:"):
            return intake.status != "stopped_for_safety"  # the safety check comes first
        if intake.status not in ("awaiting_consent", "active") or intake.step == DONE:
            return False
        return section is None or self.plan.step(intake.step).section == section

    def prompt(self, intake: IntakeRecord) -> list[Say]:
        """The current question, with its answer buttons."""
        if intake.step == SAFE_NOW:
            return [Say("utter_ask_safe_now")]
        if intake.step == CONTINUE_AFTER_SAFETY:
            return [Say("utter_ask_continue_after_safety")]
        step = self.plan.step(intake.step)
        if step.section == intake_meds.SECTION:
            return self.meds.prompt(intake)
        if step.section == intake_review.SECTION:
            return self.review.prompt(intake)
        if step.section == WHICH_SECTION:
            return self._which_prompt(intake)
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
        if inst.skippable:
            buttons += (Button(inst.skip_label, choice_payload("inform", step.key, SKIP)),)
        return [Say(text="\n".join(line for line in lines if line), buttons=buttons)]

    def reads_as_answer(self, intake: IntakeRecord, text: str) -> bool:
        """Whether `text` clearly answers the current question (used when the classifier
        took a plain answer such as "I'm safe" for something else)."""
        if not self.is_waiting_in_section(intake, None) or not text.strip():
            return False
        if intake.step == SAFE_NOW:
            return answer_text.parse_safe_now(text) is not None
        if intake.step == CONTINUE_AFTER_SAFETY:
            return answer_text.parse_continue(text) is not None
        step = self.plan.step(intake.step)
        if step.section == intake_meds.SECTION:
            return self.meds.reads_as_answer(intake, text)
        if step.section in (intake_review.SECTION, WHICH_SECTION):
            return False  # buttons; the classifier's reading stands
        if step.key == "consent":
            return answer_text.parse_yes_no(text) is not None
        if step.key == "age":
            return answer_text.parse_age(text) is not None
        if step.item is not None and step.instrument is not None:
            firm_zero = needs_firm_zero(step.instrument, step.item)
            return answer_text.match_option(text, step.item.scale, firm_zero=firm_zero) is not None
        return False  # free text (main concerns): the classifier's reading stands

    def handle(self, intake: IntakeRecord, reply: Reply) -> list[Say]:
        """Take the patient's reply to the current question; return what to say before the
        next question (the loop asks it)."""
        if not self.is_waiting_in_section(intake, None):
            return []
        chosen: str | None = None
        if reply.choice is not None:
            key, _, chosen = reply.choice.partition("=")
            # The review list's fixed "Back" button names the list, not which part is shown;
            # the "which answer?" buttons name the list, not the words that built it.
            review_list = key == intake_review.ITEMS.rstrip(":") and intake.step.startswith(key)
            which_list = key == WHICH and intake.step.startswith(WHICH)
            if key != intake.step and not review_list and not which_list:
                return [Say("utter_stale_button")]
        if intake.step == SAFE_NOW:
            return self._safe_now(intake, chosen, reply)
        if intake.step == CONTINUE_AFTER_SAFETY:
            return self._continue_after_safety(intake, chosen, reply)
        step = self.plan.step(intake.step)
        if step.key == "consent":
            return self._consent(intake, chosen, reply)
        if step.key == "age":
            return self._age(intake, reply)
        if step.key == "concerns":
            return self._concerns(intake, chosen, reply)
        if step.section == intake_meds.SECTION:
            return self._medications(intake, chosen, reply)
        if step.section == intake_review.SECTION:
            return self._review(intake, chosen, reply)
        if step.section == WHICH_SECTION:
            return self._which(intake, chosen, reply)
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
        if intake.status in ("paused", "stopped_for_safety"):
            return Advance([], False, None)
        if intake.step.startswith("safety:"):
            return Advance([], True, "safety")
        step = self.plan.step(intake.step)
        messages: list[Say] = []
        first_time = intake.unclear_count == 0
        if step.key == intake_meds.PRESCRIPTIONS and first_time and not self._any_medicine(intake):
            messages.append(Say("utter_meds_intro"))
        if step.instrument is not None and intake.unclear_count == 0:
            answered = {a.instrument for a in self.store.answers(intake.id)}
            if step.section not in answered and step.instrument.intro:
                messages.append(Say(text=step.instrument.intro))
        return Advance(messages, True, step.section)

    # -- corrections ------------------------------------------------------------------------
    def correct(self, intake: IntakeRecord, reply: Reply) -> list[Say]:
        """'Go back' or 'actually it's more than half the days': change the latest answer.

        With a readable answer in the reply, the latest answered question is re-answered and
        re-scored at once (flags it raises are added; a flag already raised stays). Without
        one, the intake steps back to that question and asks it again; answering it returns
        to the first question not yet answered.
        """
        if not self.is_waiting_in_section(intake, None) or intake.step.startswith("safety:"):
            return [Say("utter_cannot_go_back")]
        if not intake_targets.asks_to_change(reply.text) and (
            reply.choice is not None or self.reads_as_answer(intake, reply.text)
        ):
            return self.handle(intake, reply)  # an answer to the open question, not a change
        named = intake_targets.named_questions(
            reply.text, self._answered_questions(intake), self._current_instrument(intake)
        )
        if named is not None:
            return self._step_back_to(intake, named)
        latest = self._latest_answer(intake)
        if latest is None:
            return [Say("utter_cannot_go_back")]
        step = self.plan.step(f"{latest.instrument}:{latest.item_id}")
        inst, item = step.instrument, step.item
        assert inst is not None and item is not None
        value = None
        if inst.kind != "context" and item.scale.kind != "text":
            value, _ = self._answer_value(inst, item, None, reply)
        if value is None:
            self.store.update_intake(intake.id, step=step.key, unclear_count=0)
            return [Say("utter_going_back")]
        score = scoring.score_item(inst, item.id, value) if item.scored or inst.has_total else None
        option = item.scale.option(value)
        label = option.label if option else value
        answer = NewAnswer(
            inst.id, item.id, "answered", value, score, reply.text[:500], "text", latest.attempts
        )
        raised = scoring.item_flags(inst, item.id, value) if score is not None else []
        evidence = f'{label} ("{reply.text[:500]}", changed from an earlier answer)'
        flags = _flag_records(inst, item, raised, evidence)
        # Later questions that depend on this answer (C-SSRS after PHQ-9 item 9) are asked
        # when it now calls for them: the intake continues at the first unanswered step.
        answers = self._answers_by_instrument(intake.id)
        answers.setdefault(inst.id, {})[item.id] = value
        nxt = self.plan.next_step(step.key, answers)
        fields: dict[str, Any] = {"unclear_count": 0}
        if intake.step != DONE and nxt is not None and intake.step != nxt.key:
            fields["step"] = nxt.key
        self.store.commit_step(intake.id, answer=answer, flags=flags, **fields)
        changed = Say("utter_answer_changed", variables={"answer_label": label})
        return [changed, *self._after_flags(intake, raised, flags)]

    def _step_back_to(self, intake: IntakeRecord, named: intake_targets.Named) -> list[Say]:
        """Ask the named question again (answering it returns to the first question not yet
        answered, where the patient was), or ask which one when several fit."""
        if named.medicines:
            if not self.plan.medications or not self._passed(intake, intake_meds.CONFIRM):
                return [Say("utter_answer_not_found")]
            self.store.update_intake(intake.id, step=intake_meds.CONFIRM, unclear_count=0)
            return [Say("utter_review_change")]
        if len(named.keys) == 1:
            self.store.update_intake(intake.id, step=named.keys[0], unclear_count=0)
            return [Say("utter_review_change")]
        words = named.words
        room = STEP_KEY_CHARS - len(WHICH) - 1
        if len(words) > room:  # the store's step column is 64 characters: whole words only
            words = words[: room + 1].rsplit(" ", 1)[0]
        resume = intake.resume_step if intake.step.startswith(WHICH) else intake.step
        self.store.update_intake(
            intake.id, step=f"{WHICH}:{words}", resume_step=resume, unclear_count=0
        )
        return []  # the loop asks which, with a button per question

    def _which_questions(self, intake: IntakeRecord) -> tuple[str, ...]:
        words = intake.step.removeprefix(WHICH).lstrip(":")
        named = intake_targets.named_questions(words, self._answered_questions(intake), None)
        return named.keys if named is not None else ()

    def _which_prompt(self, intake: IntakeRecord) -> list[Say]:
        rows = {(a.instrument, a.item_id): a for a in self.store.answers(intake.id)}
        lines: list[str] = []
        buttons: list[Button] = []
        for n, key in enumerate(self._which_questions(intake), start=1):
            step = self.plan.step(key)
            inst, item = step.instrument, step.item
            assert inst is not None and item is not None
            row = rows.get((inst.id, item.id))
            shown = intake_review.shown_answer(inst, row) if row is not None else ""
            lines.append(f"{n}. {inst.short_name}: {item.text}: {shown}")
            value = key.replace(":", _KEY_IN_VALUE, 1)
            buttons.append(Button(str(n), choice_payload("inform", WHICH, value)))
        return [
            Say(
                "utter_ask_which_answer_to_change",
                buttons=tuple(buttons),
                variables={"answer_list": "\n".join(lines)},
            )
        ]

    def _which(self, intake: IntakeRecord, chosen: str | None, reply: Reply) -> list[Say]:
        keys = self._which_questions(intake)
        if chosen is not None:
            chosen = chosen.replace(_KEY_IN_VALUE, ":", 1)
        else:
            shown = re.fullmatch(r"\D{0,20}?(\d{1,2})\W*", reply.text.strip())
            number = int(shown.group(1)) if shown else 0
            chosen = keys[number - 1] if 1 <= number <= len(keys) else None
        if chosen == KEEP or (not keys and chosen is None):
            resume = intake.resume_step or self._first_unanswered(intake)
            self.store.update_intake(intake.id, step=resume, resume_step=None, unclear_count=0)
            return [Say("utter_carry_on")]
        if chosen not in keys:
            self.store.update_intake(intake.id, unclear_count=intake.unclear_count + 1)
            return [Say("utter_review_unclear")]
        self.store.update_intake(intake.id, step=chosen, resume_step=None, unclear_count=0)
        return [Say("utter_review_change")]

    def _answered_questions(self, intake: IntakeRecord) -> list[intake_targets.Answered]:
        """Questions with a stored answer, in the order the intake asks them."""
        stored = {(a.instrument, a.item_id) for a in self.store.answers(intake.id)}
        return [
            intake_targets.Answered(s.instrument, s.item)
            for s in self.plan.steps
            if s.instrument is not None
            and s.item is not None
            and (s.instrument.id, s.item.id) in stored
        ]

    def _current_instrument(self, intake: IntakeRecord) -> str | None:
        if intake.step.startswith("safety:") or intake.step == DONE:
            return None
        step = self.plan.step(intake.step)
        return step.instrument.id if step.instrument is not None else None

    def _passed(self, intake: IntakeRecord, key: str) -> bool:
        """Whether the intake has gone past the main step `key` (it is earlier than now)."""
        main = [s.key for s in self.plan.steps if not s.side]
        current = self.plan.step(intake.step)
        if current.side or intake.step not in main:
            return True  # a side step (review, which) comes after the questions it is about
        return key in main and main.index(key) < main.index(intake.step)

    def _first_unanswered(self, intake: IntakeRecord) -> str:
        nxt = self.plan.next_step("concerns", self._answers_by_instrument(intake.id))
        return nxt.key if nxt else DONE

    def _latest_answer(self, intake: IntakeRecord) -> AnswerRecord | None:
        rows = [a for a in self.store.answers(intake.id) if a.status in ("answered", "skipped")]
        return max(rows, key=lambda a: a.at) if rows else None

    # -- safety -----------------------------------------------------------------------------
    def record_risk(
        self,
        patient_ref: str,
        channel: str | None,
        signal: RiskSignal,
        text: str,
        description: str | None = None,
    ) -> tuple[IntakeRecord, list[Say]]:
        """Store a risk disclosure as flags (before any reply), then start the safety check.

        Works at any point: before consent, mid-questionnaire or after the end. The flag is
        kept whatever happens next; the patient can annotate it, never erase it.
        """
        intake = self.store.latest_intake(patient_ref)
        if intake is None:
            intake = self.store.create_intake(patient_ref, "consent", channel)
        evidence = (signal.evidence or text)[:500]
        self.store.add_flags(
            intake.id,
            [
                NewFlag(
                    kind=f"risk_{category}",
                    severity="urgent",
                    description=description
                    or f"Risk screen: {category.replace('_', ' ')} ({signal.risk}).",
                    evidence=evidence,
                    category=category,
                    risk=signal.risk,
                )
                for category in signal.categories
            ],
        )
        self._enter_safety_check(intake)
        return self.store.get(intake.id), [crisis_reply(self.region, signal)]

    def annotate_latest_risk_flag(self, patient_ref: str, text: str) -> bool:
        """'You misunderstood': the patient's words are added to the newest risk flag."""
        intake = self.store.latest_intake(patient_ref)
        if intake is None:
            return False
        risk_flags = [f for f in self.store.flags(intake.id) if f.category is not None]
        if not risk_flags:
            return False
        self.store.annotate_flag(risk_flags[-1].id, text[:1000])
        return True

    def _enter_safety_check(self, intake: IntakeRecord) -> None:
        if intake.step.startswith("safety:"):
            self.store.update_intake(intake.id, step=SAFE_NOW, unclear_count=0)
            return
        resume = intake.step if intake.status not in FINAL_STATUSES else DONE
        if intake.step.startswith(WHICH) and intake.resume_step:
            resume = intake.resume_step  # after the safety check: the question, not the list
        self.store.update_intake(intake.id, step=SAFE_NOW, resume_step=resume, unclear_count=0)

    def _safe_now(self, intake: IntakeRecord, chosen: str | None, reply: Reply) -> list[Say]:
        safe = {"yes": True, "no": False}.get(chosen or "") if chosen else None
        if safe is None:
            safe = answer_text.parse_safe_now(reply.text)
        if safe is None:
            self.store.update_intake(intake.id, unclear_count=intake.unclear_count + 1)
            return [Say("utter_safe_now_unclear", variables=self._region_vars)]
        words = reply.text[:500] or ("button" if chosen else None)
        if not safe:
            flag = NewFlag(
                "not_safe_now",
                "urgent",
                "Asked whether they were safe right now, the patient said NO.",
                words,
                category="suicide_self_harm",
                risk="emergency",
            )
            self.store.commit_step(
                intake.id, flags=[flag], status="stopped_for_safety", step=DONE, completed_at=_now()
            )
            return [Say("utter_crisis_not_safe", variables=self._region_vars)]
        flag = NewFlag(
            "safe_now_confirmed",
            "info",
            "Asked whether they were safe right now, the patient said yes.",
            words,
        )
        self.store.commit_step(intake.id, flags=[flag], step=CONTINUE_AFTER_SAFETY, unclear_count=0)
        return [Say("utter_safe_now_thanks")]

    def _continue_after_safety(
        self, intake: IntakeRecord, chosen: str | None, reply: Reply
    ) -> list[Say]:
        go_on = {"continue": True, "stop": False}.get(chosen or "") if chosen else None
        if go_on is None:
            go_on = answer_text.parse_continue(reply.text)
        if go_on is None:
            return [Say("utter_continue_unclear")]
        resume = intake.resume_step or DONE
        if resume == DONE:
            self.store.update_intake(intake.id, step=DONE, resume_step=None)
            return [Say("utter_nothing_left_to_ask")]
        if not go_on:
            self.store.update_intake(intake.id, status="paused", step=resume, resume_step=None)
            return [Say("utter_paused")]
        status = "active" if intake.status == "paused" else intake.status
        self.store.update_intake(
            intake.id, step=resume, resume_step=None, unclear_count=0, status=status
        )
        return [Say("utter_carry_on")]

    # -- step handlers --------------------------------------------------------------------
    def _unclear(self, intake: IntakeRecord, response: str) -> list[Say]:
        self.store.update_intake(
            intake.id, unclear_count=intake.unclear_count + 1, pending_answer=None
        )
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
            unclear_count=0,
            **(self._finish_fields() if nxt == DONE else {"step": nxt}),
        )
        return [Say("utter_concerns_thanks")]

    def _item(
        self, intake: IntakeRecord, step: Step, chosen: str | None, reply: Reply
    ) -> list[Say]:
        inst, item = step.instrument, step.item
        assert inst is not None and item is not None
        if inst.kind == "context":
            return self._context_item(intake, step, chosen, reply)
        value, source = self._answer_value(inst, item, chosen, reply)
        raw_text = reply.text
        suggested = suggested_answer.open_for(intake.pending_answer, step.key, intake.unclear_count)
        if chosen is None and suggested is not None:
            # Offered "<option>: is that right?": a plain yes takes it, in the words it was
            # read from; a plain no is asked again. Before the reading below, which would
            # take "no" for "not at all".
            decision = answer_text.parse_yes_no(reply.text)
            if decision is True:
                value, source, raw_text = suggested.value, "text", suggested.text
            elif decision is False or _LEADING_NO.match(reply.text):
                # "no, nearly every day": the no declines the suggestion, the rest answers.
                rest = Reply(text=_LEADING_NO.sub("", reply.text))
                value, _ = self._answer_value(inst, item, None, rest)
                if value is None:
                    # A clear reply to our question, not another unclear answer: the
                    # suggestion lapses, the attempts left stay as they were.
                    self.store.update_intake(intake.id, pending_answer=None)
                    return [Say("utter_answer_suggestion_declined")]
        if value is None and chosen is None and intake.unclear_count + 1 < MAX_UNCLEAR:
            offer = self._suggestion(inst, item, reply)
            if offer is not None:
                return self._suggest(intake, step, offer, reply)
        if value is None:
            if intake.unclear_count + 1 < MAX_UNCLEAR:
                vague = (
                    chosen is None
                    and item.scale.id == "frequency"
                    and answer_text.frequency_reply_is_vague(reply.text)
                )
                return self._unclear(
                    intake, "utter_answer_vague_frequency" if vague else "utter_answer_unclear"
                )
            # Never scored 0: recorded as unanswered and flagged for the practitioner.
            flagged_item = any(
                r.item == item.id and r.severity == "urgent" for r in inst.item_flags
            )
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
        raw = None if source == "button" else raw_text[:500]
        answer = NewAnswer(
            inst.id, item.id, "answered", value, score, raw, source, intake.unclear_count + 1
        )
        option = item.scale.option(value)
        label = option.label if option else value
        raised = scoring.item_flags(inst, item.id, value)
        evidence = f"{label}" + (f' ("{raw}")' if raw else " (button)")
        flags = _flag_records(inst, item, raised, evidence)
        self._commit(intake, step, answer, flags)
        return self._after_flags(intake, raised, flags)

    def _after_flags(
        self, intake: IntakeRecord, raised: list[scoring.ItemFlag], flags: list[NewFlag]
    ) -> list[Say]:
        """What an answer's flags call for once stored: the crisis route before anything else
        (high risk on the screener), or the support message for another urgent flag."""
        if any(f.rule.crisis_protocol for f in raised):
            self._enter_safety_check(self.store.get(intake.id))
            return [Say("utter_crisis_screener_high_risk", variables=self._region_vars)]
        if any(f.severity == "urgent" for f in flags):
            return [Say("utter_item_flag_support", variables=self._region_vars)]
        return []

    @staticmethod
    def _suggestion(inst: Instrument, item: Item, reply: Reply) -> Option | None:
        """The option to offer for a reply the rules could not read (bot/frequency_guess), or
        None. Never "not at all" on a firm-zero item (PHQ-9 item 9): leading a patient
        towards a denial there is what the item must not do (CLINICAL.md section 1)."""
        guess = reply.frequency_guess
        if item.scale.id != "frequency" or guess is None:
            return None
        if guess == answer_text.NOT_AT_ALL and needs_firm_zero(inst, item):
            return None
        return item.scale.option(guess)

    def _suggest(self, intake: IntakeRecord, step: Step, offer: Option, reply: Reply) -> list[Say]:
        attempt = intake.unclear_count + 1
        suggestion = suggested_answer.Suggestion(step.key, attempt, offer.value, reply.text[:500])
        self.store.update_intake(
            intake.id, unclear_count=attempt, pending_answer=suggestion.encode()
        )
        return [Say("utter_answer_check_suggestion", variables={"answer_label": offer.label})]

    def _context_item(
        self, intake: IntakeRecord, step: Step, chosen: str | None, reply: Reply
    ) -> list[Say]:
        """Lifestyle and context: unscored, skippable, the patient's words kept as given."""
        inst, item = step.instrument, step.item
        assert inst is not None and item is not None
        text = reply.text.strip()
        if chosen == SKIP or (chosen is None and _SKIP_WORDS.match(text)):
            answer = NewAnswer(inst.id, item.id, "skipped", None, None, None, "button", 1)
            self._commit(intake, step, answer, [])
            return []
        if item.scale.kind == "text":
            value = "text" if chosen is None and any(c.isalnum() for c in text) else None
            source = "text"
        else:
            value, source = self._answer_value(inst, item, chosen, reply)
        if value is None:
            # Asked again (with the Skip button), never guessed; after that it is left out.
            if intake.unclear_count + 1 < MAX_UNCLEAR:
                return self._unclear(intake, "utter_context_unclear")
            answer = NewAnswer(
                inst.id, item.id, "unanswered", None, None, text[:500], "text", MAX_UNCLEAR
            )
            self._commit(intake, step, answer, [])
            return [Say("utter_answer_moving_on")]
        raw = None if source == "button" else text[:MAX_CONTEXT_CHARS]
        answer = NewAnswer(
            inst.id, item.id, "answered", value, None, raw, source, intake.unclear_count + 1
        )
        self._commit(intake, step, answer, [])
        return []

    def _finish_fields(self) -> dict[str, Any]:
        """What the last answer leads to: the review before sending, or completion."""
        if self.plan.review:
            return {"step": intake_review.OFFER}
        return _completed()

    def _review(self, intake: IntakeRecord, chosen: str | None, reply: Reply) -> list[Say]:
        out = self.review.handle(intake, chosen, reply)
        if out.send:
            self.store.update_intake(intake.id, unclear_count=0, **_completed())
        elif out.next_step is not None:
            self.store.update_intake(intake.id, step=out.next_step, unclear_count=0)
        elif out.unclear:
            self.store.update_intake(intake.id, unclear_count=intake.unclear_count + 1)
        return list(out.messages)

    def _any_medicine(self, intake: IntakeRecord) -> bool:
        return bool(self.store.medications(intake.id, include_removed=True))

    def _medications(self, intake: IntakeRecord, chosen: str | None, reply: Reply) -> list[Say]:
        out = self.meds.handle(intake, chosen, reply)
        fields: dict[str, Any] = {}
        if out.unclear:
            fields["unclear_count"] = intake.unclear_count + 1
        if out.next_step is not None:
            nxt = out.next_step
            if nxt == intake_meds.NEXT_SECTION:
                # The first question after the medicines not yet answered: the patient may
                # have come back to the medicines to change them.
                after = self.plan.next_step(
                    intake_meds.TOXICITY, self._answers_by_instrument(intake.id)
                )
                nxt = after.key if after else DONE
            fields.update(step=nxt, unclear_count=0)
            if nxt == DONE:
                fields.update(self._finish_fields())
        if fields or out.flags:
            self.store.commit_step(intake.id, flags=list(out.flags), **fields)
        messages = list(out.messages)
        if out.risk is not None:
            _, crisis = self.record_risk(
                intake.patient_ref,
                intake.channel,
                out.risk,
                out.risk.evidence,
                description=out.risk_description,
            )
            messages += crisis
        return messages

    @staticmethod
    def _answer_value(
        inst: Instrument, item: Item, chosen: str | None, reply: Reply
    ) -> tuple[str | None, str]:
        if chosen is not None:
            return (chosen if item.scale.option(chosen) else None), "button"
        firm_zero = needs_firm_zero(inst, item)
        entity = reply.frequency
        if firm_zero and entity == answer_text.NOT_AT_ALL:
            entity = None  # the NLU entity may be a soft zero ("not really"): read it again
        if item.scale.id == "frequency" and entity and item.scale.option(entity):
            return entity, "text"
        return answer_text.match_option(reply.text, item.scale, firm_zero=firm_zero), "text"

    def _commit(
        self, intake: IntakeRecord, step: Step, answer: NewAnswer, flags: list[NewFlag]
    ) -> None:
        answers = self._answers_by_instrument(intake.id)
        answers.setdefault(step.section, {})[answer.item_id] = answer.value
        nxt = self.plan.next_step(step.key, answers)
        fields: dict[str, object] = {
            "step": nxt.key if nxt else DONE,
            "unclear_count": 0,
            "pending_answer": None,
        }
        if nxt is None:
            fields.update(self._finish_fields())
        self.store.commit_step(intake.id, answer=answer, flags=flags, **fields)

    def _answers_by_instrument(self, intake_id: int) -> dict[str, dict[str, str | None]]:
        result: dict[str, dict[str, str | None]] = {}
        for a in self.store.answers(intake_id):
            result.setdefault(a.instrument, {})[a.item_id] = a.value
        return result

    def _next(self, key: str) -> str:
        nxt = self.plan.next_step(key, {})
        return nxt.key if nxt else DONE


def _flag_records(
    inst: Instrument, item: Item, raised: list[scoring.ItemFlag], evidence: str
) -> list[NewFlag]:
    return [
        NewFlag(
            kind=f.rule.kind,
            severity=f.rule.severity,
            description=f.rule.description,
            evidence=evidence,
            instrument=inst.id,
            item_id=item.id,
            category=f.rule.category,
            risk=f.rule.risk,
        )
        for f in raised
    ]


def _completed() -> dict[str, Any]:
    """The intake's fields once the patient's answers are sent to the practitioner."""
    return {"step": DONE, "status": "complete", "completed_at": _now()}


def _now() -> datetime:
    return datetime.now(timezone.utc)
