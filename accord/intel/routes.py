"""REST routes of the intelligence store, for scripts that do not speak TAXII."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from accord.api.deps import api_actor, get_hub, unit_for
from accord.errors import BadRequest
from accord.intel import service
from accord.intel.models import Filters, Tlp
from accord.parties.models import Actor

router = APIRouter(tags=["intelligence"])


class PostIn(BaseModel):
    scope: str = Field(description="own, group:<slug>, members, alliance or community")
    objects: list[Any] = Field(description="STIX 2.1 objects")
    tlp: Tlp | None = Field(
        None, description="Add this TLP marking where an object has none; refuse a conflicting one."
    )


class Refusal(BaseModel):
    id: str | None
    message: str | None


class PostOut(BaseModel):
    stored: int
    duplicates: int
    refused: list[Refusal]


class GrantIn(BaseModel):
    party: str


@router.post("/objects", response_model=PostOut)
def post_objects(body: PostIn, request: Request, actor: Actor = Depends(api_actor)) -> PostOut:
    """Share STIX objects in a scope; invalid ones are refused one by one, the rest stored."""
    service.ensure_access_current(get_hub(request), actor)
    with unit_for(request, actor, write=True) as u:
        res = service.post_objects(u, body.objects, service.resolve_scope(u, body.scope), tlp=body.tlp)
    return PostOut(
        stored=res.stored,
        duplicates=res.duplicates,
        refused=[Refusal(id=o.id, message=o.message) for o in res.failures],
    )


def _ts(text: str | None, name: str) -> int | None:
    if text is None:
        return None
    try:
        return service.parse_stix_time(text if "T" in text else text + "T00:00:00Z")
    except BadRequest:
        raise BadRequest(f"{name}: not a date or STIX timestamp: {text!r}") from None


@router.get("/objects")
def search(
    request: Request,
    type: str | None = None,
    q: str | None = None,
    created_by: str | None = None,
    since: str | None = None,
    until: str | None = None,
    scope: str | None = None,
    after: int | None = None,
    limit: int = 100,
    actor: Actor = Depends(api_actor),
) -> dict[str, Any]:
    """Search what the caller sees: type, text in name/description/pattern, creator,
    time range (of the version), scope. Page with ``after`` = the last ``cursor``."""
    if not 1 <= limit <= 1000:
        raise BadRequest("limit must be between 1 and 1000")
    service.ensure_access_current(get_hub(request), actor)
    filters = Filters(
        types=tuple(t for t in (type or "").split(",") if t),
        text=q or None,
        created_by=created_by,
        modified_from_us=_ts(since, "since"),
        modified_to_us=_ts(until, "until"),
        added_after_us=after,
        limit=limit,
    )
    with unit_for(request, actor) as u:
        col = service.resolve_scope(u, scope) if scope else None
        page = service.read_page(u, col, filters, what="search")
    return {
        "objects": [json.loads(i.body) for i in page.items],
        "more": page.more,
        "cursor": page.items[-1].date_added_us if page.items else after,
    }


@router.get("/objects/{object_id}")
def get_object(object_id: str, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    """Every version the caller sees, with its originator, TLP and who can see it."""
    service.ensure_access_current(get_hub(request), actor)
    with unit_for(request, actor) as u:
        versions = service.versions_with_audience(u, object_id)
    return {"id": object_id, "versions": versions}


@router.post("/objects/{object_id}/grants", status_code=201)
def grant(object_id: str, body: GrantIn, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    """Open one object (every version) to one more party (its originator only)."""
    with unit_for(request, actor, write=True) as u:
        n = service.grant(u, object_id, body.party)
    return {"object": object_id, "party": body.party.upper(), "versions": n}
