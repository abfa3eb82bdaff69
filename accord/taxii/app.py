"""The TAXII 2.1 server (OASIS TAXII 2.1, 2021-06-10), mounted at ``/taxii2``.

HTTP only: requests are translated into calls of ``accord.intel.service``
and back. Every response, errors included, is ``application/taxii+json;
version=2.1``; every error has a TAXII error body.
"""

from __future__ import annotations

import asyncio
import json
import re
import uuid
from datetime import timedelta
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from sqlalchemy import delete, select
from starlette.exceptions import HTTPException as StarletteHTTPException

from accord.access import stamps
from accord.api.deps import WWW_AUTHENTICATE, authenticate, request_id
from accord.db.schema import taxii_status
from accord.errors import (
    AccordError,
    BadRequest,
    Forbidden,
    NotAcceptable,
    NotFound,
    PayloadTooLarge,
    TooManyRequests,
    Unprocessable,
    UnsupportedMediaType,
)
from accord.hub import Hub
from accord.intel import service
from accord.intel.models import Filters, Page
from accord.jsontext import compact_json
from accord.parties import store as parties_store
from accord.parties.models import Actor
from accord.taxii import cursor

TAXII = "application/taxii+json;version=2.1"
STIX = "application/stix+json;version=2.1"
MAX_PAGE = 1000
STATUS_KEEP = timedelta(hours=48)


def taxii_json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    raw = body if isinstance(body, bytes) else compact_json(body).encode()
    return Response(raw, status_code=status, media_type=TAXII, headers=headers)


def error_response(status: int, title: str, description: str, headers: dict[str, str] | None = None) -> Response:
    return taxii_json(
        {"title": title, "description": description, "http_status": str(status)}, status=status, headers=headers
    )


_TITLES = {
    400: "Bad request",
    401: "Authentication required",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    406: "Not acceptable",
    409: "Conflict",
    413: "Payload too large",
    415: "Unsupported media type",
    422: "Unprocessable entity",
    429: "Too many requests",
    500: "Internal error",
}


def _taxii_media(value: str) -> bool:
    """``application/taxii+json`` with no version or version 2.1 (q and other parameters ignored)."""
    parts = [p.strip() for p in value.split(";")]
    if parts[0].lower() != "application/taxii+json":
        return False
    for p in parts[1:]:
        k, _, v = p.partition("=")
        if k.strip().lower() == "version" and v.strip() != "2.1":
            return False
    return True


def check_accept(request: Request) -> None:
    accept = request.headers.get("accept")
    if not accept:
        return
    for item in accept.split(","):
        head = item.split(";")[0].strip().lower()
        if head in ("*/*", "application/*") or _taxii_media(item):
            return
    raise NotAcceptable(f"this endpoint answers {TAXII}; Accept was {accept!r}")


def slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "api"


def _format_ts(us: int) -> str:
    return stamps.taxii_timestamp(us)


def _date_headers(page: Page, after: int | None) -> dict[str, str]:
    if page.items:
        first, last = page.items[0].date_added_us, page.items[-1].date_added_us
    else:
        # Nothing new: echo the client's position, so that paging from Last stays put.
        first = last = after if after is not None else 0
    return {"X-TAXII-Date-Added-First": _format_ts(first), "X-TAXII-Date-Added-Last": _format_ts(last)}


_MATCH_RE = re.compile(r"^match\[([a-z_]+)\]$")
_KNOWN_PARAMS = {"added_after", "limit", "next"}


def parse_filters(request: Request, *, allowed: set[str], hub: Hub, actor: Actor, bind: str) -> tuple[Filters, str]:
    """TAXII query parameters → filters; a malformed one is a 400. Returns the
    filters and the query hash that ``next`` cursors are bound to."""
    params = request.query_params
    seen: dict[str, str] = {}
    for key in params:
        values = params.getlist(key)
        if len(values) > 1:
            raise BadRequest(f"parameter {key} given more than once")
        m = _MATCH_RE.match(key)
        if m:
            if m.group(1) in allowed:
                seen[key] = values[0]
        elif key in _KNOWN_PARAMS:
            seen[key] = values[0]
    kwargs: dict[str, Any] = {}

    def listed(field: str) -> tuple[str, ...] | None:
        raw = seen.get(f"match[{field}]")
        if raw is None:
            return None
        items = tuple(x.strip() for x in raw.split(",") if x.strip())
        if not items:
            raise BadRequest(f"match[{field}] is empty")
        return items

    if (ids := listed("id")) is not None:
        kwargs["ids"] = ids
    if (types := listed("type")) is not None:
        kwargs["types"] = types
    if (specs := listed("spec_version")) is not None:
        kwargs["spec_versions"] = specs
    if (versions := listed("version")) is not None:
        out = []
        for v in versions:
            if v in ("last", "first", "all"):
                out.append(v)
            else:
                out.append(str(service.parse_stix_time(v)))
        if "all" in out and len(out) > 1:
            raise BadRequest("match[version]=all cannot be combined with other values")
        kwargs["versions"] = tuple(out)
    if "added_after" in seen:
        kwargs["added_after_us"] = service.parse_stix_time(seen["added_after"])
    limit = MAX_PAGE
    if "limit" in seen:
        try:
            limit = int(seen["limit"])
        except ValueError:
            raise BadRequest(f"limit must be a positive integer: {seen['limit']!r}") from None
        if limit <= 0:
            raise BadRequest(f"limit must be a positive integer: {seen['limit']!r}")
    kwargs["limit"] = min(limit, MAX_PAGE)
    bound = {k: v for k, v in seen.items() if k not in ("next", "limit")}
    bound["@"] = bind
    qhash = cursor.query_hash(bound)
    if "next" in seen:
        assert actor.user_id is not None
        after = cursor.decode(hub.secret_key, seen["next"], actor.user_id, qhash, stamps.to_us(hub.clock.now()))
        kwargs["added_after_us"] = max(after, kwargs.get("added_after_us", after))
    return Filters(**kwargs), qhash


def _next_token(hub: Hub, actor: Actor, qhash: str, page: Page) -> str | None:
    if not page.more or not page.items or actor.user_id is None:
        return None
    return cursor.encode(
        hub.secret_key, actor.user_id, qhash, page.items[-1].date_added_us, stamps.to_us(hub.clock.now())
    )


def create_taxii_app(hub: Hub) -> FastAPI:
    app = FastAPI(title="Accord TAXII 2.1", openapi_url=None, docs_url=None, redoc_url=None)
    app.state.hub = hub

    names: dict[str, str] = {}

    def root_path() -> str:
        # The alliance's name does not change: read it once.
        if "root" not in names:
            with hub.unit(Actor.local_admin("taxii")) as u:
                a = parties_store.get_alliance(u.conn)
            if a is None:
                return "api"
            names["root"], names["title"] = slugify(a.name), a.name
        return names["root"]

    @app.exception_handler(AccordError)
    async def _accord(request: Request, exc: AccordError) -> Response:
        headers = {}
        if exc.status == 401:
            headers["WWW-Authenticate"] = WWW_AUTHENTICATE
        if isinstance(exc, TooManyRequests):
            headers["Retry-After"] = str(exc.retry_after)
        actor = getattr(request.state, "actor", None)
        if exc.status in (403, 404) and isinstance(actor, Actor):
            await asyncio.to_thread(
                hub.record_refusal,
                actor,
                request_id(request),
                f"{request.method} {request.url.path}",
                "taxii",
                exc.message,
            )
        return error_response(exc.status, _TITLES.get(exc.status, "Error"), exc.message, headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        return error_response(exc.status_code, _TITLES.get(exc.status_code, "Error"), str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        return error_response(400, "Bad request", "; ".join(str(e.get("msg")) for e in exc.errors()))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        return error_response(500, "Internal error", "the server could not complete the request")

    def actor_of(request: Request) -> Actor:
        check_accept(request)
        actor = authenticate(request, "taxii")
        service.ensure_access_current(hub, actor)
        return actor

    def check_root(root: str) -> None:
        if root != root_path():
            raise NotFound(f"no API root {root!r}")

    @app.get("/")
    def discovery(request: Request) -> Response:
        actor_of(request)
        with hub.unit(Actor.local_admin("taxii")) as u:
            a = parties_store.get_alliance(u.conn)
        title = f"Accord — {a.name}" if a else "Accord"
        root = f"/taxii2/{root_path()}/"
        return taxii_json(
            {
                "title": title,
                "description": "TAXII 2.1 server of the alliance's cooperation hub.",
                "default": root,
                "api_roots": [root],
            }
        )

    @app.get("/{root}/")
    def api_root(root: str, request: Request) -> Response:
        actor_of(request)
        check_root(root)
        with hub.unit(Actor.local_admin("taxii")) as u:
            a = parties_store.get_alliance(u.conn)
        return taxii_json(
            {
                "title": a.name if a else "Accord",
                "description": "Shared intelligence, one collection per audience.",
                "versions": [TAXII],
                "max_content_length": hub.settings.taxii_max_content_length,
            }
        )

    @app.get("/{root}/status/{status_id}/")
    def status(root: str, status_id: str, request: Request) -> Response:
        actor = actor_of(request)
        check_root(root)
        with hub.unit(actor) as u:
            row = u.conn.execute(select(taxii_status).where(taxii_status.c.id == status_id)).one_or_none()
        if row is None or row.user_id != actor.user_id:
            raise NotFound(f"no status {status_id!r}")
        return taxii_json(_status_body(row))

    def _collection_body(c: service.Collection) -> dict[str, Any]:
        return {
            "id": c.id,
            "title": c.title,
            "description": c.description,
            "alias": c.alias,
            "can_read": c.can_read,
            "can_write": c.can_write,
            "media_types": [STIX],
        }

    @app.get("/{root}/collections/")
    def list_collections(root: str, request: Request) -> Response:
        actor = actor_of(request)
        check_root(root)
        with hub.unit(actor) as u:
            cols = service.collections(u)
        return taxii_json({"collections": [_collection_body(c) for c in cols]} if cols else {})

    @app.get("/{root}/collections/{cid}/")
    def get_collection(root: str, cid: str, request: Request) -> Response:
        actor = actor_of(request)
        check_root(root)
        with hub.unit(actor) as u:
            c = service.collection(u, cid)
        return taxii_json(_collection_body(c))

    def _readable(u: Any, cid: str) -> service.Collection:
        c = service.collection(u, cid)
        if not c.can_read:
            raise Forbidden("this collection cannot be read")
        return c

    @app.get("/{root}/collections/{cid}/objects/")
    def get_objects(root: str, cid: str, request: Request) -> Response:
        actor = actor_of(request)
        check_root(root)
        filters, qhash = parse_filters(
            request, allowed={"id", "type", "version", "spec_version"}, hub=hub, actor=actor, bind=f"objects:{cid}"
        )
        with hub.unit(actor, request_id=request_id(request)) as u:
            c = _readable(u, cid)
            page = service.read_page(u, c, filters)
        return _envelope(hub, actor, qhash, page, filters)

    @app.post("/{root}/collections/{cid}/objects/")
    async def post_objects(root: str, cid: str, request: Request) -> Response:
        actor = await asyncio.to_thread(actor_of, request)
        check_root(root)
        ctype = request.headers.get("content-type", "")
        if not _taxii_media(ctype):
            raise UnsupportedMediaType(f"POST needs Content-Type {TAXII}, not {ctype!r}")
        limit = hub.settings.taxii_max_content_length
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise PayloadTooLarge(f"the body exceeds max_content_length ({limit} bytes)")
        body = await request.body()
        if len(body) > limit:
            raise PayloadTooLarge(f"the body exceeds max_content_length ({limit} bytes)")
        try:
            envelope = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            raise Unprocessable("the body is not JSON") from None
        if not isinstance(envelope, dict) or not isinstance(envelope.get("objects"), list):
            raise Unprocessable("the body is not a TAXII envelope: an object with an 'objects' list")
        objects = envelope["objects"]
        return await asyncio.to_thread(_post, actor, cid, objects, request_id(request))

    def _post(actor: Actor, cid: str, objects: list[Any], rid: str) -> Response:
        with hub.unit(actor, write=True, request_id=rid) as u:
            c = service.collection(u, cid)
            if not c.can_write:
                raise Forbidden(f"collection {c.alias} is not writable for {actor.username}")
            result = service.post_objects(u, objects, c)
            sid = str(uuid.uuid4())
            details = result.as_details()
            u.conn.execute(delete(taxii_status).where(taxii_status.c.request_timestamp < u.now - STATUS_KEEP))
            assert actor.user_id is not None
            values = {
                "id": sid,
                "user_id": actor.user_id,
                "request_timestamp": u.now,
                "status": "complete",
                "total_count": result.total,
                "success_count": len(result.successes),
                "failure_count": len(result.failures),
                "pending_count": 0,
            }
            u.conn.execute(taxii_status.insert().values(**values, details=compact_json(details)))
            body = _status_fields(values, details)
        # Only now, committed, is the acknowledgement given.
        return taxii_json(body, status=202)

    @app.get("/{root}/collections/{cid}/objects/{oid}/")
    def get_object(root: str, cid: str, oid: str, request: Request) -> Response:
        actor = actor_of(request)
        check_root(root)
        filters, qhash = parse_filters(
            request, allowed={"version", "spec_version"}, hub=hub, actor=actor, bind=f"object:{cid}:{oid}"
        )
        filters = Filters(**{**filters.__dict__, "ids": (oid,)})
        with hub.unit(actor, request_id=request_id(request)) as u:
            c = _readable(u, cid)
            if not service.object_visible(u, c, oid):
                raise NotFound(f"no object {oid!r} in this collection")
            page = service.read_page(u, c, filters)
        return _envelope(hub, actor, qhash, page, filters)

    @app.delete("/{root}/collections/{cid}/objects/{oid}/")
    def delete_object(root: str, cid: str, oid: str, request: Request) -> Response:
        actor = actor_of(request)
        check_root(root)
        filters, _ = parse_filters(request, allowed={"version", "spec_version"}, hub=hub, actor=actor, bind="delete")
        with hub.unit(actor, write=True, request_id=request_id(request)) as u:
            c = service.collection(u, cid)
            if not service.object_visible(u, c, oid):
                raise NotFound(f"no object {oid!r} in this collection")
            if not c.can_write:
                raise Forbidden(f"collection {c.alias} is not writable")
            versions = None
            if "all" not in filters.versions and set(filters.versions) - {"last", "first"}:
                versions = [int(x) for x in filters.versions if x not in ("last", "first")]
            service.delete_from_collection(u, c, oid, versions)
        return taxii_json({})

    @app.get("/{root}/collections/{cid}/objects/{oid}/versions/")
    def versions(root: str, cid: str, oid: str, request: Request) -> Response:
        actor = actor_of(request)
        check_root(root)
        filters, qhash = parse_filters(
            request, allowed={"spec_version"}, hub=hub, actor=actor, bind=f"versions:{cid}:{oid}"
        )
        filters = Filters(**{**filters.__dict__, "ids": (oid,), "versions": ("all",)})
        with hub.unit(actor, request_id=request_id(request)) as u:
            c = _readable(u, cid)
            if not service.object_visible(u, c, oid):
                raise NotFound(f"no object {oid!r} in this collection")
            page = service.read_page(u, c, filters, what="versions")
        body: dict[str, Any] = {"more": page.more}
        if page.items:
            body["versions"] = [i.version_text for i in page.items]
        token = _next_token(hub, actor, qhash, page)
        if token:
            body["next"] = token
        return taxii_json(body, headers=_date_headers(page, filters.added_after_us))

    @app.get("/{root}/collections/{cid}/manifest/")
    def manifest(root: str, cid: str, request: Request) -> Response:
        actor = actor_of(request)
        check_root(root)
        filters, qhash = parse_filters(
            request, allowed={"id", "type", "version", "spec_version"}, hub=hub, actor=actor, bind=f"manifest:{cid}"
        )
        with hub.unit(actor, request_id=request_id(request)) as u:
            c = _readable(u, cid)
            page = service.read_page(u, c, filters, what="manifest")
        body: dict[str, Any] = {"more": page.more}
        if page.items:
            body["objects"] = [
                {
                    "id": i.object_id,
                    "date_added": _format_ts(i.date_added_us),
                    "version": i.version_text,
                    "media_type": STIX,
                }
                for i in page.items
            ]
        token = _next_token(hub, actor, qhash, page)
        if token:
            body["next"] = token
        return taxii_json(body, headers=_date_headers(page, filters.added_after_us))

    return app


def _envelope(hub: Hub, actor: Actor, qhash: str, page: Page, filters: Filters) -> Response:
    # The stored JSON is spliced in as it is: no parse and re-serialise per object.
    token = _next_token(hub, actor, qhash, page)
    parts = ['{"more":' + ("true" if page.more else "false")]
    if token:
        parts.append(',"next":' + json.dumps(token))
    if page.items:
        parts.append(',"objects":[' + ",".join(i.body for i in page.items) + "]")
    parts.append("}")
    return taxii_json("".join(parts).encode(), headers=_date_headers(page, filters.added_after_us))


def _status_body(row: Any) -> dict[str, Any]:
    return _status_fields(row._mapping, json.loads(row.details))


def _status_fields(row: Any, details: dict[str, Any]) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": row["id"],
        "status": row["status"],
        "request_timestamp": row["request_timestamp"].strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "total_count": row["total_count"],
        "success_count": row["success_count"],
        "failure_count": row["failure_count"],
        "pending_count": row["pending_count"],
    }
    for key in ("successes", "failures", "pendings"):
        if details.get(key):
            body[key] = details[key]
    return body
