"""The queue of "intake ready" notices to the practitioner, kept in the database.

A notice is queued once per finished intake (the unique intake_id makes queueing idempotent),
claimed by one sender at a time across processes (an UPDATE that only succeeds on an
unclaimed row), and stays "failed" (so it is retried) until the practitioner's chat has it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.store.models import utcnow
from bot.store.practitioner_models import ReadyNotice
from bot.store.repository import _utc

# A sender that crashed mid-send leaves its claim; after this long another may take it.
STALE_CLAIM = timedelta(minutes=5)
MAX_ATTEMPTS = 50  # after this many failed sends a notice stays "failed" and is not retried


@dataclass(frozen=True)
class NoticeRecord:
    id: int
    intake_id: int
    status: str
    channel: str | None
    attempts: int
    detail: str | None
    created_at: datetime
    sent_at: datetime | None


class ReadyNoticeQueue:
    def __init__(self, engine: Engine) -> None:
        self._sessions = sessionmaker(engine, future=True, expire_on_commit=False)

    @contextmanager
    def _session(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    def enqueue(self, intake_id: int) -> bool:
        """Queue the notice for a finished intake; False if it was queued before."""
        try:
            with self._session() as s:
                if s.execute(
                    select(ReadyNotice.id).where(ReadyNotice.intake_id == intake_id)
                ).first():
                    return False
                s.add(ReadyNotice(intake_id=intake_id, status="pending", attempts=0))
            return True
        except IntegrityError:  # another process queued it between our check and insert
            return False

    def claim(self, intake_id: int | None = None) -> list[NoticeRecord]:
        """Take the notices due for sending (pending, failed, or stale in "sending")."""
        now = utcnow()
        with self._session() as s:
            query = select(ReadyNotice.id).where(
                (ReadyNotice.status.in_(("pending", "failed")))
                | ((ReadyNotice.status == "sending") & (ReadyNotice.claimed_at < now - STALE_CLAIM))
            )
            query = query.where(ReadyNotice.attempts < MAX_ATTEMPTS).order_by(ReadyNotice.id)
            if intake_id is not None:
                query = query.where(ReadyNotice.intake_id == intake_id)
            candidates = list(s.execute(query).scalars())
        claimed: list[NoticeRecord] = []
        for notice_id in candidates:
            with self._session() as s:
                result = s.execute(
                    update(ReadyNotice)
                    .where(ReadyNotice.id == notice_id)
                    .where(
                        ReadyNotice.status.in_(("pending", "failed"))
                        | (ReadyNotice.claimed_at < now - STALE_CLAIM)
                    )
                    .values(status="sending", claimed_at=now)
                    .execution_options(synchronize_session=False)
                )
                if result.rowcount == 1:
                    row = s.get(ReadyNotice, notice_id)
                    assert row is not None
                    claimed.append(_record(row))
        return claimed

    def record(self, notice_id: int, status: str, channel: str, attempts: int, detail: str) -> None:
        with self._session() as s:
            row = s.get(ReadyNotice, notice_id)
            if row is None:
                raise LookupError(f"no ready notice with id {notice_id}")
            row.status = status
            row.channel = channel
            row.attempts = (row.attempts or 0) + attempts
            row.detail = detail[:1000]
            row.claimed_at = None
            if status == "sent":
                row.sent_at = utcnow()

    def for_intake(self, intake_id: int) -> NoticeRecord | None:
        with self._session() as s:
            row = s.execute(select(ReadyNotice).where(ReadyNotice.intake_id == intake_id)).scalar()
            return _record(row) if row else None


def _record(row: ReadyNotice) -> NoticeRecord:
    return NoticeRecord(
        id=row.id,
        intake_id=row.intake_id,
        status=row.status,
        channel=row.channel,
        attempts=row.attempts or 0,
        detail=row.detail,
        created_at=_utc(row.created_at) or row.created_at,
        sent_at=_utc(row.sent_at),
    )
