"""Ingest, top to bottom: walk -> extract -> diff -> judge -> store.

Git is read here and in walker/releases/states; the database is written
only through store; extract, diff and judge are pure.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone

import pygit2
from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from app.models import Break, Change, Item, PendingCommit
from ingest import extraction, judge, releases, store, watched, waivers as waivers_mod
from ingest.facts import Change as FactChange
from ingest.states import StateReader
from ingest.walker import SignatureReader, open_repo, walk

Progress = Callable[[int, int], None]  # (commits walked, commits touching)


@dataclass
class Context:
    """What one run carries along: the repository and its readers."""

    repo: pygit2.Repository
    signatures: SignatureReader
    states: StateReader
    warnings: list[str] = field(default_factory=list)
    phases: dict[str, float] = field(default_factory=dict)  # seconds per phase, for the summary

    def lap(self, phase: str, since: float) -> float:
        """Add the time since `since` to a phase; returns now."""
        now = time.monotonic()
        self.phases[phase] = round(self.phases.get(phase, 0.0) + now - since, 3)
        return now

    @classmethod
    def open(cls, path: str, extractors=None) -> "Context":
        """Read the repository at `path` with the registered extractors
        (or the ones given: tests use a toy)."""
        repo = open_repo(path)
        extractors = extractors or watched.EXTRACTORS
        paths = watched.paths_of(extractors)
        return cls(repo, SignatureReader(repo, paths), StateReader(repo, extractors, paths))

    def states_at(self, commit: pygit2.Commit):
        return self.states(self.signatures(commit.tree_id))


def ingest(path: str, engine: Engine, *, waivers_path: str | None = None, stable: bool = False,
           batch_size: int = 200, progress: Progress | None = None, extractors=None,
           jobs: int | None = None) -> dict:
    """Ingest what is new in the repository at `path`; returns the summary.
    jobs: extraction worker processes (None: one when there are two CPUs
    or more; 0: extract in this process)."""
    t0 = time.monotonic()
    waivers = waivers_mod.load(waivers_path)  # bad file: fail before writing anything
    ctx = Context.open(path, extractors)
    tags = releases.find_tags(ctx.repo, stable)
    if not tags:
        ctx.warnings.append("no release tags (vX.Y, vX.Y-rcN) in this repository: commits stay unreleased")
    tips = _tips(ctx.repo, tags)
    hide, dropped = _forget_rewritten(ctx, engine, tips)
    ctx.lap("tips", t0)
    with Session(engine) as s:
        run_id = store.start_run(s, path)
    with Session(engine) as s:
        known, base = store.known_commits(s), store.walked_before(s)
    lineage = releases.Lineage()
    ex = extraction.start(ctx, path, jobs)
    try:
        walked, touching = _walk(ctx, engine, tips, hide, known, base, batch_size, progress, lineage, ex)
        _conclude(ctx, engine, run_id, tags, tips, waivers, lineage, ex, walked, touching, dropped, t0)
    finally:
        ex.close()
    return _summary(engine, run_id)


def _tips(repo: pygit2.Repository, tags: list[releases.Tag]) -> list[str]:
    tips = {t.sha for t in tags}
    if not repo.head_is_unborn:
        tips.add(str(repo.head.peel(pygit2.Commit).id))
    return sorted(tips)


def _forget_rewritten(ctx: Context, engine: Engine, tips: list[str]) -> tuple[list[str], int]:
    """Previous tips still in the history are where this walk stops. If one
    is gone the history was rewritten: commits no longer reachable go.

    The usual case is answered by one walk over the new commits only: an
    earlier tip that is still a tip, or the parent of a new commit, is
    alive. Anything else (a tip gone, or reached only further down) is
    settled by one walk over the whole history, as a rewrite needs anyway."""
    with Session(engine) as s:
        prev = store.last_done_run(s)
    old = prev.tips if prev else []
    if _all_alive(ctx.repo, tips, old):
        return old, 0
    reachable = _all_reachable(ctx.repo, tips)
    alive = [t for t in old if t in reachable]
    if len(alive) == len(old):
        return alive, 0
    with Session(engine) as s:
        known = store.known_commits(s)
    with Session(engine) as s:
        dropped = store.drop_commits(s, known - reachable)
    ctx.warnings.append(f"history was rewritten: {len(old) - len(alive)} earlier tips gone, "
                        f"{dropped} orphaned commits dropped")
    return alive, dropped


def _all_alive(repo: pygit2.Repository, tips: list[str], old: list[str]) -> bool:
    """Whether every earlier tip is a tip now or a parent of a new commit
    (a commit reachable from the tips and from no earlier tip): a walk as
    long as the new history. False means "cannot tell this way"."""
    current = set(tips)
    waiting = {t for t in old if t not in current}
    if not waiting:
        return True
    if not all(_exists(repo, t) for t in waiting):
        return False
    walker = repo.walk(None, pygit2.enums.SortMode.NONE)
    for t in current - set(old):
        walker.push(pygit2.Oid(hex=t))
    for t in old:
        walker.hide(pygit2.Oid(hex=t))
    for commit in walker:
        for p in commit.parent_ids:
            waiting.discard(str(p))
        if not waiting:
            return True
    return False


def _exists(repo: pygit2.Repository, sha: str) -> bool:
    try:
        return isinstance(repo[pygit2.Oid(hex=sha)], pygit2.Commit)
    except (KeyError, ValueError):
        return False


def _all_reachable(repo: pygit2.Repository, tips: list[str]) -> set[str]:
    """Every commit of the history, in one walk from all tips."""
    walker = repo.walk(None, pygit2.enums.SortMode.NONE)
    for t in tips:
        walker.push(pygit2.Oid(hex=t))
    return {str(c.id) for c in walker}


def _walk(ctx, engine, tips, hide, known, base, batch_size, progress, lineage, ex) -> tuple[int, int]:
    """walk -> extract -> diff: touching commits go to the extractors in
    small chunks while the walk goes on; a batch of commits is written
    with its changes once they are back. Every walked commit joins the
    lineage (for attribution, in _conclude)."""
    t = time.monotonic()
    rows: list[PendingCommit] = []  # in walk order, waiting for their changes
    done: list[list[FactChange]] = []  # changes of rows[:len(done)]
    chunk: list[extraction.Step] = []
    walked = touching = 0
    for walked, w in enumerate(walk(ctx.repo, tips, hide, ctx.signatures), start=1):
        lineage.add(w.commit.id, w.commit.parent_ids)
        if progress and walked % 1000 == 0:
            progress(walked, touching)
        if not w.touches:
            continue
        touching += 1
        sha = str(w.commit.id)
        if sha in known:  # written by an interrupted run
            continue
        rows.append(_commit_row(w.commit, base + walked))
        chunk.append(extraction.Step(sha, base + walked, w.signature, tuple(w.parents)))
        if len(chunk) >= _CHUNK:
            ex.submit(chunk)
            chunk = []
        done.extend(ex.ready())
        while len(done) >= batch_size:
            _flush(engine, rows, done, batch_size)
    ex.submit(chunk)
    t = ctx.lap("walk", t)
    done.extend(ex.wait())
    ctx.lap("extract_wait", t)
    while rows:
        _flush(engine, rows, done, batch_size)
    if progress:
        progress(walked, touching)
    return walked, touching


_CHUNK = 8  # touching commits per request to the extractors: small, so they start early


def changes_of(ctx: Context, sha: str, signature: tuple, parents: list[tuple], seq: int) -> list[FactChange]:
    """extract -> diff for one commit: its states against its parents'."""
    return extraction.changes(ctx.states, extraction.Step(sha, seq, signature, tuple(parents)))


def _flush(engine, rows: list, done: list, size: int) -> None:
    """The first `size` rows and their changes, in one transaction; out of
    the lists once written."""
    with Session(engine) as s:
        store.write_batch(s, rows[:size], [c for found in done[:size] for c in found])
    del rows[:size], done[:size]


def _commit_row(c: pygit2.Commit, seq: int) -> PendingCommit:
    return PendingCommit(sha=str(c.id), seq=seq, subject=c.message.split("\n", 1)[0][:1000],
                  author=c.author.name, date=datetime.fromtimestamp(c.commit_time, timezone.utc),
                  parents=" ".join(str(p) for p in c.parent_ids))


def _conclude(ctx, engine, run_id, tags, tips, waivers, lineage, ex, walked, touching, dropped, t0) -> None:
    """attribute -> judge -> store: releases, breaks and the run's end together."""
    t = time.monotonic()
    with Session(engine) as s:
        stored = store.stored_releases(s)
    current = {t.name: t.sha for t in tags}
    gone = sorted(name for name, sha in stored.items() if current.get(name) != sha)
    fresh = [i for i, t in enumerate(tags) if stored.get(t.name) != t.sha]
    start = fresh[0] if fresh else len(tags)
    with Session(engine) as s:
        wanted = store.unattributed(s, [t.name for t in tags[start:]] + gone)
        changes = store.all_changes(s)
    attribution = lineage.attribute(tags, wanted, start)  # this walk's commits
    earlier = wanted - attribution.keys()  # walked by earlier runs: new tags may contain them
    attribution.update(releases.attribute(ctx.repo, tags, earlier, start))
    attribution.update({sha: None for sha in wanted - attribution.keys()})
    t = ctx.lap("attribute", t)
    found = ex.states([ctx.signatures(ctx.repo[tags[i].sha].tree_id) for i in fresh])
    release_states = {tags[i].name: sorted(states.values(), key=lambda s: s.item)
                      for i, states in zip(fresh, found)}
    t = ctx.lap("release_states", t)
    breaks, unmatched = judge.judge(changes, waivers)
    ctx.lap("judge", t)
    stats = {"commits_walked": walked, "commits_touching": touching, **ex.stats(), "dropped_commits": dropped,
             "unmatched_waivers": [w.to_json() for w in unmatched],
             "warnings": ctx.warnings, "phase_seconds": ctx.phases, "seconds": round(time.monotonic() - t0, 3)}
    with Session(engine) as s:
        store.finish(s, run_id, tags=tags, dropped_tags=gone, attribution=attribution,
                     release_states=release_states, breaks=breaks, waivers=waivers,
                     unmatched=unmatched, tips=tips, stats=stats)


def _summary(engine: Engine, run_id: int) -> dict:
    from app.models import IngestRun

    with Session(engine) as s:
        run = s.get(IngestRun, run_id)
        out = dict(run.stats)
        out["items"] = s.exec(select(func.count()).select_from(Item)).one()
        out["changes"] = s.exec(select(func.count()).select_from(Change)).one()
        for status in ("open", "resolved", "waived"):
            q = select(func.count()).select_from(Break).where(Break.status == status)
            out[f"breaks_{status}"] = s.exec(q).one()
    return out
