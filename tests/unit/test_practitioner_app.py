"""The practitioner web app and API through Starlette's TestClient, over a real store filled
with real intakes (bot.intake.IntakeEngine)."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import update
from starlette.routing import Mount, Route
from starlette.testclient import TestClient

from bot.intake import IntakeEngine
from bot.practitioner import auth
from bot.practitioner.app import create_app
from bot.store import IntakeRecord, IntakeStore
from bot.store.erasure import ErasureAudit
from bot.store.practitioner_models import Practitioner
from bot.store.practitioners import PractitionerStore
from bot.summary import SCHEMA_VERSION, validate_summary
from bot.summary.fhir import validate_bundle
from tests.intakes import full_intake_with_flag, mild_intake, run_intake
from tests.unit.practitioner_fixtures import (
    PASSWORD,
    add_account,
    client,
    csrf_of,
    log_in,
    settings,
)

PUBLIC = {("/login", "GET"), ("/login", "POST")}


@pytest.fixture
def flagged(engine: IntakeEngine) -> IntakeRecord:
    return full_intake_with_flag(engine)


@pytest.fixture
def web(store: IntakeStore) -> TestClient:
    add_account(store, "drlee")
    c = client(store)
    assert log_in(c, "drlee") == 303
    return c


def _token(store: IntakeStore, username: str = "drlee") -> str:
    accounts = PractitionerStore(store.engine)
    if accounts.by_username(username) is None:
        add_account(store, username)
    account = accounts.by_username(username)
    assert account is not None
    token, digest, prefix = auth.new_api_token()
    accounts.add_token(account.id, digest, prefix)
    return token


def _all_routes(store: IntakeStore) -> list[tuple[str, str]]:
    app = create_app(store, settings())
    found = []
    for route in app.routes:
        if isinstance(route, Mount) and route.path == "/static":
            continue
        children = route.routes if isinstance(route, Mount) else [route]
        prefix = route.path if isinstance(route, Mount) else ""
        for child in children:
            assert isinstance(child, Route)
            for method in sorted((child.methods or set()) - {"HEAD"}):
                found.append((prefix + child.path, method))
    return found


# -- credentials ------------------------------------------------------------------------
def test_every_route_refuses_without_credentials(store: IntakeStore, flagged: IntakeRecord) -> None:
    routes = _all_routes(store)
    assert len(routes) >= 12
    c = client(store)
    checked = 0
    for path, method in routes:
        if (path, method) in PUBLIC:
            continue
        url = path.replace("{public_id}", flagged.public_id)
        response = c.request(method, url)
        if path.startswith("/api/"):
            assert response.status_code == 401, (method, url)
            assert response.headers["www-authenticate"].startswith("Bearer")
            assert flagged.patient_ref not in response.text
        else:
            assert response.status_code == 303, (method, url)
            assert response.headers["location"].startswith("/login"), (method, url)
        checked += 1
    assert checked == len(routes) - len(PUBLIC)


def test_api_refuses_a_session_cookie_an_unknown_token_and_a_basic_header(
    store: IntakeStore, web: TestClient, flagged: IntakeRecord
) -> None:
    assert web.get("/api/v1/intakes").status_code == 401  # the browser session is not enough
    for header in ("Bearer itk_not-a-real-token", "Basic ZHJsZWU6cHc=", "Bearer "):
        response = web.get("/api/v1/intakes", headers={"Authorization": header})
        assert response.status_code == 401, header


# -- login ------------------------------------------------------------------------------
def test_wrong_password_is_refused_and_audited(store: IntakeStore) -> None:
    add_account(store, "drlee")
    c = client(store)
    assert log_in(c, "drlee", "not the password at all") == 401
    assert c.get("/intakes").status_code == 303
    events = PractitionerStore(store.engine).audit_events(action="login_failed")
    assert [(e.actor, e.via, e.client) for e in events] == [("drlee", "web", "testclient")]


def test_login_without_the_csrf_token_is_refused(store: IntakeStore) -> None:
    add_account(store, "drlee")
    c = client(store)
    c.get("/login")
    response = c.post("/login", data={"username": "drlee", "password": PASSWORD})
    assert response.status_code == 400
    assert c.get("/intakes").status_code == 303


def test_five_failed_logins_block_that_username_even_with_the_right_password(
    store: IntakeStore,
) -> None:
    add_account(store, "drlee")
    add_account(store, "drkim")
    c = client(store)
    for _ in range(auth.MAX_FAILURES_PER_USERNAME):
        assert log_in(c, "drlee", "guess guess guess") == 401
    assert log_in(c, "drlee") == 429
    assert c.get("/intakes").status_code == 303
    assert log_in(c, "drkim") == 303  # another account from the same place still works
    blocked = PractitionerStore(store.engine).audit_events(action="login_blocked")
    assert [e.actor for e in blocked] == ["drlee"]


def test_many_failed_logins_from_one_address_block_that_address(store: IntakeStore) -> None:
    add_account(store, "drlee")
    c = client(store)
    for n in range(auth.MAX_FAILURES_PER_CLIENT):
        assert log_in(c, f"nobody{n}", "guess guess guess") == 401
    assert log_in(c, "drlee") == 429


def test_a_name_that_is_no_account_is_not_written_to_the_audit_log(store: IntakeStore) -> None:
    c = client(store)
    assert log_in(c, "my secret password typed here", "x") == 401
    [event] = PractitionerStore(store.engine).audit_events(action="login_failed")
    assert event.actor is None and event.detail == "unknown account"


def test_session_cookie_is_httponly_samesite_strict_and_secure_over_https(
    store: IntakeStore,
) -> None:
    plain = client(store).get("/login").headers["set-cookie"].lower()
    assert "httponly" in plain and "samesite=strict" in plain and "secure" not in plain
    secure = client(store, secure=True).get("/login").headers["set-cookie"].lower()
    assert "httponly" in secure and "samesite=strict" in secure and "; secure" in secure


def test_login_redirects_only_to_local_paths(store: IntakeStore) -> None:
    add_account(store, "drlee")
    c = client(store)
    token = csrf_of(c.get("/login").text)
    response = c.post(
        "/login",
        data={
            "csrf": token,
            "username": "drlee",
            "password": PASSWORD,
            "next": "//evil.example/x",
        },
    )
    assert response.headers["location"] == "/intakes"


def test_logout_needs_the_csrf_token_and_ends_the_session(web: TestClient) -> None:
    assert web.post("/logout", data={}).status_code == 400
    assert web.get("/intakes").status_code == 200
    token = csrf_of(web.get("/intakes").text)
    assert web.post("/logout", data={"csrf": token}).status_code == 303
    assert web.get("/intakes").status_code == 303


def test_pages_are_never_cached_and_allow_no_scripts(web: TestClient) -> None:
    response = web.get("/intakes")
    assert response.headers["cache-control"] == "no-store"
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert "<script" not in response.text


# -- list and detail --------------------------------------------------------------------
def test_list_puts_urgent_intakes_on_top_then_newest_first(
    engine: IntakeEngine, web: TestClient
) -> None:
    flagged = full_intake_with_flag(engine, "patient-a")
    calm = mild_intake(engine, "patient-b")
    started = run_intake(engine, "patient-c", ("several days",))
    html = web.get("/intakes").text
    order = [html.index(i.public_id) for i in (flagged, started, calm)]
    assert order == sorted(order)
    assert "1 urgent" in html


def test_list_filters_by_status_and_flags(engine: IntakeEngine, web: TestClient) -> None:
    flagged = full_intake_with_flag(engine, "patient-a")
    started = run_intake(engine, "patient-c", ("several days",))
    active = web.get("/intakes?status=active").text
    assert started.public_id in active and flagged.public_id not in active
    only_flagged = web.get("/intakes?flagged=1").text
    assert flagged.public_id in only_flagged and started.public_id not in only_flagged
    by_patient = web.get("/intakes?patient=patient-c").text
    assert started.public_id in by_patient and flagged.public_id not in by_patient


def test_detail_shows_the_urgent_flag_first_with_the_patients_words(
    web: TestClient, flagged: IntakeRecord
) -> None:
    html = web.get(f"/intakes/{flagged.public_id}").text
    sections = re.findall(r'<section id="([a-z]+)"', html)
    assert sections[:2] == ["flags", "scores"]
    first_flag = html.index('class="flag urgent"')
    assert first_flag < html.index('class="flag review"') < html.index('id="scores"')
    assert "everyone would be better off without me" in html[first_flag : html.index('id="scores"')]


def test_detail_shows_totals_bands_profile_chart_and_every_section(
    web: TestClient, flagged: IntakeRecord
) -> None:
    html = web.get(f"/intakes/{flagged.public_id}").text
    assert "Total <strong>12</strong> of 27 · <strong>Moderate</strong>" in html
    assert "Total <strong>9</strong> of 21 · <strong>Mild</strong>" in html
    phq9 = html[html.index('id="instrument-phq9"') : html.index('id="instrument-cssrs"')]
    assert phq9.count('<rect class="bar"') == 9  # item 10 is unscored: no bar
    for section in ("concerns", "medications", "lifestyle", "questions", "consent"):
        assert f'<section id="{section}"' in html
    assert "Not collected by this version of the assistant." in html
    assert "Can I take St John&#39;s wort with my sertraline?" in html
    assert "given (consent-v1)" in html


def test_a_second_intake_of_the_same_pseudonym_gets_a_trend_chart(
    engine: IntakeEngine, web: TestClient
) -> None:
    first = mild_intake(engine, "patient-t", days_ago=30)
    html = web.get(f"/intakes/{first.public_id}").text
    assert 'id="trend"' not in html  # one screening: nothing to compare
    second = full_intake_with_flag(engine, "patient-t")
    html = web.get(f"/intakes/{second.public_id}").text
    trend = html[html.index('id="trend"') : html.index('id="concerns"')]
    assert trend.count("<polyline") == 2  # PHQ-9 and GAD-7
    assert "6 (Mild)" in trend and "12 (Moderate)" in trend


def test_unknown_intake_is_a_404(web: TestClient) -> None:
    assert web.get("/intakes/no-such-intake").status_code == 404


# -- audit ------------------------------------------------------------------------------
def test_views_exports_and_logins_are_in_the_audit_log(
    store: IntakeStore, web: TestClient, flagged: IntakeRecord
) -> None:
    web.get("/intakes")
    web.get(f"/intakes/{flagged.public_id}")
    web.get(f"/intakes/{flagged.public_id}/fhir.json")
    web.get(f"/intakes/{flagged.public_id}/summary.json")
    api = client(store)
    api.get(
        f"/api/v1/intakes/{flagged.public_id}/fhir",
        headers={"Authorization": f"Bearer {_token(store)}"},
    )
    events = PractitionerStore(store.engine).audit_events()
    seen = [(e.action, e.via, e.intake_public_id) for e in reversed(events)]
    assert seen == [
        ("login_ok", "web", None),
        ("view_list", "web", None),
        ("view_intake", "web", flagged.public_id),
        ("export_fhir", "web", flagged.public_id),
        ("export_json", "web", flagged.public_id),
        ("export_fhir", "api", flagged.public_id),
    ]
    assert {e.actor for e in events} == {"drlee"}


def test_only_admins_can_read_the_audit_log(store: IntakeStore, web: TestClient) -> None:
    assert web.get("/audit").status_code == 403
    add_account(store, "admin", role="admin")
    admin = client(store)
    assert log_in(admin, "admin") == 303
    page = admin.get("/audit")
    assert page.status_code == 200
    assert "login_ok" in page.text and "drlee" in page.text


def test_the_audit_log_shows_a_patients_erasure_without_a_link_to_the_gone_intake(
    store: IntakeStore, flagged: IntakeRecord
) -> None:
    for flag in store.pending_alerts(flagged.id):  # delivered: erasure may go ahead
        store.record_alert(flag.id, "sent", "telegram", 1, "ok")
    store.erase_patient(flagged.patient_ref, audit=ErasureAudit("patient", "socketio"))
    add_account(store, "admin", role="admin")
    admin = client(store)
    assert log_in(admin, "admin") == 303
    page = admin.get("/audit").text
    row = next(r for r in page.split("<tr") if "patient_erased" in r)
    assert flagged.public_id[:8] in row and "socketio" in row and "intakes=1 rows=" in row
    assert f"/intakes/{flagged.public_id}" not in row and "<td>patient</td>" in row


# -- API --------------------------------------------------------------------------------
def test_api_lists_intakes_with_links(store: IntakeStore, flagged: IntakeRecord) -> None:
    c = client(store)
    response = c.get("/api/v1/intakes", headers={"Authorization": f"Bearer {_token(store)}"})
    assert response.status_code == 200
    [row] = response.json()["intakes"]
    assert row["intake_id"] == flagged.public_id
    assert row["urgent_flags"] == 1 and row["review_flags"] == 1
    assert row["fhir_url"].endswith(f"/api/v1/intakes/{flagged.public_id}/fhir")


def test_api_summary_is_the_schema_versioned_summary(
    store: IntakeStore, flagged: IntakeRecord
) -> None:
    c = client(store)
    auth_header = {"Authorization": f"Bearer {_token(store)}"}
    summary = c.get(f"/api/v1/intakes/{flagged.public_id}", headers=auth_header).json()
    assert summary["schema_version"] == SCHEMA_VERSION
    validate_summary(summary)
    missing = c.get("/api/v1/intakes/nope", headers=auth_header)
    assert missing.status_code == 404


def test_api_fhir_is_a_valid_r4_bundle(store: IntakeStore, flagged: IntakeRecord) -> None:
    c = client(store)
    response = c.get(
        f"/api/v1/intakes/{flagged.public_id}/fhir",
        headers={"Authorization": f"Bearer {_token(store)}"},
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/fhir+json")
    bundle = response.json()
    validate_bundle(bundle)
    assert bundle["resourceType"] == "Bundle" and bundle["type"] == "collection"


def test_openapi_describes_the_api(store: IntakeStore) -> None:
    c = client(store)
    doc = c.get("/api/v1/openapi.json", headers={"Authorization": f"Bearer {_token(store)}"})
    paths = doc.json()["paths"]
    assert set(paths) == {
        "/intakes",
        "/intakes/{public_id}",
        "/intakes/{public_id}/fhir",
        "/openapi.json",
    }
    assert doc.json()["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"


def test_a_disabled_account_loses_its_session_and_its_tokens(
    store: IntakeStore, web: TestClient
) -> None:
    token = _token(store)
    with store.engine.begin() as conn:
        conn.execute(update(Practitioner).values(active=False))
    assert web.get("/intakes").status_code == 303
    c = client(store)
    assert c.get("/api/v1/intakes", headers={"Authorization": f"Bearer {token}"}).status_code == 401


# -- rendering of what other issues add to the summary ----------------------------------
def _render_detail(store: IntakeStore, intake: IntakeRecord, **extra: object) -> str:
    """The detail template over the real view context of `intake`, with summary keys that
    other issues are adding (medications, interaction flags, lifestyle) set in it."""
    from bot.practitioner import views

    context = views.detail(store, intake)
    context["summary"].update(extra)
    context["has_lifestyle"] = "lifestyle" in context["summary"]
    template = create_app(store, settings()).state.services.templates.get_template("detail.html")
    return str(template.render(request=None, account=None, csrf="", notice=None, **context))


def test_medications_interactions_and_lifestyle_are_shown_when_the_summary_has_them(
    store: IntakeStore, flagged: IntakeRecord
) -> None:
    html = _render_detail(
        store,
        flagged,
        medications=[
            {
                "name": "sertraline",
                "kind": "medication",
                "status": "current",
                "classes": ["ssri", "serotonergic"],
                "patient_words": "I take sertraline",
                "details": "50 mg since March",
                "confirmed": True,
            }
        ],
        interaction_flags=[
            {
                "rule_id": "maoi_serotonergic",
                "severity": "highest",
                "title": "MAOI with a serotonergic agent",
                "items": ["phenelzine", "sertraline"],
                "description": "Serotonin toxicity risk.",
                "source": "CLINICAL.md section 8",
            }
        ],
        medication_details="50 mg since March",
        lifestyle={"alcohol_units_per_week": 4, "exercise": "walks daily"},
    )
    flags = html[html.index('id="flags"') : html.index('id="scores"')]
    assert "MAOI with a serotonergic agent" in flags and "phenelzine + sertraline" in flags
    meds = html[html.index('id="medications"') : html.index('id="lifestyle"')]
    assert "sertraline" in meds and "50 mg since March" in meds and "ssri, serotonergic" in meds
    lifestyle = html[html.index('id="lifestyle"') : html.index('id="questions"')]
    assert "alcohol units per week" in lifestyle and "walks daily" in lifestyle
    assert "Not collected" not in lifestyle


def test_patient_text_is_escaped_not_run(engine: IntakeEngine, web: TestClient) -> None:
    intake = run_intake(
        engine,
        "patient-x",
        ("several days",),
        concerns='<script>alert("x")</script><img src=x onerror=alert(1)>',
    )
    html = web.get(f"/intakes/{intake.public_id}").text
    assert "<script>" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html
