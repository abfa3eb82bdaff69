"""REST routes of the audit chain."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel

from accord.api.deps import api_actor, get_hub, unit_for
from accord.audit import service
from accord.errors import BadRequest, Forbidden
from accord.parties.models import Actor, Role

router = APIRouter(tags=["audit"])


class EntryOut(BaseModel):
    seq: int
    at: str
    request_id: str
    actor_user: str
    actor_party: str | None
    door: str
    action: str
    object_type: str
    object_id: str
    outcome: str
    parties: list[str]
    detail: dict[str, Any]


class VerifyOut(BaseModel):
    ok: bool
    entries: int
    head_seq: int
    problem: str | None
    bad_seq: int | None


@router.get("/audit", response_model=list[EntryOut])
def read_log(
    request: Request,
    party: str | None = None,
    since: str | None = None,
    after: int = 0,
    limit: int = 100,
    actor: Actor = Depends(api_actor),
) -> list[dict[str, Any]]:
    """Audit entries: all for an alliance_admin; a party_admin sees its party's
    actions and every access to its party's data."""
    from datetime import UTC, datetime

    when = None
    if since is not None:
        try:
            when = datetime.fromisoformat(since)
        except ValueError:
            raise BadRequest(f"not a date or time: {since!r}") from None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
    with unit_for(request, actor) as u:
        return [e.as_dict() for e in service.read_log(u, party=party, since=when, limit=limit, after_seq=after)]


@router.get("/audit/verify", response_model=VerifyOut)
def verify(request: Request, actor: Actor = Depends(api_actor)) -> VerifyOut:
    """Verify the whole chain against the key and the latest checkpoint (alliance_admin)."""
    if not actor.has(Role.ALLIANCE_ADMIN):
        raise Forbidden("verifying the audit chain needs alliance_admin")
    with unit_for(request, actor) as u:
        r = service.verify(u, get_hub(request).settings.resolved_checkpoint_dir())
    return VerifyOut(ok=r.ok, entries=r.entries, head_seq=r.head_seq, problem=r.problem, bad_seq=r.bad_seq)
