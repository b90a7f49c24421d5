"""The web chat's socket.io channel against the real Rasa server: malformed `user_uttered`
messages get a kind fixed reply (not an exception inside Rasa's handler and silence), and the
conversation goes on."""

from __future__ import annotations

import asyncio
from typing import Any

import socketio

from bot.channels.texts import channel_text
from scripts.local_stack import Assistant

BAD_MESSAGES: list[Any] = [
    ["not", "an", "object"],
    "just a string",
    {"message": 42, "session_id": "SESSION"},
    {"message": {"nested": True}, "session_id": "SESSION"},
    {"message": "hi", "session_id": "SESSION", "metadata": "{not json"},
    {"message": "a\x00b", "session_id": "SESSION"},
]


async def talk(url: str, session_id: str) -> dict[str, list[str]]:
    client = socketio.AsyncClient()
    replies: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    client.on("bot_uttered", replies.put)
    confirmed: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    client.on("session_confirm", confirmed.set_result)
    # Long-polling: the websocket transport of this engineio client needs a newer aiohttp.
    await client.connect(url, transports=["polling"], socketio_path="/socket.io")
    try:
        await client.emit("session_request", {"session_id": session_id})
        assert await asyncio.wait_for(confirmed, 30) == session_id

        async def say(data: Any) -> list[str]:
            await client.emit("user_uttered", data)
            texts = [str((await asyncio.wait_for(replies.get(), 60)).get("text", ""))]
            await asyncio.sleep(1.0)  # the rest of this turn's messages
            while not replies.empty():
                texts.append(str(replies.get_nowait().get("text", "")))
            return texts

        out: dict[str, list[str]] = {}
        for n, bad in enumerate(BAD_MESSAGES):
            if isinstance(bad, dict):
                bad = {**bad, "session_id": session_id}
            out[f"bad{n}"] = await say(bad)
        out["too_long"] = await say({"message": "x" * 5000, "session_id": session_id})
        out["hello"] = await say({"message": "hello", "session_id": session_id})
        return out
    finally:
        await client.disconnect()


def test_malformed_socketio_messages_get_a_kind_reply_and_the_chat_goes_on(
    assistant: Assistant,
) -> None:
    out = asyncio.run(talk(assistant.url, "sio-bad-input"))
    not_read = channel_text("webchat", "message_not_read")
    for n in range(len(BAD_MESSAGES)):  # without a usable session: answered on the socket
        assert out[f"bad{n}"] == [not_read], (n, out[f"bad{n}"])
    assert out["too_long"] == [channel_text("webchat", "message_too_long")]
    assert any("automated" in text for text in out["hello"]), out["hello"]
    # Nothing of the refused messages reached the conversation.
    events = [e for s in assistant.tracker_sessions("sio-bad-input") for e in s]
    assert [e.get("text") for e in events if e["event"] == "user"] == ["hello"]
