"""The hub as a real HTTP server on a loopback port, used as the README says."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import DEMO_PASSWORD


@pytest.mark.wire
def test_readme_walkthrough_over_the_wire(server: str) -> None:
    with httpx.Client(base_url=server, auth=("pk-analyst", DEMO_PASSWORD), timeout=10) as c:
        assert c.get("/healthz").json()["status"] == "ok"
        then = {p["code"]: p["status"] for p in c.get("/api/v1/parties", params={"at": "2018-05-22"}).json()}
        assert (then["PK"], then["IR"], then["BY"]) == ("member", "observer", "observer")
        now = {p["code"]: p["status"] for p in c.get("/api/v1/parties").json()}
        assert (now["IR"], now["BY"]) == ("member", "member")
        tok = c.post("/api/v1/tokens", json={"label": "wire"}).json()["token"]
    r = httpx.get(f"{server}/api/v1/me", headers={"Authorization": f"Bearer {tok}"}, timeout=10)
    assert r.json()["party"] == "PK"
    r = httpx.get(f"{server}/api/v1/parties", timeout=10)
    assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Basic")
