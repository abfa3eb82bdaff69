"""Keeping a party's access ledger in line with its status and its groups.

Status changes and group admissions call ``sync_party`` in their own
transaction. A status dated in the future takes effect on its day with
nobody writing then: ``needs_sync`` notices it at the party's first request
after that moment, and ``sync_party`` backdates the change to the start of
the day.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import Connection, and_, func, insert, select

from accord.access import ledger, stamps
from accord.access.predicate import Audience, audience_of_party, visible
from accord.db.schema import group_members, party_access, sharing_groups, visibility
from accord.parties import store as parties_store
from accord.parties.models import Party, status_at


def current_groups(conn: Connection, party_id: int) -> frozenset[str]:
    rows = conn.execute(
        select(sharing_groups.c.slug)
        .select_from(group_members.join(sharing_groups, sharing_groups.c.id == group_members.c.group_id))
        .where(and_(group_members.c.party_id == party_id, group_members.c.removed_at.is_(None)))
    )
    return frozenset(r.slug for r in rows)


def needs_sync(conn: Connection, party: Party, now: datetime) -> bool:
    wanted = ledger.wanted_scopes(status_at(party.history, now.date()), current_groups(conn, party.id))
    return wanted != ledger.open_scopes(conn, party.id)


def _effective_start_us(conn: Connection, party: Party, now: datetime) -> int:
    """When the party's current status took effect: the start of its day, but
    never before the party's last recorded access change, nor after now."""
    day = max((p.valid_from for p in party.history if p.valid_from <= now.date()), default=now.date())
    start = stamps.to_us(datetime(day.year, day.month, day.day, tzinfo=UTC))
    last = conn.execute(
        select(func.max(func.coalesce(party_access.c.ended_us, party_access.c.started_us))).where(
            party_access.c.party_id == party.id
        )
    ).scalar_one_or_none()
    if last is not None:
        start = max(start, int(last) + 1)
    return min(start, stamps.to_us(now))


def _audience(conn: Connection, party: Party) -> Audience:
    """The party's audience as the ledger stands (what its users would see now)."""
    return audience_of_party(conn, party.id, party.code)


def _first_seen(conn: Connection, aud: Audience, version_pks: Sequence[int] | None = None) -> dict[int, int]:
    """version pk -> the date_added at which the audience sees it (of ``version_pks``, or all)."""
    v = visibility.alias("v")
    q = select(v.c.version_pk, func.min(v.c.date_added)).where(visible(aud, v)).group_by(v.c.version_pk)
    if version_pks is not None:
        q = q.where(v.c.version_pk.in_(list(version_pks)))
    return {int(pk): int(first) for pk, first in conn.execute(q)}


def first_seen_by_party(conn: Connection, version_pks: Sequence[int]) -> dict[int, dict[int, int]]:
    """For each party: version pk -> the date_added it sees the version at (before a removal)."""
    return {
        party.id: _first_seen(conn, _audience(conn, party), version_pks) for party in parties_store.list_parties(conn)
    }


def keep_continuity_after_removal(
    conn: Connection, version_pks: Sequence[int], before: dict[int, dict[int, int]]
) -> None:
    """After a version left one collection, a party that still sees it through
    another keeps the date_added it knew: a removal must not make it reappear
    in the party's next incremental poll."""
    for party in parties_store.list_parties(conn):
        seen = before.get(party.id)
        if seen:
            _keep_continuity(conn, party, seen, version_pks)


def _keep_continuity(
    conn: Connection, party: Party, before: dict[int, int], version_pks: Sequence[int] | None = None
) -> None:
    """A version that stays visible through a change keeps the date_added the party
    already knew it by: losing one path to it (a scope closed) must not make it
    reappear, later, through another path (a second scope, a grant, a catch-up).
    The party gets a row of its own, on the surviving path, with the old stamp."""
    aud = _audience(conn, party)
    after = _first_seen(conn, aud, version_pks)
    moved = [pk for pk, first in after.items() if pk in before and before[pk] < first]
    if not moved:
        return
    v = visibility.alias("v")
    for pk in moved:
        row = conn.execute(
            select(v.c.scope, v.c.originator_party_id, v.c.type)
            .where(v.c.version_pk == pk, visible(aud, v))
            .order_by(v.c.date_added)
            .limit(1)
        ).one()
        conn.execute(
            insert(visibility).values(
                version_pk=pk,
                scope=ledger.continuity_scope(row.scope),
                party_id=party.id,
                originator_party_id=row.originator_party_id,
                type=row.type,
                date_added=before[pk],
            )
        )


def sync_party(conn: Connection, party_id: int, now: datetime, *, lazily: bool = False) -> bool:
    """Align the party's access with its status and groups now (in a write transaction)."""
    party = parties_store.get_party_by_id(conn, party_id)
    alliance = parties_store.get_alliance(conn)
    assert party is not None and alliance is not None
    if not needs_sync(conn, party, now):
        return False
    before = _first_seen(conn, _audience(conn, party))
    changed = ledger.sync_access(
        conn,
        party.id,
        status_at(party.history, now.date()),
        now,
        new_members_see_history=alliance.new_members_see_history,
        member_of_groups=current_groups(conn, party.id),
        at_us=_effective_start_us(conn, party, now) if lazily else None,
    )
    _keep_continuity(conn, party, before)
    return changed
