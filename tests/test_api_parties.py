"""REST API: parties, the README walk-through, errors in {"detail": ...}."""

from __future__ import annotations

from fastapi.testclient import TestClient

from accord.hub import Hub
from tests.conftest import ALLIANCE_ADMIN, PK_ANALYST, admin_unit


def _statuses(resp_json: list[dict[str, object]]) -> dict[object, object]:
    return {p["code"]: p["status"] for p in resp_json}


def test_demo_analyst_of_pakistan_lists_parties_then_and_now(client: TestClient) -> None:
    then = client.get("/api/v1/parties", params={"at": "2018-05-22"}, headers=PK_ANALYST)
    assert then.status_code == 200
    s = _statuses(then.json())
    assert (s["PK"], s["IR"], s["BY"]) == ("member", "observer", "observer")
    now = _statuses(client.get("/api/v1/parties", headers=PK_ANALYST).json())
    assert (now["IR"], now["BY"]) == ("member", "member")
    me = client.get("/api/v1/me", headers=PK_ANALYST).json()
    assert me == {
        "username": "pk-analyst",
        "party": "PK",
        "party_status": "member",
        "roles": ["analyst", "viewer"],
        "read_only": False,
    }


def test_party_detail_has_history_people_and_identity(client: TestClient) -> None:
    r = client.get("/api/v1/parties/IN", headers=PK_ANALYST)
    assert r.status_code == 200
    body = r.json()
    assert [h["status"] for h in body["history"]] == ["observer", "member"]
    assert body["people"][0]["name"] == "Rajinder Khanna"
    ident = client.get("/api/v1/parties/IN/identity", headers=PK_ANALYST).json()
    assert ident["id"] == body["identity_id"]


def test_bad_input_is_a_clear_error_and_never_a_500(client: TestClient) -> None:
    r = client.get("/api/v1/parties", params={"at": "22/05/2018"}, headers=PK_ANALYST)
    assert r.status_code == 400
    assert "22/05/2018" in r.json()["detail"]
    r = client.get("/api/v1/parties/XX", headers=PK_ANALYST)
    assert r.status_code == 404 and "XX" in r.json()["detail"]
    r = client.get("/api/v1/parties/XX", params={"at": "nope"}, headers=PK_ANALYST)
    assert r.status_code == 400
    r = client.post("/api/v1/parties", json={"code": "TM"}, headers=ALLIANCE_ADMIN)
    assert r.status_code == 422 and "name" in r.json()["detail"]


def test_without_credentials_401_with_challenge(client: TestClient) -> None:
    r = client.get("/api/v1/parties")
    assert r.status_code == 401
    assert "Basic" in r.headers["www-authenticate"] and "Bearer" in r.headers["www-authenticate"]
    assert r.json()["detail"]


def test_only_alliance_admin_changes_parties_and_refusal_is_audited(client: TestClient, hub: Hub) -> None:
    body = {"code": "TM", "name": "Turkmenistan", "status": "dialogue_partner", "since": "2026-01-01"}
    r = client.post("/api/v1/parties", json=body, headers=PK_ANALYST)
    assert r.status_code == 403
    assert client.get("/api/v1/parties/TM", headers=PK_ANALYST).status_code == 404
    log = client.get("/api/v1/audit", params={"limit": 10000}, headers=ALLIANCE_ADMIN).json()
    refused = [e for e in log if e["outcome"] == "refused" and e["actor_user"] == "pk-analyst"]
    assert refused and refused[-1]["action"] == "POST /api/v1/parties"
    assert refused[-1]["request_id"] == r.headers["x-request-id"]

    r = client.post("/api/v1/parties", json=body, headers=ALLIANCE_ADMIN)
    assert r.status_code == 201 and r.json()["status"] == "dialogue_partner"
    assert client.post("/api/v1/parties", json=body, headers=ALLIANCE_ADMIN).status_code == 409
    r = client.post(
        "/api/v1/parties/TM/status", json={"status": "observer", "since": "2026-05-01"}, headers=ALLIANCE_ADMIN
    )
    assert r.status_code == 200 and r.json()["status"] == "observer"
    r = client.post("/api/v1/parties/TM/status", json={"status": "body", "since": "2026-05-02"}, headers=ALLIANCE_ADMIN)
    assert r.status_code == 400  # a state cannot be a body
    log = client.get("/api/v1/audit", params={"party": "TM"}, headers=ALLIANCE_ADMIN).json()
    assert [e["action"] for e in log] == ["party.add", "party.status"]
    assert log[0]["actor_user"] == "secretariat-alliance-admin" and log[0]["door"] == "api"


def test_suspended_party_reads_status_but_cannot_write(client: TestClient, hub: Hub) -> None:
    from datetime import date

    from accord.parties import service
    from accord.parties.models import Status

    with admin_unit(hub) as u:
        service.record_status(u, "PK", Status.SUSPENDED, date(2026, 5, 1), "test")
    pk_admin = {"Authorization": PK_ANALYST["Authorization"]}
    me = client.get("/api/v1/me", headers=pk_admin).json()
    assert me["party_status"] == "suspended"
    from tests.conftest import DEMO_PASSWORD, basic

    r = client.post(
        "/api/v1/users",
        json={"username": "pk-new", "party": "PK", "roles": ["viewer"], "password": "a-long-password"},
        headers=basic("pk-admin", DEMO_PASSWORD),
    )
    assert r.status_code == 403 and "good standing" in r.json()["detail"]


def test_openapi_documents_the_api(client: TestClient) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    for path in ("/api/v1/parties", "/api/v1/users", "/api/v1/tokens", "/api/v1/groups", "/api/v1/audit"):
        assert path in spec["paths"], path
    assert client.get("/healthz").json()["status"] == "ok"
