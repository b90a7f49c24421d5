"""The web chat page in headless Chromium at phone size, against real Rasa + action server.

Debian's /usr/bin/chromium is driven by Playwright's Python package (`executable_path`; no
browser download). A patient gives consent, answers three questions by tapping and one by
typing, reloads the page, and carries on with the same intake. Screenshot:
reports/screenshots/webchat.png.
"""

from __future__ import annotations

import json
import subprocess
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.channels.webchat.server import WIDGET_BUNDLE
from scripts.local_stack import BIN, ROOT, Assistant, free_port, running_assistant

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT = ROOT / "reports" / "screenshots" / "webchat.png"
PHONE = {"width": 390, "height": 844}
CLINIC = "Riverside Family Practice"
BRAND = "#7a2e8c"

if not CHROMIUM.exists():
    pytest.skip(
        f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) "
        "to run the browser test",
        allow_module_level=True,
    )
if not WIDGET_BUNDLE.exists():
    pytest.skip(f"{WIDGET_BUNDLE} is missing: run `make webchat`", allow_module_level=True)

from playwright.sync_api import Page, expect, sync_playwright  # noqa: E402


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    env = {"INTAKE_CLINIC_NAME": CLINIC, "INTAKE_BRAND_COLOR": BRAND, "TELEGRAM_BOT_TOKEN": ""}
    data = tmp_path_factory.mktemp("webchat-data")
    # --cors: the page (its own port) reaches Rasa's socket.io, as in scripts/run.sh.
    with running_assistant(data, env, rasa_args=["--cors", "*"]) as running:
        yield running


@pytest.fixture(scope="module")
def chat_url(assistant: Assistant) -> Iterator[str]:
    port = free_port()
    server = subprocess.Popen(
        [str(BIN / "intake"), "chat-page", "--port", str(port), "--rasa-port", str(assistant.port)],
        cwd=ROOT,
        env=assistant.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        assert server.stdout is not None
        assert "chat page:" in server.stdout.readline().decode()
        yield f"http://localhost:{port}/chat"
    finally:
        server.terminate()
        server.wait(timeout=10)


def bot_says(page: Page, words: str) -> None:
    expect(page.locator(".rw-response", has_text=words).last).to_be_visible(timeout=30_000)


def reply_button(page: Page, title: str) -> Any:
    return page.locator(".rw-reply", has_text=title).last


def test_page_is_branded_and_served_locally(chat_url: str) -> None:
    with urllib.request.urlopen(chat_url) as reply:
        html = reply.read().decode()
        csp = reply.headers["Content-Security-Policy"]
    assert f"<title>{CLINIC} intake assistant</title>" in html
    assert BRAND in html and "/static/webchat.js" in html and "cdn" not in html.lower()
    assert "script-src 'self'" in csp


def test_intake_in_the_widget_resumes_after_a_reload(assistant: Assistant, chat_url: str) -> None:
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(chat_url)
        expect(page.locator("h1")).to_have_text(f"{CLINIC} intake assistant")
        bot_says(page, "automated intake assistant")

        # Consent by keyboard: the answer buttons are focusable and answer to Enter.
        consent = reply_button(page, "Yes, I agree")
        expect(consent).to_have_attribute("role", "button")
        expect(consent).to_have_attribute("tabindex", "0")
        consent.focus()
        page.keyboard.press("Enter")
        bot_says(page, "How old are you")

        field = page.locator(".rw-new-message")
        field.fill("34")  # typed
        field.press("Enter")
        bot_says(page, "most like help with")
        reply_button(page, "I'd rather not say").click()
        bot_says(page, "prescription medicines")
        field.fill("sertraline 50mg")  # typed: read back by its generic name
        field.press("Enter")
        bot_says(page, "supplements")
        reply_button(page, "None").click()
        bot_says(page, "Here is what I noted")
        reply_button(page, "Yes, that's right").click()
        bot_says(page, "since when")
        reply_button(page, "Skip").click()
        bot_says(page, "Question 1 of 9")
        reply_button(page, "Several days").click()
        bot_says(page, "Question 2 of 9")

        page.reload()
        bot_says(page, "Question 2 of 9")  # the conversation is still there
        reply_button(page, "More than half the days").click()
        bot_says(page, "Question 3 of 9")
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOT))
        width = page.evaluate("document.documentElement.scrollWidth")
        browser.close()
    assert width <= PHONE["width"], "the page scrolls sideways on a phone"
    assert errors == []

    listing = assistant.intake_cli("summary", "--list").stdout.strip().splitlines()
    assert len(listing) == 1, listing  # one patient, one intake: the reload resumed it
    sender = listing[0].split()[1]
    result = assistant.intake_cli("summary", sender)
    data = json.loads(result.stdout)
    assert data["age"] == 34 and data["status"] == "active"
    assert [c["decision"] for c in data["consent"]] == ["given"]
    assert data["main_concerns"] is None  # "I'd rather not say"
    assert [(m["name"], m["confirmed"]) for m in data["medications"]] == [("sertraline", True)]
    phq9 = data["instruments"][0]
    answered = [(i["value"], i["source"]) for i in phq9["items"] if i.get("value")]
    assert answered == [("several_days", "button"), ("more_than_half", "button")]
