"""The medicines-and-supplements part of the intake: ask, read back, confirm, flag.

Steps (keys in the store's `step`):
  meds:prescriptions  current prescription medicines (free text, or "None")
  meds:supplements    supplements, vitamins, herbal and over-the-counter products
  meds:confirm        read back what was understood: confirm, add or remove
  meds:add / meds:remove   side steps of the read-back; both return to meds:confirm
  meds:details        dose and since when, in the patient's own words (skippable)
  meds:toxicity       asked only when a serotonergic combination is on the list
                      (CLINICAL.md §8): symptoms now raise a medical_emergency flag

Nothing here comments on a medicine: the patient hears fixed wording only, and every
interaction rule goes to the practitioner (bot/meds/interactions.yml, each with its source).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone

from bot import answers as answer_text
from bot import meds
from bot.dialogue import Button, Reply, RiskSignal, Say, choice_payload
from bot.store import (
    IntakeRecord,
    IntakeStore,
    InteractionFlagRecord,
    MedicationRecord,
    NewFlag,
    NewMedication,
)

SECTION = "meds"
PRESCRIPTIONS = "meds:prescriptions"
SUPPLEMENTS = "meds:supplements"
CONFIRM = "meds:confirm"
ADD = "meds:add"
REMOVE = "meds:remove"
DETAILS = "meds:details"
TOXICITY = "meds:toxicity"
MAIN_STEPS = (PRESCRIPTIONS, SUPPLEMENTS, CONFIRM, DETAILS, TOXICITY)
SIDE_STEPS = (ADD, REMOVE)
STEPS = MAIN_STEPS + SIDE_STEPS

NEXT_SECTION = "<next section>"  # handled by the engine: the step after the medicines part
MAX_UNCLEAR_NAMES = 2  # then the patient's words are kept as they are, for the practitioner
MAX_UNCLEAR_YES_NO = 3
MAX_WORDS_CHARS = 500
MAX_DETAILS_CHARS = 2000

# How the read-back spells a canonical name where plain lowercase would look wrong.
_DISPLAY = {
    "5-htp": "5-HTP",
    "sam-e": "SAMe",
    "st john's wort": "St John's wort",
    "gaba": "GABA",
    "omega-3": "omega-3",
    "vitamin b6": "vitamin B6",
    "vitamin b12": "vitamin B12",
    "l-tryptophan": "L-tryptophan",
    "l-tyrosine": "L-tyrosine",
    "l-phenylalanine": "L-phenylalanine",
    "l-theanine": "L-theanine",
}
_NONE_WORDS = re.compile(
    r"^\W*(no|none|nothing|nope|nah|zero|n/?a|not any|no thanks?)\W*$"
    r"|\b(none|nothing|(don'?t|do not|not|never) (take|taking|on|use|using|have) any\w*|"
    r"no (meds|medications?|medicines?|prescriptions?|pills|tablets|supplements?|vitamins?))\b",
    re.IGNORECASE,
)
# Words for the toxicity symptoms asked about, for a reply typed instead of tapped.
_SYMPTOM_WORDS = re.compile(
    r"\b(agitat\w*|restless\w*|shak\w*|trembl\w*|tremor\w*|twitch\w*|jerk\w*|sweat\w*|"
    r"fever\w*|feverish|temperature|racing|pounding|palpitation\w*|diarrh?o?ea)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Outcome:
    """What a step decided: what to say, where to go, and anything to escalate."""

    messages: tuple[Say, ...] = ()
    next_step: str | None = None  # None: stay on this step
    unclear: bool = False  # count an unclear reply (the engine keeps the count)
    risk: RiskSignal | None = None  # route through the safety protocol
    risk_description: str | None = None
    flags: tuple[NewFlag, ...] = ()


def display_name(med: MedicationRecord) -> str:
    if med.kind == "unrecognised":
        return f'"{med.name}" (in your words)'
    return _DISPLAY.get(med.name, med.name)


def says_none(text: str, mentions: list[meds.Mention]) -> bool:
    """ "None", "no supplements": words for nothing, and no name in the reply at all
    (`mentions` is meds.extract(text), read once by the caller)."""
    return not mentions and bool(_NONE_WORDS.search(text))


class MedicationSteps:
    def __init__(self, store: IntakeStore) -> None:
        self.store = store

    # -- asking ---------------------------------------------------------------------------
    def prompt(self, intake: IntakeRecord) -> list[Say]:
        step = intake.step
        if step == PRESCRIPTIONS:
            return [Say("utter_ask_prescriptions")]
        if step == SUPPLEMENTS:
            return [Say("utter_ask_supplements")]
        if step == CONFIRM:
            listed = self.store.medications(intake.id)
            if not listed:
                return [Say("utter_ask_meds_confirm_empty")]
            return [Say("utter_ask_meds_confirm", variables=self._read_back(listed))]
        if step == ADD:
            return [Say("utter_ask_meds_add")]
        if step == REMOVE:
            buttons = tuple(
                Button(display_name(m), choice_payload("inform", REMOVE, str(m.id)))
                for m in self.store.medications(intake.id)
            )
            return [Say("utter_ask_meds_remove", buttons=buttons)]
        if step == DETAILS:
            return [Say("utter_ask_meds_details")]
        if step == TOXICITY:
            return [Say("utter_ask_toxicity_symptoms")]
        raise KeyError(f"not a medicines step: {step!r}")

    def reads_as_answer(self, intake: IntakeRecord, text: str) -> bool:
        """A reply the classifier took for something else but that answers this step."""
        if intake.step in (PRESCRIPTIONS, SUPPLEMENTS, ADD):
            mentions = meds.extract(text)
            return bool(mentions) or says_none(text, mentions)
        if intake.step in (CONFIRM, TOXICITY):
            return answer_text.parse_yes_no(text) is not None
        return False  # free text (details): the classifier's reading stands

    # -- answering ------------------------------------------------------------------------
    def handle(self, intake: IntakeRecord, chosen: str | None, reply: Reply) -> Outcome:
        step = intake.step
        if step in (PRESCRIPTIONS, SUPPLEMENTS):
            return self._names(
                intake, chosen, reply, then=SUPPLEMENTS if step == PRESCRIPTIONS else CONFIRM
            )
        if step == ADD:
            return self._names(intake, chosen, reply, then=CONFIRM)
        if step == CONFIRM:
            return self._confirm(intake, chosen, reply)
        if step == REMOVE:
            return self._remove(intake, chosen, reply)
        if step == DETAILS:
            return self._details(intake, chosen, reply)
        if step == TOXICITY:
            return self._toxicity(intake, chosen, reply)
        raise KeyError(f"not a medicines step: {step!r}")

    def _names(
        self,
        intake: IntakeRecord,
        chosen: str | None,
        reply: Reply,
        then: str,
        mentions: list[meds.Mention] | None = None,
    ) -> Outcome:
        """`mentions`: the reply's names when the caller has read them already."""
        if chosen == "none":
            return Outcome(next_step=then)
        if chosen == "skip":
            flag = NewFlag(
                "meds_not_answered",
                "review",
                f"The patient skipped the question '{_QUESTION[intake.step]}'; ask in person.",
            )
            return Outcome(next_step=then, flags=(flag,))
        if chosen is not None:
            return Outcome((Say("utter_meds_names_unclear"),), unclear=True)
        text = reply.text.strip()
        mentions = meds.extract(text) if mentions is None else mentions
        if says_none(text, mentions):
            return Outcome(next_step=then)
        found = [m for m in mentions if m.role in ("current", "past")]
        if found:
            self.store.add_medications(intake.id, [_new(m, intake.step) for m in found])
            return Outcome(next_step=then)
        if intake.unclear_count + 1 < MAX_UNCLEAR_NAMES or not any(c.isalnum() for c in text):
            return Outcome((Say("utter_meds_names_unclear"),), unclear=True)
        # Not recognised twice: keep the patient's own words rather than lose them.
        words = text[:MAX_WORDS_CHARS]
        self.store.add_medications(
            intake.id,
            [NewMedication(words[:64], "unrecognised", "current", (), words, intake.step)],
        )
        return Outcome((Say("utter_meds_kept_in_your_words"),), next_step=then)

    def _confirm(self, intake: IntakeRecord, chosen: str | None, reply: Reply) -> Outcome:
        decision = chosen
        if decision is None:
            mentions = meds.extract(reply.text)
            if mentions:  # "you forgot my melatonin": take it as an addition
                return self._names(intake, None, reply, then=CONFIRM, mentions=mentions)
            yes = answer_text.parse_yes_no(reply.text)
            decision = {True: "yes", False: "change", None: None}[yes]
        if decision == "add":
            return Outcome(next_step=ADD)
        if decision == "remove":
            return Outcome(next_step=REMOVE)
        if decision == "change":
            return Outcome((Say("utter_meds_how_to_change"),))
        if decision != "yes":
            return Outcome((Say("utter_meds_confirm_unclear"),), unclear=True)
        listed = self.store.medications(intake.id)
        current = [m.name for m in listed if m.status == "current" and m.kind != "unrecognised"]
        fired = meds.check_interactions(current)
        if fired:
            self.store.add_interaction_flags(
                intake.id, [_record(f) for f in fired], _practitioner_flags(fired, listed)
            )
        has_current = any(m.status == "current" for m in listed)
        if not has_current:
            return Outcome((Say("utter_meds_noted"),), next_step=self._after_details(current))
        return Outcome((Say("utter_meds_noted"),), next_step=DETAILS)

    def _remove(self, intake: IntakeRecord, chosen: str | None, reply: Reply) -> Outcome:
        if chosen == "done":
            return Outcome(next_step=CONFIRM)
        listed = self.store.medications(intake.id)
        if chosen is not None:
            target = next((m for m in listed if str(m.id) == chosen), None)
            if target is None:
                return Outcome((Say("utter_stale_button"),))
            self.store.remove_medication(intake.id, target.id)
            return Outcome(next_step=CONFIRM)
        mentions = meds.extract(reply.text)
        named = {m.canonical for m in mentions}
        targets = [m for m in listed if m.name in named or m.name == reply.text.strip()]
        if not targets:
            if says_none(reply.text, mentions):
                return Outcome(next_step=CONFIRM)
            return Outcome((Say("utter_meds_remove_unclear"),), unclear=True)
        for m in targets:
            self.store.remove_medication(intake.id, m.id)
        return Outcome(next_step=CONFIRM)

    def _details(self, intake: IntakeRecord, chosen: str | None, reply: Reply) -> Outcome:
        current = [m.name for m in self.store.medications(intake.id) if m.status == "current"]
        nxt = self._after_details(current)
        if chosen == "skip":
            return Outcome(next_step=nxt)
        text = reply.text.strip()
        if chosen is not None or not any(c.isalnum() for c in text):
            return Outcome((Say("utter_meds_details_unclear"),), unclear=True)
        self.store.update_intake(intake.id, medication_details=text[:MAX_DETAILS_CHARS])
        return Outcome((Say("utter_meds_details_thanks"),), next_step=nxt)

    def _toxicity(self, intake: IntakeRecord, chosen: str | None, reply: Reply) -> Outcome:
        has_symptoms = {"yes": True, "no": False}.get(chosen or "") if chosen else None
        if has_symptoms is None and chosen is None:
            has_symptoms = answer_text.parse_yes_no(reply.text)
            if has_symptoms is None and _SYMPTOM_WORDS.search(reply.text):
                has_symptoms = True  # a symptom described in words counts as a yes
        words = reply.text[:MAX_WORDS_CHARS] if chosen is None else None
        if has_symptoms is None:
            if intake.unclear_count + 1 < MAX_UNCLEAR_YES_NO:
                return Outcome((Say("utter_toxicity_unclear"),), unclear=True)
            flag = NewFlag(
                "toxicity_question_unanswered",
                "urgent",
                "Asked about serotonin-toxicity symptoms (a serotonergic combination is on "
                "the list), the patient gave no clear answer; contact them before the "
                "appointment.",
                words,
                category="medical_emergency",
                risk="possible",
            )
            return Outcome((Say("utter_answer_moving_on"),), next_step=NEXT_SECTION, flags=(flag,))
        combo = ", ".join(
            m.name for m in self.store.medications(intake.id) if m.status == "current"
        )
        if not has_symptoms:
            flag = NewFlag(
                "toxicity_screen_negative",
                "info",
                f"Asked about serotonin-toxicity symptoms while taking {combo}: none reported.",
                words or "No (button)",
            )
            return Outcome(next_step=NEXT_SECTION, flags=(flag,))
        return Outcome(
            next_step=NEXT_SECTION,
            risk=RiskSignal("emergency", ("medical_emergency",), words or "Yes (button)"),
            risk_description=(
                "Possible serotonin toxicity: the patient reports agitation, tremor or "
                "twitching, sweating, fever, fast heartbeat or diarrhoea now, while taking "
                f"{combo} (Hunter criteria, CLINICAL.md §8)."
            ),
        )

    # -- helpers ----------------------------------------------------------------------------
    @staticmethod
    def _after_details(current: Iterable[str]) -> str:
        return TOXICITY if meds.serotonergic_combination(current) else NEXT_SECTION

    @staticmethod
    def _read_back(listed: list[MedicationRecord]) -> dict[str, str]:
        now = [display_name(m) for m in listed if m.status == "current"]
        past = [display_name(m) for m in listed if m.status == "past"]
        lines = [f"• {name}" for name in now] or ["• (nothing you take now)"]
        if past:
            lines.append("Taken in the past: " + ", ".join(past))
        return {"medication_list": "\n".join(lines)}


_QUESTION = {
    PRESCRIPTIONS: "prescription medicines",
    SUPPLEMENTS: "supplements and over-the-counter products",
    ADD: "what to add",
}


def _new(mention: meds.Mention, step: str) -> NewMedication:
    status = "past" if mention.role == "past" else "current"
    return NewMedication(
        mention.canonical, mention.kind, status, mention.classes, mention.text[:200], step
    )


def _record(f: meds.InteractionFlag) -> InteractionFlagRecord:
    return InteractionFlagRecord(
        f.rule_id, f.severity, f.title, f.items, f.description, f.source, datetime.now(timezone.utc)
    )


def _practitioner_flags(
    fired: list[meds.InteractionFlag], listed: list[MedicationRecord]
) -> tuple[NewFlag, ...]:
    """The most severe combinations (an MAOI with a serotonergic agent or precursor) alert
    the practitioner at once; the rest are in the summary's interaction flags."""
    words = {m.name: m.patient_words for m in listed}
    return tuple(
        NewFlag(
            kind=f"interaction_{f.rule_id}",
            severity="urgent",
            description=f"Medication interaction, highest severity: {f.title} "
            f"({f.items[0]} + {f.items[1]}). Source: {f.source}",
            evidence="; ".join(w for w in (words.get(f.items[0]), words.get(f.items[1])) if w),
        )
        for f in fired
        if f.severity == "highest"
    )
