"""Pure: changes (per item, in history order) + waivers -> breaks.

Restore path: for a change old -> new, the new settable set admits the old
default. Upgrade break: it does not, or the item disappears. Rollback break:
an item appears that the VMM cannot hide. A break is resolved by the first
later change whose state gives the way back; a waiver accepts it.

Three refinements (DESIGN.md):
- Configurations. Each change is judged for the default vCPU (no optional
  feature: a `vcpu-feature:<F>` item is hidden from it, a register-list entry
  is not in its list) and for a vCPU with every feature (the item shows its
  value); a break says which it hits (`vcpu`: default | all | both).
- Host-wide conditions. A state's default is the common host's value (its
  extras `when`/`otherwise` say what other hosts see): the judge judges the
  default and the reason says so. One consequence: an ID field going from
  `host` to `hidden` only where the host lacks optional features (extra
  `when_kind` = `optional-features`, `otherwise` = `host`) is no break: the
  common host lacks them, so the field read 0 and reads 0; hosts with them
  see the host's value before and after. A plain `host` -> `hidden` (no
  condition) and host conditions of another kind (the GIC model, Spectre
  state, errata) are judged on the default as usual.
- RES0. An ID field that disappears (its bits became RES0 in the newer
  description) while hidden is no break: the guest read 0 and still does.
- Unconfirmed. A change whose old or new state carries warnings was read
  with a guess: the break it would make is `unconfirmed`, and a warned state
  never resolves a break.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from typing import TypeGuard

from app.rules import (
    FEATURE,
    HIDDEN,
    VCPUS,
    admits_value,
    gated_default,
    gone_reads_zero,
    hideable,
    listed_item,
    same_on_common_host,
    seen_default,
)
from app.vocab import kind_of
from ingest.facts import Break, Change, State, Waiver

COMMON_HOST = "GICv3, Spectre-unaffected, no optional features"


def admits(state: State | None, value: str) -> bool:
    """Can userspace make `state`'s item show `value` to the guest? (On one
    vCPU configuration: see `seen()` for `vcpu-feature:` defaults.) The rule
    is app/rules.py's, shared with the recipe."""
    return state is not None and admits_value(state.default, state.settable, value, dict(state.extra))


# --- vCPU configurations ---------------------------------------------------------

def gated(state: State | None) -> TypeGuard[State]:
    """Does a vCPU feature the VMM picks decide whether the guest sees it?"""
    return state is not None and gated_default(state.default)


def features(*states: State | None) -> list[str]:
    """The vCPU features named by the states' `vcpu-feature:A+B` defaults."""
    out: dict[str, None] = {}
    for s in states:
        if gated(s):
            out.update(dict.fromkeys(s.default[len(FEATURE):].split("+")))
    return list(out)


def seen(state: State | None, vcpu: str) -> State | None:
    """The state as a vCPU of the configuration sees it: on the default vCPU
    a gated item is hidden (out of the register list); on a vCPU with every
    feature it shows what the feature gives (`cap` when the code caps it)."""
    if not gated(state):
        return state
    extra = dict(state.extra)
    # an ID field shows the extractor's value for a vCPU with the feature
    # (feature_value: fixed:1, capped:5), else the host's, capped where the code caps it
    return replace(state, default=seen_default(state.item, state.default, vcpu, extra.get("cap"),
                                               extra.get("feature_value")))


def vcpu_words(vcpu: str, names: Sequence[str]) -> str:
    """"a vCPU without PMU", "a vCPU with PMU, SVE", "every vCPU"."""
    if vcpu == "both" or not names:
        return "every vCPU"
    return f"a vCPU {'without' if vcpu == 'default' else 'with'} {', '.join(names)}"


# --- one change, one configuration ----------------------------------------------

def in_reglist(state: State) -> bool:
    """Does the item stand for an entry of KVM_GET_REG_LIST?"""
    return listed_item(state.item, any(k == "index" for k, _ in state.extra))


def can_hide(state: State | None) -> bool:
    """Can the VMM keep a newly appeared item out of the guest's view (and
    out of the state it saves)? (app/rules.py's hideable.)"""
    return state is None or hideable(in_reglist(state), state.default, state.settable)


def listed(state: State | None) -> TypeGuard[State]:
    return state is not None and state.default not in HIDDEN


def _listing(old: State | None, new: State | None, raw_new: State | None) -> tuple[str, str] | None:
    """A register-list entry: only its presence in the list matters. One
    that leaves breaks an upgrade (the saved register is refused); one that
    joins breaks a rollback unless the VMM can keep it out."""
    if listed(old) and not listed(new):
        if new is None:
            return "upgrade", f"disappears (was {old.default})"
        assert raw_new is not None  # `new` is raw_new as one vCPU sees it
        if "present" not in new.settable:
            return "upgrade", f"leaves the register list (was {old.default}, now {raw_new.default})"
    if listed(new) and not listed(old) and not can_hide(raw_new):
        assert raw_new is not None  # `new` is raw_new as one vCPU sees it
        return "rollback", f"joins the register list ({raw_new.default}) and the VMM cannot keep it out"
    return None


def _value(old: State | None, new: State | None, raw_new: State | None) -> tuple[str, str] | None:
    """Any other item: the old default must stay reachable."""
    if old is None:
        if new is None or can_hide(raw_new):
            return None
        return "rollback", f"appears as {new.default} and the VMM cannot hide it"
    if new is None:
        if gone_reads_zero(old.item, old.default):
            return None  # its bits became RES0: the guest still reads 0
        return "upgrade", f"disappears (was {old.default})"
    if admits(new, old.default) or same_on_common_host(old.default, new.default, dict(new.extra)):
        return None
    return "upgrade", (f"default {old.default} -> {new.default}; "
                       f"settable {list(new.settable)} does not admit {old.default}")


def break_on(change: Change, vcpu: str) -> tuple[str, str] | None:
    """(direction, reason) when the change breaks a VM of one configuration."""
    old, new = seen(change.old, vcpu), seen(change.new, vcpu)
    if change.item.startswith("reglist/"):
        return _listing(old, new, change.new)
    return _value(old, new, change.new)


# --- one change, both configurations ---------------------------------------------

def _summary_item(slug: str) -> bool:
    # `idreg/<REG>` summarises a register's policy; its fields (and
    # `reglist/<REG>`) carry the ABI and are judged one by one.
    return slug.startswith("idreg/") and slug.count("/") == 1


def _unknown(state: State | None) -> bool:
    # An extractor that could not read the value says "unknown" (with a
    # warning): there is no value to compare, not even a guess.
    return state is not None and (state.default == "unknown" or "unknown" in state.settable)


def warned(state: State | None) -> bool:
    return state is not None and bool(state.warnings)


def break_of(change: Change) -> tuple[str, str, str] | None:
    """(direction, reason, vcpu) when a change breaks a VM's view, else None."""
    if _summary_item(change.item) or _unknown(change.old) or _unknown(change.new):
        return None
    found = {v: hit for v in VCPUS if (hit := break_on(change, v))}
    if not found:
        return None
    # Both configurations may break in different directions (rare): the
    # upgrade is reported, the other named in the reason.
    direction = "upgrade" if any(d == "upgrade" for d, _ in found.values()) else "rollback"
    hits = [v for v in VCPUS if v in found and found[v][0] == direction]
    vcpu = "both" if len(hits) == 2 else hits[0]
    reason = _reason(found, hits, features(change.old, change.new))
    other = [v for v in found if v not in hits]
    if other:
        reason += f"; {found[other[0]][0]}: {_reason(found, other, features(change.old, change.new))}"
    return direction, reason + _host_note(change) + _warn_note(change), vcpu


def _reason(found: dict[str, tuple[str, str]], hit: list[str], names: list[str]) -> str:
    """The reason on the configurations hit, each named in words when they
    saw different things ("..., for a vCPU without PMU")."""
    texts = {found[v][1] for v in hit}
    if len(hit) == 2 and len(texts) == 1:
        return texts.pop() + (", for every vCPU" if names else "")
    return "; ".join(f"{found[v][1]}, for {vcpu_words(v, names)}" for v in hit)


def _host_note(change: Change) -> str:
    """A default that depends on the host (extras `when`/`otherwise`) was
    judged on the common host: say so, and what other hosts see."""
    conds = [dict(s.extra) for s in (change.new, change.old) if s is not None and "when" in dict(s.extra)]
    if not conds:
        return ""
    extra = conds[0]  # the new state's condition when it has one
    elsewhere = f"; elsewhere {extra['otherwise']}" if extra.get("otherwise") else ""
    return f" (judged on the common host: {COMMON_HOST}, where {extra['when']}{elsewhere})"


def _warn_note(change: Change) -> str:
    which = [n for n, s in (("old", change.old), ("new", change.new)) if warned(s)]
    if not which:
        return ""
    return f"; unconfirmed: the {' and '.join(which)} state{'s' if len(which) > 1 else ''} read with warnings"


def resolution(change: Change, direction: str, vcpu: str, later: Iterable[Change]) -> str | None:
    """The first later change of the same item that gives the way back on
    every configuration the break hits. A state read with warnings is a
    guess: it resolves nothing."""
    hit = VCPUS if vcpu == "both" else (vcpu,)
    for nxt in later:
        if warned(nxt.new) or _unknown(nxt.new):
            continue
        if all(_way_back(change, direction, nxt, v) for v in hit):
            return nxt.commit
    return None


def _way_back(change: Change, direction: str, nxt: Change, vcpu: str) -> bool:
    was, now = seen(change.old, vcpu), seen(nxt.new, vcpu)
    if direction == "rollback":
        return nxt.new is None or can_hide(nxt.new) or (change.item.startswith("reglist/") and not listed(now))
    if change.item.startswith("reglist/"):
        return not listed(was) or listed(now) or (now is not None and "present" in now.settable)
    return was is None or admits(now, was.default)


# --- the whole history -----------------------------------------------------------

def judge(changes: Sequence[Change], waivers: Sequence[Waiver] = (),
          present_before: Collection[str] = ()) -> tuple[list[Break], list[Waiver]]:
    """Breaks of all changes, and the waivers that match none. `present_before`:
    kinds of items that existed before the first change (a range checked on
    its own); ingest walks from the root and passes none."""
    by_item: dict[str, list[Change]] = {}
    for c in sorted(changes, key=lambda c: (c.item, c.seq)):
        by_item.setdefault(c.item, []).append(c)
    found_breaks: list[tuple[Change, Break]] = []
    born = {k: seq for k, seq in _introductions(changes).items() if k not in present_before}
    for item_changes in by_item.values():
        for i, change in enumerate(item_changes):
            found = None if change.seq == born.get(kind_of(change.item)) else break_of(change)
            if found is None:
                continue
            direction, reason, vcpu = found
            resolved = resolution(change, direction, vcpu, item_changes[i + 1:])
            waiver = _waiver_for(change, direction, waivers)
            found_breaks.append((change, Break(change.item, change.commit, direction, _status(change, waiver, resolved),
                                               resolved, waiver, reason, change.seq, vcpu)))
    breaks = _one_break_per_waiver(found_breaks)
    used = {b.waiver for b in breaks if b.waiver is not None}
    breaks.sort(key=lambda b: (b.seq, b.item))
    return breaks, [w for w in waivers if w not in used]


def _one_break_per_waiver(found: list[tuple[Change, Break]]) -> list[Break]:
    """A waiver is reviewed for one break: one whose commit prefix matches
    several waives none of them (and is reported as matching none), so a
    second, unreviewed break never goes quiet under it."""
    count = Counter(b.waiver for _, b in found if b.waiver is not None)
    return [replace(b, waiver=None, status=_status(c, None, b.resolved_by))
            if b.waiver is not None and count[b.waiver] > 1 else b for c, b in found]


def _status(change: Change, waiver: Waiver | None, resolved: str | None) -> str:
    """A waiver is a reviewer's word and wins; a break read from a guess is
    unconfirmed whatever follows it."""
    if waiver is not None:
        return "waived"
    if warned(change.old) or warned(change.new):
        return "unconfirmed"
    return "resolved" if resolved else "open"


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
