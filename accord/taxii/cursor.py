"""Stateless ``next`` cursors: signed, bound to the user and the query, valid 48 hours.

The cursor carries the last ``date_added`` returned; the next page is simply
``date_added >`` it, so nothing is kept on the server and any worker can
serve any page.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Mapping

from accord.errors import BadRequest

LIFETIME_US = 48 * 3600 * 1_000_000


def query_hash(parts: Mapping[str, str]) -> str:
    body = json.dumps(sorted(parts.items()), separators=(",", ":"))
    return hashlib.sha256(body.encode()).hexdigest()[:32]


def _mac(key: bytes, payload: bytes) -> str:
    return base64.urlsafe_b64encode(hmac.new(key, payload, hashlib.sha256).digest()[:24]).decode().rstrip("=")


def encode(key: bytes, user_id: int, query: str, after_us: int, now_us: int) -> str:
    payload = json.dumps({"u": user_id, "q": query, "a": after_us, "e": now_us + LIFETIME_US}, separators=(",", ":"))
    raw = payload.encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=") + "." + _mac(key, raw)


def decode(key: bytes, token: str, user_id: int, query: str, now_us: int) -> int:
    """The ``date_added`` to continue after; 400 for a cursor that is forged,
    someone else's, for another query, or expired."""
    try:
        body, mac = token.split(".", 1)
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except (ValueError, TypeError):
        raise BadRequest("malformed next cursor") from None
    if not hmac.compare_digest(_mac(key, raw), mac):
        raise BadRequest("invalid next cursor")
    try:
        data = json.loads(raw)
        u, q, a, e = int(data["u"]), str(data["q"]), int(data["a"]), int(data["e"])
    except (ValueError, KeyError, TypeError):
        raise BadRequest("malformed next cursor") from None
    if u != user_id or q != query:
        raise BadRequest("this next cursor belongs to another user or query")
    if e < now_us:
        raise BadRequest("this next cursor has expired")
    return a
