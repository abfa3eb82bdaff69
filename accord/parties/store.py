"""SQL of the parties feature."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, delete, select, update

from accord.db.schema import (
    alliance,
    api_tokens,
    group_members,
    login_failures,
    parties,
    party_status,
    people,
    sharing_groups,
    users,
)
from accord.parties.models import Alliance, Party, Person, Role, Status, StatusPeriod, Token, User


def get_alliance(conn: Connection) -> Alliance | None:
    row = conn.execute(select(alliance).order_by(alliance.c.id).limit(1)).one_or_none()
    if row is None:
        return None
    return Alliance(
        name=row.name,
        uuid=row.uuid,
        official_languages=tuple(x for x in row.official_languages.split(",") if x),
        working_language=row.working_language,
        timezone=row.timezone,
        new_members_see_history=row.new_members_see_history,
    )


def insert_alliance(conn: Connection, a: Alliance, now: datetime) -> None:
    conn.execute(
        alliance.insert().values(
            name=a.name,
            uuid=a.uuid,
            official_languages=",".join(a.official_languages),
            working_language=a.working_language,
            timezone=a.timezone,
            new_members_see_history=a.new_members_see_history,
            created_at=now,
        )
    )


def _histories(conn: Connection, party_ids: list[int] | None = None) -> dict[int, tuple[StatusPeriod, ...]]:
    q = select(party_status).order_by(party_status.c.party_id, party_status.c.valid_from)
    if party_ids is not None:
        q = q.where(party_status.c.party_id.in_(party_ids))
    out: dict[int, list[StatusPeriod]] = defaultdict(list)
    for r in conn.execute(q):
        out[r.party_id].append(StatusPeriod(Status(r.status), r.valid_from, r.note))
    return {k: tuple(v) for k, v in out.items()}


def _party(row: Any, history: tuple[StatusPeriod, ...]) -> Party:
    return Party(row.id, row.code, row.name, row.kind, row.identity_id, history)


def list_parties(conn: Connection) -> list[Party]:
    hist = _histories(conn)
    rows = conn.execute(select(parties).order_by(parties.c.code)).all()
    return [_party(r, hist.get(r.id, ())) for r in rows]


def get_party(conn: Connection, code: str) -> Party | None:
    row = conn.execute(select(parties).where(parties.c.code == code)).one_or_none()
    if row is None:
        return None
    return _party(row, _histories(conn, [row.id]).get(row.id, ()))


def get_party_by_id(conn: Connection, party_id: int) -> Party | None:
    row = conn.execute(select(parties).where(parties.c.id == party_id)).one_or_none()
    if row is None:
        return None
    return _party(row, _histories(conn, [row.id]).get(row.id, ()))


def insert_party(conn: Connection, code: str, name: str, kind: str, identity_id: str, now: datetime) -> int:
    return int(
        conn.execute(
            parties.insert()
            .values(code=code, name=name, kind=kind, identity_id=identity_id, created_at=now)
            .returning(parties.c.id)
        ).scalar_one()
    )


def upsert_status(conn: Connection, party_id: int, period: StatusPeriod, now: datetime) -> bool:
    """Record a period; returns False when the same day already had a status (which it replaces)."""
    existing = conn.execute(
        select(party_status.c.id).where(
            and_(party_status.c.party_id == party_id, party_status.c.valid_from == period.valid_from)
        )
    ).scalar_one_or_none()
    if existing is not None:
        conn.execute(
            update(party_status)
            .where(party_status.c.id == existing)
            .values(status=period.status.value, note=period.note, recorded_at=now)
        )
        return False
    conn.execute(
        party_status.insert().values(
            party_id=party_id,
            status=period.status.value,
            valid_from=period.valid_from,
            note=period.note,
            recorded_at=now,
        )
    )
    return True


# --- people -----------------------------------------------------------------------------------------


def insert_person(conn: Connection, name: str, title: str, party_id: int | None, now: datetime) -> int:
    return int(
        conn.execute(
            people.insert().values(name=name, title=title, party_id=party_id, created_at=now).returning(people.c.id)
        ).scalar_one()
    )


def list_people(conn: Connection, party_id: int | None = None) -> list[Person]:
    q = (
        select(people.c.id, people.c.name, people.c.title, parties.c.code)
        .select_from(people.outerjoin(parties, people.c.party_id == parties.c.id))
        .order_by(people.c.id)
    )
    if party_id is not None:
        q = q.where(people.c.party_id == party_id)
    return [Person(r.id, r.name, r.title, r.code) for r in conn.execute(q)]


# --- users ------------------------------------------------------------------------------------------


def roles_text(roles: frozenset[Role]) -> str:
    return ",".join(sorted(r.value for r in roles))


def parse_roles(text: str) -> frozenset[Role]:
    return frozenset(Role(x) for x in text.split(",") if x)


_user_cols = (
    users.c.id,
    users.c.username,
    parties.c.code.label("party_code"),
    users.c.display_name,
    users.c.roles,
    users.c.disabled,
    users.c.created_at,
)


def _user(row: Any) -> User:
    return User(
        row.id,
        row.username,
        row.party_code,
        row.display_name,
        parse_roles(row.roles),
        row.disabled,
        row.created_at,
    )


def get_user(conn: Connection, username: str) -> User | None:
    row = conn.execute(
        select(*_user_cols)
        .select_from(users.join(parties, users.c.party_id == parties.c.id))
        .where(users.c.username == username)
    ).one_or_none()
    return _user(row) if row else None


def list_users(conn: Connection, party_id: int | None) -> list[User]:
    q = select(*_user_cols).select_from(users.join(parties, users.c.party_id == parties.c.id))
    if party_id is not None:
        q = q.where(users.c.party_id == party_id)
    return [_user(r) for r in conn.execute(q.order_by(parties.c.code, users.c.username))]


def insert_user(
    conn: Connection,
    username: str,
    party_id: int,
    display_name: str,
    password_hash: str | None,
    roles: frozenset[Role],
    now: datetime,
) -> int:
    return int(
        conn.execute(
            users.insert()
            .values(
                username=username,
                party_id=party_id,
                display_name=display_name,
                password_hash=password_hash,
                roles=roles_text(roles),
                disabled=False,
                created_at=now,
                password_changed_at=now if password_hash else None,
            )
            .returning(users.c.id)
        ).scalar_one()
    )


def credentials_row(conn: Connection, username: str) -> Any | None:
    return conn.execute(
        select(
            users.c.id, users.c.password_hash, users.c.disabled, users.c.party_id, users.c.roles, users.c.username
        ).where(users.c.username == username)
    ).one_or_none()


def user_row_by_id(conn: Connection, user_id: int) -> Any | None:
    return conn.execute(
        select(
            users.c.id, users.c.password_hash, users.c.disabled, users.c.party_id, users.c.roles, users.c.username
        ).where(users.c.id == user_id)
    ).one_or_none()


def update_user(conn: Connection, user_id: int, **values: Any) -> None:
    conn.execute(update(users).where(users.c.id == user_id).values(**values))


# --- tokens -----------------------------------------------------------------------------------------


def insert_token(
    conn: Connection,
    token_id: str,
    user_id: int,
    token_hash: str,
    label: str,
    read_only: bool,
    now: datetime,
    expires_at: datetime | None,
) -> None:
    conn.execute(
        api_tokens.insert().values(
            id=token_id,
            user_id=user_id,
            token_hash=token_hash,
            label=label,
            read_only=read_only,
            created_at=now,
            expires_at=expires_at,
        )
    )


_token_cols = (
    api_tokens.c.id,
    users.c.username,
    api_tokens.c.label,
    api_tokens.c.read_only,
    api_tokens.c.created_at,
    api_tokens.c.expires_at,
    api_tokens.c.revoked_at,
    api_tokens.c.last_used_at,
)


def list_tokens(conn: Connection, user_id: int | None, party_id: int | None) -> list[Token]:
    q = select(*_token_cols).select_from(api_tokens.join(users, api_tokens.c.user_id == users.c.id))
    if user_id is not None:
        q = q.where(api_tokens.c.user_id == user_id)
    if party_id is not None:
        q = q.where(users.c.party_id == party_id)
    return [Token(*r) for r in conn.execute(q.order_by(api_tokens.c.created_at, api_tokens.c.id))]


def get_token(conn: Connection, token_id: str) -> tuple[Token, int, int] | None:
    """The token, its user's id and party id."""
    row = conn.execute(
        select(*_token_cols, users.c.id.label("uid"), users.c.party_id)
        .select_from(api_tokens.join(users, api_tokens.c.user_id == users.c.id))
        .where(api_tokens.c.id == token_id)
    ).one_or_none()
    if row is None:
        return None
    return Token(*row[:8]), row.uid, row.party_id


def token_by_hash(conn: Connection, token_hash: str) -> Any | None:
    return conn.execute(select(api_tokens).where(api_tokens.c.token_hash == token_hash)).one_or_none()


def update_token(conn: Connection, token_id: str, **values: Any) -> None:
    conn.execute(update(api_tokens).where(api_tokens.c.id == token_id).values(**values))


# --- login throttling ---------------------------------------------------------------------------


def failure_rows(conn: Connection, keys: list[str]) -> list[Any]:
    return list(conn.execute(select(login_failures).where(login_failures.c.key.in_(keys))))


def record_failure(conn: Connection, key: str, now: datetime, window_s: int, max_failures: int) -> None:
    row = conn.execute(select(login_failures).where(login_failures.c.key == key)).one_or_none()
    if row is None or (now - row.window_start).total_seconds() > window_s:
        conn.execute(delete(login_failures).where(login_failures.c.key == key))
        conn.execute(login_failures.insert().values(key=key, failures=1, window_start=now, locked_until=None))
        failures = 1
    else:
        failures = row.failures + 1
        conn.execute(update(login_failures).where(login_failures.c.key == key).values(failures=failures))
    if failures >= max_failures:
        from datetime import timedelta

        conn.execute(
            update(login_failures)
            .where(login_failures.c.key == key)
            .values(locked_until=now + timedelta(seconds=window_s))
        )


def clear_failures(conn: Connection, key: str) -> None:
    conn.execute(delete(login_failures).where(login_failures.c.key == key))


# --- groups -----------------------------------------------------------------------------------------


def get_group_row(conn: Connection, slug: str) -> Any | None:
    return conn.execute(select(sharing_groups).where(sharing_groups.c.slug == slug)).one_or_none()


def list_group_rows(conn: Connection) -> list[Any]:
    return list(conn.execute(select(sharing_groups).order_by(sharing_groups.c.slug)))


def insert_group(
    conn: Connection, slug: str, name: str, hidden: bool, owner_party_id: int | None, now: datetime
) -> int:
    return int(
        conn.execute(
            sharing_groups.insert()
            .values(slug=slug, name=name, hidden_membership=hidden, owner_party_id=owner_party_id, created_at=now)
            .returning(sharing_groups.c.id)
        ).scalar_one()
    )


def current_members(conn: Connection, group_id: int) -> list[str]:
    q = (
        select(parties.c.code)
        .select_from(group_members.join(parties, group_members.c.party_id == parties.c.id))
        .where(and_(group_members.c.group_id == group_id, group_members.c.removed_at.is_(None)))
        .order_by(parties.c.code)
    )
    return [r.code for r in conn.execute(q)]


def admit(conn: Connection, group_id: int, party_id: int, now: datetime) -> None:
    conn.execute(group_members.insert().values(group_id=group_id, party_id=party_id, admitted_at=now))


def remove(conn: Connection, group_id: int, party_id: int, now: datetime) -> int:
    return conn.execute(
        update(group_members)
        .where(
            and_(
                group_members.c.group_id == group_id,
                group_members.c.party_id == party_id,
                group_members.c.removed_at.is_(None),
            )
        )
        .values(removed_at=now)
    ).rowcount


def party_codes(conn: Connection) -> dict[int, str]:
    return {int(r.id): str(r.code) for r in conn.execute(select(parties.c.id, parties.c.code))}
