"""SQL of the council."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, exists, func, insert, select, update
from sqlalchemy.sql.elements import ColumnElement

from accord.access.predicate import Audience, visible
from accord.db.schema import (
    action_tasks,
    agenda_items,
    calendar_feeds,
    council_document_versions,
    council_documents,
    decisions,
    delegations,
    joint_actions,
    meeting_series,
    meetings,
    notifications,
    participants,
    parties,
    people,
    positions,
    progress_reports,
    side_meetings,
    stix_versions,
    user_emails,
    users,
    visibility,
)


def _insert(conn: Connection, table: Any, values: dict[str, Any]) -> int:
    pk = table.primary_key.columns.values()[0]
    return int(conn.execute(insert(table).values(**values).returning(pk)).scalar_one())


def _one(conn: Connection, table: Any, cond: ColumnElement[bool]) -> Any | None:
    return conn.execute(select(table).where(cond)).first()


# --- series and meetings ----------------------------------------------------------------------------


def insert_series(conn: Connection, values: dict[str, Any]) -> int:
    return _insert(conn, meeting_series, values)


def series_by_slug(conn: Connection, slug: str) -> Any | None:
    return _one(conn, meeting_series, meeting_series.c.slug == slug)


def series_by_id(conn: Connection, sid: int) -> Any | None:
    return _one(conn, meeting_series, meeting_series.c.id == sid)


def list_series(conn: Connection) -> list[Any]:
    return list(conn.execute(select(meeting_series).order_by(meeting_series.c.id)).all())


def insert_meeting(conn: Connection, values: dict[str, Any]) -> int:
    return _insert(conn, meetings, values)


def meeting(conn: Connection, mid: int) -> Any | None:
    return _one(conn, meetings, meetings.c.id == mid)


def update_meeting(conn: Connection, mid: int, values: dict[str, Any]) -> None:
    conn.execute(update(meetings).where(meetings.c.id == mid).values(**values))


def list_meetings(conn: Connection, series_id: int | None = None) -> list[Any]:
    q = select(meetings).order_by(meetings.c.start_date, meetings.c.id)
    if series_id is not None:
        q = q.where(meetings.c.series_id == series_id)
    return list(conn.execute(q).all())


def previous_meeting(conn: Connection, series_id: int, ordinal: int) -> Any | None:
    return conn.execute(
        select(meetings)
        .where(meetings.c.series_id == series_id, meetings.c.ordinal < ordinal)
        .order_by(meetings.c.ordinal.desc())
        .limit(1)
    ).first()


def next_ordinal(conn: Connection, series_id: int) -> int:
    last = conn.execute(select(func.max(meetings.c.ordinal)).where(meetings.c.series_id == series_id)).scalar()
    return int(last or 0) + 1


def person(conn: Connection, pid: int) -> Any | None:
    return _one(conn, people, people.c.id == pid)


def person_by_name(conn: Connection, name: str) -> Any | None:
    return conn.execute(select(people).where(func.lower(people.c.name) == name.strip().lower()).limit(1)).first()


# --- delegations ------------------------------------------------------------------------------------


def insert_delegation(conn: Connection, values: dict[str, Any]) -> int:
    return _insert(conn, delegations, values)


def delegation_of(conn: Connection, mid: int, party_id: int | None, guest_name: str = "") -> Any | None:
    cond = delegations.c.party_id == party_id if party_id is not None else delegations.c.guest_name == guest_name
    return conn.execute(select(delegations).where(delegations.c.meeting_id == mid, cond)).first()


def delegation_rows(conn: Connection, mid: int) -> list[Any]:
    q = (
        select(delegations, parties.c.code, parties.c.name)
        .select_from(delegations.outerjoin(parties, parties.c.id == delegations.c.party_id))
        .where(delegations.c.meeting_id == mid)
        .order_by(delegations.c.id)
    )
    return list(conn.execute(q).all())


def insert_participant(conn: Connection, values: dict[str, Any]) -> int:
    return _insert(conn, participants, values)


def participant(conn: Connection, pid: int) -> Any | None:
    return _one(conn, participants, participants.c.id == pid)


def set_attendance(conn: Connection, pid: int, attended: bool | None) -> None:
    conn.execute(update(participants).where(participants.c.id == pid).values(attended=attended))


def participant_rows(conn: Connection, delegation_ids: Sequence[int]) -> list[Any]:
    return list(
        conn.execute(
            select(participants)
            .where(participants.c.delegation_id.in_(list(delegation_ids)))
            .order_by(participants.c.id)
        ).all()
    )


def insert_side_meeting(conn: Connection, values: dict[str, Any]) -> int:
    return _insert(conn, side_meetings, values)


def side_meeting_rows(conn: Connection, mid: int) -> list[Any]:
    return list(
        conn.execute(
            select(side_meetings)
            .where(side_meetings.c.meeting_id == mid)
            .order_by(side_meetings.c.day, side_meetings.c.id)
        ).all()
    )


# --- agenda -----------------------------------------------------------------------------------------


def insert_item(conn: Connection, values: dict[str, Any]) -> int:
    return _insert(conn, agenda_items, values)


def item(conn: Connection, iid: int) -> Any | None:
    return _one(conn, agenda_items, agenda_items.c.id == iid)


def item_rows(conn: Connection, mid: int) -> list[Any]:
    return list(
        conn.execute(
            select(agenda_items)
            .where(agenda_items.c.meeting_id == mid)
            .order_by(agenda_items.c.position, agenda_items.c.id)
        ).all()
    )


def next_position(conn: Connection, mid: int, parent_id: int | None) -> int:
    cond = agenda_items.c.parent_id.is_(None) if parent_id is None else agenda_items.c.parent_id == parent_id
    last = conn.execute(
        select(func.max(agenda_items.c.position)).where(agenda_items.c.meeting_id == mid, cond)
    ).scalar()
    return int(last or 0) + 1


# --- documents ----------------------------------------------------------------------------------------


def insert_document(conn: Connection, values: dict[str, Any]) -> int:
    return _insert(conn, council_documents, values)


def document(conn: Connection, did: int) -> Any | None:
    return _one(conn, council_documents, council_documents.c.id == did)


def document_rows(conn: Connection, mid: int) -> list[Any]:
    return list(
        conn.execute(
            select(council_documents).where(council_documents.c.meeting_id == mid).order_by(council_documents.c.id)
        ).all()
    )


def insert_document_version(conn: Connection, values: dict[str, Any]) -> int:
    return _insert(conn, council_document_versions, values)


def visible_document_versions(conn: Connection, aud: Audience, did: int, *, with_body: bool = False) -> list[Any]:
    """A document's versions the audience sees: each is a STIX version read through the access predicate."""
    v = council_document_versions
    vis = visibility.alias("dv")
    cols = [v, stix_versions.c.body] if with_body else [v]
    q = (
        select(*cols)
        .join(stix_versions, stix_versions.c.pk == v.c.version_pk)
        .where(v.c.document_id == did, exists().where(vis.c.version_pk == v.c.version_pk, visible(aud, vis)))
        .order_by(v.c.version, v.c.id)
    )
    return list(conn.execute(q).all())


def document_versions(conn: Connection, did: int) -> list[Any]:
    v = council_document_versions
    return list(conn.execute(select(v).where(v.c.document_id == did).order_by(v.c.version, v.c.id)).all())


# --- decisions ----------------------------------------------------------------------------------------


def insert_decision(conn: Connection, values: dict[str, Any]) -> int:
    return _insert(conn, decisions, values)


def decision(conn: Connection, did: int) -> Any | None:
    return _one(conn, decisions, decisions.c.id == did)


def decision_to_conclude(conn: Connection, did: int) -> Any | None:
    """The decision, locked for this transaction; None when another worker holds it
    (PostgreSQL: SKIP LOCKED; SQLite serialises writers with BEGIN IMMEDIATE instead)."""
    return conn.execute(select(decisions).where(decisions.c.id == did).with_for_update(skip_locked=True)).first()


def decision_rows(conn: Connection, mid: int | None = None, status: str | None = None) -> list[Any]:
    q = select(decisions).order_by(decisions.c.id)
    if mid is not None:
        q = q.where(decisions.c.meeting_id == mid)
    if status is not None:
        q = q.where(decisions.c.status == status)
    return list(conn.execute(q).all())


def update_decision(conn: Connection, did: int, values: dict[str, Any], *, only_if_status: str | None = None) -> int:
    q = update(decisions).where(decisions.c.id == did)
    if only_if_status is not None:
        q = q.where(decisions.c.status == only_if_status)
    return int(conn.execute(q.values(**values)).rowcount)


def due_silence(conn: Connection, now: datetime) -> list[int]:
    return [
        int(r.id)
        for r in conn.execute(
            select(decisions.c.id)
            .where(decisions.c.status == "open", decisions.c.procedure == "silence", decisions.c.deadline <= now)
            .order_by(decisions.c.deadline, decisions.c.id)
        )
    ]


def approaching_silence(conn: Connection, now: datetime, until: datetime) -> list[Any]:
    return list(
        conn.execute(
            select(decisions).where(
                decisions.c.status == "open",
                decisions.c.procedure == "silence",
                decisions.c.deadline > now,
                decisions.c.deadline <= until,
                decisions.c.reminded.is_(False),
            )
        ).all()
    )


def lock_meeting(conn: Connection, mid: int) -> None:
    """Serialise the numbering of a meeting's decisions (PostgreSQL row lock; SQLite has one writer)."""
    conn.execute(select(meetings.c.id).where(meetings.c.id == mid).with_for_update())


def adopted_count(conn: Connection, mid: int) -> int:
    return int(
        conn.execute(
            select(func.count())
            .select_from(decisions)
            .where(decisions.c.meeting_id == mid, decisions.c.number.is_not(None))
        ).scalar_one()
    )


def insert_position(conn: Connection, values: dict[str, Any]) -> int:
    return _insert(conn, positions, values)


def position_rows(conn: Connection, decision_ids: Sequence[int]) -> list[Any]:
    q = (
        select(positions, parties.c.code)
        .join(parties, parties.c.id == positions.c.party_id)
        .where(positions.c.decision_id.in_(list(decision_ids)))
        .order_by(positions.c.at, positions.c.id)
    )
    return list(conn.execute(q).all())


# --- joint actions ------------------------------------------------------------------------------------


def insert_action(conn: Connection, values: dict[str, Any]) -> int:
    return _insert(conn, joint_actions, values)


def action(conn: Connection, aid: int) -> Any | None:
    return _one(conn, joint_actions, joint_actions.c.id == aid)


def action_rows(conn: Connection) -> list[Any]:
    return list(conn.execute(select(joint_actions).order_by(joint_actions.c.id)).all())


def insert_task(conn: Connection, values: dict[str, Any]) -> int:
    return _insert(conn, action_tasks, values)


def task(conn: Connection, tid: int) -> Any | None:
    return _one(conn, action_tasks, action_tasks.c.id == tid)


def update_task(conn: Connection, tid: int, values: dict[str, Any]) -> None:
    conn.execute(update(action_tasks).where(action_tasks.c.id == tid).values(**values))


def task_rows(conn: Connection, action_ids: Sequence[int]) -> list[Any]:
    return list(
        conn.execute(
            select(action_tasks).where(action_tasks.c.action_id.in_(list(action_ids))).order_by(action_tasks.c.id)
        ).all()
    )


def insert_report(conn: Connection, values: dict[str, Any]) -> int:
    return _insert(conn, progress_reports, values)


def report_rows(conn: Connection, action_ids: Sequence[int]) -> list[Any]:
    q = (
        select(progress_reports, parties.c.code)
        .join(parties, parties.c.id == progress_reports.c.party_id)
        .where(progress_reports.c.action_id.in_(list(action_ids)))
        .order_by(progress_reports.c.at, progress_reports.c.id)
    )
    return list(conn.execute(q).all())


# --- notifications, calendar, e-mail ------------------------------------------------------------------------


def insert_notifications(conn: Connection, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(notifications), rows)


def notification_rows(conn: Connection, user_id: int, unread_only: bool) -> list[Any]:
    q = select(notifications).where(notifications.c.user_id == user_id).order_by(notifications.c.id.desc())
    if unread_only:
        q = q.where(notifications.c.read_at.is_(None))
    return list(conn.execute(q.limit(500)).all())


def mark_read(conn: Connection, user_id: int, ids: Sequence[int] | None, now: datetime) -> int:
    q = update(notifications).where(notifications.c.user_id == user_id, notifications.c.read_at.is_(None))
    if ids is not None:
        q = q.where(notifications.c.id.in_(list(ids)))
    return int(conn.execute(q.values(read_at=now)).rowcount)


def unsent_emails(conn: Connection, limit: int = 200) -> list[Any]:
    q = (
        select(notifications, user_emails.c.address)
        .join(user_emails, user_emails.c.user_id == notifications.c.user_id)
        .where(notifications.c.emailed_at.is_(None))
        .order_by(notifications.c.id)
        .limit(limit)
    )
    return list(conn.execute(q).all())


def mark_emailed(conn: Connection, nid: int, now: datetime) -> None:
    conn.execute(update(notifications).where(notifications.c.id == nid).values(emailed_at=now))


def users_with_role_in(conn: Connection, party_ids: Sequence[int], role: str) -> list[int]:
    rows = conn.execute(
        select(users.c.id, users.c.roles).where(users.c.party_id.in_(list(party_ids)), users.c.disabled.is_(False))
    )
    return [int(r.id) for r in rows if role in r.roles.split(",")]


def set_email(conn: Connection, user_id: int, address: str | None) -> None:
    conn.execute(user_emails.delete().where(user_emails.c.user_id == user_id))
    if address:
        conn.execute(insert(user_emails).values(user_id=user_id, address=address))


def set_calendar_token(conn: Connection, user_id: int, token_hash: str, now: datetime) -> None:
    conn.execute(calendar_feeds.delete().where(calendar_feeds.c.user_id == user_id))
    conn.execute(insert(calendar_feeds).values(user_id=user_id, token_hash=token_hash, created_at=now))


def calendar_user(conn: Connection, token_hash: str) -> int | None:
    r = conn.execute(select(calendar_feeds.c.user_id).where(calendar_feeds.c.token_hash == token_hash)).first()
    return int(r.user_id) if r else None


def json_load(text: str) -> Any:
    return json.loads(text) if text else None


def as_date(v: Any) -> date | None:
    return v if isinstance(v, date) or v is None else date.fromisoformat(str(v))
