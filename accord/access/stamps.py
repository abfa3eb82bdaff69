"""``date_added`` stamps: microseconds since the epoch, unique and strictly
increasing in commit order.

Every row that makes a version visible to someone takes its stamp from one
allocator row, updated inside the writer's transaction: its lock (PostgreSQL)
or the database write lock (SQLite) orders writers, so no transaction can
commit a stamp lower than one already committed. A client paging with
``added_after`` therefore never skips or repeats a row.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, case, update

from accord.db.schema import stamp_head

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def to_us(when: datetime) -> int:
    delta = when.astimezone(UTC) - EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_us(us: int) -> datetime:
    return EPOCH + timedelta(microseconds=us)


def taxii_timestamp(us: int) -> str:
    """A stamp in TAXII's format: microseconds and ``Z``."""
    return from_us(us).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def allocate(conn: Connection, count: int, now: datetime) -> int:
    """Reserve ``count`` consecutive stamps, none earlier than ``now``; returns the first."""
    if count <= 0:
        raise ValueError("count must be positive")
    now_us = to_us(now)
    row = conn.execute(
        update(stamp_head)
        .where(stamp_head.c.id == 1)
        .values(
            last_us=case(
                (stamp_head.c.last_us + count > now_us + count - 1, stamp_head.c.last_us + count),
                else_=now_us + count - 1,
            )
        )
        .returning(stamp_head.c.last_us)
    ).scalar_one_or_none()
    if row is None:
        conn.execute(stamp_head.insert().values(id=1, last_us=now_us + count - 1))
        return now_us
    return int(row) - count + 1
