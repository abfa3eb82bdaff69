"""REST routes of the council (``/api/v1/council/...``): HTTP only, rules in the service."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel, Field

from accord.api.deps import api_actor, get_hub, unit_for
from accord.council import render, service
from accord.council.ical import CalendarEvent, calendar
from accord.council.models import Decision, JointAction, Meeting
from accord.parties.models import Actor

router = APIRouter(prefix="/council", tags=["council"])


def meeting_to_mapping(m: Meeting) -> dict[str, Any]:
    return {
        "id": m.id,
        "series": m.series_slug,
        "ordinal": m.ordinal,
        "title": m.title,
        "presidency": m.presidency,
        "host": m.host,
        "chair": {"name": m.chair, "title": m.chair_title} if m.chair else None,
        "venue": m.venue,
        "format": m.format.value,
        "start": m.start.isoformat(),
        "end": m.end.isoformat(),
        "status": m.status.value,
        "prepares": m.prepares,
        "delegations": [
            {
                "party": d.party_code,
                "name": d.name,
                "standing": d.standing.value,
                "participants": [
                    {"name": p.name, "title": p.title, "role": p.role.value, "attended": p.attended}
                    for p in d.participants
                ],
            }
            for d in m.delegations
        ],
        "agenda": [_item(i) for i in m.agenda],
        "side_meetings": list(m.side_meetings),
        "decisions": [
            {"id": d.id, "title": d.title, "status": d.status.value, "number": d.number} for d in m.decisions
        ],
    }


def _item(i: Any) -> dict[str, Any]:
    return {
        "id": i.id,
        "number": i.number,
        "title": i.title,
        "carried_over_from": i.carried_over_from,
        "items": [_item(c) for c in i.children],
    }


def action_to_mapping(a: JointAction) -> dict[str, Any]:
    return {
        "id": a.id,
        "title": a.title,
        "objective": a.objective,
        "lead": a.lead,
        "participants": list(a.participants),
        "start": a.start.isoformat() if a.start else None,
        "due": a.due.isoformat() if a.due else None,
        "decision": a.decision_number,
        "progress": a.progress,
        "links": list(a.links),
        "tasks": [
            {
                "id": t.id,
                "title": t.title,
                "owner": t.owner,
                "due": t.due.isoformat() if t.due else None,
                "status": t.status.value,
                "weight": t.weight,
                "progress": t.progress,
            }
            for t in a.tasks
        ],
        "reports": [
            {"at": service.iso(r.at), "party": r.party_code, "progress": r.progress, "text": r.text, "task": r.task_id}
            for r in a.reports
        ],
    }


# --- series and meetings --------------------------------------------------------------------------------


class SeriesIn(BaseModel):
    slug: str = Field(description="Short name, e.g. scs")
    name: str = Field(description="e.g. Meeting of Security Council Secretaries")
    convening_body: str = ""
    periodicity: str = "annual"
    first_held: str | None = Field(None, description="YYYY-MM-DD")


@router.get("/series")
def list_series(request: Request, actor: Actor = Depends(api_actor)) -> list[dict[str, Any]]:
    with unit_for(request, actor) as u:
        return service.list_series(u)


@router.post("/series", status_code=201)
def create_series(body: SeriesIn, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    """A meeting series (alliance_admin)."""
    with unit_for(request, actor, write=True) as u:
        return service.create_series(u, body.slug, body.name, body.convening_body, body.periodicity, body.first_held)


class MeetingIn(BaseModel):
    series: str
    start: str = Field(description="YYYY-MM-DD")
    end: str | None = None
    venue: str = ""
    format: Literal["in_person", "online", "hybrid"] = "in_person"
    presidency: str | None = Field(None, description="Party code")
    host: str | None = Field(None, description="Party code")
    chair: str | None = Field(None, description="A person the hub knows (name or id)")
    ordinal: int | None = Field(None, description="Default: the next in the series")
    prepares: str = Field("", description="The event it prepares, e.g. the Qingdao summit")
    prepares_meeting: int | None = Field(None, description="A meeting of another series it prepares")


@router.get("/meetings")
def list_meetings(
    request: Request, series: str | None = None, actor: Actor = Depends(api_actor)
) -> list[dict[str, Any]]:
    with unit_for(request, actor) as u:
        return service.list_meetings(u, series)


@router.post("/meetings", status_code=201)
def create_meeting(body: MeetingIn, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    """Schedule a meeting; the next meeting of a series gets the implementation review item."""
    with unit_for(request, actor, write=True) as u:
        m = service.create_meeting(
            u,
            body.series,
            start=body.start,
            end=body.end,
            venue=body.venue,
            format=body.format,
            presidency=body.presidency,
            host=body.host,
            chair=body.chair,
            ordinal=body.ordinal,
            prepares=body.prepares,
            prepares_meeting=body.prepares_meeting,
        )
    return meeting_to_mapping(m)


@router.get("/meetings/{mid}")
def get_meeting(mid: int, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    """The meeting with delegations, agenda, decisions, the documents the caller sees and the circulation deadline."""
    days = get_hub(request).settings.council_circulation_days
    with unit_for(request, actor) as u:
        m = service.meeting_view(u, mid)
        docs = service.list_documents(u, mid, days)
        circ = service.circulation(u, mid, days)
    return {**meeting_to_mapping(m), "documents": docs, "circulation": circ}


class StatusIn(BaseModel):
    status: Literal["planned", "in_session", "closed"]


@router.post("/meetings/{mid}/status")
def set_status(mid: int, body: StatusIn, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    with unit_for(request, actor, write=True) as u:
        return meeting_to_mapping(service.set_meeting_status(u, mid, body.status))


class DelegationIn(BaseModel):
    party: str | None = None
    guest: str | None = Field(None, description="An invited guest's name (instead of a party)")


@router.post("/meetings/{mid}/delegations", status_code=201)
def add_delegation(mid: int, body: DelegationIn, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    """A party's delegation (its standing on the meeting date comes from its status history) or a guest."""
    with unit_for(request, actor, write=True) as u:
        return service.add_delegation(u, mid, body.party, body.guest)


class ParticipantIn(BaseModel):
    delegation: str = Field(description="Party code, or the guest's name")
    name: str
    title: str = ""
    role: Literal["head", "deputy", "member", "expert"] = "member"


@router.post("/meetings/{mid}/participants", status_code=201)
def add_participant(
    mid: int, body: ParticipantIn, request: Request, actor: Actor = Depends(api_actor)
) -> dict[str, Any]:
    with unit_for(request, actor, write=True) as u:
        return service.add_participant(u, mid, body.delegation, body.name, title=body.title, role=body.role)


class AttendanceIn(BaseModel):
    attended: bool


@router.post("/participants/{pid}/attendance", status_code=204)
def set_attendance(pid: int, body: AttendanceIn, request: Request, actor: Actor = Depends(api_actor)) -> Response:
    with unit_for(request, actor, write=True) as u:
        service.set_attendance(u, pid, body.attended)
    return Response(status_code=204)


class SideMeetingIn(BaseModel):
    title: str
    kind: Literal["bilateral", "reception", "other"] = "bilateral"
    day: str | None = None
    parties: list[str] = []
    notes: str = ""


@router.post("/meetings/{mid}/side-meetings", status_code=201)
def add_side_meeting(
    mid: int, body: SideMeetingIn, request: Request, actor: Actor = Depends(api_actor)
) -> dict[str, Any]:
    with unit_for(request, actor, write=True) as u:
        return service.add_side_meeting(
            u, mid, body.title, kind=body.kind, day=body.day, parties=body.parties, notes=body.notes
        )


class ItemIn(BaseModel):
    title: str
    parent: int | None = None
    notes: str = ""


@router.post("/meetings/{mid}/agenda", status_code=201)
def add_item(mid: int, body: ItemIn, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    with unit_for(request, actor, write=True) as u:
        return service.add_agenda_item(u, mid, body.title, parent=body.parent, notes=body.notes)


class CarryIn(BaseModel):
    to_meeting: int


@router.post("/agenda/{item_id}/carry-over", status_code=201)
def carry_over(item_id: int, body: CarryIn, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    with unit_for(request, actor, write=True) as u:
        return service.carry_over(u, item_id, body.to_meeting)


# --- documents ---------------------------------------------------------------------------------------


class DocumentIn(BaseModel):
    title: str
    lang: str = Field(description="Language tag of the text: zh, ru, en...")
    text: str
    kind: Literal["draft", "report", "statement", "minutes", "communique", "other"] = "draft"
    classification: Literal["unclassified", "restricted", "confidential", "secret"] = "restricted"
    scope: str = Field("alliance", description="Distribution: own, group:<slug>, members, alliance, community")
    agenda_item: int | None = None


@router.post("/meetings/{mid}/documents", status_code=201)
def add_document(mid: int, body: DocumentIn, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    days = get_hub(request).settings.council_circulation_days
    with unit_for(request, actor, write=True) as u:
        return service.add_document(
            u,
            mid,
            body.title,
            body.lang,
            body.text,
            days=days,
            kind=body.kind,
            classification=body.classification,
            scope=body.scope,
            agenda_item=body.agenda_item,
        )


@router.get("/meetings/{mid}/documents")
def list_documents(mid: int, request: Request, actor: Actor = Depends(api_actor)) -> list[dict[str, Any]]:
    days = get_hub(request).settings.council_circulation_days
    with unit_for(request, actor) as u:
        return service.list_documents(u, mid, days)


class VersionIn(BaseModel):
    lang: str
    text: str
    new_revision: bool = Field(False, description="A new revision (else another language of the current one)")


@router.post("/documents/{did}/versions", status_code=201)
def add_version(did: int, body: VersionIn, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    with unit_for(request, actor, write=True) as u:
        return service.add_document_version(u, did, body.lang, body.text, new_revision=body.new_revision)


@router.get("/documents/{did}")
def get_document(
    did: int, request: Request, lang: str | None = None, version: int | None = None, actor: Actor = Depends(api_actor)
) -> dict[str, Any]:
    with unit_for(request, actor) as u:
        return service.document_text(u, did, lang, version)


# --- outputs ----------------------------------------------------------------------------------------


def _output(m: Meeting, which: str, fmt: str, lang: str) -> Response:
    text = render.minutes_markdown(m, lang=lang) if which == "minutes" else render.communique_markdown(m, lang=lang)
    if fmt == "pdf":
        pdf = render.to_pdf(text, title=f"{m.title} — {which}")
        name = f"{m.series_slug}-{m.ordinal}-{which}.pdf"
        return Response(
            pdf, media_type="application/pdf", headers={"Content-Disposition": f'inline; filename="{name}"'}
        )
    return Response(text, media_type="text/markdown; charset=utf-8")


@router.get("/meetings/{mid}/minutes")
def minutes(
    mid: int, request: Request, format: Literal["md", "pdf"] = "md", lang: str = "en", actor: Actor = Depends(api_actor)
) -> Response:
    """Minutes: participants by delegation, agenda, decisions with numbers, reservations, joint actions."""
    with unit_for(request, actor) as u:
        m = service.meeting_view(u, mid)
    return _output(m, "minutes", format, lang)


@router.get("/meetings/{mid}/communique")
def communique(
    mid: int, request: Request, format: Literal["md", "pdf"] = "md", lang: str = "en", actor: Actor = Depends(api_actor)
) -> Response:
    with unit_for(request, actor) as u:
        m = service.meeting_view(u, mid)
    return _output(m, "communique", format, lang)


# --- decisions ---------------------------------------------------------------------------------------


class DecisionIn(BaseModel):
    title: str
    kind: Literal[
        "general", "communique", "joint_listing", "joint_delisting", "admission", "suspension", "action_plan"
    ] = "general"
    texts: dict[str, str] = Field(default_factory=dict, description="Language tag -> text")
    procedure: Literal["in_session", "silence"] = "in_session"
    deadline: str | None = Field(
        None, description="Silence deadline: ISO 8601, local time in the alliance's zone if no offset"
    )
    agenda_item: int | None = None
    concerned_party: str | None = Field(None, description="Admission or suspension: the party")
    effect: dict[str, Any] = Field(
        default_factory=dict,
        description="joint listing: {entry_id}; admission: {status}; action plan: {title, objective, lead, "
        "participants, start, due, tasks: [{title, owner, due, weight}], links}",
    )


def _decision(u: Any, d: Decision) -> dict[str, Any]:
    return service.to_mapping_decision(u, d)


@router.post("/meetings/{mid}/decisions", status_code=201)
def draft_decision(mid: int, body: DecisionIn, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    with unit_for(request, actor, write=True) as u:
        d = service.draft_decision(
            u,
            mid,
            body.title,
            kind=body.kind,
            texts=body.texts,
            procedure=body.procedure,
            deadline=body.deadline,
            agenda_item=body.agenda_item,
            concerned_party=body.concerned_party,
            effect=body.effect,
        )
        return _decision(u, d)


@router.get("/meetings/{mid}/decisions")
def list_decisions(mid: int, request: Request, actor: Actor = Depends(api_actor)) -> list[dict[str, Any]]:
    with unit_for(request, actor) as u:
        return [_decision(u, d) for d in service.list_decisions(u, mid)]


@router.get("/decisions/{did}")
def get_decision(did: int, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    with unit_for(request, actor) as u:
        return _decision(u, service.get_decision(u, did))


class PositionIn(BaseModel):
    position: Literal["objection", "reservation", "withdrawal", "statement"]
    text: str = ""


@router.post("/decisions/{did}/positions", status_code=201)
def record_position(did: int, body: PositionIn, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    """A delegate records the party's position (members: objection, reservation, withdrawal; others: statement)."""
    with unit_for(request, actor, write=True) as u:
        return _decision(u, service.record_position(u, did, body.position, body.text))


@router.post("/decisions/{did}/close")
def close_decision(did: int, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    """The chair closes an item in session: adopted unless a member state's objection stands."""
    with unit_for(request, actor, write=True) as u:
        return _decision(u, service.close_decision(u, did))


# --- joint actions -----------------------------------------------------------------------------------


class ActionIn(BaseModel):
    title: str
    objective: str = ""
    lead: str
    participants: list[str] = []
    start: str | None = None
    due: str | None = None
    tasks: list[dict[str, Any]] = []
    links: list[str] = []


@router.get("/actions")
def list_actions(request: Request, actor: Actor = Depends(api_actor)) -> list[dict[str, Any]]:
    with unit_for(request, actor) as u:
        return [action_to_mapping(a) for a in service.list_actions(u)]


@router.post("/actions", status_code=201)
def create_action(body: ActionIn, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    with unit_for(request, actor, write=True) as u:
        return action_to_mapping(service.create_action(u, body.model_dump()))


@router.get("/actions/{aid}")
def get_action(aid: int, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    with unit_for(request, actor) as u:
        return action_to_mapping(service.get_action(u, aid))


class TaskIn(BaseModel):
    title: str
    owner: str
    due: str | None = None
    weight: int = 1


@router.post("/actions/{aid}/tasks", status_code=201)
def add_task(aid: int, body: TaskIn, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    with unit_for(request, actor, write=True) as u:
        return action_to_mapping(service.add_task(u, aid, body.title, body.owner, due=body.due, weight=body.weight))


class ReportIn(BaseModel):
    progress: int = Field(ge=0, le=100)
    text: str
    task: int | None = None
    status: Literal["not_started", "in_progress", "done", "cancelled"] | None = None


@router.post("/actions/{aid}/reports", status_code=201)
def report(aid: int, body: ReportIn, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, Any]:
    with unit_for(request, actor, write=True) as u:
        return action_to_mapping(
            service.report_progress(u, aid, body.progress, body.text, task=body.task, status=body.status)
        )


# --- notifications and calendar ------------------------------------------------------------------------


@router.get("/notifications")
def notifications(request: Request, unread: bool = False, actor: Actor = Depends(api_actor)) -> list[dict[str, Any]]:
    with unit_for(request, actor) as u:
        return service.notifications(u, unread_only=unread)


class ReadIn(BaseModel):
    ids: list[int] | None = Field(None, description="Default: all")


@router.post("/notifications/read")
def mark_read(body: ReadIn, request: Request, actor: Actor = Depends(api_actor)) -> dict[str, int]:
    with unit_for(request, actor, write=True) as u:
        return {"marked": service.mark_read(u, body.ids)}


class EmailIn(BaseModel):
    address: str | None


@router.put("/email", status_code=204)
def set_email(body: EmailIn, request: Request, actor: Actor = Depends(api_actor)) -> Response:
    """The caller's address for notification e-mail (null removes it)."""
    with unit_for(request, actor, write=True) as u:
        service.set_email(u, body.address)
    return Response(status_code=204)


@router.post("/calendar/reset")
def reset_calendar(request: Request, actor: Actor = Depends(api_actor)) -> dict[str, str]:
    """A new secret calendar URL for the caller (the previous one stops working)."""
    with unit_for(request, actor, write=True) as u:
        token = service.reset_calendar(u)
    return {"url": str(request.url_for("calendar_feed", token=token))}


@router.get("/calendar/{token}.ics", name="calendar_feed")
def calendar_feed(token: str, request: Request) -> Response:
    """iCalendar feed of meetings and decision deadlines, at a secret per-user URL (no other credentials)."""
    hub = get_hub(request)
    actor = service.calendar_owner(hub, token)
    with hub.unit(actor) as u:
        events = service.calendar_events(u)
        tz = service.alliance_timezone(u)
    body = calendar(
        [
            CalendarEvent(
                uid=f"{e['uid']}@accord",
                summary=e["summary"],
                start=e["start"],
                end=e["end"],
                description=e["description"],
                location=e["location"],
            )
            for e in events
        ],
        name=f"Accord — {actor.username}",
        timezone=tz,
        stamp=hub.clock.now(),
    )
    return Response(body, media_type="text/calendar; charset=utf-8")
