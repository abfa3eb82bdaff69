"""Audit services: verify the chain, write checkpoints, read the log."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import and_, or_, select

from accord.audit import chain, checkpoints
from accord.audit.chain import Checkpoint, Entry, VerifyResult
from accord.db.schema import audit_log
from accord.errors import Forbidden
from accord.hub import Unit
from accord.parties.models import Role


def verify(unit: Unit, checkpoint_dir: Path) -> VerifyResult:
    """Walk the whole chain against the key and the latest signed checkpoint."""
    cp = checkpoints.latest(checkpoint_dir, unit.audit_key)
    return chain.verify(unit.conn, unit.audit_key, cp)


def checkpoint(unit: Unit, checkpoint_dir: Path, *, after_restore: bool = False) -> Checkpoint:
    """Write a signed checkpoint of the chain's current head outside the database.

    The chain is verified first: signing the head of a broken chain would
    bless the tampering. After a restore the head has legitimately moved
    back, so the chain is verified on its own (every MAC) and the new
    checkpoint, marked ``restore``, supersedes the earlier ones.
    """
    if after_restore:
        result = chain.verify(unit.conn, unit.audit_key, None)
    else:
        # Only what was written since the last checkpoint needs checking: the
        # part before it was verified when that checkpoint was signed.
        last = checkpoints.latest(checkpoint_dir, unit.audit_key)
        result = chain.verify(unit.conn, unit.audit_key, None, start=last)
    if not result.ok:
        raise checkpoints.CheckpointError(f"audit chain is broken, no checkpoint written: {result.problem}")
    cp = Checkpoint(result.head_seq, result.head_mac)
    checkpoints.write(checkpoint_dir, unit.audit_key, cp, unit.now, "restore" if after_restore else "periodic")
    return cp


def read_log(
    unit: Unit,
    *,
    party: str | None = None,
    since: datetime | None = None,
    limit: int = 100,
    after_seq: int = 0,
) -> list[Entry]:
    """Audit entries the actor may read: everything for an alliance_admin; for a
    party_admin, what its party did and what touched its party's data (who
    read it)."""
    actor = unit.actor
    q = select(audit_log).where(audit_log.c.seq > after_seq)
    if not actor.has(Role.ALLIANCE_ADMIN):
        if not actor.has(Role.PARTY_ADMIN) or not actor.party_code:
            raise Forbidden("reading the audit log needs party_admin or alliance_admin")
        own = actor.party_code
        if party and party.upper() != own:
            raise Forbidden("a party_admin reads only its own party's audit entries")
        party = own
    if party:
        code = party.upper()
        q = q.where(or_(audit_log.c.actor_party == code, audit_log.c.parties.contains(f",{code},")))
    if since is not None:
        q = q.where(and_(audit_log.c.at >= since))
    rows = unit.conn.execute(q.order_by(audit_log.c.seq).limit(max(1, min(limit, 10_000)))).all()
    entries = [Entry(**r._asdict()) for r in rows]
    touched: dict[str, int] = {}
    for e in entries:
        for p in [x for x in e.parties.split(",") if x] or ([e.actor_party] if e.actor_party else []):
            touched[p] = touched.get(p, 0) + 1
    unit.record_read("audit_log", touched)
    return entries
