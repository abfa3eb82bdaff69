"""Interop: the OASIS taxii2-client, unchanged, against Accord as a real server on loopback."""

from __future__ import annotations

import json

import pytest
from taxii2client.v21 import ApiRoot, Collection, Server, as_pages

from tests import stixgen
from tests.conftest import DEMO_PASSWORD, ICS_BUNDLE

pytestmark = [pytest.mark.wire, pytest.mark.filterwarnings("ignore::DeprecationWarning")]


def test_taxii2_client_discovers_posts_polls_status_and_pages(server: str) -> None:
    srv = Server(f"{server}/taxii2/", user="pk-analyst", password=DEMO_PASSWORD)
    assert srv.title.startswith("Accord")
    root: ApiRoot = srv.default
    assert root.max_content_length > 0
    by_alias = {c.custom_properties.get("alias", c.title): c for c in root.collections}
    members: Collection = next(c for c in root.collections if c.title == "Members")
    assert members.can_write and members.can_read

    objects = [stixgen.indicator(f"10.20.{i // 250}.{i % 250}") for i in range(252)]
    status = members.add_objects({"objects": objects}, wait_for_completion=True, poll_interval=0)
    assert status.status == "complete" and status.success_count == 252 and status.failure_count == 0
    refreshed = root.get_status(status.id)
    assert refreshed.success_count == 252

    china = Collection(members.url, user="cn-analyst", password=DEMO_PASSWORD)
    got: list[str] = []
    for envelope in as_pages(china.get_objects, per_request=100):
        got += [o["id"] for o in envelope.get("objects", [])]
    assert got == [o["id"] for o in objects]

    one = china.get_object(objects[5]["id"])
    assert one["objects"][0] == objects[5]
    versions = china.object_versions(objects[5]["id"])
    assert versions["versions"] == [objects[5]["modified"]]
    manifest = china.get_manifest(type="indicator", limit=3)
    assert len(manifest["objects"]) == 3 and manifest["more"] is True
    filtered = china.get_objects(id=objects[7]["id"])
    assert [o["id"] for o in filtered["objects"]] == [objects[7]["id"]]
    assert by_alias  # every collection parsed


def test_attack_ics_bundle_comes_back_through_taxii_unchanged(server: str) -> None:
    bundle = json.loads(ICS_BUNDLE.read_text())
    expected = {(o["id"], o.get("modified", o.get("created"))): o for o in bundle["objects"]}
    srv = Server(f"{server}/taxii2/", user="rats-analyst", password=DEMO_PASSWORD)
    alliance = next(c for c in srv.default.collections if c.title == "Alliance")
    status = alliance.add_objects({"objects": bundle["objects"]}, wait_for_completion=True, poll_interval=0)
    assert status.success_count == len(bundle["objects"]) == 1826, status.failures
    reader = Collection(alliance.url, user="kz-analyst", password=DEMO_PASSWORD)
    got = []
    for envelope in as_pages(reader.get_objects, per_request=500, version="all"):
        got += envelope.get("objects", [])
    assert len(got) == len(expected)
    for obj in got:
        assert obj == expected[(obj["id"], obj.get("modified", obj.get("created")))]
