"""SQLAlchemy models for the practitioner side: accounts, API tokens, the audit log and the
queue of "intake ready" notices.

One deployment serves one clinic, so there is no clinic table: every account sees every
intake of this deployment. Passwords are stored as argon2 hashes and API tokens as SHA-256
digests (a token is 256 random bits, so a fast digest is enough and keeps API calls cheap).
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Index, Integer, String, Text

from bot.store.models import Base, utcnow


class Practitioner(Base):
    __tablename__ = "practitioners"
    id = Column(Integer, primary_key=True)
    username = Column(String(64), nullable=False, unique=True, index=True)
    password_hash = Column(String(255), nullable=False)
    role = Column(String(16), nullable=False)  # practitioner | admin
    active = Column(Boolean, nullable=False, default=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    last_login_at = Column(DateTime(timezone=True), nullable=True)


class ApiToken(Base):
    __tablename__ = "api_tokens"
    id = Column(Integer, primary_key=True)
    practitioner_id = Column(Integer, ForeignKey("practitioners.id"), nullable=False, index=True)
    token_hash = Column(String(64), nullable=False, unique=True)  # sha256 hex of the token
    prefix = Column(String(16), nullable=False)  # first characters, to tell tokens apart
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    last_used_at = Column(DateTime(timezone=True), nullable=True)
    revoked_at = Column(DateTime(timezone=True), nullable=True)


class AuditEvent(Base):
    """Every login (and failed login), view and export, and every erasure of a patient's data
    (bot/store/erasure.py; no foreign key to the patient's tables, so it outlives them).
    Rows are only ever added."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_action_at", "action", "at"),)
    id = Column(Integer, primary_key=True)
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow, index=True)
    # The account's username; for a failed login, the name that was typed; for an erasure
    # "patient" (their own request) or "retention".
    actor = Column(String(64), nullable=True, index=True)
    action = Column(String(32), nullable=False)
    intake_public_id = Column(String(36), nullable=True, index=True)
    via = Column(String(8), nullable=False)  # web | api | cli; erasures: rest | socketio | telegram
    client = Column(String(64), nullable=True)  # client address
    detail = Column(String(200), nullable=True)


class ReadyNotice(Base):
    """One "intake ready" notice per finished intake: queued, then sent (or retried)."""

    __tablename__ = "ready_notices"
    id = Column(Integer, primary_key=True)
    intake_id = Column(Integer, ForeignKey("intakes.id"), nullable=False, unique=True)
    # pending | sending | sent | failed  (failed = not in the practitioner's chat yet: retried)
    status = Column(String(16), nullable=False)
    channel = Column(String(16), nullable=True)
    attempts = Column(Integer, nullable=False, default=0)
    detail = Column(Text, nullable=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    claimed_at = Column(DateTime(timezone=True), nullable=True)
    sent_at = Column(DateTime(timezone=True), nullable=True)
