"""The audit chain: same-transaction appends, and every kind of tampering caught."""

from __future__ import annotations

import hashlib
import hmac
import os
import subprocess
import sys
from datetime import date

import pytest
from sqlalchemy import Connection, select, text, update

from accord.audit import chain, checkpoints
from accord.audit import service as audit_service
from accord.db.schema import audit_log, parties
from accord.hub import Hub
from accord.parties import service
from accord.parties.models import Status
from tests.conftest import admin_unit


def _verify(hub: Hub) -> chain.VerifyResult:
    with admin_unit(hub, write=False) as u:
        return audit_service.verify(u, hub.settings.resolved_checkpoint_dir())


def _tamper(hub: Hub, *statements: str) -> None:
    with hub.engine.begin() as conn:
        for sql in statements:
            conn.execute(text(sql))


def _head(hub: Hub) -> int:
    return _verify(hub).head_seq


def test_intact_chain_verifies(hub: Hub) -> None:
    r = _verify(hub)
    assert r.ok and r.entries == r.head_seq > 90 and r.problem is None


def test_write_and_its_entry_commit_together_or_not_at_all(hub: Hub) -> None:
    before = _head(hub)
    with pytest.raises(RuntimeError), admin_unit(hub) as u:
        service.add_party(u, "TM", "Turkmenistan", kind="state", status=Status.OBSERVER, since=date(2026, 1, 1))
        raise RuntimeError("crash after the write")
    with admin_unit(hub, write=False) as u:
        assert u.conn.execute(select(parties).where(parties.c.code == "TM")).first() is None
    assert _head(hub) == before
    with admin_unit(hub) as u:
        service.add_party(u, "TM", "Turkmenistan", kind="state", status=Status.OBSERVER, since=date(2026, 1, 1))
    with admin_unit(hub, write=False) as u:
        last = u.conn.execute(select(audit_log).order_by(audit_log.c.seq.desc()).limit(1)).one()
    assert (last.seq, last.action, last.object_id, last.actor_user, last.outcome) == (
        before + 1,
        "party.add",
        "TM",
        "system",
        "ok",
    )
    assert _verify(hub).ok


def test_changed_row_is_caught(hub: Hub) -> None:
    _tamper(hub, "UPDATE audit_log SET object_id = 'XX' WHERE seq = 7")
    r = _verify(hub)
    assert not r.ok and r.bad_seq == 7 and "entry 7" in (r.problem or "")


def test_changed_detail_is_caught(hub: Hub) -> None:
    _tamper(hub, "UPDATE audit_log SET detail = '{}' WHERE seq = 3")
    assert _verify(hub).bad_seq == 3


def test_inserted_row_in_the_middle_is_caught(hub: Hub) -> None:
    head = _head(hub)
    stmts = [f"UPDATE audit_log SET seq = seq + 1 WHERE seq = {s}" for s in range(head, 9, -1)]
    with admin_unit(hub, write=False) as u:
        row = u.conn.execute(select(audit_log).where(audit_log.c.seq == 10)).one()._asdict()
    _tamper(hub, *stmts)
    row.update(seq=10, object_id="forged", mac="f" * 64)
    with hub.engine.begin() as conn:
        conn.execute(audit_log.insert().values(**row))
    r = _verify(hub)
    assert not r.ok and r.bad_seq == 10


def test_inserted_row_at_the_end_is_caught(hub: Hub) -> None:
    head = _head(hub)
    with admin_unit(hub, write=False) as u:
        row = u.conn.execute(select(audit_log).where(audit_log.c.seq == head)).one()._asdict()
    row.update(seq=head + 1, prev_mac=row["mac"], mac="0" * 64, action="forged")
    with hub.engine.begin() as conn:
        conn.execute(audit_log.insert().values(**row))
    assert _verify(hub).bad_seq == head + 1


def test_removed_row_in_the_middle_is_caught(hub: Hub) -> None:
    _tamper(hub, "DELETE FROM audit_log WHERE seq = 20")
    r = _verify(hub)
    assert r.bad_seq == 20 and "missing" in (r.problem or "")


def test_removed_and_renumbered_is_caught(hub: Hub) -> None:
    head = _head(hub)
    _tamper(
        hub,
        "DELETE FROM audit_log WHERE seq = 20",
        *[f"UPDATE audit_log SET seq = seq - 1 WHERE seq = {s}" for s in range(21, head + 1)],
    )
    assert _verify(hub).bad_seq == 20


def test_removed_at_the_end_is_caught_by_the_checkpoint(hub: Hub) -> None:
    with admin_unit(hub, write=False) as u:
        cp = audit_service.checkpoint(u, hub.settings.resolved_checkpoint_dir())
    head = cp.seq
    _tamper(hub, f"DELETE FROM audit_log WHERE seq > {head - 3}")
    r = _verify(hub)
    assert not r.ok and r.bad_seq == head - 2 and "checkpoint" in (r.problem or "")


def test_reordered_rows_are_caught(hub: Hub) -> None:
    with hub.engine.begin() as conn:
        a = conn.execute(select(audit_log).where(audit_log.c.seq == 30)).one()._asdict()
        b = conn.execute(select(audit_log).where(audit_log.c.seq == 31)).one()._asdict()
        _swap(conn, a, b)
    assert _verify(hub).bad_seq == 30


def _swap(conn: Connection, a: dict[str, object], b: dict[str, object]) -> None:
    for src, dst in ((a, b["seq"]), (b, a["seq"])):
        values = {k: v for k, v in src.items() if k != "seq"}
        conn.execute(update(audit_log).where(audit_log.c.seq == dst).values(**values))


def test_chain_rebuilt_without_the_key_is_caught(hub: Hub) -> None:
    wrong_key = b"k" * 32
    with hub.engine.begin() as conn:
        prev = chain.GENESIS_MAC
        for e in list(chain.iter_entries(conn)):
            fields = dict(e.__dict__, object_id="rewritten" if e.seq == 5 else e.object_id)
            mac = chain.seal(wrong_key, fields, prev)
            conn.execute(
                update(audit_log)
                .where(audit_log.c.seq == e.seq)
                .values(object_id=fields["object_id"], prev_mac=prev, mac=mac)
            )
            prev = mac
    r = _verify(hub)
    assert not r.ok and r.bad_seq == 1


def test_checkpoint_file_is_signed(hub: Hub) -> None:
    d = hub.settings.resolved_checkpoint_dir()
    with admin_unit(hub, write=False) as u:
        audit_service.checkpoint(u, d)
    path = d / checkpoints.FILE_NAME
    path.write_text(path.read_text().replace('"seq":', '"seq":1', 1))
    with pytest.raises(checkpoints.CheckpointError, match="bad signature"):
        _verify(hub)


def test_checkpoint_refuses_a_broken_chain(hub: Hub) -> None:
    _tamper(hub, "UPDATE audit_log SET action = 'x' WHERE seq = 2")
    with pytest.raises(checkpoints.CheckpointError, match="broken"), admin_unit(hub, write=False) as u:
        audit_service.checkpoint(u, hub.settings.resolved_checkpoint_dir())


def test_key_is_outside_the_database(hub: Hub) -> None:
    key_file = hub.settings.resolved_audit_key_file()
    assert key_file.exists() and bytes.fromhex(key_file.read_text().strip()) == hub.audit_key
    with admin_unit(hub, write=False) as u:
        first = u.conn.execute(select(audit_log).where(audit_log.c.seq == 1)).one()
    # the MAC is an HMAC under that key, not a plain hash anyone could recompute
    body = chain.canonical_json(
        [
            1,
            first.at.isoformat(),
            first.request_id,
            first.actor_user,
            first.actor_party,
            first.door,
            first.action,
            first.object_type,
            first.object_id,
            first.outcome,
            first.parties,
            first.detail,
            chain.GENESIS_MAC,
        ]
    )
    assert first.mac == hmac.new(hub.audit_key, body.encode(), hashlib.sha256).hexdigest()


def _cli(hub: Hub, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ, ACCORD_DATA_DIR=str(hub.settings.data_dir), ACCORD_DATABASE_URL=hub.settings.resolved_database_url()
    )
    return subprocess.run([sys.executable, "-m", "accord", *args], capture_output=True, text=True, env=env, timeout=120)


def test_cli_verify_names_the_first_bad_entry(hub: Hub) -> None:
    ok = _cli(hub, "audit", "verify")
    assert ok.returncode == 0 and "intact" in ok.stdout
    _tamper(hub, "UPDATE audit_log SET outcome = 'refused' WHERE seq = 12")
    bad = _cli(hub, "audit", "verify")
    assert bad.returncode == 1
    assert bad.stderr.strip().splitlines() == [
        "error: audit chain broken: entry 12 fails its MAC (changed, inserted or forged without the key)"
    ]


def test_cli_checkpoint_writes_the_head_to_the_checkpoint_file(hub: Hub) -> None:
    res = _cli(hub, "audit", "checkpoint", "--json")
    assert res.returncode == 0, res.stderr
    cp = checkpoints.latest(hub.settings.resolved_checkpoint_dir(), hub.audit_key)
    assert cp is not None and cp.seq == _verify(hub).head_seq


def test_concurrent_writers_keep_one_unbroken_chain(hub: Hub) -> None:
    import threading

    before = _head(hub)
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(8):
                with admin_unit(hub) as u:
                    service.add_person(u, f"Person {n}-{i}", "expert", "KZ")
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    r = _verify(hub)
    assert r.ok and r.head_seq == before + 32


def test_server_checkpoint_task_writes_a_checkpoint(hub: Hub) -> None:
    from accord.app import _checkpoint_once

    _checkpoint_once(hub)
    cp = checkpoints.latest(hub.settings.resolved_checkpoint_dir(), hub.audit_key)
    assert cp is not None and cp.seq == _head(hub)


def test_a_missing_audit_key_is_not_silently_replaced(hub: Hub) -> None:
    from accord.errors import AccordError

    hub.settings.resolved_audit_key_file().unlink()
    with pytest.raises(AccordError, match=r"audit key file .* is missing"):
        Hub(hub.settings, clock=hub.clock)
    assert not hub.settings.resolved_audit_key_file().exists()


def test_checkpoint_verifies_only_what_follows_the_last_checkpoint_but_catches_tampering_there(hub: Hub) -> None:
    d = hub.settings.resolved_checkpoint_dir()
    with admin_unit(hub, write=False) as u:
        first = audit_service.checkpoint(u, d)
    with admin_unit(hub) as u:
        service.add_person(u, "Someone", "expert", "CN")
    _tamper(hub, f"UPDATE audit_log SET object_id = 'x' WHERE seq = {first.seq + 1}")
    with pytest.raises(checkpoints.CheckpointError, match=f"entry {first.seq + 1}"), admin_unit(hub, False) as u:
        audit_service.checkpoint(u, d)
    _tamper(hub, f"UPDATE audit_log SET mac = '{'e' * 64}' WHERE seq = {first.seq}")
    with (
        pytest.raises(checkpoints.CheckpointError, match="differs from the signed checkpoint"),
        admin_unit(hub, False) as u,
    ):
        audit_service.checkpoint(u, d)
