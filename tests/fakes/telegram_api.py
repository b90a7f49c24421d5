"""A local stand-in for the Telegram Bot API, over real HTTP on 127.0.0.1.

Point python-telegram-bot at it with `Bot(fake.token, base_url=fake.base_url)`. It serves
`POST|GET /bot<token>/<method>` with form-encoded, JSON or multipart bodies, checks the token,
records every call, and can be told to fail the next calls.

    from tests.fakes.telegram_api import fake_telegram_fixture  # noqa: F401  (the fixture)

    def test_something(fake_telegram: FakeTelegramAPI) -> None:
        fake_telegram.fail_next_http(2)                # two HTTP 500s, then normal service
        ...                                            # code under test
        assert fake_telegram.methods()[0] == "getMe"
        assert fake_telegram.sent_messages()[0]["chat_id"] == 4242

Outside pytest: `with FakeTelegramAPI() as fake: ...`.

Methods: getMe, sendMessage, editMessageText, editMessageReplyMarkup, answerCallbackQuery,
sendChatAction, setMyCommands, setWebhook, deleteWebhook, getWebhookInfo, getUpdates (serves what
`queue_update` / `queue_message` / `queue_callback_query` put there). `chat(chat_id)` shows the
bot's messages in a chat with edits applied; `message_update` / `tap_update` build updates to
post to a webhook. Anything else: HTTP 404
with {"ok": false}. A wrong token: HTTP 401, which PTB raises as InvalidToken.
"""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import itertools
import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

DEFAULT_TOKEN = "123456789:TEST-fake-token_for-local-tests"

# Parameters PTB sends JSON-encoded inside form fields; decoded so tests see dicts and lists.
_JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "commands",
        "entities",
        "caption_entities",
        "allowed_updates",
        "link_preview_options",
        "reply_parameters",
    }
)
_INT_FIELDS = frozenset(
    {"offset", "limit", "timeout", "message_id", "max_connections", "message_thread_id"}
)
_BOOL_FIELDS = frozenset({"drop_pending_updates", "show_alert", "disable_notification"})

JSONDict = dict[str, Any]


@dataclass(frozen=True)
class FakeCall:
    """One request the fake received: the method, its decoded parameters, the HTTP status."""

    method: str
    params: JSONDict
    status: int
    at: float = field(default_factory=time.time)


@dataclass
class _FailureRule:
    remaining: int
    status: int
    body: bytes
    content_type: str
    methods: frozenset[str] | None

    def matches(self, method: str) -> bool:
        return self.remaining > 0 and (self.methods is None or method in self.methods)


class FakeTelegramAPI:
    """The fake server. Thread-safe: PTB calls it from its own loop, tests read from theirs."""

    def __init__(self, token: str = DEFAULT_TOKEN, *, max_long_poll: float = 0.5) -> None:
        self.token = token
        self.bot_id = int(token.split(":", 1)[0]) if token.split(":", 1)[0].isdigit() else 1
        self.bot_user: JSONDict = {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Intake Test Bot",
            "username": "intake_test_bot",
            "can_join_groups": False,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self.max_long_poll = max_long_poll
        self.webhook: JSONDict = {}
        self.commands: list[JSONDict] = []  # the command menu (setMyCommands)
        self._calls: list[FakeCall] = []
        self._failures: list[_FailureRule] = []
        self._updates: list[JSONDict] = []
        self._update_ids = itertools.count(1)
        self._query_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._chats: dict[Any, list[JSONDict]] = {}  # what each chat shows, edits applied
        self._lock = threading.Lock()
        self._updates_ready = threading.Condition(self._lock)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> FakeTelegramAPI:
        if self._server is not None:
            return self
        server = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        server.daemon_threads = True
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="fake-telegram-api",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        with self._updates_ready:
            self._updates_ready.notify_all()
        server.shutdown()
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeTelegramAPI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("FakeTelegramAPI is not running; call start() or use `with`")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """For `Bot(token, base_url=...)` and TELEGRAM_API_BASE_URL: PTB appends the token."""
        return f"http://127.0.0.1:{self.port}/bot"

    # -- what happened ---------------------------------------------------------------------

    @property
    def calls(self) -> list[FakeCall]:
        """Every request so far, in arrival order (a copy)."""
        with self._lock:
            return list(self._calls)

    def methods(self) -> list[str]:
        return [c.method for c in self.calls]

    def calls_to(self, method: str) -> list[FakeCall]:
        return [c for c in self.calls if c.method == method]

    def sent_messages(self) -> list[JSONDict]:
        """Parameters of sendMessage calls that succeeded (chat_id, text, reply_markup...)."""
        return [c.params for c in self.calls_to("sendMessage") if c.status == HTTPStatus.OK]

    def chat(self, chat_id: Any) -> list[JSONDict]:
        """The bot's messages in one chat as the patient sees them now (edits applied), each
        as Telegram returned it: message_id, text, reply_markup (inline keyboards only)."""
        with self._lock:
            return [dict(m) for m in self._chats.get(chat_id, [])]

    def reset(self) -> None:
        with self._lock:
            self._chats.clear()
            self._calls.clear()
            self._failures.clear()
            self._updates.clear()
            self.webhook = {}

    # -- failures --------------------------------------------------------------------------

    def clear_failures(self) -> None:
        """Normal service again (the calls made so far stay recorded)."""
        with self._lock:
            self._failures.clear()

    def fail_next_http(
        self, count: int = 1, status: int = 500, methods: Iterable[str] | None = None
    ) -> None:
        """The next `count` matching calls get a bare HTTP error (non-JSON body, as a proxy or
        an overloaded server sends). PTB raises NetworkError for 5xx."""
        body = f"{status} {_phrase(status)}".encode()
        self._add_failure(count, status, body, "text/plain", methods)

    def fail_next_telegram(
        self,
        count: int = 1,
        error_code: int = 400,
        description: str = "Bad Request: chat not found",
        *,
        retry_after: int | None = None,
        methods: Iterable[str] | None = None,
    ) -> None:
        """The next `count` matching calls get a Telegram error object with HTTP status
        `error_code`, e.g. 400 BadRequest, 403 Forbidden, 429 with `retry_after` (RetryAfter),
        500/502 (NetworkError)."""
        payload: JSONDict = {"ok": False, "error_code": error_code, "description": description}
        if retry_after is not None:
            payload["parameters"] = {"retry_after": retry_after}
        body = json.dumps(payload).encode()
        self._add_failure(count, error_code, body, "application/json", methods)

    def _add_failure(
        self,
        count: int,
        status: int,
        body: bytes,
        content_type: str,
        methods: Iterable[str] | None,
    ) -> None:
        rule = _FailureRule(
            count, status, body, content_type, frozenset(methods) if methods else None
        )
        with self._lock:
            self._failures.append(rule)

    # -- updates for getUpdates ------------------------------------------------------------

    def queue_update(self, update: JSONDict) -> int:
        """Queue a raw Update object for getUpdates; assigns update_id when missing."""
        with self._updates_ready:
            update = dict(update)
            if "update_id" not in update:  # (setdefault would use up an id every time)
                update["update_id"] = next(self._update_ids)
            self._updates.append(update)
            self._updates_ready.notify_all()
            return int(update["update_id"])

    def queue_message(
        self, text: str, *, chat_id: int = 1001, user_id: int | None = None, first_name: str = "Pat"
    ) -> int:
        """Queue a private text message from a user, as Telegram would deliver it."""
        return self.queue_update(
            self.message_update(text, chat_id=chat_id, user_id=user_id, first_name=first_name)
        )

    def message_update(
        self,
        text: str | None,
        *,
        chat_id: int = 1001,
        user_id: int | None = None,
        first_name: str = "Pat",
        edited: bool = False,
        extra: JSONDict | None = None,
    ) -> JSONDict:
        """An Update with a private message (or an edited one) from a user, not queued: for
        posting to a webhook. `extra` adds fields such as {"voice": {...}} or a caption."""
        user = {"id": user_id or chat_id, "is_bot": False, "first_name": first_name}
        message: JSONDict = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": first_name},
            "from": user,
        }
        if text is not None:
            message["text"] = text
        if edited:
            message["edit_date"] = int(time.time())
        message.update(extra or {})
        return {
            "update_id": next(self._update_ids),
            "edited_message" if edited else "message": message,
        }

    def tap_update(
        self, message: JSONDict, title: str, *, user_id: int | None = None, data: str | None = None
    ) -> JSONDict:
        """An Update for a tap on the button titled `title` of one of the bot's messages (from
        `chat()`), not queued. `data` overrides the button's callback data (a forged tap)."""
        buttons = [b for row in message["reply_markup"]["inline_keyboard"] for b in row]
        button = next(b for b in buttons if b["text"] == title)
        chat_id = message["chat"]["id"]
        query = {
            "id": f"cbq-{next(self._query_ids)}",
            "from": {"id": user_id or chat_id, "is_bot": False, "first_name": "Pat"},
            "chat_instance": f"ci-{chat_id}",
            "data": button["callback_data"] if data is None else data,
            "message": message,
        }
        return {"update_id": next(self._update_ids), "callback_query": query}

    def queue_callback_query(
        self, data: str, *, chat_id: int = 1001, user_id: int | None = None, message_id: int = 1
    ) -> int:
        """Queue a button tap (callback_query) on one of the bot's earlier messages."""
        user = {"id": user_id or chat_id, "is_bot": False, "first_name": "Pat"}
        query = {
            "id": f"cbq-{next(self._query_ids)}",
            "from": user,
            "chat_instance": f"ci-{chat_id}",
            "data": data,
            "message": {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private"},
                "from": self.bot_user,
                "text": "(earlier question)",
            },
        }
        return self.queue_update({"callback_query": query})

    # -- request handling (called on server threads) ---------------------------------------

    def _handle(self, path: str, params: JSONDict) -> tuple[int, bytes, str]:
        parts = urlsplit(path).path.strip("/").split("/")
        if len(parts) != 2 or not parts[0].startswith("bot"):
            return _error(HTTPStatus.NOT_FOUND, "Not Found")
        token, method = parts[0][3:], parts[1]
        if token != self.token:
            self._record(FakeCall(method, params, HTTPStatus.UNAUTHORIZED))
            return _error(HTTPStatus.UNAUTHORIZED, "Unauthorized")
        with self._lock:
            rule = next((r for r in self._failures if r.matches(method)), None)
            if rule is not None:
                rule.remaining -= 1
                self._calls.append(FakeCall(method, params, rule.status))
                return rule.status, rule.body, rule.content_type
        handler = self._methods().get(method)
        if handler is None:
            self._record(FakeCall(method, params, HTTPStatus.NOT_FOUND))
            return _error(HTTPStatus.NOT_FOUND, "Not Found: method not found")
        try:
            result = handler(params)
        except _ApiError as exc:
            self._record(FakeCall(method, params, exc.status))
            return _error(exc.status, exc.description)
        self._record(FakeCall(method, params, HTTPStatus.OK))
        return HTTPStatus.OK, json.dumps({"ok": True, "result": result}).encode(), _JSON

    def _record(self, call: FakeCall) -> None:
        with self._lock:
            self._calls.append(call)

    def _methods(self) -> dict[str, Callable[[JSONDict], Any]]:
        return {
            "getMe": lambda p: self.bot_user,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message,
            "editMessageReplyMarkup": self._edit_message,
            "answerCallbackQuery": lambda p: _require(p, "callback_query_id") and True,
            "sendChatAction": lambda p: _require(p, "chat_id", "action") and True,
            "setWebhook": self._set_webhook,
            "setMyCommands": self._set_commands,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._webhook_info,
            "getUpdates": self._get_updates,
        }

    def _message(self, chat_id: Any, message_id: int, params: JSONDict) -> JSONDict:
        kind = "private" if isinstance(chat_id, int) and chat_id > 0 else "group"
        message: JSONDict = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": kind},
            "from": self.bot_user,
        }
        if "text" in params:
            message["text"] = params["text"]
        markup = params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup  # Telegram echoes inline keyboards only
        return message

    def _send_message(self, params: JSONDict) -> JSONDict:
        _require(params, "chat_id", "text")
        if not str(params["text"]).strip():
            raise _ApiError("Bad Request: message text is empty")
        message = self._message(params["chat_id"], next(self._message_ids), params)
        with self._lock:
            self._chats.setdefault(params["chat_id"], []).append(message)
        return message

    def _edit_message(self, params: JSONDict) -> JSONDict | bool:
        if "inline_message_id" in params:
            return True
        _require(params, "chat_id", "message_id")
        with self._lock:
            shown = self._chats.get(params["chat_id"], [])
            old = next((m for m in shown if m["message_id"] == int(params["message_id"])), None)
            if old is not None:  # Telegram keeps what the edit does not replace
                old.pop("reply_markup", None)
                old.update(self._message(params["chat_id"], old["message_id"], params))
        edited = {"text": old["text"]} if old is not None and "text" in old else {}
        return self._message(params["chat_id"], int(params["message_id"]), {**edited, **params})

    def _set_commands(self, params: JSONDict) -> bool:
        _require(params, "commands")
        with self._lock:
            self.commands = list(params["commands"])
        return True

    def _set_webhook(self, params: JSONDict) -> bool:
        _require(params, "url")
        with self._lock:
            self.webhook = dict(params)
        return True

    def _delete_webhook(self, params: JSONDict) -> bool:
        with self._lock:
            self.webhook = {}
            if params.get("drop_pending_updates"):
                self._updates.clear()
        return True

    def _webhook_info(self, params: JSONDict) -> JSONDict:
        with self._lock:
            url = self.webhook.get("url", "")
            pending = len(self._updates)
        return {"url": url, "has_custom_certificate": False, "pending_update_count": pending}

    def _get_updates(self, params: JSONDict) -> list[JSONDict]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        wait = min(float(params.get("timeout") or 0), self.max_long_poll)
        deadline = time.monotonic() + wait
        with self._updates_ready:
            if self.webhook.get("url"):
                raise _ApiError(
                    "Conflict: can't use getUpdates method while webhook is active; "
                    "use deleteWebhook to delete the webhook first",
                    HTTPStatus.CONFLICT,
                )
            while True:
                if offset:
                    self._updates = [u for u in self._updates if u["update_id"] >= offset]
                ready = self._updates[:limit]
                remaining = deadline - time.monotonic()
                if ready or remaining <= 0 or self._server is None:
                    return [dict(u) for u in ready]
                self._updates_ready.wait(remaining)


class _ApiError(Exception):
    def __init__(self, description: str, status: int = HTTPStatus.BAD_REQUEST) -> None:
        super().__init__(description)
        self.description = description
        self.status = int(status)


_JSON = "application/json"


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _error(status: int, description: str) -> tuple[int, bytes, str]:
    body = {"ok": False, "error_code": int(status), "description": description}
    return int(status), json.dumps(body).encode(), _JSON


def _require(params: JSONDict, *names: str) -> bool:
    missing = [n for n in names if params.get(n) in (None, "")]
    if missing:
        raise _ApiError(f"Bad Request: parameter {missing[0]} is required")
    return True


def _normalise(params: JSONDict, from_form: bool) -> JSONDict:
    """Form fields arrive as strings (PTB JSON-encodes non-strings); give tests real types."""
    out: JSONDict = {}
    for key, value in params.items():
        if isinstance(value, str):
            if key in _JSON_FIELDS:
                with contextlib.suppress(ValueError):
                    value = json.loads(value)
            elif key in _INT_FIELDS or key in ("chat_id", "user_id"):
                stripped = value.lstrip("-")
                if stripped.isdigit():
                    value = int(value)
            elif key in _BOOL_FIELDS and from_form and value in ("true", "false"):
                value = value == "true"
        out[key] = value
    return out


def _parse_body(content_type: str, body: bytes, query: str) -> JSONDict:
    params: JSONDict = dict(parse_qsl(query, keep_blank_values=True))
    if not body:
        return _normalise(params, True)
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime == "application/json":
        data = json.loads(body.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("JSON body must be an object")
        params.update(data)
        return _normalise(params, False)
    if mime == "multipart/form-data":
        head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if not isinstance(name, str):
                continue
            payload = part.get_payload(decode=True)
            raw = payload if isinstance(payload, bytes) else b""
            params[name] = raw if part.get_filename() else raw.decode("utf-8")
        return _normalise(params, True)
    params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    return _normalise(params, True)


def _make_handler(api: FakeTelegramAPI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "FakeTelegramBotAPI/1.0"

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            self._serve(body)

        def do_GET(self) -> None:
            self._serve(b"")

        def _serve(self, body: bytes) -> None:
            try:
                params = _parse_body(
                    self.headers.get("Content-Type", ""), body, urlsplit(self.path).query
                )
            except (ValueError, UnicodeDecodeError) as exc:
                status, payload, ctype = _error(HTTPStatus.BAD_REQUEST, f"Bad Request: {exc}")
            else:
                status, payload, ctype = api._handle(self.path, params)
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep test output quiet

    return Handler


@pytest.fixture(name="fake_telegram")
def fake_telegram_fixture() -> Iterator[FakeTelegramAPI]:
    """A running FakeTelegramAPI for one test, requested as the `fake_telegram` argument.

    Import it into the test module (tests/conftest.py does not load it):
    `from tests.fakes.telegram_api import fake_telegram_fixture  # noqa: F401`. Importing the
    alias `fake_telegram` works too, but then ruff reports F811 on every test argument.
    """
    with FakeTelegramAPI() as fake:
        yield fake


fake_telegram = fake_telegram_fixture
