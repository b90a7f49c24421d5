"""Every shipped instrument file is complete: wording, options, codes, source and licence."""

from __future__ import annotations

import pytest

from bot import instruments
from bot.instruments import InstrumentError, parse_instrument


@pytest.mark.parametrize("inst_id", instruments.available())
def test_instrument_file_is_complete(inst_id: str) -> None:
    inst = instruments.load(inst_id)
    assert inst.source and inst.license and inst.license_status
    if inst.has_total:
        assert inst.bands[0].min == inst.score_min and inst.bands[-1].max == inst.score_max
    for a, b in zip(inst.bands, inst.bands[1:], strict=False):
        assert b.min == a.max + 1, "bands must not overlap or leave gaps"
    for item in inst.items:
        assert item.text
        assert len({o.value for o in item.scale.options}) == len(item.scale.options)
        if inst.loinc:  # an instrument that claims LOINC codes has them for every item
            assert item.loinc and all(o.loinc for o in item.scale.options)
    for rule in inst.item_flags:
        inst.item(rule.item)  # every flag rule names a real item
        assert rule.severity in ("urgent", "review", "info")


def test_missing_licence_is_refused() -> None:
    data = {
        "id": "x",
        "name": "X",
        "source": "s",
        "license_status": "free",
        "stem": "s",
        "scales": {},
        "items": [],
    }
    with pytest.raises(InstrumentError, match="license"):
        parse_instrument(data)
