"""ETag and Cache-Control on every /api/ response, tied to the ingest
generation: a repeat with a matching If-None-Match is answered 304 here,
before any route (and so any page query) runs.

The generation is what an ingest changes, read in one small query: the
newest finished run, the newest run of any status (a running ingest writes
its batches of commits and changes before it finishes), the number of
stored commits (a rewritten history drops some) and the newest change and
commit. Same generation, same URL: the same bytes.
"""
from __future__ import annotations

import hashlib

import anyio.to_thread
from sqlalchemy import func, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import col
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.models import Change, Commit, IngestRun

SHAPE = "v1.1"  # bump when a response's bytes change for the same data
CACHE_CONTROL = "public, max-age=60"
PREFIX = "/api/"


def generation(conn: Connection | Engine) -> str:
    """The ingest generation: a short text that changes whenever the data does."""
    q = select(
        select(func.max(IngestRun.id)).where(col(IngestRun.status) == "done").scalar_subquery(),
        select(func.max(IngestRun.id)).scalar_subquery(),
        select(func.count()).select_from(Commit).scalar_subquery(),
        select(func.max(Commit.seq)).scalar_subquery(),
        select(func.max(Change.id)).scalar_subquery(),
    )
    if isinstance(conn, Engine):
        with conn.connect() as c:
            row = c.execute(q).one()
    else:
        row = conn.execute(q).one()
    return "-".join("" if v is None else str(v) for v in row)


def etag_for(gen: str, scope: Scope) -> str:
    target = scope["path"] + "?" + scope.get("query_string", b"").decode("latin-1")
    digest = hashlib.sha256(f"{SHAPE}|{gen}|{target}".encode()).hexdigest()[:32]
    return f'W/"{digest}"'


def matches(if_none_match: str, etag: str) -> bool:
    """Weak comparison (RFC 9110 13.1.2): `*`, or any listed tag with or without W/."""
    opaque = etag.removeprefix("W/")
    tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
    return "*" in tags or opaque in tags


class ApiCache:
    """ASGI middleware for GET/HEAD under /api/: 304 on a matching
    If-None-Match, else the route's response with ETag and Cache-Control."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD") or not scope["path"].startswith(PREFIX):
            return await self.app(scope, receive, send)
        try:
            gen = await anyio.to_thread.run_sync(generation, scope["app"].state.engine)
        except SQLAlchemyError:  # the database is away: the route says so
            return await self.app(scope, receive, send)
        etag = etag_for(gen, scope)
        headers = [(b"etag", etag.encode()), (b"cache-control", CACHE_CONTROL.encode())]
        given = _header(scope, b"if-none-match")
        if given is not None and matches(given, etag):
            await send({"type": "http.response.start", "status": 304, "headers": headers})
            return await send({"type": "http.response.body", "body": b""})

        async def send_tagged(message: Message) -> None:
            if message["type"] == "http.response.start":
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in (b"etag", b"cache-control")]
                message["headers"] = kept + headers
            await send(message)

        await self.app(scope, receive, send_tagged)


def _header(scope: Scope, name: bytes) -> str | None:
    for k, v in scope.get("headers", []):
        if k.lower() == name:
            return v.decode("latin-1")
    return None
