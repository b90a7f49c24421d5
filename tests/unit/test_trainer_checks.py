"""`make validate`'s own checks (bot/trainer_checks.py): each fails on a broken fixture with a
message a trainer can act on, and passes on the real project.

The fixtures are small project-shaped folders under tests/fixtures/trainer_checks/<check>/.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot import trainer_checks as tc
from scripts.validate_data import report

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "trainer_checks"


def the_problem(problems: list[str], *fragments: str) -> str:
    """The one problem that mentions every fragment; it must also say how to fix it."""
    matching = [p for p in problems if all(f in p for f in fragments)]
    assert len(matching) == 1, f"{fragments} in {len(matching)} of:\n" + "\n".join(problems)
    assert " Fix: " in matching[0]
    return matching[0]


@pytest.mark.parametrize(("title", "check"), tc.CHECKS)
def test_the_real_project_passes_every_check(
    title: str, check: Callable[[Path], list[str]]
) -> None:
    assert check(ROOT) == [], title


# --- a. instrument files ------------------------------------------------------------------


@pytest.fixture(scope="module")
def instrument_problems() -> list[str]:
    return tc.check_instruments(FIXTURES / "instruments")


def test_missing_source_licence_and_status_are_each_reported(
    instrument_problems: list[str],
) -> None:
    for key in ("source", "license", "license_status"):
        the_problem(instrument_problems, "bot/instruments/incomplete.yml:", f"has no `{key}`")


def test_an_item_without_wording_is_reported(instrument_problems: list[str]) -> None:
    the_problem(instrument_problems, "incomplete.yml, item 2:", "has no wording (`text`)")


def test_a_scale_without_options_and_an_option_without_label_are_reported(
    instrument_problems: list[str],
) -> None:
    the_problem(instrument_problems, "incomplete.yml, scale empty:", "has no answer options")
    the_problem(instrument_problems, "scale frequency, option 2:", "has no `label`")


def test_a_band_or_item_flag_with_a_missing_field_is_reported(
    instrument_problems: list[str],
) -> None:
    the_problem(instrument_problems, "incomplete.yml, band number 1:", "has no `code`")
    the_problem(
        instrument_problems, "incomplete.yml, item_flags rule number 1:", "has no `description`"
    )


def test_a_file_that_is_not_yaml_is_reported_with_its_line(instrument_problems: list[str]) -> None:
    the_problem(instrument_problems, "not_yaml.yml:", "is not valid YAML between lines 3 and 5")


def test_an_id_that_is_not_the_file_name_is_reported(instrument_problems: list[str]) -> None:
    the_problem(instrument_problems, "wrong_id.yml:", "`id: wrongid`", "`id: wrong_id`")


def test_a_loinc_block_needs_codes_on_every_item_and_option(instrument_problems: list[str]) -> None:
    the_problem(instrument_problems, "codes.yml, item 3:", "has no LOINC code")
    the_problem(
        instrument_problems, "codes.yml, scale frequency, option several_days:", "no LOINC answer"
    )
    the_problem(instrument_problems, "option more_than_half:", "'6570-1'", "look like LA6568-5")


def test_a_mistyped_loinc_code_fails_its_check_digit(instrument_problems: list[str]) -> None:
    the_problem(instrument_problems, "codes.yml, item 2:", "44255-3", "last digit does not match")
    the_problem(instrument_problems, "codes.yml, loinc total:", "44261-7")


def test_loinc_check_digits_of_clinical_md_codes() -> None:
    for code in ("44250-9", "44261-6", "44249-1", "69722-7", "68509-9", "70274-6"):
        number, digit = code.split("-")
        assert tc.loinc_check_digit(number) == int(digit), code


def test_bands_with_a_gap_an_overlap_and_a_short_top_are_reported(
    instrument_problems: list[str],
) -> None:
    the_problem(instrument_problems, "bands.yml, bands:", "no band covers totals 5 to 6")
    the_problem(instrument_problems, "bands.yml, band moderate:", "overlaps", "on total 10")
    the_problem(instrument_problems, "bands.yml, bands:", "no band covers totals 13 to 14")


def test_a_score_max_that_is_not_the_highest_total_is_reported(
    instrument_problems: list[str],
) -> None:
    the_problem(instrument_problems, "bands.yml, scoring:", "0..14", "0..15", "`max: 15`")


def test_item_flags_and_ask_if_must_name_real_items_and_instruments(
    instrument_problems: list[str],
) -> None:
    the_problem(instrument_problems, "references.yml, item_flags (high_risk):", "item '5'")
    the_problem(instrument_problems, "references.yml, ask_if:", "instrument 'phq10'")
    the_problem(instrument_problems, "references.yml, item 2b ask_if:", "item '3'")
    the_problem(instrument_problems, "references.yml, item 4 ask_if:", "'any_item_yes'")
    the_problem(instrument_problems, "references.yml, item 1 ask_if:", "not asked before it")


def test_every_broken_instrument_file_is_reported_and_nothing_else(
    instrument_problems: list[str],
) -> None:
    files = {p.split(":")[0].split(",")[0] for p in instrument_problems}
    assert files == {
        f"bot/instruments/{name}.yml"
        for name in ("incomplete", "codes", "bands", "references", "not_yaml", "wrong_id")
    }


# --- b. training examples per intent ------------------------------------------------------


@pytest.fixture(scope="module")
def intent_problems() -> list[str]:
    return tc.check_intent_examples(FIXTURES / "intent_examples")


def test_an_intent_with_too_few_distinct_examples_is_reported(intent_problems: list[str]) -> None:
    # 7 lines over two files, of which 5 are different: copies do not count.
    the_problem(intent_problems, "intent pause:", "has 5 different", "at least 10", "add 5")


def test_a_domain_intent_without_examples_is_reported(intent_problems: list[str]) -> None:
    the_problem(intent_problems, "domain.yml, intent resume:", "no training examples")


def test_examples_for_an_intent_missing_from_the_domain_are_reported(
    intent_problems: list[str],
) -> None:
    the_problem(intent_problems, "data/nlu/conversation.yml, intent greeting:", "not listed")


def test_examples_labelled_nlu_fallback_are_reported(intent_problems: list[str]) -> None:
    the_problem(intent_problems, "relabel_me.yml, intent nlu_fallback:", "move each example")


def test_well_trained_intents_pass(intent_problems: list[str]) -> None:
    assert not [p for p in intent_problems if "intent greet:" in p]
    assert len(intent_problems) == 4


# --- c. no advice in bot texts ------------------------------------------------------------


@pytest.fixture(scope="module")
def advice_problems() -> list[str]:
    return tc.check_bot_texts(FIXTURES / "advice")


def test_advice_in_a_response_or_button_is_reported(advice_problems: list[str]) -> None:
    the_problem(advice_problems, "domain.yml, response utter_sleep_tip:", "'I recommend'")
    the_problem(advice_problems, 'button "You should stop taking it"', "'You should stop'")


def test_advice_in_instrument_wording_is_reported(advice_problems: list[str]) -> None:
    the_problem(advice_problems, "bot/instruments/dose.yml, item 2:", "diagnosis")
    the_problem(advice_problems, "dose.yml, scale yes_no, option yes:", "'50 mg'")


def test_a_plain_question_about_medication_is_not_advice(advice_problems: list[str]) -> None:
    assert not [p for p in advice_problems if "dose.yml, item 1:" in p]


def test_all_bot_texts_covers_responses_buttons_items_and_options() -> None:
    where = {w for w, _ in tc.all_bot_texts(ROOT)}
    for expected in (
        "domain.yml, response utter_greet_disclaimer",
        'domain.yml, response utter_ask_safe_now, button "No, I\'m not safe"',
        "bot/instruments/phq9.yml, intro",
        "bot/instruments/phq9.yml, item 9",
        "bot/instruments/cssrs.yml, item 6b",
        "bot/instruments/phq9.yml, scale difficulty, option extremely_difficult",
    ):
        assert expected in where


# --- d. names in stories, rules and test stories ------------------------------------------


@pytest.fixture(scope="module")
def story_problems() -> list[str]:
    return tc.check_story_names(FIXTURES / "story_names")


STORY = 'data/stories/intake.yml, story "greet with a typo in the intent and the form":'
RULE = 'data/rules/intake.yml, rule "pause with an undeclared action and slot":'
TEST_STORY = 'tests/stories/test_intake.yml, story "a test story with an undeclared entity'


@pytest.mark.parametrize(
    ("where", "what"),
    [
        (STORY, "intent `greeet` is not in domain.yml"),
        (STORY, "active_loop `intake_fom` is not a form"),
        (STORY, "entity `duration` is not in domain.yml"),
        (STORY, "response `utter_pausd` is not in domain.yml"),
        (RULE, "action `action_pause` is not in domain.yml"),
        (RULE, "slot `intake_section` (slot_was_set) is not in domain.yml"),
        (TEST_STORY, "intent `answer_frequency` is not in domain.yml"),
        (TEST_STORY, "entity `count` is not in domain.yml"),
    ],
)
def test_an_undeclared_name_is_reported_with_its_story(
    story_problems: list[str], where: str, what: str
) -> None:
    the_problem(story_problems, where, what)


def test_rasa_defaults_and_declared_names_pass(story_problems: list[str]) -> None:
    # action_listen, action_deactivate_loop, nlu_fallback, requested_slot, the declared
    # entity `frequency` and active_loop: null are all fine.
    assert len(story_problems) == 8


# --- e. responses the code sends ----------------------------------------------------------


@pytest.fixture(scope="module")
def code_problems() -> list[str]:
    return tc.check_code_responses(FIXTURES / "code_responses")


def test_a_response_sent_by_code_but_missing_from_the_domain_is_reported(
    code_problems: list[str],
) -> None:
    the_problem(code_problems, "bot/engine.py line 4:", "`utter_welcom_back`", "not in domain")
    the_problem(code_problems, "actions/act.py line 9:", "`utter_no_advise`", "not in domain")
    assert len(code_problems) == 2  # utter_paused exists; utter_message is the SDK's method


def test_responses_named_in_code_finds_the_engine_responses() -> None:
    found = tc.responses_named_in_code(ROOT)
    assert "utter_ask_consent" in found
    assert "utter_crisis_self_harm" in found
    assert "utter_message" not in found


# --- all checks ---------------------------------------------------------------------------


def test_run_all_reports_a_missing_domain_instead_of_crashing(tmp_path: Path) -> None:
    results = tc.run_all(tmp_path)
    assert [title for title, _ in tc.CHECKS] == list(results)
    assert results["Instrument files (bot/instruments/)"] == []
    assert any("domain.yml" in p for p in results["Responses the code sends"])


def test_the_report_groups_problems_by_check() -> None:
    text = report(
        {
            "Instrument files": [],
            "Responses the code sends": tc.check_code_responses(FIXTURES / "code_responses"),
        }
    )
    lines = text.splitlines()
    assert lines[0] == "ok    Instrument files"
    assert lines[1] == "FAIL  Responses the code sends: 2 problem(s)"
    assert lines[2].startswith("  - actions/act.py line 9:")
    assert all(len(line) <= 100 for line in lines)


# --- f. rules that interrupt the question loop ------------------------------------------


def test_a_rule_for_an_intent_the_form_swallows_is_reported() -> None:
    problems = tc.check_form_interruptions(FIXTURES / "form_interruptions")
    assert len(problems) == 1
    the_problem(problems, 'rule "thanks inside the intake"', "never runs", "not_intent")


def test_the_real_project_interrupts_only_with_intents_the_form_lets_go() -> None:
    assert tc.check_form_interruptions(ROOT) == []


# --- a2. licences, transformed scores and flag bounds --------------------------------------


@pytest.fixture(scope="module")
def licence_problems() -> list[str]:
    return tc.check_instruments(FIXTURES / "licences")


def test_wording_that_needs_permission_is_refused_in_the_repository(
    licence_problems: list[str],
) -> None:
    problem = the_problem(licence_problems, "needs_permission.yml:", "not be in the repository")
    assert "INTAKE_LICENSED_PACKS" in problem


def test_an_unknown_licence_status_is_reported(licence_problems: list[str]) -> None:
    the_problem(licence_problems, "odd_status.yml:", "probably_fine", "free_non_commercial")


def test_bands_of_a_transformed_score_must_cover_every_reachable_score_once(
    licence_problems: list[str],
) -> None:
    the_problem(licence_problems, "scaled.yml, bands:", "percentage 30", "no band")
    the_problem(licence_problems, "scaled.yml, bands:", "percentage 50", "2 bands")
    assert not [p for p in licence_problems if "scaled.yml" in p and "percentage 60" in p]


def test_a_flag_rule_without_bounds_is_reported(licence_problems: list[str]) -> None:
    the_problem(licence_problems, "unbounded_flag.yml, item_flags rule number 1", "every answer")
