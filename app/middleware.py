"""ASGI middleware: security headers, and a request id on every response
and every log line (JSON, one object a line).

    {"ts": "...", "level": "info", "logger": "guestabi.access", "msg": "request",
     "request_id": "5f0c...", "method": "GET", "path": "/breaks", "status": 200, "ms": 3.1}
"""
from __future__ import annotations

import json
import logging
import re
import time
import uuid
from contextvars import ContextVar
from datetime import datetime, timezone

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Only our own files: no inline script or style, no third-party origin, no framing.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    b"x-content-type-options": b"nosniff",
    b"referrer-policy": b"same-origin",
    b"x-frame-options": b"DENY",  # frame-ancestors for browsers without CSP 2
    b"cross-origin-opener-policy": b"same-origin",
}
REQUEST_ID = ContextVar("request_id", default=None)
_SANE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
access = logging.getLogger("guestabi.access")


class SecurityHeaders:
    """CSP (unless the response set its own) and the fixed headers above."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in SECURITY_HEADERS]
                if not any(k.lower() == b"content-security-policy" for k, _ in headers):
                    headers.append((b"content-security-policy", CSP.encode()))
                message["headers"] = headers + list(SECURITY_HEADERS.items())
            await send(message)

        await self.app(scope, receive, send_with_headers)


class HeadAsGet:
    """HEAD answered as GET without the body (FastAPI routes declare GET
    only), so `curl -I` and link checkers see the real status and headers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            return await self.app(scope, receive, send)

        async def send_no_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_no_body)


class BoundaryLimits:
    """414 for a path or query string longer than any real link: nothing
    that long reaches a route (or a database LIKE pattern)."""

    MAX_PATH = 4096
    # every documented query parameter fits (a 1000-character cursor of 4-byte
    # characters, percent-encoded, is 12000): its own limit answers it, a 422
    MAX_QUERY = 32768

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and (len(scope.get("raw_path") or scope["path"].encode()) > self.MAX_PATH
                                        or len(scope.get("query_string", b"")) > self.MAX_QUERY):
            from starlette.responses import PlainTextResponse

            resp = PlainTextResponse("414 URI too long\n", status_code=414)
            return await resp(scope, receive, send)
        await self.app(scope, receive, send)


def request_id_from(scope: Scope) -> str:
    """The caller's X-Request-ID when it is a sane token, else a new one."""
    for k, v in scope.get("headers", []):
        if k == b"x-request-id":
            given = v.decode("latin-1")
            if _SANE_ID.match(given):
                return given
    return uuid.uuid4().hex


class RequestLog:
    """X-Request-ID on the response; one access line per request; the id in
    every line logged while the request runs."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        rid = request_id_from(scope)
        token = REQUEST_ID.set(rid)
        t0 = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), (b"x-request-id", rid.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            access.info("request", extra={"fields": {
                "method": scope["method"], "path": scope["path"][:2000], "query_bytes": len(scope.get("query_string", b"")),
                "status": status, "ms": round((time.perf_counter() - t0) * 1000, 2),
                "client": (scope.get("client") or ("", 0))[0]}})
            REQUEST_ID.reset(token)


class JsonFormatter(logging.Formatter):
    """One JSON object a line, with the current request id when there is one."""

    def format(self, record: logging.LogRecord) -> str:
        line = {"ts": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
                "level": record.levelname.lower(), "logger": record.name, "msg": record.getMessage()}
        rid = REQUEST_ID.get()
        if rid:
            line["request_id"] = rid
        line.update(getattr(record, "fields", {}))
        if record.exc_info:
            line["exc"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def configure_logging(level: str = "info") -> dict:
    """JSON lines on stderr for our loggers and uvicorn's (its access log is
    replaced by ours). Returns a dictConfig for uvicorn's `log_config`."""
    handler = {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}
    lvl = level.upper()
    return {
        "version": 1, "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonFormatter}},
        "handlers": {"stderr": handler},
        "loggers": {"guestabi": {"handlers": ["stderr"], "level": lvl, "propagate": False},
                    "uvicorn": {"handlers": ["stderr"], "level": lvl, "propagate": False},
                    "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False}},
    }
