"""The access ledger: when each party's access to each scope began and ended,
and the catch-up rows that make older objects reach a party that gains access.

Scopes: ``own:<CODE>`` (the originating party only), ``group:<slug>``,
``members`` (member states), ``alliance`` (members and permanent bodies),
``community`` (every party in good standing), and ``grant`` (one object
opened to one party). Status-derived access follows the party's dated status
history at the time of the request (see ``sync_access``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, delete, exists, insert, not_, or_, select, update
from sqlalchemy.sql.elements import ColumnElement

from accord.access import stamps
from accord.db.schema import party_access, stix_versions, visibility
from accord.parties.models import Status

MEMBERS, ALLIANCE, COMMUNITY, GRANT = "members", "alliance", "community", "grant"
# A continuity row (accord.access.sync) holds, for one party, the date_added a
# version kept when one path to it closed; it counts only in the party's
# "everything" view and only while the path it names (the rest of the scope)
# stays open, so a per-collection view never sees a version move back in time.
CONTINUITY_PREFIX = "continuity:"


def continuity_scope(scope: str) -> str:
    return scope if scope.startswith(CONTINUITY_PREFIX) else CONTINUITY_PREFIX + scope
STATUS_SCOPES = (MEMBERS, ALLIANCE, COMMUNITY)

_SCOPES_BY_STATUS: dict[Status, frozenset[str]] = {
    Status.MEMBER: frozenset({MEMBERS, ALLIANCE, COMMUNITY}),
    Status.BODY: frozenset({ALLIANCE, COMMUNITY}),
    Status.OBSERVER: frozenset({COMMUNITY}),
    Status.DIALOGUE_PARTNER: frozenset({COMMUNITY}),
    Status.SUSPENDED: frozenset(),
    Status.LEFT: frozenset(),
}


def scopes_for_status(status: Status | None) -> frozenset[str]:
    """The shared scopes a party reads under a status."""
    return _SCOPES_BY_STATUS.get(status, frozenset()) if status else frozenset()


def group_scope(slug: str) -> str:
    return f"group:{slug}"


def own_scope(code: str) -> str:
    return f"own:{code}"


def intervals(conn: Connection, party_id: int) -> dict[str, list[tuple[int, int | None]]]:
    """Every access interval of a party, by scope, oldest first."""
    out: dict[str, list[tuple[int, int | None]]] = {}
    rows = conn.execute(
        select(party_access.c.scope, party_access.c.started_us, party_access.c.ended_us)
        .where(party_access.c.party_id == party_id)
        .order_by(party_access.c.started_us)
    )
    for r in rows:
        out.setdefault(r.scope, []).append((int(r.started_us), int(r.ended_us) if r.ended_us is not None else None))
    return out


def _in_intervals(col: ColumnElement[int], spans: list[tuple[int, int | None]]) -> ColumnElement[bool]:
    terms = [and_(col >= a, col < b) if b is not None else col >= a for a, b in spans]
    return or_(*terms) if terms else and_(col != col)


def open_access(
    conn: Connection, party_id: int, scope: str, now: datetime, *, catch_up: bool, at_us: int | None = None
) -> int:
    """Open an access interval (a new "stretch"); returns its start.

    Only the open interval makes scope rows visible (``accord.access.predicate``):
    what reaches the party from before it is materialised here as rows of its
    own with fresh stamps, so that its next incremental poll receives them —
    every version already in the scope when ``catch_up`` applies, otherwise the
    versions shared there during the party's earlier intervals (history it was
    entitled to). ``at_us`` backdates the start to the moment a future-dated
    status took effect (nobody could read in between: the party's first
    request after that moment makes this call).
    """
    previous = intervals(conn, party_id).get(scope, [])
    if any(end is None for _, end in previous):
        return next(a for a, end in previous if end is None)
    start = at_us if at_us is not None else stamps.allocate(conn, 1, now)
    conn.execute(insert(party_access).values(party_id=party_id, scope=scope, started_us=start))
    if catch_up or previous:
        _catch_up(conn, party_id, scope, now, before=start, only=None if catch_up else previous)
    return start


def _catch_up(
    conn: Connection,
    party_id: int,
    scope: str,
    now: datetime,
    *,
    before: int,
    only: list[tuple[int, int | None]] | None,
) -> int:
    v = visibility.alias("v")
    q = (
        select(v.c.version_pk, v.c.originator_party_id, v.c.type)
        .where(
            v.c.party_id.is_(None),
            v.c.scope == scope,
            v.c.date_added < before,
            v.c.originator_party_id != party_id,
        )
        .order_by(v.c.date_added)
    )
    if only is not None:
        q = q.where(_in_intervals(v.c.date_added, only))
    return _add_party_rows(conn, [tuple(r) for r in conn.execute(q)], scope, party_id, now)


def close_access(conn: Connection, party_id: int, scope: str, now: datetime, *, at_us: int | None = None) -> None:
    """End the party's stretch of access to a scope; its catch-up rows for the
    scope end with it (a later stretch makes fresh ones)."""
    end = at_us if at_us is not None else stamps.allocate(conn, 1, now)
    updated = conn.execute(
        update(party_access)
        .where(party_access.c.party_id == party_id, party_access.c.scope == scope, party_access.c.ended_us.is_(None))
        .values(ended_us=end)
    ).rowcount
    if updated:
        conn.execute(
            delete(visibility).where(
                visibility.c.party_id == party_id, visibility.c.scope.in_([scope, continuity_scope(scope)])
            )
        )


def open_scopes(conn: Connection, party_id: int) -> frozenset[str]:
    rows = conn.execute(
        select(party_access.c.scope).where(party_access.c.party_id == party_id, party_access.c.ended_us.is_(None))
    )
    return frozenset(r.scope for r in rows)


def wanted_scopes(status: Status | None, member_of_groups: frozenset[str]) -> frozenset[str]:
    """The scopes a party should read under a status, given its group memberships."""
    desired = scopes_for_status(status)
    return desired | frozenset(group_scope(g) for g in member_of_groups) if desired else desired


def sync_access(
    conn: Connection,
    party_id: int,
    status: Status | None,
    now: datetime,
    *,
    new_members_see_history: bool,
    member_of_groups: frozenset[str],
    at_us: int | None = None,
) -> bool:
    """Bring the party's access in line with its status and groups now; True when something changed.

    A party that gains ``members`` or ``alliance`` sees what was shared there
    before only when the alliance says new members see history; ``community``
    and group history always reach it. A party out of good standing reads
    nothing shared by others: its group stretches end too, and start again
    (with the groups' history) when it is back; its grant rows are then
    stamped anew.
    """
    wanted = wanted_scopes(status, member_of_groups)
    current = open_scopes(conn, party_id)
    if wanted == current:
        return False
    was_active = bool(current & set(STATUS_SCOPES))
    for scope in sorted(current - wanted):
        close_access(conn, party_id, scope, now, at_us=at_us)
    for scope in sorted(wanted - current):
        history = scope == COMMUNITY or scope.startswith("group:") or new_members_see_history
        open_access(conn, party_id, scope, now, catch_up=history, at_us=at_us)
    if wanted and not was_active:
        restamp_grants(conn, party_id, now)
    return True


def restamp_grants(conn: Connection, party_id: int, now: datetime) -> None:
    """Give the party's grant rows fresh stamps, so that they reach its next poll."""
    rows = conn.execute(
        select(visibility.c.pk)
        .where(visibility.c.party_id == party_id, visibility.c.scope == GRANT)
        .order_by(visibility.c.date_added)
    ).all()
    if not rows:
        return
    first = stamps.allocate(conn, len(rows), now)
    for i, r in enumerate(rows):
        conn.execute(update(visibility).where(visibility.c.pk == r.pk).values(date_added=first + i))


def grant_object(conn: Connection, object_id: str, party_id: int, now: datetime) -> int:
    """Open every version of one object to one more party; returns how many versions reached it."""
    s = stix_versions
    mine = visibility.alias("mine")
    first_rows = (
        select(s.c.pk, s.c.originator_party_id, s.c.type)
        .where(
            s.c.object_id == object_id,
            s.c.originator_party_id != party_id,
            not_(exists().where(mine.c.version_pk == s.c.pk, mine.c.party_id == party_id, mine.c.scope == GRANT)),
        )
        .order_by(s.c.version_us)
    )
    return _add_party_rows(conn, [tuple(r) for r in conn.execute(first_rows)], GRANT, party_id, now)


def _add_party_rows(conn: Connection, versions: list[tuple[Any, ...]], scope: str, party_id: int, now: datetime) -> int:
    """Rows of one party's own (catch-up, grant) for (version pk, originator, type), with fresh stamps in order."""
    if not versions:
        return 0
    first = stamps.allocate(conn, len(versions), now)
    conn.execute(
        insert(visibility),
        [
            {
                "version_pk": pk,
                "scope": scope,
                "party_id": party_id,
                "originator_party_id": originator,
                "type": type_,
                "date_added": first + i,
            }
            for i, (pk, originator, type_) in enumerate(versions)
        ],
    )
    return len(versions)
