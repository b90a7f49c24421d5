"""Emergency and crisis numbers per deployment region.

Source: ../shared/CLINICAL.md section 10 (US [V]: 988 Lifeline, 911; UK: Samaritans 116 123,
NHS 111, 999; EU: 112). Non-US numbers are marked [UNVERIFIED] there: a clinic confirms its
own before going live. Other regions must configure their numbers; nothing is invented.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    code: str
    emergency_number: str
    crisis_line: str  # wording slotted into fixed responses, e.g. "988 (call or text)"


REGIONS: dict[str, Region] = {
    "US": Region("US", "911", "the 988 Suicide & Crisis Lifeline (call or text 988)"),
    "UK": Region("UK", "999", "Samaritans on 116 123 (free, 24/7) or NHS 111"),
    "EU": Region("EU", "112", "your local crisis line"),
}


class UnknownRegionError(ValueError):
    pass


def region(code: str, emergency: str | None = None, crisis: str | None = None) -> Region:
    """The region's numbers; a clinic outside the table passes its own numbers explicitly."""
    code = code.upper()
    if emergency and crisis:
        return Region(code, emergency, crisis)
    if code not in REGIONS:
        raise UnknownRegionError(
            f"no built-in numbers for region {code!r}: set INTAKE_EMERGENCY_NUMBER and "
            f"INTAKE_CRISIS_LINE, or use one of {', '.join(sorted(REGIONS))}"
        )
    base = REGIONS[code]
    return Region(code, emergency or base.emergency_number, crisis or base.crisis_line)
