"""bot.meds lexicon: every class the issue names is covered, names resolve to their canonical
generic name, and the file is checked when it is loaded."""

from __future__ import annotations

import pytest

from bot.meds import lookup, lookup_all
from bot.meds.lexicon import LexiconError, entries, key_of, load_lexicon, parse_lexicon

# The names the NLU contract returns (DESIGN.md; the held-out set uses exactly these).
CONTRACT_NAMES = {
    "fluoxetine", "sertraline", "paroxetine", "citalopram", "escitalopram", "fluvoxamine",
    "venlafaxine", "desvenlafaxine", "duloxetine", "amitriptyline", "nortriptyline",
    "clomipramine", "imipramine", "phenelzine", "tranylcypromine", "isocarboxazid",
    "moclobemide", "selegiline", "rasagiline", "linezolid", "methylene blue", "sumatriptan",
    "rizatriptan", "tramadol", "tapentadol", "meperidine", "fentanyl", "dextromethorphan",
    "lithium", "bupropion", "mirtazapine", "trazodone", "methylphenidate", "amphetamine",
    "lisdexamfetamine", "levodopa", "carbidopa", "5-htp", "l-tryptophan", "l-tyrosine",
    "l-phenylalanine", "sam-e", "st john's wort", "mucuna", "ginseng", "melatonin",
    "magnesium", "vitamin b6", "vitamin b12", "folate", "omega-3", "gaba", "l-theanine",
    "rhodiola", "ashwagandha",
}  # fmt: skip


def test_every_contract_name_is_an_entry() -> None:
    canonicals = {e.canonical for e in entries()}
    assert canonicals >= CONTRACT_NAMES


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Prozac", "fluoxetine"),
        ("Zoloft", "sertraline"),
        ("Lexapro", "escitalopram"),
        ("Effexor", "venlafaxine"),
        ("5htp", "5-htp"),
        ("5-HTP", "5-htp"),
        ("St Johns Wort", "st john's wort"),
        ("tryptophan", "l-tryptophan"),
        ("L-tryptophan", "l-tryptophan"),
        ("tyrosine", "l-tyrosine"),
        ("SAMe", "sam-e"),
        ("SAM-e", "sam-e"),
        ("L-phenylalanine", "l-phenylalanine"),
        ("mucuna pruriens", "mucuna"),
        ("L-dopa", "levodopa"),
        ("B12", "vitamin b12"),
        ("folic acid", "folate"),
        ("methylfolate", "folate"),
        ("fish oil", "omega-3"),
        ("omega 3", "omega-3"),
        ("magnesium glycinate", "magnesium"),
        ("GABA", "gaba"),
        ("L-theanine", "l-theanine"),
        ("Wellbutrin", "bupropion"),
        ("Remeron", "mirtazapine"),
        ("Demerol", "meperidine"),
        ("DXM", "dextromethorphan"),
        ("Robitussin DM", "dextromethorphan"),
        ("Imitrex", "sumatriptan"),
        ("Maxalt", "rizatriptan"),
        ("Nardil", "phenelzine"),
        ("Parnate", "tranylcypromine"),
        ("Marplan", "isocarboxazid"),
        ("Emsam", "selegiline"),
        ("Eldepryl", "selegiline"),
        ("Azilect", "rasagiline"),
        ("Zyvox", "linezolid"),
        ("Elavil", "amitriptyline"),
        ("Pamelor", "nortriptyline"),
        ("Anafranil", "clomipramine"),
        ("Paxil", "paroxetine"),
        ("Celexa", "citalopram"),
        ("Luvox", "fluvoxamine"),
        ("Pristiq", "desvenlafaxine"),
        ("Cymbalta", "duloxetine"),
        ("Ritalin", "methylphenidate"),
        ("Concerta", "methylphenidate"),
        ("Adderall", "amphetamine"),
        ("Vyvanse", "lisdexamfetamine"),
    ],
)
def test_brand_and_spelling_resolve_to_the_canonical_generic(name: str, canonical: str) -> None:
    entry = lookup(name)
    assert entry is not None
    assert entry.canonical == canonical


def test_sinemet_stands_for_carbidopa_and_levodopa() -> None:
    assert {e.canonical for e in lookup_all("Sinemet")} == {"carbidopa", "levodopa"}


def test_only_combination_brands_stand_for_two_entries() -> None:
    shared = {k for k, found in load_lexicon().by_key.items() if len(found) > 1}
    combos = {
        "sinemet", "sinemetcr", "rytary", "stalevo", "parcopa", "duopa", "dhivy", "cocareldopa",
        "carbidopalevodopa", "auvelity",
    }  # fmt: skip
    assert shared == combos


@pytest.mark.parametrize("word", ["ssri", "antidepressants", "vitamins", "supplements", "same"])
def test_class_words_and_ordinary_words_are_not_plain_names(word: str) -> None:
    assert load_lexicon().by_key.get(key_of(word)) is None


def test_lookup_of_an_unknown_name_is_none() -> None:
    assert lookup("ibuprofen") is None
    assert lookup("") is None


def test_every_entry_has_classes_a_kind_and_a_cited_source() -> None:
    for entry in entries():
        assert entry.kind in ("medication", "supplement")
        assert entry.classes
        assert (
            "CLINICAL.md" in entry.source
            or "UNVERIFIED" in entry.source
            or "Issue 4" in entry.source
            or "Drugs@FDA" in entry.source
        )


def test_serotonergic_classes_follow_clinical_section_8() -> None:
    serotonergic = {e.canonical for e in entries() if "serotonergic" in e.classes}
    for name in ("phenelzine", "linezolid", "methylene blue", "sertraline", "venlafaxine",
                 "amitriptyline", "tramadol", "tapentadol", "meperidine", "fentanyl",
                 "dextromethorphan", "lithium", "l-tryptophan", "st john's wort", "sam-e",
                 "ginseng", "amphetamine", "5-htp"):  # fmt: skip
        assert name in serotonergic, name
    debated = {e.canonical for e in entries() if "serotonergic_debated" in e.classes}
    assert {"sumatriptan", "rizatriptan", "mirtazapine"} <= debated
    assert "bupropion" not in serotonergic | debated


def test_a_malformed_lexicon_names_the_problem() -> None:
    base = {"version": 1, "sources": {"s": "cite"}}
    with pytest.raises(LexiconError, match="kind"):
        parse_lexicon(
            {
                **base,
                "entries": [{"canonical": "x", "kind": "food", "classes": ["c"], "source": "s"}],
            }
        )
    with pytest.raises(LexiconError, match="source"):
        parse_lexicon(
            {
                **base,
                "entries": [
                    {"canonical": "x", "kind": "medication", "classes": ["c"], "source": "nope"}
                ],
            }
        )
    with pytest.raises(LexiconError, match="lower-case"):
        parse_lexicon(
            {
                **base,
                "entries": [
                    {"canonical": "Prozac", "kind": "medication", "classes": ["c"], "source": "s"}
                ],
            }
        )
    with pytest.raises(LexiconError, match="twice"):
        entry = {"canonical": "x", "kind": "medication", "classes": ["c"], "source": "s"}
        parse_lexicon({**base, "entries": [entry, entry]})
