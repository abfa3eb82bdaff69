"""Dependencies of the HTTP doors: the hub, the request id, the authenticated actor."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import Request

from accord.errors import Unauthorized
from accord.hub import Hub, Unit, new_request_id
from accord.parties.models import Actor

WWW_AUTHENTICATE = 'Basic realm="accord", Bearer realm="accord"'
_REQUEST_ID_RE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def get_hub(request: Request) -> Hub:
    hub = request.app.state.hub
    assert isinstance(hub, Hub)
    return hub


def request_id(request: Request) -> str:
    rid = getattr(request.state, "request_id", None)
    if rid is None:
        given = request.headers.get("x-request-id", "")
        rid = given if _REQUEST_ID_RE.match(given) else new_request_id()
        request.state.request_id = rid
    return str(rid)


def client_address(request: Request) -> str | None:
    return request.client.host if request.client else None


def authenticate(request: Request, door: str) -> Actor:
    """The actor behind HTTP Basic or Bearer credentials; 401 otherwise."""
    hub = get_hub(request)
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    scheme = scheme.lower()
    value = value.strip()
    if scheme == "bearer" and value:
        actor = hub.auth.bearer(value, client_address(request), door)
    elif scheme == "basic" and value:
        try:
            decoded = base64.b64decode(value, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            raise Unauthorized("malformed Basic credentials") from None
        username, sep, password = decoded.partition(":")
        if not sep:
            raise Unauthorized("malformed Basic credentials")
        actor = hub.auth.basic(username, password, client_address(request), door)
    else:
        raise Unauthorized("authentication required (HTTP Basic or Bearer token)")
    request.state.actor = actor
    return actor


def api_actor(request: Request) -> Actor:
    return authenticate(request, "api")


@contextmanager
def unit_for(request: Request, actor: Actor, *, write: bool = False) -> Iterator[Unit]:
    hub = get_hub(request)
    with hub.unit(actor, write=write, request_id=request_id(request)) as u:
        yield u
