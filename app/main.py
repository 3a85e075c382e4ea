"""create_app(settings) -> FastAPI: routes, static files, templates, errors,
security headers. Nothing connects at import."""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI

from app import errors, health, render
from app.config import Settings
from app.db import make_engine, snapshot_reads
from app.middleware import BoundaryLimits, HeadAsGet, RequestLog, SecurityHeaders
from app.pagecache import PageCache
from app.routes import api, pages, recipe
from app.static_files import HashedStaticFiles

ROOT = Path(__file__).resolve().parent.parent


def create_app(settings: Settings, engine=None) -> FastAPI:
    """The web app over `engine` (made from the settings when not given)."""
    from starlette.middleware.gzip import GZipMiddleware

    app = FastAPI(title="guestabi", docs_url=None, redoc_url=None, openapi_url="/api/v1/openapi.json")
    app.state.settings = settings
    app.state.engine = snapshot_reads(engine if engine is not None else make_engine(settings))
    app.state.templates = render.environment()
    app.state.templates.globals["source_base"] = settings.source_url  # evidence links (templates/_evidence.*)
    app.mount("/static", HashedStaticFiles(ROOT / "static"), name="static")
    app.include_router(api.router)
    app.include_router(api.feed)
    app.include_router(pages.router)
    app.include_router(recipe.router)  # the restore recipe, page and API (issue 12)
    errors.install(app)
    health.install(app)
    api.install(app)  # ETag/304 innermost, before any API route runs
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    app.add_middleware(PageCache)  # outside GZip: a kept page is kept compressed
    app.add_middleware(HeadAsGet)
    app.add_middleware(BoundaryLimits)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(RequestLog)  # outermost: its id and timing cover everything
    return app


def from_env() -> FastAPI:
    """The app as `guestabi serve` runs it in each worker (uvicorn factory)."""
    return create_app(Settings())
