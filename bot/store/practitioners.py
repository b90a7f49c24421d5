"""PractitionerStore: practitioner accounts, API tokens and the audit log; the intake list.

Hashing happens in bot.practitioner.auth; this module stores and looks up what it is given.
Failed logins are audit events, and the login rate limit counts them here (in the database,
so the limit holds across restarts and across several web processes).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.store.models import Flag, Intake, Patient, utcnow
from bot.store.practitioner_models import ApiToken, AuditEvent, Practitioner
from bot.store.repository import _utc

ROLES = ("practitioner", "admin")
VIAS = ("web", "api", "cli")


class DuplicateUsernameError(ValueError):
    pass


class UnknownPractitionerError(LookupError):
    pass


@dataclass(frozen=True)
class PractitionerRecord:
    id: int
    username: str
    password_hash: str
    role: str
    active: bool
    created_at: datetime
    last_login_at: datetime | None

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime
    actor: str | None
    action: str
    intake_public_id: str | None
    via: str
    client: str | None
    detail: str | None


class PractitionerStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, future=True, expire_on_commit=False)

    @contextmanager
    def _session(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    # -- accounts -----------------------------------------------------------------------
    def add(
        self, username: str, password_hash: str, role: str = "practitioner"
    ) -> PractitionerRecord:
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}, got {role!r}")
        with self._session() as s:
            taken = s.execute(
                select(Practitioner).where(Practitioner.username == username)
            ).scalar()
            if taken is not None:
                raise DuplicateUsernameError(f"there is already an account {username!r}")
            row = Practitioner(username=username, password_hash=password_hash, role=role)
            s.add(row)
            s.flush()
            return _record(row)

    def by_username(self, username: str) -> PractitionerRecord | None:
        with self._session() as s:
            row = s.execute(select(Practitioner).where(Practitioner.username == username)).scalar()
            return _record(row) if row else None

    def get(self, practitioner_id: int) -> PractitionerRecord | None:
        with self._session() as s:
            row = s.get(Practitioner, practitioner_id)
            return _record(row) if row else None

    def all(self) -> list[PractitionerRecord]:
        with self._session() as s:
            rows = s.execute(select(Practitioner).order_by(Practitioner.username)).scalars()
            return [_record(r) for r in rows]

    def set_password_hash(self, practitioner_id: int, password_hash: str) -> None:
        """Store a re-hashed password (argon2 parameters raised since it was set)."""
        with self._session() as s:
            row = s.get(Practitioner, practitioner_id)
            if row is None:
                raise UnknownPractitionerError(f"no practitioner with id {practitioner_id}")
            row.password_hash = password_hash

    def record_login(self, practitioner_id: int) -> None:
        with self._session() as s:
            row = s.get(Practitioner, practitioner_id)
            if row is not None:
                row.last_login_at = utcnow()

    # -- API tokens ---------------------------------------------------------------------
    def add_token(self, practitioner_id: int, token_hash: str, prefix: str) -> None:
        with self._session() as s:
            if s.get(Practitioner, practitioner_id) is None:
                raise UnknownPractitionerError(f"no practitioner with id {practitioner_id}")
            s.add(ApiToken(practitioner_id=practitioner_id, token_hash=token_hash, prefix=prefix))

    def by_token_hash(self, token_hash: str) -> PractitionerRecord | None:
        """The active account owning an unrevoked token with this digest (marks it used)."""
        with self._session() as s:
            found = s.execute(
                select(ApiToken, Practitioner)
                .join(Practitioner, ApiToken.practitioner_id == Practitioner.id)
                .where(ApiToken.token_hash == token_hash, ApiToken.revoked_at.is_(None))
            ).first()
            if found is None or not found[1].active:
                return None
            token, account = found
            token.last_used_at = utcnow()
            return _record(account)

    def token_count(self, practitioner_id: int) -> int:
        with self._session() as s:
            return int(
                s.execute(
                    select(func.count(ApiToken.id)).where(
                        ApiToken.practitioner_id == practitioner_id, ApiToken.revoked_at.is_(None)
                    )
                ).scalar_one()
            )

    # -- audit --------------------------------------------------------------------------
    def audit(
        self,
        actor: str | None,
        action: str,
        via: str,
        *,
        intake_public_id: str | None = None,
        client: str | None = None,
        detail: str | None = None,
    ) -> None:
        if via not in VIAS:
            raise ValueError(f"via must be one of {VIAS}, got {via!r}")
        with self._session() as s:
            s.add(
                AuditEvent(
                    actor=(actor or None) and actor[:64],
                    action=action[:32],
                    via=via,
                    intake_public_id=intake_public_id,
                    client=(client or None) and client[:64],
                    detail=(detail or None) and detail[:200],
                )
            )

    def audit_events(
        self,
        *,
        limit: int = 200,
        offset: int = 0,
        actor: str | None = None,
        action: str | None = None,
        intake_public_id: str | None = None,
    ) -> list[AuditRecord]:
        with self._session() as s:
            query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit).offset(offset)
            if actor:
                query = query.where(AuditEvent.actor == actor)
            if action:
                query = query.where(AuditEvent.action == action)
            if intake_public_id:
                query = query.where(AuditEvent.intake_public_id == intake_public_id)
            return [
                AuditRecord(
                    r.id,
                    _utc(r.at) or r.at,
                    r.actor,
                    r.action,
                    r.intake_public_id,
                    r.via,
                    r.client,
                    r.detail,
                )
                for r in s.execute(query).scalars()
            ]

    def failed_logins(
        self, since: datetime, *, username: str | None = None, client: str | None = None
    ) -> int:
        """Failed logins after `since`; for a username, only those after its last success."""
        with self._session() as s:
            query = select(func.count(AuditEvent.id)).where(
                AuditEvent.action == "login_failed", AuditEvent.at > since
            )
            if username is not None:
                last_ok = s.execute(
                    select(func.max(AuditEvent.at)).where(
                        AuditEvent.action == "login_ok", AuditEvent.actor == username
                    )
                ).scalar()
                query = query.where(AuditEvent.actor == username[:64])
                if last_ok is not None:
                    query = query.where(AuditEvent.at > last_ok)
            if client is not None:
                query = query.where(AuditEvent.client == client[:64])
            return int(s.execute(query).scalar_one())


def _record(row: Practitioner) -> PractitionerRecord:
    return PractitionerRecord(
        id=row.id,
        username=row.username,
        password_hash=row.password_hash,
        role=row.role,
        active=bool(row.active),
        created_at=_utc(row.created_at) or row.created_at,
        last_login_at=_utc(row.last_login_at),
    )


@dataclass(frozen=True)
class IntakeOverview:
    """One row of the practitioner's intake list."""

    id: int
    public_id: str
    patient_ref: str
    status: str
    created_at: datetime
    completed_at: datetime | None
    urgent_flags: int
    review_flags: int


def intake_overview(
    engine: Engine,
    *,
    status: str | None = None,
    flagged_only: bool = False,
    patient_ref: str | None = None,
    limit: int = 200,
) -> list[IntakeOverview]:
    """Intakes with their flag counts in one query: urgent flags first, then newest first."""
    urgent = func.sum(case((Flag.severity == "urgent", 1), else_=0))
    review = func.sum(case((Flag.severity == "review", 1), else_=0))
    query = (
        select(Intake, Patient.ref, urgent.label("urgent"), review.label("review"))
        .join(Patient, Intake.patient_id == Patient.id)
        .outerjoin(Flag, Flag.intake_id == Intake.id)
        .group_by(Intake.id, Patient.ref)
    )
    if status:
        query = query.where(Intake.status == status)
    if patient_ref:
        query = query.where(Patient.ref == patient_ref)
    if flagged_only:
        query = query.having(func.count(Flag.id) > 0)
    query = query.order_by((urgent > 0).desc(), Intake.id.desc()).limit(limit)
    with Session(engine, future=True) as s:
        return [
            IntakeOverview(
                id=row.id,
                public_id=row.public_id,
                patient_ref=ref,
                status=row.status,
                created_at=_utc(row.created_at) or row.created_at,
                completed_at=_utc(row.completed_at),
                urgent_flags=int(n_urgent or 0),
                review_flags=int(n_review or 0),
            )
            for row, ref, n_urgent, n_review in s.execute(query)
        ]
