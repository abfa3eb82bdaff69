"""Value objects of the parties feature."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Status(StrEnum):
    MEMBER = "member"
    OBSERVER = "observer"
    DIALOGUE_PARTNER = "dialogue_partner"
    BODY = "body"
    SUSPENDED = "suspended"
    LEFT = "left"


# Statuses under which a party's users may read what others share and write.
ACTIVE_STATUSES = frozenset({Status.MEMBER, Status.OBSERVER, Status.DIALOGUE_PARTNER, Status.BODY})


class Role(StrEnum):
    VIEWER = "viewer"
    ANALYST = "analyst"
    REGISTRAR = "registrar"
    DELEGATE = "delegate"
    PARTY_ADMIN = "party_admin"
    ALLIANCE_ADMIN = "alliance_admin"


# What each role brings with it (DESIGN.md's role table reads "+" as "and
# everything of the role it builds on").
ROLE_IMPLIES: dict[Role, frozenset[Role]] = {
    Role.VIEWER: frozenset(),
    Role.ANALYST: frozenset({Role.VIEWER}),
    Role.REGISTRAR: frozenset({Role.ANALYST, Role.VIEWER}),
    Role.DELEGATE: frozenset({Role.ANALYST, Role.VIEWER}),
    Role.PARTY_ADMIN: frozenset({Role.VIEWER}),
    Role.ALLIANCE_ADMIN: frozenset({Role.PARTY_ADMIN, Role.VIEWER}),
}


def effective_roles(roles: frozenset[Role]) -> frozenset[Role]:
    out = set(roles)
    for role in roles:
        out |= ROLE_IMPLIES[role]
    return frozenset(out)


@dataclass(frozen=True)
class StatusPeriod:
    status: Status
    valid_from: date
    note: str = ""


def status_at(history: Sequence[StatusPeriod], day: date) -> Status | None:
    """The party's status on ``day``: the latest period that began on or before it.

    This is the one definition; everything that grants access asks it at
    request time. ``None`` means the party had no status yet on that day.
    """
    current: StatusPeriod | None = None
    for period in history:
        if period.valid_from <= day and (current is None or period.valid_from >= current.valid_from):
            current = period
    return current.status if current else None


@dataclass(frozen=True)
class Party:
    id: int
    code: str
    name: str
    kind: str  # "state" | "body"
    identity_id: str
    history: tuple[StatusPeriod, ...]


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    title: str
    party_code: str | None


@dataclass(frozen=True)
class User:
    id: int
    username: str
    party_code: str
    display_name: str
    roles: frozenset[Role]
    disabled: bool
    created_at: datetime


@dataclass(frozen=True)
class Token:
    id: str
    username: str
    label: str
    read_only: bool
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None


@dataclass(frozen=True)
class Group:
    id: int
    slug: str
    name: str
    hidden_membership: bool
    owner_party: str | None
    members: tuple[str, ...] | None  # None when hidden from the caller


@dataclass(frozen=True)
class Alliance:
    name: str
    uuid: str
    official_languages: tuple[str, ...]
    working_language: str
    timezone: str
    new_members_see_history: bool


@dataclass(frozen=True)
class Actor:
    """Who is acting: built once per request from the credentials, with the
    party's status judged at request time."""

    username: str
    user_id: int | None
    party_id: int | None
    party_code: str | None
    party_status: Status | None
    roles: frozenset[Role] = field(default_factory=frozenset)
    read_only: bool = False
    system: bool = False  # the local administrator at the command line
    door: str = "api"

    @classmethod
    def local_admin(cls, door: str = "cli") -> Actor:
        return cls(
            username="system",
            user_id=None,
            party_id=None,
            party_code=None,
            party_status=None,
            roles=frozenset(Role),
            system=True,
            door=door,
        )

    def has(self, role: Role) -> bool:
        return self.system or role in self.roles

    @property
    def active(self) -> bool:
        """True when the party is in good standing today (not suspended, not departed)."""
        return self.system or self.party_status in ACTIVE_STATUSES
