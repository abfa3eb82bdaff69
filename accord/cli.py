"""The ``accord`` command line.

Commands that set up the hub (init, party, user, token, group, demo, audit,
backup) act as the local system administrator, recorded as ``system`` in the
audit chain. Commands that act for a party take ``--as USERNAME`` (or
``ACCORD_USER``) and obey that user's rights.

Every command exits 0 on success and 1 with a one-line ``error: ...`` on
failure; listings take ``--json``.
"""

from __future__ import annotations

import getpass
import json
import secrets
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError
from rich.console import Console
from sqlalchemy.exc import OperationalError

from accord import backup as backup_mod
from accord import demo as demo_mod
from accord.audit import service as audit_service
from accord.clikit import (
    AsOpt,
    CliError,
    JsonOpt,
    _hub,
    _print_json,
    _table,
    actor_for_username,
    admin_unit,
    out,
)
from accord.council.cli import council_app
from accord.db import migrate
from accord.errors import AccordError, BadRequest
from accord.hub import Hub
from accord.intel.models import Tlp
from accord.parties import service, store
from accord.parties.models import Actor, Role, Status, status_at
from accord.register.cli import register_app, screen_app
from accord.settings import Settings

app = typer.Typer(
    help="Accord: secure cooperation hub of a multinational security alliance.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
party_app = typer.Typer(help="Parties and their dated status history.", no_args_is_help=True)
user_app = typer.Typer(help="User accounts and roles.", no_args_is_help=True)
token_app = typer.Typer(help="API tokens.", no_args_is_help=True)
group_app = typer.Typer(help="Sharing groups.", no_args_is_help=True)
audit_app = typer.Typer(help="The audit chain.", no_args_is_help=True)
demo_app = typer.Typer(help="The demo alliance.", no_args_is_help=True)
intel_app = typer.Typer(help="Shared intelligence (STIX 2.1): import and export.", no_args_is_help=True)
app.add_typer(party_app, name="party")
app.add_typer(user_app, name="user")
app.add_typer(token_app, name="token")
app.add_typer(group_app, name="group")
app.add_typer(audit_app, name="audit")
app.add_typer(demo_app, name="demo")
app.add_typer(intel_app, name="intel")
app.add_typer(register_app, name="register")
app.add_typer(screen_app, name="screen")
app.add_typer(council_app, name="council")

def _day(text: str | None) -> date | None:
    return service.parse_day(text) if text is not None else None


def _read_password(password_file: Path | None, *, prompt: bool = True) -> str | None:
    if password_file is not None:
        try:
            return password_file.read_text().rstrip("\n")
        except OSError as exc:
            raise CliError(f"cannot read password file {password_file}: {exc.strerror}") from None
    if prompt and sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if not first:
            raise CliError("the password is empty")
        if getpass.getpass("Again: ") != first:
            raise CliError("the passwords differ")
        return first
    return None


def _argon(hub: Hub) -> tuple[int, int]:
    return hub.settings.argon2_time_cost, hub.settings.argon2_memory_cost_kib


# --- set-up -----------------------------------------------------------------------------------------


@app.command()
def init(
    alliance: Annotated[str, typer.Option(help="Name of the alliance.")],
    admin: Annotated[str, typer.Option(help="Username of the first alliance_admin.")],
    body_code: Annotated[str, typer.Option(help="Code of the permanent body the admin belongs to.")] = "SECRETARIAT",
    body_name: Annotated[str, typer.Option(help="Name of that body.")] = "Secretariat",
    languages: Annotated[str, typer.Option(help="Official languages, comma-separated.")] = "en",
    timezone: Annotated[str, typer.Option(help="The alliance's time zone (IANA name).")] = "UTC",
    password_file: Annotated[Path | None, typer.Option(help="File holding the admin's password.")] = None,
    json_out: JsonOpt = False,
) -> None:
    """Create an empty alliance, its first permanent body and its first alliance_admin."""
    password = _read_password(password_file) or secrets.token_urlsafe(15)
    generated = password_file is None and not sys.stdin.isatty()
    with admin_unit() as (hub, u):
        a = service.init_alliance(
            u, alliance, official_languages=[x.strip() for x in languages.split(",") if x], timezone=timezone
        )
        service.add_party(u, body_code, body_name, kind="body", status=Status.BODY, since=u.now.date())
        service.add_user(
            u,
            admin,
            body_code,
            frozenset({Role.ALLIANCE_ADMIN}),
            password,
            display_name="Alliance administrator",
            argon2_params=_argon(hub),
        )
    result = {"alliance": a.name, "uuid": a.uuid, "admin": admin, "party": body_code}
    if generated:
        result["password"] = password
    if json_out:
        _print_json(result)
    else:
        out.print(f"Created alliance [bold]{a.name}[/] with alliance_admin [bold]{admin}[/] ({body_code}).")
        if generated:
            out.print(f"Generated password (shown once): {password}", highlight=False)


@app.command()
def migrate_db() -> None:
    """Bring the database to the current schema (other commands do this too)."""
    hub = _hub()
    out.print(f"Schema at revision {migrate.current_revision(hub.engine)}.")
    hub.dispose()


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Listen address (default ACCORD_HOST or 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default ACCORD_PORT or 8600).")] = None,
    workers: Annotated[int | None, typer.Option(help="Worker processes (default ACCORD_WORKERS or 1).")] = None,
) -> None:
    """Serve the hub over HTTP (REST API; TAXII and web pages as they are added)."""
    import os

    import uvicorn

    hub = _hub()
    hub.dispose()
    # Workers build their app from the environment, so pass overrides through it.
    if host:
        os.environ["ACCORD_HOST"] = host
    if port:
        os.environ["ACCORD_PORT"] = str(port)
    settings = Settings()
    uvicorn.run(
        "accord.app:create_app_from_env",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=workers or settings.workers,
        log_level=settings.log_level,
        # X-Forwarded-For is believed only from the configured proxies.
        proxy_headers=bool(settings.trusted_proxies),
        forwarded_allow_ips=settings.trusted_proxies or None,
    )


# --- demo -------------------------------------------------------------------------------------------


@demo_app.command("load")
def demo_load(
    if_empty: Annotated[bool, typer.Option(help="Do nothing (exit 0) if the hub already holds an alliance.")] = False,
) -> None:
    """Load the demo alliance (the SCO, from the seed report) into an empty hub."""
    hub = _hub()
    try:
        with hub.unit(Actor.local_admin("cli")) as u:
            exists = store.get_alliance(u.conn) is not None
        if exists:
            if if_empty:
                out.print("The hub already holds an alliance; demo not loaded.")
                return
            raise CliError("the hub already holds an alliance; demo load needs an empty database")
        password = demo_mod.new_password(hub.settings.data_dir)
        with hub.unit(Actor.local_admin("cli"), write=True) as u:
            demo_mod.load(u, password, _argon(hub))
        entries = demo_mod.load_register(hub)
        demo_mod.load_council(hub)
    finally:
        hub.dispose()
    out.print(
        f"Loaded the demo alliance: {demo_mod.ALLIANCE_NAME}, with {entries} invented register entries "
        "and the 13th Meeting of Security Council Secretaries."
    )


@demo_app.command("credentials")
def demo_credentials(json_out: JsonOpt = False) -> None:
    """Print the demo users and their (shared, demo-only) password."""
    settings = Settings()
    path = demo_mod.password_file(settings.data_dir)
    if not path.exists():
        raise CliError("no demo password here: load the demo with `accord demo load`")
    password = path.read_text().strip()
    users = demo_mod.demo_users()
    if json_out:
        _print_json(
            {
                "password": password,
                "users": [{"username": u.username, "party": u.party, "role": u.role.value} for u in users],
            }
        )
        return
    by_party: dict[str, list[str]] = {}
    for u in users:
        by_party.setdefault(u.party, []).append(u.username)
    for code, names in by_party.items():
        out.print(f"  {code:<12} {', '.join(names)}", highlight=False)
    out.print(f"Password of every demo user (demo only): [bold]{password}[/]", highlight=False)


# --- parties ----------------------------------------------------------------------------------------


@party_app.command("add")
def party_add(
    code: Annotated[str, typer.Argument(help="ISO 3166 alpha-2 code of a state, or a short code of a body.")],
    name: Annotated[str, typer.Option(help="Name of the party.")],
    status: Annotated[Status, typer.Option(help="Its first status.")],
    since: Annotated[str, typer.Option(help="Date the status begins (YYYY-MM-DD).")],
    kind: Annotated[str, typer.Option(help="state or body.")] = "state",
    json_out: JsonOpt = False,
) -> None:
    """Add a party with its first dated status."""
    with admin_unit() as (_h, u):
        p = service.add_party(u, code.upper(), name, kind=kind, status=status, since=service.parse_day(since))
    if json_out:
        _print_json({"code": p.code, "name": p.name, "identity_id": p.identity_id})
    else:
        out.print(f"Added {p.code} ({p.name}), {status.value} from {since}.")


@party_app.command("list")
def party_list(
    at: Annotated[str | None, typer.Option(help="Show each status on this date (YYYY-MM-DD); default today.")] = None,
    json_out: JsonOpt = False,
) -> None:
    """List parties with their status on a date."""
    day = _day(at)
    with admin_unit(write=False) as (_h, u):
        rows = service.list_parties(u, day)
        shown = day or u.now.date()
    if json_out:
        _print_json(
            [
                {
                    "code": r.party.code,
                    "name": r.party.name,
                    "kind": r.party.kind,
                    "status": r.status.value if r.status else None,
                }
                for r in rows
            ]
        )
        return
    _table(
        f"Parties on {shown.isoformat()}",
        ["code", "name", "kind", "status"],
        [[r.party.code, r.party.name, r.party.kind, r.status.value if r.status else "-"] for r in rows],
    )


@party_app.command("show")
def party_show(code: str, json_out: JsonOpt = False) -> None:
    """Show a party, its status history, its STIX identity and its people."""
    with admin_unit(write=False) as (_h, u):
        p = service.get_party(u, code)
        ident = service.stix_identity(u, p)
        people = service.list_people(u, p.code)
        current = status_at(p.history, u.now.date())
    data = {
        "code": p.code,
        "name": p.name,
        "kind": p.kind,
        "status": current.value if current else None,
        "identity": ident,
        "history": [
            {"status": h.status.value, "valid_from": h.valid_from.isoformat(), "note": h.note} for h in p.history
        ],
        "people": [{"name": x.name, "title": x.title} for x in people],
    }
    if json_out:
        _print_json(data)
        return
    out.print(f"[bold]{p.code}[/] {p.name} ({p.kind}), now {data['status'] or '-'}; identity {p.identity_id}")
    for h in p.history:
        out.print(f"  from {h.valid_from.isoformat()}: {h.status.value} {h.note}".rstrip())
    for x in people:
        out.print(f"  person: {x.name}, {x.title}")


@party_app.command("status")
def party_status(
    code: str,
    status: Annotated[Status, typer.Argument(help="The new status.")],
    since: Annotated[str, typer.Option(help="Date the status begins (YYYY-MM-DD).")],
    note: Annotated[str, typer.Option(help="Basis of the change (e.g. a decision).")] = "",
) -> None:
    """Record a dated status change of a party."""
    with admin_unit() as (_h, u):
        p = service.record_status(u, code, status, service.parse_day(since), note)
    out.print(f"{p.code}: {status.value} from {since}.")


# --- users ------------------------------------------------------------------------------------------


@user_app.command("add")
def user_add(
    username: str,
    party: Annotated[str, typer.Option(help="Code of the user's party.")],
    role: Annotated[list[str], typer.Option(help="A role (repeat for several): " + ", ".join(r.value for r in Role))],
    password_file: Annotated[Path | None, typer.Option(help="File holding the password.")] = None,
    display_name: Annotated[str, typer.Option(help="Full name.")] = "",
    json_out: JsonOpt = False,
) -> None:
    """Create a user. Without --password-file the password is asked, or generated and shown once."""
    roles = service.parse_roles(role)
    password = _read_password(password_file)
    generated = None
    if password is None:
        generated = password = secrets.token_urlsafe(15)
    with admin_unit() as (hub, u):
        user = service.add_user(u, username, party, roles, password, display_name, argon2_params=_argon(hub))
    result: dict[str, Any] = {
        "username": user.username,
        "party": user.party_code,
        "roles": sorted(r.value for r in user.roles),
    }
    if generated:
        result["password"] = generated
    if json_out:
        _print_json(result)
    else:
        out.print(f"Added user {user.username} ({user.party_code}: {', '.join(result['roles'])}).")
        if generated:
            out.print(f"Generated password (shown once): {generated}", highlight=False)


@user_app.command("list")
def user_list(
    party: Annotated[str | None, typer.Option(help="Only this party's users.")] = None, json_out: JsonOpt = False
) -> None:
    """List users."""
    with admin_unit(write=False) as (_h, u):
        users = service.list_users(u, party)
    if json_out:
        _print_json(
            [
                {
                    "username": x.username,
                    "party": x.party_code,
                    "roles": sorted(r.value for r in x.roles),
                    "disabled": x.disabled,
                    "display_name": x.display_name,
                }
                for x in users
            ]
        )
        return
    _table(
        "Users",
        ["username", "party", "roles", "disabled"],
        [
            [x.username, x.party_code, ",".join(sorted(r.value for r in x.roles)), "yes" if x.disabled else ""]
            for x in users
        ],
    )


@user_app.command("roles")
def user_roles(username: str, roles: Annotated[list[str], typer.Argument(help="The user's new roles.")]) -> None:
    """Replace a user's roles."""
    with admin_unit() as (_h, u):
        user = service.set_roles(u, username, service.parse_roles(roles))
    out.print(f"{user.username}: {', '.join(sorted(r.value for r in user.roles))}.")


@user_app.command("passwd")
def user_passwd(
    username: str,
    password_file: Annotated[Path | None, typer.Option(help="File holding the new password.")] = None,
) -> None:
    """Set a user's password."""
    password = _read_password(password_file)
    if password is None:
        raise CliError("give --password-file FILE (or run in a terminal to be asked)")
    with admin_unit() as (hub, u):
        service.reset_password(u, username, password, _argon(hub))
    out.print(f"Password of {username} changed.")


@user_app.command("disable")
def user_disable(username: str, enable: Annotated[bool, typer.Option(help="Re-enable instead.")] = False) -> None:
    """Disable (or with --enable, re-enable) a user."""
    with admin_unit() as (_h, u):
        service.set_disabled(u, username, not enable)
    out.print(f"{username} {'enabled' if enable else 'disabled'}.")


# --- tokens -----------------------------------------------------------------------------------------


@token_app.command("create")
def token_create(
    username: str,
    expires_days: Annotated[int | None, typer.Option(help="Days until expiry (default from settings).")] = None,
    read_only: Annotated[bool, typer.Option(help="The token may only read.")] = False,
    label: Annotated[str, typer.Option(help="What the token is for.")] = "",
    json_out: JsonOpt = False,
) -> None:
    """Create an API token for a user; the secret is printed once."""
    with admin_unit() as (hub, u):
        days = expires_days if expires_days is not None else hub.settings.token_default_expiry_days
        token, secret = service.create_token(u, username, expires_days=days, read_only=read_only, label=label)
    if json_out:
        _print_json(
            {
                "token": secret,
                "id": token.id,
                "username": token.username,
                "expires_at": token.expires_at,
                "read_only": token.read_only,
            }
        )
    else:
        out.print(
            f"Token {token.id} for {username} (expires {token.expires_at:%Y-%m-%d}); shown once:"
            if token.expires_at
            else f"Token {token.id} for {username}; shown once:"
        )
        sys.stdout.write(secret + "\n")


@token_app.command("list")
def token_list(
    user: Annotated[str | None, typer.Option(help="Only this user's tokens.")] = None, json_out: JsonOpt = False
) -> None:
    """List tokens (never their secrets)."""
    with admin_unit(write=False) as (_h, u):
        tokens = service.list_tokens(u, user)
    rows = [
        {
            "id": t.id,
            "username": t.username,
            "label": t.label,
            "read_only": t.read_only,
            "created_at": t.created_at,
            "expires_at": t.expires_at,
            "revoked_at": t.revoked_at,
            "last_used_at": t.last_used_at,
        }
        for t in tokens
    ]
    if json_out:
        _print_json(rows)
        return
    _table(
        "Tokens",
        ["id", "user", "label", "read-only", "expires", "revoked"],
        [
            [r["id"], r["username"], r["label"], "yes" if r["read_only"] else "", r["expires_at"], r["revoked_at"]]
            for r in rows
        ],
    )


@token_app.command("revoke")
def token_revoke(token_id: str) -> None:
    """Revoke a token by its id."""
    with admin_unit() as (_h, u):
        service.revoke_token(u, token_id)
    out.print(f"Token {token_id} revoked.")


# --- groups -----------------------------------------------------------------------------------------


@group_app.command("create")
def group_create(
    slug: str,
    name: Annotated[str, typer.Option(help="Display name.")] = "",
    member: Annotated[list[str] | None, typer.Option(help="A member party (repeat).")] = None,
    owner: Annotated[str | None, typer.Option(help="Party that administers the group.")] = None,
    hidden: Annotated[bool, typer.Option(help="Hide the member list from non-members.")] = False,
) -> None:
    """Create a sharing group."""
    with admin_unit() as (_h, u):
        g = service.create_group(u, slug, name, hidden=hidden, members=member or [], owner=owner)
    out.print(f"Group {g.slug}: {', '.join(g.members or [])}.")


@group_app.command("add")
def group_add(slug: str, party: str) -> None:
    """Admit a party to a group (it gains the group's past objects too)."""
    with admin_unit() as (_h, u):
        g = service.add_group_member(u, slug, party)
    out.print(f"Group {g.slug}: {', '.join(g.members or [])}.")


@group_app.command("remove")
def group_remove(slug: str, party: str) -> None:
    """Remove a party from a group."""
    with admin_unit() as (_h, u):
        g = service.remove_group_member(u, slug, party)
    out.print(f"Group {g.slug}: {', '.join(g.members or [])}.")


@group_app.command("list")
def group_list(json_out: JsonOpt = False) -> None:
    """List sharing groups."""
    with admin_unit(write=False) as (_h, u):
        groups = service.list_groups(u)
    rows: list[dict[str, Any]] = [
        {
            "slug": g.slug,
            "name": g.name,
            "hidden_membership": g.hidden_membership,
            "owner": g.owner_party,
            "members": list(g.members) if g.members is not None else None,
        }
        for g in groups
    ]
    if json_out:
        _print_json(rows)
        return
    _table(
        "Groups",
        ["slug", "name", "owner", "hidden", "members"],
        [
            [r["slug"], r["name"], r["owner"], "yes" if r["hidden_membership"] else "", ", ".join(r["members"] or [])]
            for r in rows
        ],
    )


# --- audit ------------------------------------------------------------------------------------------


@audit_app.command("verify")
def audit_verify(json_out: JsonOpt = False) -> None:
    """Verify the audit chain; exits 1 naming the first bad entry."""
    with admin_unit(write=False) as (hub, u):
        r = audit_service.verify(u, hub.settings.resolved_checkpoint_dir())
    if json_out:
        _print_json(
            {"ok": r.ok, "entries": r.entries, "head_seq": r.head_seq, "problem": r.problem, "bad_seq": r.bad_seq}
        )
    elif r.ok:
        out.print(f"Audit chain intact: {r.entries} entries, head {r.head_seq}.")
    if not r.ok:
        if not json_out:
            sys.stderr.write(f"error: audit chain broken: {r.problem}\n")
        raise typer.Exit(1)


@audit_app.command("checkpoint")
def audit_checkpoint(json_out: JsonOpt = False) -> None:
    """Write a signed checkpoint of the chain's head outside the database."""
    with admin_unit(write=False) as (hub, u):
        cp = audit_service.checkpoint(u, hub.settings.resolved_checkpoint_dir())
    if json_out:
        _print_json({"seq": cp.seq, "mac": cp.mac})
    else:
        out.print(f"Checkpoint written at entry {cp.seq}.")


@audit_app.command("log")
def audit_log(
    party: Annotated[str | None, typer.Option(help="Entries by or about this party.")] = None,
    since: Annotated[str | None, typer.Option(help="From this date or time (ISO 8601).")] = None,
    limit: Annotated[int, typer.Option(help="At most this many entries.")] = 100,
    json_out: JsonOpt = False,
) -> None:
    """Show audit entries."""
    when = None
    if since:
        try:
            when = datetime.fromisoformat(since)
        except ValueError:
            raise BadRequest(f"not a date or time: {since!r}") from None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
    with admin_unit(write=False) as (_h, u):
        entries = audit_service.read_log(u, party=party, since=when, limit=limit)
    if json_out:
        _print_json([e.as_dict() for e in entries])
        return
    _table(
        "Audit",
        ["seq", "at", "actor", "party", "door", "action", "object", "outcome"],
        [
            [
                e.seq,
                e.at.isoformat(timespec="seconds"),
                e.actor_user,
                e.actor_party,
                e.door,
                e.action,
                f"{e.object_type}:{e.object_id}",
                e.outcome,
            ]
            for e in entries
        ],
    )


# --- intelligence ---------------------------------------------------------------------------------


def _read_stix(path: Path) -> list[Any]:
    """Objects of a STIX bundle, a TAXII envelope, a JSON list, or JSON lines."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror}") from None
    try:
        data = json.loads(text)
    except ValueError:
        objects = []
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                objects.append(json.loads(line))
            except ValueError:
                raise CliError(f"{path} line {n} is not JSON") from None
        return objects
    if isinstance(data, dict) and isinstance(data.get("objects"), list):
        return list(data["objects"])
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and "type" in data:
        return [data]
    raise CliError(f"{path} is neither a STIX bundle, a TAXII envelope nor a list of objects")


@intel_app.command("import")
def intel_import(
    file: Annotated[Path, typer.Argument(help="STIX bundle or envelope (JSON) or JSON lines.")],
    scope: Annotated[str, typer.Option(help="own, group:<slug>, members, alliance or community.")],
    tlp: Annotated[Tlp | None, typer.Option(help="TLP marking to add where an object has none.")] = None,
    as_user: AsOpt = None,
    batch: Annotated[int, typer.Option(help="Objects per transaction.")] = 1000,
    json_out: JsonOpt = False,
) -> None:
    """Share the objects of a file in a scope, with a progress bar and a summary."""
    from rich.progress import Progress

    from accord.intel import service as intel

    objects = _read_stix(file)
    hub = _hub()
    try:
        actor = actor_for_username(hub, as_user)
        intel.ensure_access_current(hub, actor)
        stored = duplicates = 0
        refused: list[dict[str, Any]] = []
        with Progress(console=Console(stderr=True), disable=json_out or not sys.stderr.isatty()) as bar:
            task = bar.add_task(f"Importing {file.name}", total=len(objects))
            for i in range(0, len(objects), max(1, batch)):
                chunk = objects[i : i + batch]
                with hub.unit(actor, write=True) as u:
                    res = intel.post_objects(u, chunk, intel.resolve_scope(u, scope), tlp=tlp)
                stored += res.stored
                duplicates += res.duplicates
                refused += [{"id": o.id, "message": o.message} for o in res.failures]
                bar.advance(task, len(chunk))
    finally:
        hub.dispose()
    summary = {"stored": stored, "duplicates": duplicates, "refused": refused}
    if json_out:
        _print_json(summary)
    else:
        out.print(f"{stored} stored, {duplicates} duplicates, {len(refused)} refused.")
        for r in refused[:20]:
            out.print(f"  refused {r['id']}: {r['message']}", highlight=False)
    if refused and not stored and not duplicates:
        raise typer.Exit(1)


@intel_app.command("export")
def intel_export(
    scope: Annotated[str, typer.Option(help="own, group:<slug>, members, alliance, community or everything.")],
    type_: Annotated[list[str] | None, typer.Option("--type", help="Only this STIX type (repeat for several).")] = None,
    since: Annotated[
        str | None, typer.Option(help="Only versions modified on or after this date (YYYY-MM-DD).")
    ] = None,
    as_user: AsOpt = None,
) -> None:
    """Write a STIX 2.1 bundle of what the user sees in a scope to standard output."""
    import uuid as uuid_mod

    from accord.intel import service as intel
    from accord.intel.models import Filters

    since_us = None
    if since:
        day = service.parse_day(since)
        since_us = intel.parse_stix_time(day.isoformat() + "T00:00:00Z")
    hub = _hub()
    try:
        actor = actor_for_username(hub, as_user)
        intel.ensure_access_current(hub, actor)
        with hub.unit(actor) as u:
            col = intel.resolve_scope(u, scope)
            filters = Filters(types=tuple(type_ or ()), modified_from_us=since_us)
            sys.stdout.write('{"type":"bundle","id":"bundle--' + str(uuid_mod.uuid4()) + '","objects":[')
            for n, item in enumerate(intel.iter_all(u, col, filters)):
                sys.stdout.write(("," if n else "") + "\n" + item.body)
            sys.stdout.write("\n]}\n")
    finally:
        hub.dispose()


# --- backup -----------------------------------------------------------------------------------------


@app.command("backup")
def backup_cmd(file: Annotated[Path, typer.Argument(help="Where to write the backup.")]) -> None:
    """Write a consistent online copy of the database (keys are backed up separately)."""
    settings = Settings()
    backup_mod.backup(settings.resolved_database_url(), file)
    with admin_unit() as (_h, u):
        u.record("system.backup", "database", str(file))
    out.print(f"Backup written to {file}.")


@app.command("restore")
def restore_cmd(
    file: Annotated[Path, typer.Argument(help="A backup written by `accord backup`.")],
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
) -> None:
    """Replace the database's content with a backup. Stop the server first."""
    if not yes and sys.stdin.isatty() and not typer.confirm("Replace the hub's data with the backup?"):
        raise typer.Exit(1)
    settings = Settings()
    backup_mod.restore(settings.resolved_database_url(), file)
    # The restored chain is shorter than the latest checkpoint: record the
    # restore and sign the restored head (only the key holder can do this).
    with admin_unit() as (hub, u):
        u.record("system.restore", "database", str(file))
    with admin_unit(write=False) as (hub, u):
        audit_service.checkpoint(u, hub.settings.resolved_checkpoint_dir(), after_restore=True)
    out.print(f"Restored from {file}.")


def main() -> None:
    try:
        app()
    except AccordError as exc:
        sys.stderr.write(f"error: {exc.message}\n")
        sys.exit(1)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first.get("loc", ()))
        sys.stderr.write(f"error: invalid setting ACCORD_{where.upper()}: {first.get('msg')}\n")
        sys.exit(1)
    except OperationalError as exc:
        sys.stderr.write(f"error: database unavailable: {str(exc.orig).splitlines()[0]}\n")
        sys.exit(1)
