"""Rules of the council: meeting series and meetings, delegations, agenda,
documents, consensus decisions (in session or by silence procedure) and joint
actions.

Consensus is the absence of a standing objection from every party that is a
member on the decision date (the day the chair closes the item, or the
silence deadline). A reservation never blocks and is minuted. Observers,
dialogue partners, bodies and guests make statements, never objections. A
suspension is decided by consensus minus the party concerned. An adopted
decision is numbered per series and meeting, takes effect in the same
transaction (the register, a party's status, a joint action) and is never
changed afterwards: only a new decision can undo it.

Who may do what: an ``alliance_admin`` (the Secretariat) keeps series,
meetings, delegations and agendas and may draft; a member state's
``delegate`` drafts (as sponsor) and records its party's positions; the
chair's delegation (a delegate of the presiding or host party) or an
alliance_admin closes an item in session; the scheduler closes silence
procedures at their deadlines.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from accord.council import store
from accord.council.models import (
    AgendaItem,
    Decision,
    DecisionKind,
    DecisionStatus,
    Delegation,
    JointAction,
    Meeting,
    MeetingFormat,
    MeetingStatus,
    Participant,
    ParticipantRole,
    PositionKind,
    PositionRecord,
    Procedure,
    ProgressReport,
    Standing,
    Task,
    TaskStatus,
    standing_objections,
)
from accord.errors import BadRequest, Conflict, Forbidden, NotFound
from accord.hub import Hub, Unit
from accord.parties import store as parties_store
from accord.parties.models import Actor, Party, Role, Status, status_at

IMPLEMENTATION_TITLE = "Implementation of previous decisions"
STANDING_OF = {
    Status.MEMBER: Standing.MEMBER,
    Status.OBSERVER: Standing.OBSERVER,
    Status.DIALOGUE_PARTNER: Standing.DIALOGUE_PARTNER,
    Status.BODY: Standing.BODY,
}
STANDING_ORDER = [Standing.MEMBER, Standing.OBSERVER, Standing.DIALOGUE_PARTNER, Standing.BODY, Standing.GUEST]
ADMISSION_STATUSES = {Status.MEMBER, Status.OBSERVER, Status.DIALOGUE_PARTNER}


def _enum(kind: type[Any], value: Any, what: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        raise BadRequest(f"{what} {value!r} is not one of {', '.join(m.value for m in kind)}") from None


def _day(text: str | date | None, what: str) -> date | None:
    if text is None or isinstance(text, date):
        return text
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadRequest(f"{what}: not a date (YYYY-MM-DD): {text!r}") from None


def parse_deadline(text: str, tz: str) -> datetime:
    """A deadline as written by users: ISO 8601 with an offset, or local time in the alliance's zone."""
    try:
        t = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise BadRequest(f"deadline: not a date and time (e.g. 2018-05-30T18:00 or ...Z): {text!r}") from None
    if t.tzinfo is None:
        t = t.replace(tzinfo=ZoneInfo(tz))
    return t.astimezone(UTC)


def iso(t: datetime | None) -> str | None:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if t else None


def _party(unit: Unit, code: str) -> Party:
    p = parties_store.get_party(unit.conn, code.strip().upper())
    if p is None:
        raise NotFound(f"no party {code!r}")
    return p


def _party_by_id(unit: Unit, pid: int | None) -> Party | None:
    return parties_store.get_party_by_id(unit.conn, pid) if pid is not None else None


def alliance_timezone(unit: Unit) -> str:
    a = parties_store.get_alliance(unit.conn)
    return a.timezone if a else "UTC"


_tz = alliance_timezone


def _require_admin(unit: Unit, what: str) -> None:
    if not unit.actor.has(Role.ALLIANCE_ADMIN):
        raise Forbidden(f"{what} needs the alliance_admin role (the Secretariat)")
    unit.require_write()


def _require_reader(unit: Unit) -> None:
    a = unit.actor
    if not a.system and not a.active:
        raise Forbidden(f"party {a.party_code} is not in good standing and reads no council business")


def _codes(unit: Unit) -> dict[int, str]:
    return {p.id: p.code for p in parties_store.list_parties(unit.conn)}


# --- series and meetings ---------------------------------------------------------------------------------


def create_series(
    unit: Unit, slug: str, name: str, convening_body: str, periodicity: str = "annual", first_held: str | None = None
) -> dict[str, Any]:
    _require_admin(unit, "creating a meeting series")
    slug = slug.strip().lower()
    if not slug or not slug.replace("-", "").isalnum() or len(slug) > 40:
        raise BadRequest("a series slug is letters, digits and hyphens (e.g. 'scs')")
    if store.series_by_slug(unit.conn, slug):
        raise Conflict(f"series {slug!r} exists")
    if not name.strip():
        raise BadRequest("a series needs a name")
    sid = store.insert_series(
        unit.conn,
        {
            "slug": slug,
            "name": name.strip(),
            "convening_body": convening_body.strip(),
            "periodicity": periodicity.strip() or "annual",
            "first_held": _day(first_held, "first_held"),
            "created_at": unit.now,
        },
    )
    unit.record("council.series", "series", slug, detail={"name": name})
    return {"id": sid, "slug": slug, "name": name.strip()}


def list_series(unit: Unit) -> list[dict[str, Any]]:
    _require_reader(unit)
    return [
        {
            "slug": s.slug,
            "name": s.name,
            "convening_body": s.convening_body,
            "periodicity": s.periodicity,
            "first_held": s.first_held.isoformat() if s.first_held else None,
        }
        for s in store.list_series(unit.conn)
    ]


def _series(unit: Unit, slug: str) -> Any:
    s = store.series_by_slug(unit.conn, slug.strip().lower())
    if s is None:
        raise NotFound(f"no meeting series {slug!r}")
    return s


def _meeting_row(unit: Unit, mid: int) -> Any:
    m = store.meeting(unit.conn, mid)
    if m is None:
        raise NotFound(f"no meeting {mid}")
    return m


def _person_id(unit: Unit, chair: str | int | None) -> int | None:
    if chair is None or chair == "":
        return None
    if isinstance(chair, int) or str(chair).isdigit():
        p = store.person(unit.conn, int(chair))
    else:
        p = store.person_by_name(unit.conn, str(chair))
    if p is None:
        raise NotFound(f"no person {chair!r} (add them with `accord person add` or the API)")
    return int(p.id)


def create_meeting(
    unit: Unit,
    series: str,
    *,
    start: str,
    end: str | None = None,
    venue: str = "",
    format: str = "in_person",
    presidency: str | None = None,
    host: str | None = None,
    chair: str | int | None = None,
    ordinal: int | None = None,
    prepares: str = "",
    prepares_meeting: int | None = None,
) -> Meeting:
    """Schedule a meeting of a series. When the series met before, the new
    meeting gets an agenda item reviewing every joint action and task due or
    overdue, with its last report."""
    _require_admin(unit, "scheduling a meeting")
    s = _series(unit, series)
    start_d = _day(start, "start")
    end_d = _day(end, "end") or start_d
    assert start_d is not None and end_d is not None
    if end_d < start_d:
        raise BadRequest("a meeting cannot end before it starts")
    fmt = _enum(MeetingFormat, format, "format")
    n = ordinal if ordinal is not None else store.next_ordinal(unit.conn, int(s.id))
    if n < 1:
        raise BadRequest("the ordinal is a positive number")
    if any(int(m.ordinal) == n for m in store.list_meetings(unit.conn, int(s.id))):
        raise Conflict(f"the {_ordinal(n)} meeting of {s.name} exists")
    if prepares_meeting is not None:
        _meeting_row(unit, prepares_meeting)
    mid = store.insert_meeting(
        unit.conn,
        {
            "series_id": s.id,
            "ordinal": n,
            "presidency_party_id": _party(unit, presidency).id if presidency else None,
            "host_party_id": _party(unit, host).id if host else None,
            "chair_person_id": _person_id(unit, chair),
            "venue": venue.strip(),
            "format": fmt.value,
            "start_date": start_d,
            "end_date": end_d,
            "status": MeetingStatus.PLANNED.value,
            "prepares": prepares.strip(),
            "prepares_meeting_id": prepares_meeting,
            "created_at": unit.now,
        },
    )
    prev = store.previous_meeting(unit.conn, int(s.id), n)
    if prev is not None:
        store.insert_item(
            unit.conn,
            {
                "meeting_id": mid,
                "parent_id": None,
                "position": store.next_position(unit.conn, mid, None),
                "title": IMPLEMENTATION_TITLE,
                "notes": _implementation_review(unit, start_d),
                "carried_over_from_id": None,
            },
        )
    unit.record("council.meeting", "meeting", str(mid), detail={"series": s.slug, "ordinal": n, "start": start})
    return meeting_view(unit, mid)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _implementation_review(unit: Unit, on: date) -> str:
    """Every joint action or task due by ``on`` and not done, with its last report (Markdown lines)."""
    lines: list[str] = []
    for a in _actions(unit):
        due_tasks = [
            t for t in a.tasks if t.due and t.due <= on and t.status not in (TaskStatus.DONE, TaskStatus.CANCELLED)
        ]
        action_due = a.due is not None and a.due <= on and a.progress < 100
        if not (action_due or due_tasks):
            continue
        last = a.reports[-1] if a.reports else None
        state = "overdue" if a.due and a.due < on and a.progress < 100 else "due"
        lines.append(
            f"- {a.title} (lead {a.lead}, due {a.due.isoformat() if a.due else '—'}, {a.progress:g}% — {state})"
            + (
                f"; last report {last.at.date().isoformat()} by {last.party_code}: {last.text}"
                if last
                else "; no report"
            )
        )
        for t in due_tasks:
            t_last = next((r for r in reversed(a.reports) if r.task_id == t.id), None)
            t_state = "overdue" if t.due and t.due < on else "due"
            lines.append(
                f"  - task {t.title} (owner {t.owner}, due {t.due.isoformat() if t.due else '—'}, {t.status.value}, "
                f"{t_state})" + (f"; last report: {t_last.text}" if t_last else "")
            )
    return "\n".join(lines) if lines else "No joint action or task is due."


def set_meeting_status(unit: Unit, mid: int, status: str) -> Meeting:
    m = _meeting_row(unit, mid)
    _require_chair_or_admin(unit, m, "opening or closing a meeting")
    new = _enum(MeetingStatus, status, "status")
    order = [MeetingStatus.PLANNED, MeetingStatus.IN_SESSION, MeetingStatus.CLOSED]
    if order.index(new) != order.index(MeetingStatus(m.status)) + 1:
        raise Conflict(f"meeting {mid} is {m.status}; it cannot become {new.value}")
    store.update_meeting(unit.conn, mid, {"status": new.value})
    unit.record("council.meeting_status", "meeting", str(mid), detail={"status": new.value})
    return meeting_view(unit, mid)


def _require_chair_or_admin(unit: Unit, m: Any, what: str) -> None:
    a = unit.actor
    if a.has(Role.ALLIANCE_ADMIN):
        unit.require_write()
        return
    chair_parties = {m.presidency_party_id, m.host_party_id} - {None}
    if a.has(Role.DELEGATE) and a.party_id in chair_parties:
        unit.require_write()
        return
    raise Forbidden(f"{what} is for the chair's delegation (a delegate of the presiding party) or an alliance_admin")


# --- delegations and participants ----------------------------------------------------------------------


def add_delegation(unit: Unit, mid: int, party: str | None = None, guest: str | None = None) -> dict[str, Any]:
    """A party's delegation, with its standing on the meeting's first day, or an invited guest."""
    _require_admin(unit, "registering a delegation")
    m = _meeting_row(unit, mid)
    if bool(party) == bool(guest):
        raise BadRequest("give a party or a guest's name")
    if party:
        p = _party(unit, party)
        status = status_at(p.history, m.start_date)
        standing = STANDING_OF.get(status) if status else None
        if standing is None:
            raise Conflict(
                f"{p.code} is {status.value if status else 'not yet a party'} on {m.start_date.isoformat()} "
                "and sends no delegation (invite it as a guest)"
            )
        if store.delegation_of(unit.conn, mid, p.id):
            raise Conflict(f"{p.code} already has a delegation at meeting {mid}")
        did = store.insert_delegation(
            unit.conn, {"meeting_id": mid, "party_id": p.id, "guest_name": "", "standing": standing.value}
        )
        label = p.code
    else:
        assert guest is not None
        if store.delegation_of(unit.conn, mid, None, guest.strip()):
            raise Conflict(f"{guest} is already invited to meeting {mid}")
        did = store.insert_delegation(
            unit.conn,
            {"meeting_id": mid, "party_id": None, "guest_name": guest.strip(), "standing": Standing.GUEST.value},
        )
        standing, label = Standing.GUEST, guest.strip()
    unit.record("council.delegation", "meeting", str(mid), detail={"delegation": label, "standing": standing.value})
    return {"id": did, "delegation": label, "standing": standing.value}


def add_participant(
    unit: Unit,
    mid: int,
    delegation: str,
    name: str,
    *,
    title: str = "",
    role: str = "member",
) -> dict[str, Any]:
    """A participant in a delegation (party code, or the guest's name). A person
    the hub knows (``people``) keeps their recorded title unless another is given."""
    _require_admin(unit, "registering participants")
    _meeting_row(unit, mid)
    r = _enum(ParticipantRole, role, "role")
    d = None
    p_obj = parties_store.get_party(unit.conn, delegation.strip().upper())
    if p_obj is not None:
        d = store.delegation_of(unit.conn, mid, p_obj.id)
    if d is None:
        d = store.delegation_of(unit.conn, mid, None, delegation.strip())
    if d is None:
        raise NotFound(f"no delegation {delegation!r} at meeting {mid}")
    if not name.strip():
        raise BadRequest("a participant needs a name")
    person = store.person_by_name(unit.conn, name)
    if r is ParticipantRole.HEAD and any(x.role == "head" for x in store.participant_rows(unit.conn, [int(d.id)])):
        raise Conflict(f"the delegation of {delegation} already has a head")
    pid = store.insert_participant(
        unit.conn,
        {
            "delegation_id": d.id,
            "person_id": person.id if person else None,
            "name": name.strip(),
            "title": title.strip() or (person.title if person else ""),
            "role": r.value,
            "attended": None,
        },
    )
    unit.record("council.participant", "meeting", str(mid), detail={"delegation": delegation, "name": name})
    return {"id": pid, "name": name.strip(), "role": r.value}


def set_attendance(unit: Unit, participant_id: int, attended: bool) -> None:
    _require_admin(unit, "recording attendance")
    if store.participant(unit.conn, participant_id) is None:
        raise NotFound(f"no participant {participant_id}")
    store.set_attendance(unit.conn, participant_id, attended)
    unit.record("council.attendance", "participant", str(participant_id), detail={"attended": attended})


def add_side_meeting(
    unit: Unit,
    mid: int,
    title: str,
    *,
    kind: str = "bilateral",
    day: str | None = None,
    parties: Sequence[str] = (),
    notes: str = "",
) -> dict[str, Any]:
    """A side meeting attached to a meeting (a bilateral of delegation heads, a reception by the host...)."""
    _require_admin(unit, "recording a side meeting")
    m = _meeting_row(unit, mid)
    if kind not in ("bilateral", "reception", "other"):
        raise BadRequest("kind is bilateral, reception or other")
    codes = [_party(unit, c).code for c in parties]
    d = _day(day, "day")
    if d is not None and not m.start_date <= d <= m.end_date:
        raise BadRequest(f"a side meeting happens during the meeting ({m.start_date} to {m.end_date})")
    sid = store.insert_side_meeting(
        unit.conn,
        {"meeting_id": mid, "kind": kind, "title": title.strip(), "day": d, "parties": ",".join(codes), "notes": notes},
    )
    unit.record("council.side_meeting", "meeting", str(mid), detail={"title": title, "parties": codes})
    return {"id": sid, "title": title.strip(), "kind": kind, "parties": codes}


# --- agenda --------------------------------------------------------------------------------------------


def add_agenda_item(unit: Unit, mid: int, title: str, *, parent: int | None = None, notes: str = "") -> dict[str, Any]:
    _require_admin(unit, "setting the agenda")
    m = _meeting_row(unit, mid)
    if m.status == MeetingStatus.CLOSED.value:
        raise Conflict(f"meeting {mid} is closed")
    if not title.strip():
        raise BadRequest("an agenda item needs a title")
    if parent is not None:
        p = store.item(unit.conn, parent)
        if p is None or int(p.meeting_id) != mid:
            raise NotFound(f"no agenda item {parent} in meeting {mid}")
    iid = store.insert_item(
        unit.conn,
        {
            "meeting_id": mid,
            "parent_id": parent,
            "position": store.next_position(unit.conn, mid, parent),
            "title": title.strip(),
            "notes": notes,
            "carried_over_from_id": None,
        },
    )
    unit.record("council.agenda", "meeting", str(mid), detail={"item": iid, "title": title})
    return {"id": iid, "title": title.strip()}


def carry_over(unit: Unit, item_id: int, to_meeting: int) -> dict[str, Any]:
    """Put an item of an earlier meeting on a later meeting's agenda."""
    _require_admin(unit, "setting the agenda")
    src = store.item(unit.conn, item_id)
    if src is None:
        raise NotFound(f"no agenda item {item_id}")
    target = _meeting_row(unit, to_meeting)
    origin = _meeting_row(unit, int(src.meeting_id))
    if target.start_date <= origin.start_date:
        raise BadRequest("an item is carried over to a later meeting")
    iid = store.insert_item(
        unit.conn,
        {
            "meeting_id": to_meeting,
            "parent_id": None,
            "position": store.next_position(unit.conn, to_meeting, None),
            "title": src.title,
            "notes": src.notes,
            "carried_over_from_id": item_id,
        },
    )
    unit.record("council.carry_over", "meeting", str(to_meeting), detail={"from_item": item_id, "item": iid})
    return {"id": iid, "title": src.title, "carried_over_from": item_id}


# --- reading ---------------------------------------------------------------------------------------------


def _agenda(unit: Unit, mid: int) -> tuple[AgendaItem, ...]:
    rows = store.item_rows(unit.conn, mid)
    origin_label: dict[int, str] = {}
    for r in rows:
        if r.carried_over_from_id:
            src = store.item(unit.conn, int(r.carried_over_from_id))
            if src is not None:
                sm = store.meeting(unit.conn, int(src.meeting_id))
                origin_label[int(r.id)] = f"{_ordinal(int(sm.ordinal))} meeting" if sm else "an earlier meeting"

    def build(parent: int | None, prefix: str) -> tuple[AgendaItem, ...]:
        kids = [r for r in rows if (r.parent_id if r.parent_id is None else int(r.parent_id)) == parent]
        out = []
        for i, r in enumerate(kids, 1):
            number = f"{prefix}{i}"
            out.append(
                AgendaItem(int(r.id), number, r.title, origin_label.get(int(r.id)), build(int(r.id), number + "."))
            )
        return tuple(out)

    return build(None, "")


def _decisions(unit: Unit, rows: Sequence[Any]) -> list[Decision]:
    codes = _codes(unit)
    pos = store.position_rows(unit.conn, [int(r.id) for r in rows])
    out = []
    for r in rows:
        out.append(
            Decision(
                id=int(r.id),
                meeting_id=int(r.meeting_id),
                agenda_item_id=int(r.agenda_item_id) if r.agenda_item_id else None,
                number=r.number,
                title=r.title,
                kind=DecisionKind(r.kind),
                procedure=Procedure(r.procedure),
                status=DecisionStatus(r.status),
                sponsor=codes.get(r.sponsor_party_id) if r.sponsor_party_id else None,
                texts=json.loads(r.texts),
                deadline=r.deadline,
                concerned_party=codes.get(r.concerned_party_id) if r.concerned_party_id else None,
                effect=json.loads(r.effect),
                positions=tuple(
                    PositionRecord(p.code, PositionKind(p.kind), p.text, p.at, p.username)
                    for p in pos
                    if int(p.decision_id) == int(r.id)
                ),
                decided_at=r.decided_at,
            )
        )
    return out


def _actions(unit: Unit, ids: Sequence[int] | None = None) -> list[JointAction]:
    codes = _codes(unit)
    rows = [a for a in store.action_rows(unit.conn) if ids is None or int(a.id) in ids]
    aids = [int(a.id) for a in rows]
    tasks = store.task_rows(unit.conn, aids)
    reports = store.report_rows(unit.conn, aids)
    numbers = {int(d.id): d.number for d in store.decision_rows(unit.conn)}
    out = []
    for a in rows:
        a_reports = [r for r in reports if int(r.action_id) == int(a.id)]
        t_objs = []
        for t in tasks:
            if int(t.action_id) != int(a.id):
                continue
            last = [r for r in a_reports if r.task_id is not None and int(r.task_id) == int(t.id)]
            t_objs.append(
                Task(
                    int(t.id),
                    t.title,
                    codes.get(int(t.owner_party_id), "?"),
                    t.due_date,
                    TaskStatus(t.status),
                    float(t.weight),
                    float(last[-1].progress) if last else 0.0,
                )
            )
        out.append(
            JointAction(
                id=int(a.id),
                title=a.title,
                objective=a.objective,
                lead=codes.get(int(a.lead_party_id), "?"),
                participants=tuple(c for c in a.participants.split(",") if c),
                start=a.start_date,
                due=a.due_date,
                decision_number=numbers.get(int(a.decision_id)) if a.decision_id else None,
                tasks=tuple(t_objs),
                reports=tuple(
                    ProgressReport(r.at, r.code, float(r.progress), r.text, int(r.task_id) if r.task_id else None)
                    for r in a_reports
                ),
                links=tuple(json.loads(a.links)),
            )
        )
    return out


def meeting_view(unit: Unit, mid: int) -> Meeting:
    _require_reader(unit)
    m = _meeting_row(unit, mid)
    s = store.series_by_id(unit.conn, int(m.series_id))
    assert s is not None
    codes = _codes(unit)
    dels = store.delegation_rows(unit.conn, mid)
    people_rows = store.participant_rows(unit.conn, [int(d.id) for d in dels])
    role_order = {r.value: i for i, r in enumerate(ParticipantRole)}
    delegations_ = [
        Delegation(
            d.code,
            d.name if d.code else d.guest_name,
            Standing(d.standing),
            tuple(
                Participant(p.name, p.title, ParticipantRole(p.role), p.attended)
                for p in sorted(
                    (p for p in people_rows if int(p.delegation_id) == int(d.id)),
                    key=lambda p: (role_order[p.role], p.id),
                )
            ),
        )
        for d in dels
    ]
    delegations_.sort(key=lambda d: (STANDING_ORDER.index(d.standing), d.name))
    chair = store.person(unit.conn, int(m.chair_person_id)) if m.chair_person_id else None
    prepares = m.prepares
    if m.prepares_meeting_id:
        pm = store.meeting(unit.conn, int(m.prepares_meeting_id))
        if pm is not None:
            ps = store.series_by_id(unit.conn, int(pm.series_id))
            linked = f"{_ordinal(int(pm.ordinal))} {ps.name if ps else ''}".strip()
            prepares = f"{prepares} ({linked})" if prepares else linked
    alliance = parties_store.get_alliance(unit.conn)
    sides = tuple(
        f"{r.title} ({r.kind}{', ' + r.day.isoformat() if r.day else ''}"
        f"{', ' + r.parties.replace(',', ', ') if r.parties else ''})"
        for r in store.side_meeting_rows(unit.conn, mid)
    )
    decisions_ = _decisions(unit, store.decision_rows(unit.conn, mid))
    return Meeting(
        id=mid,
        series_name=s.name,
        series_slug=s.slug,
        ordinal=int(m.ordinal),
        title=f"{_ordinal(int(m.ordinal))} {s.name}",
        presidency=codes.get(m.presidency_party_id) if m.presidency_party_id else None,
        host=codes.get(m.host_party_id) if m.host_party_id else None,
        chair=chair.name if chair else None,
        chair_title=chair.title if chair else None,
        venue=m.venue,
        format=MeetingFormat(m.format),
        start=m.start_date,
        end=m.end_date,
        status=MeetingStatus(m.status),
        timezone=_tz(unit),
        prepares=prepares or None,
        delegations=tuple(delegations_),
        agenda=_agenda(unit, mid),
        decisions=tuple(decisions_),
        actions=tuple(_actions(unit)),
        side_meetings=sides,
        languages=tuple(dict.fromkeys([*(alliance.official_languages if alliance else ()), "en"])),
    )


def list_meetings(unit: Unit, series: str | None = None) -> list[dict[str, Any]]:
    _require_reader(unit)
    sid = int(_series(unit, series).id) if series else None
    names = {int(s.id): s.name for s in store.list_series(unit.conn)}
    return [
        {
            "id": int(m.id),
            "title": f"{_ordinal(int(m.ordinal))} {names.get(int(m.series_id), '')}",
            "start": m.start_date.isoformat(),
            "end": m.end_date.isoformat(),
            "venue": m.venue,
            "status": m.status,
        }
        for m in store.list_meetings(unit.conn, sid)
    ]


# --- decisions ----------------------------------------------------------------------------------------


def _member_on(party: Party, day: date) -> bool:
    return status_at(party.history, day) is Status.MEMBER


def draft_decision(
    unit: Unit,
    mid: int,
    title: str,
    *,
    kind: str = "general",
    texts: Mapping[str, str] | None = None,
    procedure: str = "in_session",
    deadline: str | None = None,
    agenda_item: int | None = None,
    concerned_party: str | None = None,
    effect: Mapping[str, Any] | None = None,
) -> Decision:
    """A draft decision under a procedure. Its effect is checked now (the entry,
    party or plan it would act on), so that adoption cannot fail later."""
    from accord.register import service as register
    from accord.register.models import EntryStatus

    a = unit.actor
    if not (a.has(Role.ALLIANCE_ADMIN) or a.has(Role.DELEGATE)):
        raise Forbidden("drafting a decision needs the delegate role (or alliance_admin)")
    unit.require_write()
    m = _meeting_row(unit, mid)
    if m.status == MeetingStatus.CLOSED.value:
        raise Conflict(f"meeting {mid} is closed")
    sponsor: Party | None = None
    if not a.system and a.party_id is not None:
        sponsor = _party_by_id(unit, a.party_id)
    if not a.has(Role.ALLIANCE_ADMIN) and (sponsor is None or not _member_on(sponsor, unit.now.date())):
        raise Forbidden(f"only a member state sponsors a draft decision; {a.party_code} is not a member")
    k = _enum(DecisionKind, kind, "kind")
    proc = _enum(Procedure, procedure, "procedure")
    body_texts = {str(lang): str(t) for lang, t in (texts or {}).items() if str(t).strip()}
    if not title.strip():
        raise BadRequest("a draft decision needs a title")
    due: datetime | None = None
    if proc is Procedure.SILENCE:
        if not deadline:
            raise BadRequest("a silence procedure needs a deadline")
        due = parse_deadline(deadline, _tz(unit))
        if due <= unit.now:
            raise BadRequest("the silence deadline is in the past")
    elif deadline:
        raise BadRequest("only a silence procedure has a deadline")
    if agenda_item is not None:
        it = store.item(unit.conn, agenda_item)
        if it is None or int(it.meeting_id) != mid:
            raise NotFound(f"no agenda item {agenda_item} in meeting {mid}")
    eff = dict(effect or {})
    concerned: Party | None = None
    if k in (DecisionKind.JOINT_LISTING, DecisionKind.JOINT_DELISTING):
        entry = str(eff.get("entry_id") or "")
        if not entry:
            raise BadRequest("a listing decision names the register entry (effect.entry_id)")
        target = EntryStatus.LISTED if k is DecisionKind.JOINT_LISTING else EntryStatus.DELISTED
        register.check_joint_move(replace(unit, actor=Actor.local_admin("council")), entry, target)
        eff = {"entry_id": entry}
    elif k in (DecisionKind.ADMISSION, DecisionKind.SUSPENSION):
        if not concerned_party:
            raise BadRequest(f"an {k.value} decision names the party concerned")
        concerned = _party(unit, concerned_party)
        if k is DecisionKind.ADMISSION:
            status = _enum(Status, eff.get("status", "member"), "effect.status")
            if status not in ADMISSION_STATUSES:
                raise BadRequest("an admission gives member, observer or dialogue_partner status")
            if concerned.kind != "state":
                raise BadRequest(f"{concerned.code} is a body; only states are admitted")
            eff = {"status": status.value}
        else:
            if concerned.kind != "state" or status_at(concerned.history, unit.now.date()) not in ADMISSION_STATUSES:
                raise Conflict(f"{concerned.code} is not a state in good standing and cannot be suspended")
            eff = {}
    elif k is DecisionKind.ACTION_PLAN:
        eff = _check_plan(unit, eff)
    else:
        eff = {}
    did = store.insert_decision(
        unit.conn,
        {
            "meeting_id": mid,
            "agenda_item_id": agenda_item,
            "title": title.strip(),
            "kind": k.value,
            "procedure": proc.value,
            "status": DecisionStatus.OPEN.value,
            "sponsor_party_id": sponsor.id if sponsor else None,
            "texts": json.dumps(body_texts, ensure_ascii=False, sort_keys=True),
            "deadline": due,
            "concerned_party_id": concerned.id if concerned else None,
            "effect": json.dumps(eff, ensure_ascii=False, sort_keys=True),
            "number": None,
            "decided_at": None,
            "reminded": False,
            "created_by": a.username,
            "created_at": unit.now,
        },
    )
    unit.record(
        "council.draft",
        "decision",
        str(did),
        detail={"meeting": mid, "title": title, "kind": k.value, "procedure": proc.value, "deadline": iso(due)},
    )
    d = get_decision(unit, did)
    _notify_parties(
        unit,
        _member_ids(unit, unit.now.date()),
        Role.DELEGATE,
        "draft",
        f"New draft decision “{d.title}” ({_procedure_words(unit, d)}): your party may object.",
        f"/api/v1/council/decisions/{did}",
    )
    return d


def _check_plan(unit: Unit, eff: Mapping[str, Any]) -> dict[str, Any]:
    title = str(eff.get("title") or "").strip()
    if not title:
        raise BadRequest("an action plan names its joint action (effect.title)")
    lead = _party(unit, str(eff.get("lead") or "")).code if eff.get("lead") else None
    if lead is None:
        raise BadRequest("an action plan names its lead party (effect.lead)")
    parts = [_party(unit, c).code for c in eff.get("participants", [])]
    tasks = []
    for i, t in enumerate(eff.get("tasks", [])):
        if not isinstance(t, Mapping) or not str(t.get("title") or "").strip():
            raise BadRequest(f"effect.tasks[{i}] needs a title")
        tasks.append(
            {
                "title": str(t["title"]).strip(),
                "owner": _party(unit, str(t.get("owner") or lead)).code,
                "due": (_day(t.get("due"), f"effect.tasks[{i}].due") or None) and str(t.get("due")),
                "weight": int(t.get("weight", 1)),
            }
        )
    for key in ("start", "due"):
        _day(eff.get(key), f"effect.{key}")
    from accord.register.service import STIX_ID

    for link in eff.get("links", []):
        if not (isinstance(link, str) and (STIX_ID.match(link) or link.startswith("des-"))):
            raise BadRequest(f"effect.links: {link!r} is neither a STIX id nor a register entry id (des-...)")
    return {
        "title": title,
        "objective": str(eff.get("objective") or ""),
        "lead": lead,
        "participants": parts,
        "start": eff.get("start"),
        "due": eff.get("due"),
        "tasks": tasks,
        "links": [str(x) for x in eff.get("links", [])],
    }


def _procedure_words(unit: Unit, d: Decision) -> str:
    if d.procedure is Procedure.SILENCE and d.deadline:
        local = d.deadline.astimezone(ZoneInfo(_tz(unit)))
        return f"silence procedure until {local.strftime('%Y-%m-%d %H:%M')} {_tz(unit)}"
    return "in session"


def _decision_row(unit: Unit, did: int) -> Any:
    r = store.decision(unit.conn, did)
    if r is None:
        raise NotFound(f"no decision {did}")
    return r


def get_decision(unit: Unit, did: int) -> Decision:
    _require_reader(unit)
    return _decisions(unit, [_decision_row(unit, did)])[0]


def list_decisions(unit: Unit, mid: int) -> list[Decision]:
    _require_reader(unit)
    _meeting_row(unit, mid)
    return _decisions(unit, store.decision_rows(unit.conn, mid))


def record_position(unit: Unit, did: int, kind: str, text: str = "") -> Decision:
    """A delegate records the party's position. Members object, reserve or
    withdraw an objection; everyone else makes statements."""
    a = unit.actor
    if not a.has(Role.DELEGATE) or a.party_id is None:
        raise Forbidden("recording a position needs a delegate of a party")
    unit.require_write()
    r = _decision_row(unit, did)
    if r.status != DecisionStatus.OPEN.value:
        raise Conflict(f"decision {did} is {r.status}; nothing about it changes except by a new decision")
    if r.procedure == Procedure.SILENCE.value and unit.now >= r.deadline:
        raise Conflict(f"the silence procedure of decision {did} ended at {iso(r.deadline)}")
    k = _enum(PositionKind, kind, "position")
    party = _party_by_id(unit, a.party_id)
    assert party is not None
    member = _member_on(party, unit.now.date())
    if k is not PositionKind.STATEMENT and not member:
        status = status_at(party.history, unit.now.date())
        raise Forbidden(
            f"{party.code} is {status.value if status else 'not a party'}, not a member state: "
            "it makes statements, never objections or reservations"
        )
    if k is not PositionKind.STATEMENT and r.concerned_party_id == party.id and r.kind == DecisionKind.SUSPENSION.value:
        raise Forbidden(f"a suspension is decided by consensus minus the party concerned ({party.code})")
    if k in (PositionKind.RESERVATION, PositionKind.STATEMENT) and not text.strip():
        raise BadRequest(f"a {k.value} has a text")
    standing = _standing_objections(unit, did) if k in (PositionKind.WITHDRAWAL, PositionKind.OBJECTION) else set()
    if k is PositionKind.WITHDRAWAL and party.code not in standing:
        raise Conflict(f"{party.code} has no standing objection to withdraw")
    if k is PositionKind.OBJECTION and party.code in standing:
        raise Conflict(f"{party.code} already objects")
    store.insert_position(
        unit.conn,
        {
            "decision_id": did,
            "party_id": party.id,
            "kind": k.value,
            "text": text.strip(),
            "username": a.username,
            "at": unit.now,
        },
    )
    unit.record(
        "council.position",
        "decision",
        str(did),
        detail={"party": party.code, "position": k.value},
        parties=[party.code],
    )
    d = get_decision(unit, did)
    if k is PositionKind.OBJECTION:
        _notify_parties(
            unit,
            _member_ids(unit, unit.now.date()),
            Role.DELEGATE,
            "objection",
            f"{party.code} objects to the draft decision “{d.title}”.",
            f"/api/v1/council/decisions/{did}",
        )
    return d


def _standing_objections(unit: Unit, did: int, *, until: datetime | None = None) -> set[str]:
    return set(standing_objections(_decisions(unit, [_decision_row(unit, did)])[0].positions, until))


def blocking_objections(unit: Unit, r: Any, day: date, until: datetime | None) -> list[str]:
    """Standing objections of parties that are members on the decision date
    (minus the party concerned by a suspension)."""
    parties_ = {p.code: p for p in parties_store.list_parties(unit.conn)}
    out = []
    for code in sorted(_standing_objections(unit, int(r.id), until=until)):
        p = parties_.get(code)
        if p is None or not _member_on(p, day):
            continue
        if r.kind == DecisionKind.SUSPENSION.value and r.concerned_party_id == p.id:
            continue
        out.append(code)
    return out


def close_decision(unit: Unit, did: int) -> Decision:
    """The chair closes an item in session: adopted unless a member objects."""
    r = _decision_row(unit, did)
    m = _meeting_row(unit, int(r.meeting_id))
    _require_chair_or_admin(unit, m, "closing an item")
    if r.procedure != Procedure.IN_SESSION.value:
        raise Conflict(f"decision {did} is under the silence procedure; it closes at its deadline")
    if r.status != DecisionStatus.OPEN.value:
        raise Conflict(f"decision {did} is {r.status}")
    if m.status != MeetingStatus.IN_SESSION.value:
        raise Conflict(f"meeting {m.id} is {m.status}; items are closed in session")
    return _conclude(unit, r, unit.now, until=None)


def _conclude(unit: Unit, r: Any, at: datetime, until: datetime | None) -> Decision:
    blocking = blocking_objections(unit, r, at.date(), until)
    adopted = not blocking
    values: dict[str, Any] = {
        "status": (DecisionStatus.ADOPTED if adopted else DecisionStatus.NOT_ADOPTED).value,
        "decided_at": at,
    }
    if adopted:
        store.lock_meeting(unit.conn, int(r.meeting_id))
        s = store.series_by_id(unit.conn, int(_meeting_row(unit, int(r.meeting_id)).series_id))
        m = _meeting_row(unit, int(r.meeting_id))
        assert s is not None
        values["number"] = f"{s.slug.upper()}-{int(m.ordinal)}/{store.adopted_count(unit.conn, int(m.id)) + 1}"
    # Only one closer wins: the update is conditional on the decision still being open.
    if not store.update_decision(unit.conn, int(r.id), values, only_if_status=DecisionStatus.OPEN.value):
        raise Conflict(f"decision {r.id} was closed meanwhile")
    if adopted:
        _take_effect(unit, r, values["number"], at)
    unit.record(
        "council.adopted" if adopted else "council.not_adopted",
        "decision",
        str(r.id),
        detail={"number": values.get("number"), "objections": blocking, "at": iso(at)},
    )
    d = get_decision(unit, int(r.id))
    ids = _member_ids(unit, at.date()) + [
        int(x.party_id) for x in store.delegation_rows(unit.conn, int(r.meeting_id)) if x.party_id is not None
    ]
    words = f"adopted as {d.number}" if adopted else f"not adopted (objection by {', '.join(blocking)})"
    _notify_parties(
        unit,
        sorted(set(ids)),
        Role.DELEGATE,
        "outcome",
        f"Decision “{d.title}”: {words}.",
        f"/api/v1/council/decisions/{r.id}",
    )
    return d


def _take_effect(unit: Unit, r: Any, number: str, at: datetime) -> None:
    """What an adopted decision does, in the same transaction, as the council."""
    from accord.parties import service as parties_service
    from accord.register import service as register
    from accord.register.models import EntryStatus

    council = replace(unit, actor=Actor.local_admin("council"))
    eff = json.loads(r.effect)
    kind = DecisionKind(r.kind)
    if kind is DecisionKind.JOINT_LISTING:
        register.apply_decision(council, eff["entry_id"], EntryStatus.LISTED, number)
    elif kind is DecisionKind.JOINT_DELISTING:
        register.apply_decision(council, eff["entry_id"], EntryStatus.DELISTED, number)
    elif kind in (DecisionKind.ADMISSION, DecisionKind.SUSPENSION):
        party = _party_by_id(unit, int(r.concerned_party_id))
        assert party is not None
        status = Status(eff["status"]) if kind is DecisionKind.ADMISSION else Status.SUSPENDED
        parties_service.record_status(council, party.code, status, at.date(), note=f"council decision {number}")
    elif kind is DecisionKind.ACTION_PLAN:
        _create_action(council, eff, decision_id=int(r.id))


def run_due(hub: Hub) -> list[int]:
    """The scheduler's step: conclude every silence procedure whose deadline has
    passed (also those that passed while the server was down: the outcome
    counts only positions recorded before the deadline), and send the
    deadline-approaching notices. Each decision is taken in its own write
    transaction and re-checked there, so several workers never conclude one twice."""
    done: list[int] = []
    system = Actor.local_admin("scheduler")
    with hub.unit(system) as u:
        due = store.due_silence(u.conn, u.now)
    for did in due:
        with hub.unit(system, write=True) as u:
            r = store.decision_to_conclude(u.conn, did)
            if r is None or r.status != DecisionStatus.OPEN.value:
                continue  # another worker holds it or has concluded it
            _conclude(u, r, r.deadline, until=r.deadline)
            done.append(did)
    hours = hub.settings.council_reminder_hours
    with hub.unit(system, write=True) as u:
        for r in store.approaching_silence(u.conn, u.now, u.now + timedelta(hours=hours)):
            d = _decisions(u, [r])[0]
            _notify_parties(
                u,
                _member_ids(u, u.now.date()),
                Role.DELEGATE,
                "deadline",
                f"The silence procedure on “{d.title}” ends {_procedure_words(u, d).split(' until ')[1]}.",
                f"/api/v1/council/decisions/{r.id}",
            )
            store.update_decision(u.conn, int(r.id), {"reminded": True})
    return done


# --- joint actions ---------------------------------------------------------------------------------


def _create_action(unit: Unit, eff: Mapping[str, Any], *, decision_id: int | None) -> int:
    lead = _party(unit, str(eff["lead"]))
    aid = store.insert_action(
        unit.conn,
        {
            "title": str(eff["title"]),
            "objective": str(eff.get("objective") or ""),
            "lead_party_id": lead.id,
            "participants": ",".join(eff.get("participants", [])),
            "decision_id": decision_id,
            "start_date": _day(eff.get("start"), "start"),
            "due_date": _day(eff.get("due"), "due"),
            "links": json.dumps(list(eff.get("links", []))),
            "created_at": unit.now,
        },
    )
    for t in eff.get("tasks", []):
        store.insert_task(
            unit.conn,
            {
                "action_id": aid,
                "title": t["title"],
                "owner_party_id": _party(unit, t["owner"]).id,
                "due_date": _day(t.get("due"), "due"),
                "status": TaskStatus.NOT_STARTED.value,
                "weight": max(1, int(t.get("weight", 1))),
            },
        )
    unit.record("council.action", "joint_action", str(aid), detail={"title": eff["title"], "decision": decision_id})
    return aid


def create_action(unit: Unit, eff: Mapping[str, Any]) -> JointAction:
    """A joint action outside a plan decision (the Secretariat records one agreed elsewhere)."""
    _require_admin(unit, "creating a joint action")
    aid = _create_action(unit, _check_plan(unit, eff), decision_id=None)
    return _actions(unit, [aid])[0]


def list_actions(unit: Unit) -> list[JointAction]:
    _require_reader(unit)
    return _actions(unit)


def get_action(unit: Unit, aid: int) -> JointAction:
    _require_reader(unit)
    found = _actions(unit, [aid])
    if not found:
        raise NotFound(f"no joint action {aid}")
    return found[0]


def add_task(unit: Unit, aid: int, title: str, owner: str, *, due: str | None = None, weight: int = 1) -> JointAction:
    a = _action_row(unit, aid)
    _require_lead_or_admin(unit, a)
    if weight < 1:
        raise BadRequest("a task's weight is a positive number")
    store.insert_task(
        unit.conn,
        {
            "action_id": aid,
            "title": title.strip(),
            "owner_party_id": _party(unit, owner).id,
            "due_date": _day(due, "due"),
            "status": TaskStatus.NOT_STARTED.value,
            "weight": weight,
        },
    )
    unit.record("council.task", "joint_action", str(aid), detail={"title": title, "owner": owner})
    return get_action(unit, aid)


def _action_row(unit: Unit, aid: int) -> Any:
    a = store.action(unit.conn, aid)
    if a is None:
        raise NotFound(f"no joint action {aid}")
    return a


def _require_lead_or_admin(unit: Unit, a: Any) -> None:
    actor = unit.actor
    if actor.has(Role.ALLIANCE_ADMIN) or (actor.has(Role.DELEGATE) and actor.party_id == int(a.lead_party_id)):
        unit.require_write()
        return
    raise Forbidden("the lead party's delegates (or an alliance_admin) manage a joint action's tasks")


def report_progress(
    unit: Unit, aid: int, progress: int, text: str, *, task: int | None = None, status: str | None = None
) -> JointAction:
    """A dated progress report by a participating party (on the action or one of its tasks)."""
    actor = unit.actor
    if not (actor.has(Role.DELEGATE) or actor.has(Role.ANALYST)) or actor.party_id is None:
        raise Forbidden("progress is reported by a party's delegate or analyst")
    unit.require_write()
    a = _action_row(unit, aid)
    if not 0 <= progress <= 100:
        raise BadRequest("progress is a percentage (0 to 100)")
    party = _party_by_id(unit, actor.party_id)
    assert party is not None
    involved = {_party_by_id(unit, int(a.lead_party_id)).code, *[c for c in a.participants.split(",") if c]}  # type: ignore[union-attr]
    if task is not None:
        t = store.task(unit.conn, task)
        if t is None or int(t.action_id) != aid:
            raise NotFound(f"no task {task} in joint action {aid}")
        owner = _party_by_id(unit, int(t.owner_party_id))
        if party.code not in involved and (owner is None or owner.code != party.code):
            raise Forbidden(f"{party.code} does not take part in joint action {aid}")
        new_status = (
            _enum(TaskStatus, status, "status")
            if status
            else (TaskStatus.DONE if progress == 100 else TaskStatus.IN_PROGRESS)
        )
        store.update_task(unit.conn, task, {"status": new_status.value})
    elif party.code not in involved:
        raise Forbidden(f"{party.code} does not take part in joint action {aid}")
    if not text.strip():
        raise BadRequest("a progress report has a text")
    store.insert_report(
        unit.conn,
        {
            "action_id": aid,
            "task_id": task,
            "party_id": party.id,
            "progress": progress,
            "text": text.strip(),
            "username": actor.username,
            "at": unit.now,
        },
    )
    unit.record(
        "council.progress", "joint_action", str(aid), detail={"task": task, "progress": progress}, parties=[party.code]
    )
    return get_action(unit, aid)


# --- notifications ----------------------------------------------------------------------------------


def _member_ids(unit: Unit, day: date) -> list[int]:
    return [p.id for p in parties_store.list_parties(unit.conn) if _member_on(p, day)]


def _notify_parties(unit: Unit, party_ids: Iterable[int], role: Role, kind: str, text: str, link: str) -> None:
    users = store.users_with_role_in(unit.conn, list(party_ids), role.value)
    store.insert_notifications(
        unit.conn,
        [
            {
                "user_id": u,
                "kind": kind,
                "text": text,
                "link": link,
                "created_at": unit.now,
                "read_at": None,
                "emailed_at": None,
            }
            for u in users
        ],
    )


def notifications(unit: Unit, *, unread_only: bool = False) -> list[dict[str, Any]]:
    if unit.actor.user_id is None:
        raise Forbidden("notifications belong to a user")
    return [
        {
            "id": int(n.id),
            "kind": n.kind,
            "text": n.text,
            "link": n.link,
            "at": iso(n.created_at),
            "read": n.read_at is not None,
        }
        for n in store.notification_rows(unit.conn, unit.actor.user_id, unread_only)
    ]


def mark_read(unit: Unit, ids: Sequence[int] | None) -> int:
    if unit.actor.user_id is None:
        raise Forbidden("notifications belong to a user")
    return store.mark_read(unit.conn, unit.actor.user_id, ids, unit.now)


def set_email(unit: Unit, address: str | None) -> None:
    """The user's address for notification e-mail (sent only where SMTP is configured)."""
    if unit.actor.user_id is None:
        raise Forbidden("an e-mail address belongs to a user")
    if address is not None and ("@" not in address or len(address) > 320 or any(c.isspace() for c in address)):
        raise BadRequest(f"not an e-mail address: {address!r}")
    store.set_email(unit.conn, unit.actor.user_id, address)
    unit.record("user.email", "user", unit.actor.username, detail={"set": address is not None})


# --- calendar ---------------------------------------------------------------------------------------


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def reset_calendar(unit: Unit) -> str:
    """A new secret for the user's calendar URL (the old URL stops working); shown once."""
    if unit.actor.user_id is None:
        raise Forbidden("a calendar belongs to a user")
    token = "cal_" + secrets.token_urlsafe(32)
    store.set_calendar_token(unit.conn, unit.actor.user_id, _token_hash(token), unit.now)
    unit.record("council.calendar_reset", "user", unit.actor.username)
    return token


def calendar_owner(hub: Hub, token: str) -> Actor:
    """The user whose secret calendar URL this is (their rights judged now)."""
    from accord.errors import Unauthorized

    with hub.unit(Actor.local_admin("calendar")) as u:
        uid = store.calendar_user(u.conn, _token_hash(token))
    if uid is None:
        raise NotFound("no such calendar")
    try:
        return hub.auth.actor_for(uid, read_only=True, door="calendar")
    except Unauthorized:
        raise NotFound("no such calendar") from None


def calendar_events(unit: Unit) -> list[dict[str, Any]]:
    """Meetings and open decision deadlines, for the user's calendar."""
    _require_reader(unit)
    out: list[dict[str, Any]] = []
    names = {int(s.id): s.name for s in store.list_series(unit.conn)}
    for m in store.list_meetings(unit.conn):
        out.append(
            {
                "uid": f"meeting-{m.id}",
                "summary": f"{_ordinal(int(m.ordinal))} {names.get(int(m.series_id), '')}",
                "start": m.start_date,
                "end": m.end_date,
                "location": m.venue,
                "description": f"Status: {m.status}",
            }
        )
    for r in store.decision_rows(unit.conn, status=DecisionStatus.OPEN.value):
        if r.deadline is not None:
            out.append(
                {
                    "uid": f"decision-{r.id}-deadline",
                    "summary": f"Silence procedure ends: {r.title}",
                    "start": r.deadline,
                    "end": r.deadline,
                    "location": "",
                    "description": f"Decision {r.id}: adopted at this time unless a member state objects.",
                }
            )
    return out


# --- minutes ----------------------------------------------------------------------------------------


def circulation(unit: Unit, mid: int, days: int) -> dict[str, Any]:
    """The draft circulation deadline (``days`` before the meeting) and the drafts
    the caller sees that went out later."""
    m = _meeting_row(unit, mid)
    deadline = m.start_date - timedelta(days=days)
    late = [
        {"document": d["id"], "title": d["title"], "circulated": d["circulated"]}
        for d in list_documents(unit, mid, days)
        if d["late"]
    ]
    return {"deadline": deadline.isoformat(), "days_before": days, "late": late}


# --- documents --------------------------------------------------------------------------------------

CLASSIFICATIONS = ("unclassified", "restricted", "confidential", "secret")
DOCUMENT_KINDS = ("draft", "report", "statement", "minutes", "communique", "other")


def _document_stix(unit: Unit, doc: Any, lang: str, text: str, version: int, party: Party) -> dict[str, Any]:
    from accord.register.service import stix_id  # the same id scheme: UUIDv5 of the alliance and a key

    alliance = parties_store.get_alliance(unit.conn)
    assert alliance is not None
    sid = stix_id(alliance.uuid, f"council-document:{doc.id}:{lang}").replace("identity--", "report--")
    now = unit.now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return {
        "type": "report",
        "spec_version": "2.1",
        "id": sid,
        "created": doc.created_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "modified": now,
        "created_by_ref": party.identity_id,
        "name": doc.title,
        "published": now,
        "report_types": ["meeting-document"],
        "object_refs": [party.identity_id],
        "description": text,
        "lang": lang,
        "labels": [doc.classification, doc.kind, f"version-{version}"],
    }


def add_document(
    unit: Unit,
    mid: int,
    title: str,
    lang: str,
    text: str,
    *,
    kind: str = "draft",
    classification: str = "restricted",
    scope: str = "alliance",
    agenda_item: int | None = None,
    days: int | None = None,
) -> dict[str, Any]:
    """A meeting document in one language; its distribution is a sharing scope. A
    draft sent later than ``days`` before the meeting comes back with a warning."""
    from accord.intel import service as intel

    a = unit.actor
    if not (a.has(Role.DELEGATE) or a.has(Role.ANALYST) or a.has(Role.ALLIANCE_ADMIN)) or a.party_id is None:
        raise Forbidden("meeting documents are added by a party's delegate, analyst or the Secretariat")
    unit.require_write()
    _meeting_row(unit, mid)
    if kind not in DOCUMENT_KINDS:
        raise BadRequest(f"kind is one of {', '.join(DOCUMENT_KINDS)}")
    if classification not in CLASSIFICATIONS:
        raise BadRequest(f"classification is one of {', '.join(CLASSIFICATIONS)}")
    if not title.strip() or not text.strip():
        raise BadRequest("a document has a title and a text")
    if agenda_item is not None:
        it = store.item(unit.conn, agenda_item)
        if it is None or int(it.meeting_id) != mid:
            raise NotFound(f"no agenda item {agenda_item} in meeting {mid}")
    col = intel.resolve_scope(unit, scope)
    if col.scope is None:
        raise Forbidden("a document is distributed in a scope, not 'everything'")
    did = store.insert_document(
        unit.conn,
        {
            "meeting_id": mid,
            "agenda_item_id": agenda_item,
            "title": title.strip(),
            "kind": kind,
            "classification": classification,
            "scope": col.scope,
            "party_id": a.party_id,
            "created_at": unit.now,
        },
    )
    _add_version(unit, did, lang, text, version=1)
    unit.record("council.document", "document", str(did), detail={"meeting": mid, "title": title, "scope": col.scope})
    out: dict[str, Any] = {"id": did, "title": title.strip(), "scope": col.scope}
    if kind == "draft" and days is not None:
        deadline = _meeting_row(unit, mid).start_date - timedelta(days=days)
        if unit.now.date() > deadline:
            out["warning"] = (
                f"circulated after the deadline: drafts go out at least {days} days before the meeting "
                f"(by {deadline.isoformat()})"
            )
    return out


def _check_lang(unit: Unit, lang: str) -> str:
    """Documents are in the alliance's official languages and English."""
    alliance = parties_store.get_alliance(unit.conn)
    allowed = list(dict.fromkeys([*(alliance.official_languages if alliance else ()), "en"]))
    tag = lang.strip().lower()
    if tag not in allowed:
        raise BadRequest(f"language {lang!r} is not one of the alliance's ({', '.join(allowed)})")
    return tag


def _add_version(unit: Unit, did: int, lang: str, text: str, *, version: int) -> None:
    from accord.intel import service as intel
    from accord.intel import store as intel_store

    doc = store.document(unit.conn, did)
    assert doc is not None
    party = _party_by_id(unit, int(doc.party_id))
    assert party is not None
    tag = _check_lang(unit, lang)
    obj = _document_stix(unit, doc, tag, text, version, party)
    # STIX versions of one object must strictly increase, even within one clock tick.
    previous = [int(r.version_us) for r in intel_store.version_keys(unit.conn, [obj["id"]])]
    if previous and intel.parse_stix_time(obj["modified"]) <= max(previous):
        bumped = datetime.fromtimestamp(0, UTC) + timedelta(microseconds=max(previous) + 1)
        obj["modified"] = bumped.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    pk = intel.store_version(unit, obj, doc.scope, int(doc.party_id))
    store.insert_document_version(
        unit.conn,
        {
            "document_id": did,
            "version": version,
            "lang": tag,
            "version_pk": pk,
            "username": unit.actor.username,
            "created_at": unit.now,
        },
    )


def add_document_version(unit: Unit, did: int, lang: str, text: str, *, new_revision: bool = False) -> dict[str, Any]:
    """Another language of the current revision, or (``new_revision``) a new revision."""
    doc = store.document(unit.conn, did)
    if doc is None or not _sees_document(unit, did):
        raise NotFound(f"no document {did}")
    if unit.actor.party_id != int(doc.party_id) and not unit.actor.has(Role.ALLIANCE_ADMIN):
        raise Forbidden("only the originating party (or the Secretariat) revises a document")
    unit.require_write()
    if not text.strip():
        raise BadRequest("a document version has a text")
    current = max((int(v.version) for v in store.document_versions(unit.conn, did)), default=0)
    version = current + 1 if new_revision else current
    if not new_revision and any(
        v.lang == lang and int(v.version) == current for v in store.document_versions(unit.conn, did)
    ):
        raise Conflict(f"document {did} revision {current} already has a {lang} text: send a new revision")
    _add_version(unit, did, lang, text, version=version)
    unit.record("council.document_version", "document", str(did), detail={"version": version, "lang": lang})
    return {"id": did, "version": version, "lang": lang}


def _sees_document(unit: Unit, did: int) -> bool:
    from accord.intel import service as intel

    return bool(store.visible_document_versions(unit.conn, intel.audience(unit), did))


def list_documents(unit: Unit, mid: int, days: int) -> list[dict[str, Any]]:
    """The meeting's documents the caller may see (the access predicate decides), with their
    versions and languages; drafts circulated less than ``days`` before the meeting are flagged."""
    from accord.intel import service as intel

    _require_reader(unit)
    m = _meeting_row(unit, mid)
    aud = intel.audience(unit)
    deadline = m.start_date - timedelta(days=days)
    out = []
    for d in store.document_rows(unit.conn, mid):
        versions = store.visible_document_versions(unit.conn, aud, int(d.id))
        if not versions:
            continue
        circulated = min(v.created_at for v in versions).date()
        out.append(
            {
                "id": int(d.id),
                "title": d.title,
                "kind": d.kind,
                "classification": d.classification,
                "scope": d.scope,
                "agenda_item": d.agenda_item_id,
                "circulated": circulated.isoformat(),
                "late": d.kind == "draft" and circulated > deadline,
                "versions": [
                    {"version": int(v.version), "lang": v.lang, "by": v.username, "at": iso(v.created_at)}
                    for v in versions
                ],
            }
        )
    return out


def document_text(unit: Unit, did: int, lang: str | None = None, version: int | None = None) -> dict[str, Any]:
    from accord.intel import service as intel

    _require_reader(unit)
    versions = store.visible_document_versions(unit.conn, intel.audience(unit), did, with_body=True)
    if not versions:
        raise NotFound(f"no document {did}")
    top = version if version is not None else max(int(v.version) for v in versions)
    chosen = [v for v in versions if int(v.version) == top and (lang is None or v.lang == lang)]
    if not chosen:
        raise NotFound(f"document {did} has no {lang or ''} text in revision {top}".replace("  ", " "))
    v = chosen[0]
    body = json.loads(v.body)
    return {"id": did, "version": top, "lang": v.lang, "title": body["name"], "text": body["description"]}


def to_mapping_decision(unit: Unit, d: Decision) -> dict[str, Any]:
    tz = ZoneInfo(_tz(unit))
    return {
        "id": d.id,
        "meeting_id": d.meeting_id,
        "agenda_item": d.agenda_item_id,
        "number": d.number,
        "title": d.title,
        "kind": d.kind.value,
        "procedure": d.procedure.value,
        "status": d.status.value,
        "sponsor": d.sponsor,
        "texts": d.texts,
        "deadline": iso(d.deadline),
        "deadline_local": d.deadline.astimezone(tz).isoformat() if d.deadline else None,
        "concerned_party": d.concerned_party,
        "effect": d.effect,
        "decided_at": iso(d.decided_at),
        "positions": [
            {"party": p.party_code, "position": p.kind.value, "text": p.text, "at": iso(p.at), "by": p.by}
            for p in d.positions
        ],
        "standing_objections": sorted(standing_objections(d.positions)),  # the positions are already read
    }


def send_email(hub: Hub) -> int:
    """Send notification e-mail to users who gave an address, where SMTP is configured.
    A notification is marked sent only after the server accepted it."""
    import smtplib
    from email.message import EmailMessage

    host = hub.settings.smtp_host
    if not host:
        return 0
    sent = 0
    with hub.unit(Actor.local_admin("mailer")) as u:
        pending = store.unsent_emails(u.conn)
    if not pending:
        return 0
    with smtplib.SMTP(host, hub.settings.smtp_port, timeout=30) as smtp:
        for n in pending:
            msg = EmailMessage()
            msg["From"] = hub.settings.smtp_sender
            msg["To"] = n.address
            msg["Subject"] = f"[Accord] {n.text[:120]}"
            msg.set_content(f"{n.text}\n\n{n.link}\n")
            smtp.send_message(msg)
            with hub.unit(Actor.local_admin("mailer"), write=True) as u:
                store.mark_emailed(u.conn, int(n.id), u.now)
            sent += 1
    return sent


def scheduler_step(hub: Hub) -> None:
    """One turn of the server's council scheduler."""
    run_due(hub)
    send_email(hub)
