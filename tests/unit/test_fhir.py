"""The FHIR R4 Bundle of real intakes: valid for fhir.resources' R4 (4.0.1) models, and
coded as CLINICAL.md §1, §2 and §9 say (the codes below are copied from there)."""

from __future__ import annotations

import copy
from typing import Any

import fhir.resources
import pytest

from bot.config import PROJECT_ROOT
from bot.intake import IntakeEngine
from bot.store import IntakeStore
from bot.summary import build_summary
from bot.summary.fhir import LOINC, ORDINAL_VALUE, RISK_PROBABILITY, build_bundle, validate_bundle
from tests.intakes import full_intake_with_flag, run_intake

# CLINICAL.md §1 (PHQ-9 items 1-10 in order; the codes are not in sequence) and §2 (GAD-7).
PHQ9_ITEMS = [
    "44250-9",
    "44255-8",
    "44259-0",
    "44254-1",
    "44251-7",
    "44258-2",
    "44252-5",
    "44253-3",
    "44260-8",
    "69722-7",
]
GAD7_ITEMS = ["69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"]
FREQUENCY_ANSWERS = {"LA6568-5": 0, "LA6569-3": 1, "LA6570-1": 2, "LA6571-9": 3}
DIFFICULTY_ANSWERS = {"LA6572-7": 0, "LA6573-5": 1, "LA6575-0": 2, "LA6574-3": 3}
PANELS = {"44249-1": "44261-6", "69737-5": "70274-6"}  # panel -> total

MEDICATIONS = [
    {
        "name": "sertraline",
        "kind": "medication",
        "status": "current",
        "classes": ["ssri", "serotonergic"],
        "patient_words": "I take sertraline every morning",
        "details": "50 mg since March",
        "confirmed": True,
    },
    {
        "name": "st john's wort",
        "kind": "supplement",
        "status": "current",
        "classes": ["serotonergic"],
        "patient_words": "and some st johns wort",
        "details": None,
        "confirmed": False,
    },
]
INTERACTIONS = [
    {
        "rule_id": "serotonergic_combination",
        "severity": "high",
        "title": "Two serotonergic agents",
        "items": ["sertraline", "st john's wort"],
        "description": "Risk of serotonin toxicity.",
        "source": "CLINICAL.md section 8",
    }
]


@pytest.fixture
def summary(engine: IntakeEngine, store: IntakeStore) -> dict[str, Any]:
    return build_summary(store, full_intake_with_flag(engine))


def _resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def _by_url(bundle: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {e["fullUrl"]: e["resource"] for e in bundle["entry"]}


def test_the_model_library_is_fhir_r4() -> None:
    assert fhir.resources.__fhir_version__ == "4.0.1"


def test_bundle_of_a_full_intake_validates_as_r4(summary: dict[str, Any]) -> None:
    bundle = build_bundle(summary)
    validate_bundle(bundle)
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds.count("QuestionnaireResponse") == 3  # PHQ-9, C-SSRS, GAD-7
    assert {"Patient", "Observation", "Flag", "RiskAssessment"} <= set(kinds)


def test_an_invalid_bundle_is_rejected(summary: dict[str, Any]) -> None:
    bundle = build_bundle(summary)
    del _resources(bundle, "Flag")[0]["subject"]  # Flag.subject is 1..1
    with pytest.raises(ValueError, match="subject"):
        validate_bundle(bundle)


def test_item_link_ids_and_answers_carry_the_loinc_codes(summary: dict[str, Any]) -> None:
    bundle = build_bundle(summary)
    responses = {
        r["questionnaire"].split("/")[-1].split("|")[0]: r
        for r in _resources(bundle, "QuestionnaireResponse")
    }
    phq9 = responses["phq9"]["item"]
    assert [i["linkId"] for i in phq9] == PHQ9_ITEMS
    for item in phq9[:9]:
        coding = item["answer"][0]["valueCoding"]
        assert coding["system"] == LOINC
        assert FREQUENCY_ANSWERS[coding["code"]] == coding["extension"][0]["valueDecimal"]
        assert coding["extension"][0]["url"] == ORDINAL_VALUE
    very_difficult = phq9[9]["answer"][0]["valueCoding"]
    assert very_difficult["display"] == "Very difficult"
    assert very_difficult["code"] == "LA6575-0"  # not LA6574-3: the swap CLINICAL.md warns of
    assert DIFFICULTY_ANSWERS[very_difficult["code"]] == 2
    assert [i["linkId"] for i in responses["gad7"]["item"]] == GAD7_ITEMS
    cssrs = responses["cssrs"]["item"]
    assert [i["answer"][0]["valueBoolean"] for i in cssrs] == [True] + [False] * 5


def test_totals_are_integers_under_the_panel_codes_not_the_panel_code_itself(
    summary: dict[str, Any],
) -> None:
    bundle = build_bundle(summary)
    urls = _by_url(bundle)
    observations = _resources(bundle, "Observation")
    panels = [o for o in observations if "hasMember" in o]
    assert {p["code"]["coding"][0]["code"] for p in panels} == set(PANELS)
    totals = {}
    for panel in panels:
        [member] = panel["hasMember"]
        total = urls[member["reference"]]
        assert total["code"]["coding"][0]["code"] == PANELS[panel["code"]["coding"][0]["code"]]
        assert "valueString" not in total  # the US Core example's trap (§9)
        assert total["category"][0]["coding"][0]["code"] == "survey"
        assert urls[total["derivedFrom"][0]["reference"]]["resourceType"] == (
            "QuestionnaireResponse"
        )
        totals[total["code"]["coding"][0]["code"]] = total["valueInteger"]
    assert totals == {"44261-6": 12, "70274-6": 9}
    assert all(
        o["code"]["coding"][0]["code"] != "44249-1" for o in observations if "valueInteger" in o
    )


def test_safety_flags_become_flags_and_risk_assessments(summary: dict[str, Any]) -> None:
    bundle = build_bundle(summary)
    flags = _resources(bundle, "Flag")
    assert [f["code"]["coding"][0]["code"] for f in flags] == [
        "phq9_item9_positive",
        "cssrs_wish_dead",
    ]
    assert all(f["status"] == "active" for f in flags)
    risks = _resources(bundle, "RiskAssessment")
    assert len(risks) == 2
    item9, cssrs = risks
    assert "better off without me" in item9["note"][0]["text"]  # the patient's words
    assert "qualitativeRisk" not in item9["prediction"][0]  # a positive item, not a grade
    graded = cssrs["prediction"][0]["qualitativeRisk"]["coding"][0]
    assert graded == {"system": RISK_PROBABILITY, "code": "moderate"}
    urls = _by_url(bundle)
    assert urls[cssrs["basis"][0]["reference"]]["resourceType"] == "QuestionnaireResponse"


def test_medications_and_interactions_are_included_when_present(
    summary: dict[str, Any],
) -> None:
    with_meds = copy.deepcopy(summary)
    with_meds["medications"] = MEDICATIONS
    with_meds["interaction_flags"] = INTERACTIONS
    bundle = build_bundle(with_meds)
    validate_bundle(bundle)
    statements = _resources(bundle, "MedicationStatement")
    assert [s["medicationCodeableConcept"]["text"] for s in statements] == [
        "sertraline",
        "st john's wort",
    ]
    assert statements[0]["status"] == "active"
    assert any("50 mg since March" in n["text"] for n in statements[0]["note"])
    [issue] = _resources(bundle, "DetectedIssue")
    assert issue["severity"] == "high"
    urls = _by_url(bundle)
    assert [
        urls[r["reference"]]["medicationCodeableConcept"]["text"] for r in issue["implicated"]
    ] == [
        "sertraline",
        "st john's wort",
    ]


def test_an_unfinished_instrument_has_no_total(engine: IntakeEngine, store: IntakeStore) -> None:
    intake = run_intake(engine, "p-half", ("several days",) * 4)
    bundle = build_bundle(build_summary(store, intake))
    validate_bundle(bundle)
    assert _resources(bundle, "Observation") == []
    [response] = _resources(bundle, "QuestionnaireResponse")
    assert response["status"] == "in-progress" and len(response["item"]) == 4


def test_the_same_intake_gives_the_same_resource_ids(summary: dict[str, Any]) -> None:
    first, second = build_bundle(summary), build_bundle(summary)
    assert [e["fullUrl"] for e in first["entry"]] == [e["fullUrl"] for e in second["entry"]]


def test_the_codes_used_here_are_the_ones_in_clinical_md() -> None:
    clinical = PROJECT_ROOT.parent / "shared" / "CLINICAL.md"
    if not clinical.exists():
        pytest.skip(f"{clinical} is not beside this checkout")
    text = clinical.read_text(encoding="utf-8")
    codes = [*PHQ9_ITEMS, *GAD7_ITEMS, *FREQUENCY_ANSWERS, *DIFFICULTY_ANSWERS]
    codes += [*PANELS, *PANELS.values()]
    assert [c for c in codes if c not in text] == []
    assert "Very **`LA6575-0`**" in text and "Extremely **`LA6574-3`**" in text
