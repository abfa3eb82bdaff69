"""TAXII 2.1 conformance, through the in-process client."""

from __future__ import annotations

import json
from typing import Any

from fastapi.testclient import TestClient

from accord.db.bulk import select_in
from accord.db.engine import is_sqlite, wal_checkpoint
from accord.db.schema import stix_versions
from accord.hub import Hub
from accord.intel import store
from accord.parties.models import Actor
from tests import stixgen
from tests.conftest import ALLIANCE_ADMIN
from tests.taxii_helpers import ROOT, TAXII, cols, get_objects, h, ids, post


def _is_taxii_error(r: Any, status: int) -> None:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == TAXII
    body = r.json()
    assert body["http_status"] == str(status) and body["title"]


def test_discovery_and_api_root(client: TestClient, hub: Hub) -> None:
    r = client.get("/taxii2/", headers=h("pk-analyst"))
    assert r.status_code == 200 and r.headers["content-type"] == TAXII
    d = r.json()
    assert d["default"] == f"{ROOT}/" and d["api_roots"] == [f"{ROOT}/"]
    r = client.get(f"{ROOT}/", headers=h("pk-analyst"))
    body = r.json()
    assert body["versions"] == [TAXII] and body["max_content_length"] == hub.settings.taxii_max_content_length
    _is_taxii_error(client.get("/taxii2/other/", headers=h("pk-analyst")), 404)


def test_accept_negotiation(client: TestClient) -> None:
    for accept in (
        "application/taxii+json",
        "application/taxii+json;version=2.1;q=0.9",
        "*/*",
        "text/html, application/taxii+json;q=0.5",
    ):
        r = client.get("/taxii2/", headers=h("pk-analyst", Accept=accept))
        assert r.status_code == 200, accept
    _is_taxii_error(client.get("/taxii2/", headers=h("pk-analyst", Accept="text/html")), 406)
    _is_taxii_error(client.get("/taxii2/", headers=h("pk-analyst", Accept="application/taxii+json;version=2.0")), 406)


def test_unauthenticated_is_401_with_challenge_and_taxii_body(client: TestClient) -> None:
    r = client.get("/taxii2/", headers={"Accept": TAXII})
    _is_taxii_error(r, 401)
    assert "Basic" in r.headers["www-authenticate"]
    _is_taxii_error(client.get("/taxii2/", headers=h("pk-analyst", "wrong-password!")), 401)


def test_collections_follow_each_partys_standing(client: TestClient) -> None:
    assert set(cols(client, "pk-analyst")) == {"own", "members", "alliance", "community", "everything"}
    assert set(cols(client, "af-analyst")) == {"own", "community", "everything"}  # observer
    assert set(cols(client, "rats-analyst")) == {"own", "alliance", "community", "everything"}  # body
    pk = cols(client, "pk-analyst")
    assert pk["members"]["can_write"] and not pk["everything"]["can_write"]
    assert not cols(client, "pk-viewer")["members"]["can_write"]
    # ids are deterministic: every member sees the same id for "members"
    assert cols(client, "cn-analyst")["members"]["id"] == pk["members"]["id"]
    assert cols(client, "cn-analyst")["own"]["id"] != pk["own"]["id"]
    # a collection the caller may not read is a 404, not a 403
    r = client.get(f"{ROOT}/collections/{pk['members']['id']}/objects/", headers=h("af-analyst"))
    _is_taxii_error(r, 404)
    r = client.get(f"{ROOT}/collections/{pk['own']['id']}/", headers=h("cn-analyst"))
    _is_taxii_error(r, 404)


def test_post_returns_202_status_and_objects_reach_their_audience(client: TestClient) -> None:
    ind = stixgen.indicator("203.0.113.9")
    status = post(client, "pk-analyst", "members", [ind])
    assert status["status"] == "complete" and status["success_count"] == 1 and status["total_count"] == 1
    assert status["successes"] == [{"id": ind["id"], "version": ind["modified"]}]
    r = client.get(f"{ROOT}/status/{status['id']}/", headers=h("pk-analyst"))
    assert r.status_code == 200 and r.json() == status  # the 202's body is what was stored
    _is_taxii_error(client.get(f"{ROOT}/status/{status['id']}/", headers=h("cn-analyst")), 404)

    assert ids(get_objects(client, "cn-analyst", "members")) == [ind["id"]]
    assert ids(get_objects(client, "cn-analyst", "everything")) == [ind["id"]]
    assert ids(get_objects(client, "af-analyst", "everything")) == []  # observers are not in "members"
    assert ids(get_objects(client, "rats-analyst", "everything")) == []  # nor are bodies
    got = get_objects(client, "cn-analyst", "members").json()["objects"][0]
    assert got == ind  # byte-for-byte as a JSON value


def test_reposting_is_not_a_failure_and_adds_a_scope(client: TestClient) -> None:
    ind = stixgen.indicator()
    post(client, "pk-analyst", "members", [ind])
    again = post(client, "pk-analyst", "members", [ind])
    assert again["success_count"] == 1 and again["failure_count"] == 0
    assert ids(get_objects(client, "af-analyst", "everything")) == []
    post(client, "pk-analyst", "community", [ind])  # now the observers too
    assert ids(get_objects(client, "af-analyst", "everything")) == [ind["id"]]
    assert ids(get_objects(client, "cn-analyst", "everything")) == [ind["id"]]  # still once


def test_invalid_objects_are_refused_one_by_one(client: TestClient) -> None:
    good = stixgen.indicator()
    bad = stixgen.indicator(pattern="[ipv4-addr:value = ")
    no_id = {"type": "malware", "spec_version": "2.1", "name": "x"}
    status = post(client, "pk-analyst", "members", [good, bad, no_id])
    assert status["success_count"] == 1 and status["failure_count"] == 2
    failures = {f.get("id"): f["message"] for f in status["failures"]}
    assert bad["id"] in failures and "pattern" in failures[bad["id"]]
    assert ids(get_objects(client, "cn-analyst", "members")) == [good["id"]]


def test_only_the_first_poster_may_post_versions(client: TestClient) -> None:
    ind = stixgen.indicator()
    post(client, "pk-analyst", "members", [ind])
    newer = {**ind, "modified": "2026-05-02T00:00:00.000Z", "name": "hijacked"}
    status = post(client, "cn-analyst", "members", [newer])
    assert status["failure_count"] == 1 and "first shared by another party" in status["failures"][0]["message"]
    changed = {**ind, "name": "same version, other content"}
    status = post(client, "pk-analyst", "members", [changed])
    assert status["failure_count"] == 1 and "different content" in status["failures"][0]["message"]


def test_tlp_red_only_in_own_group_or_grant(client: TestClient) -> None:
    red = stixgen.indicator(object_marking_refs=["marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"])
    status = post(client, "pk-analyst", "members", [red])
    assert status["failure_count"] == 1 and "TLP:RED" in status["failures"][0]["message"]
    assert post(client, "pk-analyst", "own", [red])["success_count"] == 1
    assert ids(get_objects(client, "cn-analyst", "everything")) == []


def test_post_errors(client: TestClient, hub: Hub) -> None:
    cid = cols(client, "pk-analyst")["members"]["id"]
    url = f"{ROOT}/collections/{cid}/objects/"
    r = client.post(url, content=b'{"objects": []}', headers=h("pk-analyst", **{"Content-Type": "application/json"}))
    _is_taxii_error(r, 415)
    r = client.post(url, content=b"not json", headers=h("pk-analyst", **{"Content-Type": TAXII}))
    _is_taxii_error(r, 422)
    r = client.post(url, content=b'{"objects": 5}', headers=h("pk-analyst", **{"Content-Type": TAXII}))
    _is_taxii_error(r, 422)
    big = b'{"objects": [' + b" " * (hub.settings.taxii_max_content_length + 1) + b"]}"
    r = client.post(url, content=big, headers=h("pk-analyst", **{"Content-Type": TAXII}))
    _is_taxii_error(r, 413)
    everything = cols(client, "pk-analyst")["everything"]["id"]
    r = client.post(
        f"{ROOT}/collections/{everything}/objects/",
        json={"objects": [stixgen.indicator()]},
        headers=h("pk-analyst", **{"Content-Type": TAXII}),
    )
    _is_taxii_error(r, 403)
    r = client.post(url, json={"objects": [stixgen.indicator()]}, headers=h("pk-viewer", **{"Content-Type": TAXII}))
    _is_taxii_error(r, 403)
    assert ids(get_objects(client, "cn-analyst", "members")) == []


def test_date_added_headers_on_every_read(client: TestClient) -> None:
    ind = stixgen.indicator()
    post(client, "pk-analyst", "members", [ind])
    cid = cols(client, "cn-analyst")["members"]["id"]
    base = f"{ROOT}/collections/{cid}"
    for path in ("/objects/", f"/objects/{ind['id']}/", f"/objects/{ind['id']}/versions/", "/manifest/"):
        r = client.get(base + path, headers=h("cn-analyst"))
        assert r.status_code == 200, path
        assert r.headers["content-type"] == TAXII
        first, last = r.headers["x-taxii-date-added-first"], r.headers["x-taxii-date-added-last"]
        assert first == last and first.endswith("Z") and len(first) == len("2026-06-01T09:00:00.000000Z")
    manifest = client.get(base + "/manifest/", headers=h("cn-analyst")).json()
    assert manifest["objects"][0] == {
        "id": ind["id"],
        "date_added": first,
        "version": ind["modified"],
        "media_type": "application/stix+json;version=2.1",
    }
    empty = client.get(base + "/objects/", params={"added_after": last}, headers=h("cn-analyst"))
    assert empty.json() == {"more": False} and empty.headers["x-taxii-date-added-last"] == last


def test_filters(client: TestClient) -> None:
    a, b = stixgen.indicator("192.0.2.1"), stixgen.indicator("192.0.2.2")
    m = stixgen.malware()
    post(client, "pk-analyst", "members", [a, b, m])
    assert ids(get_objects(client, "cn-analyst", "members", **{"match[type]": "malware"})) == [m["id"]]
    assert ids(get_objects(client, "cn-analyst", "members", **{"match[type]": "malware,indicator"})) == [
        a["id"],
        b["id"],
        m["id"],
    ]
    assert ids(
        get_objects(
            client, "cn-analyst", "members", **{"match[id]": f"{b['id']},{m['id']}", "match[type]": "indicator"}
        )
    ) == [b["id"]]
    assert ids(get_objects(client, "cn-analyst", "members", **{"match[spec_version]": "2.0"})) == []
    assert ids(get_objects(client, "cn-analyst", "members", **{"match[type]": "x-unknown-type"})) == []
    r = get_objects(client, "cn-analyst", "members", limit=2)
    assert ids(r) == [a["id"], b["id"]] and r.json()["more"] is True
    after = r.headers["x-taxii-date-added-last"]
    assert ids(get_objects(client, "cn-analyst", "members", added_after=after)) == [m["id"]]
    for bad in (
        {"added_after": "yesterday"},
        {"limit": "0"},
        {"limit": "many"},
        {"match[version]": "newest"},
        {"next": "forged"},
        {"match[version]": "all,last"},
    ):
        _is_taxii_error(get_objects(client, "cn-analyst", "members", **bad), 400)
    cid = cols(client, "cn-analyst")["members"]["id"]
    r = client.get(f"{ROOT}/collections/{cid}/objects/?limit=1&limit=2", headers=h("cn-analyst"))
    _is_taxii_error(r, 400)


def test_versions_and_match_version(client: TestClient) -> None:
    v1 = stixgen.indicator(modified="2026-05-01T10:00:00.000Z")
    v2 = {**v1, "modified": "2026-05-02T10:00:00.000Z", "name": "v2"}
    v3 = {**v1, "modified": "2026-05-03T10:00:00.000Z", "name": "v3"}
    post(client, "pk-analyst", "members", [v1, v3])
    post(client, "pk-analyst", "members", [v2])
    cid = cols(client, "cn-analyst")["members"]["id"]
    r = client.get(f"{ROOT}/collections/{cid}/objects/{v1['id']}/versions/", headers=h("cn-analyst"))
    assert r.json()["versions"] == [v1["modified"], v3["modified"], v2["modified"]]  # by date_added

    def names(**p: str) -> list[str]:
        r = client.get(f"{ROOT}/collections/{cid}/objects/{v1['id']}/", params=p, headers=h("cn-analyst"))
        return [o["name"] for o in r.json().get("objects", [])]

    assert names() == ["v3"]  # last by default
    assert names(**{"match[version]": "first"}) == [v1["name"]]
    assert sorted(names(**{"match[version]": "all"})) == sorted([v1["name"], "v2", "v3"])
    assert names(**{"match[version]": "2026-05-02T10:00:00.000Z"}) == ["v2"]
    assert names(**{"match[version]": "first,last"}) == [v1["name"], "v3"]
    r = client.get(
        f"{ROOT}/collections/{cid}/objects/indicator--00000000-0000-4000-8000-000000000000/", headers=h("cn-analyst")
    )
    _is_taxii_error(r, 404)


def test_next_cursor_is_stateless_signed_and_bound(client: TestClient) -> None:
    objs = [stixgen.indicator(f"10.0.0.{i}") for i in range(7)]
    post(client, "pk-analyst", "members", objs)
    seen: list[str] = []
    params: dict[str, str] = {"limit": "3"}
    while True:
        r = get_objects(client, "cn-analyst", "members", **params)
        body = r.json()
        seen += ids(r)
        if not body["more"]:
            assert "next" not in body
            break
        params = {"limit": "3", "next": body["next"]}
    assert seen == [o["id"] for o in objs]
    token = get_objects(client, "cn-analyst", "members", limit=3).json()["next"]
    _is_taxii_error(get_objects(client, "ru-analyst", "members", limit=3, next=token), 400)  # other user
    _is_taxii_error(
        get_objects(client, "cn-analyst", "members", limit=3, next=token, **{"match[type]": "malware"}), 400
    )  # other query
    tampered = token[:-2] + ("AA" if token[-2:] != "AA" else "BB")
    _is_taxii_error(get_objects(client, "cn-analyst", "members", limit=3, next=tampered), 400)


def test_paging_by_added_after_never_skips_or_repeats(client: TestClient) -> None:
    seen: list[str] = []
    last: str | None = None
    expected: list[str] = []
    for batch in range(4):
        objs = [stixgen.indicator(f"10.1.{batch}.{i}") for i in range(5)]
        expected += [o["id"] for o in objs]
        post(client, "pk-analyst", "members", objs)
        while True:
            params: dict[str, Any] = {"limit": 2}
            if last:
                params["added_after"] = last
            r = get_objects(client, "cn-analyst", "members", **params)
            seen += ids(r)
            last = r.headers["x-taxii-date-added-last"]
            if not r.json()["more"]:
                break
    assert seen == expected


def test_delete_removes_from_one_collection_and_is_audited(client: TestClient) -> None:
    ind = stixgen.indicator()
    post(client, "pk-analyst", "members", [ind])
    post(client, "pk-analyst", "community", [ind])
    members = cols(client, "pk-analyst")["members"]["id"]
    url = f"{ROOT}/collections/{members}/objects/{ind['id']}/"
    _is_taxii_error(client.delete(url, headers=h("cn-analyst")), 403)  # not the originator
    r = client.delete(url, headers=h("pk-analyst"))
    assert r.status_code == 200 and r.headers["content-type"] == TAXII
    _is_taxii_error(client.get(url, headers=h("pk-analyst")), 404)
    assert ids(get_objects(client, "cn-analyst", "members")) == []
    assert ids(get_objects(client, "cn-analyst", "community")) == [ind["id"]]  # still in the other collection
    manifest = client.get(f"{ROOT}/collections/{members}/manifest/", headers=h("pk-analyst")).json()
    assert "objects" not in manifest
    log = client.get("/api/v1/audit", params={"limit": 10000}, headers=ALLIANCE_ADMIN).json()
    assert any(e["action"] == "intel.remove" and e["object_id"] == ind["id"] for e in log)


def test_reads_of_other_parties_data_are_audited_once_per_request(client: TestClient) -> None:
    post(client, "pk-analyst", "members", [stixgen.indicator(f"10.9.0.{i}") for i in range(3)])
    r = get_objects(client, "cn-analyst", "members")
    log = client.get("/api/v1/audit", params={"limit": 10000}, headers=ALLIANCE_ADMIN).json()
    reads = [e for e in log if e["request_id"] == r.headers["x-request-id"]]
    assert len(reads) == 1 and reads[0]["detail"] == {"records_by_party": {"PK": 3}}
    assert reads[0]["actor_user"] == "cn-analyst" and reads[0]["door"] == "taxii"
    pk_log = client.get(
        "/api/v1/audit", params={"limit": 10000}, headers=h("pk-admin") | {"Accept": "application/json"}
    ).json()
    assert any(e["request_id"] == r.headers["x-request-id"] for e in pk_log)  # PK sees who read its data


def test_status_of_a_post_is_kept(client: TestClient, hub: Hub, clock: Any) -> None:
    from datetime import timedelta

    status = post(client, "pk-analyst", "members", [stixgen.indicator()])
    clock.advance(timedelta(hours=30))
    post(client, "pk-analyst", "members", [stixgen.indicator()])  # triggers the purge of old statuses
    r = client.get(f"{ROOT}/status/{status['id']}/", headers=h("pk-analyst"))
    assert r.status_code == 200 and json.loads(r.text)["status"] == "complete"


def test_removal_from_one_collection_never_repeats_it_in_everything(client: TestClient) -> None:
    """A party that saw a version through two collections keeps its date_added when
    one of them loses it: an incremental poll of "everything" does not see it again."""
    first = stixgen.indicator("10.77.0.1")
    post(client, "pk-analyst", "members", [first])
    page = get_objects(client, "cn-analyst", "everything")
    assert ids(page) == [first["id"]]
    last = page.headers["X-TAXII-Date-Added-Last"]
    post(client, "pk-analyst", "community", [first])  # a second path to a version CN already has
    assert ids(get_objects(client, "cn-analyst", "everything", added_after=last)) == []
    members = cols(client, "pk-analyst")["members"]["id"]
    r = client.delete(f"{ROOT}/collections/{members}/objects/{first['id']}/", headers=h("pk-analyst"))
    assert r.status_code == 200
    assert ids(get_objects(client, "cn-analyst", "everything", added_after=last)) == []
    again = get_objects(client, "cn-analyst", "everything")
    assert ids(again) == [first["id"]] and again.headers["X-TAXII-Date-Added-Last"] == last
    assert ids(get_objects(client, "cn-analyst", "community")) == [first["id"]]
    assert ids(get_objects(client, "cn-analyst", "members")) == []


def test_removal_never_makes_a_version_skip_a_collection_poll(client: TestClient) -> None:
    """The continuity that keeps "everything" from repeating a version must not move it
    back in time inside one collection, where the client's cursor may already be past it."""
    x = stixgen.indicator("10.78.0.1")
    post(client, "pk-analyst", "members", [x])
    y = stixgen.indicator("10.78.0.2")
    post(client, "pk-analyst", "community", [y])
    page = get_objects(client, "cn-analyst", "community")
    assert ids(page) == [y["id"]]
    last = page.headers["X-TAXII-Date-Added-Last"]
    post(client, "pk-analyst", "community", [x])
    members = cols(client, "pk-analyst")["members"]["id"]
    assert client.delete(f"{ROOT}/collections/{members}/objects/{x['id']}/", headers=h("pk-analyst")).status_code == 200
    assert ids(get_objects(client, "cn-analyst", "community", added_after=last)) == [x["id"]]


def test_stored_versions_keep_their_columns_keys_and_time(client: TestClient, hub: Hub) -> None:
    # The write path inserts through the driver's executemany and, on SQLite, gives the keys itself.
    objs = [stixgen.indicator(f"198.51.100.{i}") for i in range(3)]
    post(client, "pk-analyst", "members", objs)
    post(client, "pk-analyst", "alliance", [stixgen.indicator("198.51.100.9")])
    with hub.unit(Actor.local_admin("test")) as u:
        found = store.existing_versions(u.conn, [o["id"] for o in objs])
        rows = [store.version_rows(u.conn, o["id"])[0] for o in objs]
    assert sorted(int(r.pk) for r in found) == sorted(int(r.pk) for r in rows)
    assert len({int(r.pk) for r in rows}) == 3
    for o, r in zip(objs, rows, strict=True):
        assert json.loads(r.body) == o and r.type == "indicator" and r.originator == "PK"
        assert r.posted_at == hub.clock.now() and r.posted_by == "pk-analyst"
    assert get_objects(client, "cn-analyst", "members") and len(ids(get_objects(client, "cn-analyst", "alliance"))) == 1


def test_lookups_by_many_ids_chunk_and_ignore_repeats(client: TestClient, hub: Hub) -> None:
    # select_in sends the IN list in chunks with its own placeholders; every stored id comes back once.
    objs = [stixgen.indicator(f"203.0.113.{i}") for i in range(7)]
    post(client, "pk-analyst", "members", objs)
    wanted = [o["id"] for o in objs] + [objs[0]["id"], "indicator--00000000-0000-4000-8000-000000000000"]
    with hub.unit(Actor.local_admin("test")) as u:
        whole = store.existing_versions(u.conn, wanted)
        rows = select_in(u.conn, stix_versions, ("object_id", "version_us"), "object_id", wanted, chunk=3)
        keys = store.version_keys(u.conn, wanted)
        assert select_in(u.conn, stix_versions, ("pk",), "object_id", []) == []
    assert sorted(r.object_id for r in whole) == sorted(o["id"] for o in objs)
    assert all(json.loads(r.body) == next(o for o in objs if o["id"] == r.object_id) for r in whole)
    assert sorted(r[0] for r in rows) == sorted(o["id"] for o in objs)
    assert {(k.pk, k.version_us) for k in keys} == {(r.pk, r.version_us) for r in whole}
    # Rows posted in one request share their posting time: converted once, stored alike in every row.
    with hub.unit(Actor.local_admin("test")) as u:
        posted = {store.version_rows(u.conn, o["id"])[0].posted_at for o in objs}
    assert posted == {hub.clock.now()}


def test_wal_checkpoint_copies_committed_pages(hub: Hub, client: TestClient) -> None:
    post(client, "pk-analyst", "members", [stixgen.indicator("198.51.100.20")])
    frames, copied = wal_checkpoint(hub.engine)
    if is_sqlite(hub.engine):
        assert frames > 0 and copied == frames  # nobody reading: every committed page copied
    else:
        assert (frames, copied) == (0, 0)
