"""SQLite engine set-up: writes through a pool of their own with a larger page cache."""

from __future__ import annotations

from pathlib import Path

from accord.db.engine import SQLITE_CACHE_KIB, SQLITE_WRITER_CACHE_KIB, make_engine, transaction


def test_writes_use_their_own_warm_connection_and_reads_see_them(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    try:
        with transaction(engine, write=True) as conn:
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -SQLITE_WRITER_CACHE_KIB
            conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
            conn.exec_driver_sql("INSERT INTO t VALUES (1)")
            first = conn.connection.dbapi_connection
        with transaction(engine, write=True) as conn:
            assert conn.connection.dbapi_connection is first  # the same connection, its cache warm
            conn.exec_driver_sql("INSERT INTO t VALUES (2)")
        with transaction(engine, write=False) as conn:
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -SQLITE_CACHE_KIB
            assert conn.exec_driver_sql("SELECT sum(x) FROM t").scalar() == 3
            assert conn.connection.dbapi_connection is not first
    finally:
        engine.dispose()


def test_a_failed_write_changes_nothing(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    try:
        with transaction(engine, write=True) as conn:
            conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
        try:
            with transaction(engine, write=True) as conn:
                conn.exec_driver_sql("INSERT INTO t VALUES (1)")
                raise RuntimeError("refused half-way")
        except RuntimeError:
            pass
        with transaction(engine, write=False) as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar() == 0
    finally:
        engine.dispose()


def test_an_in_memory_database_is_one_database() -> None:
    engine = make_engine("sqlite:///:memory:")
    try:
        with transaction(engine, write=True) as conn:
            conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
        with transaction(engine, write=False) as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar() == 0
    finally:
        engine.dispose()
