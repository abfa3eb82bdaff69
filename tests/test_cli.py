"""The command line as users run it: real processes, exit codes, one-line errors, --json."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FAST_ARGON, write_keys


@pytest.fixture
def cli_env(empty_url: str, data_dir: Path) -> dict[str, str]:
    write_keys(data_dir)
    env = dict(os.environ, ACCORD_DATA_DIR=str(data_dir), ACCORD_DATABASE_URL=empty_url)
    env.update({f"ACCORD_{k.upper()}": str(v) for k, v in FAST_ARGON.items()})
    env.pop("ACCORD_USER", None)
    return env


def run(env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "accord", *args], capture_output=True, text=True, env=env, input=stdin, timeout=120
    )


def test_init_party_user_token_flow(cli_env: dict[str, str], tmp_path: Path) -> None:
    pw = tmp_path / "pw"
    pw.write_text("admin-password-1\n")
    r = run(
        cli_env, "init", "--alliance", "Test Alliance", "--admin", "root-admin", "--password-file", str(pw), "--json"
    )
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["party"] == "SECRETARIAT"
    again = run(cli_env, "init", "--alliance", "Other", "--admin", "x-admin", "--password-file", str(pw))
    assert again.returncode == 1 and again.stderr.strip() == "error: this hub already holds an alliance"

    assert (
        run(
            cli_env, "party", "add", "KZ", "--name", "Kazakhstan", "--status", "member", "--since", "2001-06-15"
        ).returncode
        == 0
    )
    assert (
        run(
            cli_env, "party", "add", "IN", "--name", "India", "--status", "observer", "--since", "2005-07-05"
        ).returncode
        == 0
    )
    assert run(cli_env, "party", "status", "IN", "member", "--since", "2017-06-09").returncode == 0
    listing = json.loads(run(cli_env, "party", "list", "--at", "2010-01-01", "--json").stdout)
    assert {p["code"]: p["status"] for p in listing} == {"IN": "observer", "KZ": "member", "SECRETARIAT": None}

    bad = run(cli_env, "party", "list", "--at", "yesterday")
    assert bad.returncode == 1 and bad.stderr.strip() == "error: not a date (expected YYYY-MM-DD): 'yesterday'"
    unknown = run(cli_env, "party", "status", "ZZ", "member", "--since", "2020-01-01")
    assert unknown.returncode == 1 and unknown.stderr.strip() == "error: no party with code 'ZZ'"

    r = run(cli_env, "user", "add", "in-analyst", "--party", "IN", "--role", "analyst", "--password-file", str(pw))
    assert r.returncode == 0, r.stderr
    r = run(cli_env, "user", "add", "in-bad", "--party", "IN", "--role", "wizard", "--password-file", str(pw))
    assert r.returncode == 1 and "unknown role 'wizard'" in r.stderr
    users = json.loads(run(cli_env, "user", "list", "--json").stdout)
    assert {u["username"] for u in users} == {"root-admin", "in-analyst"}

    tok = run(cli_env, "token", "create", "in-analyst", "--expires-days", "7", "--json")
    assert tok.returncode == 0
    created = json.loads(tok.stdout)
    assert created["token"].startswith("acc_")
    tokens = run(cli_env, "token", "list", "--json")
    assert created["token"] not in tokens.stdout and created["id"] in tokens.stdout
    assert run(cli_env, "token", "revoke", created["id"]).returncode == 0
    assert json.loads(run(cli_env, "token", "list", "--json").stdout)[0]["revoked_at"] is not None

    assert (
        run(cli_env, "group", "create", "central-asia", "--member", "KZ", "--member", "IN", "--hidden").returncode == 0
    )
    groups = json.loads(run(cli_env, "group", "list", "--json").stdout)
    assert groups[0]["members"] == ["IN", "KZ"] and groups[0]["hidden_membership"] is True
    assert run(cli_env, "group", "remove", "central-asia", "IN").returncode == 0
    dup = run(cli_env, "group", "remove", "central-asia", "IN")
    assert dup.returncode == 1 and dup.stderr.count("\n") == 1

    log = json.loads(run(cli_env, "audit", "log", "--party", "IN", "--json").stdout)
    assert [e["action"] for e in log][:3] == ["party.add", "party.status", "user.add"]
    assert all(e["actor_user"] == "system" and e["door"] == "cli" for e in log)
    assert run(cli_env, "audit", "verify").returncode == 0


def test_failed_command_changes_nothing(cli_env: dict[str, str], tmp_path: Path) -> None:
    pw = tmp_path / "pw"
    pw.write_text("admin-password-1")
    assert run(cli_env, "init", "--alliance", "A", "--admin", "a-admin", "--password-file", str(pw)).returncode == 0

    def state() -> tuple[object, object]:
        log = json.loads(run(cli_env, "audit", "log", "--json", "--limit", "1000").stdout)
        writes = [e for e in log if e["action"] != "read"]  # reading the log is itself recorded
        return writes, run(cli_env, "party", "list", "--json").stdout

    before = state()
    r = run(
        cli_env, "party", "add", "XX", "--name", "X", "--kind", "body", "--status", "member", "--since", "2020-01-01"
    )
    assert r.returncode == 1 and "cannot have status member" in r.stderr
    assert state() == before


def test_demo_load_and_credentials(cli_env: dict[str, str]) -> None:
    r = run(cli_env, "demo", "load")
    assert r.returncode == 0, r.stderr
    creds = json.loads(run(cli_env, "demo", "credentials", "--json").stdout)
    assert creds["password"].startswith("demo-")
    assert {"username": "pk-analyst", "party": "PK", "role": "analyst"} in creds["users"]
    # The demo register: invented designations entered under the register's rules, screenable at once.
    listed = json.loads(run(cli_env, "register", "list", "--as", "kz-viewer", "--json").stdout)
    assert {(e["tier"], e["status"]) for e in listed} == {("national", "active"), ("joint", "listed")}
    assert len(listed) == 5
    found = json.loads(run(cli_env, "screen", "Wang Jian-guo", "--as", "kz-analyst", "--json").stdout)
    assert found[0]["entry"]["name"] == "王建国" and found[0]["decision"] == "match"
    meetings = json.loads(run(cli_env, "council", "meetings", "--as", "pk-viewer", "--json").stdout)
    assert [m["title"] for m in meetings] == ["13th Meeting of Security Council Secretaries"]
    minutes = run(cli_env, "council", "minutes", str(meetings[0]["id"]), "--as", "pk-viewer").stdout
    assert "Nasser Khan Janjua" in minutes and "Qingdao" in minutes
    again = run(cli_env, "demo", "load")
    assert again.returncode == 1
    assert run(cli_env, "demo", "load", "--if-empty").returncode == 0


def test_help_is_helpful(cli_env: dict[str, str]) -> None:
    r = run(cli_env, "--help")
    assert r.returncode == 0
    for cmd in ("init", "serve", "demo", "party", "user", "token", "group", "audit", "backup", "restore"):
        assert cmd in r.stdout
    r = run(cli_env, "user", "add", "--help")
    assert "--password-file" in r.stdout and "--role" in r.stdout


def test_backup_and_restore_commands(cli_env: dict[str, str], tmp_path: Path) -> None:
    assert run(cli_env, "demo", "load").returncode == 0
    target = tmp_path / "hub.backup"
    r = run(cli_env, "backup", str(target))
    assert r.returncode == 0, r.stderr
    assert run(cli_env, "party", "status", "PK", "suspended", "--since", "2026-01-01").returncode == 0
    assert run(cli_env, "audit", "checkpoint").returncode == 0  # the checkpoint now covers the suspension
    r = run(cli_env, "restore", str(target), "--yes")
    assert r.returncode == 0, r.stderr
    pk = json.loads(run(cli_env, "party", "show", "PK", "--json").stdout)
    assert [h["status"] for h in pk["history"]] == ["observer", "member"]
    # the restore signed the restored head, so the chain verifies again
    assert run(cli_env, "audit", "verify").returncode == 0
    bad = run(cli_env, "restore", str(tmp_path / "nothing.backup"), "--yes")
    assert bad.returncode == 1 and bad.stderr.startswith("error: no such backup file")
