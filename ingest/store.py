"""The only writer, and the only module of the run that knows the tables.
Each write is one transaction: a batch's commits and
changes land together (they are the progress mark), and the releases,
breaks and the run's end land together, so a killed ingest leaves a
consistent database that the next run completes."""
from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import delete, func, insert, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from app.db import json_once
from app.models import (
    Break,
    Change,
    Commit,
    IngestRun,
    Item,
    ItemAlias,
    PendingChange,
    PendingCommit,
    Release,
    ReleaseState,
    StateCache,
    Waiver,
)
from app.queries import last_run
from app.vocab import kind_of
from ingest import facts
from ingest.releases import Tag


@dataclass(frozen=True, slots=True)
class NewCommit:
    """A touching commit as the walk found it."""

    sha: str
    seq: int
    subject: str
    author: str
    date: datetime
    parents: str  # their shas, space-separated


class Store:
    """The database of one ingest: each method opens its own session, and
    each write is one transaction."""

    def __init__(self, engine: Engine):
        self.engine = engine

    # --- reading what earlier runs left -------------------------------------

    def last_tips(self) -> list[str]:
        """The last finished run's frontier: its tips no other tip reaches
        (none: first run; runs before the frontier stored every tip)."""
        with Session(self.engine) as s:
            run = last_run(s)
            return list(run.tips) if run else []

    def last_judge(self) -> str | None:
        """The judge fingerprint the last finished run stored (None: before them)."""
        with Session(self.engine) as s:
            run = last_run(s)
            return (run.stats or {}).get("judge") if run else None

    def has_pending(self, changes_only: bool = False) -> bool:
        """Whether batches wait to be published (a killed run's, or this
        run's); changes_only: batches with changes."""
        with Session(self.engine) as s:
            tables = (PendingChange,) if changes_only else (PendingCommit, PendingChange)
            return any(s.exec(select(t).limit(1)).first() is not None for t in tables)

    def release_rows(self) -> list[tuple[str, str, int]]:
        with Session(self.engine) as s:
            return [(r.tag, r.sha, r.position) for r in s.exec(select(Release))]

    def waiver_rows(self) -> list[tuple[facts.Waiver, bool]]:
        """The stored waivers in the file's order, and whether each matched a break."""
        with Session(self.engine) as s:
            return [(facts.Waiver(w.item, w.commit, w.reason, w.link, w.direction), w.matched)
                    for w in s.exec(select(Waiver).order_by(col(Waiver.id)))]

    def known_commits(self) -> set[str]:
        """Commits written already, by finished runs or by batches of one that
        was killed (those wait in the pending tables)."""
        with Session(self.engine) as s:
            return set(s.exec(select(Commit.sha))) | set(s.exec(select(PendingCommit.sha)))

    def walked_before(self) -> int:
        with Session(self.engine) as s:
            q = select(func.coalesce(func.sum(IngestRun.walked), 0)).where(IngestRun.status == "done")
            return int(s.exec(q).one())

    def stored_releases(self) -> dict[str, str]:
        with Session(self.engine) as s:  # columns, not objects: hundreds of releases, asked twice a run
            return dict(s.exec(select(Release.tag, Release.sha)).all())

    def all_changes(self) -> list[facts.Change]:
        with Session(self.engine) as s:
            rows = [*s.exec(select(Change)), *s.exec(select(PendingChange))]
            rows.sort(key=lambda c: (c.item, c.seq))
            return [facts.Change(c.item, c.commit, c.seq, _state(c.old), _state(c.new)) for c in rows]

    def unattributed(self, tags_from: Sequence[str]) -> set[str]:
        with Session(self.engine) as s:
            q = select(Commit.sha).where(col(Commit.release).is_(None) | col(Commit.release).in_(tags_from))
            return set(s.exec(q)) | set(s.exec(select(PendingCommit.sha)))

    def cached_states(self, keys: Iterable[str]) -> dict[str, str]:
        """Kept extractor results (ingest/statecache.py) by key."""
        with Session(self.engine) as s:
            return {k: v for chunk in _slices(sorted(keys))
                    for k, v in s.exec(select(StateCache.key, StateCache.states).where(col(StateCache.key).in_(chunk)))}

    def summary(self, run_id: int) -> dict:
        """The run's statistics and the database's totals."""
        with Session(self.engine) as s:
            out = dict(_the_run(s, run_id).stats)
            out["items"] = s.exec(select(func.count()).select_from(Item)).one()
            out["changes"] = s.exec(select(func.count()).select_from(Change)).one()
            for status in ("open", "resolved", "waived"):
                q = select(func.count()).select_from(Break).where(Break.status == status)
                out[f"breaks_{status}"] = s.exec(q).one()
        return out

    # --- writing ------------------------------------------------------------

    def start_run(self, repo: str) -> int:
        with Session(self.engine) as s, s.begin():
            # A run killed earlier left a "running" row; this run takes its place.
            s.exec(delete(IngestRun).where(col(IngestRun.status) == "running"))
            run = IngestRun(repo=repo, started=_now())
            s.add(run)
            s.flush()
            assert run.id is not None  # flushed: the database numbered it
            return run.id

    def record_idle(self, repo: str, tips: Sequence[str], stats: dict) -> int:
        """A run that had nothing to store (ingest/noop.py), in one transaction."""
        with Session(self.engine) as s, s.begin():
            s.exec(delete(IngestRun).where(col(IngestRun.status) == "running"))
            stamp = _now()
            run = IngestRun(repo=repo, started=stamp, finished=stamp, status="done", walked=stats["commits_walked"],
                            tips=list(tips), stats=stats)
            s.add(run)
            s.flush()
            assert run.id is not None
            return run.id

    def write_batch(self, commits: Sequence[NewCommit], changes: Sequence[facts.Change]) -> None:
        """One batch and its progress mark: the commits it wrote."""
        with Session(self.engine) as s, s.begin():
            s.add_all(PendingCommit(sha=c.sha, seq=c.seq, subject=c.subject, author=c.author, date=c.date,
                                    parents=c.parents) for c in commits)
            s.add_all(PendingChange(item=c.item, commit=c.commit, seq=c.seq,
                                    old=c.old.to_json() if c.old else None,
                                    new=c.new.to_json() if c.new else None) for c in changes)

    def drop_commits(self, shas: Iterable[str]) -> int:
        """Forget commits no longer in the history (it was rewritten)."""
        shas = list(shas)
        with Session(self.engine) as s, s.begin():
            for chunk in _slices(shas):
                for table in (Change, PendingChange):
                    s.exec(delete(table).where(col(table.commit).in_(chunk)))
                for commits in (Commit, PendingCommit):
                    s.exec(delete(commits).where(col(commits.sha).in_(chunk)))
            _drop_unused_items(s)
        return len(shas)

    def finish(self, run_id: int, *, tags: Sequence[Tag], dropped_tags: Sequence[str],
               attribution: dict[str, str | None], release_states: Mapping[str, Sequence[facts.State]],
               breaks: Sequence[facts.Break] | None, waivers: Sequence[facts.Waiver],
               unmatched: Sequence[facts.Waiver], tips: Sequence[str], stats: dict,
               state_cache: tuple[set[str], Mapping[str, str]] = (set(), {})) -> None:
        """Releases, attribution, breaks, waivers and the run's end, together.
        breaks None: the judgement stands (the changes and waivers are the
        stored ones, and so are the items and their aliases). state_cache:
        the keys of the extractor results at the new frontier, and those
        results that are at hand (the others stay if kept already)."""
        t = time.monotonic()
        with Session(self.engine) as s, s.begin():
            _keep_states(s, *state_cache)
            _publish_pending(s, aliases=breaks is not None)
            _write_releases(s, tags, dropped_tags, release_states)
            _attribute(s, attribution)
            if breaks is not None:
                _write_judgement(s, breaks, waivers, unmatched)
            run = _the_run(s, run_id)
            run.status, run.finished, run.tips = "done", _now(), list(tips)
            # The writes' time (the transaction's commit follows): a full
            # kernel history's release states alone take seconds.
            phases = {**stats.get("phase_seconds", {}), "store": round(time.monotonic() - t, 3)}
            run.walked, run.stats = stats["commits_walked"], {**stats, "phase_seconds": phases}
            s.add(run)


def _slices(values: list[str], size: int = 500) -> Iterator[list[str]]:
    """`values` in slices for IN (...) lists: SQLite bounds a statement's
    parameters."""
    for i in range(0, len(values), size):
        yield values[i:i + size]


def _state(data: dict | None) -> facts.State | None:
    return facts.State.from_json(data) if data else None


def _keep_states(session: Session, wanted: set[str], found: Mapping[str, str]) -> None:
    """The state cache holds the frontier's results only (a few rows)."""
    stored = set(session.exec(select(StateCache.key)))
    for chunk in _slices(sorted(stored - wanted)):
        session.exec(delete(StateCache).where(col(StateCache.key).in_(chunk)))
    session.add_all(StateCache(key=k, states=v) for k, v in sorted(found.items()) if k in wanted and k not in stored)


def _publish_pending(session: Session, aliases: bool = True) -> None:
    """Move the run's commits and changes where the web reads them, in the
    transaction that also writes their breaks and releases (aliases: those
    of the items, written again)."""
    known_items = set(session.exec(select(Item.slug)))
    new_items = set(session.exec(select(PendingChange.item).distinct())) - known_items
    session.add_all(Item(slug=slug, kind=kind_of(slug)) for slug in sorted(new_items))
    session.flush()
    _copy(session, PendingCommit, Commit, order=PendingCommit.seq)
    _copy(session, PendingChange, Change, order=PendingChange.id)
    session.exec(delete(PendingChange))
    session.exec(delete(PendingCommit))
    if aliases:
        _write_aliases(session)


def _copy(session: Session, source, target, order) -> None:
    """INSERT INTO target SELECT ... FROM source, inside the database (ids
    of the target are its own)."""
    names = [c.name for c in target.__table__.columns if c.name != "id"]
    cols = [source.__table__.c[n] for n in names]
    session.exec(insert(target).from_select(names, select(*cols).order_by(order)))


def _drop_unused_items(session: Session) -> None:
    used = select(Change.item).distinct()
    session.exec(delete(Item).where(col(Item.slug).not_in(used)))


def _attribute(session: Session, attribution: dict[str, str | None]) -> None:
    """One UPDATE per release (and chunk), not per commit."""
    by_tag: dict[str | None, list[str]] = {}
    for sha, tag in attribution.items():
        by_tag.setdefault(tag, []).append(sha)
    for tag, shas in by_tag.items():
        for chunk in _slices(shas):
            session.exec(update(Commit).where(col(Commit.sha).in_(chunk)).values(release=tag))


def _write_releases(session, tags, dropped_tags, release_states) -> None:
    if dropped_tags:
        session.exec(delete(ReleaseState).where(col(ReleaseState.release).in_(dropped_tags)))
        session.exec(delete(Release).where(col(Release.tag).in_(dropped_tags)))
        session.exec(update(Commit).where(col(Commit.release).in_(dropped_tags)).values(release=None))
    stored = {r.tag: r for r in session.exec(select(Release))}  # one query, not one a tag
    for pos, tag in enumerate(tags):
        row = stored.get(tag.name)
        if row is None:
            row = Release(tag=tag.name, sha=tag.sha, series=tag.series, kind=tag.kind, position=pos)
        row.position = pos
        session.add(row)
    # Hundreds of thousands of rows on a full kernel history (every item at
    # every release): executemany in slices, no ORM objects, and each
    # distinct state (releases share most of theirs) turned to JSON once.
    # Built all at once, the rows and their JSON texts took a gigabyte.
    # The rows go through SQLAlchemy Core (the ORM's bulk insert costs more
    # per row) with the JSON of a shared state written once (json_once).
    as_json: dict[int, dict] = {}
    rows: list[dict] = []
    table = ReleaseState.__table__  # type: ignore[attr-defined]  # SQLModel declares it at run time
    insert_rows, connection = insert(table), session.connection()
    with json_once():
        for tag, states in release_states.items():
            for state in states:
                data = as_json.get(id(state))
                if data is None:
                    data = as_json[id(state)] = state.to_json()
                rows.append({"release": tag, "item": state.item, "state": data, "warned": bool(state.warnings)})
            if len(rows) >= _RELEASE_ROWS:
                connection.execute(insert_rows, rows)
                rows = []
        if rows:
            connection.execute(insert_rows, rows)


_RELEASE_ROWS = 5_000  # release-state rows per executemany


def _write_judgement(session, breaks, waivers, unmatched) -> None:
    session.exec(delete(Break))
    session.exec(delete(Waiver))
    ids = {}
    for w in waivers:
        row = Waiver(item=w.item, commit=w.commit, reason=w.reason, link=w.link,
                     direction=w.direction, matched=w not in unmatched)
        session.add(row)
        session.flush()
        ids[w] = row.id
    session.add_all(Break(item=b.item, commit=b.commit, seq=b.seq, direction=b.direction,
                          status=b.status, resolved_by=b.resolved_by, reason=b.reason,
                          vcpu=b.vcpu, waiver_id=ids.get(b.waiver)) for b in breaks)


def _write_aliases(session: Session) -> None:
    """The former slugs of renamed items (ingest/renames.py), for the items stored."""
    from ingest import renames  # it loads the ID-register names: only when aliases are written

    session.exec(delete(ItemAlias))
    found = renames.aliases(set(session.exec(select(Item.slug))))
    session.add_all(ItemAlias(alias=alias, item=item) for alias, item in found.items())


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _the_run(session: Session, run_id: int) -> IngestRun:
    run = session.get(IngestRun, run_id)
    if run is None:  # start_run() made it; only a concurrent `db` reset removes it
        raise LookupError(f"ingest run {run_id} is not in the database")
    return run
