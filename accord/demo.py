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

from accord.hub import Hub, Unit
from accord.parties import service
from accord.parties import store as parties_store
from accord.parties.auth import hash_password
from accord.parties.models import Actor, Role, Status

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
BODY_ROLES = [Role.VIEWER, Role.ANALYST, Role.DELEGATE, Role.PARTY_ADMIN, Role.ALLIANCE_ADMIN]


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


# Invented designations (no real persons or organisations), so that the demo's
# register and screening have something to show: (registrar, designation).
DEMO_DESIGNATIONS: list[tuple[str, dict[str, object]]] = [
    (
        "kz-registrar",
        {
            "schema": "Person",
            "names": [
                {"value": "Соколов Евгений Викторович", "kind": "primary"},
                {"value": "Sokolov Yevgeniy Viktorovich", "kind": "transliteration"},
            ],
            "birth_dates": ["1969-04-11"],
            "nationalities": ["KZ"],
            "gender": "male",
            "category": "extremism",
            "reference": "DEMO-KZ-2026-114",
            "reasons": "Demo entry: recruiter for a banned extremist movement (invented).",
        },
    ),
    (
        "cn-registrar",
        {
            "schema": "Person",
            "names": [{"value": "王建国", "kind": "primary"}, {"value": "Wang Jianguo", "kind": "transliteration"}],
            "birth_dates": ["1971-03"],
            "nationalities": ["CN"],
            "identifiers": [{"kind": "passport", "value": "E00000017", "country": "CN"}],
            "category": "terrorism",
            "reference": "DEMO-CN-2026-17",
            "reasons": "Demo entry: financier of a terrorist cell (invented).",
        },
    ),
    (
        "pk-registrar",
        {
            "schema": "Person",
            "names": [{"value": "محمد عبدالرحمن قریشی", "kind": "primary"}, "Muhammad Abdul Rehman Qureshi"],
            "birth_dates": ["1980"],
            "nationalities": ["PK"],
            "category": "terrorism",
            "reference": "DEMO-PK-2026-88",
            "reasons": "Demo entry: facilitator for a proscribed organisation (invented).",
        },
    ),
    (
        "ru-registrar",
        {
            "schema": "Company",
            "names": [
                {"value": "ООО «Восток-Транзит»", "kind": "primary"},
                {"value": "Vostok-Tranzit LLC", "kind": "transliteration"},
            ],
            "countries": ["RU"],
            "category": "extremism",
            "reference": "DEMO-RU-2026-5",
            "reasons": "Demo entry: front company moving funds (invented).",
        },
    ),
]
DEMO_JOINT: dict[str, object] = {
    "schema": "Organization",
    "names": [
        {"value": "Eastern Liberation Front", "kind": "primary"},
        {"value": "东方解放阵线", "kind": "alias"},
        {"value": "Восточный фронт освобождения", "kind": "alias"},
    ],
    "category": "separatism",
    "reasons": "Demo entry: separatist armed group (invented).",
}


def load_register(hub: Hub) -> int:
    """Enter the demo designations as the demo registrars (and one joint listing
    by the Secretariat's alliance admin), each through the register's rules."""
    from accord.register import service as register
    from accord.register.models import EntryStatus, Tier

    def actor(username: str) -> Actor:
        with hub.unit(Actor.local_admin("demo")) as u:
            user = parties_store.get_user(u.conn, username)
        assert user is not None
        return hub.auth.actor_for(user.id, read_only=False, door="demo")

    n = 0
    for username, body in DEMO_DESIGNATIONS:
        with hub.unit(actor(username), write=True) as u:
            register.add(u, register.draft_from_mapping(body))
        n += 1
    admin = actor(demo_username("SECRETARIAT", Role.ALLIANCE_ADMIN))
    with hub.unit(admin, write=True) as u:
        d = register.add(u, register.draft_from_mapping(DEMO_JOINT), tier=Tier.JOINT, reason="proposed (demo)")
        register.set_joint_status(u, d.id, EntryStatus.LISTED, "agreed (demo)", basis="demo decision")
    return n + 1


# The seed report's meeting, as the Secretariat would record it.
SEED_AGENDA = [
    ("Regional security situation in the SCO space", []),
    ("Joint fight against the three evil forces", ["Terrorism", "Separatism", "Extremism"]),
    ("International information security", []),
    ("Political and security preparations for the Qingdao summit", []),
]
SEED_DELEGATIONS = ["CN", "RU", "KZ", "KG", "TJ", "UZ", "IN", "PK", "SECRETARIAT", "RATS"]


def load_council(hub: Hub) -> int:
    """The 13th Meeting of Security Council Secretaries (Beijing, 21–22 May 2018):
    its delegations with the heads the report names, and its agenda."""
    from accord.council import service as council

    admin = Actor.local_admin("demo")
    with hub.unit(admin, write=True) as u:
        council.create_series(
            u,
            "scs",
            "Meeting of Security Council Secretaries",
            "Shanghai Cooperation Organisation",
            "annual",
            "2004-06-01",
        )
        m = council.create_meeting(
            u,
            "scs",
            ordinal=13,
            start="2018-05-21",
            end="2018-05-22",
            venue="Beijing",
            presidency="CN",
            host="CN",
            chair="Zhao Kezhi",
            prepares="the Qingdao summit (June 2018)",
        )
        heads = {code: name for name, _title, code in PEOPLE}
        for code in SEED_DELEGATIONS:
            council.add_delegation(u, m.id, party=code)
            council.add_participant(u, m.id, code, heads[code], role="head")
        for title, subs in SEED_AGENDA:
            item = council.add_agenda_item(u, m.id, title)
            for sub in subs:
                council.add_agenda_item(u, m.id, sub, parent=item["id"])
    return m.id
