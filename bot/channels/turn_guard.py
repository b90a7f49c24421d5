"""Rasa wiring: a patient message that got no reply at all gets a recovery reply.

Rasa logs a custom action that fails (the action server down, killed or answering 500, the
database restarting) and goes on as if the action had run with no events, so the patient
would see nothing and might think their answer was taken. Every input channel of ours hands
its messages through `handle_message` here. A turn that confirmed "delete my data" is then
erased (bot/channels/rasa_erasure.py); when the turn produced no reply, or Rasa raised,
the patient gets bot/turn_recovery.py's reply: the crisis reply (and the flag stored, or the
practitioner alerted directly) for a message that screens as risk; else a kind "one moment,
please try again" with the current question. Only the rendering and the screening are Rasa's
(the domain's responses, the NLU pipeline); what to say is decided in bot/turn_recovery.py.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.shared.core.trackers import DialogueStateTracker

from bot.channels.rasa_erasure import erase_if_confirmed
from bot.dialogue import RiskSignal, Say
from bot.notify import Alert, notifier_from_env, practitioner_base_url, send_alert_async
from bot.notify.alert_queue import flush_quietly
from bot.runtime import default_engine, default_settings
from bot.safety import screen
from bot.text_input import storable_text
from bot.turn_recovery import Recovery, recover_turn, store_risk

logger = logging.getLogger(__name__)

_tasks: set[asyncio.Task[None]] = set()  # background alert sends (asyncio keeps weak refs)
# A flag that could not be stored (the database down) is retried this often, this long: a
# restart takes seconds to minutes. The direct alert has gone out by then either way.
STORE_FLAG_EVERY = 5.0
STORE_FLAG_FOR = 30 * 60.0


async def handle_message(
    on_new_message: Callable[[UserMessage], Awaitable[Any]],
    message: UserMessage,
    agent: Any,
    replied: Callable[[], bool],
) -> None:
    """Let Rasa handle the message; recover when `replied()` says nothing went out."""
    try:
        await on_new_message(message)
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # Rasa's channels swallow these too; we answer instead
        logger.error("message handling failed: %s (text not logged)", type(exc).__name__)
    if await erase_if_confirmed(message, agent):  # "delete my data", confirmed in this turn
        return
    if replied():
        return
    logger.warning("a turn produced no reply; sending the recovery reply")
    await recover(message, agent)


async def recover(message: UserMessage, agent: Any) -> None:
    text = storable_text(message.text)
    risk = await _risk_of(agent, text)
    recovery = await asyncio.to_thread(
        recover_turn,
        default_engine,
        default_settings().region,
        message.sender_id,
        message.input_channel,
        text,
        risk,
    )
    for say in recovery.messages:
        rendered = await _render(agent, say, message.sender_id, message.output_channel)
        if rendered:
            await message.output_channel.send_response(message.sender_id, rendered)
    _alert_in_background(recovery, message, text, risk)


async def _risk_of(agent: Any, text: str) -> RiskSignal | None:
    """The NLU pipeline's safety result (the classifier as well as the rules); the rule-based
    screen alone when the pipeline cannot run."""
    if not text.strip():
        return None
    try:
        parsed = await agent.parse_message(text)
        safety = parsed.get("safety") or {}
        risk, categories = safety.get("risk"), safety.get("categories") or []
        evidence = str(safety.get("evidence") or "")
    except Exception as exc:
        logger.error("NLU unavailable for recovery: %s", type(exc).__name__)
        found = screen(text)
        risk, categories, evidence = found.risk, list(found.categories), found.evidence
    if risk in (None, "none") or not categories:
        return None
    return RiskSignal(str(risk), tuple(categories), evidence)


async def _render(
    agent: Any, say: Say, sender_id: str, output: OutputChannel
) -> dict[str, Any] | None:
    buttons = [{"title": b.title, "payload": b.payload} for b in say.buttons]
    if say.response is None:
        return {"text": say.text, **({"buttons": buttons} if buttons else {})}
    tracker = DialogueStateTracker(sender_id, agent.domain.slots)
    rendered: dict[str, Any] | None = await agent.nlg.generate(
        say.response, tracker, output.name(), **say.variables
    )
    if rendered is not None and buttons:
        rendered = {**rendered, "buttons": buttons}
    return rendered


def _alert_in_background(
    recovery: Recovery, message: UserMessage, text: str, risk: RiskSignal | None
) -> None:
    if recovery.flagged_intake_id is not None:
        _in_background(_flush_alerts(recovery.flagged_intake_id))
    elif recovery.flag_not_stored and risk is not None:
        _in_background(_alert_directly_then_store(message, text, risk))


def _in_background(work: Coroutine[Any, Any, None]) -> None:
    task = asyncio.get_running_loop().create_task(work)
    _tasks.add(task)
    task.add_done_callback(_tasks.discard)


async def _flush_alerts(intake_id: int) -> None:
    """The stored flag's alert, from the queue (retried elsewhere if this send fails)."""
    await flush_quietly(
        default_engine().store, notifier_from_env(), practitioner_base_url(), intake_id
    )


async def _alert_directly_then_store(message: UserMessage, text: str, risk: RiskSignal) -> None:
    """The records are unreachable: alert the practitioner now (the file fallback keeps it
    when Telegram fails too), then store the flag as soon as the database is back, which
    queues the usual alert with the link to the intake."""
    try:
        await send_alert_async(
            notifier_from_env(),
            Alert(
                kind="urgent_flag",
                patient_ref=message.sender_id,
                intake_id="not-stored-yet",
                severity="urgent",
                summary=f"Urgent safety flag: {', '.join(risk.categories)} (the records were "
                "unreachable; the flag is stored when they are back)",
            ),
        )
    except Exception:
        logger.exception("direct recovery alert could not be sent")
    deadline = time.monotonic() + STORE_FLAG_FOR
    while time.monotonic() < deadline:
        intake_id = await asyncio.to_thread(
            store_risk, default_engine, message.sender_id, message.input_channel, text, risk
        )
        if intake_id is not None:
            await _flush_alerts(intake_id)
            return
        await asyncio.sleep(STORE_FLAG_EVERY)
    logger.error(
        "a risk flag could not be stored for %s s; the direct alert stands", STORE_FLAG_FOR
    )
