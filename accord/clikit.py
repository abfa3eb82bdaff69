"""Plumbing shared by the command-line modules (``accord.cli`` and the features'
``cli`` modules): the console, ``--as``/``--json`` options, the hub for a
command, and the one-line error type."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from accord.db import migrate
from accord.errors import AccordError, NotFound
from accord.hub import Hub, Unit
from accord.parties import store
from accord.parties.models import Actor
from accord.settings import Settings

out = Console()

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
AsOpt = Annotated[str | None, typer.Option("--as", envvar="ACCORD_USER", help="Act as this user (or ACCORD_USER).")]


class CliError(AccordError):
    status = 400


# --- plumbing ---------------------------------------------------------------------------------------


def _hub() -> Hub:
    hub = Hub(Settings())
    if not migrate.is_current(hub.engine):
        migrate.upgrade(hub.engine)
    return hub


@contextmanager
def admin_unit(*, write: bool = True) -> Iterator[tuple[Hub, Unit]]:
    hub = _hub()
    try:
        with hub.unit(Actor.local_admin("cli"), write=write) as u:
            yield hub, u
    finally:
        hub.dispose()


def actor_for_username(hub: Hub, username: str | None) -> Actor:
    """The actor for ``--as USERNAME``: the CLI has direct database access, so no
    password is asked; the user's roles and party standing still apply."""
    if not username:
        raise CliError("this command acts for a party: give --as USERNAME (or set ACCORD_USER)")
    with hub.unit(Actor.local_admin("cli")) as u:
        user = store.get_user(u.conn, username)
    if user is None:
        raise NotFound(f"no user {username!r}")
    if user.disabled:
        raise CliError(f"user {username} is disabled")
    return hub.auth.actor_for(user.id, read_only=False, door="cli")


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False, default=str) + "\n")


def _table(title: str, columns: list[str], rows: list[list[Any]]) -> None:
    t = Table(title=title)
    for c in columns:
        t.add_column(c)
    for r in rows:
        t.add_row(*["" if v is None else str(v) for v in r])
    out.print(t)


