"""The other doors to the store: REST (JSON in and out) and the command line (--as)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from fastapi.testclient import TestClient

from accord.hub import Hub
from tests import stixgen
from tests.conftest import DEMO_PASSWORD, basic

PK = basic("pk-analyst", DEMO_PASSWORD)
CN = basic("cn-analyst", DEMO_PASSWORD)


def test_rest_post_search_and_object_view(client: TestClient) -> None:
    a = stixgen.indicator(
        "192.0.2.50",
        name="Beacon to Tashkent relay",
        created_by_ref="identity--" + "1" * 8 + "-1111-4111-8111-111111111111",
    )
    m = stixgen.malware("Karakurt loader", description="Used against energy networks")
    bad = {**stixgen.indicator(), "created": "yesterday"}
    r = client.post("/api/v1/objects", json={"scope": "members", "objects": [a, m, bad]}, headers=PK)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["stored"] == 2 and body["duplicates"] == 0
    assert body["refused"][0]["id"] == bad["id"] and "created" in body["refused"][0]["message"]

    def search(**p: str) -> list[str]:
        r = client.get("/api/v1/objects", params=p, headers=CN)
        assert r.status_code == 200, r.text
        return [o["id"] for o in r.json()["objects"]]

    assert search(type="malware") == [m["id"]]
    assert search(q="TASHKENT") == [a["id"]]
    assert search(q="energy") == [m["id"]]
    assert search(q="198.51") == []
    assert search(created_by=a["created_by_ref"]) == [a["id"]]
    assert search(since="2026-05-02") == []
    assert search(since="2026-05-01", until="2026-05-01T23:59:59Z") == [a["id"], m["id"]]
    assert search(scope="members") == [a["id"], m["id"]]
    assert (
        client.get(
            "/api/v1/objects", params={"scope": "members"}, headers=basic("af-analyst", DEMO_PASSWORD)
        ).status_code
        == 404
    )
    r = client.get("/api/v1/objects", params={"since": "not a date"}, headers=CN)
    assert r.status_code == 400 and "since" in r.json()["detail"]
    page = client.get("/api/v1/objects", params={"limit": 1}, headers=CN).json()
    assert page["more"] is True
    rest = client.get("/api/v1/objects", params={"limit": 1, "after": page["cursor"]}, headers=CN).json()
    assert [o["id"] for o in rest["objects"]] == [m["id"]] and rest["more"] is False

    view = client.get(f"/api/v1/objects/{a['id']}", headers=CN).json()
    assert view["versions"][0]["originator"] == "PK" and view["versions"][0]["object"] == a
    assert view["versions"][0]["audience"] == ["members"]
    assert client.get(f"/api/v1/objects/{a['id']}", headers=basic("af-analyst", DEMO_PASSWORD)).status_code == 404


def test_rest_hidden_group_members_are_not_named_to_outsiders(client: TestClient) -> None:
    admin = basic("pk-admin", DEMO_PASSWORD)
    assert (
        client.post(
            "/api/v1/groups", json={"slug": "quiet", "members": ["CN"], "hidden_membership": True}, headers=admin
        ).status_code
        == 201
    )
    ind = stixgen.indicator()
    client.post("/api/v1/objects", json={"scope": "group:quiet", "objects": [ind]}, headers=PK)
    client.post("/api/v1/objects", json={"scope": "community", "objects": [ind]}, headers=PK)
    assert client.get(f"/api/v1/objects/{ind['id']}", headers=CN).json()["versions"][0]["audience"] == [
        "community",
        "group:quiet (CN, PK)",
    ]
    outsider = client.get(f"/api/v1/objects/{ind['id']}", headers=basic("af-analyst", DEMO_PASSWORD)).json()
    assert outsider["versions"][0]["audience"] == ["community", "group:quiet (members hidden)"]


def test_rest_tlp_option_marks_and_refuses_conflicts(client: TestClient) -> None:
    plain = stixgen.indicator()
    amber = stixgen.indicator(object_marking_refs=["marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"])
    r = client.post(
        "/api/v1/objects", json={"scope": "members", "objects": [plain, amber], "tlp": "green"}, headers=PK
    ).json()
    assert r["stored"] == 1 and "TLP:AMBER" in r["refused"][0]["message"]
    got = client.get(f"/api/v1/objects/{plain['id']}", headers=CN).json()["versions"][0]
    assert got["tlp"] == "green"
    assert got["object"]["object_marking_refs"] == ["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"]


def _cli(hub: Hub, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ, ACCORD_DATA_DIR=str(hub.settings.data_dir), ACCORD_DATABASE_URL=hub.settings.resolved_database_url()
    )
    env.pop("ACCORD_USER", None)
    return subprocess.run([sys.executable, "-m", "accord", *args], capture_output=True, text=True, env=env, timeout=300)


def test_cli_import_and_export(hub: Hub, tmp_path: Path) -> None:
    objs = [stixgen.indicator(f"10.30.0.{i}") for i in range(5)] + [stixgen.malware()]
    bundle = tmp_path / "b.json"
    bundle.write_text(
        json.dumps(
            {
                "type": "bundle",
                "id": "bundle--" + "2" * 8 + "-2222-4222-8222-222222222222",
                "objects": [*objs, {"type": "indicator", "id": "indicator--bad"}],
            }
        )
    )
    r = _cli(hub, "intel", "import", str(bundle), "--scope", "members", "--as", "pk-analyst", "--json")
    assert r.returncode == 0, r.stderr
    summary = json.loads(r.stdout)
    assert summary["stored"] == 6 and summary["duplicates"] == 0 and summary["refused"][0]["id"] == "indicator--bad"
    again = json.loads(
        _cli(hub, "intel", "import", str(bundle), "--scope", "members", "--as", "pk-analyst", "--json").stdout
    )
    assert again["stored"] == 0 and again["duplicates"] == 6

    lines = tmp_path / "l.jsonl"
    lines.write_text("\n".join(json.dumps(stixgen.indicator(f"10.31.0.{i}")) for i in range(3)))
    assert _cli(hub, "intel", "import", str(lines), "--scope", "own", "--as", "pk-analyst").returncode == 0

    r = _cli(hub, "intel", "export", "--scope", "members", "--type", "indicator", "--as", "cn-analyst")
    assert r.returncode == 0, r.stderr
    exported = json.loads(r.stdout)
    assert exported["type"] == "bundle" and [o["id"] for o in exported["objects"]] == [o["id"] for o in objs[:5]]
    r = _cli(hub, "intel", "export", "--scope", "everything", "--as", "cn-analyst")
    assert len(json.loads(r.stdout)["objects"]) == 6  # not PK's own objects

    r = _cli(hub, "intel", "import", str(bundle), "--scope", "members")
    assert r.returncode == 1 and r.stderr.startswith("error: this command acts for a party")
    r = _cli(hub, "intel", "import", str(bundle), "--scope", "members", "--as", "pk-viewer")
    assert r.returncode == 1 and "analyst" in r.stderr
    r = _cli(hub, "intel", "import", str(bundle), "--scope", "members", "--as", "af-analyst")
    assert r.returncode == 1 and "no scope 'members'" in r.stderr
