"""Fixtures.

Strategy: each test gets its own database, copied from a template built once
per session — an empty migrated schema, or the schema with the demo alliance
loaded. On SQLite the template is a file copied per test; on PostgreSQL
(``ACCORD_TEST_DATABASE_URL``, set by ``scripts/with-postgres.sh`` in
``make test``) it is a template database cloned with ``CREATE DATABASE ...
TEMPLATE``. The audit key is fixed for the session so that the template's
chain verifies in every copy. Time is a ``FrozenClock`` that tests move.
"""

from __future__ import annotations

import base64
import itertools
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from accord import demo
from accord.app import create_app
from accord.clock import FrozenClock
from accord.db import migrate
from accord.db.engine import make_engine
from accord.hub import Hub
from accord.parties.models import Actor
from accord.settings import Settings

PG_URL = os.environ.get("ACCORD_TEST_DATABASE_URL")
# Public test data lives in shared/ beside the clone (as CI lays it out).
SHARED_DATA = Path(os.environ.get("ACCORD_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))
ICS_BUNDLE = SHARED_DATA / "attack" / "ics-attack-18.1.json"
AUDIT_KEY_HEX = "a1" * 32
SECRET_KEY_HEX = "b2" * 32
DEMO_PASSWORD = "demo-password-for-tests"
# Cheap argon2 for tests: the parameters are the hub's settings, not its logic.
FAST_ARGON = {"argon2_time_cost": 1, "argon2_memory_cost_kib": 1024}
START = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)

_counter = itertools.count()


def basic(username: str, password: str) -> dict[str, str]:
    raw = base64.b64encode(f"{username}:{password}".encode()).decode()
    return {"Authorization": f"Basic {raw}"}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def write_keys(data_dir: Path) -> None:
    keys = data_dir / "keys"
    keys.mkdir(parents=True, exist_ok=True)
    (keys / "audit.key").write_text(AUDIT_KEY_HEX + "\n")
    (keys / "secret.key").write_text(SECRET_KEY_HEX + "\n")


def make_settings(data_dir: Path, database_url: str) -> Settings:
    write_keys(data_dir)
    return Settings(
        data_dir=data_dir,
        database_url=database_url,
        audit_checkpoint_interval_seconds=0,
        **FAST_ARGON,
    )


@dataclass
class Templates:
    empty: str
    demo: str


def _pg_admin_url() -> str:
    assert PG_URL
    return make_url(PG_URL).set(database="postgres").render_as_string(hide_password=False)


def _pg_exec(sql: str) -> None:
    eng = create_engine(_pg_admin_url(), isolation_level="AUTOCOMMIT")
    with eng.connect() as conn:
        conn.execute(text(sql))
    eng.dispose()


def _build(url: str, data_dir: Path, with_demo: bool) -> None:
    settings = make_settings(data_dir, url)
    engine = make_engine(url)
    migrate.upgrade(engine)
    hub = Hub(settings, clock=FrozenClock(START), engine=engine)
    if with_demo:
        with hub.unit(Actor.local_admin("cli"), write=True) as u:
            demo.load(u, DEMO_PASSWORD, (1, 1024))
    hub.dispose()


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Templates]:
    base = tmp_path_factory.mktemp("templates")
    if PG_URL:
        names = {"empty": "accord_tpl_empty", "demo": "accord_tpl_demo"}
        for name in names.values():
            _pg_exec(f"DROP DATABASE IF EXISTS {name}")
            _pg_exec(f"CREATE DATABASE {name}")
        mk = make_url(PG_URL)
        _build(mk.set(database=names["empty"]).render_as_string(hide_password=False), base, False)
        _build(mk.set(database=names["demo"]).render_as_string(hide_password=False), base, True)
        yield Templates(names["empty"], names["demo"])
    else:
        empty, dem = base / "empty.sqlite3", base / "demo.sqlite3"
        _build(f"sqlite:///{empty}", base, False)
        _build(f"sqlite:///{dem}", base, True)
        yield Templates(str(empty), str(dem))


def _clone(templates: Templates, which: str, data_dir: Path) -> Iterator[str]:
    source = getattr(templates, which)
    if PG_URL:
        name = f"accord_t{os.getpid()}_{next(_counter)}"
        _pg_exec(f"CREATE DATABASE {name} TEMPLATE {source}")
        url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
        yield url
        _pg_exec(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    else:
        target = data_dir / "accord.sqlite3"
        shutil.copyfile(source, target)
        yield f"sqlite:///{target}"


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(START)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def empty_url(templates: Templates, data_dir: Path) -> Iterator[str]:
    yield from _clone(templates, "empty", data_dir)


@pytest.fixture
def demo_url(templates: Templates, data_dir: Path) -> Iterator[str]:
    yield from _clone(templates, "demo", data_dir)


@pytest.fixture
def settings(demo_url: str, data_dir: Path) -> Settings:
    return make_settings(data_dir, demo_url)


@pytest.fixture
def hub(settings: Settings, clock: FrozenClock) -> Iterator[Hub]:
    h = Hub(settings, clock=clock)
    yield h
    h.dispose()


@pytest.fixture
def client(hub: Hub) -> Iterator[TestClient]:
    with TestClient(create_app(hub.settings, hub=hub)) as c:
        yield c


@pytest.fixture
def empty_hub(empty_url: str, data_dir: Path, clock: FrozenClock) -> Iterator[Hub]:
    h = Hub(make_settings(data_dir, empty_url), clock=clock)
    yield h
    h.dispose()


def admin_unit(hub: Hub, write: bool = True):  # type: ignore[no-untyped-def]
    return hub.unit(Actor.local_admin("cli"), write=write)


PK_ANALYST = basic("pk-analyst", DEMO_PASSWORD)
ALLIANCE_ADMIN = basic("secretariat-alliance-admin", DEMO_PASSWORD)


@pytest.fixture
def server(hub: Hub) -> Iterator[str]:
    """The hub as a real HTTP server on a free loopback port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(hub.settings, hub=hub), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("server did not start")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
