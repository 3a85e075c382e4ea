"""/healthz (the process answers), /readyz (the database answers and its
schema is at the migrations' head), and the 503 every page gives while the
database is away: fast, with Retry-After, and nothing to restart after."""
from __future__ import annotations

import logging
from functools import lru_cache

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError

router = APIRouter(include_in_schema=False)
log = logging.getLogger("guestabi.health")
RETRY_AFTER = "5"


@lru_cache(maxsize=1)
def schema_head() -> str | None:
    """The newest migration (read once: the files do not change under us)."""
    from alembic.script import ScriptDirectory

    from app.db import alembic_config

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def schema_revision(engine: Engine) -> str | None:
    """The database's migration revision (None: never migrated). Raises
    when the database cannot be reached."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
        return MigrationContext.configure(conn).get_current_revision()


def readiness(engine: Engine) -> tuple[bool, dict]:
    try:
        current = schema_revision(engine)
    except DBAPIError as exc:
        log.warning("database unreachable: %s", _one_line(exc))
        return False, {"database": "unreachable", "schema": None, "expected": schema_head()}
    ready = current == schema_head()
    return ready, {"database": "ok", "schema": current, "expected": schema_head(),
                   **({} if ready else {"hint": "run `guestabi db upgrade`"})}


@router.get("/healthz")
@router.head("/healthz")
def healthz():
    return PlainTextResponse("ok\n", headers={"Cache-Control": "no-store"})


@router.get("/readyz")
@router.head("/readyz")
def readyz(request: Request):
    ready, data = readiness(request.app.state.engine)
    return JSONResponse({"ok": ready, **data}, status_code=200 if ready else 503,
                        headers={"Cache-Control": "no-store", **({} if ready else {"Retry-After": RETRY_AFTER})})


def install(app: FastAPI) -> None:
    """The health routes, and 503 (not 500) for a database that went away."""
    from app import render

    app.include_router(router)

    def unavailable(request: Request, exc: Exception):  # Starlette types handlers for any Exception
        if not isinstance(exc, DBAPIError) or not is_unavailable(exc):
            raise exc  # a real bug (bad SQL, a limit hit): a 500 with its traceback
        log.warning("database unavailable: %s", _one_line(exc))
        return render.error(request, 503, "unavailable", "the database is unavailable; try again shortly", {},
                            headers={"Retry-After": RETRY_AFTER})

    app.add_exception_handler(DBAPIError, unavailable)


# PostgreSQL SQLSTATE classes of a server away or going: connection exception,
# operator intervention (shutdown, cannot connect now), insufficient resources.
_PG_AWAY = ("08", "57P", "53")
_SQLITE_AWAY = ("unable to open database", "database is locked", "disk i/o error")


def is_unavailable(exc: DBAPIError) -> bool:
    """The database is away (worth a 503 and a retry), not a bug in a query."""
    if exc.connection_invalidated:
        return True
    if not isinstance(exc, OperationalError):
        return False
    state = getattr(exc.orig, "sqlstate", None)
    if state is not None:
        return state.startswith(_PG_AWAY)
    message = str(exc.orig).lower()
    return exc.orig.__class__.__module__.startswith("psycopg") or any(m in message for m in _SQLITE_AWAY)


def _one_line(exc: Exception) -> str:
    return str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
