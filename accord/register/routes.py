"""REST routes of the register (``/api/v1/register/...``) and of screening (``/api/v1/screen...``)."""

from __future__ import annotations

import io
import threading
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import PlainTextResponse
from pydantic import BaseModel, Field

from accord.api.deps import api_actor, get_hub, unit_for
from accord.errors import BadRequest, Conflict
from accord.hub import Hub
from accord.intel import service as intel
from accord.parties.models import Actor
from accord.register import formats, screening
from accord.register import service as register
from accord.register.matching import MATCH_THRESHOLD, POSSIBLE_THRESHOLD, Subject
from accord.register.models import EntryStatus, Tier

router = APIRouter(tags=["register"])

EXPORT_MEDIA = {"ftm": "application/x-ndjson", "unsc": "application/xml", "csv": "text/csv; charset=utf-8"}


class NameIn(BaseModel):
    value: str
    kind: Literal["primary", "alias", "transliteration", "former"] = "alias"
    script: str | None = Field(None, description="ISO 15924 code; detected when absent")
    lang: str | None = None


class IdentifierIn(BaseModel):
    kind: Literal["passport", "national_id", "registration", "tax", "imo", "other"] = "other"
    value: str
    country: str | None = None


class DesignationIn(BaseModel):
    schema_: Literal["Person", "Organization", "Company", "LegalEntity", "Vessel"] = Field(alias="schema")
    name: str | None = Field(None, description="The primary name (or give `names`)")
    aliases: list[str] | None = None
    names: list[NameIn] | None = None
    category: Literal["terrorism", "separatism", "extremism", "other"] = "other"
    reasons: str | None = None
    birth_dates: list[str] | None = Field(None, description="YYYY, YYYY-MM or YYYY-MM-DD")
    birth_places: list[str] | None = None
    nationalities: list[str] | None = Field(None, description="ISO 3166-1 alpha-2")
    countries: list[str] | None = None
    gender: Literal["male", "female"] | None = None
    identifiers: list[IdentifierIn] | None = None
    addresses: list[str] | None = None
    stix_refs: list[str] | None = Field(None, description="STIX ids of linked intelligence")
    reference: str | None = Field(None, description="The designating authority's reference (required for national)")
    listed_on: str | None = Field(None, description="Date of the designation (YYYY-MM-DD), default today")
    source_id: str | None = None
    notes: str | None = None

    def draft_mapping(self) -> dict[str, Any]:
        d = self.model_dump(by_alias=True, exclude_none=True, exclude={"tier", "scope", "reason"})
        return d


class AddIn(DesignationIn):
    tier: Literal["national", "joint"] = "national"
    scope: str = Field("alliance", description="own, group:<slug>, members, alliance or community")
    reason: str = ""


class UpdateIn(DesignationIn):
    scope: str | None = None
    reason: str = ""


class ReasonIn(BaseModel):
    reason: str


class StatusIn(BaseModel):
    status: Literal["proposed", "listed", "delisted"]
    reason: str
    basis: str = Field("", description="The decision this rests on, when there is one")


@router.post("/register/entries", status_code=201)
def add_entry(body: AddIn, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    """Enter a national designation (registrar; live at once) or propose a joint listing (alliance_admin)."""
    intel.ensure_access_current(get_hub(request), actor)
    with unit_for(request, actor, write=True) as u:
        d = register.add(
            u,
            register.draft_from_mapping(body.draft_mapping()),
            tier=Tier(body.tier),
            scope=body.scope,
            reason=body.reason,
        )
    return register.designation_to_mapping(d)


@router.get("/register/entries")
def list_entries(
    request: Request,
    status: str | None = Query(None, description="Comma-separated: active, withdrawn, proposed, listed, delisted"),
    tier: str | None = None,
    party: str | None = Query(None, description="Designating state (party code)"),
    category: str | None = None,
    q: str | None = Query(None, description="Text in any name, or an exact reference"),
    after: int = Query(0, description="The `next` of the previous page"),
    limit: int = 100,
    actor: Actor = Depends(api_actor),
) -> dict[str, Any]:
    """Entries the caller may see, in the order they were entered."""
    if not 1 <= limit <= 1000:
        raise BadRequest("limit must be between 1 and 1000")
    intel.ensure_access_current(get_hub(request), actor)
    with unit_for(request, actor) as u:
        page, nxt = register.list_designations(
            u,
            statuses=[s for s in (status or "").split(",") if s],
            tier=tier,
            party=party,
            category=category,
            text=q,
            after=after,
            limit=limit,
        )
    return {"entries": [register.designation_to_mapping(d) for d in page], "next": nxt}


@router.get("/register/entries/{entry_id}")
def get_entry(entry_id: str, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    """One entry with its full history (who changed what, when)."""
    intel.ensure_access_current(get_hub(request), actor)
    with unit_for(request, actor) as u:
        d = register.get(u, entry_id)
        hist = register.history(u, entry_id)
    return {**register.designation_to_mapping(d), "history": hist}


@router.get("/register/entries/{entry_id}/history")
def entry_history(entry_id: str, request: Request, actor: Actor = Depends(api_actor)) -> list[dict[str, Any]]:
    with unit_for(request, actor) as u:
        return register.history(u, entry_id)


@router.put("/register/entries/{entry_id}")
def update_entry(entry_id: str, body: UpdateIn, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    """Replace an entry's content (its status stays); national entries by their state only."""
    with unit_for(request, actor, write=True) as u:
        d = register.update(
            u, entry_id, register.draft_from_mapping(body.draft_mapping()), reason=body.reason, scope=body.scope
        )
    return register.designation_to_mapping(d)


@router.post("/register/entries/{entry_id}/withdraw")
def withdraw_entry(
    entry_id: str, body: ReasonIn, request: Request, actor: Actor = Depends(api_actor)
) -> dict[str, Any]:
    """The designating state withdraws its national designation."""
    with unit_for(request, actor, write=True) as u:
        d = register.withdraw(u, entry_id, body.reason)
    return register.designation_to_mapping(d)


@router.post("/register/entries/{entry_id}/status")
def set_status(entry_id: str, body: StatusIn, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    """List or delist a joint listing (alliance_admin with a reason, until the council decides these)."""
    with unit_for(request, actor, write=True) as u:
        d = register.set_joint_status(u, entry_id, EntryStatus(body.status), body.reason, basis=body.basis)
    return register.designation_to_mapping(d)


@router.post("/register/import")
async def import_entries(
    request: Request,
    format: Literal["ftm", "unsc", "csv"] = Query(description="ftm (FollowTheMoney JSON lines), unsc (UN XML), csv"),
    tier: Literal["national", "joint"] = "national",
    scope: str = "alliance",
    reason: str = "",
    actor: Actor = Depends(api_actor),
) -> dict[str, Any]:
    """Import a file sent as the request body; bad records are refused one by one."""
    data = await request.body()
    hub = get_hub(request)
    intel.ensure_access_current(hub, actor)
    with unit_for(request, actor, write=True) as u:
        summary = register.import_rows(
            u, formats.read_records(format, io.BytesIO(data)), tier=Tier(tier), scope=scope, reason=reason
        )
    return register.summary_as_dict(summary)


@router.get("/register/export")
def export_entries(
    request: Request,
    format: Literal["ftm", "unsc", "csv"] = "ftm",
    status: str | None = None,
    tier: str | None = None,
    party: str | None = None,
    actor: Actor = Depends(api_actor),
) -> Response:
    """Every entry the caller sees, as FollowTheMoney JSON lines, UN XML or CSV."""
    intel.ensure_access_current(get_hub(request), actor)
    buf = io.BytesIO()
    with unit_for(request, actor) as u:
        formats.write_records(
            format,
            register.iter_designations(u, statuses=[s for s in (status or "").split(",") if s], tier=tier, party=party),
            buf,
        )
    return Response(buf.getvalue(), media_type=EXPORT_MEDIA[format])


# --- screening -----------------------------------------------------------------------------------------


class SubjectIn(BaseModel):
    name: str
    schema_: Literal["Person", "Organization", "Company", "LegalEntity", "Vessel"] = Field(alias="schema")
    names: list[str] | None = Field(None, description="More names of the same subject")
    birth_date: str | None = Field(None, description="YYYY[-MM[-DD]]")
    country: str | None = Field(None, description="ISO 3166-1 alpha-2")
    gender: Literal["male", "female"] | None = None
    identifiers: list[str] | None = None


class ScreenIn(SubjectIn):
    limit: int = Field(10, ge=1, le=screening.MAX_LIMIT)
    include_reviewed: bool = Field(False, description="Also return candidates reviewed as false positives")


class CompareIn(BaseModel):
    query: SubjectIn
    candidate: SubjectIn


class ReviewIn(BaseModel):
    subject: SubjectIn
    entry_id: str
    outcome: Literal["confirmed_match", "false_positive"]
    reason: str


class WatchIn(SubjectIn):
    label: str = ""


def _subject(body: SubjectIn) -> Subject:
    return screening.subject_from_mapping(
        body.model_dump(by_alias=True, exclude_none=True, exclude={"limit", "include_reviewed", "label"})
    )


@router.post("/screen", tags=["screening"])
def screen(body: ScreenIn, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    """Ranked candidates among the entries in force the caller may see, each with a
    score, a decision (``match``/``possible``/``no_match`` at the thresholds the
    response names) and an explanation."""
    hub = get_hub(request)
    intel.ensure_access_current(hub, actor)
    subject = _subject(body)
    with unit_for(request, actor) as u:
        found = screening.screen(hub, u, subject, limit=body.limit, include_reviewed=body.include_reviewed)
    return {
        "query": screening.subject_to_mapping(subject),
        "thresholds": {"match": MATCH_THRESHOLD, "possible": POSSIBLE_THRESHOLD},
        "candidates": [c.as_dict() for c in found],
    }


@router.post("/screen/compare", tags=["screening"])
def compare(body: CompareIn, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    """Score one pair (deduplication, testing): ``score``, ``decision``, ``explanation``."""
    return screening.compare_pair(_subject(body.query), _subject(body.candidate)).as_dict()


@router.post("/screen/reviews", tags=["screening"], status_code=201)
def review(body: ReviewIn, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    """Record the outcome of a reviewed candidate; a false positive is not raised
    again for the same subject unless the entry changes."""
    with unit_for(request, actor, write=True) as u:
        return screening.review(u, _subject(body.subject), body.entry_id, body.outcome, body.reason)


@router.get("/screen/watch", tags=["screening"])
def watch_list(request: Request, actor: Actor = Depends(api_actor)) -> list[dict[str, Any]]:
    with unit_for(request, actor) as u:
        return screening.watch_list(u)


@router.post("/screen/watch", tags=["screening"], status_code=201)
def watch_add(body: WatchIn, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    """Keep a subject under watch: screened now and again whenever the register changes."""
    hub = get_hub(request)
    with unit_for(request, actor, write=True) as u:
        return screening.watch_add(hub, u, _subject(body), body.label)


@router.delete("/screen/watch/{watch_id}", tags=["screening"], status_code=204)
def watch_remove(watch_id: int, request: Request, actor: Actor = Depends(api_actor)) -> Response:
    with unit_for(request, actor, write=True) as u:
        screening.watch_remove(u, watch_id)
    return Response(status_code=204)


@router.get("/screen/watch/hits", tags=["screening"])
def watch_hits(
    request: Request, state: Literal["new", "acknowledged", "all"] = "new", actor: Actor = Depends(api_actor)
) -> list[dict[str, Any]]:
    """Candidates raised for watched subjects (new ones by default)."""
    with unit_for(request, actor) as u:
        return screening.watch_hits(u, None if state == "all" else state)


@router.post("/screen/watch/hits/{hit_id}/acknowledge", tags=["screening"], status_code=204)
def acknowledge(hit_id: int, request: Request, actor: Actor = Depends(api_actor)) -> Response:
    with unit_for(request, actor, write=True) as u:
        screening.acknowledge_hit(u, hit_id)
    return Response(status_code=204)


def _start_job(hub: Hub, job_id: str) -> None:
    threading.Thread(target=screening.run_job, args=(hub, job_id), name=f"screen-job-{job_id}", daemon=True).start()


@router.post("/screen/jobs", tags=["screening"], status_code=202)
async def submit_job(
    request: Request,
    filename: str = Query("batch.csv", description="Tells the format: .csv or .jsonl"),
    actor: Actor = Depends(api_actor),
) -> dict[str, Any]:
    """Batch screening: send a CSV (``name`` column, optional ``schema``,
    ``birth_date``, ``country``, ``gender``, ``identifiers``) or JSON lines as the
    body; poll the job, then fetch its results."""
    data = await request.body()
    hub = get_hub(request)
    with unit_for(request, actor, write=True) as u:
        job = screening.submit_job(u, data, filename)
    _start_job(hub, job["id"])
    return job


@router.get("/screen/jobs/{job_id}", tags=["screening"])
def job_status(job_id: str, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    with unit_for(request, actor) as u:
        return screening.job_as_dict(screening.get_job(u, job_id))


@router.get("/screen/jobs/{job_id}/results", tags=["screening"])
def job_results(
    job_id: str, request: Request, format: Literal["csv", "json"] = "csv", actor: Actor = Depends(api_actor)
) -> Response:
    with unit_for(request, actor) as u:
        row = screening.get_job(u, job_id)
    if row.status != "complete":
        raise Conflict(f"job {job_id} is {row.status}; results come when it is complete")
    text = screening.job_results(row, format)
    if format == "json":
        return Response(text, media_type="application/json")
    return PlainTextResponse(text, media_type="text/csv; charset=utf-8")
