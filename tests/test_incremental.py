"""Incremental runs: what a run does for what is new must not depend on the
length of the history already ingested. Ancestry of the last run's tips is
answered by a walk over the new commits only; the whole history is walked
only when that cannot settle it (a rewrite, or a tip reached further down)."""
from __future__ import annotations

import pygit2
import pytest
from sqlmodel import Session, select

from app.models import Commit
from ingest import ancestry, pipeline
from toy import TOY, TOY_EXTRACTOR, toy_text


def run(history, engine, **kw):
    return pipeline.ingest(history.repo.workdir, engine, extractors=(TOY_EXTRACTOR,), **kw)


@pytest.fixture
def whole_walks(monkeypatch):
    """Counts the walks over the whole history (and fails any ancestry
    question libgit2 would answer by walking it)."""
    calls = []
    real = ancestry.all_reachable

    def counted(repo, tips):
        calls.append(tips)
        return real(repo, tips)

    def refuse(self, *a):
        raise AssertionError("descendant_of walks the whole history")

    monkeypatch.setattr(ancestry, "all_reachable", counted)
    monkeypatch.setattr(pygit2.Repository, "descendant_of", refuse, raising=False)
    return calls


def released_history(h, releases=3, per_release=4):
    for r in range(releases):
        for i in range(per_release):
            h.commit({TOY: toy_text(A=f"{r} {r}", B=f"{i} {i}")} if i % 2 == 0 else {"README": f"{r}.{i}\n"},
                     f"commit {r}.{i}")
        h.tag(f"v6.{r}")


def test_new_commits_and_tags_walk_only_what_is_new(history, engine, whole_walks):
    released_history(history)
    run(history, engine)
    main = history.head
    side = history.commit({TOY: toy_text(A="9 2,9", B="0 0")}, "side", parents=[main], move_head=False)
    history.commit({"README": "main\n"}, "main moves on")
    history.merge(side, "Merge side", files={TOY: toy_text(A="9 2,9", B="0 0")})
    history.tag("v6.3")
    again = run(history, engine)
    assert again["commits_walked"] == 3 and again["dropped_commits"] == 0
    assert whole_walks == []  # every earlier tip was a tip again or a new commit's parent
    with Session(engine) as s:
        assert s.get(Commit, side).release == "v6.3"


def test_a_head_behind_a_tag_is_not_in_the_frontier(history, engine, whole_walks):
    """The last run's HEAD sat behind a release tag; now HEAD is past the
    tag: the old HEAD is neither a tip nor a new commit's parent, but the
    tag reaches it, so the frontier held the tag alone: no whole walk, and
    nothing dropped."""
    released_history(history, releases=1)
    old_head = history.commit({TOY: toy_text(A="5 5")}, "old head")
    ahead = history.commit({TOY: toy_text(A="6 5,6")}, "tagged ahead of HEAD", parents=[old_head],
                           move_head=False)
    history.tag("v6.1", ahead)
    run(history, engine)
    history.checkout(ahead)
    new = history.commit({TOY: toy_text(A="7 5,6,7")}, "new")
    again = run(history, engine)
    assert again["commits_walked"] == 1 and again["dropped_commits"] == 0
    assert whole_walks == []
    with Session(engine) as s:
        assert {old_head, ahead, new} <= {c.sha for c in s.exec(select(Commit))}


def frontier(engine) -> list[str]:
    from app.models import IngestRun

    with Session(engine) as s:
        return s.exec(select(IngestRun).order_by(IngestRun.id.desc())).first().tips


def test_the_frontier_is_head_when_it_contains_every_tag(history, engine, whole_walks):
    """libgit2 walks down to every commit it is told to hide: a run hides
    only the last run's frontier (its tips no other tip reaches), not every
    release tag, and starts only from tips it has not seen."""
    released_history(history, releases=4)
    run(history, engine)
    assert frontier(engine) == [history.head]
    side = history.commit({"README": "side\n"}, "side", parents=[history.head], move_head=False)
    history.tag("v7.0-rc1", side)  # a tag HEAD does not contain
    history.commit({TOY: toy_text(A="8 8")}, "main")
    again = run(history, engine)
    assert again["commits_walked"] == 2 and whole_walks == []
    assert sorted(frontier(engine)) == sorted([side, history.head])
    history.merge(side, "Merge v7.0-rc1", files={TOY: toy_text(A="8 8")})
    third = run(history, engine)
    assert third["commits_walked"] == 1 and frontier(engine) == [history.head] and whole_walks == []


def test_head_moved_back_drops_what_it_left(history, engine, whole_walks):
    released_history(history, releases=1)
    back = history.head
    left = history.commit({TOY: toy_text(A="5 5")}, "left behind")
    run(history, engine)
    history.checkout(back)
    again = run(history, engine)
    assert again["commits_walked"] == 0 and again["dropped_commits"] == 1 and len(whole_walks) == 1
    with Session(engine) as s:
        assert left not in {c.sha for c in s.exec(select(Commit))}


def test_a_rewritten_branch_drops_its_orphans_in_one_walk(history, engine, whole_walks):
    released_history(history, releases=1)
    base = history.head
    gone = history.commit({TOY: toy_text(A="7 7")}, "to be rewritten")
    run(history, engine)
    history.checkout(base)
    kept = history.commit({TOY: toy_text(A="7 1,7")}, "rewritten")
    summary = run(history, engine)
    assert summary["dropped_commits"] == 1 and len(whole_walks) == 1
    with Session(engine) as s:
        shas = {c.sha for c in s.exec(select(Commit))}
    assert gone not in shas and kept in shas


def test_a_run_with_nothing_new_starts_no_worker(history, engine, monkeypatch):
    released_history(history, releases=1)
    run(history, engine, jobs=1)
    from ingest import extraction

    def no_fork(self):
        raise AssertionError("a worker was started with nothing to extract")

    monkeypatch.setattr(extraction.Worker, "_start", no_fork)
    again = run(history, engine, jobs=1)
    assert again["commits_walked"] == 0 and again["file_versions_parsed"] == 0
