"""Which of the last run's commits are still in the history, without
walking all of it when the history only grew.

Each run leaves its frontier: the tips no other tip reaches (usually HEAD
alone; the release tags are its ancestors). The next run hides only the
frontier (libgit2 walks a long way to hide a tag deep in the history) and
starts only from tips it has not seen. A frontier commit that is a tip
again, or the parent of a new commit, is alive: one walk over the new
commits tells. Anything else (a tip gone, or one reached only further
down) is settled by one walk over the whole history, which a rewrite
needs anyway to find the commits it orphaned."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pygit2
from pygit2.enums import SortMode


@dataclass(frozen=True)
class Settled:
    alive: list[str]  # frontier commits still in the history: the walk stops there
    reachable: set[str] | None  # every commit of the history, when some earlier tip is gone
    gone: int = 0


def tips(repo: pygit2.Repository, tags: Iterable) -> list[str]:
    """The history's tips: its release tags' commits oldest first, then
    HEAD's: the order the walk takes them in (walker.walk)."""
    out = [t.sha for t in tags]
    if not repo.head_is_unborn:
        out.append(str(repo.head.peel(pygit2.Commit).id))
    return list(dict.fromkeys(out))


def new_tips(tips: Sequence[str], seen: Iterable[str]) -> list[str]:
    """The tips a walk starts from: those no earlier run started from or
    released (an old tag pushed again would make libgit2 walk down to it)."""
    seen = set(seen)
    return [t for t in tips if t not in seen]


def settle(repo: pygit2.Repository, tips: Sequence[str], frontier: Sequence[str],
           seen: Iterable[str]) -> Settled:
    seen = set(seen)
    if only_grew(repo, tips, frontier, new_tips(tips, seen)):
        return Settled(list(frontier), None)
    reachable = all_reachable(repo, tips)
    gone = sum(t not in reachable for t in frontier)
    if not gone:
        return Settled(list(frontier), None)
    # Rewritten: every earlier tip still in the history stops the walk.
    return Settled(sorted(t for t in seen | set(frontier) if t in reachable), reachable, gone)


def only_grew(repo: pygit2.Repository, tips: Sequence[str], frontier: Sequence[str],
              push: Sequence[str]) -> bool:
    """Whether every frontier commit is a tip now or a new commit's parent,
    so the history only grew: a walk as long as the new history. False:
    cannot tell this way (it may have been rewritten; settle() walks all)."""
    waiting = set(frontier) - set(tips)
    if not waiting:
        return True
    if not all(_exists(repo, t) for t in waiting):
        return False
    walker = repo.walk(None, SortMode.NONE)
    for t in push:
        walker.push(pygit2.Oid(hex=t))
    for t in frontier:
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


def all_reachable(repo: pygit2.Repository, tips: Sequence[str]) -> set[str]:
    """Every commit of the history, in one walk from all tips."""
    walker = repo.walk(None, SortMode.NONE)
    for t in tips:
        walker.push(pygit2.Oid(hex=t))
    return {str(c.id) for c in walker}
