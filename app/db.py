"""Engines, the schema (through Alembic only) and a Session dependency."""
from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

from app.config import ALEMBIC_DIR, Settings


def make_engine(settings: Settings) -> Engine:
    url = settings.database_url
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                               json_serializer=_to_json)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, json_serializer=_to_json)


_ONCE: ContextVar[dict[int, tuple[object, str]] | None] = ContextVar("json_once", default=None)


def _to_json(value) -> str:
    """JSON columns' text: json.dumps (SQLAlchemy's own default), once per
    object inside `json_once()`."""
    memo = _ONCE.get()
    if memo is None:
        return json.dumps(value)
    hit = memo.get(id(value))
    if hit is None:
        hit = memo[id(value)] = (value, json.dumps(value))  # the object is held: its id is not reused
    return hit[1]


@contextmanager
def json_once() -> Iterator[None]:
    """Within, a JSON column value that is the same object as one already
    written is not serialised again: many rows sharing a few values (the
    release states: every item at every release) cost one json.dumps each
    distinct value. Values must not be changed inside."""
    token = _ONCE.set({})
    try:
        yield
    finally:
        _ONCE.reset(token)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    # WAL: the web reads while ingest writes.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def alembic_config(url: str):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(ALEMBIC_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the schema to head (the only way tables are made)."""
    from alembic import command

    cfg = alembic_config(str(engine.url.render_as_string(hide_password=False)))
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            # pysqlite begins no transaction before DDL: without this, a
            # migration killed halfway leaves tables but no version stamp.
            conn.exec_driver_sql("BEGIN")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def schema_is_current(engine: Engine) -> bool:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config(str(engine.url))).get_current_head()
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision() == head


def session_dependency(engine: Engine):
    def get_session() -> Iterator[Session]:
        with Session(engine) as session:
            yield session
    return get_session


def snapshot_reads(engine: Engine) -> Engine:
    """The web's view of `engine`: each session reads one snapshot, so a page
    whose queries straddle an ingest's commit shows the data before it or
    after it, never both. PostgreSQL: REPEATABLE READ, read only. SQLite: an
    explicit BEGIN (its driver begins nothing before a SELECT, so each
    statement would read its own snapshot); WAL lets the writer go on."""
    if engine.dialect.name == "postgresql":
        return engine.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
    reader = engine.execution_options()
    if engine.dialect.name == "sqlite":
        event.listen(reader, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return reader
