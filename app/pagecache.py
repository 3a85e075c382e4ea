"""Rendered pages kept until the data changes. The web only reads and the
data changes only when an ingest commits, so a page is a function of its
URL, the headers it varies on and the ingest generation (app/etag.py: one
small query per request). A pasted link read by a whole mailing list is
rendered once; the next ingest makes every kept page stale at once.

ASGI middleware outside GZip (a kept page is kept compressed when the client
accepted gzip) and inside the security headers and the request log (fresh
per response). Only 200 answers to GET on the pages (not /api/, which has
ETags, nor /static/) are kept, in an LRU bounded by bytes. The generation
is read again at most every TTL seconds: a page may trail an ingest's
commit by that much (`app.state.page_cache_ttl`; 0 reads it every request).
`app.state.page_cache = False` turns it off (bench/web.py measures both).
"""
from __future__ import annotations

import time
from collections import OrderedDict

import anyio.to_thread
from sqlalchemy.exc import SQLAlchemyError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.etag import generation

SKIP = ("/api/", "/static/", "/healthz", "/readyz", "/metrics")
VARY = (b"hx-request", b"hx-target", b"hx-history-restore-request")
KEPT_TYPES = (b"text/html", b"text/plain", b"application/atom+xml")
MAX_BYTES = 64 * 1024 * 1024
MAX_PAGE = 4 * 1024 * 1024
TTL = 1.0  # seconds


class PageCache:
    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.pages: OrderedDict[tuple, tuple[int, list, bytes]] = OrderedDict()
        self.size = 0
        self.generation = ""  # none read yet: no data generation is empty
        self.checked = float("-inf")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self._wanted(scope):
            return await self.app(scope, receive, send)
        try:
            gen = await self._generation(scope["app"].state)
        except SQLAlchemyError:  # the database is away: the route says so
            return await self.app(scope, receive, send)
        key = _key(scope)
        hit = self.pages.get(key)
        if hit is not None:
            self.pages.move_to_end(key)
            status, headers, body = hit
            await send({"type": "http.response.start", "status": status, "headers": headers})
            return await send({"type": "http.response.body", "body": body})
        await self.app(scope, receive, self._recorder(key, gen, send))

    async def _generation(self, state) -> str:
        now = time.monotonic()
        if now - self.checked < getattr(state, "page_cache_ttl", TTL):
            return self.generation
        gen = await anyio.to_thread.run_sync(generation, state.engine)
        if gen != self.generation:  # an ingest committed: every kept page is stale
            self.pages.clear()
            self.size, self.generation = 0, gen
        self.checked = now
        return gen

    def _wanted(self, scope: Scope) -> bool:
        return (scope["type"] == "http" and scope["method"] == "GET" and not scope["path"].startswith(SKIP)
                and getattr(scope["app"].state, "page_cache", True))

    def _recorder(self, key: tuple, gen: str, send: Send) -> Send:
        start: dict = {}
        chunks: list[bytes] = []

        async def record(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body") and _keepable(start):
                    self._keep(key, gen, start, b"".join(chunks))
            await send(message)

        return record

    def _keep(self, key: tuple, gen: str, start: dict, body: bytes) -> None:
        if gen != self.generation or len(body) > MAX_PAGE:
            return
        old = self.pages.pop(key, None)
        self.size -= len(old[2]) if old else 0
        self.pages[key] = (start["status"], list(start.get("headers", [])), body)
        self.size += len(body)
        while self.size > self.max_bytes and self.pages:
            _, (_, _, dropped) = self.pages.popitem(last=False)
            self.size -= len(dropped)


def _key(scope: Scope) -> tuple:
    headers = dict((k.lower(), v) for k, v in scope.get("headers", []))
    gzip = b"gzip" in headers.get(b"accept-encoding", b"")
    return (scope["path"], scope.get("query_string", b""), gzip, *(headers.get(h) for h in VARY))


def _keepable(start: dict) -> bool:
    if start.get("status") != 200:
        return False
    ctype = next((v for k, v in start.get("headers", []) if k.lower() == b"content-type"), b"")
    return ctype.startswith(KEPT_TYPES)
