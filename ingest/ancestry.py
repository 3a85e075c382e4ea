"""Which of the last run's tips are still in the history, without walking
all of it when the history only grew.

An earlier tip that is a tip again, or the parent of a new commit (one the
tips reach and no earlier tip does), is alive: one walk over the new
commits tells. Anything else (a tip gone, or one reached only further
down) is settled by one walk over the whole history, which a rewrite
needs anyway to find the commits it orphaned."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pygit2
from pygit2.enums import SortMode


@dataclass(frozen=True)
class Settled:
    alive: list[str]  # earlier tips still in the history: the walk stops there
    reachable: set[str] | None  # every commit of the history, when some earlier tip is gone
    gone: int = 0


def settle(repo: pygit2.Repository, tips: Sequence[str], old: Sequence[str]) -> Settled:
    if _all_alive(repo, tips, old):
        return Settled(list(old), None)
    reachable = all_reachable(repo, tips)
    alive = [t for t in old if t in reachable]
    if len(alive) == len(old):
        return Settled(alive, None)
    return Settled(alive, reachable, len(old) - len(alive))


def _all_alive(repo: pygit2.Repository, tips: Sequence[str], old: Sequence[str]) -> bool:
    """Whether every earlier tip is a tip now or a new commit's parent: a
    walk as long as the new history. False: cannot tell this way."""
    current = set(tips)
    waiting = {t for t in old if t not in current}
    if not waiting:
        return True
    if not all(_exists(repo, t) for t in waiting):
        return False
    walker = repo.walk(None, SortMode.NONE)
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


def all_reachable(repo: pygit2.Repository, tips: Sequence[str]) -> set[str]:
    """Every commit of the history, in one walk from all tips."""
    walker = repo.walk(None, SortMode.NONE)
    for t in tips:
        walker.push(pygit2.Oid(hex=t))
    return {str(c.id) for c in walker}
