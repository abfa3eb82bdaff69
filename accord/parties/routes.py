"""REST routes of the parties feature: HTTP in, service call, JSON out."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from accord.api.deps import api_actor, get_hub, unit_for
from accord.parties import service
from accord.parties.models import Actor, Group, Party, Person, Role, Status, Token, User, status_at

router = APIRouter()


class PeriodOut(BaseModel):
    status: Status
    valid_from: date
    note: str = ""


class PartyOut(BaseModel):
    code: str
    name: str
    kind: str
    identity_id: str
    status: Status | None = Field(description="Status on the requested day (default today).")
    history: list[PeriodOut]


class PersonOut(BaseModel):
    id: int
    name: str
    title: str
    party: str | None


class PartyDetail(PartyOut):
    people: list[PersonOut]


class AllianceOut(BaseModel):
    name: str
    uuid: str
    official_languages: list[str]
    working_language: str
    timezone: str
    new_members_see_history: bool


class PartyIn(BaseModel):
    code: str = Field(description="ISO 3166 alpha-2 for a state, a short code (e.g. RATS) for a body.")
    name: str
    kind: str = Field("state", description="state or body")
    status: Status
    since: date
    note: str = ""


class StatusIn(BaseModel):
    status: Status
    since: date
    note: str = ""


class UserOut(BaseModel):
    username: str
    party: str
    display_name: str
    roles: list[Role]
    disabled: bool
    created_at: datetime


class MeOut(BaseModel):
    username: str
    party: str | None
    party_status: Status | None
    roles: list[Role]
    read_only: bool


class UserIn(BaseModel):
    username: str
    party: str
    roles: list[Role] = Field(min_length=1)
    password: str | None = Field(None, description="At least 10 characters; omit for a token-only account.")
    display_name: str = ""


class RolesIn(BaseModel):
    roles: list[Role] = Field(min_length=1)


class PasswordChangeIn(BaseModel):
    old_password: str
    new_password: str


class PasswordResetIn(BaseModel):
    new_password: str


class TokenOut(BaseModel):
    id: str
    username: str
    label: str
    read_only: bool
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None


class TokenCreated(TokenOut):
    token: str = Field(description="The secret, shown once; only its hash is kept.")


class TokenIn(BaseModel):
    username: str | None = Field(None, description="Default: the caller.")
    expires_days: int | None = Field(None, description="Default: the hub's token_default_expiry_days.")
    read_only: bool = False
    label: str = ""


class GroupOut(BaseModel):
    slug: str
    name: str
    hidden_membership: bool
    owner: str | None
    members: list[str] | None = Field(description="null when the membership is hidden from the caller")


class GroupIn(BaseModel):
    slug: str
    name: str = ""
    hidden_membership: bool = False
    members: list[str] = []
    owner: str | None = None


class MemberIn(BaseModel):
    party: str


def _party_out(p: Party, status: Status | None) -> dict[str, Any]:
    return {
        "code": p.code,
        "name": p.name,
        "kind": p.kind,
        "identity_id": p.identity_id,
        "status": status,
        "history": [{"status": h.status, "valid_from": h.valid_from, "note": h.note} for h in p.history],
    }


def _person_out(p: Person) -> PersonOut:
    return PersonOut(id=p.id, name=p.name, title=p.title, party=p.party_code)


def _user_out(u: User) -> UserOut:
    return UserOut(
        username=u.username,
        party=u.party_code,
        display_name=u.display_name,
        roles=sorted(u.roles),
        disabled=u.disabled,
        created_at=u.created_at,
    )


def _token_out(t: Token) -> dict[str, Any]:
    return {
        "id": t.id,
        "username": t.username,
        "label": t.label,
        "read_only": t.read_only,
        "created_at": t.created_at,
        "expires_at": t.expires_at,
        "revoked_at": t.revoked_at,
        "last_used_at": t.last_used_at,
    }


def _group_out(g: Group) -> GroupOut:
    return GroupOut(
        slug=g.slug,
        name=g.name,
        hidden_membership=g.hidden_membership,
        owner=g.owner_party,
        members=list(g.members) if g.members is not None else None,
    )


def _argon(request: Request) -> tuple[int, int]:
    s = get_hub(request).settings
    return s.argon2_time_cost, s.argon2_memory_cost_kib


@router.get("/alliance", response_model=AllianceOut, tags=["parties"])
def get_alliance(request: Request, actor: Actor = Depends(api_actor)) -> AllianceOut:
    """The alliance this hub serves."""
    with unit_for(request, actor) as u:
        a = service.get_alliance(u)
    return AllianceOut(
        name=a.name,
        uuid=a.uuid,
        official_languages=list(a.official_languages),
        working_language=a.working_language,
        timezone=a.timezone,
        new_members_see_history=a.new_members_see_history,
    )


@router.get("/parties", response_model=list[PartyOut], tags=["parties"])
def list_parties(request: Request, at: str | None = None, actor: Actor = Depends(api_actor)) -> list[dict[str, Any]]:
    """Every party with its status on ``at`` (YYYY-MM-DD, default today)."""
    day = service.parse_day(at) if at is not None else None
    with unit_for(request, actor) as u:
        return [_party_out(s.party, s.status) for s in service.list_parties(u, day)]


@router.post("/parties", response_model=PartyOut, status_code=201, tags=["parties"])
def add_party(body: PartyIn, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    """Add a party with its first status (alliance_admin)."""
    with unit_for(request, actor, write=True) as u:
        p = service.add_party(
            u, body.code, body.name, kind=body.kind, status=body.status, since=body.since, note=body.note
        )
        return _party_out(p, status_at(p.history, service.today(u)))


@router.get("/parties/{code}", response_model=PartyDetail, tags=["parties"])
def get_party(code: str, request: Request, at: str | None = None, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    """One party, its status history and its people."""
    day = service.parse_day(at) if at is not None else None
    with unit_for(request, actor) as u:
        p = service.get_party(u, code)
        out = _party_out(p, status_at(p.history, day or service.today(u)))
        out["people"] = [_person_out(x) for x in service.list_people(u, p.code)]
        return out


@router.post("/parties/{code}/status", response_model=PartyOut, tags=["parties"])
def record_status(code: str, body: StatusIn, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    """Record a dated status change (alliance_admin)."""
    with unit_for(request, actor, write=True) as u:
        p = service.record_status(u, code, body.status, body.since, body.note)
        return _party_out(p, status_at(p.history, service.today(u)))


@router.get("/parties/{code}/identity", tags=["parties"])
def party_identity(code: str, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    """The party's STIX 2.1 identity object (deterministic id)."""
    with unit_for(request, actor) as u:
        return service.stix_identity(u, service.get_party(u, code))


@router.get("/people", response_model=list[PersonOut], tags=["parties"])
def list_people(request: Request, party: str | None = None, actor: Actor = Depends(api_actor)) -> list[PersonOut]:
    """People known to the hub (delegates, officials), optionally of one party."""
    with unit_for(request, actor) as u:
        return [_person_out(p) for p in service.list_people(u, party)]


@router.get("/me", response_model=MeOut, tags=["users"])
def me(actor: Actor = Depends(api_actor)) -> MeOut:
    """Who the credentials belong to, with the party's status today."""
    return MeOut(
        username=actor.username,
        party=actor.party_code,
        party_status=actor.party_status,
        roles=sorted(actor.roles),
        read_only=actor.read_only,
    )


@router.post("/me/password", status_code=204, tags=["users"])
def change_password(body: PasswordChangeIn, request: Request, actor: Actor = Depends(api_actor)) -> None:
    """Change one's own password (the current one is required)."""
    with unit_for(request, actor, write=True) as u:
        service.change_own_password(u, body.old_password, body.new_password, _argon(request))


@router.get("/users", response_model=list[UserOut], tags=["users"])
def list_users(request: Request, party: str | None = None, actor: Actor = Depends(api_actor)) -> list[UserOut]:
    """Users of the caller's party (all parties for an alliance_admin)."""
    with unit_for(request, actor) as u:
        return [_user_out(x) for x in service.list_users(u, party)]


@router.post("/users", response_model=UserOut, status_code=201, tags=["users"])
def add_user(body: UserIn, request: Request, actor: Actor = Depends(api_actor)) -> UserOut:
    """Create a user (party_admin of that party, or alliance_admin)."""
    with unit_for(request, actor, write=True) as u:
        return _user_out(
            service.add_user(
                u,
                body.username,
                body.party,
                frozenset(body.roles),
                body.password,
                body.display_name,
                argon2_params=_argon(request),
            )
        )


@router.get("/users/{username}", response_model=UserOut, tags=["users"])
def get_user(username: str, request: Request, actor: Actor = Depends(api_actor)) -> UserOut:
    with unit_for(request, actor) as u:
        return _user_out(service.get_user(u, username))


@router.put("/users/{username}/roles", response_model=UserOut, tags=["users"])
def set_roles(username: str, body: RolesIn, request: Request, actor: Actor = Depends(api_actor)) -> UserOut:
    """Replace a user's roles."""
    with unit_for(request, actor, write=True) as u:
        return _user_out(service.set_roles(u, username, frozenset(body.roles)))


@router.post("/users/{username}/password", status_code=204, tags=["users"])
def reset_password(username: str, body: PasswordResetIn, request: Request, actor: Actor = Depends(api_actor)) -> None:
    """Reset a user's password (party_admin)."""
    with unit_for(request, actor, write=True) as u:
        service.reset_password(u, username, body.new_password, _argon(request))


@router.post("/users/{username}/disable", response_model=UserOut, tags=["users"])
def disable_user(username: str, request: Request, actor: Actor = Depends(api_actor)) -> UserOut:
    with unit_for(request, actor, write=True) as u:
        return _user_out(service.set_disabled(u, username, True))


@router.post("/users/{username}/enable", response_model=UserOut, tags=["users"])
def enable_user(username: str, request: Request, actor: Actor = Depends(api_actor)) -> UserOut:
    with unit_for(request, actor, write=True) as u:
        return _user_out(service.set_disabled(u, username, False))


@router.get("/tokens", response_model=list[TokenOut], tags=["tokens"])
def list_tokens(request: Request, user: str | None = None, actor: Actor = Depends(api_actor)) -> list[dict[str, Any]]:
    """Tokens the caller may manage; secrets are never returned."""
    with unit_for(request, actor) as u:
        return [_token_out(t) for t in service.list_tokens(u, user)]


@router.post("/tokens", response_model=TokenCreated, status_code=201, tags=["tokens"])
def create_token(body: TokenIn, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    """Create an API token; the secret is in this response only."""
    hub = get_hub(request)
    days = body.expires_days if body.expires_days is not None else hub.settings.token_default_expiry_days
    with unit_for(request, actor, write=True) as u:
        token, secret = service.create_token(
            u, body.username or actor.username, expires_days=days, read_only=body.read_only, label=body.label
        )
    return {**_token_out(token), "token": secret}


@router.delete("/tokens/{token_id}", response_model=TokenOut, tags=["tokens"])
def revoke_token(token_id: str, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    with unit_for(request, actor, write=True) as u:
        return _token_out(service.revoke_token(u, token_id))


@router.get("/groups", response_model=list[GroupOut], tags=["groups"])
def list_groups(request: Request, actor: Actor = Depends(api_actor)) -> list[GroupOut]:
    with unit_for(request, actor) as u:
        return [_group_out(g) for g in service.list_groups(u)]


@router.post("/groups", response_model=GroupOut, status_code=201, tags=["groups"])
def create_group(body: GroupIn, request: Request, actor: Actor = Depends(api_actor)) -> GroupOut:
    with unit_for(request, actor, write=True) as u:
        return _group_out(
            service.create_group(
                u, body.slug, body.name, hidden=body.hidden_membership, members=body.members, owner=body.owner
            )
        )


@router.get("/groups/{slug}", response_model=GroupOut, tags=["groups"])
def get_group(slug: str, request: Request, actor: Actor = Depends(api_actor)) -> GroupOut:
    with unit_for(request, actor) as u:
        return _group_out(service.get_group(u, slug))


@router.post("/groups/{slug}/members", response_model=GroupOut, tags=["groups"])
def add_member(slug: str, body: MemberIn, request: Request, actor: Actor = Depends(api_actor)) -> GroupOut:
    with unit_for(request, actor, write=True) as u:
        return _group_out(service.add_group_member(u, slug, body.party))


@router.delete("/groups/{slug}/members/{code}", response_model=GroupOut, tags=["groups"])
def remove_member(slug: str, code: str, request: Request, actor: Actor = Depends(api_actor)) -> GroupOut:
    with unit_for(request, actor, write=True) as u:
        return _group_out(service.remove_group_member(u, slug, code))
