"""The OASIS stix2-validator (default mode) as an independent judge of what Accord returns."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from stix2validator import ValidationOptions, validate_instance

from tests import stixgen
from tests.conftest import ICS_BUNDLE as BUNDLE
from tests.taxii_helpers import get_objects, post

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def test_every_object_returned_passes_the_oasis_validator(client: TestClient) -> None:
    objects = json.loads(BUNDLE.read_text())["objects"][:300]
    objects += [stixgen.indicator(f"10.40.0.{i}") for i in range(20)] + [stixgen.malware()]
    post(client, "rats-analyst", "alliance", objects)
    post(
        client,
        "pk-analyst",
        "members",
        [stixgen.indicator("10.41.0.1")],
    )
    returned: list[dict[str, object]] = []
    for user in ("cn-analyst", "rats-analyst"):
        after = None
        while True:
            params = {"limit": 100, "match[version]": "all"} | ({"added_after": after} if after else {})
            r = get_objects(client, user, "everything", **params)
            returned += r.json().get("objects", [])
            after = r.headers["x-taxii-date-added-last"]
            if not r.json()["more"]:
                break
    assert len(returned) >= 2 * 300
    options = ValidationOptions()
    for obj in returned:
        result = validate_instance(obj, options)
        assert result.is_valid, (obj["id"], [str(e) for e in result.errors])
