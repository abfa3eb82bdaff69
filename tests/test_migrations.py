"""Migrations bring an empty database to the current schema, and agree with the models."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from accord.db import migrate
from accord.db.engine import make_engine
from accord.db.schema import metadata
from accord.hub import Hub
from tests.conftest import PG_URL


def _fresh_url(tmp_path: Path) -> str:
    if PG_URL:
        return PG_URL  # the bare `accord_test` database the script created, never migrated by fixtures
    return f"sqlite:///{tmp_path / 'fresh.sqlite3'}"


def test_migrations_build_the_schema_and_match_the_models(tmp_path: Path) -> None:
    engine = make_engine(_fresh_url(tmp_path))
    try:
        assert migrate.current_revision(engine) in (None, migrate.head_revision(engine))
        migrate.upgrade(engine)
        assert migrate.is_current(engine)
        tables = set(inspect(engine).get_table_names())
        assert set(metadata.tables) <= tables
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
        assert diff == []
        migrate.upgrade(engine)  # idempotent
        assert migrate.is_current(engine)
    finally:
        engine.dispose()


def test_sqlite_is_durable_wal_with_foreign_keys(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    engine.dispose()


def test_suite_runs_on_the_configured_engine(hub: Hub) -> None:
    assert hub.engine.dialect.name == ("postgresql" if PG_URL else "sqlite")
