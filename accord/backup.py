"""Consistent online backup and restore of the hub's database.

SQLite: the SQLite online backup API (a consistent copy while the hub
serves). PostgreSQL: ``pg_dump -Fc`` and ``pg_restore --clean``. Keys live
outside the database and are backed up separately (docs/deployment.md).
"""

from __future__ import annotations

import glob
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy.engine import make_url

from accord.errors import AccordError, BadRequest


class BackupError(AccordError):
    status = 500


REQUIRED_TABLES = {"alembic_version", "audit_log", "parties", "users"}


def _sqlite_path(url: str) -> Path:
    db = make_url(url).database
    if not db or db == ":memory:":
        raise BackupError("an in-memory database cannot be backed up")
    return Path(db)


def _pg_tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if candidates:
        return candidates[-1]
    raise BackupError(f"{name} not found: install the PostgreSQL client tools")


def _libpq_url(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def backup(url: str, target: Path) -> None:
    """Write a consistent copy of the database to ``target``."""
    backend = make_url(url).get_backend_name()
    target.parent.mkdir(parents=True, exist_ok=True)
    if backend == "sqlite":
        tmp = target.with_name(target.name + ".part")
        tmp.unlink(missing_ok=True)
        src = sqlite3.connect(_sqlite_path(url))
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        tmp.replace(target)
    elif backend == "postgresql":
        proc = subprocess.run(
            [_pg_tool("pg_dump"), "-Fc", "--no-owner", "-f", str(target), _libpq_url(url)],
            capture_output=True,
            text=True,
        )
        if proc.returncode != 0:
            last = (proc.stderr.strip().splitlines() or ["pg_dump failed"])[-1]
            raise BackupError(f"backup failed: {last}")
    else:
        raise BackupError(f"no backup method for {backend}")


def _check_sqlite_file(path: Path) -> None:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise BadRequest(f"{path} is not an Accord backup: {exc}") from None
    missing = REQUIRED_TABLES - names
    if missing:
        raise BadRequest(f"{path} is not an Accord backup (missing tables: {', '.join(sorted(missing))})")


def restore(url: str, source: Path) -> None:
    """Replace the database's content with the backup's."""
    if not source.is_file():
        raise BadRequest(f"no such backup file: {source}")
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        _check_sqlite_file(source)
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(_sqlite_path(url))
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    elif backend == "postgresql":
        proc = subprocess.run(
            [
                _pg_tool("pg_restore"),
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                "-d",
                _libpq_url(url),
                str(source),
            ],
            capture_output=True,
            text=True,
        )
        if proc.returncode != 0:
            last = (proc.stderr.strip().splitlines() or ["pg_restore failed"])[-1]
            raise BadRequest(f"restore failed: {last}")
    else:
        raise BackupError(f"no restore method for {backend}")
