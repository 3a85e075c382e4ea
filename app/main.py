"""create_app(settings) -> FastAPI: routes, static files, templates, errors,
security headers. Nothing connects at import."""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request

from app import errors, render
from app.config import Settings
from app.db import make_engine
from app.routes import api, pages

ROOT = Path(__file__).resolve().parent.parent

# Only our own files: no inline script or style, no third-party origin.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def create_app(settings: Settings, engine=None) -> FastAPI:
    """The web app over `engine` (made from the settings when not given)."""
    from fastapi.staticfiles import StaticFiles

    app = FastAPI(title="guestabi", docs_url=None, redoc_url=None, openapi_url="/api/v1/openapi.json")
    app.state.settings = settings
    app.state.engine = engine if engine is not None else make_engine(settings)
    app.state.templates = render.environment()
    app.mount("/static", StaticFiles(directory=str(ROOT / "static")), name="static")
    app.include_router(api.router)
    app.include_router(api.feed)
    app.include_router(pages.router)
    errors.install(app)
    app.middleware("http")(_security_headers)
    return app


async def _security_headers(request: Request, call_next):
    resp = await call_next(request)
    resp.headers.setdefault("Content-Security-Policy", CSP)
    resp.headers["X-Content-Type-Options"] = "nosniff"
    resp.headers["Referrer-Policy"] = "same-origin"
    return resp
