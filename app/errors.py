"""Typed errors, rendered in one place: an HTML page offering the search
box, a JSON envelope `{"ok": false, "error": {"code", "message"}}`, or text."""
from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException


class AppError(Exception):
    status = 500
    code = "error"

    def __init__(self, message: str, **extra: Any):
        super().__init__(message)
        self.message = message
        self.extra = extra

    def status_for(self, api: bool) -> int:
        return self.status


class NotFound(AppError):
    status = 404
    code = "not_found"


class Malformed(NotFound):
    """A path naming nothing that could exist (`/commits/xyz`): the pages say
    404 (not found), the API says 400 (a malformed reference)."""

    code = "malformed"

    def status_for(self, api: bool) -> int:
        return 400 if api else 404


class BadRequest(AppError):
    status = 400
    code = "bad_parameter"


class Ambiguous(AppError):
    """A commit prefix matching more than one commit; extra["candidates"]."""

    status = 409
    code = "ambiguous"


def install(app: FastAPI) -> None:
    """One handler per error family, all rendering through render.error."""
    from app import render

    @app.exception_handler(AppError)
    def app_error(request: Request, exc: AppError):
        return render.error(request, exc.status_for(_is_api(request)), exc.code, exc.message, exc.extra)

    @app.exception_handler(StarletteHTTPException)
    def http_error(request: Request, exc: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "error")
        message = f"nothing at {request.url.path}" if exc.status_code == 404 else str(exc.detail)
        return render.error(request, exc.status_code, code, message, {}, headers=dict(exc.headers or {}))

    @app.exception_handler(RequestValidationError)
    def invalid(request: Request, exc: RequestValidationError):
        message = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        return render.error(request, 422 if _is_api(request) else 400, "invalid", message or "invalid request", {})


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")
