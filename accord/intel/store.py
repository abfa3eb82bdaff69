"""SQL of the intelligence store. Every read goes through ``accord.access.predicate``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Connection, delete, func, or_, select
from sqlalchemy.sql import Select
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import NamedFromClause

from accord.access.predicate import Audience, first_visible, newest_visible, visible
from accord.db.bulk import insert_many, select_in
from accord.db.engine import is_sqlite
from accord.db.schema import grants, parties, stix_versions, visibility
from accord.intel.models import Filters, Item, Page


class VersionKey(NamedTuple):
    pk: int
    object_id: str
    version_us: int
    originator_party_id: int


class StoredVersion(NamedTuple):
    pk: int
    object_id: str
    version_us: int
    originator_party_id: int
    body: str


def existing_versions(conn: Connection, object_ids: Iterable[str]) -> list[StoredVersion]:
    """The stored versions of these objects, with their bodies."""
    return _versions_of(conn, object_ids, StoredVersion)


def version_keys(conn: Connection, object_ids: Iterable[str]) -> list[VersionKey]:
    """The stored versions of these objects, without their bodies."""
    return _versions_of(conn, object_ids, VersionKey)


_Row = TypeVar("_Row", VersionKey, StoredVersion)


def _versions_of(conn: Connection, object_ids: Iterable[str], row: type[_Row]) -> list[_Row]:
    """The versions of these objects as rows of ``row``, whose fields name the columns read."""
    return [row._make(r) for r in select_in(conn, stix_versions, row._fields, "object_id", object_ids)]


def insert_versions(conn: Connection, rows: list[dict[str, Any]]) -> list[int]:
    """Insert versions; returns their primary keys in order."""
    if not rows:
        return []
    if is_sqlite(conn.engine):
        # A write unit on SQLite holds the database's write lock from its
        # BEGIN IMMEDIATE: the keys after the largest one are free, so they
        # are given here rather than looked up after the insert.
        top = conn.execute(select(func.max(stix_versions.c.pk))).scalar_one_or_none() or 0
        pks = list(range(top + 1, top + 1 + len(rows)))
        insert_many(conn, stix_versions, [{**r, "pk": pk} for r, pk in zip(rows, pks, strict=True)])
        return pks
    # PostgreSQL: one executemany and one lookup (RETURNING and executemany do not mix in the driver).
    insert_many(conn, stix_versions, rows)
    found = {
        (r.object_id, int(r.version_us)): int(r.pk)
        for r in version_keys(conn, (r["object_id"] for r in rows))
    }
    return [found[(r["object_id"], r["version_us"])] for r in rows]


def scopes_of(conn: Connection, version_pks: Sequence[int]) -> set[tuple[int, str]]:
    out: set[tuple[int, str]] = set()
    for i in range(0, len(version_pks), 500):
        chunk = list(version_pks[i : i + 500])
        out.update(
            (int(r.version_pk), str(r.scope))
            for r in conn.execute(
                select(visibility.c.version_pk, visibility.c.scope).where(
                    visibility.c.version_pk.in_(chunk), visibility.c.party_id.is_(None)
                )
            )
        )
    return out


def insert_visibility(conn: Connection, rows: list[dict[str, Any]]) -> None:
    insert_many(conn, visibility, rows)


def grantees(conn: Connection, object_ids: Iterable[str]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for object_id, party_id in select_in(conn, grants, ("object_id", "party_id"), "object_id", object_ids):
        out.setdefault(object_id, []).append(int(party_id))
    return out


# The page query's aliases, made once (see ``accord.access.predicate``).
_V = visibility.alias("v")
_S = stix_versions.alias("s")


def _filtered(
    aud: Audience, scope: str | None, f: Filters, columns: Sequence[Any]
) -> tuple[Select[Any], NamedFromClause, NamedFromClause]:
    v, s = _V, _S
    q = select(*[c(v, s) if callable(c) else c for c in columns]).select_from(v.join(s, s.c.pk == v.c.version_pk))
    conds: list[ColumnElement[bool]] = [first_visible(aud, v, scope)]
    if f.ids:
        conds.append(s.c.object_id.in_(f.ids))
    if f.types:
        conds.append(v.c.type.in_(f.types))  # the copy on the visibility row: indexed with date_added
    if f.spec_versions:
        conds.append(s.c.spec_version.in_(f.spec_versions))
    if f.added_after_us is not None:
        conds.append(v.c.date_added > f.added_after_us)
    if f.created_by:
        conds.append(s.c.created_by_ref == f.created_by)
    if f.text:
        conds.append(s.c.search_text.contains(f.text.casefold(), autoescape=True))
    if f.modified_from_us is not None:
        conds.append(s.c.version_us >= f.modified_from_us)
    if f.modified_to_us is not None:
        conds.append(s.c.version_us <= f.modified_to_us)
    versions = set(f.versions)
    if "all" not in versions:
        exact = [int(x) for x in versions if x not in ("last", "first")]
        alts: list[ColumnElement[bool]] = []
        if "last" in versions:
            alts.append(newest_visible(aud, s, scope, last=True))
        if "first" in versions:
            alts.append(newest_visible(aud, s, scope, last=False))
        if exact:
            alts.append(s.c.version_us.in_(exact))
        conds.append(or_(*alts))
    return q.where(*conds), v, s


def page(conn: Connection, aud: Audience, scope: str | None, f: Filters) -> Page:
    """One page of visible versions in ``date_added`` order; ``more`` without counting."""
    q, v, _s = _filtered(
        aud,
        scope,
        f,
        [
            lambda v, s: v.c.date_added,
            lambda v, s: s.c.object_id,
            lambda v, s: s.c.version_text,
            lambda v, s: s.c.body,
            lambda v, s: s.c.originator_party_id,
        ],
    )
    result = conn.execute(q.order_by(v.c.date_added).limit(f.limit + 1))
    # Plain tuples from the driver (these columns need no result processing):
    # SQLAlchemy's Row objects, then tuples made of them, cost 3–4 ms a page.
    rows = result.cursor.fetchall()
    result.close()
    items = list(map(Item._make, rows[: f.limit]))
    return Page(items, more=len(rows) > f.limit)


def object_exists_for(conn: Connection, aud: Audience, scope: str | None, object_id: str) -> bool:
    v, s = _V, _S
    q = (
        select(v.c.pk)
        .select_from(v.join(s, s.c.pk == v.c.version_pk))
        .where(s.c.object_id == object_id, visible(aud, v, scope))
        .limit(1)
    )
    return conn.execute(q).first() is not None


def first_originator(conn: Connection, object_id: str) -> int | None:
    row = conn.execute(
        select(stix_versions.c.originator_party_id)
        .where(stix_versions.c.object_id == object_id)
        .order_by(stix_versions.c.pk)
        .limit(1)
    ).scalar_one_or_none()
    return int(row) if row is not None else None


def version_pks(conn: Connection, object_id: str, version_us: Sequence[int] | None) -> list[int]:
    q = select(stix_versions.c.pk).where(stix_versions.c.object_id == object_id)
    if version_us is not None:
        q = q.where(stix_versions.c.version_us.in_(version_us))
    return [int(pk) for pk in conn.execute(q).scalars()]


def remove_from_scope(conn: Connection, object_id: str, scope: str, version_us: Sequence[int] | None) -> int:
    pks = select(stix_versions.c.pk).where(stix_versions.c.object_id == object_id)
    if version_us is not None:
        pks = pks.where(stix_versions.c.version_us.in_(version_us))
    return conn.execute(
        delete(visibility).where(visibility.c.version_pk.in_(pks.scalar_subquery()), visibility.c.scope == scope)
    ).rowcount


def version_rows(conn: Connection, object_id: str) -> list[Any]:
    return list(
        conn.execute(
            select(stix_versions, parties.c.code.label("originator"))
            .join_from(stix_versions, parties, parties.c.id == stix_versions.c.originator_party_id)
            .where(stix_versions.c.object_id == object_id)
            .order_by(stix_versions.c.version_us)
        )
    )


def scope_rows(conn: Connection, version_pk: int) -> list[Any]:
    return list(
        conn.execute(select(visibility.c.scope, visibility.c.party_id).where(visibility.c.version_pk == version_pk))
    )
