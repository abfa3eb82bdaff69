"""The application factory: ``create_app(settings)`` builds the whole HTTP hub."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse

from accord import __version__
from accord.api.deps import WWW_AUTHENTICATE, request_id
from accord.audit import service as audit_service
from accord.clock import Clock
from accord.db import migrate
from accord.db.engine import is_sqlite, wal_checkpoint
from accord.errors import AccordError, TooManyRequests
from accord.hub import Hub
from accord.parties.models import Actor
from accord.settings import Settings

log = logging.getLogger("accord")
# How often the server copies SQLite's WAL into the database, off the request path.
WAL_CHECKPOINT_SECONDS = 1


async def _every(interval: int, what: str, work: Callable[[], object]) -> None:
    """Run ``work`` in a thread every ``interval`` seconds; a failure is logged and retried next time."""
    while True:
        await asyncio.sleep(interval)
        try:
            await asyncio.to_thread(work)
        except Exception:
            log.exception("periodic %s failed", what)


def _checkpoint_once(hub: Hub) -> None:
    with hub.unit(Actor.local_admin("scheduler")) as u:
        audit_service.checkpoint(u, hub.settings.resolved_checkpoint_dir())


def create_app(settings: Settings, *, clock: Clock | None = None, hub: Hub | None = None) -> FastAPI:
    """Build the hub's HTTP application. The database must be migrated (``accord init``)."""
    hub = hub or Hub(settings, clock=clock)
    if not migrate.is_current(hub.engine):
        raise RuntimeError("the database schema is not current: run `accord init` or `accord migrate-db`")

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from accord.register import screening

        tasks = []
        if is_sqlite(hub.engine):
            wal = lambda: wal_checkpoint(hub.engine)  # noqa: E731
            tasks.append(asyncio.create_task(_every(WAL_CHECKPOINT_SECONDS, "WAL checkpoint", wal)))
        if settings.audit_checkpoint_interval_seconds > 0:
            interval = settings.audit_checkpoint_interval_seconds
            tasks.append(asyncio.create_task(_every(interval, "audit checkpoint", lambda: _checkpoint_once(hub))))
        if settings.watch_interval_seconds > 0:
            interval = settings.watch_interval_seconds
            tasks.append(
                asyncio.create_task(_every(interval, "watch-list screening", lambda: screening.rescreen_watchlist(hub)))
            )
        if settings.council_interval_seconds > 0:
            from accord.council import service as council

            interval = settings.council_interval_seconds
            step = lambda: council.scheduler_step(hub)  # noqa: E731
            tasks.append(asyncio.create_task(_every(interval, "council scheduler", step)))
        for job_id in screening.unfinished_jobs(hub):  # jobs cut short by a restart carry on
            threading.Thread(target=screening.run_job, args=(hub, job_id), daemon=True).start()
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await asyncio.to_thread(screening.engine(hub).save)

    app = FastAPI(
        title="Accord",
        version=__version__,
        description="Secure cooperation hub of a multinational security alliance.",
        openapi_url="/api/v1/openapi.json",
        docs_url="/api/v1/docs",
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.hub = hub

    @app.exception_handler(AccordError)
    async def _accord_error(request: Request, exc: AccordError) -> JSONResponse:
        headers = {"X-Request-ID": request_id(request)}
        if exc.status == 401:
            headers["WWW-Authenticate"] = WWW_AUTHENTICATE
        if isinstance(exc, TooManyRequests):
            headers["Retry-After"] = str(exc.retry_after)
        actor = getattr(request.state, "actor", None)
        if exc.status in (403,) and isinstance(actor, Actor):
            await asyncio.to_thread(
                hub.record_refusal,
                actor,
                request_id(request),
                f"{request.method} {request.url.path}",
                "request",
                exc.message,
            )
        return JSONResponse({"detail": exc.message}, status_code=exc.status, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for err in exc.errors():
            where = ".".join(str(x) for x in err.get("loc", ()) if x != "body")
            problems.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
        return JSONResponse({"detail": "; ".join(problems) or "invalid request"}, status_code=422)

    @app.middleware("http")
    async def _request_id_header(request: Request, call_next):  # type: ignore[no-untyped-def]
        response = await call_next(request)
        response.headers.setdefault("X-Request-ID", request_id(request))
        return response

    @app.get("/healthz", tags=["meta"])
    def healthz() -> dict[str, str]:
        """Liveness and database check."""
        with hub.unit(Actor.local_admin("api")) as u:
            u.conn.exec_driver_sql("SELECT 1")
        return {"status": "ok", "version": __version__}

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home() -> str:
        return _HOME

    from accord.audit.routes import router as audit_router
    from accord.council.routes import router as council_router
    from accord.intel.routes import router as intel_router
    from accord.parties.routes import router as parties_router
    from accord.register.routes import router as register_router
    from accord.taxii.app import create_taxii_app

    app.include_router(parties_router, prefix="/api/v1")
    app.include_router(intel_router, prefix="/api/v1")
    app.mount("/taxii2", create_taxii_app(hub))
    app.include_router(audit_router, prefix="/api/v1")
    app.include_router(register_router, prefix="/api/v1")
    app.include_router(council_router, prefix="/api/v1")
    return app


def create_app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory`` (and ``accord serve`` with several workers)."""
    return create_app(Settings())


_HOME = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Accord</title></head>
<body>
<h1>Accord</h1>
<p>Secure cooperation hub. The REST API lives under <code>/api/v1/</code>;
its description is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p>
<p>Authenticate with HTTP Basic (username and password) or a Bearer token
(<code>accord token create USERNAME</code>).</p>
</body></html>
"""
