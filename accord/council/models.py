"""Value objects of the council: meetings, delegations, agenda, decisions, joint actions.

The service builds these from the database; outputs (minutes, communiqué,
iCalendar) are rendered from them without touching the database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    IN_SESSION = "in_session"
    CLOSED = "closed"


class MeetingFormat(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"
    HYBRID = "hybrid"


class Standing(StrEnum):
    """A delegation's standing at a meeting, from its party's status on the meeting date."""

    MEMBER = "member"
    OBSERVER = "observer"
    DIALOGUE_PARTNER = "dialogue_partner"
    BODY = "body"
    GUEST = "guest"


class ParticipantRole(StrEnum):
    HEAD = "head"
    DEPUTY = "deputy"
    MEMBER = "member"
    EXPERT = "expert"


class DecisionKind(StrEnum):
    GENERAL = "general"
    COMMUNIQUE = "communique"
    JOINT_LISTING = "joint_listing"
    JOINT_DELISTING = "joint_delisting"
    ADMISSION = "admission"
    SUSPENSION = "suspension"
    ACTION_PLAN = "action_plan"


class Procedure(StrEnum):
    IN_SESSION = "in_session"
    SILENCE = "silence"


class DecisionStatus(StrEnum):
    OPEN = "open"  # positions may be recorded
    ADOPTED = "adopted"
    NOT_ADOPTED = "not_adopted"


class PositionKind(StrEnum):
    OBJECTION = "objection"
    RESERVATION = "reservation"
    WITHDRAWAL = "withdrawal"  # withdraws the party's standing objection
    STATEMENT = "statement"  # observers, guests and bodies; never blocks


class TaskStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Participant:
    name: str
    title: str
    role: ParticipantRole
    attended: bool | None  # None: not recorded


@dataclass(frozen=True)
class Delegation:
    party_code: str | None  # None for an invited guest
    name: str  # the party's name, or the guest's
    standing: Standing
    participants: tuple[Participant, ...] = ()


@dataclass(frozen=True)
class AgendaItem:
    id: int
    number: str  # "1", "1.2"
    title: str
    carried_over_from: str | None = None  # "12th meeting, item 3"
    children: tuple[AgendaItem, ...] = ()


@dataclass(frozen=True)
class PositionRecord:
    party_code: str
    kind: PositionKind
    text: str
    at: datetime
    by: str


def standing_objections(positions: Iterable[PositionRecord], until: datetime | None = None) -> list[str]:
    """The parties whose objection stands: a party's objection stands until it withdraws it
    (positions after ``until`` do not count). In the order the parties first objected.
    The one definition: the service decides consensus with it and the minutes report it."""
    standing: dict[str, bool] = {}
    for p in sorted(positions, key=lambda p: p.at):
        if until is not None and p.at > until:
            continue
        if p.kind is PositionKind.OBJECTION:
            standing[p.party_code] = True
        elif p.kind is PositionKind.WITHDRAWAL:
            standing[p.party_code] = False
    return [code for code, stands in standing.items() if stands]


@dataclass(frozen=True)
class Decision:
    id: int
    meeting_id: int
    agenda_item_id: int | None
    number: str | None  # given at adoption: "<series>-<ordinal>/<n>"
    title: str
    kind: DecisionKind
    procedure: Procedure
    status: DecisionStatus
    sponsor: str | None  # party code
    texts: dict[str, str]  # language tag -> text
    deadline: datetime | None  # UTC, silence procedure
    concerned_party: str | None  # admission/suspension: the party; consensus minus it for a suspension
    effect: dict[str, str]  # kind-specific: entry_id, status, action title...
    positions: tuple[PositionRecord, ...] = ()
    decided_at: datetime | None = None

    @property
    def reservations(self) -> tuple[PositionRecord, ...]:
        return tuple(p for p in self.positions if p.kind is PositionKind.RESERVATION)


@dataclass(frozen=True)
class Task:
    id: int
    title: str
    owner: str  # party code
    due: date | None
    status: TaskStatus
    weight: float
    progress: float  # 0..100, from the last report on the task


@dataclass(frozen=True)
class ProgressReport:
    at: datetime
    party_code: str
    progress: float
    text: str
    task_id: int | None


@dataclass(frozen=True)
class JointAction:
    id: int
    title: str
    objective: str
    lead: str  # party code
    participants: tuple[str, ...]
    start: date | None
    due: date | None
    decision_number: str | None
    tasks: tuple[Task, ...] = ()
    reports: tuple[ProgressReport, ...] = ()
    links: tuple[str, ...] = ()  # STIX ids and register entry ids

    @property
    def progress(self) -> float:
        """Progress rolled up by task weight (the action's own last report when it has no tasks)."""
        weights = sum(t.weight for t in self.tasks if t.status is not TaskStatus.CANCELLED)
        if weights > 0:
            done = sum(
                t.weight * (100.0 if t.status is TaskStatus.DONE else t.progress)
                for t in self.tasks
                if t.status is not TaskStatus.CANCELLED
            )
            return round(done / weights, 1)
        own = [r for r in self.reports if r.task_id is None]
        return own[-1].progress if own else 0.0


@dataclass(frozen=True)
class Meeting:
    id: int
    series_name: str
    series_slug: str
    ordinal: int
    title: str  # "13th Meeting of Security Council Secretaries"
    presidency: str | None  # party code
    host: str | None  # party code
    chair: str | None  # person name
    chair_title: str | None
    venue: str
    format: MeetingFormat
    start: date
    end: date
    status: MeetingStatus
    timezone: str  # the alliance's, for display
    prepares: str | None = None  # the event this meeting prepares ("Qingdao summit", or a linked meeting)
    delegations: tuple[Delegation, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    decisions: tuple[Decision, ...] = ()
    actions: tuple[JointAction, ...] = ()
    side_meetings: tuple[str, ...] = ()
    languages: tuple[str, ...] = field(default=("zh", "ru", "en"))
