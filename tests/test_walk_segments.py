"""The walk goes one tip at a time (releases oldest first, then HEAD),
each walk hiding the frontier of the ones before, so libgit2 holds one
release's commits at a time. Whatever the order of the tips, every
commit comes exactly once and after its parents."""
from __future__ import annotations

import itertools

import pygit2
import pytest
from test_releases import _branchy

from ingest.walker import SignatureReader, Walk


def _stable_branch(history):
    """_branchy's history, plus a maintenance branch off v1.0 with its own
    tag, which no later release contains."""
    _branchy(history)
    base = history.repo.revparse_single("v1.0").id
    fix = history.commit({"a": "1.0.1"}, "stable fix", parents=[str(base)], move_head=False)
    history.tag("v1.0.1", fix)
    return fix


def _tips(history) -> list[str]:
    repo = history.repo
    tags = sorted(r for r in repo.references if r.startswith("refs/tags/"))
    return [str(repo.revparse_single(t).peel(pygit2.Commit).id) for t in tags] + [history.head]


def _everything(repo, tips) -> set[str]:
    walker = repo.walk(None)
    for t in tips:
        walker.push(t)
    return {str(c.id) for c in walker}


@pytest.mark.parametrize("order", ["as given", "reversed", "by sha"])
def test_every_commit_once_and_after_its_parents(history, order):
    _stable_branch(history)
    tips = _tips(history)
    tips = {"as given": tips, "reversed": tips[::-1], "by sha": sorted(tips)}[order]
    walked = [w.commit for w in Walk(history.repo, tips, [], SignatureReader(history.repo, ["a"]))]
    shas = [str(c.id) for c in walked]
    assert len(shas) == len(set(shas))
    assert set(shas) == _everything(history.repo, tips)
    position = {sha: i for i, sha in enumerate(shas)}
    for c in walked:
        assert all(position[str(p)] < position[str(c.id)] for p in c.parent_ids), c.message


def test_hidden_commits_and_their_ancestors_stay_out(history):
    """A hide list (the last run's frontier) holds, whatever tip comes
    first: nothing it reaches is walked again."""
    fix = _stable_branch(history)
    repo = history.repo
    tips = _tips(history)
    for hidden in ([str(repo.revparse_single("v1.1").peel(pygit2.Commit).id)], [fix],
                   [fix, str(repo.revparse_single("v1.1-rc2").peel(pygit2.Commit).id)]):
        for first in itertools.islice(itertools.permutations(tips), 0, 24, 5):
            got = {str(w.commit.id) for w in Walk(repo, list(first), hidden, SignatureReader(repo, ["a"]))}
            assert got == _everything(repo, tips) - _everything(repo, hidden)


def test_a_full_ingest_numbers_each_release_before_the_next(history, engine):
    """The pipeline gives the walk the releases oldest first: every
    commit first released in v1.1 comes before every commit of v1.2."""
    from sqlmodel import Session, select

    from app.models import Commit
    from ingest.pipeline import ingest

    base = history.commit({"arch/arm64/kvm/sys_regs.c": "/* 1 */\n"}, "base")
    history.tag("v1.0")
    late = history.commit({"arch/arm64/kvm/sys_regs.c": "/* late */\n"}, "late topic", parents=[base],
                          move_head=False)
    history.commit({"arch/arm64/kvm/sys_regs.c": "/* 2 */\n"}, "mainline")
    history.tag("v1.1")
    history.merge(late, "Merge late topic", {"arch/arm64/kvm/sys_regs.c": "/* merged */\n"})
    history.tag("v1.2")
    ingest(str(history.repo.workdir or history.repo.path), engine, jobs=0)
    with Session(engine) as s:
        rows = {c.subject: (c.seq, c.release) for c in s.exec(select(Commit))}
    assert rows["base"][1] == "v1.0" and rows["mainline"][1] == "v1.1" and rows["late topic"][1] == "v1.2"
    assert rows["base"][0] < rows["mainline"][0] < rows["late topic"][0] < rows["Merge late topic"][0]


def test_each_release_is_walked_hiding_only_the_frontier(history):
    """One libgit2 walk per tip, hiding only the walked tips no other
    walked tip reaches (hiding every earlier tag costs libgit2 a walk down
    to each): v1.1 hides the two release candidates it merges, v1.2 only v1.1."""
    from ingest.releases import find_tags

    _branchy(history)
    repo = history.repo
    tags = find_tags(repo)
    name = {t.sha: t.name for t in tags} | {history.head: "HEAD"}
    calls: list[tuple[str, set[str]]] = []

    class Recorder:
        def __init__(self, walker):
            self.walker, self.pushed, self.hidden = walker, "", set()

        def push(self, oid):
            self.pushed = name[str(oid)]
            self.walker.push(oid)

        def hide(self, oid):
            self.hidden.add(name[str(oid)])
            self.walker.hide(oid)

        def __iter__(self):
            calls.append((self.pushed, self.hidden))
            return iter(self.walker)

    real = repo.walk
    repo.walk = lambda *a: Recorder(real(*a))  # type: ignore[method-assign]
    tips = [t.sha for t in tags] + [history.head]
    list(Walk(repo, tips, [], SignatureReader(repo, ["a"])))
    assert calls == [("v1.0", set()), ("v1.1-rc1", {"v1.0"}), ("v1.1-rc2", {"v1.1-rc1"}),
                     ("v1.1", {"v1.1-rc1", "v1.1-rc2"}), ("v1.2", {"v1.1"}), ("HEAD", {"v1.2"})]
