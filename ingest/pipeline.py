"""Ingest, top to bottom: walk -> extract -> diff -> judge -> store.

Git is read here and in walker/releases/states; the database is written
only through store (the one module of the run that knows the tables);
extract, diff and judge are pure.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING

import pygit2

from ingest import ancestry, extraction, fingerprint, judge, noop, releases, statecache, waivers as waivers_mod
from ingest.facts import Change, Waiver
from ingest.states import Reader
from ingest.store import NewCommit, Store
from ingest.walker import Walk

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

Progress = Callable[[int, int], None]  # (commits walked, commits touching)
_CHUNK = 8  # touching commits per request to the extractors: small, so they start early


@dataclass
class Run:
    """What one ingest carries from step to step."""

    reader: Reader
    store: Store
    waivers: list[Waiver]
    tags: list[releases.Tag]
    tips: list[str]
    batch_size: int
    progress: Progress | None
    run_id: int = 0
    hide: list[str] = field(default_factory=list)  # the last run's frontier: the walk stops there
    push: list[str] = field(default_factory=list)  # tips the walk starts from (those not seen before)
    dropped: int = 0  # commits a rewritten history orphaned
    rewritten: bool = False  # earlier tips gone (the changes may have lost some)
    walked: int = 0
    touching: int = 0
    found_by: dict[str, str] = field(default_factory=dict)  # touching commit -> the tip whose walk found it
    frontier: list[str] = field(default_factory=list)  # the walk's: what the next run hides
    warnings: list[str] = field(default_factory=list)
    phases: dict[str, float] = field(default_factory=dict)  # seconds per phase, for the summary
    started: float = field(default_factory=time.monotonic)

    def lap(self, phase: str, since: float) -> float:
        """Add the time since `since` to a phase; returns now."""
        now = time.monotonic()
        self.phases[phase] = round(self.phases.get(phase, 0.0) + now - since, 3)
        return now


def ingest(path: str, engine: Engine, *, waivers_path: str | None = None, stable: bool = False,
           batch_size: int = 200, progress: Progress | None = None, extractors=None,
           jobs: int | None = None, shortcut: bool = True, worker: extraction.Worker | None = None) -> dict:
    """Ingest what is new in the repository at `path`; returns the summary.
    jobs: extraction worker processes (None: one when there are two CPUs
    or more; 0: extract in this process). shortcut: False when the caller
    has asked noop.attempt already (the CLI, from a SQLite file). worker:
    one the caller started already (reading ahead), used instead."""
    t0 = time.monotonic()
    waivers = waivers_mod.load(waivers_path)  # bad file: fail before writing anything
    store = Store(engine)
    idle = noop.attempt(path, store, waivers, stable, t0, extractors) if shortcut else None
    if idle is not None:
        return idle
    run = _begin(path, store, waivers, stable, batch_size, progress, extractors, t0)
    ex = worker or extraction.start(run.reader, path, jobs)
    if worker is None:  # (a worker given has had them with what it read ahead)
        ex.preload(run.store.cached_states(_state_keys(run, _signatures(run, run.hide))))
    if run.push and not run.hide:
        # A first ingest: fork before libgit2 loads the history, so the two
        # processes share no pages that either then writes.
        ex.start()
    try:
        _walk(run, ex)
        _conclude(run, ex)
    finally:
        ex.close()
    return run.store.summary(run.run_id)


def _begin(path, store, waivers, stable, batch_size, progress, extractors, t0) -> Run:
    """Open the repository, find its releases and tips, and forget what a
    rewritten history orphaned."""
    reader = Reader.open(path, extractors)
    tags = releases.find_tags(reader.repo, stable)
    run = Run(reader, store, waivers, tags, ancestry.tips(reader.repo, tags), batch_size, progress, started=t0)
    if not tags:
        run.warnings.append(releases.NO_TAGS)
    frontier = store.last_tips()
    seen = set(frontier) | set(store.stored_releases().values())
    found = ancestry.settle(reader.repo, run.tips, frontier, seen)
    run.hide, run.push = found.alive, ancestry.new_tips(run.tips, seen)
    if found.reachable is not None:  # rewritten: what the tips no longer reach goes
        run.push, run.rewritten = run.tips, True
        run.dropped = store.drop_commits(store.known_commits() - found.reachable)
        run.warnings.append(f"history was rewritten: {found.gone} earlier tips gone, "
                            f"{run.dropped} orphaned commits dropped")
    run.run_id = store.start_run(path)
    run.lap("tips", run.started)
    return run


def _walk(run: Run, ex) -> None:
    """walk -> extract -> diff: touching commits go to the extractors in
    small chunks while the walk goes on; a batch of commits is written
    with its changes once they are back. The walk's frontier is what the
    next run hides; the tip that found each touching commit, its release."""
    t = time.monotonic()
    known, base = run.store.known_commits(), run.store.walked_before()
    rows: list[NewCommit] = []  # in walk order, waiting for their changes
    done: list[list[Change]] = []  # changes of rows[:len(done)]
    chunk: list[extraction.Step] = []
    walk = Walk(run.reader.repo, run.push, run.hide, run.reader.signatures, touching_only=True,
                tick=_ticker(run))
    for w in walk:
        run.touching += 1
        sha = str(w.commit.id)
        run.found_by[sha] = w.tip
        if sha in known:  # written by an interrupted run
            continue
        rows.append(_new_commit(w.commit, base + walk.walked))
        chunk.append(extraction.Step(sha, base + walk.walked, w.signature, tuple(w.parents)))
        if len(chunk) >= _CHUNK:
            ex.submit(chunk)
            chunk = []
        done.extend(ex.ready())
        while len(done) >= run.batch_size:
            _flush(run, rows, done)
    run.walked, run.frontier = walk.walked, walk.frontier
    ex.submit(chunk)
    t = run.lap("walk", t)
    done.extend(ex.wait())
    run.lap("extract_wait", t)
    while rows:
        _flush(run, rows, done)
    if run.progress:
        run.progress(run.walked, run.touching)


def _ticker(run: Run) -> Callable[[int], None] | None:
    """The walk's progress, to the caller's progress callback."""
    progress = run.progress
    if progress is None:
        return None
    return lambda walked: progress(walked, run.touching)


def changes_of(reader: Reader, sha: str, signature: tuple, parents: list[tuple], seq: int) -> list[Change]:
    """extract -> diff for one commit: its states against its parents'."""
    return extraction.changes(reader.states, extraction.Step(sha, seq, signature, tuple(parents)))


def _flush(run: Run, rows: list, done: list) -> None:
    """The first batch of rows and their changes, in one transaction; out
    of the lists once written."""
    size = run.batch_size
    run.store.write_batch(rows[:size], [c for found in done[:size] for c in found])
    del rows[:size], done[:size]


def _new_commit(c: pygit2.Commit, seq: int) -> NewCommit:
    return NewCommit(sha=str(c.id), seq=seq, subject=c.message.split("\n", 1)[0][:1000],
                     author=c.author.name, date=datetime.fromtimestamp(c.commit_time, timezone.utc),
                     parents=" ".join(str(p) for p in c.parent_ids))


def _conclude(run: Run, ex) -> None:
    """attribute -> judge -> store: releases, breaks and the run's end together."""
    t = time.monotonic()
    stored = run.store.stored_releases()
    current = {tag.name: tag.sha for tag in run.tags}
    gone = sorted(name for name, sha in stored.items() if current.get(name) != sha)
    fresh = [i for i, tag in enumerate(run.tags) if stored.get(tag.name) != tag.sha]
    attribution = _attribute(run, gone, fresh[0] if fresh else len(run.tags))
    t = run.lap("attribute", t)
    release_states = _release_states(run, ex, fresh)
    t = run.lap("release_states", t)
    breaks, unmatched = _judge(run)
    run.lap("judge", t)
    stats = {"commits_walked": run.walked, "commits_touching": run.touching, **ex.stats(),
             "dropped_commits": run.dropped, "unmatched_waivers": [w.to_json() for w in unmatched],
             "warnings": run.warnings, "judge": fingerprint.judge(), "phase_seconds": run.phases,
             "seconds": round(time.monotonic() - run.started, 3)}
    signatures = _signatures(run, run.frontier)
    run.store.finish(run.run_id, tags=run.tags, dropped_tags=gone, attribution=attribution,
                     release_states=release_states, breaks=breaks, waivers=run.waivers,
                     unmatched=unmatched, tips=run.frontier, stats=stats,
                     state_cache=(_state_keys(run, signatures), ex.kept(signatures)))


def _signatures(run: Run, shas: list[str]) -> list[tuple]:
    repo = run.reader.repo
    return [run.reader.signatures(repo[sha].peel(pygit2.Commit).tree_id) for sha in shas]


def _state_keys(run: Run, signatures: list[tuple]) -> set[str]:
    """statecache keys of every extractor's result at these signatures."""
    return statecache.keys(run.reader.states.extractors, run.reader.signatures.paths, signatures)


def _judge(run: Run) -> tuple[list | None, list[Waiver]]:
    """The breaks and the unmatched waivers. The judge reads only the
    changes and the waivers: when neither changed since the last run (no
    new changes waiting, none dropped, the same waivers) and the same code
    judged (fingerprint.judge) its breaks stand
    (None: the stored ones are kept) and so do its unmatched waivers."""
    rows = run.store.waiver_rows()
    if (run.rewritten or run.store.has_pending(changes_only=True) or [w for w, _ in rows] != run.waivers
            or run.store.last_judge() != fingerprint.judge()):
        return judge.judge(run.store.all_changes(), run.waivers)
    return None, [w for w, matched in rows if not matched]


def _attribute(run: Run, gone: list[str], start: int) -> dict[str, str | None]:
    """sha -> first release containing it, for the commits not attributed
    yet and those of releases that are new or gone: this walk's by the tip
    that found them, earlier runs' by a walk from the new tags."""
    tags = run.tags
    wanted = run.store.unattributed([tag.name for tag in tags[start:]] + gone)
    attribution = releases.found_by(tags, {sha: run.found_by[sha] for sha in wanted if sha in run.found_by}, start)
    earlier = wanted - attribution.keys()  # walked by earlier runs: new tags may contain them
    attribution.update(releases.attribute(run.reader.repo, tags, earlier, start))
    attribution.update({sha: None for sha in wanted - attribution.keys()})
    return attribution


def _release_states(run: Run, ex, fresh: list[int]) -> dict[str, list]:
    """The states at each new release tag."""
    tags = run.tags
    found = ex.states(_signatures(run, [tags[i].sha for i in fresh]))
    return {tags[i].name: sorted(states.values(), key=lambda s: s.item) for i, states in zip(fresh, found, strict=True)}
