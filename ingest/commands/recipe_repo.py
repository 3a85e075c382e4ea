"""`guestabi recipe A..B --repo PATH`: the recipe from a kernel repository's
refs, no database. The states at A and B come from the extractors, as in
`guestabi states --at REF --repo`; the breaks between them from `check`'s
walk of the older..newer range (ingest's own diff and judge)."""
from __future__ import annotations

import pygit2

from app import recipe
from app.vocab import short
from ingest import check
from ingest.walker import NotARepository


class RepoError(Exception):
    """Could not read the pair from the repository: exit 2."""


def recipe_from_repo(path: str, a: str, b: str, vcpu: str) -> dict:
    try:
        ctx = check._context(path, None)
        ca, cb = (check._resolve(ctx.repo, ref, path) for ref in (a, b))
    except (check.CheckError, NotARepository, pygit2.GitError) as exc:
        raise RepoError(str(exc)) from None
    upgrade = ca.id == cb.id or ctx.repo.descendant_of(cb.id, ca.id)
    if not upgrade and not ctx.repo.descendant_of(ca.id, cb.id):
        raise RepoError(f"{a} and {b}: neither contains the other (a recipe needs one release after the other)")
    older, newer = (a, b) if upgrade else (b, a)
    report = check.check_range(path, f"{older}..{newer}")
    direction = "upgrade" if upgrade else "rollback"
    pair = recipe.Pair(a, b, direction, vcpu, _states(ctx, ca), _states(ctx, cb),
                       [_break(x) for x in report.breaks if x.direction == direction], _last_changes(report))
    out = recipe.build(pair)
    out["commits"] = {a: short(str(ca.id)), b: short(str(cb.id))}
    return out


def _states(ctx, commit) -> dict[str, dict]:
    return {item: st.to_json() for item, st in ctx.states_at(commit).items()}


def _break(x) -> dict:
    return {"item": x.item, "commit": short(x.commit), "status": x.status, "direction": x.direction,
            "reason": x.reason, "release": None, "resolved_by": short(x.resolved_by),
            "outstanding": x.status == "open"}


def _last_changes(report: check.Report) -> dict[str, dict]:
    return {c.item: {"commit": short(c.commit), "release": None} for c in sorted(report.changes, key=lambda c: c.seq)}
