"""The summary as a FHIR R4 (4.0.1) Bundle (DESIGN.md "Summary contract", CLINICAL.md §9).

Built from the summary dict alone, so the Bundle says exactly what the summary says:
- Patient: the pseudonymous reference only, as an identifier.
- QuestionnaireResponse per instrument: linkId = the item's LOINC code where it has one
  (CLINICAL.md §9), answers as LOINC LA codes with the score in the `ordinalValue` extension
  (the LOINC answer list carries no scores, CLINICAL.md §1); yes/no items as booleans.
- Observation per scored instrument: the panel (44249-1 PHQ-9, 69737-5 GAD-7) with
  `hasMember` -> the total (44261-6, 70274-6) as valueInteger (not valueString, the trap in
  §9); category `survey`; `derivedFrom` -> the QuestionnaireResponse. An incomplete
  instrument has no total Observation: unanswered items are never scored 0.
- Flag per safety / review flag; RiskAssessment per safety flag (risk-probability code when
  the screen graded it, the patient's words as a note), MedicationStatement per medication
  or supplement, DetectedIssue per interaction flag.
Ids are UUIDs derived from the intake id, so the same intake always gives the same Bundle.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import Any

LOINC = "http://loinc.org"
# Our own code systems (flag kinds, non-LOINC answers, patient references) live under this
# base; a clinic may publish its own and change it here.
LOCAL_BASE = "https://example.org/intake-assistant/fhir"
PATIENT_REF_SYSTEM = f"{LOCAL_BASE}/patient-ref"
FLAG_KIND_SYSTEM = f"{LOCAL_BASE}/CodeSystem/flag-kind"
ANSWER_SYSTEM = f"{LOCAL_BASE}/CodeSystem/answer"
QUESTIONNAIRE_BASE = f"{LOCAL_BASE}/Questionnaire"
INTERACTION_RULE_SYSTEM = f"{LOCAL_BASE}/CodeSystem/interaction-rule"
ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category"
RISK_PROBABILITY = "http://terminology.hl7.org/CodeSystem/risk-probability"

# Our screen levels -> risk-probability codes. "possible" is an ungraded positive screen,
# so it is reported as moderate rather than low (a design choice: never understate a risk).
QUALITATIVE_RISK = {"possible": "moderate", "high": "high", "emergency": "high"}
# Interaction severities -> DetectedIssue.severity (high | moderate | low).
ISSUE_SEVERITY = {"highest": "high", "high": "high", "moderate": "moderate"}
METHODS = {
    "cssrs": "C-SSRS screener",
    "phq9": "PHQ-9 item 9",
    None: "Conversation risk screen (rule-based, bot/safety)",
}


def _id(intake_id: str, *parts: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "/".join((LOCAL_BASE, intake_id, *parts))))


def _ref(resource_id: str) -> dict[str, str]:
    return {"reference": f"urn:uuid:{resource_id}"}


def _datetime(value: str | None) -> str | None:
    """FHIR dateTime needs a time zone once a time is given; the store writes UTC."""
    if value is None:
        return None
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.isoformat()


def _answer(item: dict[str, Any]) -> dict[str, Any] | None:
    if item.get("status") != "answered" or item.get("value") is None:
        return None
    value, label, score = item["value"], item.get("label"), item.get("score")
    if item.get("answer_loinc"):
        coding: dict[str, Any] = {"system": LOINC, "code": item["answer_loinc"]}
    elif value in ("yes", "no"):
        return {"valueBoolean": value == "yes"}
    else:
        coding = {"system": ANSWER_SYSTEM, "code": value}
    if label:
        coding["display"] = label
    if score is not None:
        coding["extension"] = [{"url": ORDINAL_VALUE, "valueDecimal": score}]
    return {"valueCoding": coding}


def _questionnaire_response(
    summary: dict[str, Any], inst: dict[str, Any], rid: str, patient: str
) -> dict[str, Any]:
    items = []
    for item in inst["items"]:
        answer = _answer(item)
        if answer is None:
            continue  # unanswered: listed in the summary's missing_items, never scored 0
        entry: dict[str, Any] = {
            "linkId": item.get("loinc") or f"{inst['id']}-{item['item_id']}",
            "text": item["text"],
            "answer": [answer],
        }
        items.append(entry)
    resource: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "id": rid,
        "questionnaire": f"{QUESTIONNAIRE_BASE}/{inst['id']}|{inst.get('version', '1.0')}",
        "status": "completed" if inst["complete"] else "in-progress",
        "subject": _ref(patient),
        "authored": _datetime(summary.get("completed_at") or summary.get("updated_at"))
        or _datetime(summary["started_at"]),
        "item": items,
    }
    if not items:
        del resource["item"]
    return resource


def _observations(
    summary: dict[str, Any], inst: dict[str, Any], qr_id: str, patient: str
) -> list[dict[str, Any]]:
    panel_code, total_code = inst.get("loinc_panel"), inst.get("loinc_total")
    if inst.get("total") is None or not panel_code or not total_code:
        return []
    effective = _datetime(summary.get("completed_at") or summary.get("updated_at"))
    category = [
        {"coding": [{"system": OBSERVATION_CATEGORY, "code": "survey", "display": "Survey"}]}
    ]
    total_id = _id(summary["intake_id"], inst["id"], "total")
    total: dict[str, Any] = {
        "resourceType": "Observation",
        "id": total_id,
        "status": "final",
        "category": category,
        "code": {
            "coding": [{"system": LOINC, "code": total_code}],
            "text": f"{inst.get('short_name', inst['id'])} total score",
        },
        "subject": _ref(patient),
        "effectiveDateTime": effective,
        "valueInteger": inst["total"],
        "derivedFrom": [_ref(qr_id)],
    }
    if inst.get("band"):
        total["interpretation"] = [{"text": inst["band"]}]
    panel = {
        "resourceType": "Observation",
        "id": _id(summary["intake_id"], inst["id"], "panel"),
        "status": "final",
        "category": category,
        "code": {"coding": [{"system": LOINC, "code": panel_code}], "text": inst["name"]},
        "subject": _ref(patient),
        "effectiveDateTime": effective,
        "hasMember": [_ref(total_id)],
        "derivedFrom": [_ref(qr_id)],
    }
    return [panel, total]


def _flag(summary: dict[str, Any], flag: dict[str, Any], n: int, patient: str) -> dict[str, Any]:
    # flag-category has no verified code for a safety screen (CLINICAL.md §9: whether
    # `behavioral` / `safety` exist there is UNVERIFIED), so the category is text only.
    category = "Safety" if flag.get("category") else "Review"
    return {
        "resourceType": "Flag",
        "id": _id(summary["intake_id"], "flag", str(n)),
        "status": "active",
        "category": [{"text": category}],
        "code": {
            "coding": [{"system": FLAG_KIND_SYSTEM, "code": flag["kind"]}],
            "text": flag["description"],
        },
        "subject": _ref(patient),
        "period": {"start": _datetime(flag["raised_at"])},
    }


def _risk_assessment(
    summary: dict[str, Any],
    flag: dict[str, Any],
    n: int,
    patient: str,
    qr_ids: dict[str, str],
) -> dict[str, Any]:
    notes = [{"text": f"Raised by: {flag['evidence']}"}] if flag.get("evidence") else []
    notes += [{"text": f"Patient's comment: {a['text']}"} for a in flag["patient_annotations"]]
    category = flag.get("category") or "suicide_self_harm"  # PHQ-9 item 9 has no category
    prediction: dict[str, Any] = {"outcome": {"text": category.replace("_", " ")}}
    if flag.get("risk"):
        prediction["qualitativeRisk"] = {
            "coding": [{"system": RISK_PROBABILITY, "code": QUALITATIVE_RISK[flag["risk"]]}],
            "text": f"screen level: {flag['risk']}",
        }
    else:  # a positive item that needs assessment, not a graded risk: no probability claimed
        prediction["rationale"] = flag["description"]
    resource: dict[str, Any] = {
        "resourceType": "RiskAssessment",
        "id": _id(summary["intake_id"], "risk", str(n)),
        "status": "final",
        "method": {"text": METHODS.get(flag.get("instrument"), METHODS[None])},
        "subject": _ref(patient),
        "occurrenceDateTime": _datetime(flag["raised_at"]),
        "prediction": [prediction],
    }
    if flag.get("instrument") in qr_ids:
        resource["basis"] = [_ref(qr_ids[flag["instrument"]])]
    if notes:
        resource["note"] = notes
    return resource


def _medication_statement(
    summary: dict[str, Any], med: dict[str, Any], n: int, patient: str
) -> dict[str, Any]:
    notes = [{"text": f"{med.get('kind', 'medication').capitalize()} named by the patient."}]
    if med.get("patient_words"):
        notes.append({"text": f"Patient's words: {med['patient_words']}"})
    if med.get("details"):
        notes.append({"text": f"Dose / since when (patient's words): {med['details']}"})
    if not med.get("confirmed", False):
        notes.append({"text": "Not confirmed by the patient."})
    resource: dict[str, Any] = {
        "resourceType": "MedicationStatement",
        "id": _id(summary["intake_id"], "med", str(n)),
        "status": "active" if med.get("status") == "current" else "completed",
        "medicationCodeableConcept": {"text": med["name"]},
        "subject": _ref(patient),
        "informationSource": _ref(patient),
        "note": notes,
    }
    asserted = _datetime(summary.get("completed_at") or summary.get("updated_at"))
    if asserted:
        resource["dateAsserted"] = asserted
    return resource


def _detected_issue(
    summary: dict[str, Any], issue: dict[str, Any], n: int, patient: str, meds: dict[str, str]
) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "DetectedIssue",
        "id": _id(summary["intake_id"], "interaction", str(n)),
        "status": "preliminary",
        "code": {
            "coding": [{"system": INTERACTION_RULE_SYSTEM, "code": issue["rule_id"]}],
            "text": issue["title"],
        },
        "severity": ISSUE_SEVERITY.get(issue.get("severity", ""), "high"),
        "patient": _ref(patient),
        "detail": issue.get("description") or issue["title"],
    }
    implicated = [_ref(meds[name]) for name in issue.get("items", []) if name in meds]
    if implicated:
        resource["implicated"] = implicated
    if issue.get("source"):  # a citation, not a URI, so it goes in the detail text
        resource["detail"] += f" Source: {issue['source']}"
    return resource


def build_bundle(summary: dict[str, Any]) -> dict[str, Any]:
    """A FHIR R4 Bundle (type collection) for one summary (bot.summary.build_summary)."""
    intake_id = summary["intake_id"]
    patient_id = _id(intake_id, "patient")
    resources: list[dict[str, Any]] = [
        {
            "resourceType": "Patient",
            "id": patient_id,
            "identifier": [{"system": PATIENT_REF_SYSTEM, "value": summary["patient_ref"]}],
        }
    ]
    qr_ids: dict[str, str] = {}
    for inst in summary["instruments"]:
        qr_id = _id(intake_id, inst["id"], "response")
        qr_ids[inst["id"]] = qr_id
        resources.append(_questionnaire_response(summary, inst, qr_id, patient_id))
        resources += _observations(summary, inst, qr_id, patient_id)
    for n, flag in enumerate(summary["flags"]):
        if flag["severity"] == "info":
            continue  # e.g. "said they were safe": context in the summary, not a warning
        resources.append(_flag(summary, flag, n, patient_id))
        if flag.get("category") or flag["severity"] == "urgent":
            resources.append(_risk_assessment(summary, flag, n, patient_id, qr_ids))
    med_ids: dict[str, str] = {}
    for n, med in enumerate(summary.get("medications", [])):
        statement = _medication_statement(summary, med, n, patient_id)
        med_ids.setdefault(med["name"], statement["id"])
        resources.append(statement)
    for n, issue in enumerate(summary.get("interaction_flags", [])):
        resources.append(_detected_issue(summary, issue, n, patient_id, med_ids))
    return {
        "resourceType": "Bundle",
        "id": _id(intake_id, "bundle"),
        "meta": {
            "tag": [{"system": f"{LOCAL_BASE}/summary-schema", "code": summary["schema_version"]}]
        },
        "identifier": {"system": f"{LOCAL_BASE}/intake", "value": intake_id},
        "type": "collection",
        "timestamp": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "entry": [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in resources],
    }


def validate_bundle(bundle: dict[str, Any]) -> None:
    """Parse with the fhir.resources R4 models; raises pydantic.ValidationError if invalid."""
    from fhir.resources.bundle import Bundle

    Bundle.parse_obj(bundle)
