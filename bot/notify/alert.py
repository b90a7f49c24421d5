"""What a practitioner alert carries, what became of it, and the notifier interface.

An alert names a pseudonymous patient and a public intake id, and says *that* something needs
attention (an urgent safety flag, a summary ready to read). It never carries what the patient
said, scores, medications or evidence text: the practitioner opens the intake for those.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Protocol, runtime_checkable

ALERT_KINDS = ("urgent_flag", "intake_ready")
SEVERITIES = ("urgent", "review", "info")
DELIVERY_STATUSES = ("sent", "failed", "logged")
CHANNELS = ("telegram", "file")

MAX_SUMMARY_CHARS = 200
MAX_REF_CHARS = 128
MAX_LINK_CHARS = 300
_FLAG_KIND = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class Alert:
    """One practitioner alert. Validated on construction; see `urgent_flag_alert` and
    `intake_ready_alert` for the fixed texts callers should use."""

    kind: str  # "urgent_flag" | "intake_ready"
    patient_ref: str  # pseudonym only
    intake_id: str  # public id
    severity: str  # "urgent" | "review" | "info"
    summary: str  # short fixed text; no health details beyond the flag kind
    link: str | None = None  # the intake's page in the practitioner web app

    def __post_init__(self) -> None:
        if self.kind not in ALERT_KINDS:
            raise ValueError(f"Alert.kind must be one of {ALERT_KINDS}, got {self.kind!r}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"Alert.severity must be one of {SEVERITIES}, got {self.severity!r}")
        for name in ("patient_ref", "intake_id"):
            value = getattr(self, name)
            if not value or len(value) > MAX_REF_CHARS or _CONTROL.search(value):
                raise ValueError(
                    f"Alert.{name} must be 1-{MAX_REF_CHARS} characters on one line "
                    "(a pseudonym / public id, not free text)"
                )
        summary = self.summary
        if not summary or len(summary) > MAX_SUMMARY_CHARS or _CONTROL.search(summary):
            raise ValueError(
                f"Alert.summary must be 1-{MAX_SUMMARY_CHARS} characters on one line: a fixed "
                "text such as 'Urgent safety flag: suicide_self_harm', never the patient's words"
            )
        link = self.link
        if link is not None and (
            not link.startswith(("http://", "https://"))
            or len(link) > MAX_LINK_CHARS
            or _CONTROL.search(link)
            or " " in link
        ):
            raise ValueError(
                f"Alert.link must be an http(s) URL of at most {MAX_LINK_CHARS} characters, "
                f"got {link!r}; check PRACTITIONER_BASE_URL"
            )

    def text(self) -> str:
        """The plain message text sent to the practitioner."""
        text = (
            f"[{self.severity.upper()}] {self.summary}\n"
            f"Patient: {self.patient_ref}\n"
            f"Intake: {self.intake_id}"
        )
        return text + (f"\nOpen: {self.link}" if self.link else "")


def intake_link(base_url: str, intake_id: str) -> str:
    """The intake's page in the practitioner web app (PRACTITIONER_BASE_URL)."""
    return f"{base_url.rstrip('/')}/intakes/{intake_id}"


def urgent_flag_alert(
    patient_ref: str, intake_id: str, flag_kind: str, link: str | None = None
) -> Alert:
    """An urgent safety flag alert; `flag_kind` is a category id such as `suicide_self_harm`."""
    if not _FLAG_KIND.match(flag_kind):
        raise ValueError(
            f"flag_kind must be a category id like 'suicide_self_harm', got {flag_kind!r}"
        )
    return Alert(
        kind="urgent_flag",
        patient_ref=patient_ref,
        intake_id=intake_id,
        severity="urgent",
        summary=f"Urgent safety flag: {flag_kind}",
        link=link,
    )


def intake_ready_alert(
    patient_ref: str,
    intake_id: str,
    severity: str = "info",
    *,
    flag_count: int | None = None,
    link: str | None = None,
) -> Alert:
    """A finished intake whose summary is ready; use severity "review" when it has flags.

    Carries the number of flags (never what they are) and the link to the intake's page."""
    summary = "Intake summary ready for review" if severity == "review" else "Intake summary ready"
    if flag_count is not None:
        summary += f" ({flag_count} flag{'' if flag_count == 1 else 's'})"
    return Alert(
        kind="intake_ready",
        patient_ref=patient_ref,
        intake_id=intake_id,
        severity=severity,
        summary=summary,
        link=link,
    )


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class Delivery:
    """What became of one alert on one channel.

    `fallback` is set only by `FallbackNotifier`: when the primary channel failed, the returned
    Delivery describes that failure (status "failed", channel "telegram") and `fallback` holds
    the file channel's own Delivery (status "logged" if the line was written). Use `delivered`
    to ask "did the alert land anywhere?".
    """

    status: str  # "sent" | "failed" | "logged"
    channel: str  # "telegram" | "file"
    attempts: int
    detail: str  # message id, file path, or error text
    at: datetime
    fallback: Delivery | None = None

    @property
    def delivered(self) -> bool:
        """True if this channel or its fallback took the alert."""
        if self.status in ("sent", "logged"):
            return True
        return self.fallback is not None and self.fallback.delivered


class Notifier(Protocol):
    def send(self, alert: Alert) -> Delivery: ...


@runtime_checkable
class AsyncNotifier(Protocol):
    async def send_async(self, alert: Alert) -> Delivery: ...


async def send_alert_async(notifier: Notifier, alert: Alert) -> Delivery:
    """Send from inside a running event loop (e.g. an async rasa-sdk action) without blocking it.

    Awaits the notifier's own `send_async` when it has one, else runs `send` in a worker thread.
    """
    if isinstance(notifier, AsyncNotifier):
        return await notifier.send_async(alert)
    return await asyncio.to_thread(notifier.send, alert)
