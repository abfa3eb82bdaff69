"""The stored text of a STIX object: written by orjson where it agrees with ``json``, by ``json`` otherwise."""

from __future__ import annotations

import json
import math
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from accord.jsontext import compact_json

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a):
        return math.isnan(b)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


@settings(max_examples=400, deadline=None)
@given(json_values)
def test_stored_text_reads_back_as_the_same_value(value: Any) -> None:
    # NaN, ±Infinity and integers beyond 64 bits survive (orjson alone would write null or fail).
    assert _same(json.loads(compact_json({"x": value})), {"x": value})


def test_stored_text_is_compact_utf8_json() -> None:
    obj = {"type": "identity", "name": "上海合作组织 — ШОС", "confidence": 85, "x_score": 0.5, "x_big": 2**80}
    assert compact_json(obj) == json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    assert compact_json({"x_nan": float("nan")}) == '{"x_nan":NaN}'
