"""Rules of the designation register.

A designation is stored as a STIX 2.1 ``identity`` whose register content sits
in a property extension (``DESIGNATION_EXTENSION``); each revision is a new
STIX version in the entry's scope, so the access predicate, the history of
versions and TAXII sharing apply to register entries exactly as to any other
shared record. ``register_entries`` keeps the current state for listing and
screening; ``register_history`` says who changed what, when.

Who may do what:
- a **national** designation is entered by a registrar of a member or observer
  state, is ``active`` at once, and only that state's registrars change or
  withdraw it;
- a **joint** listing is ``proposed``, ``listed`` or ``delisted``; until the
  council decides these, an ``alliance_admin`` changes its status with a
  reason (audited).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from accord.errors import BadRequest, Conflict, Forbidden, NotFound, Unprocessable
from accord.hub import Unit
from accord.intel import service as intel
from accord.intel import store as intel_store
from accord.parties import store as parties_store
from accord.parties.models import Role, Status
from accord.parties.service import ACCORD_NAMESPACE, current_alliance_uuid
from accord.register import store
from accord.register.formats import ImportRow
from accord.register.formats._common import RecordError, country_code, partial_date
from accord.register.matching import Subject
from accord.register.models import (
    Category,
    Designation,
    Draft,
    EntryStatus,
    Gender,
    Identifier,
    IdentifierKind,
    Name,
    NameKind,
    Schema,
    Tier,
)
from accord.register.names import detect_script

DESIGNATION_EXTENSION = f"extension-definition--{uuid.uuid5(ACCORD_NAMESPACE, 'extension:designation:1')}"
IDENTITY_CLASS = {
    Schema.PERSON: "individual",
    Schema.ORGANIZATION: "organization",
    Schema.COMPANY: "organization",
    Schema.LEGAL_ENTITY: "organization",
    Schema.VESSEL: "unknown",
}
# States whose registrars may designate (bodies have no national list).
DESIGNATING = frozenset({Status.MEMBER, Status.OBSERVER, Status.DIALOGUE_PARTNER})
STIX_ID = re.compile(r"^[a-z0-9][a-z0-9-]*[a-z0-9]--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


# --- parsing input -----------------------------------------------------------------------------------


def parse_partial_date(text: str, what: str = "birth date") -> str:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` that exists on the calendar (the import formats' rule)."""
    try:
        return partial_date(text, what)
    except RecordError as exc:
        raise BadRequest(str(exc)) from None


def parse_country(text: str) -> str:
    """An ISO 3166-1 alpha-2 code; alpha-3 codes and country names are converted (the import formats' rule)."""
    code = country_code(text)
    if code is None:
        raise BadRequest(f"unknown country {text!r} (expected ISO 3166-1 alpha-2, e.g. CN)")
    return code


def _enum(kind: type[Any], value: Any, what: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        raise BadRequest(f"{what} {value!r} is not one of {', '.join(m.value for m in kind)}") from None


def _strings(d: Mapping[str, Any], key: str) -> list[str]:
    v = d.get(key)
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise BadRequest(f"{key} must be a string or a list of strings")
    return [x for x in v if x.strip()]


def _name(value: str, kind: NameKind, script: str | None = None, lang: str | None = None) -> Name:
    text = " ".join(value.split())
    if not text:
        raise BadRequest("a name is empty")
    if len(text) > 500:
        raise BadRequest(f"name {text[:40]!r}... is longer than 500 characters")
    return Name(text, kind, script or detect_script(text), lang)


def draft_from_mapping(d: Mapping[str, Any]) -> Draft:
    """A draft from JSON as users write it (REST body, CLI file): ``name`` and
    ``aliases`` as strings, or ``names`` as objects; errors name the field."""
    if not isinstance(d, Mapping):
        raise BadRequest("a designation must be a JSON object")
    schema = _enum(Schema, d.get("schema"), "schema")
    names: list[Name] = []
    for i, n in enumerate(d.get("names") or []):
        if isinstance(n, str):
            names.append(_name(n, NameKind.PRIMARY if i == 0 else NameKind.ALIAS))
        elif isinstance(n, Mapping) and isinstance(n.get("value"), str):
            names.append(
                _name(n["value"], _enum(NameKind, n.get("kind", "alias"), "name kind"), n.get("script"), n.get("lang"))
            )
        else:
            raise BadRequest(f"names[{i}] must be a string or an object with a 'value'")
    names += [_name(v, NameKind.PRIMARY) for v in _strings(d, "name")]
    names += [_name(v, NameKind.ALIAS) for v in _strings(d, "aliases")]
    if not names:
        raise BadRequest("a designation needs at least one name")
    if not any(n.kind is NameKind.PRIMARY for n in names):
        names[0] = replace(names[0], kind=NameKind.PRIMARY)
    identifiers: list[Identifier] = []
    for i, ident in enumerate(d.get("identifiers") or []):
        if isinstance(ident, str):
            kind, _, rest = ident.partition(":")
            value, _, country = rest.partition(":")
            ident = {"kind": kind, "value": value, "country": country or None}
        if not isinstance(ident, Mapping) or not str(ident.get("value") or "").strip():
            raise BadRequest(f"identifiers[{i}] needs a kind and a value (e.g. passport:AB123456:KZ)")
        c = ident.get("country")
        identifiers.append(
            Identifier(
                _enum(IdentifierKind, ident.get("kind", "other"), "identifier kind"),
                str(ident["value"]).strip(),
                parse_country(c) if c else None,
            )
        )
    refs = _strings(d, "stix_refs")
    for r in refs:
        if not STIX_ID.match(r):
            raise BadRequest(f"stix_refs: {r!r} is not a STIX identifier")
    listed_on = d.get("listed_on")
    gender = d.get("gender")
    return Draft(
        schema=schema,
        names=tuple(names),
        category=_enum(Category, d.get("category", "other"), "category"),
        reasons=str(d.get("reasons") or ""),
        birth_dates=tuple(parse_partial_date(x) for x in _strings(d, "birth_dates")),
        birth_places=tuple(_strings(d, "birth_places")),
        nationalities=tuple(parse_country(x) for x in _strings(d, "nationalities")),
        countries=tuple(parse_country(x) for x in _strings(d, "countries")),
        gender=_enum(Gender, gender, "gender") if gender else None,
        identifiers=tuple(identifiers),
        addresses=tuple(_strings(d, "addresses")),
        stix_refs=tuple(refs),
        reference=str(d.get("reference") or ""),
        listed_on=date.fromisoformat(parse_partial_date(str(listed_on), "listed_on")) if listed_on else None,
        source_id=str(d.get("source_id") or ""),
        notes=str(d.get("notes") or ""),
    )


def draft_to_mapping(draft: Draft) -> dict[str, Any]:
    """The draft as JSON (the inverse of ``draft_from_mapping``); empty fields left out."""
    out: dict[str, Any] = {"schema": draft.schema.value}
    out["names"] = [
        {k: v for k, v in (("value", n.value), ("kind", n.kind.value), ("script", n.script), ("lang", n.lang)) if v}
        for n in draft.names
    ]
    out["category"] = draft.category.value
    for key in ("birth_dates", "birth_places", "nationalities", "countries", "addresses", "stix_refs"):
        if getattr(draft, key):
            out[key] = list(getattr(draft, key))
    if draft.identifiers:
        out["identifiers"] = [
            {k: v for k, v in (("kind", i.kind.value), ("value", i.value), ("country", i.country)) if v}
            for i in draft.identifiers
        ]
    if draft.gender:
        out["gender"] = draft.gender.value
    if draft.listed_on:
        out["listed_on"] = draft.listed_on.isoformat()
    for key in ("reasons", "reference", "source_id", "notes"):
        if getattr(draft, key):
            out[key] = getattr(draft, key)
    return out


def subject_of(draft: Draft) -> Subject:
    """What screening compares of a designation: all its names, its nationalities and countries,
    its identifier values. Written beside each entry when it is written (``screening_subject``)."""
    countries = (*draft.nationalities, *draft.countries)
    return Subject(
        schema=draft.schema,
        names=tuple(n.value for n in draft.names if n.value.strip()),
        birth_dates=draft.birth_dates,
        countries=tuple(dict.fromkeys(x.upper() for x in countries if x)),
        gender=draft.gender,
        identifiers=tuple(i.value for i in draft.identifiers if i.value.strip()),
    )


# --- STIX form -----------------------------------------------------------------------------------------


def _stix_time(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def stix_id(alliance_uuid: str, entry_id: str) -> str:
    return f"identity--{uuid.uuid5(uuid.UUID(alliance_uuid), 'designation:' + entry_id)}"


def to_stix(d: Designation, stix_id_: str, created: datetime, modified: datetime, created_by: str) -> dict[str, Any]:
    ext: dict[str, Any] = {"extension_type": "property-extension", "entry_id": d.id, "tier": d.tier.value}
    ext["status"] = d.status.value
    ext["revision"] = d.revision
    ext["scope"] = d.scope
    if d.party_code:
        ext["designating_party"] = d.party_code
    if d.basis:
        ext["basis"] = d.basis
    body = draft_to_mapping(d.draft)
    refs = body.pop("stix_refs", None)
    ext.update(body)
    if refs:
        ext["linked_refs"] = refs
    obj: dict[str, Any] = {
        "type": "identity",
        "spec_version": "2.1",
        "id": stix_id_,
        "created": _stix_time(created),
        "modified": _stix_time(modified),
        "created_by_ref": created_by,
        "name": d.draft.primary_name,
        "identity_class": IDENTITY_CLASS[d.draft.schema],
        "extensions": {DESIGNATION_EXTENSION: ext},
    }
    if d.draft.reasons:
        obj["description"] = d.draft.reasons
    return obj


def _from_row(row: Any) -> Designation:
    ext = json.loads(row.body)["extensions"][DESIGNATION_EXTENSION]
    content = {k: v for k, v in ext.items() if k not in ("extension_type", "tier", "status", "revision", "basis")}
    if "linked_refs" in content:
        content["stix_refs"] = content.pop("linked_refs")
    return Designation(
        id=row.entry_id,
        tier=Tier(row.tier),
        status=EntryStatus(row.status),
        party_code=row.party_code,
        scope=row.scope,
        draft=draft_from_mapping(content),
        revision=int(row.revision),
        created_at=_stix_time(row.created_at),
        updated_at=_stix_time(row.updated_at),
        basis=row.basis,
    )


def designation_to_mapping(d: Designation) -> dict[str, Any]:
    return {
        "id": d.id,
        "tier": d.tier.value,
        "status": d.status.value,
        "designating_party": d.party_code,
        "scope": d.scope,
        "revision": d.revision,
        "created_at": d.created_at,
        "updated_at": d.updated_at,
        "basis": d.basis,
        **draft_to_mapping(d.draft),
    }


# --- writing -------------------------------------------------------------------------------------------


@dataclass
class ImportSummary:
    stored: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: list[tuple[int, str]] = field(default_factory=list)


def _changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, Any]:
    keys = sorted(set(before) | set(after))
    return {k: [before.get(k), after.get(k)] for k in keys if before.get(k) != after.get(k)}


def _alliance_uuid(unit: Unit) -> str:
    a = current_alliance_uuid(unit)
    if a is None:
        raise Conflict("no alliance yet: run `accord init`")
    return a


def _write_revision(
    unit: Unit,
    d: Designation,
    *,
    entry_pk: int | None,
    originator_party_id: int,
    created: datetime,
    previous_modified: datetime | None,
    action: str,
    reason: str,
    changes: dict[str, Any],
) -> int:
    alliance_uuid = _alliance_uuid(unit)
    sid = stix_id(alliance_uuid, d.id)
    # An import writes many entries for the same parties in one unit: each is read once.
    originator = unit.memoized(
        f"party_id:{originator_party_id}", lambda: parties_store.get_party_by_id(unit.conn, originator_party_id)
    )
    assert originator is not None
    modified = unit.now
    if previous_modified is not None and modified <= previous_modified:
        modified = previous_modified + timedelta(microseconds=1)  # STIX versions must strictly increase
    obj = to_stix(d, sid, created, modified, originator.identity_id)
    version_pk = intel.store_version(unit, obj, d.scope, originator_party_id)
    values = {
        "tier": d.tier.value,
        "status": d.status.value,
        "scope": d.scope,
        "schema": d.draft.schema.value,
        "category": d.draft.category.value,
        "primary_name": d.draft.primary_name[:500],
        "reference": d.draft.reference[:200],
        "source_id": d.draft.source_id[:300],
        "revision": d.revision,
        "version_pk": version_pk,
        "updated_at": modified,
        "basis": d.basis,
        "screening_subject": subject_of(d.draft).to_json(),
    }
    if entry_pk is None:
        party_id = None
        if code := d.party_code:
            p = unit.memoized(f"party_code:{code}", lambda: parties_store.get_party(unit.conn, code))
            party_id = p.id if p else None
        entry_pk = store.insert_entry(
            unit.conn, {**values, "entry_id": d.id, "party_id": party_id, "created_at": created}
        )
    else:
        store.update_entry(unit.conn, entry_pk, values)
    store.replace_names(unit.conn, entry_pk, d.draft.names)
    store.add_history(
        unit.conn, entry_pk, d.revision, unit.now, unit.actor.username, unit.actor.party_code, action, reason, changes
    )
    unit.record(
        f"register.{action}",
        "designation",
        d.id,
        detail={"revision": d.revision, "status": d.status.value, "reason": reason, "changed": sorted(changes)},
        parties=[p for p in (unit.actor.party_code, d.party_code) if p],
    )
    return entry_pk


def _require_registrar(unit: Unit) -> int:
    actor = unit.actor
    if not actor.has(Role.REGISTRAR):
        raise Forbidden("national designations need the registrar role")
    unit.require_write()
    if actor.party_id is None:
        raise Forbidden("a national designation is entered by a state's registrar: act as a user (--as)")
    if actor.party_status not in DESIGNATING:
        raise Forbidden(f"{actor.party_code} is not a state in good standing and keeps no national list")
    return actor.party_id


def _require_alliance_admin(unit: Unit, reason: str) -> int:
    actor = unit.actor
    if not actor.has(Role.ALLIANCE_ADMIN):
        raise Forbidden("joint listings are changed by a council decision or an alliance_admin")
    unit.require_write()
    if actor.party_id is None:
        raise Forbidden("joint listings are recorded under a party: act as a user (--as)")
    if not reason.strip():
        raise BadRequest("a change to a joint listing needs a reason")
    return actor.party_id


def _scope_for(unit: Unit, scope: str) -> str:
    # The register's own role rules decide who writes; the scope must be one the caller reads.
    col = intel.resolve_scope(unit, scope)
    if col.scope is None:
        raise Forbidden(f"cannot publish designations in {scope!r}")
    return col.scope


def add(
    unit: Unit, draft: Draft, *, tier: Tier = Tier.NATIONAL, scope: str = "alliance", reason: str = ""
) -> Designation:
    """Enter a national designation (active at once) or propose a joint listing."""
    return get(unit, _add(unit, draft, tier=tier, scope=scope, reason=reason))


def _add(unit: Unit, draft: Draft, *, tier: Tier, scope: str, reason: str) -> str:
    """``add`` without reading the entry back (an import does not need it): the new entry's id."""
    if tier is Tier.NATIONAL:
        party_id = _require_registrar(unit)
        if not draft.reference.strip():
            raise BadRequest("a national designation needs its reference (the decision or decree number)")
        if draft.listed_on is None:
            draft = replace(draft, listed_on=unit.now.date())
        status, party_code = EntryStatus.ACTIVE, unit.actor.party_code
    else:
        party_id = _require_alliance_admin(unit, reason or "proposed")
        status, party_code = EntryStatus.PROPOSED, None
    scope_name = _scope_for(unit, scope)
    d = Designation(
        id="des-" + uuid.uuid4().hex[:16],
        tier=tier,
        status=status,
        party_code=party_code,
        scope=scope_name,
        draft=draft,
        revision=1,
        created_at="",
        updated_at="",
        basis=reason,
    )
    _write_revision(
        unit,
        d,
        entry_pk=None,
        originator_party_id=party_id,
        created=unit.now,
        previous_modified=None,
        action="add",
        reason=reason,
        changes=_changes({}, designation_to_mapping(d) | {"created_at": None, "updated_at": None}),
    )
    return d.id


def _current(unit: Unit, entry_id: str) -> tuple[Any, Designation]:
    row = store.get_entry(unit.conn, intel.audience(unit), entry_id)
    if row is None:
        raise NotFound(f"no designation {entry_id!r}")
    return row, _from_row(row)


def _originator(unit: Unit, row: Any) -> int:
    first = intel_store.first_originator(unit.conn, stix_id(_alliance_uuid(unit), row.entry_id))
    assert first is not None
    return int(first)


def _may_change(unit: Unit, d: Designation, reason: str) -> None:
    if d.tier is Tier.NATIONAL:
        _require_registrar(unit)
        if d.party_code != unit.actor.party_code:
            raise Forbidden(f"{d.id} is a national designation of {d.party_code}; only {d.party_code} changes it")
    else:
        _require_alliance_admin(unit, reason)


def _revise(unit: Unit, row: Any, before: Designation, after: Designation, action: str, reason: str) -> Designation:
    changes = _changes(designation_to_mapping(before), designation_to_mapping(after))
    for k in ("revision", "updated_at", "created_at"):
        changes.pop(k, None)
    if not changes:
        return before
    _write_revision(
        unit,
        replace(after, revision=before.revision + 1),
        entry_pk=int(row.pk),
        originator_party_id=_originator(unit, row),
        created=row.created_at,
        previous_modified=row.updated_at,
        action=action,
        reason=reason,
        changes=changes,
    )
    return get(unit, before.id)


def update(unit: Unit, entry_id: str, draft: Draft, *, reason: str = "", scope: str | None = None) -> Designation:
    """Change a designation's content (and scope); its status stays."""
    row, d = _current(unit, entry_id)
    _may_change(unit, d, reason or "amended")
    if d.status in (EntryStatus.WITHDRAWN, EntryStatus.DELISTED):
        raise Conflict(f"{entry_id} is {d.status.value}; its record is closed")
    new_scope = _scope_for(unit, scope) if scope else d.scope
    # What the designating authority decided, and when, stays unless restated.
    if draft.listed_on is None:
        draft = replace(draft, listed_on=d.draft.listed_on)
    if not draft.reference:
        draft = replace(draft, reference=d.draft.reference)
    return _revise(unit, row, d, replace(d, draft=draft, scope=new_scope), "update", reason)


def withdraw(unit: Unit, entry_id: str, reason: str) -> Designation:
    """A state withdraws its own national designation."""
    row, d = _current(unit, entry_id)
    if d.tier is not Tier.NATIONAL:
        raise Conflict(f"{entry_id} is a joint listing: it is delisted by a council decision, not withdrawn")
    _may_change(unit, d, reason)
    if not reason.strip():
        raise BadRequest("a withdrawal needs a reason")
    if d.status is EntryStatus.WITHDRAWN:
        raise Conflict(f"{entry_id} is already withdrawn")
    return _revise(unit, row, d, replace(d, status=EntryStatus.WITHDRAWN, basis=reason), "withdraw", reason)


JOINT_MOVES = {
    EntryStatus.PROPOSED: {EntryStatus.LISTED, EntryStatus.DELISTED},
    EntryStatus.LISTED: {EntryStatus.DELISTED},
    EntryStatus.DELISTED: {EntryStatus.LISTED},
}


def set_joint_status(unit: Unit, entry_id: str, status: EntryStatus, reason: str, *, basis: str = "") -> Designation:
    """List, delist (or re-list) a joint listing. Until the council wires its
    decisions in, an alliance_admin does it with a reason; ``basis`` names the
    decision when there is one."""
    row, d = _joint(unit, entry_id, status)
    _require_alliance_admin(unit, reason)
    return _revise(unit, row, d, replace(d, status=status, basis=basis or reason), "status", reason)


def _joint(unit: Unit, entry_id: str, status: EntryStatus) -> tuple[Any, Designation]:
    row, d = _current(unit, entry_id)
    if d.tier is not Tier.JOINT:
        raise Conflict(f"{entry_id} is a national designation of {d.party_code}: it is withdrawn, not delisted")
    if status not in JOINT_MOVES.get(d.status, set()):
        raise Conflict(f"{entry_id} is {d.status.value}; it cannot become {status.value}")
    return row, d


def check_joint_move(unit: Unit, entry_id: str, status: EntryStatus) -> Designation:
    """Refuse now (when a decision is drafted) a listing move the entry does not allow."""
    return _joint(unit, entry_id, status)[1]


def apply_decision(unit: Unit, entry_id: str, status: EntryStatus, decision_number: str) -> Designation:
    """A council decision lists or delists a joint listing: the decision is the basis."""
    row, d = _joint(unit, entry_id, status)
    reason = f"council decision {decision_number}"
    return _revise(unit, row, d, replace(d, status=status, basis=decision_number), "decision", reason)


# --- reading -------------------------------------------------------------------------------------------


def get(unit: Unit, entry_id: str) -> Designation:
    row, d = _current(unit, entry_id)
    unit.record_read("designation", {row.party_code or "": 1} if row.party_code else {})
    return d


def history(unit: Unit, entry_id: str) -> list[dict[str, Any]]:
    row, _ = _current(unit, entry_id)
    return [
        {
            "revision": h.revision,
            "at": _stix_time(h.at),
            "user": h.username,
            "party": h.party_code,
            "action": h.action,
            "reason": h.reason,
            "changes": json.loads(h.changes),
        }
        for h in store.history(unit.conn, int(row.pk))
    ]


def list_designations(
    unit: Unit,
    *,
    statuses: Sequence[str] = (),
    tier: str | None = None,
    party: str | None = None,
    category: str | None = None,
    text: str | None = None,
    after: int = 0,
    limit: int = 100,
) -> tuple[list[Designation], int | None]:
    """A page of entries the caller sees; returns the cursor of the next page."""
    party_id = None
    if party:
        p = parties_store.get_party(unit.conn, party.upper())
        if p is None:
            raise NotFound(f"no party {party!r}")
        party_id = p.id
    for s in statuses:
        _enum(EntryStatus, s, "status")
    if tier:
        _enum(Tier, tier, "tier")
    if category:
        _enum(Category, category, "category")
    limit = max(1, min(limit, 1000))
    rows = store.list_entries(
        unit.conn,
        intel.audience(unit),
        statuses=statuses,
        tier=tier,
        party_id=party_id,
        category=category,
        text=text,
        after_pk=after,
        limit=limit + 1,
    )
    more = len(rows) > limit
    rows = rows[:limit]
    counts: dict[str, int] = {}
    for r in rows:
        if r.party_code:
            counts[r.party_code] = counts.get(r.party_code, 0) + 1
    unit.record_read("designations", counts)
    return [_from_row(r) for r in rows], (int(rows[-1].pk) if more else None)


def iter_designations(unit: Unit, **filters: Any) -> Iterator[Designation]:
    after = 0
    while True:
        page, nxt = list_designations(unit, after=after, limit=1000, **filters)
        yield from page
        if nxt is None:
            return
        after = nxt


# --- import --------------------------------------------------------------------------------------------


def import_rows(
    unit: Unit, rows: Iterable[ImportRow], *, tier: Tier = Tier.NATIONAL, scope: str = "alliance", reason: str = ""
) -> ImportSummary:
    """Store imported records: a record whose ``source_id`` the party (or, for
    joint listings, the alliance) already holds updates that entry; bad records
    are refused one by one and the rest stored."""
    summary = ImportSummary()
    party_id = unit.actor.party_id if tier is Tier.NATIONAL else None
    for row in rows:
        if row.draft is None:
            summary.refused.append((row.position, row.error or "refused"))
            continue
        draft = row.draft
        try:
            existing = store.find_by_source(unit.conn, party_id, draft.source_id) if draft.source_id else None
            if existing is None:
                if tier is Tier.NATIONAL and not draft.reference:
                    draft = replace(draft, reference=draft.source_id or "import")
                _add(unit, draft, tier=tier, scope=scope, reason=reason or "imported")
                summary.stored += 1
            else:
                before = _from_row(existing)
                after = update(unit, before.id, draft, reason=reason or "re-imported")
                if after.revision == before.revision:
                    summary.unchanged += 1
                else:
                    summary.updated += 1
        except (BadRequest, Unprocessable, Conflict) as exc:
            summary.refused.append((row.position, str(exc)))
    return summary


def summary_as_dict(s: ImportSummary) -> dict[str, Any]:
    return {**asdict(s), "refused": [{"position": p, "error": e} for p, e in s.refused]}
