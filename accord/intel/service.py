"""Rules of the intelligence feature: posting STIX versions to scopes,
reading them through the access predicate, removal from a collection, grants.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from accord.access import ledger, stamps
from accord.access import sync as access_sync
from accord.access.predicate import Audience, audience_for
from accord.errors import BadRequest, Conflict, Forbidden, NotFound, Unprocessable
from accord.hub import Hub, Unit
from accord.intel import store
from accord.intel.models import TLP2_MARKING_BY_LEVEL, TLP_MARKINGS, Filters, Item, Outcome, Page, PostResult, Tlp
from accord.intel.validate import validate_object
from accord.jsontext import compact_json
from accord.parties import service as parties_service
from accord.parties import store as parties_store
from accord.parties.models import Actor, Role

SHARED_SCOPES = (ledger.MEMBERS, ledger.ALLIANCE, ledger.COMMUNITY)
EVERYTHING = "everything"
_STIX_TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?Z$")
EPOCH_VERSION = "1970-01-01T00:00:00.000Z"


def parse_stix_time(text: str) -> int:
    """A STIX/TAXII timestamp in microseconds since the epoch (digits past the sixth are dropped)."""
    m = _STIX_TIME.match(text) if isinstance(text, str) else None
    if not m:
        raise BadRequest(f"not a timestamp (expected YYYY-MM-DDTHH:MM:SS[.ssssss]Z): {text!r}")
    y, mo, d, h, mi, s, frac = m.groups()
    try:
        when = datetime(int(y), int(mo), int(d), int(h), int(mi), int(s), tzinfo=UTC)
    except ValueError:
        raise BadRequest(f"not a valid date and time: {text!r}") from None
    micros = int((frac or "0")[:6].ljust(6, "0"))
    return stamps.to_us(when) + micros


# --- collections and scopes ---------------------------------------------------------------------


@dataclass(frozen=True)
class Collection:
    id: str
    scope: str | None  # None: everything visible
    alias: str
    title: str
    description: str
    can_read: bool
    can_write: bool


def collection_id(alliance_uuid: str, key: str) -> str:
    return str(uuid.uuid5(uuid.UUID(alliance_uuid), "collection:" + key))


def audience(unit: Unit) -> Audience:
    """The caller's audience, read once per unit of work (writes that change it run in their own units)."""
    return unit.memoized("audience", lambda: audience_for(unit.conn, unit.actor))


def collections(unit: Unit) -> list[Collection]:
    """The caller's collections: its own scope, its groups, the shared scopes it reads, and everything."""
    actor = unit.actor
    alliance = parties_service.current_alliance_uuid(unit)
    if alliance is None or actor.party_code is None:
        return []
    aud = audience(unit)
    writer = actor.has(Role.ANALYST) and actor.active and not actor.read_only
    out = [
        Collection(
            collection_id(alliance, ledger.own_scope(actor.party_code)),
            ledger.own_scope(actor.party_code),
            "own",
            f"{actor.party_code} only",
            "Objects shared with no one outside the party.",
            True,
            writer,
        )
    ]
    groups = sorted(s for s in aud.current if s.startswith("group:"))
    for g in groups:
        out.append(
            Collection(
                collection_id(alliance, g),
                g,
                g,
                f"Group {g[6:]}",
                "Shared with the group's parties.",
                True,
                writer,
            )
        )
    descriptions = {
        ledger.MEMBERS: "Shared with the member states.",
        ledger.ALLIANCE: "Shared with the member states and the permanent bodies.",
        ledger.COMMUNITY: "Shared with every party: members, observers, dialogue partners and bodies.",
    }
    for sc in SHARED_SCOPES:
        if sc in aud.current:
            out.append(
                Collection(collection_id(alliance, sc), sc, sc, sc.capitalize(), descriptions[sc], True, writer)
            )
    out.append(
        Collection(
            collection_id(alliance, EVERYTHING),
            None,
            EVERYTHING,
            "Everything visible",
            "Every object the caller may see, in any scope (read-only).",
            True,
            False,
        )
    )
    return out


def collection(unit: Unit, collection_id_: str) -> Collection:
    for c in collections(unit):
        if c.id == collection_id_:
            return c
    raise NotFound(f"no collection {collection_id_!r}")


def resolve_scope(unit: Unit, name: str) -> Collection:
    """A scope as users write it (``own``, ``group:<slug>``, ``members``, ``alliance``,
    ``community``, ``everything``) → the caller's collection for it."""
    wanted = name.strip()
    for c in collections(unit):
        if c.alias == wanted:
            return c
    raise NotFound(
        f"no scope {name!r} for {unit.actor.party_code} (scopes: own, group:<slug>, members, alliance, community)"
    )


# --- keeping access current -----------------------------------------------------------------------


def ensure_access_current(hub: Hub, actor: Actor) -> None:
    """Bring the caller's access in line with today's status (a status change
    dated in the future takes effect on its day, with nobody writing then).
    Checked once a day per party and process."""
    if actor.system or actor.party_id is None:
        return
    key = (actor.party_id, hub.clock.now().date().isoformat())
    if key in hub.access_checked:
        return
    with hub.unit(Actor.local_admin(actor.door)) as u:
        party = parties_store.get_party_by_id(u.conn, actor.party_id)
        assert party is not None
        stale = access_sync.needs_sync(u.conn, party, u.now)
    if stale:
        with hub.unit(Actor.local_admin(actor.door), write=True) as u:
            access_sync.sync_party(u.conn, party.id, u.now, lazily=True)
    hub.access_checked.add(key)


# --- posting ---------------------------------------------------------------------------------------


def _version_of(obj: dict[str, Any]) -> tuple[int, str]:
    text = obj.get("modified") or obj.get("created")
    if not isinstance(text, str):
        return 0, EPOCH_VERSION  # SCOs carry no version: one version each
    return parse_stix_time(text), text


def _tlp_of(obj: dict[str, Any]) -> set[Tlp]:
    refs = obj.get("object_marking_refs") or []
    return {TLP_MARKINGS[r] for r in refs if isinstance(r, str) and r in TLP_MARKINGS}


def _search_text(obj: dict[str, Any]) -> str:
    parts = [obj.get(k) for k in ("name", "description", "pattern")]
    return " ".join(p for p in parts if isinstance(p, str)).casefold()


def post_objects(unit: Unit, objects: Sequence[Any], scope: Collection, *, tlp: Tlp | None = None) -> PostResult:
    """Store versions in a scope. Invalid objects are refused one by one; the
    valid ones of the same request are stored. The same version posted again
    is a duplicate (and adds the scope if it is new); only the party that
    first posted an object id may post later versions of it."""
    actor = unit.actor
    if not actor.has(Role.ANALYST):
        raise Forbidden("sharing intelligence needs the analyst role")
    unit.require_write()
    if not scope.can_write or scope.scope is None:
        raise Forbidden(f"collection {scope.alias} is read-only")
    assert actor.party_id is not None
    result = PostResult()
    candidates: list[tuple[dict[str, Any], int, str, Tlp | None]] = []
    for obj in objects:
        problems = validate_object(obj)
        oid = obj.get("id") if isinstance(obj, dict) and isinstance(obj.get("id"), str) else None
        if problems:
            result.failures.append(Outcome(oid, None, "; ".join(p.message for p in problems)))
            continue
        assert isinstance(obj, dict)
        levels = _tlp_of(obj)
        if tlp is not None:
            if levels and levels != {tlp}:
                result.failures.append(
                    Outcome(oid, None, f"{oid} is marked TLP:{'/'.join(sorted(levels)).upper()}, not TLP:{tlp.upper()}")
                )
                continue
            if not levels and obj.get("type") != "marking-definition":
                obj = {**obj, "object_marking_refs": [*obj.get("object_marking_refs", []), TLP2_MARKING_BY_LEVEL[tlp]]}
                levels = {tlp}
        if len(levels) > 1:
            result.failures.append(Outcome(oid, None, f"{oid} carries conflicting TLP markings"))
            continue
        level = next(iter(levels)) if levels else None
        if level is Tlp.RED and scope.scope in SHARED_SCOPES:
            result.failures.append(
                Outcome(oid, None, f"{oid} is TLP:RED: share it in 'own', a group or by grant, not in {scope.alias}")
            )
            continue
        version_us, version_text = _version_of(obj)
        candidates.append((obj, version_us, version_text, level))

    existing = store.existing_versions(unit.conn, (c[0]["id"] for c in candidates))
    by_key = {(r.object_id, int(r.version_us)): r for r in existing}
    first_owner: dict[str, int] = {}
    for r in sorted(existing, key=lambda r: r.pk):
        first_owner.setdefault(r.object_id, int(r.originator_party_id))
    new_rows: list[dict[str, Any]] = []
    new_keys: dict[tuple[str, int], int] = {}
    duplicate_pks: list[tuple[int, str, str, str]] = []
    for obj, version_us, version_text, level in candidates:
        oid = obj["id"]
        owner = first_owner.get(oid)
        if owner is not None and owner != actor.party_id:
            result.failures.append(
                Outcome(oid, version_text, f"{oid} was first shared by another party; only it may post versions")
            )
            continue
        key = (oid, version_us)
        body = compact_json(obj)
        found = by_key.get(key)
        if found is not None:
            if json.loads(found.body) != obj:
                result.failures.append(
                    Outcome(oid, version_text, f"{oid} version {version_text} exists with different content")
                )
                continue
            duplicate_pks.append((int(found.pk), oid, version_text, obj["type"]))
            continue
        if key in new_keys:
            if json.loads(new_rows[new_keys[key]]["body"]) != obj:
                result.failures.append(Outcome(oid, version_text, f"{oid} version {version_text} appears twice"))
            else:
                result.successes.append(Outcome(oid, version_text))
                result.duplicates += 1
            continue
        first_owner.setdefault(oid, actor.party_id)
        new_keys[key] = len(new_rows)
        new_rows.append(_version_row(unit, obj, body, version_us, version_text, level, actor.party_id))
    pks = store.insert_versions(unit.conn, new_rows)
    already = store.scopes_of(unit.conn, [d[0] for d in duplicate_pks])
    vis_rows: list[tuple[int, str, int | None, str]] = [
        (pk, scope.scope, None, row["type"]) for pk, row in zip(pks, new_rows, strict=True)
    ]
    for pk, oid, version_text, type_ in duplicate_pks:
        if (pk, scope.scope) not in already:
            vis_rows.append((pk, scope.scope, None, type_))
            already.add((pk, scope.scope))
        result.successes.append(Outcome(oid, version_text))
        result.duplicates += 1
    granted = store.grantees(unit.conn, (r["object_id"] for r in new_rows))
    for pk, row in zip(pks, new_rows, strict=True):
        for party_id in granted.get(row["object_id"], []):
            vis_rows.append((pk, ledger.GRANT, party_id, row["type"]))
        result.successes.append(Outcome(row["object_id"], row["version_text"]))
    result.stored = len(pks)
    _add_visibility(unit, vis_rows, actor.party_id)
    unit.record(
        "intel.post",
        "collection",
        scope.alias,
        detail={
            "stored": [[r["object_id"], r["version_text"]] for r in new_rows],
            "duplicates": result.duplicates,
            "refused": [[o.id, o.message] for o in result.failures],
        },
        parties=[actor.party_code or ""],
    )
    return result


def _version_row(
    unit: Unit, obj: dict[str, Any], body: str, version_us: int, version_text: str, level: Tlp | None, originator: int
) -> dict[str, Any]:
    created_by = obj.get("created_by_ref")
    return {
        "object_id": obj["id"],
        "type": obj["type"],
        "spec_version": obj.get("spec_version", "2.1"),
        "version_us": version_us,
        "version_text": version_text,
        "created_by_ref": created_by if isinstance(created_by, str) else None,
        "originator_party_id": originator,
        "tlp": level.value if level else None,
        "revoked": bool(obj.get("revoked", False)),
        "posted_at": unit.now,
        "posted_by": unit.actor.username,
        "search_text": _search_text(obj),
        "body": body,
    }


def _add_visibility(unit: Unit, rows: Sequence[tuple[int, str, int | None, str]], originator: int) -> None:
    """Visibility rows (version pk, scope, party or None, type) with fresh ``date_added`` stamps."""
    if not rows:
        return
    first = stamps.allocate(unit.conn, len(rows), unit.now)
    store.insert_visibility(
        unit.conn,
        [
            {
                "version_pk": pk,
                "scope": sc,
                "party_id": party,
                "originator_party_id": originator,
                "type": type_,
                "date_added": first + i,
            }
            for i, (pk, sc, party, type_) in enumerate(rows)
        ],
    )


def store_version(unit: Unit, obj: dict[str, Any], scope: str, originator_party_id: int) -> int:
    """Store one new version of a record that a feature with rules of its own
    (the register) has built and checked: validated like any object, placed in
    ``scope`` and in the grants of its object, read through the access
    predicate. Returns the version's primary key."""
    problems = validate_object(obj)
    if problems:
        raise Unprocessable("; ".join(p.message for p in problems))
    version_us, version_text = _version_of(obj)
    levels = _tlp_of(obj)
    level = next(iter(levels)) if len(levels) == 1 else None
    row = _version_row(unit, obj, compact_json(obj), version_us, version_text, level, originator_party_id)
    (pk,) = store.insert_versions(unit.conn, [row])
    vis: list[tuple[int, str, int | None, str]] = [(pk, scope, None, obj["type"])]
    grantees = store.grantees(unit.conn, [obj["id"]]).get(obj["id"], [])
    vis += [(pk, ledger.GRANT, party, obj["type"]) for party in grantees]
    _add_visibility(unit, vis, originator_party_id)
    return pk


# --- reading ---------------------------------------------------------------------------------------


def read_page(unit: Unit, scope: Collection | None, filters: Filters, *, what: str = "objects") -> Page:
    """One page of what the caller sees (in one collection, or everything), audited
    as one read when it returned other parties' data."""
    aud = audience(unit)
    sc = scope.scope if scope else None
    result = store.page(unit.conn, aud, sc, filters)
    if result.items:
        codes = parties_store.party_codes(unit.conn)
        counts: dict[str, int] = {}
        for item in result.items:
            code = codes.get(item.originator_party_id, "?")
            counts[code] = counts.get(code, 0) + 1
        unit.record_read(what, counts)
    return result


def object_visible(unit: Unit, scope: Collection | None, object_id: str) -> bool:
    return store.object_exists_for(unit.conn, audience(unit), scope.scope if scope else None, object_id)


def delete_from_collection(unit: Unit, scope: Collection, object_id: str, versions: Sequence[int] | None) -> int:
    """Remove an object (all or some versions) from one collection. Only its originator may."""
    actor = unit.actor
    if not scope.can_write or scope.scope is None:
        raise Forbidden(f"collection {scope.alias} is read-only")
    unit.require_write()
    if store.first_originator(unit.conn, object_id) != actor.party_id:
        raise Forbidden(f"only the party that shared {object_id} may remove it")
    pks = store.version_pks(unit.conn, object_id, versions)
    before = access_sync.first_seen_by_party(unit.conn, pks)
    removed = store.remove_from_scope(unit.conn, object_id, scope.scope, versions)
    access_sync.keep_continuity_after_removal(unit.conn, pks, before)
    if removed == 0:
        raise NotFound(f"{object_id} is not in collection {scope.alias}")
    unit.record(
        "intel.remove",
        "stix",
        object_id,
        detail={"collection": scope.alias, "rows": removed},
        parties=[actor.party_code or ""],
    )
    return removed


def grant(unit: Unit, object_id: str, party_code: str) -> int:
    """The originator opens one object to one more party."""
    actor = unit.actor
    if not actor.has(Role.ANALYST):
        raise Forbidden("granting access needs the analyst role")
    unit.require_write()
    if store.first_originator(unit.conn, object_id) != actor.party_id:
        raise NotFound(f"no object {object_id!r} shared by {actor.party_code}")
    party = parties_store.get_party(unit.conn, party_code.upper())
    if party is None:
        raise NotFound(f"no party with code {party_code!r}")
    from accord.db.schema import grants

    try:
        unit.conn.execute(
            grants.insert().values(
                object_id=object_id, party_id=party.id, granted_at=unit.now, granted_by=actor.username
            )
        )
    except Exception as exc:  # unique violation
        from sqlalchemy.exc import IntegrityError

        if isinstance(exc, IntegrityError):
            raise Conflict(f"{party.code} already has a grant on {object_id}") from None
        raise
    n = ledger.grant_object(unit.conn, object_id, party.id, unit.now)
    unit.record("intel.grant", "stix", object_id, detail={"party": party.code, "versions": n}, parties=[party.code])
    return n


def versions_with_audience(unit: Unit, object_id: str) -> list[dict[str, Any]]:
    """Every version of an object the caller sees, each with who can see it."""
    aud = audience(unit)
    if not store.object_exists_for(unit.conn, aud, None, object_id):
        raise NotFound(f"no object {object_id!r}")
    page_ = store.page(unit.conn, aud, None, Filters(ids=(object_id,), versions=("all",), limit=10_000))
    visible_versions = {i.version_text for i in page_.items}
    out = []
    for row in store.version_rows(unit.conn, object_id):
        if row.version_text not in visible_versions:
            continue
        out.append(
            {
                "version": row.version_text,
                "originator": row.originator,
                "tlp": row.tlp,
                "revoked": row.revoked,
                "date_added": next(
                    stamps.taxii_timestamp(i.date_added_us) for i in page_.items if i.version_text == row.version_text
                ),
                "audience": audience_of(unit, int(row.pk)),
                "object": json.loads(row.body),
            }
        )
    unit.record_read("object", {out[0]["originator"]: len(out)} if out else {})
    return out


def audience_of(unit: Unit, version_pk: int) -> list[str]:
    """Scopes and parties a version reaches, as the caller may know them (a
    hidden group's members are named only to its members)."""
    described: list[str] = []
    codes = {p.id: p.code for p in parties_store.list_parties(unit.conn)}
    caller_groups = {s for s in audience(unit).current if s.startswith("group:")}
    for r in store.scope_rows(unit.conn, version_pk):
        if r.party_id is not None:
            label = f"{r.scope}:{codes.get(r.party_id, '?')}" if r.scope == ledger.GRANT else None
            if label:
                described.append(label)
            continue
        if r.scope.startswith("group:"):
            row = parties_store.get_group_row(unit.conn, r.scope[6:])
            hidden = row is not None and row.hidden_membership and r.scope not in caller_groups
            if hidden and not unit.actor.has(Role.ALLIANCE_ADMIN):
                described.append(f"{r.scope} (members hidden)")
            else:
                members = parties_store.current_members(unit.conn, row.id) if row else []
                described.append(f"{r.scope} ({', '.join(members)})")
        else:
            described.append(r.scope)
    return sorted(set(described))


def iter_all(unit: Unit, scope: Collection | None, filters: Filters) -> Iterable[Item]:
    """Every visible version matching the filters, page by page (for exports)."""
    after = filters.added_after_us
    while True:
        f = Filters(**{**filters.__dict__, "added_after_us": after, "limit": 1000})
        p = read_page(unit, scope, f, what="export")
        yield from p.items
        if not p.more or not p.items:
            return
        after = p.items[-1].date_added_us
