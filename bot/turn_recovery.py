"""What the patient is told when their message could not be handled: an action server down or
failing, or the database restarting. Called by the Rasa process (bot/channels/turn_guard.py)
for a turn that produced no reply at all.

- A message that screened as risk gets the crisis reply at once, whatever is down. Its flag is
  stored here when the database answers (the practitioner alert then follows from the alert
  queue); when it does not, the caller alerts the practitioner directly and keeps trying to
  store the flag (`store_risk`) until the database is back.
- Any other message gets a kind "one moment, please try again" and, when the store can say
  which, the current question again, so the patient answers the question that is really open.
  Nothing of the answer is stored here: the patient's resent answer is taken once, by the
  normal path. An answer that was stored just before a process died is not asked again,
  because the question shown is the store's current one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.dialogue import RiskSignal, Say
from bot.intake import IntakeEngine, crisis_reply
from bot.regions import Region

logger = logging.getLogger(__name__)

TRY_AGAIN = "utter_try_again"


@dataclass(frozen=True)
class Recovery:
    messages: list[Say]
    flagged_intake_id: int | None = None  # an urgent flag was stored: flush its alert
    flag_not_stored: bool = False  # risk, but the store was unreachable: alert directly
    notes: list[str] = field(default_factory=list)  # for the log (no patient words)


def recover_turn(
    engine: Callable[[], IntakeEngine],
    region: Region,
    sender_id: str,
    channel: str | None,
    text: str,
    risk: RiskSignal | None,
) -> Recovery:
    """The reply for a message whose turn produced none. `engine` is called lazily: building
    it touches the database, which may be the thing that is down."""
    if risk is not None:
        try:
            current = engine()
            intake, messages = current.record_risk(sender_id, channel, risk, text)
            return Recovery(messages + current.prompt(intake), flagged_intake_id=intake.id)
        except Exception as exc:  # the reply must still go out; the caller alerts directly
            logger.error("risk flag could not be stored: %s", type(exc).__name__)
            return Recovery(
                [crisis_reply(region, risk), Say(TRY_AGAIN)],
                flag_not_stored=True,
                notes=[f"flag not stored: {type(exc).__name__}"],
            )
    try:
        current = engine()
        latest = current.store.latest_intake(sender_id)
        again = (
            current.prompt(latest)
            if latest is not None and current.is_waiting_in_section(latest, None)
            else []
        )
    except Exception as exc:  # "try again" alone is still a clear, kind reply
        logger.warning("current question not readable: %s", type(exc).__name__)
        again = []
    return Recovery([Say(TRY_AGAIN), *again])


def store_risk(
    engine: Callable[[], IntakeEngine],
    sender_id: str,
    channel: str | None,
    text: str,
    risk: RiskSignal,
) -> int | None:
    """One attempt to store a flag that could not be stored when it was raised; the intake's
    id, or None while the database is still unreachable. The intake enters the safety check,
    so the patient's next message is met by "are you safe right now?"."""
    try:
        intake, _ = engine().record_risk(sender_id, channel, risk, text)
    except Exception as exc:
        logger.warning("risk flag still not stored: %s", type(exc).__name__)
        return None
    return intake.id
