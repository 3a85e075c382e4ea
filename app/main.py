"""create_app(settings) -> FastAPI: routes, static files, templates, errors."""
from __future__ import annotations

from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlmodel import Session
from starlette.exceptions import HTTPException as StarletteHTTPException

from app import queries
from app.config import Settings
from app.db import make_engine, session_dependency

ROOT = Path(__file__).resolve().parent.parent


def create_app(settings: Settings) -> FastAPI:
    engine = make_engine(settings)
    get_session = session_dependency(engine)
    templates = Jinja2Templates(directory=str(ROOT / "templates"))
    app = FastAPI(title="guestabi", docs_url="/api/v1/docs", openapi_url="/api/v1/openapi.json")
    app.mount("/static", StaticFiles(directory=str(ROOT / "static")), name="static")

    @app.get("/", response_class=HTMLResponse)
    def index(request: Request, session: Session = Depends(get_session)):
        data = {"overview": queries.overview(session), **queries.breaks(session)}
        return templates.TemplateResponse(request, "index.html", data,
                                          headers={"Link": '</api/v1/>; rel="alternate"; type="application/json"'})

    @app.get("/api/v1/")
    def api_index(session: Session = Depends(get_session)):
        return {"ok": True, **queries.overview(session)}

    @app.get("/api/v1/breaks")
    def api_breaks(status: str = "all", session: Session = Depends(get_session)):
        if status not in queries.BREAK_STATUSES + ("all",):
            return _error(400, "bad_parameter", f"status must be open, resolved, waived or all")
        return {"ok": True, **queries.breaks(session, status)}

    @app.exception_handler(StarletteHTTPException)
    def http_error(request: Request, exc: StarletteHTTPException):
        if request.url.path.startswith("/api/"):
            return _error(exc.status_code, "not_found" if exc.status_code == 404 else "error", str(exc.detail))
        return templates.TemplateResponse(request, "error.html", {"status": exc.status_code, "detail": exc.detail,
                                                                  "path": request.url.path}, status_code=exc.status_code)

    return app


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"ok": False, "error": {"code": code, "message": message}}, status_code=status)
