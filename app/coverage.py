"""How well each release was read: per release, how many stored states carry
warnings (what an extractor could not read), and for one release those
states grouped by family / ID register. From stored states only (the web
never runs the extractors). Session in -> plain data out.

    coverage_list(session) -> {"releases": [{"tag", "states", "warned"}], "latest"}
    coverage_at(session, "v7.3") -> {"tag", "states", "warned", "groups": [...]} | None
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from sqlmodel import Session, select

from app.models import Release, ReleaseState
from app.queries import KIND_LABELS, KINDS, WARNED, group_of, latest_tag, releases, warned_counts
from app.vocab import kind_of


def coverage_list(session: Session) -> dict[str, Any]:
    """Every release, newest first, with its count of states read with warnings."""
    counts = warned_counts(session)
    rows = [{"tag": r.tag, "kind": r.kind, **counts.get(r.tag, {"states": 0, "warned": 0})}
            for r in reversed(releases(session))]
    return {"releases": rows, "latest": latest_tag(session)}


def coverage_at(session: Session, tag: str) -> dict[str, Any] | None:
    """The states of release `tag` read with warnings, grouped (ID register
    fields by register, the rest by kind), each group with its most
    frequent warnings first."""
    if session.get(Release, tag) is None:
        return None
    q = select(ReleaseState.item, ReleaseState.state).where(ReleaseState.release == tag, WARNED)
    groups: dict[str, list] = defaultdict(list)
    for slug, state in session.exec(q.order_by(ReleaseState.item)):
        groups[group_of(slug)].append(state)
    counts = warned_counts(session, tag).get(tag, {"states": 0, "warned": 0})
    order = sorted(groups, key=lambda g: (KINDS.index(kind_of(g)) if kind_of(g) in KINDS else 9, g))
    return {"tag": tag, **counts, "groups": [_group(g, groups[g]) for g in order]}


def _group(name: str, states: list[dict]) -> dict[str, Any]:
    common = Counter(w for s in states for w in s.get("warnings") or [])
    return {"group": name, "kind": kind_of(name), "label": KIND_LABELS.get(name, name),
            "register": name.split("/", 1)[1] if name.startswith("idreg/") else None,
            "states": states, "warnings": [{"text": t, "count": n} for t, n in common.most_common()]}
