"""The practitioner page in a real browser: Debian's headless Chromium driven by Playwright.

The web app runs under uvicorn on a free port over a temporary SQLite store filled with real
intakes (bot.intake.IntakeEngine). Saves reports/screenshots/practitioner_detail.png.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from tests.intakes import full_intake_with_flag, make_engine, mild_intake, new_store
from tests.unit.practitioner_fixtures import PASSWORD, add_account, settings

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = PROJECT_ROOT / "reports" / "screenshots"

if not CHROMIUM.exists():
    pytest.skip(
        "no /usr/bin/chromium: install Debian's chromium (`make browser` does) to run the "
        "browser test",
        allow_module_level=True,
    )
playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is a dev dependency: run `make setup`"
)


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """(base URL, public id of a completed intake with an urgent flag)."""
    import uvicorn

    from bot.practitioner.app import create_app

    store = new_store(tmp_path)
    engine = make_engine(store)
    mild_intake(engine, days_ago=42)  # an earlier screening of the same pseudonym: the trend
    intake = full_intake_with_flag(engine)
    add_account(store, "drlee")
    port = _free_port()
    app = create_app(store, settings())
    server = uvicorn.Server(
        uvicorn.Config(
            app, host="127.0.0.1", port=port, log_level="warning", access_log=False, ws="none"
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}", intake.public_id
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_practitioner_logs_in_and_sees_the_flag_first_and_the_charts(
    served: tuple[str, str],
) -> None:
    base, public_id = served
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.goto(f"{base}/intakes/{public_id}")
            assert "/login" in page.url  # not logged in: sent to the login page
            page.fill("input[name=username]", "drlee")
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_url(f"{base}/intakes/{public_id}")

            page.goto(f"{base}/intakes")
            first_row = page.locator("table.intakes tbody tr").first
            assert "urgent" in (first_row.get_attribute("class") or "")
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / "practitioner_list.png"))
            first_row.locator("a").click()
            page.wait_for_url(f"{base}/intakes/{public_id}")

            sections = page.eval_on_selector_all("article section", "els => els.map(e => e.id)")
            assert sections[0] == "flags", sections
            first_flag = page.locator("#flags .flag").first
            assert "urgent" in (first_flag.get_attribute("class") or "")
            assert "PHQ-9 item 9" in first_flag.inner_text()
            assert "better off without me" in first_flag.inner_text()  # the patient's words

            profile = page.locator("#instrument-phq9 svg.chart.profile")
            assert profile.count() == 1
            box = profile.bounding_box()
            assert box is not None and box["width"] > 200 and box["height"] > 100
            assert page.locator("#instrument-phq9 svg rect.bar").count() == 9
            assert page.locator("#trend svg polyline").count() == 2  # PHQ-9 and GAD-7 lines

            page.screenshot(path=str(SCREENSHOTS / "practitioner_detail.png"), full_page=True)
            page.emulate_media(media="print")
            page.screenshot(path=str(SCREENSHOTS / "practitioner_detail_print.png"), full_page=True)
            pdf = page.pdf(format="A4")
            (SCREENSHOTS / "practitioner_detail.pdf").write_bytes(pdf)
            assert _pages(pdf) in (1, 2), f"the print summary is {_pages(pdf)} A4 pages"
        finally:
            browser.close()
