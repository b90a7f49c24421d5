"""The always-available channel: one JSON line per alert in a local file, plus a WARNING log."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from pathlib import Path

from bot.config import PROJECT_ROOT
from bot.deployment import environment
from bot.notify.alert import Alert, Delivery, utc_now

logger = logging.getLogger(__name__)

ALERT_LOG_NAME = "alerts.log"


def default_alert_log(env: Mapping[str, str] | None = None) -> Path:
    """$INTAKE_DATA_DIR/alerts.log (default ./var/alerts.log in the project, like the store)."""
    env = environment() if env is None else env
    data_dir = env.get("INTAKE_DATA_DIR") or str(PROJECT_ROOT / "var")
    return Path(data_dir) / ALERT_LOG_NAME


class FileNotifier:
    """Appends one JSON object per line to `path` and logs a WARNING (ids only, no health text).

    Each line: {"at", "kind", "severity", "patient_ref", "intake_id", "summary"}, "link" when
    the alert has one, and, when the line stands in for a failed channel, "fallback_for" and
    "primary_error". The file is created with mode 0600 (it names patients, by pseudonym) and
    each line is one O_APPEND write, so several processes can share it.
    """

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_alert_log()

    def send(self, alert: Alert, *, fallback_for: Delivery | None = None) -> Delivery:
        at = utc_now()
        logger.warning(
            "Practitioner alert %s (%s) for patient %s, intake %s: written to %s%s",
            alert.kind,
            alert.severity,
            alert.patient_ref,
            alert.intake_id,
            self.path,
            f" because {fallback_for.channel} failed" if fallback_for else "",
        )
        record: dict[str, str | int] = {
            "at": at.isoformat(),
            "kind": alert.kind,
            "severity": alert.severity,
            "patient_ref": alert.patient_ref,
            "intake_id": alert.intake_id,
            "summary": alert.summary,
        }
        if alert.link:
            record["link"] = alert.link
        if fallback_for is not None:
            record["fallback_for"] = fallback_for.channel
            record["primary_error"] = fallback_for.detail
            record["primary_attempts"] = fallback_for.attempts
        line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(fd, line)
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            logger.error(
                "Could not write practitioner alert for intake %s to %s: %s. Check that "
                "INTAKE_DATA_DIR exists and is writable.",
                alert.intake_id,
                self.path,
                exc,
            )
            return Delivery("failed", "file", 1, f"{type(exc).__name__}: {exc}", at)
        return Delivery("logged", "file", 1, str(self.path), at)

    async def send_async(self, alert: Alert) -> Delivery:
        # One small local write: cheap enough to do on the event loop.
        return self.send(alert)
