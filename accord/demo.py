"""The demo alliance: the Shanghai Cooperation Organisation as the seed report
describes it (13th Meeting of Security Council Secretaries, Beijing, May 2018),
with its parties' dated status history, its two permanent bodies, the people
named in the report, and a demo user for each party and role.

Demo only: every demo user shares one random password, generated at load
time and kept in ``DATA_DIR/demo-password`` for ``make run`` to print.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from accord.hub import Unit
from accord.parties import service
from accord.parties.auth import hash_password
from accord.parties.models import Role, Status

ALLIANCE_NAME = "Shanghai Cooperation Organisation"

FOUNDED = date(2001, 6, 15)

# code, name, kind, [(status, from)]
PARTIES: list[tuple[str, str, str, list[tuple[Status, date]]]] = [
    ("CN", "China", "state", [(Status.MEMBER, FOUNDED)]),
    ("RU", "Russia", "state", [(Status.MEMBER, FOUNDED)]),
    ("KZ", "Kazakhstan", "state", [(Status.MEMBER, FOUNDED)]),
    ("KG", "Kyrgyzstan", "state", [(Status.MEMBER, FOUNDED)]),
    ("TJ", "Tajikistan", "state", [(Status.MEMBER, FOUNDED)]),
    ("UZ", "Uzbekistan", "state", [(Status.MEMBER, FOUNDED)]),
    ("MN", "Mongolia", "state", [(Status.OBSERVER, date(2004, 6, 17))]),
    ("IN", "India", "state", [(Status.OBSERVER, date(2005, 7, 5)), (Status.MEMBER, date(2017, 6, 9))]),
    ("PK", "Pakistan", "state", [(Status.OBSERVER, date(2005, 7, 5)), (Status.MEMBER, date(2017, 6, 9))]),
    ("IR", "Iran", "state", [(Status.OBSERVER, date(2005, 7, 5)), (Status.MEMBER, date(2023, 7, 4))]),
    ("AF", "Afghanistan", "state", [(Status.OBSERVER, date(2012, 6, 7))]),
    (
        "BY",
        "Belarus",
        "state",
        [
            (Status.DIALOGUE_PARTNER, date(2010, 4, 28)),
            (Status.OBSERVER, date(2015, 7, 10)),
            (Status.MEMBER, date(2024, 7, 4)),
        ],
    ),
    ("SECRETARIAT", "SCO Secretariat", "body", [(Status.BODY, date(2004, 1, 15))]),
    (
        "RATS",
        "Executive Committee of the SCO Regional Anti-Terrorist Structure",
        "body",
        [(Status.BODY, date(2004, 6, 17))],
    ),
]

# The people the seed report names, with their titles as reported.
PEOPLE: list[tuple[str, str, str]] = [
    ("Zhao Kezhi", "State Councilor and Minister of Public Security", "CN"),
    ("Rashid Alimov", "SCO Secretary-General", "SECRETARIAT"),
    ("Nasser Khan Janjua", "National Security Advisor", "PK"),
    ("Nurlan Ermekbaev", "Presidential Aide and Secretary of the National Security Council", "KZ"),
    ("Damir Sagynbayev", "Secretary of the National Security Council", "KG"),
    ("Nikolai Patrushev", "Secretary of the National Security Council", "RU"),
    ("Abdurahim Kahorov", "Secretary of the National Security Council", "TJ"),
    ("Makhmudov Victor Vladimirovich", "Secretary of the National Security Council", "UZ"),
    ("Rajinder Khanna", "Deputy National Security Adviser", "IN"),
    ("Yevgeniy Sysoyev", "Director of the Executive Committee of the SCO Regional Anti-Terrorism Structure", "RATS"),
]

STATE_ROLES = [Role.VIEWER, Role.ANALYST, Role.REGISTRAR, Role.DELEGATE, Role.PARTY_ADMIN]
BODY_ROLES = [Role.VIEWER, Role.ANALYST, Role.PARTY_ADMIN, Role.ALLIANCE_ADMIN]


def demo_username(code: str, role: Role) -> str:
    short = {Role.PARTY_ADMIN: "admin", Role.ALLIANCE_ADMIN: "alliance-admin"}.get(role, role.value)
    return f"{code.lower()}-{short}"


@dataclass(frozen=True)
class DemoUser:
    username: str
    party: str
    role: Role


def demo_users() -> list[DemoUser]:
    out = []
    for code, _name, kind, _hist in PARTIES:
        for role in BODY_ROLES if kind == "body" else STATE_ROLES:
            out.append(DemoUser(demo_username(code, role), code, role))
    return out


def password_file(data_dir: Path) -> Path:
    return data_dir / "demo-password"


def load(unit: Unit, password: str, argon2_params: tuple[int, int]) -> None:
    """Create the demo alliance in an empty hub (one transaction)."""
    service.init_alliance(
        unit,
        ALLIANCE_NAME,
        official_languages=("zh", "ru"),
        working_language="en",
        timezone="Asia/Shanghai",
        new_members_see_history=True,
    )
    for code, name, kind, history in PARTIES:
        first, *rest = history
        service.add_party(unit, code, name, kind=kind, status=first[0], since=first[1])
        for status, since in rest:
            service.record_status(unit, code, status, since)
    for name, title, code in PEOPLE:
        service.add_person(unit, name, title, code)
    # The demo users share one password, so one argon2 run serves them all.
    shared_hash = hash_password(password, *argon2_params)
    for u in demo_users():
        service.add_user(
            unit,
            u.username,
            u.party,
            frozenset({u.role}),
            password,
            display_name=f"Demo {u.role.value} of {u.party}",
            argon2_params=argon2_params,
            prehashed=shared_hash,
        )


def new_password(data_dir: Path) -> str:
    pw = "demo-" + secrets.token_urlsafe(12)
    path = password_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(pw + "\n")
    return pw
