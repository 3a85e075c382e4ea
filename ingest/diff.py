"""Pure: states before and after a commit -> what changed."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from ingest.facts import State

States = Mapping[str, State]


def diff(before: States, after: States) -> list[tuple[str, State | None, State | None]]:
    """(item, old, new) for every item whose ABI view differs; warnings alone
    are not a change."""
    out = []
    for item in sorted(before.keys() | after.keys()):
        old, new = before.get(item), after.get(item)
        if old is None and new is None:
            continue
        if old is None or not old.same_view(new):
            out.append((item, old, new))
    return out


def diff_merge(parents: Sequence[States], after: States) -> list[tuple[str, State | None, State | None]]:
    """A merge changes an item only where its result differs from every
    parent; the change is reported against the first parent."""
    if len(parents) == 1:
        return diff(parents[0], after)
    out = []
    for item, old, new in diff(parents[0], after):
        if any(_same(p.get(item), new) for p in parents[1:]):
            continue
        out.append((item, old, new))
    return out


def _same(a: State | None, b: State | None) -> bool:
    return a is None and b is None or (a is not None and a.same_view(b))
