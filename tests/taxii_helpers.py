"""Helpers for talking TAXII to the in-process app."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.conftest import DEMO_PASSWORD, basic

TAXII = "application/taxii+json;version=2.1"
ROOT = "/taxii2/shanghai-cooperation-organisation"


def h(user: str, password: str = DEMO_PASSWORD, **extra: str) -> dict[str, str]:
    return {**basic(user, password), "Accept": TAXII, **extra}


def cols(client: TestClient, user: str) -> dict[str, dict[str, Any]]:
    r = client.get(f"{ROOT}/collections/", headers=h(user))
    assert r.status_code == 200, r.text
    return {c["alias"]: c for c in r.json().get("collections", [])}


def post(client: TestClient, user: str, alias: str, objects: list[Any]) -> dict[str, Any]:
    cid = cols(client, user)[alias]["id"]
    r = client.post(
        f"{ROOT}/collections/{cid}/objects/",
        json={"objects": objects},
        headers=h(user, **{"Content-Type": TAXII}),
    )
    assert r.status_code == 202, r.text
    return r.json()  # type: ignore[no-any-return]


def get_objects(client: TestClient, user: str, alias: str, **params: Any) -> Any:
    cid = cols(client, user)[alias]["id"]
    return client.get(f"{ROOT}/collections/{cid}/objects/", params=params, headers=h(user))


def ids(resp: Any) -> list[str]:
    return [o["id"] for o in resp.json().get("objects", [])]
