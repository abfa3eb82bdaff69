"""Small builders of valid STIX 2.1 objects for tests."""

from __future__ import annotations

import uuid
from typing import Any

T0 = "2026-05-01T10:00:00.000Z"


def sid(kind: str) -> str:
    return f"{kind}--{uuid.uuid4()}"


def indicator(
    value: str = "198.51.100.7", *, oid: str | None = None, modified: str = T0, name: str | None = None, **extra: Any
) -> dict[str, Any]:
    return {
        "type": "indicator",
        "spec_version": "2.1",
        "id": oid or sid("indicator"),
        "created": T0,
        "modified": modified,
        "name": name or f"C2 server {value}",
        "pattern": f"[ipv4-addr:value = '{value}']",
        "pattern_type": "stix",
        "valid_from": T0,
        **extra,
    }


def malware(name: str = "Shadowpad", **extra: Any) -> dict[str, Any]:
    return {
        "type": "malware",
        "spec_version": "2.1",
        "id": sid("malware"),
        "created": T0,
        "modified": T0,
        "name": name,
        "is_family": True,
        **extra,
    }
