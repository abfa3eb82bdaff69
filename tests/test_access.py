"""Who sees what, and when it entered their view (date_added), as parties' standing changes."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from fastapi.testclient import TestClient

from accord.clock import FrozenClock
from accord.hub import Hub
from accord.parties import service as parties
from accord.parties.models import Status
from tests import stixgen
from tests.conftest import DEMO_PASSWORD, admin_unit, basic
from tests.taxii_helpers import cols, get_objects, ids, post


class Poller:
    """A client polling one collection incrementally, as TAXII clients do."""

    def __init__(self, client: TestClient, user: str, alias: str = "everything") -> None:
        self.client, self.user, self.alias = client, user, alias
        self.last: str | None = None
        self.seen: list[str] = []

    def poll(self) -> list[str]:
        new: list[str] = []
        while True:
            params: dict[str, Any] = {"limit": 2, "match[version]": "all"}
            if self.last:
                params["added_after"] = self.last
            r = get_objects(self.client, self.user, self.alias, **params)
            new += ids(r)
            self.last = r.headers["x-taxii-date-added-last"]
            if not r.json()["more"]:
                break
        self.seen += new
        return new


def test_group_admission_brings_the_groups_past_objects_into_the_next_poll(client: TestClient) -> None:
    r = client.post(
        "/api/v1/groups", json={"slug": "pk-cn", "members": ["CN"]}, headers=basic("pk-admin", DEMO_PASSWORD)
    )
    assert r.status_code == 201
    old = stixgen.indicator("10.2.0.1")
    post(client, "pk-analyst", "group:pk-cn", [old])
    india = Poller(client, "in-analyst")
    assert india.poll() == []
    post(client, "pk-analyst", "members", [stixgen.indicator("10.2.0.2")])
    assert len(india.poll()) == 1
    r = client.post("/api/v1/groups/pk-cn/members", json={"party": "IN"}, headers=basic("pk-admin", DEMO_PASSWORD))
    assert r.status_code == 200
    assert india.poll() == [old["id"]]  # older than India's last poll, yet delivered
    assert india.poll() == []
    client.delete("/api/v1/groups/pk-cn/members/IN", headers=basic("pk-admin", DEMO_PASSWORD))
    assert "group:pk-cn" not in cols(client, "in-analyst")
    assert old["id"] not in ids(get_objects(client, "in-analyst", "everything"))


def test_membership_change_brings_members_history_when_the_alliance_says_so(
    client: TestClient, hub: Hub, clock: FrozenClock
) -> None:
    members_only = stixgen.indicator("10.3.0.1")
    post(client, "pk-analyst", "members", [members_only])
    community = stixgen.indicator("10.3.0.2")
    post(client, "pk-analyst", "community", [community])
    afghanistan = Poller(client, "af-analyst")
    assert afghanistan.poll() == [community["id"]]
    with admin_unit(hub) as u:
        parties.record_status(u, "AF", Status.MEMBER, clock.now().date(), "test admission")
    assert afghanistan.poll() == [members_only["id"]]
    assert set(cols(client, "af-analyst")) >= {"members", "alliance"}


def test_future_dated_admission_takes_effect_on_its_day(client: TestClient, hub: Hub, clock: FrozenClock) -> None:
    members_only = stixgen.indicator("10.4.0.1")
    post(client, "pk-analyst", "members", [members_only])
    mongolia = Poller(client, "mn-analyst")
    with admin_unit(hub) as u:
        parties.record_status(u, "MN", Status.MEMBER, clock.now().date() + timedelta(days=3))
    assert mongolia.poll() == []
    clock.advance(timedelta(days=3))
    assert mongolia.poll() == [members_only["id"]]


def test_suspended_party_reads_nothing_shared_by_others_but_its_own_stays_visible(
    client: TestClient, hub: Hub, clock: FrozenClock
) -> None:
    theirs = stixgen.indicator("10.5.0.1")
    mine = stixgen.indicator("10.5.0.2")
    post(client, "cn-analyst", "members", [theirs])
    post(client, "pk-analyst", "members", [mine])
    with admin_unit(hub) as u:
        parties.record_status(u, "PK", Status.SUSPENDED, clock.now().date())
    assert ids(get_objects(client, "pk-analyst", "everything")) == [mine["id"]]
    assert set(cols(client, "pk-analyst")) == {"own", "everything"}
    assert mine["id"] in ids(get_objects(client, "cn-analyst", "members"))  # its audience still sees it
    r = client.post(
        "/api/v1/objects",
        json={"scope": "own", "objects": [stixgen.indicator()]},
        headers=basic("pk-analyst", DEMO_PASSWORD),
    )
    assert r.status_code == 403


def test_grant_opens_one_object_to_one_party(client: TestClient) -> None:
    secret = stixgen.indicator("10.6.0.1")
    post(client, "pk-analyst", "own", [secret])
    china = Poller(client, "cn-analyst")
    assert china.poll() == []
    r = client.post(
        f"/api/v1/objects/{secret['id']}/grants", json={"party": "CN"}, headers=basic("pk-analyst", DEMO_PASSWORD)
    )
    assert r.status_code == 201 and r.json()["versions"] == 1
    assert china.poll() == [secret["id"]]
    v2 = {**secret, "modified": "2026-05-05T00:00:00.000Z", "name": "updated"}
    post(client, "pk-analyst", "own", [v2])
    assert china.poll() == [secret["id"]]  # later versions follow the grant
    assert ids(get_objects(client, "ru-analyst", "everything")) == []
    r = client.post(
        f"/api/v1/objects/{secret['id']}/grants", json={"party": "RU"}, headers=basic("cn-analyst", DEMO_PASSWORD)
    )
    assert r.status_code == 404  # only the originator grants


def test_new_members_do_not_see_history_when_the_alliance_says_so(client: TestClient, hub: Hub) -> None:
    from sqlalchemy import update

    from accord.db.schema import alliance

    with hub.engine.begin() as conn:
        conn.execute(update(alliance).values(new_members_see_history=False))
    post(client, "pk-analyst", "members", [stixgen.indicator("10.7.0.1")])
    with admin_unit(hub) as u:
        parties.record_status(u, "AF", Status.MEMBER, date(2026, 6, 1))
    assert ids(get_objects(client, "af-analyst", "members")) == []
    later = stixgen.indicator("10.7.0.2")
    post(client, "pk-analyst", "members", [later])
    assert ids(get_objects(client, "af-analyst", "members")) == [later["id"]]
