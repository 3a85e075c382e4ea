"""The read side of a recipe: the two releases' stored states, the breaks
of the pair and the last change of each item between them -> recipe.build."""
from __future__ import annotations

from typing import cast

from sqlmodel import Session, col, select

from app import queries, recipe, vocab
from app.models import Change, Commit, Release, ReleaseState


def recipe_of(session: Session, a: str, b: str, vcpu: str = "default") -> dict | None:
    """The recipe of the move from release `a` to release `b` (None: not releases)."""
    ra, rb = session.get(Release, a), session.get(Release, b)
    if ra is None or rb is None:
        return None
    lo, hi = sorted((ra.position, rb.position))
    direction = "upgrade" if ra.position <= rb.position else "rollback"
    cmp = queries.compare(session, a, b)
    brk = cmp["breaks"] if cmp else []
    pair = recipe.Pair(a, b, direction, vcpu, states_at(session, a), states_at(session, b),
                       [x for x in brk if x["direction"] == direction], last_changes(session, lo, hi))
    out = recipe.build(pair)
    out["commits"] = {a: vocab.short(ra.sha), b: vocab.short(rb.sha)}
    return out


def states_at(session: Session, tag: str) -> dict[str, dict]:
    q = select(ReleaseState.item, ReleaseState.state).where(ReleaseState.release == tag)
    return cast(dict[str, dict], dict(session.exec(q).all()))  # the JSON column holds objects


def last_changes(session: Session, lo: int, hi: int) -> dict[str, dict]:
    """item -> the last change brought in by a release at a position in (lo, hi]."""
    q = (select(Change.item, Commit.sha, Commit.release).join(Commit, col(Commit.sha) == Change.commit)
         .join(Release, col(Release.tag) == Commit.release)
         .where(col(Release.position) > lo, col(Release.position) <= hi).order_by(col(Change.seq)))
    return {item: {"commit": vocab.short(sha), "release": rel} for item, sha, rel in session.exec(q)}
