"""SQL of the register. Every read of entries goes through ``accord.access.predicate``:
an entry is visible when its current revision (a STIX version) is."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, exists, func, insert, or_, select, update
from sqlalchemy.sql.elements import ColumnElement

from accord.access.predicate import Audience, visible
from accord.db.schema import (
    parties,
    register_changes,
    register_entries,
    register_history,
    register_names,
    screen_jobs,
    screen_reviews,
    stix_versions,
    visibility,
    watch_hits,
    watch_subjects,
)
from accord.register.models import Name

E = register_entries


def visible_entry(aud: Audience) -> ColumnElement[bool]:
    """SQL: the entry's current revision is visible to the audience (the one access predicate)."""
    v = visibility.alias("rv")
    return exists().where(v.c.version_pk == E.c.version_pk, visible(aud, v))


def _entry_select() -> Any:
    return select(E, parties.c.code.label("party_code"), stix_versions.c.body).select_from(
        E.join(stix_versions, stix_versions.c.pk == E.c.version_pk).outerjoin(parties, parties.c.id == E.c.party_id)
    )


def get_entry(conn: Connection, aud: Audience, entry_id: str) -> Any | None:
    return conn.execute(_entry_select().where(E.c.entry_id == entry_id, visible_entry(aud))).first()


def get_entry_for_update(conn: Connection, entry_id: str) -> Any | None:
    """The entry whatever the caller sees (write rules are checked by the service)."""
    return conn.execute(_entry_select().where(E.c.entry_id == entry_id)).first()


def find_by_source(conn: Connection, party_id: int | None, source_id: str) -> Any | None:
    cond = E.c.party_id.is_(None) if party_id is None else E.c.party_id == party_id
    return conn.execute(_entry_select().where(E.c.source_id == source_id, cond)).first()


def list_entries(
    conn: Connection,
    aud: Audience,
    *,
    statuses: Sequence[str] = (),
    tier: str | None = None,
    party_id: int | None = None,
    category: str | None = None,
    text: str | None = None,
    after_pk: int = 0,
    limit: int = 100,
) -> list[Any]:
    q = _entry_select().where(visible_entry(aud), E.c.pk > after_pk)
    if statuses:
        q = q.where(E.c.status.in_(list(statuses)))
    if tier:
        q = q.where(E.c.tier == tier)
    if party_id is not None:
        q = q.where(E.c.party_id == party_id)
    if category:
        q = q.where(E.c.category == category)
    if text:
        like = f"%{text.casefold()}%"
        q = q.where(
            or_(
                func.lower(E.c.primary_name).like(like),
                E.c.reference == text,
                exists().where(register_names.c.entry_pk == E.c.pk, func.lower(register_names.c.value).like(like)),
            )
        )
    return list(conn.execute(q.order_by(E.c.pk).limit(limit)).all())


def insert_entry(conn: Connection, values: dict[str, Any]) -> int:
    return int(conn.execute(insert(E).values(**values).returning(E.c.pk)).scalar_one())


def update_entry(conn: Connection, pk: int, values: dict[str, Any]) -> None:
    conn.execute(update(E).where(E.c.pk == pk).values(**values))


def replace_names(conn: Connection, entry_pk: int, names: Sequence[Name]) -> None:
    conn.execute(delete(register_names).where(register_names.c.entry_pk == entry_pk))
    conn.execute(
        insert(register_names),
        [{"entry_pk": entry_pk, "value": n.value, "kind": n.kind.value, "script": n.script} for n in names],
    )


def add_history(
    conn: Connection,
    entry_pk: int,
    revision: int,
    at: datetime,
    username: str,
    party_code: str | None,
    action: str,
    reason: str,
    changes: dict[str, Any],
) -> None:
    conn.execute(
        insert(register_history).values(
            entry_pk=entry_pk,
            revision=revision,
            at=at,
            username=username,
            party_code=party_code,
            action=action,
            reason=reason,
            changes=json.dumps(changes, ensure_ascii=False, sort_keys=True),
        )
    )
    conn.execute(insert(register_changes).values(entry_pk=entry_pk))


def history(conn: Connection, entry_pk: int) -> list[Any]:
    h = register_history
    return list(conn.execute(select(h).where(h.c.entry_pk == entry_pk).order_by(h.c.revision, h.c.pk)).all())


# --- the change feed, for the screening index ----------------------------------------------------------


def last_change(conn: Connection) -> int:
    return int(conn.execute(select(func.coalesce(func.max(register_changes.c.seq), 0))).scalar_one())


def changed_since(conn: Connection, seq: int) -> tuple[int, set[int]]:
    rows = conn.execute(
        select(register_changes.c.seq, register_changes.c.entry_pk).where(register_changes.c.seq > seq)
    ).all()
    return (max((int(r.seq) for r in rows), default=seq), {int(r.entry_pk) for r in rows})


def index_rows(conn: Connection, entry_pks: Iterable[int] | None, in_force: Sequence[str]) -> dict[int, Any]:
    """(schema, status, names) of entries, all of them when ``entry_pks`` is None."""
    q = select(E.c.pk, E.c.schema, E.c.status)
    if entry_pks is not None:
        q = q.where(E.c.pk.in_(list(entry_pks)))
    out: dict[int, Any] = {}
    for r in conn.execute(q):
        out[int(r.pk)] = [r.schema, r.status, []]
    nq = select(register_names.c.entry_pk, register_names.c.value).order_by(register_names.c.pk)
    if entry_pks is not None:
        nq = nq.where(register_names.c.entry_pk.in_(list(out)))
    for n in conn.execute(nq):
        if int(n.entry_pk) in out:
            out[int(n.entry_pk)][2].append(n.value)
    return out


def screening_subjects(
    conn: Connection, aud: Audience, entry_pks: Sequence[int], in_force: Sequence[str]
) -> list[Any]:
    """(pk, revision, schema, screening_subject) of the candidates the caller may see: what
    comparing them needs, from the entries' own rows (no STIX body, no party)."""
    if not entry_pks:
        return []
    q = select(E.c.pk, E.c.revision, E.c.schema, E.c.screening_subject).where(
        E.c.pk.in_(list(entry_pks)), E.c.status.in_(list(in_force)), visible_entry(aud)
    )
    return list(conn.execute(q).all())


def visible_in_force(conn: Connection, aud: Audience, entry_pks: Sequence[int], in_force: Sequence[str]) -> list[Any]:
    """The candidates the caller may see, with their current content."""
    if not entry_pks:
        return []
    q = _entry_select().where(E.c.pk.in_(list(entry_pks)), E.c.status.in_(list(in_force)), visible_entry(aud))
    return list(conn.execute(q).all())


# --- reviews -------------------------------------------------------------------------------------------


def reviews_for(
    conn: Connection, party_id: int, subject_keys: Sequence[str], entry_pks: Sequence[int]
) -> dict[tuple[str, int], Any]:
    """The party's reviews of these subjects against these entries, by (subject key, entry): one
    query for a whole batch chunk."""
    if not subject_keys or not entry_pks:
        return {}
    r = screen_reviews
    rows = conn.execute(
        select(r)
        .where(
            r.c.party_id == party_id,
            r.c.subject_key.in_(list(dict.fromkeys(subject_keys))),
            r.c.entry_pk.in_(list(entry_pks)),
        )
        .order_by(r.c.pk)
    ).all()
    return {(row.subject_key, int(row.entry_pk)): row for row in rows}  # the latest review of each pair wins


def insert_review(conn: Connection, values: dict[str, Any]) -> int:
    return int(conn.execute(insert(screen_reviews).values(**values).returning(screen_reviews.c.pk)).scalar_one())


# --- watch list ----------------------------------------------------------------------------------------


def insert_watch(conn: Connection, values: dict[str, Any]) -> int:
    return int(conn.execute(insert(watch_subjects).values(**values).returning(watch_subjects.c.pk)).scalar_one())


def watch_rows(conn: Connection, party_id: int | None, *, active_only: bool = True) -> list[Any]:
    w = watch_subjects
    q = select(w, parties.c.code.label("party_code")).join(parties, parties.c.id == w.c.party_id)
    if party_id is not None:
        q = q.where(w.c.party_id == party_id)
    if active_only:
        q = q.where(w.c.active.is_(True))
    return list(conn.execute(q.order_by(w.c.pk)).all())


def watch_to_screen(conn: Connection, pk: int) -> Any | None:
    """The watched subject, locked for this transaction; None when another worker holds it
    (PostgreSQL: SKIP LOCKED; SQLite serialises writers with BEGIN IMMEDIATE instead)."""
    w = watch_subjects
    q = (
        select(w, parties.c.code.label("party_code"))
        .join(parties, parties.c.id == w.c.party_id)
        .where(w.c.pk == pk, w.c.active.is_(True))
        .with_for_update(of=w, skip_locked=True)
    )
    return conn.execute(q).first()


def get_watch(conn: Connection, pk: int) -> Any | None:
    return conn.execute(select(watch_subjects).where(watch_subjects.c.pk == pk)).first()


def update_watch(conn: Connection, pk: int, values: dict[str, Any]) -> None:
    conn.execute(update(watch_subjects).where(watch_subjects.c.pk == pk).values(**values))


def raised_pairs(conn: Connection, watch_pk: int) -> set[tuple[int, int]]:
    return {
        (int(r.entry_pk), int(r.entry_revision))
        for r in conn.execute(
            select(watch_hits.c.entry_pk, watch_hits.c.entry_revision).where(watch_hits.c.watch_pk == watch_pk)
        )
    }


def insert_hit(conn: Connection, values: dict[str, Any]) -> None:
    conn.execute(insert(watch_hits).values(**values))


def hits(conn: Connection, watch_pks: Sequence[int], state: str | None) -> list[Any]:
    h = watch_hits
    q = (
        select(h, E.c.entry_id, E.c.primary_name)
        .join(E, E.c.pk == h.c.entry_pk)
        .where(h.c.watch_pk.in_(list(watch_pks)))
        .order_by(h.c.pk)
    )
    if state:
        q = q.where(h.c.state == state)
    return list(conn.execute(q).all())


def set_hit_state(conn: Connection, watch_pks: Sequence[int], hit_pk: int, state: str) -> int:
    res = conn.execute(
        update(watch_hits)
        .where(watch_hits.c.pk == hit_pk, watch_hits.c.watch_pk.in_(list(watch_pks)))
        .values(state=state)
    )
    return int(res.rowcount)


# --- jobs ----------------------------------------------------------------------------------------------


def insert_job(conn: Connection, values: dict[str, Any]) -> None:
    conn.execute(insert(screen_jobs).values(**values))


def get_job(conn: Connection, job_id: str) -> Any | None:
    return conn.execute(select(screen_jobs).where(screen_jobs.c.id == job_id)).first()


def update_job(conn: Connection, job_id: str, values: dict[str, Any]) -> None:
    conn.execute(update(screen_jobs).where(screen_jobs.c.id == job_id).values(**values))


def unfinished_jobs(conn: Connection) -> list[str]:
    return [
        str(r.id)
        for r in conn.execute(
            select(screen_jobs.c.id)
            .where(screen_jobs.c.status.in_(["pending", "running"]))
            .order_by(screen_jobs.c.created_at)
        )
    ]
