"""bot.meds.extract: names (brands, spellings, typos, lists), roles (current, past, negated),
someone else's medicine, and the words that only look like names."""

from __future__ import annotations

import pytest

from bot.meds import Mention, as_entities, extract


def _roles(text: str) -> dict[str, str]:
    return {m.canonical: m.role for m in extract(text)}


def test_a_mention_carries_the_patients_words_and_offsets() -> None:
    text = "I'm on Zoloft 50mg and 5htp"
    zoloft, five_htp = extract(text)
    assert zoloft == Mention(
        canonical="sertraline",
        kind="medication",
        role="current",
        start=7,
        end=13,
        text="Zoloft",
        classes=("ssri", "antidepressant", "serotonergic"),
    )
    assert text[five_htp.start : five_htp.end] == "5htp"
    assert five_htp.kind == "supplement"


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("zoloft 50mg", "sertraline"),
        ("zoloft50mg", "sertraline"),
        ("lexapro(10mg)", "escitalopram"),
        ("5-HTP", "5-htp"),
        ("5 htp", "5-htp"),
        ("St. John's Wort", "st john's wort"),
        ("st johns wort", "st john's wort"),
        ("SAM-e", "sam-e"),
        ("SAMe 400", "sam-e"),
        ("b-12", "vitamin b12"),
        ("omega-3s", "omega-3"),
        ("Robitussin DM", "dextromethorphan"),
        ("mucuna pruriens", "mucuna"),
        ("methylene blue", "methylene blue"),
    ],
)
def test_spellings_doses_and_multiword_names_are_found(text: str, canonical: str) -> None:
    assert [m.canonical for m in extract(text)] == [canonical]


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("sertaline", "sertraline"),
        ("zolft", "sertraline"),
        ("escitalapram", "escitalopram"),
        ("amitryptaline", "amitriptyline"),
        ("wellbutin", "bupropion"),
        ("st jons wort", "st john's wort"),
        ("duloxitine", "duloxetine"),
        ("trazodoen", "trazodone"),
    ],
)
def test_typos_are_read_as_the_name(text: str, canonical: str) -> None:
    assert [m.canonical for m in extract(text)] == [canonical]


@pytest.mark.parametrize(
    "text",
    [
        "I can't relax",
        "I went to a concert",
        "I'm very alert",
        "an SSRI",
        "antidepressants",
        "I take vitamins",
        "no supplements",
        "the same as before",
        "I feel the same",
        "same here",
        "I'm on the same dose",
        "I like to gab a lot",
        "I eat a lot of fish",
        "it's the same old thing",
    ],
)
def test_ordinary_words_and_class_words_name_nothing(text: str) -> None:
    assert extract(text) == []


def test_same_counts_as_sam_e_only_in_a_supplement_context() -> None:
    assert _roles("5htp and same daily") == {"5-htp": "current", "sam-e": "current"}
    assert _roles("I take same 400mg") == {"sam-e": "current"}
    assert _roles("zoloft, same as always") == {"sertraline": "current"}


def test_a_combination_brand_gives_both_names() -> None:
    assert _roles("Sinemet 25/100") == {"carbidopa": "current", "levodopa": "current"}


def test_the_same_item_named_twice_is_one_mention() -> None:
    assert [m.canonical for m in extract("B12 and a vitamin b12 spray")] == ["vitamin b12"]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("I don't take zoloft", {"sertraline": "negated"}),
        ("not on prozac", {"fluoxetine": "negated"}),
        ("never tried 5htp", {"5-htp": "negated"}),
        ("no st john's wort", {"st john's wort": "negated"}),
        ("I don't take prozac, zoloft or paxil",
         {"fluoxetine": "negated", "sertraline": "negated", "paroxetine": "negated"}),
        ("I don't take anything except sertraline", {"sertraline": "current"}),
        ("No, I only take magnesium", {"magnesium": "current"}),
        ("no antidepressants, just 5htp", {"5-htp": "current"}),
        ("I never miss my sertraline", {"sertraline": "current"}),
        ("I'm not sure of the dose of my zoloft", {"sertraline": "current"}),
        ("I take 5htp instead of zoloft", {"5-htp": "current", "sertraline": "negated"}),
    ],
)  # fmt: skip
def test_negation_applies_to_what_it_negates(text: str, roles: dict[str, str]) -> None:
    assert _roles(text) == roles


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("stopped prozac in March", {"fluoxetine": "past"}),
        ("I used to take prozac", {"fluoxetine": "past"}),
        ("used to be on effexor but came off it last year, nothing now", {"venlafaxine": "past"}),
        ("I stopped my zoloft but still take 5htp", {"sertraline": "past", "5-htp": "current"}),
        ("I tried zoloft years ago", {"sertraline": "past"}),
        ("prozac and zoloft years ago, now on lexapro",
         {"fluoxetine": "past", "sertraline": "past", "escitalopram": "current"}),
        ("zoloft - stopped it last month", {"sertraline": "past"}),
        ("I switched from prozac to zoloft", {"fluoxetine": "past", "sertraline": "current"}),
        ("swapped citalopram for sertraline", {"citalopram": "past", "sertraline": "current"}),
        ("I was prescribed wellbutrin but never took it", {"bupropion": "negated"}),
        ("I've been on sertraline for 3 years", {"sertraline": "current"}),
        ("I started escitalopram two weeks ago", {"escitalopram": "current"}),
        ("I took my prozac this morning", {"fluoxetine": "current"}),
        ("I take Lexapro and used to take 5htp", {"escitalopram": "current", "5-htp": "past"}),
        ("Not taking zoloft anymore, I'm on cymbalta now",
         {"sertraline": "negated", "duloxetine": "current"}),
    ],
)  # fmt: skip
def test_past_use_is_not_current(text: str, roles: dict[str, str]) -> None:
    got = _roles(text)
    assert {k: v == "current" for k, v in got.items()} == {
        k: v == "current" for k, v in roles.items()
    }
    assert got == roles


def test_a_hypothetical_is_not_current_but_what_it_is_taken_with_is() -> None:
    assert _roles("can I take 5htp with my zoloft?") == {
        "5-htp": "negated",
        "sertraline": "current",
    }
    assert _roles("I'm thinking about trying st john's wort") == {"st john's wort": "negated"}


@pytest.mark.parametrize(
    "text",
    ["my mum takes lithium", "my husband is on zoloft", "she takes adderall for her adhd",
     "my dad used to be on prozac"],
)  # fmt: skip
def test_someone_elses_medicine_is_not_extracted(text: str) -> None:
    assert extract(text) == []


def test_the_patient_is_back_in_the_sentence_after_i() -> None:
    assert _roles("my sister takes 5htp and I take st john's wort") == {"st john's wort": "current"}


def test_a_clinician_is_not_someone_else() -> None:
    assert _roles("My doctor put me on sertraline") == {"sertraline": "current"}
    assert _roles("my GP prescribed Zyvox") == {"linezolid": "current"}


@pytest.mark.parametrize("text", ["", " ", "\n\n", "😀" * 50, "a" * 20000, "((((", "5" * 100])
def test_any_string_gives_a_list_and_never_raises(text: str) -> None:
    assert isinstance(extract(text), list)


def test_a_non_string_gives_nothing() -> None:
    assert extract(None) == []  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("sertraline? no, fluoxetine", {"sertraline": "negated", "fluoxetine": "current"}),
        ("Sertraline: yes, 100mg. 5-HTP: no", {"sertraline": "current", "5-htp": "negated"}),
        ("Started Prozac in 2018, stopped in 2020, started again in 2023",
         {"fluoxetine": "current"}),
        ("wasnt taking my lithium for a while but back on it now", {"lithium": "current"}),
        ("Zoloft -> Prozac -> Lexapro (current)",
         {"sertraline": "past", "fluoxetine": "past", "escitalopram": "current"}),
        ("not prozac, lexapro", {"fluoxetine": "negated", "escitalopram": "current"}),
        ("Past: escitalopram, mirtazapine. Current: bupropion",
         {"escitalopram": "past", "mirtazapine": "past", "bupropion": "current"}),
        ("sertraline 50mg (increased to 100mg last month)", {"sertraline": "current"}),
        ("I was prescribed citalopram last week", {"citalopram": "current"}),
        ("I'll be starting prozac next week", {"fluoxetine": "negated"}),
        ("should I stop my zoloft?", {"sertraline": "current"}),
        ("I'm tapering off venlafaxine", {"venlafaxine": "current"}),
        ("I am not currently taking fluvoxamine", {"fluvoxamine": "negated"}),
        ("i dont take prozac i take zoloft", {"fluoxetine": "negated", "sertraline": "current"}),
        ("Zoloft, Prozac, Lexapro - tried them all, none worked",
         {"sertraline": "past", "fluoxetine": "past", "escitalopram": "past"}),
    ],
)  # fmt: skip
def test_answers_restarts_histories_and_plans_get_their_roles(
    text: str, roles: dict[str, str]
) -> None:
    assert _roles(text) == roles


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("my mum takes lithium and so do I", {"lithium": "current"}),
        ("my mother was on nortriptyline for years and I've just started it too",
         {"nortriptyline": "current"}),
        ("my mum takes lithium and I don't", {}),
        ("I take my husband's tramadol sometimes", {"tramadol": "current"}),
        ("Mum's on lithium, I'm on sertraline", {"sertraline": "current"}),
    ],
)  # fmt: skip
def test_what_the_patient_shares_with_someone_else_is_the_patients(
    text: str, roles: dict[str, str]
) -> None:
    assert _roles(text) == roles


@pytest.mark.parametrize(
    "text",
    ["my B12 levels are low", "I'm deficient in vitamin D and B12", "magnesium-rich foods"],
)
def test_a_supplement_named_as_a_lab_result_or_food_is_not_taken(text: str) -> None:
    assert extract(text) == []


def test_a_lab_result_of_a_medication_still_means_it_is_taken() -> None:
    assert _roles("my lithium levels are checked every 3 months") == {"lithium": "current"}


def test_mentions_become_contract_entities_with_a_role_only_when_not_current() -> None:
    text = "I stopped zoloft but take 5htp"
    assert as_entities(extract(text)) == [
        {
            "entity": "medication",
            "value": "sertraline",
            "start": 10,
            "end": 16,
            "confidence_entity": 1.0,
            "extractor": "MedsExtractor",
            "role": "past",
        },
        {
            "entity": "supplement",
            "value": "5-htp",
            "start": 26,
            "end": 30,
            "confidence_entity": 1.0,
            "extractor": "MedsExtractor",
        },
    ]
