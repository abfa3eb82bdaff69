"""Engines for SQLite (embedded default) and PostgreSQL.

SQLite is set up for durability and for several processes: WAL, foreign
keys, ``synchronous=FULL`` (a commit is on disk before it is acknowledged) and
a busy timeout. Write transactions start with ``BEGIN IMMEDIATE`` so that two
writers queue at the start instead of failing on a lock upgrade half-way.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import QueuePool

WRITE_OPTION = "accord_write"

# SQLite page cache per connection (KiB, as a negative cache_size). The
# default 2 MiB makes every batch insert re-read index pages from the OS;
# a pooled connection (LIFO, so the same few stay warm) keeps its pages.
SQLITE_CACHE_KIB = 16384
# Write transactions take their connections from a pool of their own, whose
# connection (SQLite has one writer at a time) keeps a larger cache: a batch of
# inserts touches a page of the object-id index per object, at random, and at a
# million objects that index alone is about 70 MB. (+6 % POST throughput at 1M
# objects against 16 MiB, for ~100 MB more RSS; docs/performance.md.)
SQLITE_WRITER_CACHE_KIB = 98304
# Reads through memory mapping, up to this many bytes of the database file (SQLite caps it at its
# build's maximum, 2 GiB by default). A screening batch reads its candidates' rows at random: at a
# million register entries (a 2 GB file) a chunk's 2,900 rows took 190 ms through read() and the
# page cache above, 50 ms mapped (docs/performance.md). The mapped pages are the operating
# system's page cache, shared by every connection and process, not a per-connection heap. The
# cost SQLite documents: an I/O error on a mapped page stops the process (SIGBUS) instead of
# failing one query.
SQLITE_MMAP_BYTES = 2 << 30
# WAL pages after which a committing connection checkpoints by itself. The
# server checkpoints in the background (``wal_checkpoint``) well before that,
# so that commits, which must fsync, do not also copy the WAL into the
# database; the default (1,000 pages, 4 MiB) made nearly every 1,000-object
# TAXII POST pay for a checkpoint. Processes without a server (the CLI)
# still checkpoint at this size.
SQLITE_AUTOCHECKPOINT_PAGES = 16384


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str) -> Engine:
    """Build the engine for a database URL (``sqlite:///...`` or ``postgresql+psycopg://...``)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        # A small pool: opening a connection and setting its PRAGMAs cost more
        # than a short read (a request runs several units of work).
        engine = _sqlite_engine(url, pool_size=8, max_overflow=24, cache_kib=SQLITE_CACHE_KIB)
        if not parsed.database or parsed.database == ":memory:":
            return engine  # a second engine would open another, empty, database
        # One warm connection for the writes; a few more only if a writer waits on another's lock.
        writer = _sqlite_engine(url, pool_size=1, max_overflow=4, cache_kib=SQLITE_WRITER_CACHE_KIB)
        _WRITERS[engine] = writer
        event.listen(engine, "engine_disposed", lambda _e: writer.dispose())
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


# The engine write transactions use, per engine that has one of its own (SQLite).
_WRITERS: WeakKeyDictionary[Engine, Engine] = WeakKeyDictionary()


def _sqlite_engine(url: str, *, pool_size: int, max_overflow: int, cache_kib: int) -> Engine:
    """A pooled SQLite engine (LIFO, so the same few connections stay warm). A pooled connection is
    used by one thread at a time, which is what check_same_thread=False allows."""
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=max_overflow,
        pool_timeout=60,
        pool_use_lifo=True,
        connect_args={"check_same_thread": False},
    )
    _configure_sqlite(engine, cache_kib)
    return engine


def _configure_sqlite(engine: Engine, cache_kib: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own
        # transaction handling cannot do BEGIN IMMEDIATE).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute(f"PRAGMA cache_size=-{cache_kib}")
        cur.execute(f"PRAGMA mmap_size={SQLITE_MMAP_BYTES}")
        cur.execute(f"PRAGMA wal_autocheckpoint={SQLITE_AUTOCHECKPOINT_PAGES}")
        # After a burst of writes, the WAL file is cut back to this size once it restarts.
        cur.execute(f"PRAGMA journal_size_limit={SQLITE_AUTOCHECKPOINT_PAGES * 4096}")  # 4 KiB pages
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


@contextmanager
def transaction(engine: Engine, *, write: bool) -> Iterator[Connection]:
    """One database transaction; committed when the block ends without error."""
    with (_WRITERS.get(engine, engine) if write else engine).connect() as conn:
        if write:
            conn = conn.execution_options(**{WRITE_OPTION: True})
        with conn.begin():
            yield conn


def wal_checkpoint(engine: Engine) -> tuple[int, int]:
    """Copy committed WAL pages into an SQLite database without blocking
    readers or writers (PASSIVE). Returns the WAL's frames and how many of
    them are now in the database; (0, 0) on PostgreSQL, which has no WAL file."""
    if not is_sqlite(engine):
        return (0, 0)
    with engine.connect() as conn:
        _busy, log_frames, done = conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").one()
    return int(log_frames), int(done)
