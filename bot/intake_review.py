"""Review before sending: at the end, the patient may check and change any answer.

Steps (keys in the store's `step`):
  review:offer           "Send my answers" or "Check my answers"
  review:sections        which part to check (buttons per questionnaire answered)
  review:items:<id>      that part's questions with the answers given; tap one to change it

Changing an answer sets the intake's step to that question; once it is answered again the
next unanswered step is this review again (IntakePlan.next_step skips answered questions),
so the patient comes back here and sends when ready. Every text is fixed wording: responses
in domain.yml, and question and answer wording from the instrument files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot import answers as answer_text
from bot.dialogue import Button, Reply, Say, choice_payload
from bot.instruments import Instrument
from bot.store import AnswerRecord, IntakeRecord, IntakeStore

SECTION = "review"
OFFER = "review:offer"
SECTIONS = "review:sections"
ITEMS = "review:items:"  # + instrument id
SEND = "send"

_SEND_WORDS = re.compile(r"\b(send|submit|done|finish|finished|that'?s (all|it)|all good)\b", re.I)
_SHOWN_NUMBER = re.compile(r"^\D{0,20}?(\d{1,2})\W*$")
_CHECK_WORDS = re.compile(r"\b(check|review|change|look|see|edit|correct)\b", re.I)


@dataclass(frozen=True)
class Outcome:
    messages: tuple[Say, ...] = ()
    next_step: str | None = None  # None: stay
    send: bool = False  # the patient is done: complete the intake
    unclear: bool = False


class ReviewSteps:
    def __init__(self, store: IntakeStore, instruments: dict[str, Instrument]) -> None:
        self.store = store
        self.instruments = instruments

    def is_review_step(self, key: str) -> bool:
        return key in (OFFER, SECTIONS) or key.startswith(ITEMS)

    def prompt(self, intake: IntakeRecord) -> list[Say]:
        if intake.step == OFFER:
            return [Say("utter_ask_review_offer")]
        if intake.step == SECTIONS:
            buttons = tuple(
                Button(inst.short_name, choice_payload("inform", SECTIONS, inst.id))
                for inst in self._answered_instruments(intake)
            )
            return [Say("utter_ask_review_section", buttons=buttons)]
        inst = self.instruments[intake.step.removeprefix(ITEMS)]
        rows = self._rows(intake, inst.id)
        lines: list[str] = []
        item_buttons: list[Button] = []
        for n, item in enumerate(inst.items, start=1):
            row = rows.get(item.id)
            if row is None:
                continue  # not asked (the instrument's own skip logic)
            lines.append(f"{n}. {item.text}: {shown_answer(inst, row)}")
            item_buttons.append(Button(str(n), choice_payload("inform", intake.step, item.id)))
        return [
            Say(
                "utter_ask_review_item",
                buttons=tuple(item_buttons),
                variables={"answer_list": "\n".join(lines)},
            )
        ]

    def handle(self, intake: IntakeRecord, chosen: str | None, reply: Reply) -> Outcome:
        if intake.step == OFFER:
            decision = chosen or self._read_offer(reply.text)
            if decision == SEND:
                return Outcome(send=True)
            if decision == "check":
                return Outcome(next_step=SECTIONS)
            return Outcome((Say("utter_review_unclear"),), unclear=True)
        if intake.step == SECTIONS:
            if chosen == SEND or (chosen is None and _SEND_WORDS.search(reply.text)):
                return Outcome(send=True)
            answered = {i.id: i for i in self._answered_instruments(intake)}
            if chosen in answered:
                return Outcome(next_step=ITEMS + chosen)
            named = [i for i in answered.values() if i.short_name.lower() in reply.text.lower()]
            if chosen is None and len(named) == 1:
                return Outcome(next_step=ITEMS + named[0].id)
            return Outcome((Say("utter_review_unclear"),), unclear=True)
        inst = self.instruments[intake.step.removeprefix(ITEMS)]
        if chosen == "back":
            return Outcome(next_step=SECTIONS)
        rows = self._rows(intake, inst.id)
        item_id = chosen
        shown = _SHOWN_NUMBER.match(reply.text)
        if item_id is None and shown:  # "3": the number shown in the list
            items = list(inst.items)
            number = int(shown.group(1))
            if 1 <= number <= len(items):
                item_id = items[number - 1].id
        if item_id is None or item_id not in rows:
            return Outcome((Say("utter_review_unclear"),), unclear=True)
        return Outcome((Say("utter_review_change"),), next_step=f"{inst.id}:{item_id}")

    # -- helpers ----------------------------------------------------------------------------
    @staticmethod
    def _read_offer(text: str) -> str | None:
        """The offer asks "would you like to check or change any answers?": a plain yes means
        check, a plain no means send; words for either win over yes and no."""
        if _CHECK_WORDS.search(text):
            return "check"
        if _SEND_WORDS.search(text):
            return SEND
        yes = answer_text.parse_yes_no(text)
        return None if yes is None else ("check" if yes else SEND)

    def _rows(self, intake: IntakeRecord, instrument_id: str) -> dict[str, AnswerRecord]:
        return {
            a.item_id: a for a in self.store.answers(intake.id) if a.instrument == instrument_id
        }

    def _answered_instruments(self, intake: IntakeRecord) -> list[Instrument]:
        done = {a.instrument for a in self.store.answers(intake.id)}
        return [inst for inst_id, inst in self.instruments.items() if inst_id in done]


def shown_answer(inst: Instrument, row: AnswerRecord) -> str:
    """How an answer is shown back to the patient: its option label, or their own words."""
    if row.status == "skipped":
        return "(skipped)"
    if row.status == "unanswered":
        return "(not answered)"
    item = inst.item(row.item_id)
    if item.scale.kind == "text":
        return f"\u201c{row.raw_text}\u201d"
    option = item.scale.option(row.value) if row.value else None
    return option.label if option else str(row.value)
