"""The designation register: tiers, rights, history, access, STIX form, import/export."""

from __future__ import annotations

import json
from typing import Any

from fastapi.testclient import TestClient
from stix2validator import validate_instance

from accord.hub import Hub
from accord.parties.models import Actor
from tests.conftest import DEMO_PASSWORD, basic

CN_REG = basic("cn-registrar", DEMO_PASSWORD)
KZ_REG = basic("kz-registrar", DEMO_PASSWORD)
KZ_VIEW = basic("kz-viewer", DEMO_PASSWORD)
AF_REG = basic("af-registrar", DEMO_PASSWORD)
CN_VIEW = basic("cn-viewer", DEMO_PASSWORD)
ADMIN = basic("secretariat-alliance-admin", DEMO_PASSWORD)

PERSON: dict[str, Any] = {
    "schema": "Person",
    "names": [
        {"value": "Wang Jianguo", "kind": "primary"},
        {"value": "王建国", "kind": "alias"},
    ],
    "category": "terrorism",
    "birth_dates": ["1971-03"],
    "nationalities": ["CN"],
    "identifiers": [{"kind": "passport", "value": "E1234567", "country": "CN"}],
    "reference": "MPS-2026-17",
    "reasons": "Leader of a cell planning attacks on energy infrastructure",
}


def add(client: TestClient, body: dict[str, Any], headers: dict[str, str], **extra: Any) -> dict[str, Any]:
    r = client.post("/api/v1/register/entries", json={**body, **extra}, headers=headers)
    assert r.status_code == 201, r.text
    out: dict[str, Any] = r.json()
    return out


def test_national_designation_lifecycle(client: TestClient, hub: Hub) -> None:
    d = add(client, PERSON, CN_REG)
    assert d["tier"] == "national" and d["status"] == "active" and d["designating_party"] == "CN"
    assert d["listed_on"] == hub.clock.now().date().isoformat()  # defaults to the day of entry
    assert d["names"][1] == {"value": "王建国", "kind": "alias", "script": "Hani"}
    assert d["revision"] == 1

    # Seen by the alliance (default scope), not by an observer outside it.
    assert client.get(f"/api/v1/register/entries/{d['id']}", headers=KZ_VIEW).status_code == 200
    r = client.get(f"/api/v1/register/entries/{d['id']}", headers=AF_REG)
    assert r.status_code == 404 and "no designation" in r.json()["detail"]

    # Only CN changes or withdraws it.
    r = client.put(f"/api/v1/register/entries/{d['id']}", json={**PERSON, "aliases": ["Van Tszyan'go"]}, headers=KZ_REG)
    assert r.status_code == 403 and "only CN" in r.json()["detail"]
    r = client.post(f"/api/v1/register/entries/{d['id']}/withdraw", json={"reason": "x"}, headers=KZ_REG)
    assert r.status_code == 403
    r = client.put(
        f"/api/v1/register/entries/{d['id']}",
        json={**PERSON, "aliases": ["Van Tszyan'go"], "reason": "alias from a partner report"},
        headers=CN_REG,
    )
    assert r.status_code == 200, r.text
    assert r.json()["revision"] == 2 and "Van Tszyan'go" in [n["value"] for n in r.json()["names"]]
    r = client.post(f"/api/v1/register/entries/{d['id']}/withdraw", json={"reason": " "}, headers=CN_REG)
    assert r.status_code == 400 and "reason" in r.json()["detail"]
    r = client.post(f"/api/v1/register/entries/{d['id']}/withdraw", json={"reason": "court ruling"}, headers=CN_REG)
    assert r.status_code == 200 and r.json()["status"] == "withdrawn" and r.json()["basis"] == "court ruling"
    assert (
        client.post(
            f"/api/v1/register/entries/{d['id']}/withdraw", json={"reason": "again"}, headers=CN_REG
        ).status_code
        == 409
    )
    r = client.put(f"/api/v1/register/entries/{d['id']}", json={**PERSON, "reason": "late"}, headers=CN_REG)
    assert r.status_code == 409 and "withdrawn" in r.json()["detail"]

    # The full history: who changed what, when.
    full = client.get(f"/api/v1/register/entries/{d['id']}", headers=KZ_VIEW).json()
    hist = full["history"]
    assert [(h["revision"], h["action"], h["user"], h["party"]) for h in hist] == [
        (1, "add", "cn-registrar", "CN"),
        (2, "update", "cn-registrar", "CN"),
        (3, "withdraw", "cn-registrar", "CN"),
    ]
    assert hist[1]["reason"] == "alias from a partner report"
    assert list(hist[1]["changes"]) == ["names"]
    assert hist[2]["changes"]["status"] == ["active", "withdrawn"]

    # Every write is in the audit chain.
    with hub.unit(Actor.local_admin()) as u:
        from accord.audit import service as audit

        actions = [e.action for e in audit.read_log(u, limit=1000)]
    assert {"register.add", "register.update", "register.withdraw"} <= set(actions)


def test_national_designation_needs_a_registrar_and_a_reference(client: TestClient) -> None:
    r = client.post("/api/v1/register/entries", json=PERSON, headers=CN_VIEW)
    assert r.status_code == 403 and "registrar" in r.json()["detail"]
    r = client.post("/api/v1/register/entries", json={**PERSON, "reference": ""}, headers=CN_REG)
    assert r.status_code == 400 and "reference" in r.json()["detail"]
    r = client.post("/api/v1/register/entries", json={**PERSON, "birth_dates": ["1971-13"]}, headers=CN_REG)
    assert r.status_code == 400 and "1971-13" in r.json()["detail"]
    r = client.post("/api/v1/register/entries", json={**PERSON, "nationalities": ["Atlantis"]}, headers=CN_REG)
    assert r.status_code == 400 and "Atlantis" in r.json()["detail"]
    r = client.post("/api/v1/register/entries", json={**PERSON, "schema": "Planet"}, headers=CN_REG)
    assert r.status_code == 422 and r.json()["detail"]
    r = client.post("/api/v1/register/entries", json={**PERSON, "stix_refs": ["report--nope"]}, headers=CN_REG)
    assert r.status_code == 400 and "stix_refs" in r.json()["detail"]
    assert client.get("/api/v1/register/entries", headers=CN_VIEW).json()["entries"] == []  # nothing was stored


def test_joint_listing_status_is_changed_by_alliance_admin_with_reason(client: TestClient) -> None:
    org = {"schema": "Organization", "name": "Eastern Liberation Front", "category": "separatism"}
    r = client.post("/api/v1/register/entries", json={**org, "tier": "joint"}, headers=CN_REG)
    assert r.status_code == 403 and "alliance_admin" in r.json()["detail"]
    d = add(client, org, ADMIN, tier="joint", reason="proposed by RATS")
    assert d["status"] == "proposed" and d["designating_party"] is None
    r = client.post(
        f"/api/v1/register/entries/{d['id']}/status", json={"status": "listed", "reason": ""}, headers=ADMIN
    )
    assert r.status_code == 400
    r = client.post(
        f"/api/v1/register/entries/{d['id']}/status", json={"status": "listed", "reason": "agreed"}, headers=CN_REG
    )
    assert r.status_code == 403
    r = client.post(
        f"/api/v1/register/entries/{d['id']}/status",
        json={"status": "listed", "reason": "agreed at the 13th meeting", "basis": "SCS-13/4"},
        headers=ADMIN,
    )
    assert r.status_code == 200 and r.json()["status"] == "listed" and r.json()["basis"] == "SCS-13/4"
    r = client.post(
        f"/api/v1/register/entries/{d['id']}/status", json={"status": "proposed", "reason": "x"}, headers=ADMIN
    )
    assert r.status_code == 409
    r = client.post(f"/api/v1/register/entries/{d['id']}/withdraw", json={"reason": "x"}, headers=ADMIN)
    assert r.status_code == 409 and "delisted" in r.json()["detail"]
    # Another party's alliance admin may delist it; the first originator stays its STIX originator.
    r = client.post(
        f"/api/v1/register/entries/{d['id']}/status",
        json={"status": "delisted", "reason": "dissolved"},
        headers=basic("rats-alliance-admin", DEMO_PASSWORD),
    )
    assert r.status_code == 200 and r.json()["status"] == "delisted"


def test_entries_are_stix_identities_read_through_the_access_predicate(client: TestClient) -> None:
    d = add(client, PERSON, CN_REG, scope="own", stix_refs=["intrusion-set--11111111-1111-4111-8111-111111111111"])
    # Another member does not see a CN-only entry, in the register or as STIX.
    assert client.get(f"/api/v1/register/entries/{d['id']}", headers=KZ_VIEW).status_code == 404
    assert client.get("/api/v1/register/entries", headers=KZ_VIEW).json()["entries"] == []
    objs = client.get("/api/v1/objects", params={"type": "identity"}, headers=CN_VIEW).json()["objects"]
    mine = [o for o in objs if o["name"] == "Wang Jianguo"]
    assert len(mine) == 1
    ident = mine[0]
    assert ident["identity_class"] == "individual"
    ext = next(iter(ident["extensions"].values()))
    assert ext["entry_id"] == d["id"] and ext["status"] == "active"
    assert ext["linked_refs"] == ["intrusion-set--11111111-1111-4111-8111-111111111111"]
    assert validate_instance(ident).is_valid
    # Widening the scope shares it (a new revision, a new STIX version).
    r = client.put(f"/api/v1/register/entries/{d['id']}", json={**PERSON, "scope": "alliance"}, headers=CN_REG)
    assert r.status_code == 200 and r.json()["scope"] == "alliance"
    assert client.get(f"/api/v1/register/entries/{d['id']}", headers=KZ_VIEW).status_code == 200
    versions = client.get(f"/api/v1/objects/{ident['id']}", headers=CN_VIEW).json()["versions"]
    assert len(versions) == 2


def test_list_filters_and_pages(client: TestClient) -> None:
    ids = [
        add(client, {**PERSON, "name": f"Person {i}", "names": None, "reference": f"R-{i}"}, CN_REG)["id"]
        for i in range(3)
    ]
    org = add(
        client, {"schema": "Organization", "name": "Blue Crescent", "reference": "K-1", "category": "extremism"}, KZ_REG
    )
    page = client.get("/api/v1/register/entries", params={"limit": 2}, headers=CN_VIEW).json()
    assert [e["id"] for e in page["entries"]] == ids[:2] and page["next"]
    rest = client.get("/api/v1/register/entries", params={"limit": 2, "after": page["next"]}, headers=CN_VIEW).json()
    assert [e["id"] for e in rest["entries"]] == [ids[2], org["id"]] and rest["next"] is None
    assert [
        e["id"]
        for e in client.get("/api/v1/register/entries", params={"party": "KZ"}, headers=CN_VIEW).json()["entries"]
    ] == [org["id"]]
    assert [
        e["id"]
        for e in client.get("/api/v1/register/entries", params={"category": "extremism"}, headers=CN_VIEW).json()[
            "entries"
        ]
    ] == [org["id"]]
    assert [
        e["id"]
        for e in client.get("/api/v1/register/entries", params={"q": "crescent"}, headers=CN_VIEW).json()["entries"]
    ] == [org["id"]]
    assert [
        e["id"] for e in client.get("/api/v1/register/entries", params={"q": "R-1"}, headers=CN_VIEW).json()["entries"]
    ] == [ids[1]]
    r = client.get("/api/v1/register/entries", params={"status": "sleeping"}, headers=CN_VIEW)
    assert r.status_code == 400 and "sleeping" in r.json()["detail"]


def test_import_export_roundtrip_over_rest(client: TestClient) -> None:
    lines = [
        {
            "id": "os-1",
            "schema": "Person",
            "properties": {
                "name": ["Rustam Nazarov"],
                "alias": ["Рустам Назаров"],
                "birthDate": ["1980-05-02"],
                "nationality": ["tj"],
            },
        },
        {"id": "os-2", "schema": "Organization", "properties": {"name": ["Steppe Wolves Brigade"], "country": ["kz"]}},
        {"id": "os-3", "schema": "Person", "properties": {"alias": ["no primary name"], "birthDate": ["soon"]}},
    ]
    body = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines).encode()
    r = client.post("/api/v1/register/import", params={"format": "ftm"}, content=body, headers=KZ_REG)
    assert r.status_code == 200, r.text
    s = r.json()
    assert s["stored"] == 2 and [x["position"] for x in s["refused"]] == [3]
    again = client.post("/api/v1/register/import", params={"format": "ftm"}, content=body, headers=KZ_REG).json()
    assert again["stored"] == 0 and again["unchanged"] == 2
    listed = client.get("/api/v1/register/entries", headers=CN_VIEW).json()["entries"]
    naz = next(e for e in listed if e["names"][0]["value"] == "Rustam Nazarov")
    assert naz["birth_dates"] == ["1980-05-02"] and naz["nationalities"] == ["TJ"] and naz["source_id"] == "os-1"

    exported = client.get("/api/v1/register/export", params={"format": "ftm"}, headers=CN_VIEW)
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("application/x-ndjson")
    ents = [json.loads(x) for x in exported.text.splitlines() if x.strip()]
    assert sorted(e["schema"] for e in ents) == ["Organization", "Person"]
    person = next(e for e in ents if e["schema"] == "Person")
    assert "Рустам Назаров" in person["properties"]["alias"] and person["properties"]["birthDate"] == ["1980-05-02"]
    for fmt in ("csv", "unsc"):
        assert client.get("/api/v1/register/export", params={"format": fmt}, headers=CN_VIEW).status_code == 200


def test_an_import_reads_the_parties_and_the_alliance_once_not_for_each_record(client: TestClient) -> None:
    """A register import writes every record for the same designating party in one unit of work:
    the party, its status history and the alliance are read once, not again for each record (they
    were a quarter of an import's time). The statements that read them are counted for imports of
    2 and 8 records; the scope's collections, which need the alliance, are resolved for each."""
    from sqlalchemy import Engine, event

    def ftm(n: int, start: int) -> bytes:
        return "\n".join(
            json.dumps({"id": f"memo-{i}", "schema": "Person", "properties": {"name": [f"Ivan Petrovich {i}"]}})
            for i in range(start, start + n)
        ).encode()

    statements: list[str] = []

    def seen(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(statement)

    counts = []
    event.listen(Engine, "before_cursor_execute", seen)
    try:
        # The first import also brings the caller's access up to date (once a day and process).
        for n, start in ((1, 200), (2, 0), (8, 100)):
            statements.clear()
            r = client.post("/api/v1/register/import", params={"format": "ftm"}, content=ftm(n, start), headers=KZ_REG)
            assert r.status_code == 200 and r.json()["stored"] == n, r.text
            tables = ("parties", "party_status", "alliance")
            counts.append(sum(any(f"FROM {t}" in s for t in tables) for s in statements))
    finally:
        event.remove(Engine, "before_cursor_execute", seen)
    assert counts[1] == counts[2] > 0, counts
