"""Authentication: Basic and Bearer, tokens, throttling, the credential cache, no secret leaks."""

from __future__ import annotations

import hashlib
import logging
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from accord.clock import FrozenClock
from accord.db.schema import api_tokens, login_failures, users
from accord.hub import Hub
from accord.parties import auth
from tests.conftest import ALLIANCE_ADMIN, DEMO_PASSWORD, PK_ANALYST, admin_unit, basic, bearer


def _token(client: TestClient, headers: dict[str, str], **body: object) -> dict[str, object]:
    r = client.post("/api/v1/tokens", json=body, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


def test_bearer_token_is_random_shown_once_and_stored_as_sha256(client: TestClient, hub: Hub) -> None:
    created = _token(client, PK_ANALYST, label="script")
    secret = str(created["token"])
    assert secret.startswith("acc_") and len(secret) >= 4 + 43  # 32 random bytes, url-safe base64
    with admin_unit(hub, write=False) as u:
        stored = u.conn.execute(select(api_tokens.c.token_hash).where(api_tokens.c.id == created["id"])).scalar_one()
    assert stored == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in str(client.get("/api/v1/tokens", headers=PK_ANALYST).json())
    assert client.get("/api/v1/me", headers=bearer(secret)).json()["username"] == "pk-analyst"


def test_token_expiry_and_revocation(client: TestClient, clock: FrozenClock) -> None:
    t = _token(client, PK_ANALYST, expires_days=1)
    assert client.get("/api/v1/me", headers=bearer(str(t["token"]))).status_code == 200
    clock.advance(timedelta(days=1, seconds=1))
    r = client.get("/api/v1/me", headers=bearer(str(t["token"])))
    assert r.status_code == 401 and r.json()["detail"] == "invalid credentials"

    t2 = _token(client, PK_ANALYST)
    assert client.delete(f"/api/v1/tokens/{t2['id']}", headers=PK_ANALYST).status_code == 200
    assert client.get("/api/v1/me", headers=bearer(str(t2["token"]))).status_code == 401
    # another party's user cannot see or revoke it
    t3 = _token(client, PK_ANALYST)
    r = client.delete(f"/api/v1/tokens/{t3['id']}", headers=basic("in-admin", DEMO_PASSWORD))
    assert r.status_code == 404
    assert client.get("/api/v1/me", headers=bearer(str(t3["token"]))).status_code == 200


def test_read_only_token_cannot_write(client: TestClient) -> None:
    t = _token(client, basic("pk-admin", DEMO_PASSWORD), read_only=True)
    h = bearer(str(t["token"]))
    assert client.get("/api/v1/users", headers=h).status_code == 200
    r = client.post(
        "/api/v1/users",
        json={"username": "pk-x", "party": "PK", "roles": ["viewer"], "password": "long-enough-pw"},
        headers=h,
    )
    assert r.status_code == 403 and "read-only" in r.json()["detail"]
    r = client.post("/api/v1/tokens", json={"read_only": False}, headers=h)
    assert r.status_code == 403


def test_failed_logins_throttle_account_even_with_right_password(client: TestClient, hub: Hub) -> None:
    for _ in range(hub.settings.login_max_failures_per_account):
        assert client.get("/api/v1/me", headers=basic("pk-analyst", "wrong-password")).status_code == 401
    r = client.get("/api/v1/me", headers=PK_ANALYST)
    assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
    # other accounts from elsewhere are unaffected
    assert client.get("/api/v1/me", headers=basic("in-analyst", DEMO_PASSWORD)).status_code == 200
    # the counter is in the database, so a second process (another Hub) sees it
    other = Hub(hub.settings, clock=hub.clock)
    try:
        with other.unit(hub_actor(), write=False) as u:
            row = u.conn.execute(select(login_failures).where(login_failures.c.key == "account:pk-analyst")).one()
        assert row.failures == hub.settings.login_max_failures_per_account and row.locked_until is not None
        with pytest.raises(auth.TooManyRequests):
            other.auth.basic("pk-analyst", DEMO_PASSWORD, "10.9.9.9")
    finally:
        other.dispose()


def test_throttle_lifts_after_the_window(client: TestClient, hub: Hub, clock: FrozenClock) -> None:
    for _ in range(hub.settings.login_max_failures_per_account):
        client.get("/api/v1/me", headers=basic("pk-analyst", "wrong-password"))
    assert client.get("/api/v1/me", headers=PK_ANALYST).status_code == 429
    clock.advance(timedelta(seconds=hub.settings.login_failure_window_seconds + 1))
    assert client.get("/api/v1/me", headers=PK_ANALYST).status_code == 200


def test_failed_logins_throttle_client_address(hub: Hub) -> None:
    limit = hub.settings.login_max_failures_per_address
    for i in range(limit):
        with pytest.raises(auth.Unauthorized):
            hub.auth.basic(f"nobody-{i}", "wrong-password", "192.0.2.7")
    with pytest.raises(auth.TooManyRequests):
        hub.auth.basic("pk-analyst", DEMO_PASSWORD, "192.0.2.7")
    assert hub.auth.basic("pk-analyst", DEMO_PASSWORD, "192.0.2.8").username == "pk-analyst"


def test_basic_verification_is_cached_and_a_password_change_invalidates_it(
    client: TestClient, hub: Hub, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    real = auth.verify_password

    def counting(h: str, p: str) -> bool:
        calls.append(1)
        return real(h, p)

    monkeypatch.setattr(auth, "verify_password", counting)
    for _ in range(5):
        assert client.get("/api/v1/me", headers=PK_ANALYST).status_code == 200
    assert len(calls) == 1  # one argon2 run for five requests

    r = client.post(
        "/api/v1/me/password",
        json={"old_password": DEMO_PASSWORD, "new_password": "brand-new-pass"},
        headers=PK_ANALYST,
    )
    assert r.status_code == 204
    assert client.get("/api/v1/me", headers=PK_ANALYST).status_code == 401  # cache did not keep the old one
    assert client.get("/api/v1/me", headers=basic("pk-analyst", "brand-new-pass")).status_code == 200


def test_cache_expires(hub: Hub, clock: FrozenClock, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = auth.verify_password
    monkeypatch.setattr(auth, "verify_password", lambda h, p: calls.append(1) or real(h, p))
    hub.auth.basic("pk-analyst", DEMO_PASSWORD, None)
    hub.auth.basic("pk-analyst", DEMO_PASSWORD, None)
    assert len(calls) == 1
    clock.advance(timedelta(seconds=hub.settings.credential_cache_seconds + 1))
    hub.auth.basic("pk-analyst", DEMO_PASSWORD, None)
    assert len(calls) == 2


def test_disabled_user_is_refused_at_once(client: TestClient) -> None:
    assert client.get("/api/v1/me", headers=PK_ANALYST).status_code == 200  # now cached
    r = client.post("/api/v1/users/pk-analyst/disable", headers=basic("pk-admin", DEMO_PASSWORD))
    assert r.status_code == 200 and r.json()["disabled"] is True
    assert client.get("/api/v1/me", headers=PK_ANALYST).status_code == 401


def test_passwords_are_argon2_and_no_secret_reaches_logs_or_errors(
    client: TestClient, hub: Hub, caplog: pytest.LogCaptureFixture
) -> None:
    with admin_unit(hub, write=False) as u:
        h = u.conn.execute(select(users.c.password_hash).where(users.c.username == "pk-analyst")).scalar_one()
    assert h.startswith("$argon2id$")
    caplog.set_level(logging.DEBUG)
    secret_pw = "Very-Secret-Guess-42"
    r = client.get("/api/v1/me", headers=basic("pk-analyst", secret_pw))
    assert secret_pw not in r.text
    t = _token(client, ALLIANCE_ADMIN)
    client.delete(f"/api/v1/tokens/{t['id']}", headers=ALLIANCE_ADMIN)
    r = client.get("/api/v1/me", headers=bearer(str(t["token"])))
    assert str(t["token"]) not in r.text
    log = client.get("/api/v1/audit", params={"limit": 10000}, headers=ALLIANCE_ADMIN).text
    everything = caplog.text + log
    assert secret_pw not in everything and str(t["token"]) not in everything and DEMO_PASSWORD not in everything


def test_malformed_authorization_headers_are_401(client: TestClient) -> None:
    for value in ("Basic !!!", "Basic " + "bm9jb2xvbg==", "Token abc", "Bearer "):
        r = client.get("/api/v1/me", headers={"Authorization": value})
        assert r.status_code == 401, value


def hub_actor():  # type: ignore[no-untyped-def]
    from accord.parties.models import Actor

    return Actor.local_admin("api")


def test_failed_logins_are_visible_to_the_accounts_party_admin(client: TestClient) -> None:
    client.get("/api/v1/me", headers=basic("pk-analyst", "wrong-password"))
    log = client.get("/api/v1/audit", params={"limit": 1000}, headers=basic("pk-admin", DEMO_PASSWORD)).json()
    fails = [e for e in log if e["action"] == "login" and e["outcome"] == "refused"]
    assert fails and fails[-1]["object_id"] == "pk-analyst" and fails[-1]["parties"] == ["PK"]
