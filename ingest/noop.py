"""A run with nothing to store, told and recorded cheaply.

A run has nothing to store but its own row when no killed run left
pending rows, the waivers and release tags are the stored ones, the
history only grew since the last run (every frontier commit is a tip still
or a new commit's parent) and no new commit touches the watched files.
The full run would then store no commit, attribute none anew (no release
is new), write the same releases, breaks, waivers and aliases again (the
judge's inputs did not change) and record its run: here only that run is
recorded (its frontier and walked count as the full run's), with the same
summary. Anything else, or more than `LIMIT` new commits, goes to the full
run, which then walks the new commits once more.

`attempt` asks a `Ledger`: the ingest's Store, or `SqliteFile`, which
reads a SQLite database with the standard library alone so that such a
`guestabi ingest` loads neither SQLAlchemy nor the models (most of its
start-up time)."""
from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Protocol

from ingest import ancestry, fingerprint, releases
from ingest.facts import Waiver
from ingest.walker import open_repo

PHASES = ("tips", "walk", "extract_wait", "attribute", "release_states", "judge", "store")
NO_EXTRACTION = {"file_versions_parsed": 0, "extractor_errors": 0, "extract_ms": {}, "worker_peak_rss_kb": 0}


class Ledger(Protocol):
    def last_tips(self) -> list[str]: ...

    def has_pending(self) -> bool: ...

    def last_judge(self) -> str | None: ...  # the judge fingerprint of the last finished run

    def release_rows(self) -> list[tuple[str, str, int]]: ...  # (tag, sha, position)

    def waiver_rows(self) -> list[tuple[Waiver, bool]]: ...  # (waiver, matched), in the file's order

    def record_idle(self, repo: str, tips: Sequence[str], stats: dict) -> int: ...  # walked: stats

    def summary(self, run_id: int) -> dict: ...


LIMIT = 20_000  # new commits walked here at most: a longer catch-up is the full run's
READ_AHEAD = 8  # touching commits told to `read_ahead` at most (the full run's walk submits the rest)
ReadAhead = Callable[[list[tuple]], None]  # signatures, in the order the full run's extractors read them


def attempt(path: str, ledger: Ledger, waivers: Sequence[Waiver], stable: bool, started: float,
            extractors=None, read_ahead: ReadAhead | None = None) -> dict | None:
    """The summary of a run with nothing to store, recorded; None when
    there may be something to store (the full run decides). extractors:
    those of the run (their paths are the watched ones). read_ahead: told
    the signatures the full run's extractors will read first, when new
    commits touch the watched files (see `_untouching`)."""
    frontier = ledger.last_tips()
    if not frontier or ledger.has_pending() or ledger.last_judge() != fingerprint.judge():
        return None
    rows = ledger.waiver_rows()
    if [w for w, _ in rows] != list(waivers):
        return None
    repo = open_repo(path)
    tags = releases.find_tags(repo, stable)
    stored = ledger.release_rows()
    if sorted(stored) != sorted((t.name, t.sha, i) for i, t in enumerate(tags)):
        return None
    tips = ancestry.tips(repo, tags)
    push = ancestry.new_tips(tips, set(frontier) | {sha for _, sha, _ in stored})
    if not ancestry.only_grew(repo, tips, frontier, push):  # settle() decides
        return None
    t = time.monotonic()
    phases = dict.fromkeys(PHASES, 0.0)
    phases["tips"] = round(t - started, 3)
    walked = _untouching(repo, push, frontier, extractors, read_ahead)
    if walked is None:
        return None
    frontier_after, n = walked
    phases["walk"] = round(time.monotonic() - t, 3)
    stats = {"commits_walked": n, "commits_touching": 0, **NO_EXTRACTION, "dropped_commits": 0,
             "unmatched_waivers": [w.to_json() for w, matched in rows if not matched],
             "warnings": [] if tags else [releases.NO_TAGS], "judge": fingerprint.judge(), "phase_seconds": phases,
             "seconds": round(time.monotonic() - started, 3)}
    return ledger.summary(ledger.record_idle(path, frontier_after, stats))


def _untouching(repo, push: list[str], hide: list[str], extractors,
                read_ahead: ReadAhead | None = None) -> tuple[list[str], int] | None:
    """The frontier after the new commits (as the full run's walk finds it)
    and their count; None when one of them touches the watched files or
    there are too many. With `read_ahead`, the walk goes on past a touching
    commit to tell it what the full run will extract, in the order it
    will (each touching commit's parents, then the commit), for the first
    READ_AHEAD of them: the extractors start while the full run loads."""
    if not push:
        return sorted(hide), 0
    from ingest import watched  # the extractors name the watched paths
    from ingest.walker import SignatureReader, Walk

    walk = Walk(repo, push, hide, SignatureReader(repo, watched.paths_of(extractors or watched.EXTRACTORS)))
    touching = 0
    for w in walk:
        if walk.walked > LIMIT:
            return None
        if w.touches:
            if read_ahead is None:
                return None
            read_ahead([*w.parents, w.signature])
            touching += 1
            if touching >= READ_AHEAD:
                return None
    return None if touching else (walk.frontier, walk.walked)


def now() -> datetime:
    return datetime.now(timezone.utc)


_SQLITE_FILE = re.compile(r"^sqlite:///([^?]+)$")


class SqliteFile:
    """A Ledger over a SQLite database file through the standard library:
    the tables and value formats SQLAlchemy writes (tests compare the two)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    @classmethod
    def open(cls, url: str, heads: set[str]) -> SqliteFile | None:
        """The database at `url` when it is a SQLite file whose schema is at
        the one head in `heads`; None otherwise (the full run handles it)."""
        m = _SQLITE_FILE.match(url)
        if m is None or len(heads) != 1 or not Path(m.group(1)).is_file():
            return None
        conn = sqlite3.connect(m.group(1), timeout=30)
        try:
            # As app.db.make_engine's connections.
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            current = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
        except sqlite3.Error:
            conn.close()
            return None
        if current != list(heads):
            conn.close()
            return None
        return cls(conn)

    def close(self) -> None:
        self.conn.close()

    def _last_run(self) -> tuple | None:
        return self.conn.execute("SELECT id, tips FROM ingestrun WHERE status = 'done' "
                                 "ORDER BY id DESC LIMIT 1").fetchone()

    def last_tips(self) -> list[str]:
        run = self._last_run()
        return list(json.loads(run[1])) if run else []

    def last_judge(self) -> str | None:
        row = self.conn.execute("SELECT stats FROM ingestrun WHERE status = 'done' "
                                "ORDER BY id DESC LIMIT 1").fetchone()
        return json.loads(row[0]).get("judge") if row and row[0] else None

    def has_pending(self) -> bool:
        return any(self.conn.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone()
                   for t in ("pendingcommit", "pendingchange"))

    def release_rows(self) -> list[tuple[str, str, int]]:
        return [tuple(r) for r in self.conn.execute('SELECT tag, sha, position FROM "release"')]

    def waiver_rows(self) -> list[tuple[Waiver, bool]]:
        q = 'SELECT item, "commit", reason, link, direction, matched FROM waiver ORDER BY id'
        return [(Waiver(item, commit, reason, link, direction), bool(matched))
                for item, commit, reason, link, direction, matched in self.conn.execute(q)]

    def record_idle(self, repo: str, tips: Sequence[str], stats: dict) -> int:
        with self.conn:  # one transaction
            self.conn.execute("DELETE FROM ingestrun WHERE status = 'running'")
            stamp = _sqlite_datetime(now())
            cur = self.conn.execute(
                "INSERT INTO ingestrun (repo, started, finished, status, walked, tips, stats) "
                "VALUES (?, ?, ?, 'done', ?, ?, ?)",
                (repo, stamp, stamp, stats["commits_walked"], json.dumps(list(tips)), json.dumps(stats)))
        assert cur.lastrowid is not None
        return cur.lastrowid

    def cached_states(self, keys: Sequence[str]) -> dict[str, str]:
        """Kept extractor results by key (Store.cached_states)."""
        keys = list(keys)
        return {k: v for i in range(0, len(keys), 500) for k, v in self.conn.execute(
            f"SELECT key, states FROM statecache WHERE key IN ({','.join('?' * len(keys[i:i + 500]))})",
            keys[i:i + 500])}

    def summary(self, run_id: int) -> dict:
        (stats,) = self.conn.execute("SELECT stats FROM ingestrun WHERE id = ?", (run_id,)).fetchone()
        out = dict(json.loads(stats))
        out["items"] = self._count('SELECT count(*) FROM "item"')
        out["changes"] = self._count('SELECT count(*) FROM "change"')
        for status in ("open", "resolved", "waived"):
            out[f"breaks_{status}"] = self._count('SELECT count(*) FROM "break" WHERE status = ?', status)
        return out

    def _count(self, q: str, *args) -> int:
        return int(self.conn.execute(q, args).fetchone()[0])


def _sqlite_datetime(d: datetime) -> str:
    """As SQLAlchemy's SQLite DATETIME stores it (the zone dropped)."""
    return d.strftime("%Y-%m-%d %H:%M:%S.%f")
