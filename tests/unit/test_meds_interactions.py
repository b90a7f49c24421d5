"""bot.meds.interactions: every rule in interactions.yml (CLINICAL.md section 8), flag order,
one flag per pair, and when the bot asks about serotonin-toxicity symptoms."""

from __future__ import annotations

import pytest

from bot.meds import InteractionFlag, check_interactions, serotonergic_combination
from bot.meds.interactions import RulesError, load_rules, parse_rules


def _fired(*names: str) -> set[tuple[str, tuple[str, str]]]:
    return {(f.rule_id, f.items) for f in check_interactions(names)}


@pytest.mark.parametrize(
    ("names", "rule"),
    [
        (("phenelzine", "sertraline"), "maoi_serotonergic"),
        (("linezolid", "citalopram"), "maoi_serotonergic"),
        (("methylene blue", "venlafaxine"), "maoi_serotonergic"),
        (("selegiline", "5-htp"), "maoi_serotonergic"),
        (("tranylcypromine", "sumatriptan"), "maoi_serotonergic"),
        (("phenelzine", "l-tyrosine"), "maoi_pressor_precursor"),
        (("rasagiline", "l-phenylalanine"), "maoi_pressor_precursor"),
        (("selegiline", "levodopa"), "maoi_pressor_precursor"),
        (("rasagiline", "mucuna"), "maoi_pressor_precursor"),
        (("phenelzine", "levodopa"), "levodopa_nonselective_maoi"),
        (("moclobemide", "mucuna"), "levodopa_nonselective_maoi"),
        (("5-htp", "carbidopa"), "five_htp_carbidopa"),
        (("5-htp", "sertraline"), "serotonergic_supplement_drug"),
        (("st john's wort", "tramadol"), "serotonergic_supplement_drug"),
        (("sam-e", "lithium"), "serotonergic_supplement_drug"),
        (("l-tryptophan", "trazodone"), "serotonergic_supplement_drug"),
        (("sertraline", "tramadol"), "serotonergic_drugs_combined"),
        (("fluoxetine", "lithium"), "serotonergic_drugs_combined"),
        (("sumatriptan", "escitalopram"), "serotonergic_debated_combined"),
        (("5-htp", "st john's wort"), "serotonergic_supplements_combined"),
        (("phenelzine", "methylphenidate"), "maoi_sympathomimetic"),
    ],
)
def test_each_rule_fires_for_its_pair(names: tuple[str, str], rule: str) -> None:
    assert (rule, names) in _fired(*names)


def test_every_rule_in_the_file_is_tested_above() -> None:
    tested = {
        "maoi_serotonergic",
        "maoi_pressor_precursor",
        "levodopa_nonselective_maoi",
        "five_htp_carbidopa",
        "serotonergic_supplement_drug",
        "serotonergic_drugs_combined",
        "serotonergic_debated_combined",
        "serotonergic_supplements_combined",
        "maoi_sympathomimetic",
    }
    assert {r.id for r in load_rules()} == tested


@pytest.mark.parametrize(
    "names",
    [
        ("sertraline",),
        ("bupropion", "sertraline"),
        ("melatonin", "sertraline"),
        ("magnesium", "omega-3", "vitamin b12"),
        ("carbidopa", "levodopa"),
        ("methylphenidate", "sertraline"),
        ("ibuprofen", "sertraline"),
        (),
    ],
)
def test_combinations_without_a_rule_give_no_flag(names: tuple[str, ...]) -> None:
    assert check_interactions(names) == []
    assert not serotonergic_combination(names)


def test_an_maoi_with_a_serotonergic_drug_is_one_highest_flag_not_three() -> None:
    flags = check_interactions(["phenelzine", "sertraline"])
    assert [(f.rule_id, f.severity) for f in flags] == [("maoi_serotonergic", "highest")]


def test_rules_that_say_different_things_both_flag_the_pair() -> None:
    # serotonin toxicity AND hypertensive crisis (Nardil label)
    assert _fired("phenelzine", "l-tryptophan") == {
        ("maoi_serotonergic", ("phenelzine", "l-tryptophan")),
        ("maoi_pressor_precursor", ("phenelzine", "l-tryptophan")),
    }


def test_levodopa_with_a_nonselective_maoi_hides_the_general_pressor_flag() -> None:
    assert _fired("tranylcypromine", "levodopa") == {
        ("levodopa_nonselective_maoi", ("tranylcypromine", "levodopa"))
    }


def test_flags_are_most_severe_first_and_in_a_fixed_order() -> None:
    names = ["5-htp", "sertraline", "phenelzine", "tramadol", "sumatriptan"]
    flags = check_interactions(names)
    ranks = {"highest": 0, "high": 1, "moderate": 2}
    assert [ranks[f.severity] for f in flags] == sorted(ranks[f.severity] for f in flags)
    assert check_interactions(list(reversed(names))) == flags
    assert len({(f.rule_id, f.items) for f in flags}) == len(flags)


def test_a_combination_brand_counts_as_both_of_its_drugs() -> None:
    assert _fired("Sinemet", "5htp") == {("five_htp_carbidopa", ("5-htp", "carbidopa"))}


def test_aliases_and_duplicates_are_accepted() -> None:
    assert check_interactions(["Zoloft", "5htp", "sertraline"]) == check_interactions(
        ["sertraline", "5-htp"]
    )


def test_a_flag_carries_rule_items_description_and_source() -> None:
    (flag,) = check_interactions(["5-htp", "carbidopa"])
    assert isinstance(flag, InteractionFlag)
    assert flag.severity == "high"
    assert flag.items == ("5-htp", "carbidopa")
    assert "scleroderma" in flag.description
    assert "CLINICAL.md" in flag.source


def test_descriptions_are_notes_for_the_practitioner_not_advice() -> None:
    for rule in load_rules():
        lowered = rule.description.lower()
        for advice in ("you should", "stop taking", "do not take", "don't take", "we recommend"):
            assert advice not in lowered, (rule.id, advice)
        assert rule.source


@pytest.mark.parametrize(
    ("names", "ask"),
    [
        (("sertraline", "5-htp"), True),
        (("phenelzine", "sertraline"), True),
        (("sertraline", "tramadol"), True),
        (("sumatriptan", "sertraline"), True),
        (("phenelzine", "l-tyrosine"), False),
        (("5-htp", "carbidopa"), False),
        (("sertraline",), False),
    ],
)
def test_toxicity_questions_are_asked_for_serotonergic_combinations(
    names: tuple[str, ...], ask: bool
) -> None:
    assert serotonergic_combination(names) is ask


def test_a_rule_naming_an_unknown_item_or_class_is_refused() -> None:
    base = {"version": 1, "sources": {"s": "cite"}}
    rule = {"id": "r", "severity": "high", "title": "t", "description": "d", "source": "s",
            "a": {"items": ["sertraline"]}, "b": {"items": ["nonesuch"]}}  # fmt: skip
    with pytest.raises(RulesError, match="nonesuch"):
        parse_rules({**base, "rules": [rule]})
    with pytest.raises(RulesError, match="classes"):
        parse_rules({**base, "rules": [{**rule, "b": {"classes": ["nonesuch"]}}]})
    with pytest.raises(RulesError, match="severity"):
        parse_rules({**base, "rules": [{**rule, "b": {"items": ["5-htp"]}, "severity": "bad"}]})
