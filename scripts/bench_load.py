"""Simulated patients for the benchmark: each one a kept-alive HTTP connection to the REST
channel, sending its messages one at a time and timing each reply; all of them at once."""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass
from typing import Any

import aiohttp


@dataclass(frozen=True)
class Tap:
    """A button tap: the payload of the button at `position` in the assistant's last reply
    (negative counts from the end), as the chat widget sends it."""

    position: int


Message = str | Tap


def _payload(tap: Tap, reply: list[dict[str, Any]], sender: str) -> str:
    buttons = [b for m in reply for b in m.get("buttons") or []]
    if not -len(buttons) <= tap.position < len(buttons):
        raise RuntimeError(f"{sender}: no button {tap.position} in the last reply {reply!r:.300}")
    return str(buttons[tap.position]["payload"])


@dataclass(frozen=True)
class LoadResult:
    turn_ms: list[list[float]]  # per conversation, the milliseconds of each turn in order
    wall_s: float  # from the first message sent to the last reply received

    @property
    def turns(self) -> int:
        return sum(len(c) for c in self.turn_ms)

    @property
    def turns_per_second(self) -> float:
        return self.turns / self.wall_s


async def _converse(port: int, sender: str, messages: list[Message]) -> list[float]:
    # One connection per patient, kept alive between turns, as a chat front end holds it.
    connector = aiohttp.TCPConnector(limit=1)
    timeout = aiohttp.ClientTimeout(total=300)
    url = f"http://127.0.0.1:{port}/webhooks/rest/webhook"
    times: list[float] = []
    reply: list[dict[str, Any]] = []
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        for message in messages:
            text = _payload(message, reply, sender) if isinstance(message, Tap) else message
            start = time.perf_counter()
            async with session.post(url, json={"sender": sender, "message": text}) as resp:
                body = await resp.read()
                if resp.status != 200:
                    raise RuntimeError(f"{sender}: HTTP {resp.status}: {body[:200]!r}")
            times.append((time.perf_counter() - start) * 1000)
            reply = json.loads(body)
    return times


async def _all_at_once(port: int, conversations: dict[str, list[Message]]) -> LoadResult:
    start = time.perf_counter()
    runs = await asyncio.gather(
        *(_converse(port, sender, messages) for sender, messages in conversations.items())
    )
    return LoadResult(list(runs), time.perf_counter() - start)


def drive(port: int, conversations: dict[str, list[Message]]) -> LoadResult:
    """Run every conversation (sender -> messages) concurrently against the REST channel."""
    return asyncio.run(_all_at_once(port, conversations))
