"""Rules of the parties feature: the alliance, parties and their status
history, people, users, tokens and sharing groups.

Every function takes a ``Unit`` (one transaction, one actor, one instant)
and checks the actor's rights before it touches anything.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.exc import IntegrityError

from accord.errors import BadRequest, Conflict, Forbidden, NotFound
from accord.hub import Unit
from accord.parties import store
from accord.parties.auth import hash_password, new_token, token_hash, validate_password, verify_password
from accord.parties.models import (
    Actor,
    Alliance,
    Group,
    Party,
    Person,
    Role,
    Status,
    StatusPeriod,
    Token,
    User,
    status_at,
)

# A fixed namespace so that every Accord node derives the same ids.
ACCORD_NAMESPACE = uuid.UUID("6f1c3a52-55a3-5b4e-9d0e-2d9a8f1e4c10")

CODE_RE = re.compile(r"^[A-Z][A-Z0-9_]{1,31}$")
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")

STATE_STATUSES = frozenset({Status.MEMBER, Status.OBSERVER, Status.DIALOGUE_PARTNER, Status.SUSPENDED, Status.LEFT})
BODY_STATUSES = frozenset({Status.BODY, Status.SUSPENDED, Status.LEFT})


def alliance_uuid(name: str) -> uuid.UUID:
    return uuid.uuid5(ACCORD_NAMESPACE, "alliance:" + name.strip().casefold())


def identity_id(alliance_name: str, code: str) -> str:
    """Deterministic STIX identity id of a party: UUIDv5 of the alliance and the code."""
    return f"identity--{uuid.uuid5(alliance_uuid(alliance_name), 'party:' + code)}"


def today(unit: Unit) -> date:
    return unit.now.date()


def parse_day(text: str) -> date:
    """A calendar date ``YYYY-MM-DD``; anything else is a 400 with the offending text."""
    try:
        return date.fromisoformat(text)
    except (ValueError, TypeError):
        raise BadRequest(f"not a date (expected YYYY-MM-DD): {text!r}") from None


# --- permission helpers -----------------------------------------------------------------------------


def _require(actor: Actor, role: Role, what: str) -> None:
    if not actor.has(role):
        raise Forbidden(f"{what} needs the {role.value} role")


def _require_party_admin_of(actor: Actor, party_id: int, what: str) -> None:
    if actor.has(Role.ALLIANCE_ADMIN):
        return
    if actor.has(Role.PARTY_ADMIN) and actor.party_id == party_id:
        return
    raise Forbidden(f"{what} needs party_admin of that party or alliance_admin")


# --- alliance ---------------------------------------------------------------------------------------


def init_alliance(
    unit: Unit,
    name: str,
    *,
    official_languages: Sequence[str] = ("en",),
    working_language: str = "en",
    timezone: str = "UTC",
    new_members_see_history: bool = True,
) -> Alliance:
    _require(unit.actor, Role.ALLIANCE_ADMIN, "creating the alliance")
    if not name.strip():
        raise BadRequest("the alliance needs a name")
    if store.get_alliance(unit.conn) is not None:
        raise Conflict("this hub already holds an alliance")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise BadRequest(f"unknown time zone: {timezone!r}") from None
    a = Alliance(
        name=name.strip(),
        uuid=str(alliance_uuid(name)),
        official_languages=tuple(official_languages),
        working_language=working_language,
        timezone=timezone,
        new_members_see_history=new_members_see_history,
    )
    store.insert_alliance(unit.conn, a, unit.now)
    unit.record("alliance.init", "alliance", a.uuid, detail={"name": a.name})
    return a


def current_alliance_uuid(unit: Unit) -> str | None:
    """The alliance's uuid (None before ``accord init``), read once per unit of work once there
    is one: it never changes, and a register import or a TAXII page asks for it again and again."""
    found = unit.memo.get("alliance_uuid")
    if found is None:
        a = store.get_alliance(unit.conn)
        if a is None:
            return None
        found = unit.memo["alliance_uuid"] = a.uuid
    return str(found)


def get_alliance(unit: Unit) -> Alliance:
    a = store.get_alliance(unit.conn)
    if a is None:
        raise NotFound("no alliance on this hub yet: run `accord init` or `accord demo load`")
    return a


# --- parties ----------------------------------------------------------------------------------------


def add_party(unit: Unit, code: str, name: str, *, kind: str, status: Status, since: date, note: str = "") -> Party:
    _require(unit.actor, Role.ALLIANCE_ADMIN, "adding a party")
    unit.require_write()
    a = get_alliance(unit)
    if not CODE_RE.match(code):
        raise BadRequest(f"party code must be upper-case letters, digits or _ (ISO alpha-2 for a state): {code!r}")
    if kind not in ("state", "body"):
        raise BadRequest(f"party kind must be 'state' or 'body': {kind!r}")
    if kind == "state" and len(code) != 2:
        raise BadRequest(f"a state is named by its ISO 3166 alpha-2 code: {code!r}")
    _check_status_for_kind(kind, status)
    if store.get_party(unit.conn, code) is not None:
        raise Conflict(f"party {code} exists already")
    pid = store.insert_party(unit.conn, code, name.strip(), kind, identity_id(a.name, code), unit.now)
    store.upsert_status(unit.conn, pid, StatusPeriod(status, since, note), unit.now)
    _sync_access(unit, pid)
    unit.record(
        "party.add",
        "party",
        code,
        detail={"name": name, "kind": kind, "status": status.value, "since": since.isoformat()},
        parties=[code],
    )
    party = store.get_party_by_id(unit.conn, pid)
    assert party is not None
    return party


def _check_status_for_kind(kind: str, status: Status) -> None:
    allowed = BODY_STATUSES if kind == "body" else STATE_STATUSES
    if status not in allowed:
        raise BadRequest(f"a {kind} cannot have status {status.value} (allowed: {', '.join(sorted(allowed))})")


def record_status(unit: Unit, code: str, status: Status, since: date, note: str = "") -> Party:
    """Record a dated status change (e.g. India: member from 2017-06-09)."""
    _require(unit.actor, Role.ALLIANCE_ADMIN, "changing a party's status")
    unit.require_write()
    party = get_party(unit, code)
    _check_status_for_kind(party.kind, status)
    previous = status_at(party.history, since)
    store.upsert_status(unit.conn, party.id, StatusPeriod(status, since, note), unit.now)
    _sync_access(unit, party.id)
    unit.record(
        "party.status",
        "party",
        code,
        detail={"status": status.value, "since": since.isoformat(), "previous": previous, "note": note},
        parties=[code],
    )
    updated = store.get_party_by_id(unit.conn, party.id)
    assert updated is not None
    return updated


def _sync_access(unit: Unit, party_id: int) -> None:
    """What the party reads follows its status and groups now (accord.access)."""
    from accord.access.sync import sync_party

    sync_party(unit.conn, party_id, unit.now)


def get_party(unit: Unit, code: str) -> Party:
    party = store.get_party(unit.conn, code.upper())
    if party is None:
        raise NotFound(f"no party with code {code!r}")
    return party


@dataclass(frozen=True)
class PartyStanding:
    party: Party
    status: Status | None


def list_parties(unit: Unit, at: date | None = None) -> list[PartyStanding]:
    """Every party with its status on ``at`` (default today); parties not yet
    admitted on that day are listed with no status."""
    day = at or today(unit)
    return [PartyStanding(p, status_at(p.history, day)) for p in store.list_parties(unit.conn)]


def stix_identity(unit: Unit, party: Party) -> dict[str, Any]:
    """The party's STIX 2.1 identity; id, created and modified are deterministic."""
    first = min((p.valid_from for p in party.history), default=date(2000, 1, 1))
    stamp = f"{first.isoformat()}T00:00:00.000Z"
    return {
        "type": "identity",
        "spec_version": "2.1",
        "id": party.identity_id,
        "created": stamp,
        "modified": stamp,
        "name": party.name,
        "identity_class": "organization",
        "sectors": ["government-national" if party.kind == "state" else "government-regional"],
        "x_accord_party_code": party.code,
    }


# --- people -----------------------------------------------------------------------------------------


def add_person(unit: Unit, name: str, title: str, party_code: str | None) -> Person:
    _require(unit.actor, Role.ALLIANCE_ADMIN, "adding a person")
    unit.require_write()
    if not name.strip():
        raise BadRequest("a person needs a name")
    party_id = get_party(unit, party_code).id if party_code else None
    pid = store.insert_person(unit.conn, name.strip(), title.strip(), party_id, unit.now)
    unit.record(
        "person.add",
        "person",
        str(pid),
        detail={"name": name, "title": title},
        parties=[party_code] if party_code else [],
    )
    return Person(pid, name.strip(), title.strip(), party_code)


def list_people(unit: Unit, party_code: str | None = None) -> list[Person]:
    party_id = get_party(unit, party_code).id if party_code else None
    return store.list_people(unit.conn, party_id)


# --- users ------------------------------------------------------------------------------------------


def parse_roles(values: Iterable[str]) -> frozenset[Role]:
    out = set()
    for v in values:
        for part in v.split(","):
            part = part.strip()
            if not part:
                continue
            try:
                out.add(Role(part))
            except ValueError:
                raise BadRequest(f"unknown role {part!r} (roles: {', '.join(r.value for r in Role)})") from None
    if not out:
        raise BadRequest("a user needs at least one role")
    return frozenset(out)


def _check_grantable(unit: Unit, party: Party, roles: frozenset[Role]) -> None:
    _require_party_admin_of(unit.actor, party.id, "managing users")
    if Role.ALLIANCE_ADMIN in roles:
        if not unit.actor.has(Role.ALLIANCE_ADMIN):
            raise Forbidden("only an alliance_admin can grant alliance_admin")
        if party.kind != "body":
            raise BadRequest("alliance_admin is a role of a permanent body's users")


def add_user(
    unit: Unit,
    username: str,
    party_code: str,
    roles: frozenset[Role],
    password: str | None,
    display_name: str = "",
    *,
    argon2_params: tuple[int, int] = (3, 65536),
    prehashed: str | None = None,
) -> User:
    """Create a user of a party. ``prehashed`` (an argon2 hash of ``password``)
    spares a second argon2 run when many users share one password (the demo)."""
    party = get_party(unit, party_code)
    _check_grantable(unit, party, roles)
    unit.require_write()
    if not USERNAME_RE.match(username):
        raise BadRequest(f"username must be 2-64 lower-case letters, digits, '.', '_' or '-': {username!r}")
    if password is not None:
        validate_password(password)
    if store.get_user(unit.conn, username) is not None:
        raise Conflict(f"user {username} exists already")
    pw_hash = prehashed or (hash_password(password, *argon2_params) if password is not None else None)
    try:
        store.insert_user(unit.conn, username, party.id, display_name, pw_hash, roles, unit.now)
    except IntegrityError:
        raise Conflict(f"user {username} exists already") from None
    unit.record(
        "user.add",
        "user",
        username,
        detail={"party": party.code, "roles": sorted(r.value for r in roles)},
        parties=[party.code],
    )
    user = store.get_user(unit.conn, username)
    assert user is not None
    return user


def get_user(unit: Unit, username: str) -> User:
    user = store.get_user(unit.conn, username)
    if user is None or not _may_see_user(unit.actor, user):
        raise NotFound(f"no user {username!r}")
    return user


def _may_see_user(actor: Actor, user: User) -> bool:
    return actor.has(Role.ALLIANCE_ADMIN) or actor.party_code == user.party_code


def list_users(unit: Unit, party_code: str | None = None) -> list[User]:
    """Users visible to the actor: all for an alliance_admin, its own party's otherwise."""
    if unit.actor.has(Role.ALLIANCE_ADMIN):
        party_id = get_party(unit, party_code).id if party_code else None
    else:
        if party_code and party_code.upper() != unit.actor.party_code:
            raise Forbidden("only an alliance_admin can list another party's users")
        party_id = unit.actor.party_id
    result = store.list_users(unit.conn, party_id)
    counts: dict[str, int] = {}
    for u in result:
        counts[u.party_code] = counts.get(u.party_code, 0) + 1
    unit.record_read("users", counts)
    return result


def _managed_user(unit: Unit, username: str) -> tuple[User, Party]:
    user = get_user(unit, username)
    party = get_party(unit, user.party_code)
    return user, party


def set_roles(unit: Unit, username: str, roles: frozenset[Role]) -> User:
    user, party = _managed_user(unit, username)
    _check_grantable(unit, party, roles | user.roles)
    unit.require_write()
    store.update_user(unit.conn, user.id, roles=store.roles_text(roles))
    unit.record(
        "user.roles",
        "user",
        username,
        detail={"before": sorted(r.value for r in user.roles), "after": sorted(r.value for r in roles)},
        parties=[party.code],
    )
    return get_user(unit, username)


def change_own_password(unit: Unit, old: str, new: str, argon2_params: tuple[int, int]) -> None:
    """A user changes their own password, proving the old one."""
    if unit.actor.user_id is None:
        raise BadRequest("the local administrator has no password")
    if unit.actor.read_only:
        raise Forbidden("this token is read-only")
    row = store.user_row_by_id(unit.conn, unit.actor.user_id)
    assert row is not None
    if not row.password_hash or not verify_password(row.password_hash, old):
        raise Forbidden("the current password is wrong")
    validate_password(new)
    store.update_user(unit.conn, row.id, password_hash=hash_password(new, *argon2_params), password_changed_at=unit.now)
    unit.record("user.passwd", "user", row.username, detail={"by": "self"}, parties=[unit.actor.party_code or ""])


def reset_password(unit: Unit, username: str, new: str, argon2_params: tuple[int, int]) -> None:
    """A party_admin (or alliance_admin, or the local administrator) sets a user's password."""
    user, party = _managed_user(unit, username)
    _require_party_admin_of(unit.actor, party.id, "resetting a password")
    if unit.actor.read_only:
        raise Forbidden("this token is read-only")
    validate_password(new)
    store.update_user(
        unit.conn, user.id, password_hash=hash_password(new, *argon2_params), password_changed_at=unit.now
    )
    unit.record("user.passwd", "user", username, detail={"by": "admin"}, parties=[party.code])


def set_disabled(unit: Unit, username: str, disabled: bool) -> User:
    """Disable (or re-enable) an account. Disabling is allowed even for a suspended
    party's admin: it only takes rights away."""
    user, party = _managed_user(unit, username)
    _require_party_admin_of(unit.actor, party.id, "disabling a user")
    if unit.actor.read_only:
        raise Forbidden("this token is read-only")
    if not disabled:
        unit.require_write()
    if user.id == unit.actor.user_id and disabled:
        raise Conflict("you cannot disable your own account")
    store.update_user(unit.conn, user.id, disabled=disabled)
    unit.record("user.disable" if disabled else "user.enable", "user", username, parties=[party.code])
    return get_user(unit, username)


# --- tokens -----------------------------------------------------------------------------------------


def create_token(
    unit: Unit, username: str, *, expires_days: int | None, read_only: bool, label: str = ""
) -> tuple[Token, str]:
    """Create an API token; the secret is returned once and only its hash is kept."""
    user, party = _managed_user(unit, username)
    if user.id != unit.actor.user_id:
        _require_party_admin_of(unit.actor, party.id, "creating a token for another user")
    unit.require_write()
    if user.disabled:
        raise Conflict(f"user {username} is disabled")
    if expires_days is not None and not 1 <= expires_days <= 3650:
        raise BadRequest("expires_days must be between 1 and 3650")
    if unit.actor.read_only and not read_only:
        raise Forbidden("a read-only token can only create read-only tokens")
    secret, token_id = new_token()
    expires_at = unit.now + timedelta(days=expires_days) if expires_days else None
    store.insert_token(unit.conn, token_id, user.id, token_hash(secret), label, read_only, unit.now, expires_at)
    unit.record(
        "token.create",
        "token",
        token_id,
        detail={"user": username, "read_only": read_only, "expires_at": expires_at.isoformat() if expires_at else None},
        parties=[party.code],
    )
    found = store.get_token(unit.conn, token_id)
    assert found is not None
    return found[0], secret


def list_tokens(unit: Unit, username: str | None = None) -> list[Token]:
    """Tokens (never their secrets): one's own, a party's for its admin, all for an alliance_admin."""
    actor = unit.actor
    if username:
        user, party = _managed_user(unit, username)
        if user.id != actor.user_id:
            _require_party_admin_of(actor, party.id, "listing another user's tokens")
        return store.list_tokens(unit.conn, user.id, None)
    if actor.has(Role.ALLIANCE_ADMIN):
        return store.list_tokens(unit.conn, None, None)
    if actor.has(Role.PARTY_ADMIN):
        return store.list_tokens(unit.conn, None, actor.party_id)
    return store.list_tokens(unit.conn, actor.user_id, None)


def revoke_token(unit: Unit, token_id: str) -> Token:
    found = store.get_token(unit.conn, token_id)
    if found is None:
        raise NotFound(f"no token {token_id!r}")
    token, user_id, party_id = found
    if user_id != unit.actor.user_id and not (
        unit.actor.has(Role.ALLIANCE_ADMIN) or (unit.actor.has(Role.PARTY_ADMIN) and unit.actor.party_id == party_id)
    ):
        raise NotFound(f"no token {token_id!r}")
    if token.revoked_at is not None:
        return token
    store.update_token(unit.conn, token_id, revoked_at=unit.now)
    party = store.get_party_by_id(unit.conn, party_id)
    unit.record(
        "token.revoke", "token", token_id, detail={"user": token.username}, parties=[party.code] if party else []
    )
    again = store.get_token(unit.conn, token_id)
    assert again is not None
    return again[0]


# --- groups -----------------------------------------------------------------------------------------


def _group(unit: Unit, row: Any) -> Group:
    members = store.current_members(unit.conn, row.id)
    owner = store.get_party_by_id(unit.conn, row.owner_party_id) if row.owner_party_id else None
    visible = not row.hidden_membership or unit.actor.has(Role.ALLIANCE_ADMIN) or (unit.actor.party_code in members)
    return Group(
        row.id,
        row.slug,
        row.name,
        row.hidden_membership,
        owner.code if owner else None,
        tuple(members) if visible else None,
    )


def create_group(
    unit: Unit,
    slug: str,
    name: str,
    *,
    hidden: bool = False,
    members: Sequence[str] = (),
    owner: str | None = None,
) -> Group:
    """Create a sharing group. A party_admin's own party owns it and is a member;
    an alliance_admin may name another owner."""
    actor = unit.actor
    if not (actor.has(Role.PARTY_ADMIN) or actor.has(Role.ALLIANCE_ADMIN)):
        raise Forbidden("creating a group needs party_admin or alliance_admin")
    unit.require_write()
    if not SLUG_RE.match(slug):
        raise BadRequest(f"group slug must be lower-case letters, digits and '-': {slug!r}")
    if owner and not actor.has(Role.ALLIANCE_ADMIN):
        raise Forbidden("only an alliance_admin can create a group owned by another party")
    owner_party = get_party(unit, owner) if owner else (get_party(unit, actor.party_code) if actor.party_code else None)
    if store.get_group_row(unit.conn, slug) is not None:
        raise Conflict(f"group {slug} exists already")
    gid = store.insert_group(unit.conn, slug, name or slug, hidden, owner_party.id if owner_party else None, unit.now)
    codes = [c.upper() for c in members]
    if owner_party and owner_party.code not in codes:
        codes.insert(0, owner_party.code)
    for code in dict.fromkeys(codes):
        member = get_party(unit, code)
        store.admit(unit.conn, gid, member.id, unit.now)
        _sync_access(unit, member.id)
    unit.record("group.create", "group", slug, detail={"name": name, "hidden": hidden, "members": codes}, parties=codes)
    return get_group(unit, slug)


def list_groups(unit: Unit) -> list[Group]:
    return [_group(unit, r) for r in store.list_group_rows(unit.conn)]


def get_group(unit: Unit, slug: str) -> Group:
    row = store.get_group_row(unit.conn, slug)
    if row is None:
        raise NotFound(f"no group {slug!r}")
    return _group(unit, row)


def _require_group_admin(unit: Unit, row: Any) -> None:
    actor = unit.actor
    if actor.has(Role.ALLIANCE_ADMIN):
        return
    if actor.has(Role.PARTY_ADMIN) and row.owner_party_id is not None and row.owner_party_id == actor.party_id:
        return
    raise Forbidden("changing a group's members needs party_admin of its owner or alliance_admin")


def add_group_member(unit: Unit, slug: str, code: str) -> Group:
    row = store.get_group_row(unit.conn, slug)
    if row is None:
        raise NotFound(f"no group {slug!r}")
    _require_group_admin(unit, row)
    unit.require_write()
    party = get_party(unit, code)
    if party.code in store.current_members(unit.conn, row.id):
        raise Conflict(f"{party.code} is already a member of {slug}")
    store.admit(unit.conn, row.id, party.id, unit.now)
    _sync_access(unit, party.id)  # admission brings the group's past objects too
    unit.record("group.add", "group", slug, detail={"party": party.code}, parties=[party.code])
    return get_group(unit, slug)


def remove_group_member(unit: Unit, slug: str, code: str) -> Group:
    row = store.get_group_row(unit.conn, slug)
    if row is None:
        raise NotFound(f"no group {slug!r}")
    _require_group_admin(unit, row)
    unit.require_write()
    party = get_party(unit, code)
    if store.remove(unit.conn, row.id, party.id, unit.now) == 0:
        raise Conflict(f"{party.code} is not a member of {slug}")
    _sync_access(unit, party.id)
    unit.record("group.remove", "group", slug, detail={"party": party.code}, parties=[party.code])
    return get_group(unit, slug)
