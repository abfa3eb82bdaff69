"""The chain itself: how an entry is sealed, appended and verified.

Each entry's MAC is HMAC-SHA256, under a key kept outside the database, of
the entry's own fields (its sequence number included) and the previous
entry's MAC. Someone who can write the database but does not hold the key
cannot change, insert, remove or reorder entries without breaking a MAC or
the sequence; removal at the end is caught by the signed checkpoints that
``accord.audit.service`` writes outside the database.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, update

from accord.db.schema import audit_head, audit_log

GENESIS_MAC = "0" * 64


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


@dataclass(frozen=True)
class Entry:
    seq: int
    at: datetime
    request_id: str
    actor_user: str
    actor_party: str | None
    door: str
    action: str
    object_type: str
    object_id: str
    outcome: str
    parties: str
    detail: str
    prev_mac: str
    mac: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at.isoformat(),
            "request_id": self.request_id,
            "actor_user": self.actor_user,
            "actor_party": self.actor_party,
            "door": self.door,
            "action": self.action,
            "object_type": self.object_type,
            "object_id": self.object_id,
            "outcome": self.outcome,
            "parties": [p for p in self.parties.split(",") if p],
            "detail": json.loads(self.detail),
        }


def seal(key: bytes, fields: Mapping[str, Any], prev_mac: str) -> str:
    """The MAC of one entry's fields chained to its predecessor's MAC."""
    body = canonical_json(
        [
            fields["seq"],
            fields["at"].isoformat(),
            fields["request_id"],
            fields["actor_user"],
            fields["actor_party"],
            fields["door"],
            fields["action"],
            fields["object_type"],
            fields["object_id"],
            fields["outcome"],
            fields["parties"],
            fields["detail"],
            prev_mac,
        ]
    )
    return hmac.new(key, body.encode(), hashlib.sha256).hexdigest()


def append(
    conn: Connection,
    key: bytes,
    *,
    at: datetime,
    request_id: str,
    actor_user: str,
    actor_party: str | None,
    door: str,
    action: str,
    object_type: str,
    object_id: str,
    outcome: str,
    parties: Sequence[str] = (),
    detail: Mapping[str, Any] | None = None,
) -> int:
    """Append one entry inside the caller's transaction; returns its sequence number.

    The head row is updated first: on PostgreSQL its row lock orders
    concurrent appends; on SQLite the write transaction already holds the
    database's write lock.
    """
    result = conn.execute(
        update(audit_head)
        .where(audit_head.c.id == 1)
        .values(seq=audit_head.c.seq + 1)
        .returning(audit_head.c.seq, audit_head.c.mac)
    ).one_or_none()
    if result is None:
        conn.execute(audit_head.insert().values(id=1, seq=1, mac=GENESIS_MAC))
        seq, prev_mac = 1, GENESIS_MAC
    else:
        seq, prev_mac = int(result.seq), str(result.mac)
    fields: dict[str, Any] = {
        "seq": seq,
        "at": at,
        "request_id": request_id,
        "actor_user": actor_user,
        "actor_party": actor_party,
        "door": door,
        "action": action,
        "object_type": object_type,
        "object_id": object_id,
        "outcome": outcome,
        "parties": "," + ",".join(sorted(set(parties))) + "," if parties else "",
        "detail": canonical_json(dict(detail or {})),
    }
    mac = seal(key, fields, prev_mac)
    conn.execute(audit_log.insert().values(**fields, prev_mac=prev_mac, mac=mac))
    conn.execute(update(audit_head).where(audit_head.c.id == 1).values(mac=mac))
    return seq


def iter_entries(conn: Connection, *, after_seq: int = 0, batch: int = 5000) -> Iterator[Entry]:
    """Every entry in sequence order, fetched in batches."""
    last = after_seq
    while True:
        rows = conn.execute(
            select(audit_log).where(audit_log.c.seq > last).order_by(audit_log.c.seq).limit(batch)
        ).all()
        if not rows:
            return
        for row in rows:
            yield Entry(**row._asdict())
        last = int(rows[-1].seq)


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    mac: str


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int
    head_seq: int
    head_mac: str
    problem: str | None = None
    bad_seq: int | None = None


def verify(
    conn: Connection, key: bytes, checkpoint: Checkpoint | None, *, start: Checkpoint | None = None
) -> VerifyResult:
    """Walk the chain and stop at the first bad entry.

    From the beginning by default; from ``start`` (a checkpoint whose entry
    must still carry the checkpointed MAC) when only the entries written
    since a trusted checkpoint need checking.
    """
    expected_seq, prev_mac = 1, GENESIS_MAC
    if start is not None and start.seq > 0:
        row = conn.execute(select(audit_log.c.mac).where(audit_log.c.seq == start.seq)).scalar_one_or_none()
        if row is None or not hmac.compare_digest(str(row), start.mac):
            return VerifyResult(
                False, 0, start.seq, start.mac, f"entry {start.seq} differs from the signed checkpoint", start.seq
            )
        expected_seq, prev_mac = start.seq + 1, start.mac
    count = 0
    checkpoint_seen = checkpoint is None or checkpoint.seq < expected_seq
    for entry in iter_entries(conn, after_seq=expected_seq - 1):
        if entry.seq != expected_seq:
            return VerifyResult(
                False,
                count,
                expected_seq - 1,
                prev_mac,
                f"entry {expected_seq} is missing (next entry found is {entry.seq})",
                expected_seq,
            )
        if entry.prev_mac != prev_mac:
            return VerifyResult(
                False,
                count,
                entry.seq - 1,
                prev_mac,
                f"entry {entry.seq} does not follow entry {entry.seq - 1} (removed, inserted or reordered)",
                entry.seq,
            )
        if not hmac.compare_digest(seal(key, entry.__dict__, prev_mac), entry.mac):
            return VerifyResult(
                False,
                count,
                entry.seq - 1,
                prev_mac,
                f"entry {entry.seq} fails its MAC (changed, inserted or forged without the key)",
                entry.seq,
            )
        if checkpoint is not None and entry.seq == checkpoint.seq:
            if not hmac.compare_digest(entry.mac, checkpoint.mac):
                return VerifyResult(
                    False,
                    count,
                    entry.seq,
                    entry.mac,
                    f"entry {entry.seq} differs from the signed checkpoint",
                    entry.seq,
                )
            checkpoint_seen = True
        prev_mac = entry.mac
        expected_seq += 1
        count += 1
    if not checkpoint_seen:
        assert checkpoint is not None
        return VerifyResult(
            False,
            count,
            expected_seq - 1,
            prev_mac,
            f"entries {expected_seq}..{checkpoint.seq} are missing: the signed checkpoint "
            f"records entry {checkpoint.seq}, the chain ends at {expected_seq - 1}",
            expected_seq,
        )
    return VerifyResult(True, count, expected_seq - 1, prev_mac)
