"""Pure: changes (per item, in history order) + waivers -> breaks.

Restore path: for a change old -> new, the new settable set admits the old
default. Upgrade break: it does not, or the item disappears. Rollback break:
an item appears that the VMM cannot hide. A break is resolved by the first
later change whose state gives the way back; a waiver accepts it.
"""
from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from app.rules import admits_value, hideable, listed_item
from ingest.facts import Break, Change, State, Waiver


def admits(state: State | None, value: str) -> bool:
    """Can userspace make `state`'s item show `value` to the guest? (The
    rules are app/rules.py's, shared with the recipe.)"""
    return state is not None and admits_value(state.default, state.settable, value)


def in_reglist(state: State) -> bool:
    """Does the item stand for an entry of KVM_GET_REG_LIST?"""
    return listed_item(state.item, any(k == "index" for k, _ in state.extra))


def can_hide(state: State | None) -> bool:
    """Can the VMM keep a newly appeared item out of the guest's view (and
    out of the state it saves)?"""
    return state is None or hideable(in_reglist(state), state.default, state.settable)


def _summary_item(slug: str) -> bool:
    # `idreg/<REG>` summarises a register's policy; its fields (and
    # `reglist/<REG>`) carry the ABI and are judged one by one.
    return slug.startswith("idreg/") and slug.count("/") == 1


def _unknown(state: State | None) -> bool:
    # An extractor that could not read the code says "unknown" (with a
    # warning on the state); judging a guess would invent breaks.
    return state is not None and (state.default == "unknown" or "unknown" in state.settable)


def break_of(change: Change) -> tuple[str, str] | None:
    """(direction, reason) when a change breaks a VM's view, else None."""
    old, new = change.old, change.new
    if _summary_item(change.item) or _unknown(old) or _unknown(new):
        return None
    if old is None:
        if can_hide(new):
            return None
        return "rollback", f"appears as {new.default} and the VMM cannot hide it"
    if new is None:
        return "upgrade", f"disappears (was {old.default})"
    if admits(new, old.default):
        return None
    return "upgrade", f"default {old.default} -> {new.default}; settable {list(new.settable)} does not admit {old.default}"


def resolution(change: Change, direction: str, later: Iterable[Change]) -> str | None:
    """The first later change of the same item that gives the way back."""
    for nxt in later:
        if direction == "upgrade" and admits(nxt.new, change.old.default):
            return nxt.commit
        if direction == "rollback" and (nxt.new is None or can_hide(nxt.new)):
            return nxt.commit
    return None


def judge(changes: Sequence[Change], waivers: Sequence[Waiver] = (),
          present_before: Collection[str] = ()) -> tuple[list[Break], list[Waiver]]:
    """Breaks of all changes, and the waivers that match none. `present_before`:
    kinds of items that existed before the first change (a range checked on
    its own); ingest walks from the root and passes none."""
    by_item: dict[str, list[Change]] = {}
    for c in sorted(changes, key=lambda c: (c.item, c.seq)):
        by_item.setdefault(c.item, []).append(c)
    breaks, used = [], set()
    born = {k: seq for k, seq in _introductions(changes).items() if k not in present_before}
    for item_changes in by_item.values():
        for i, change in enumerate(item_changes):
            found = None if change.seq == born.get(kind_of(change.item)) else break_of(change)
            if found is None:
                continue
            direction, reason = found
            resolved = resolution(change, direction, item_changes[i + 1:])
            waiver = _waiver_for(change, direction, waivers)
            if waiver is not None:
                used.add(waiver)
            status = "waived" if waiver else ("resolved" if resolved else "open")
            breaks.append(Break(change.item, change.commit, direction, status,
                                resolved, waiver, reason, change.seq))
    breaks.sort(key=lambda b: (b.seq, b.item))
    return breaks, [w for w in waivers if w not in used]


def kind_of(slug: str) -> str:
    return slug.split("/", 1)[0]


def _introductions(changes: Sequence[Change]) -> dict[str, int]:
    """kind -> the commit where the first item of that kind appears. What
    appears there is the feature arriving (KVM/arm64 itself, the register
    list), which no older kernel had: not a rollback break."""
    born: dict[str, int] = {}
    for c in changes:
        kind = kind_of(c.item)
        born[kind] = min(born.get(kind, c.seq), c.seq)
    return born


def _waiver_for(change: Change, direction: str, waivers: Sequence[Waiver]) -> Waiver | None:
    for w in waivers:
        if (w.item == change.item and change.commit.startswith(w.commit.lower())
                and w.direction in (None, direction)):
            return w
    return None
