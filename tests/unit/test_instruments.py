"""Every shipped instrument file is complete: wording, options, codes, source and licence."""

from __future__ import annotations

import pytest

from bot import instruments
from bot.instruments import InstrumentError, parse_instrument


@pytest.mark.parametrize("inst_id", instruments.available())
def test_instrument_file_is_complete(inst_id: str) -> None:
    inst = instruments.load(inst_id)
    assert inst.source and inst.license and inst.license_status
    if inst.has_total:  # bands run over the reported score (the total, or WHO-5's x4)
        assert inst.bands[0].min == inst.reported_min and inst.bands[-1].max == inst.reported_max
    for a, b in zip(inst.bands, inst.bands[1:], strict=False):
        assert b.min == a.max + 1, "bands must not overlap or leave gaps"
    assert inst.license_status in instruments.LICENSE_STATUSES
    assert inst.license_status != "permission_required", "licensed wording is not shipped"
    assert inst.intro, "every instrument opens with a short bridge"
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
