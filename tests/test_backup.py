"""Backup and restore round-trip (SQLite online backup API; pg_dump/pg_restore on PostgreSQL)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from accord import backup
from accord.audit import service as audit_service
from accord.errors import BadRequest
from accord.hub import Hub
from accord.parties import service
from accord.parties.models import Status
from tests.conftest import admin_unit


def _snapshot(hub: Hub) -> tuple[object, ...]:
    with admin_unit(hub, write=False) as u:
        parties = [(s.party.code, s.status) for s in service.list_parties(u)]
        users = [(x.username, x.roles, x.disabled) for x in service.list_users(u)]
        head = audit_service.verify(u, hub.settings.resolved_checkpoint_dir()).head_seq
    return tuple(parties), tuple(users), head


def test_backup_and_restore_round_trip(hub: Hub, tmp_path: Path) -> None:
    url = hub.settings.resolved_database_url()
    before = _snapshot(hub)
    target = tmp_path / "hub.backup"
    backup.backup(url, target)
    assert target.stat().st_size > 0

    with admin_unit(hub) as u:
        service.add_party(u, "TM", "Turkmenistan", kind="state", status=Status.OBSERVER, since=date(2026, 1, 1))
        service.set_disabled(u, "pk-analyst", True)
    assert _snapshot(hub) != before

    hub.engine.dispose()
    backup.restore(url, target)
    after = _snapshot(hub)
    # list_users records a read, so the chain grew by the snapshot's own entries only
    assert after[:2] == before[:2]
    with admin_unit(hub, write=False) as u:
        assert audit_service.verify(u, hub.settings.resolved_checkpoint_dir()).ok


def test_restore_refuses_a_file_that_is_not_a_backup(hub: Hub, tmp_path: Path) -> None:
    before = _snapshot(hub)
    junk = tmp_path / "junk.backup"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(BadRequest):
        backup.restore(hub.settings.resolved_database_url(), junk)
    with pytest.raises(BadRequest, match="no such backup file"):
        backup.restore(hub.settings.resolved_database_url(), tmp_path / "missing")
    assert _snapshot(hub)[:2] == before[:2]
