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
        assert conn.exec_driver_sql("PRAGMA mmap_size").scalar() > 0  # random reads of a large file, mapped
    engine.dispose()


def test_suite_runs_on_the_configured_engine(hub: Hub) -> None:
    assert hub.engine.dialect.name == ("postgresql" if PG_URL else "sqlite")


def test_an_import_finds_an_entry_by_source_and_party_through_one_index(hub: Hub) -> None:
    """Re-import looks each record up by (source id, party). With an index per column SQLite took
    the party's, which holds every entry the party designated: imports grew quadratic. The
    composite index exists on every engine, and SQLite's plan for the lookup uses it."""
    from sqlalchemy.dialects import sqlite

    from accord.register import store

    indexes = {tuple(ix["column_names"]) for ix in inspect(hub.engine).get_indexes("register_entries")}
    assert ("source_id", "party_id") in indexes
    assert ("source_id",) not in indexes  # the composite index serves lookups by source alone
    if hub.engine.dialect.name != "sqlite":
        return
    query = store._entry_select().where(store.E.c.source_id == "synth-1", store.E.c.party_id == 3)
    sql = str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with hub.engine.connect() as conn:
        plan = " ".join(str(row[-1]) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
    assert "ix_register_entries_source_party" in plan, plan
