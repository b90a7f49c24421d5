"""`intake chat-page`: a small static server for the web chat page (stdlib only).

GET /chat                 the page (clinic name and colour from the deployment settings)
GET /static/webchat.js    rasa-webchat's browser bundle, from node_modules (no CDN)
GET /static/chat.js|css   the page's own script and style
GET /health               "ok"

The browser then talks to Rasa's socket.io channel directly (`--socket-url`, default: the
page's own host on port $RASA_PORT, 5005).
"""

from __future__ import annotations

import html
import json
import logging
import re
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from string import Template
from typing import Any
from urllib.parse import urlsplit

from bot.channels.texts import channel_text
from bot.config import Settings

logger = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
WIDGET_BUNDLE = HERE / "node_modules" / "rasa-webchat" / "lib" / "index.js"
STATIC = {
    "/static/chat.js": (HERE / "chat.js", "text/javascript; charset=utf-8"),
    "/static/chat.css": (HERE / "chat.css", "text/css; charset=utf-8"),
    "/static/webchat.js": (WIDGET_BUNDLE, "text/javascript; charset=utf-8"),
}


_HOSTNAME = re.compile(r"[A-Za-z0-9.-]{1,253}")


class WidgetMissing(RuntimeError):
    pass


@dataclass(frozen=True)
class ChatPage:
    clinic_name: str
    brand_color: str
    rasa_port: int
    socket_url: str = ""  # empty: the page's own host, on rasa_port

    def render(self) -> str:
        title = channel_text("webchat", "page_title", clinic=self.clinic_name)
        config = {
            "title": title,
            "subtitle": channel_text("webchat", "subtitle"),
            "inputHint": channel_text("webchat", "input_placeholder"),
            "brandColor": self.brand_color,
            "socketUrl": self.socket_url,
            "rasaPort": self.rasa_port,
        }
        # JSON inside <script>: no "<" at all, so nothing in it can end the element early.
        config_json = json.dumps(config).replace("<", "\\u003c")
        template = Template((HERE / "index.html").read_text(encoding="utf-8"))
        return template.substitute(
            page_title=html.escape(title),
            subtitle=html.escape(channel_text("webchat", "subtitle")),
            brand_color=html.escape(self.brand_color),
            no_script=html.escape(channel_text("webchat", "no_script")),
            config_json=config_json,
        )

    def connect_sources(self, host: str) -> str:
        """CSP connect-src: the socket.io server, over HTTP(S) and WebSocket."""
        if self.socket_url:
            parts = urlsplit(self.socket_url)
            origin = f"{parts.scheme}://{parts.netloc}"
            ws = origin.replace("https://", "wss://").replace("http://", "ws://")
            return f"{origin} {ws}"
        hostname = host.rsplit(":", 1)[0]
        if not _HOSTNAME.fullmatch(hostname):  # the Host header is the client's to write
            return ""
        return " ".join(
            f"{scheme}://{hostname}:{self.rasa_port}" for scheme in ("http", "https", "ws", "wss")
        )


def page_from_settings(settings: Settings, rasa_port: int, socket_url: str = "") -> ChatPage:
    return ChatPage(settings.clinic_name, settings.brand_color, rasa_port, socket_url)


def make_server(page: ChatPage, host: str, port: int) -> ThreadingHTTPServer:
    if not WIDGET_BUNDLE.exists():
        raise WidgetMissing(
            f"{WIDGET_BUNDLE} is missing: run `make webchat` (npm ci in bot/channels/webchat)"
        )
    server = ThreadingHTTPServer((host, port), _handler(page))
    server.daemon_threads = True
    return server


def _handler(page: ChatPage) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "IntakeChatPage/1.0"

        def do_GET(self) -> None:
            path = urlsplit(self.path).path
            if path in ("/", ""):
                self.send_response(HTTPStatus.FOUND)
                self.send_header("Location", "/chat")
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif path == "/chat":
                csp = (
                    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                    "img-src 'self' data:; font-src 'self' data:; "
                    f"connect-src 'self' {page.connect_sources(self.headers.get('Host', ''))}"
                )
                self._send(page.render().encode("utf-8"), "text/html; charset=utf-8", csp)
            elif path in STATIC:
                file, ctype = STATIC[path]
                self._send(file.read_bytes(), ctype)
            elif path == "/favicon.ico":
                self._send(b"", "image/x-icon", status=HTTPStatus.NO_CONTENT)
            elif path == "/health":
                self._send(b"ok", "text/plain; charset=utf-8")
            else:
                self._send(b"not found", "text/plain; charset=utf-8", status=HTTPStatus.NOT_FOUND)

        def _send(
            self, body: bytes, ctype: str, csp: str = "", status: int = HTTPStatus.OK
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Referrer-Policy", "no-referrer")
            self.send_header("Cache-Control", "no-cache")
            if csp:
                self.send_header("Content-Security-Policy", csp)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            logger.debug("chat page: " + format, *args)

    return Handler


def serve(page: ChatPage, host: str, port: int) -> None:
    server = make_server(page, host, port)
    print(f"chat page: http://{host}:{server.server_address[1]}/chat", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
