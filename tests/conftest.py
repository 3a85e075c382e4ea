"""Shared fixtures: a database per test (SQLite always, PostgreSQL too when
DATABASE_URL names one) and a history builder in a temp dir."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).parent))
# The kernel-source cache lives in the real home, whatever HOME tests set.
os.environ.setdefault("GUESTABI_CACHE", str(Path.home() / ".cache" / "guestabi"))

from app.config import Settings  # noqa: E402
from app.db import make_engine, upgrade  # noqa: E402
from ingest.demo.history import History  # noqa: E402


@pytest.fixture(autouse=True)
def _no_global_git_config(monkeypatch, tmp_path):
    # Tests build their own world: no user or system git config leaks in.
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


def _backends():
    out = ["sqlite"]
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgresql"):
        out.append("postgresql")
    return out


@pytest.fixture(params=_backends())
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'guestabi.db'}"
    url = os.environ["DATABASE_URL"]
    engine = make_engine(Settings(database_url=url))
    with engine.begin() as conn:  # a clean schema for every test
        # A session a test forgot to close would make the DROP wait forever:
        # fail in seconds instead, naming the cause.
        conn.execute(text("SET lock_timeout = '15s'"))
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


@pytest.fixture
def engine(db_url):
    eng = make_engine(Settings(database_url=db_url))
    upgrade(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def history(tmp_path) -> History:
    return History.create(tmp_path / "linux")


@pytest.fixture
def world(history, engine, db_url, tmp_path):
    """tests/webworld.py's history, ingested and served: (client, world)."""
    from webworld import serve_world

    return serve_world(history, engine, db_url, tmp_path)
