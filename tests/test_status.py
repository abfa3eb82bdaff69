"""Dated status history: one function answers a party's status on a day."""

from __future__ import annotations

from datetime import date

from accord.hub import Hub
from accord.parties import service
from accord.parties.models import Status, StatusPeriod, status_at
from tests.conftest import admin_unit


def test_status_at_picks_latest_period_started_on_or_before_the_day() -> None:
    history = [
        StatusPeriod(Status.MEMBER, date(2017, 6, 9)),
        StatusPeriod(Status.OBSERVER, date(2005, 7, 5)),  # order in storage does not matter
    ]
    assert status_at(history, date(2005, 7, 4)) is None
    assert status_at(history, date(2005, 7, 5)) is Status.OBSERVER
    assert status_at(history, date(2017, 6, 8)) is Status.OBSERVER
    assert status_at(history, date(2017, 6, 9)) is Status.MEMBER
    assert status_at([], date(2020, 1, 1)) is None


def test_demo_alliance_statuses_on_the_meeting_day_and_today(hub: Hub) -> None:
    with admin_unit(hub, write=False) as u:
        on_meeting = {s.party.code: s.status for s in service.list_parties(u, date(2018, 5, 22))}
        now = {s.party.code: s.status for s in service.list_parties(u)}
        in_2010 = {s.party.code: s.status for s in service.list_parties(u, date(2010, 1, 1))}
    for code in ("CN", "RU", "KZ", "KG", "TJ", "UZ", "IN", "PK"):
        assert on_meeting[code] is Status.MEMBER
    assert on_meeting["IR"] is Status.OBSERVER
    assert on_meeting["BY"] is Status.OBSERVER
    assert on_meeting["MN"] is Status.OBSERVER
    assert on_meeting["AF"] is Status.OBSERVER
    assert on_meeting["RATS"] is Status.BODY and on_meeting["SECRETARIAT"] is Status.BODY
    assert now["IR"] is Status.MEMBER and now["BY"] is Status.MEMBER
    assert in_2010["IN"] is Status.OBSERVER
    assert in_2010["AF"] is None  # not yet an observer
    assert in_2010["BY"] is None  # dialogue partner only from 28 April 2010


def test_identity_ids_are_deterministic_per_alliance_and_code(hub: Hub) -> None:
    with admin_unit(hub, write=False) as u:
        pk = service.get_party(u, "PK")
        ident = service.stix_identity(u, pk)
    assert pk.identity_id == service.identity_id("Shanghai Cooperation Organisation", "PK")
    assert pk.identity_id != service.identity_id("Another Alliance", "PK")
    assert pk.identity_id != service.identity_id("Shanghai Cooperation Organisation", "IN")
    assert ident["id"] == pk.identity_id and ident["type"] == "identity"
    assert ident["created"] == "2005-07-05T00:00:00.000Z"


def test_people_of_the_seed_are_loaded_with_titles(hub: Hub) -> None:
    with admin_unit(hub, write=False) as u:
        people = {p.name: p for p in service.list_people(u)}
    assert people["Zhao Kezhi"].party_code == "CN"
    assert people["Nasser Khan Janjua"].title == "National Security Advisor"
    assert people["Yevgeniy Sysoyev"].party_code == "RATS"
    assert people["Rashid Alimov"].party_code == "SECRETARIAT"
    assert len(people) == 10
