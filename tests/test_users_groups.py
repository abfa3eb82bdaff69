"""Users, roles and sharing groups through the REST API."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.conftest import ALLIANCE_ADMIN, DEMO_PASSWORD, PK_ANALYST, basic

PK_ADMIN = basic("pk-admin", DEMO_PASSWORD)
IN_ADMIN = basic("in-admin", DEMO_PASSWORD)


def test_party_admin_manages_its_own_party_users_only(client: TestClient) -> None:
    new = {"username": "pk-officer", "party": "PK", "roles": ["analyst"], "password": "officer-password"}
    r = client.post("/api/v1/users", json=new, headers=PK_ADMIN)
    assert r.status_code == 201 and r.json()["roles"] == ["analyst"]
    assert client.get("/api/v1/me", headers=basic("pk-officer", "officer-password")).status_code == 200
    assert client.post("/api/v1/users", json=new, headers=PK_ADMIN).status_code == 409

    other = {**new, "username": "in-officer", "party": "IN"}
    assert client.post("/api/v1/users", json=other, headers=PK_ADMIN).status_code == 403
    assert (
        client.post(
            "/api/v1/users", json={**new, "username": "pk-boss", "roles": ["alliance_admin"]}, headers=PK_ADMIN
        ).status_code
        == 403
    )
    assert (
        client.post(
            "/api/v1/users", json={**new, "username": "pk-weak", "password": "short"}, headers=PK_ADMIN
        ).status_code
        == 400
    )
    assert (
        client.post(
            "/api/v1/users", json={**new, "username": "pk-bad", "roles": ["emperor"]}, headers=PK_ADMIN
        ).status_code
        == 422
    )
    # the other party's admin does not even see the user
    assert client.get("/api/v1/users/pk-officer", headers=IN_ADMIN).status_code == 404
    names = [u["username"] for u in client.get("/api/v1/users", headers=PK_ADMIN).json()]
    assert "pk-officer" in names and all(n.startswith("pk-") for n in names)


def test_roles_reset_and_disable(client: TestClient) -> None:
    r = client.put("/api/v1/users/pk-viewer/roles", json={"roles": ["delegate"]}, headers=PK_ADMIN)
    assert r.status_code == 200 and r.json()["roles"] == ["delegate"]
    me = client.get("/api/v1/me", headers=basic("pk-viewer", DEMO_PASSWORD)).json()
    assert set(me["roles"]) == {"delegate", "analyst", "viewer"}
    assert client.put("/api/v1/users/in-viewer/roles", json={"roles": ["analyst"]}, headers=PK_ADMIN).status_code == 404

    r = client.post("/api/v1/users/pk-viewer/password", json={"new_password": "reset-by-admin"}, headers=PK_ADMIN)
    assert r.status_code == 204
    assert client.get("/api/v1/me", headers=basic("pk-viewer", "reset-by-admin")).status_code == 200
    assert (
        client.post(
            "/api/v1/users/pk-viewer/password", json={"new_password": "reset-by-analyst"}, headers=PK_ANALYST
        ).status_code
        == 403
    )

    assert client.post("/api/v1/users/pk-admin/disable", headers=PK_ADMIN).status_code == 409  # not oneself
    assert client.post("/api/v1/users/pk-viewer/disable", headers=PK_ADMIN).status_code == 200
    assert client.get("/api/v1/me", headers=basic("pk-viewer", "reset-by-admin")).status_code == 401
    assert client.post("/api/v1/users/pk-viewer/enable", headers=PK_ADMIN).status_code == 200
    assert client.get("/api/v1/me", headers=basic("pk-viewer", "reset-by-admin")).status_code == 200


def test_own_password_change_needs_the_old_one(client: TestClient) -> None:
    r = client.post(
        "/api/v1/me/password",
        json={"old_password": "wrong-one-here", "new_password": "new-password-1"},
        headers=PK_ANALYST,
    )
    assert r.status_code == 403
    assert client.get("/api/v1/me", headers=PK_ANALYST).status_code == 200


def test_alliance_admin_reading_other_parties_users_is_audited(client: TestClient) -> None:
    r = client.get("/api/v1/users", params={"party": "CN"}, headers=ALLIANCE_ADMIN)
    assert r.status_code == 200 and {u["party"] for u in r.json()} == {"CN"}
    log = client.get("/api/v1/audit", params={"party": "CN", "limit": 1000}, headers=ALLIANCE_ADMIN).json()
    reads = [e for e in log if e["action"] == "read" and e["object_type"] == "users"]
    assert reads and reads[-1]["detail"] == {"records_by_party": {"CN": 5}}
    assert reads[-1]["request_id"] == r.headers["x-request-id"]
    # China's party admin sees who read China's data
    cn_log = client.get("/api/v1/audit", params={"limit": 1000}, headers=basic("cn-admin", DEMO_PASSWORD)).json()
    assert any(e["action"] == "read" and e["actor_user"] == "secretariat-alliance-admin" for e in cn_log)
    # but not the audit of others, and an analyst not at all
    assert (
        client.get("/api/v1/audit", params={"party": "IN"}, headers=basic("cn-admin", DEMO_PASSWORD)).status_code == 403
    )
    assert client.get("/api/v1/audit", headers=PK_ANALYST).status_code == 403


def test_groups_with_hidden_membership(client: TestClient) -> None:
    r = client.post(
        "/api/v1/groups",
        json={"slug": "pk-cn", "name": "Bilateral PK-CN", "members": ["CN"], "hidden_membership": True},
        headers=PK_ADMIN,
    )
    assert r.status_code == 201
    assert r.json()["members"] == ["CN", "PK"] and r.json()["owner"] == "PK"
    cn_view = client.get("/api/v1/groups/pk-cn", headers=basic("cn-analyst", DEMO_PASSWORD)).json()
    assert cn_view["members"] == ["CN", "PK"]
    in_view = client.get("/api/v1/groups/pk-cn", headers=basic("in-analyst", DEMO_PASSWORD)).json()
    assert in_view["members"] is None
    assert client.post("/api/v1/groups/pk-cn/members", json={"party": "RU"}, headers=IN_ADMIN).status_code == 403
    r = client.post("/api/v1/groups/pk-cn/members", json={"party": "RU"}, headers=PK_ADMIN)
    assert r.status_code == 200 and r.json()["members"] == ["CN", "PK", "RU"]
    assert client.post("/api/v1/groups/pk-cn/members", json={"party": "RU"}, headers=PK_ADMIN).status_code == 409
    r = client.delete("/api/v1/groups/pk-cn/members/CN", headers=PK_ADMIN)
    assert r.status_code == 200 and r.json()["members"] == ["PK", "RU"]
    assert client.delete("/api/v1/groups/pk-cn/members/CN", headers=PK_ADMIN).status_code == 409
    assert client.post("/api/v1/groups", json={"slug": "Bad Slug"}, headers=PK_ADMIN).status_code == 400
    assert client.post("/api/v1/groups", json={"slug": "x"}, headers=PK_ANALYST).status_code == 403
    assert client.get("/api/v1/groups/none", headers=PK_ANALYST).status_code == 404
