"""JSON API with bearer tokens (`intake practitioner token USERNAME`), under /api/v1.

GET /intakes                 the intake list (newest first, urgent flags on top)
GET /intakes/{id}            the summary JSON (bot/summary/summary.schema.json, versioned)
GET /intakes/{id}/fhir       the same as a FHIR R4 Bundle (validated before it is sent)
GET /openapi.json            this API described as OpenAPI 3.0
Every call is audited; a missing or wrong token gets 401 with `WWW-Authenticate: Bearer`.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from functools import wraps
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot.practitioner import auth
from bot.store import IntakeRecord, UnknownIntakeError
from bot.store.practitioners import PractitionerRecord, intake_overview
from bot.summary import SCHEMA_VERSION, build_summary
from bot.summary.fhir import build_bundle, validate_bundle

if TYPE_CHECKING:
    from bot.practitioner.app import Services

Handler = Callable[[Request], Awaitable[Response]]
API_VERSION = "1.0"


def _services(request: Request) -> Services:
    found: Services = request.app.state.services
    return found


def _client(request: Request) -> str | None:
    return request.client.host if request.client else None


def _unauthorized(reason: str) -> Response:
    return JSONResponse(
        {"error": "unauthorized", "detail": reason},
        status_code=401,
        headers={"www-authenticate": 'Bearer realm="intake"'},
    )


def token_required(handler: Handler) -> Handler:
    @wraps(handler)
    async def wrapper(request: Request) -> Response:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return _unauthorized("send Authorization: Bearer <token> (intake practitioner token)")
        account = _services(request).practitioners.by_token_hash(auth.token_digest(token.strip()))
        if account is None:
            return _unauthorized("unknown or revoked token")
        request.state.account = account
        return await handler(request)

    return wrapper


def _audit(request: Request, action: str, intake_public_id: str | None = None) -> None:
    account: PractitionerRecord = request.state.account
    _services(request).practitioners.audit(
        account.username, action, "api", intake_public_id=intake_public_id, client=_client(request)
    )


def _intake(request: Request) -> IntakeRecord | None:
    try:
        return _services(request).intakes.get_by_public_id(request.path_params["public_id"])
    except UnknownIntakeError:
        return None


def _not_found() -> Response:
    return JSONResponse({"error": "not_found", "detail": "no such intake"}, status_code=404)


@token_required
async def list_intakes(request: Request) -> Response:
    svc = _services(request)
    _audit(request, "view_list")
    base = svc.settings.base_url
    rows = intake_overview(svc.intakes.engine, limit=500)
    return JSONResponse(
        {
            "api_version": API_VERSION,
            "intakes": [
                {
                    "intake_id": r.public_id,
                    "patient_ref": r.patient_ref,
                    "status": r.status,
                    "started_at": r.created_at.isoformat(),
                    "completed_at": r.completed_at.isoformat() if r.completed_at else None,
                    "urgent_flags": r.urgent_flags,
                    "review_flags": r.review_flags,
                    "summary_url": f"{base}/api/v1/intakes/{r.public_id}",
                    "fhir_url": f"{base}/api/v1/intakes/{r.public_id}/fhir",
                }
                for r in rows
            ],
        }
    )


@token_required
async def get_summary(request: Request) -> Response:
    intake = _intake(request)
    if intake is None:
        return _not_found()
    _audit(request, "export_json", intake.public_id)
    return JSONResponse(build_summary(_services(request).intakes, intake))


@token_required
async def get_fhir(request: Request) -> Response:
    intake = _intake(request)
    if intake is None:
        return _not_found()
    _audit(request, "export_fhir", intake.public_id)
    bundle = build_bundle(build_summary(_services(request).intakes, intake))
    validate_bundle(bundle)  # never serve a Bundle the R4 models reject
    return Response(json.dumps(bundle, ensure_ascii=False), media_type="application/fhir+json")


def openapi_document() -> dict[str, Any]:
    bearer: list[dict[str, list[str]]] = [{"bearer": []}]
    intake_id = {
        "name": "public_id",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "format": "uuid"},
        "description": "The intake's public id (summary field intake_id).",
    }
    errors = {
        "401": {"description": "Missing, unknown or revoked bearer token."},
        "404": {"description": "No intake with this id."},
    }
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Intake assistant practitioner API",
            "version": API_VERSION,
            "description": (
                "Read-only access to intake summaries. Tokens: `intake practitioner token "
                f"USERNAME`. Summary schema version {SCHEMA_VERSION} "
                "(bot/summary/summary.schema.json). Every call is written to the audit log."
            ),
        },
        "servers": [{"url": "/api/v1"}],
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
        "security": bearer,
        "paths": {
            "/intakes": {
                "get": {
                    "summary": "List intakes: urgent flags first, then newest first",
                    "responses": {
                        "200": {"description": "Intakes with flag counts and links."},
                        "401": errors["401"],
                    },
                }
            },
            "/intakes/{public_id}": {
                "get": {
                    "summary": "The intake summary (schema-versioned JSON)",
                    "parameters": [intake_id],
                    "responses": {
                        "200": {
                            "description": "Summary; see schema_version.",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        },
                        **errors,
                    },
                }
            },
            "/intakes/{public_id}/fhir": {
                "get": {
                    "summary": "The intake as a FHIR R4 (4.0.1) Bundle of type collection",
                    "parameters": [intake_id],
                    "responses": {
                        "200": {
                            "description": (
                                "Patient (pseudonym), QuestionnaireResponse per instrument, "
                                "Observation panel and total, Flag, RiskAssessment, "
                                "MedicationStatement, DetectedIssue."
                            ),
                            "content": {"application/fhir+json": {"schema": {"type": "object"}}},
                        },
                        **errors,
                    },
                }
            },
            "/openapi.json": {
                "get": {
                    "summary": "This description",
                    "responses": {"200": {"description": "OpenAPI 3.0 document."}},
                }
            },
        },
    }


@token_required
async def openapi(request: Request) -> Response:
    return JSONResponse(openapi_document())


def routes() -> list[Route]:
    return [
        Route("/intakes", list_intakes, methods=["GET"]),
        Route("/intakes/{public_id}", get_summary, methods=["GET"]),
        Route("/intakes/{public_id}/fhir", get_fhir, methods=["GET"]),
        Route("/openapi.json", openapi, methods=["GET"]),
    ]
