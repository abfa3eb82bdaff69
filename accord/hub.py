"""The hub: what every adapter holds — settings, engine, clock, keys — and
the unit of work through which services read and write.

A ``Unit`` is one database transaction on behalf of one ``Actor`` at one
instant (``now``, read once from the clock): services take it, stores run
their SQL on its connection, and ``record`` appends to the audit chain in
the same transaction, so a write and its audit entry commit together or not
at all.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine

from accord.audit import chain
from accord.clock import Clock, SystemClock
from accord.db.engine import make_engine, transaction
from accord.errors import AccordError, Forbidden
from accord.keys import load_or_create_key
from accord.parties.models import Actor
from accord.settings import Settings

T = TypeVar("T")

log = logging.getLogger("accord")


def new_request_id() -> str:
    return secrets.token_hex(8)


@dataclass
class Unit:
    conn: Connection
    actor: Actor
    now: datetime
    request_id: str
    audit_key: bytes
    write: bool = False
    # Entries recorded in a read-only unit are appended after it, in a short
    # write transaction of their own (a SQLite read transaction cannot be
    # upgraded to a write safely once another writer has committed).
    deferred: list[dict[str, Any]] = field(default_factory=list)
    # Values derived once per unit of work (e.g. the caller's audience, read by
    # the collection lookup and again by the page query of the same request).
    memo: dict[str, Any] = field(default_factory=dict)

    def memoized(self, key: str, make: Callable[[], T]) -> T:
        """``make()``, computed once per unit of work under ``key`` (for what the unit's own writes
        do not change: the caller's audience, the parties a register import writes for)."""
        if key not in self.memo:
            self.memo[key] = make()
        value: T = self.memo[key]
        return value

    def record(
        self,
        action: str,
        object_type: str,
        object_id: str,
        *,
        detail: Mapping[str, Any] | None = None,
        outcome: str = "ok",
        parties: Sequence[str] = (),
    ) -> None:
        """Append an audit entry for this actor in this transaction."""
        entry: dict[str, Any] = dict(
            at=self.now,
            request_id=self.request_id,
            actor_user=self.actor.username,
            actor_party=self.actor.party_code,
            door=self.actor.door,
            action=action,
            object_type=object_type,
            object_id=object_id,
            outcome=outcome,
            parties=parties,
            detail=detail,
        )
        if self.write:
            chain.append(self.conn, self.audit_key, **entry)
        else:
            self.deferred.append(entry)

    def record_read(self, what: str, parties_read: Mapping[str, int]) -> None:
        """Record a read once per request when it returned other parties' data."""
        foreign = {p: n for p, n in parties_read.items() if p and p != self.actor.party_code and n}
        if foreign:
            self.record("read", what, "-", detail={"records_by_party": foreign}, parties=list(foreign))

    def require_write(self) -> None:
        """Refuse writes on read-only tokens and for suspended or departed parties."""
        if self.actor.read_only:
            raise Forbidden("this token is read-only")
        if not self.actor.active:
            raise Forbidden(f"party {self.actor.party_code} is not in good standing and cannot write")


class Hub:
    """Everything an adapter needs, built from one ``Settings``."""

    def __init__(self, settings: Settings, clock: Clock | None = None, engine: Engine | None = None) -> None:
        self.settings = settings
        self.clock: Clock = clock or SystemClock()
        self.engine = engine or make_engine(settings.resolved_database_url())
        audit_key_file = settings.resolved_audit_key_file()
        if not audit_key_file.exists() and _chain_has_entries(self.engine):
            # A new key would make every existing entry fail verification.
            if engine is None:
                self.engine.dispose()
            raise AccordError(
                f"the audit key file {audit_key_file} is missing but the audit chain has entries: "
                "restore the key file (or point ACCORD_AUDIT_KEY_FILE at it)"
            )
        self.audit_key = load_or_create_key(audit_key_file)
        self.secret_key = load_or_create_key(settings.resolved_secret_key_file())
        from accord.parties.auth import Authenticator  # the authenticator needs the hub's parts

        self.auth = Authenticator(self)
        # (party id, day) pairs whose status-derived access was found current
        # (see accord.intel.service.ensure_access_current).
        self.access_checked: set[tuple[int, str]] = set()
        # Long-lived per-hub state of features (e.g. the screening index), keyed by feature.
        self.features: dict[str, Any] = {}

    @contextmanager
    def unit(self, actor: Actor, *, write: bool = False, request_id: str | None = None) -> Iterator[Unit]:
        with transaction(self.engine, write=write) as conn:
            unit = Unit(conn, actor, self.clock.now(), request_id or new_request_id(), self.audit_key, write)
            yield unit
        if unit.deferred:
            with transaction(self.engine, write=True) as conn:
                for entry in unit.deferred:
                    chain.append(conn, self.audit_key, **entry)

    def record_refusal(self, actor: Actor, request_id: str, action: str, object_type: str, reason: str) -> None:
        """Record a refused request in its own transaction (the request's own was rolled back)."""
        try:
            with self.unit(actor, write=True, request_id=request_id) as u:
                u.record(action, object_type, "-", outcome="refused", detail={"reason": reason})
        except Exception:  # the refusal stands even if it cannot be recorded
            log.exception("could not record a refused request in the audit chain")

    def dispose(self) -> None:
        self.engine.dispose()


def _chain_has_entries(engine: Engine) -> bool:
    from sqlalchemy import func, select
    from sqlalchemy.exc import DBAPIError

    from accord.db.schema import audit_log

    try:
        with engine.connect() as conn:
            return bool(conn.execute(select(func.count()).select_from(audit_log)).scalar_one())
    except DBAPIError:  # no schema yet
        return False
