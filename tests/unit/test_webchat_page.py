"""The web chat page: branded from the settings, escaped, served over real HTTP, no CDN."""

from __future__ import annotations

import json
import re
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.channels.webchat.server import WIDGET_BUNDLE, ChatPage, make_server, page_from_settings
from bot.config import load_settings


def config_of(html: str) -> dict[str, object]:
    found = re.search(
        r'<script type="application/json" id="chat-config">(.*?)</script>', html, re.S
    )
    assert found is not None
    data: dict[str, object] = json.loads(found.group(1))
    return data


def test_clinic_name_and_colour_come_from_the_settings() -> None:
    settings = load_settings(
        {"INTAKE_CLINIC_NAME": "  Riverside   Practice ", "INTAKE_BRAND_COLOR": "#123abc"}
    )
    page = page_from_settings(settings, rasa_port=5005)
    html = page.render()
    assert "<title>Riverside Practice intake assistant</title>" in html
    assert "--brand: #123abc" in html
    assert config_of(html)["brandColor"] == "#123abc" and config_of(html)["rasaPort"] == 5005


def test_defaults_without_configuration(tmp_path: Path) -> None:
    empty = tmp_path / "deployment.yml"
    empty.write_text("{}\n")
    settings = load_settings({"INTAKE_DEPLOYMENT": str(empty)})
    assert (settings.clinic_name, settings.brand_color) == ("Your clinic", "#1d5f8a")


@pytest.mark.parametrize("colour", ["red", "#12345", "#1234567", "#12345g", "#123;x"])
def test_a_brand_colour_that_is_not_a_hex_colour_is_refused(colour: str) -> None:
    with pytest.raises(ValueError, match="INTAKE_BRAND_COLOR"):
        load_settings({"INTAKE_BRAND_COLOR": colour})


def test_a_clinic_name_cannot_inject_markup_or_end_the_config_script() -> None:
    html = ChatPage('</script><script>alert("x")</script>', "#123abc", 5005).render()
    assert "<script>alert" not in html
    assert config_of(html)["title"] == '</script><script>alert("x")</script> intake assistant'


def test_connect_sources_allow_only_the_socket_server() -> None:
    page = ChatPage("C", "#123abc", 5005)
    assert page.connect_sources("clinic.example:8080") == (
        "http://clinic.example:5005 https://clinic.example:5005 "
        "ws://clinic.example:5005 wss://clinic.example:5005"
    )
    assert page.connect_sources("evil; script-src *") == ""
    explicit = ChatPage("C", "#123abc", 5005, socket_url="https://chat.clinic.example/")
    assert explicit.connect_sources("x") == "https://chat.clinic.example wss://chat.clinic.example"


@pytest.fixture
def served() -> Iterator[str]:
    if not WIDGET_BUNDLE.exists():
        pytest.skip(f"{WIDGET_BUNDLE} is missing: run `make webchat`")
    server = make_server(ChatPage("Riverside", "#123abc", 5005), "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_the_page_the_widget_and_its_script_are_served_locally(served: str) -> None:
    with urllib.request.urlopen(f"{served}/") as reply:  # redirected to /chat
        html = reply.read().decode()
        csp = reply.headers["Content-Security-Policy"]
    assert reply.url.endswith("/chat") and "Riverside intake assistant" in html
    assert "default-src 'self'" in csp and "ws://127.0.0.1:5005" in csp
    for src in re.findall(r'src="([^"]+)"', html):
        assert src.startswith("/static/")
        with urllib.request.urlopen(served + src) as reply:
            assert reply.status == 200 and "javascript" in reply.headers["Content-Type"]
    with urllib.request.urlopen(f"{served}/static/webchat.js") as reply:
        assert len(reply.read()) > 100_000  # rasa-webchat's bundle from node_modules
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(f"{served}/static/../../../etc/passwd")
    assert missing.value.code == 404
