"""The access predicate: the single definition of who sees what.

``Audience`` is what the predicate needs to know about a caller, read at
request time: its party, whether the party is in good standing today, and
for each scope it reads now, every interval during which it had access.
``visible(audience, v)`` compiles that into a SQL condition on a row ``v`` of
the ``visibility`` table. Every query that returns or counts intelligence
goes through ``first_visible`` (built on ``visible``), so counts,
paging and ``more`` flags never reveal what the caller cannot see.

A caller sees a row when:
- its own party posted the version (``own``), whatever its standing; or,
  while its party is in good standing,
- the row puts the version in a scope the caller reads now, at a time inside
  one of the caller's access intervals for that scope (``live``); or
- the row was made for the caller's party: a catch-up for a scope it reads
  now, or a grant; or, in the "everything" view only, a continuity row that
  keeps a version where the party first saw it after one path to it closed.

Several rows may make one version visible (posted to two scopes, a grant on
top); the caller sees the version once, at the earliest of them — that
row's ``date_added`` is when the version entered the caller's view.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from sqlalchemy import Connection, and_, exists, func, not_, or_, true
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import NamedFromClause

from accord.access import ledger
from accord.db.schema import stix_versions, visibility
from accord.parties.models import Actor

AudienceKey = tuple[int | None, str | None, bool, bool, tuple[tuple[str, tuple[tuple[int, int | None], ...]], ...]]


@dataclass(frozen=True)
class Audience:
    party_id: int | None
    party_code: str | None
    active: bool
    everything: bool = False
    # scope read now -> all of the party's access intervals for it (stamps)
    current: dict[str, tuple[tuple[int, int | None], ...]] = field(default_factory=dict)

    @cached_property
    def key(self) -> AudienceKey:
        """Everything the predicate depends on, hashable: expressions are built once per key."""
        spans = tuple(sorted(self.current.items()))
        return (self.party_id, self.party_code, self.active, self.everything, spans)

    @property
    def scopes(self) -> frozenset[str]:
        """Scopes the caller reads now (its own scope included)."""
        own = {ledger.own_scope(self.party_code)} if self.party_code else set()
        return frozenset(self.current) | own


def audience_of_party(conn: Connection, party_id: int, party_code: str, active: bool | None = None) -> Audience:
    """A party's audience as its access ledger stands; ``active`` (the party's
    standing) defaults to whether it holds any status-derived scope."""
    spans = ledger.intervals(conn, party_id)
    # Only the open stretch is live; what came before reached the party as rows of its own.
    current: dict[str, tuple[tuple[int, int | None], ...]] = {
        scope: tuple((a, b) for a, b in iv if b is None) for scope, iv in spans.items() if any(b is None for _, b in iv)
    }
    if active is None:
        active = bool(set(current) & set(ledger.STATUS_SCOPES))
    return Audience(party_id, party_code, active, current=current if active else {})


def audience_for(conn: Connection, actor: Actor) -> Audience:
    """Read the caller's audience at request time."""
    if actor.system:
        return Audience(None, None, True, everything=True)
    assert actor.party_id is not None and actor.party_code is not None
    return audience_of_party(conn, actor.party_id, actor.party_code, actor.active)


def visible(aud: Audience, v: NamedFromClause, scope: str | None = None) -> ColumnElement[bool]:
    """SQL: row ``v`` of ``visibility`` makes its version visible to the audience (in ``scope``)."""
    return _visible(aud.key, v, scope)


# SQL expressions are immutable and can be shared by statements: building the
# predicate (three copies in a page query) cost about 3 ms a request, so each
# is built once per audience, alias and scope. Bounded: aliases made per call
# elsewhere only cycle through it.
@lru_cache(maxsize=512)
def _visible(key: AudienceKey, v: NamedFromClause, scope: str | None) -> ColumnElement[bool]:
    aud = _audience_of_key(key)
    c = v.c
    if aud.everything:
        cond: ColumnElement[bool] = true()
    else:
        # (party ids start at 1.) coalesce() changes nothing here but keeps SQLite from
        # answering the OR below index by index and sorting the union: the
        # date_added index, read in order, serves a page without a sort.
        terms: list[ColumnElement[bool]] = [
            and_(func.coalesce(c.party_id, 0) == 0, func.coalesce(c.originator_party_id, 0) == aud.party_id)
        ]
        if aud.active:
            for sc, spans in sorted(aud.current.items()):
                in_span = or_(
                    *[and_(c.date_added >= a, c.date_added < b) if b else c.date_added >= a for a, b in spans]
                )
                terms.append(and_(c.party_id.is_(None), c.scope == sc, in_span))
            mine = [*sorted(aud.current), ledger.GRANT]
            if scope is None:
                mine += [ledger.continuity_scope(s) for s in mine]
            terms.append(and_(c.party_id == aud.party_id, c.scope.in_(mine)))
        cond = or_(*terms)
    if scope is not None:
        cond = and_(c.scope == scope, cond)
    return cond


# Aliases of the subqueries, made once: an alias builds a proxy of every column,
# which cost about a millisecond per request when made per query.
_EARLIER = visibility.alias("v_earlier")
_NEWER_V = visibility.alias("v_other")
_NEWER_S = stix_versions.alias("s_other")


def _audience_of_key(key: AudienceKey) -> Audience:
    party_id, party_code, active, everything, spans = key
    return Audience(party_id, party_code, active, everything, dict(spans))


def first_visible(aud: Audience, v: NamedFromClause, scope: str | None = None) -> ColumnElement[bool]:
    """``visible``, and no earlier visible row for the same version: each version once."""
    return _first_visible(aud.key, v, scope)


@lru_cache(maxsize=512)
def _first_visible(key: AudienceKey, v: NamedFromClause, scope: str | None) -> ColumnElement[bool]:
    aud = _audience_of_key(key)
    v2 = _EARLIER
    return and_(
        visible(aud, v, scope),
        not_(
            exists().where(
                v2.c.version_pk == v.c.version_pk,
                or_(v2.c.date_added < v.c.date_added, and_(v2.c.date_added == v.c.date_added, v2.c.pk < v.c.pk)),
                visible(aud, v2, scope),
            )
        ),
    )


def newest_visible(aud: Audience, s: NamedFromClause, scope: str | None, *, last: bool) -> ColumnElement[bool]:
    """No other version of the same object that the caller sees is newer (``last``) or older."""
    return _newest_visible(aud.key, s, scope, last)


@lru_cache(maxsize=512)
def _newest_visible(key: AudienceKey, s: NamedFromClause, scope: str | None, last: bool) -> ColumnElement[bool]:
    aud = _audience_of_key(key)
    v3, s3 = _NEWER_V, _NEWER_S
    newer = s3.c.version_us > s.c.version_us if last else s3.c.version_us < s.c.version_us
    return not_(
        exists()
        .select_from(v3.join(s3, s3.c.pk == v3.c.version_pk))
        .where(s3.c.object_id == s.c.object_id, newer, visible(aud, v3, scope))
    )
