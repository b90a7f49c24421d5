"""Button payloads travel as Telegram callback data (1-64 bytes) and come back unchanged;
anything else decodes to nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot import instruments
from bot.channels.telegram.callback_data import (
    MAX_BYTES,
    UnencodablePayload,
    decode_erase,
    decode_payload,
    encode_erase,
    encode_payload,
)
from bot.intake import choice_payload

ROOT = Path(__file__).resolve().parents[2]


def every_button_payload() -> list[str]:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    payloads = [
        str(button["payload"])
        for variants in domain["responses"].values()
        for variant in variants
        for button in variant.get("buttons") or []
    ]
    for path in sorted((ROOT / "bot" / "instruments").glob("*.yml")):
        inst = instruments.load(path.stem)
        for item in inst.items:
            payloads += [
                choice_payload("inform", f"{inst.id}:{item.id}", o.value)
                for o in item.scale.options
            ]
    return payloads


def test_every_button_the_assistant_shows_fits_and_round_trips() -> None:
    payloads = every_button_payload()
    assert len(payloads) > 50
    for payload in payloads:
        data = encode_payload(payload)
        assert 1 <= len(data.encode()) <= MAX_BYTES, payload
        assert decode_payload(data) == payload


def test_encoding_is_compact() -> None:
    data = encode_payload('/inform{"choice":"phq9:10=extremely_difficult"}')
    assert data == "i|phq9:10=extremely_difficult"
    assert encode_payload("/start_intake") == "s"


@pytest.mark.parametrize(
    "data",
    [
        "",
        "z|consent=yes",
        "i|consent",
        "i|consent=yes=no",
        "i|Consent=YES",
        'i|consent=yes"}',
        "i|consent=yes\n",
        "i|" + "a" * 70,
        "e|yes|123",
        '/inform{"choice":"consent=yes"}',
        "i|phq9:1:2=x",
        "i|ph q9=x",
        "\u00e9|x=y",
    ],
)
def test_callback_data_that_is_not_ours_decodes_to_nothing(data: str) -> None:
    assert decode_payload(data) is None


@pytest.mark.parametrize(
    "payload",
    [
        "/unknown_intent",
        '/inform{"choice":"consent=yes","extra":1}',
        '/inform{"value":"x"}',
        "/inform{not json}",
        "hello",
        '/inform{"choice":"' + "x" * 40 + "=" + "y" * 40 + '"}',
    ],
)
def test_payloads_the_channel_cannot_carry_are_refused_when_sending(payload: str) -> None:
    with pytest.raises(UnencodablePayload):
        encode_payload(payload)


def test_erase_confirmation_carries_the_answer_and_the_minute_it_was_asked() -> None:
    yes = decode_erase(encode_erase(True, 29_000_000))
    no = decode_erase(encode_erase(False, 5))
    assert yes is not None and yes.confirmed and yes.asked_minute == 29_000_000
    assert no is not None and not no.confirmed
    for forged in ("e|maybe|5", "e|yes|", "e|yes|-5", "e|yes|5|6", "e|yes|12345678901"):
        assert decode_erase(forged) is None
