"""Web pages: login / logout, the intake list, the detail page, exports and the audit log.

Every page but /login needs a session; POST forms carry the session's CSRF token.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from functools import wraps
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, quote

from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from bot.practitioner import auth, views
from bot.store import IntakeRecord, UnknownIntakeError
from bot.store.practitioners import PractitionerRecord, intake_overview
from bot.store.records import FINAL_STATUSES, OPEN_STATUSES
from bot.summary import build_summary
from bot.summary.fhir import build_bundle, validate_bundle

if TYPE_CHECKING:
    from bot.practitioner.app import Services

Handler = Callable[[Request], Awaitable[Response]]
MAX_FORM_BYTES = 8192
STATUSES = (*OPEN_STATUSES, *FINAL_STATUSES)


def services(request: Request) -> Services:
    found: Services = request.app.state.services
    return found


def client_of(request: Request) -> str | None:
    return request.client.host if request.client else None


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = auth.new_csrf_token()
        request.session["csrf"] = token
    return str(token)


def current_account(request: Request) -> PractitionerRecord | None:
    uid = request.session.get("uid")
    if not isinstance(uid, int):
        return None
    account: PractitionerRecord | None = services(request).practitioners.get(uid)
    if account is None or not account.active:
        request.session.clear()
        return None
    return account


def login_required(handler: Handler) -> Handler:
    @wraps(handler)
    async def wrapper(request: Request) -> Response:
        account = current_account(request)
        if account is None:
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?next={quote(target)}", status_code=303)
        request.state.account = account
        return await handler(request)

    return wrapper


async def read_form(request: Request) -> dict[str, str]:
    """A url-encoded form (our forms are small; parsed without a multipart dependency)."""
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        return {}
    parsed = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
    return {k: v[0] for k, v in parsed.items()}


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> Response:
    context.update(
        request=request,
        account=getattr(request.state, "account", None),
        csrf=csrf_token(request),
    )
    response: Response = services(request).templates.TemplateResponse(
        request, template, context, status_code=status_code
    )
    return response


def safe_next(target: str | None) -> str:
    """Only a local path (never //host or a scheme) may follow a login."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/intakes"


# -- login ------------------------------------------------------------------------------
async def login_page(request: Request) -> Response:
    if current_account(request) is not None:
        return RedirectResponse("/intakes", status_code=303)
    return render(request, "login.html", next=safe_next(request.query_params.get("next")))


async def login_submit(request: Request) -> Response:
    form = await read_form(request)
    target = safe_next(form.get("next"))
    if not auth.same_token(request.session.get("csrf"), form.get("csrf")):
        return render(
            request, "login.html", 400, next=target, error="The form expired; please try again."
        )
    result = auth.login(
        services(request).practitioners,
        form.get("username", ""),
        form.get("password", ""),
        client_of(request),
    )
    if result.outcome == "blocked":
        return render(
            request,
            "login.html",
            429,
            next=target,
            error="Too many failed logins. Wait 15 minutes, or ask an admin.",
        )
    if result.account is None:
        return render(request, "login.html", 401, next=target, error="Wrong username or password.")
    request.session.clear()  # a new session on login: no fixation
    request.session["uid"] = result.account.id
    request.session["csrf"] = auth.new_csrf_token()
    return RedirectResponse(target, status_code=303)


@login_required
async def logout(request: Request) -> Response:
    form = await read_form(request)
    if not auth.same_token(request.session.get("csrf"), form.get("csrf")):
        return PlainTextResponse("The form expired; go back and try again.", status_code=400)
    account: PractitionerRecord = request.state.account
    services(request).practitioners.audit(
        account.username, "logout", "web", client=client_of(request)
    )
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


# -- pages ------------------------------------------------------------------------------
@login_required
async def home(request: Request) -> Response:
    return RedirectResponse("/intakes", status_code=303)


@login_required
async def intake_list(request: Request) -> Response:
    svc = services(request)
    status = request.query_params.get("status") or None
    if status not in STATUSES:
        status = None
    flagged = request.query_params.get("flagged") == "1"
    patient = (request.query_params.get("patient") or "").strip() or None
    rows = intake_overview(
        svc.intakes.engine, status=status, flagged_only=flagged, patient_ref=patient
    )
    account: PractitionerRecord = request.state.account
    svc.practitioners.audit(
        account.username,
        "view_list",
        "web",
        client=client_of(request),
        detail=f"status={status or 'any'} flagged={int(flagged)} patient={patient or '-'}",
    )
    return render(
        request,
        "list.html",
        rows=rows,
        statuses=STATUSES,
        status=status,
        flagged=flagged,
        patient=patient or "",
    )


def _intake_or_none(request: Request) -> IntakeRecord | None:
    try:
        return services(request).intakes.get_by_public_id(request.path_params["public_id"])
    except UnknownIntakeError:
        return None


@login_required
async def intake_detail(request: Request) -> Response:
    svc = services(request)
    intake = _intake_or_none(request)
    if intake is None:
        return render(request, "error.html", 404, message="No such intake.")
    account: PractitionerRecord = request.state.account
    svc.practitioners.audit(
        account.username,
        "view_intake",
        "web",
        intake_public_id=intake.public_id,
        client=client_of(request),
    )
    context = views.detail(svc.intakes, intake)
    context["charts"] = {k: Markup(v) if v else None for k, v in context["charts"].items()}
    if context["trend_svg"]:
        context["trend_svg"] = Markup(context["trend_svg"])
    notice = svc.notices.for_intake(intake.id)
    return render(request, "detail.html", notice=notice, **context)


def _audited_export(request: Request, action: str) -> IntakeRecord | None:
    """The intake an export asks for, with the export written to the audit log first."""
    intake = _intake_or_none(request)
    if intake is not None:
        account: PractitionerRecord = request.state.account
        services(request).practitioners.audit(
            account.username,
            action,
            "web",
            intake_public_id=intake.public_id,
            client=client_of(request),
        )
    return intake


@login_required
async def export_json(request: Request) -> Response:
    intake = _audited_export(request, "export_json")
    if intake is None:
        return PlainTextResponse("No such intake.", status_code=404)
    return JSONResponse(
        build_summary(services(request).intakes, intake),
        headers={"content-disposition": f'attachment; filename="intake-{intake.public_id}.json"'},
    )


@login_required
async def export_fhir(request: Request) -> Response:
    intake = _audited_export(request, "export_fhir")
    if intake is None:
        return PlainTextResponse("No such intake.", status_code=404)
    bundle = build_bundle(build_summary(services(request).intakes, intake))
    validate_bundle(bundle)
    return Response(
        json.dumps(bundle, ensure_ascii=False),
        media_type="application/fhir+json",
        headers={
            "content-disposition": f'attachment; filename="intake-{intake.public_id}.fhir.json"'
        },
    )


@login_required
async def audit_log(request: Request) -> Response:
    svc = services(request)
    account: PractitionerRecord = request.state.account
    if not account.is_admin:
        return render(request, "error.html", 403, message="The audit log is for admins.")
    try:
        page = max(0, int(request.query_params.get("page", "0")))
    except ValueError:
        page = 0
    actor = (request.query_params.get("actor") or "").strip() or None
    intake_id = (request.query_params.get("intake") or "").strip() or None
    svc.practitioners.audit(account.username, "view_audit", "web", client=client_of(request))
    events = svc.practitioners.audit_events(
        limit=100, offset=page * 100, actor=actor, intake_public_id=intake_id
    )
    return render(
        request,
        "audit.html",
        events=events,
        page=page,
        actor=actor or "",
        intake=intake_id or "",
    )


def routes() -> list[Route]:
    return [
        Route("/login", login_page, methods=["GET"]),
        Route("/login", login_submit, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/", home, methods=["GET"]),
        Route("/intakes", intake_list, methods=["GET"]),
        Route("/intakes/{public_id}", intake_detail, methods=["GET"]),
        Route("/intakes/{public_id}/summary.json", export_json, methods=["GET"]),
        Route("/intakes/{public_id}/fhir.json", export_fhir, methods=["GET"]),
        Route("/audit", audit_log, methods=["GET"]),
    ]
