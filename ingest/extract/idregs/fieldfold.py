"""From the read side's steps on one field to its state.

Each step (clear / set N / cap at N / not understood) carries the `if`
conditions it sits under. The field's value is folded twice: for the default
vCPU (no optional feature) and for the vCPU with every feature, both on the
common host (hostconds). Then:
  same value            -> that value
  hidden without, X with -> `vcpu-feature:<F>` (F: the features the steps
                            test), extra `feature_value` = X when X is a
                            number (fixed:/capped:)
  otherwise              -> the default vCPU's value, extra `feature_effects`
                            naming what a feature changes.
A step whose outcome depends on the host adds extra `when` (the host
conditions, as the code writes them, under which `default` holds) and
`otherwise` (the value on hosts where they do not), and the older
`override` text ("fixed:1 if COND"); extra `when_kind` = `optional-features`
when `when` tests only optional features the common host lacks
(hostconds.optional_features_only). A step not understood warns when it
reaches the default vCPU; one that only a vCPU feature reaches (NV's
limit_nv_id_reg()) is named in `feature_effects` instead.
"""
from __future__ import annotations

from dataclasses import dataclass

from ingest.extract.c.kvmconds import negate
from ingest.extract.idregs import hostconds


@dataclass(frozen=True)
class Step:
    kind: str  # "clear" | "set" | "cap" | "unknown"
    conds: tuple[str, ...]
    value: int | None = None
    shown: str = ""  # the value as written, when it is not a number
    source: str = ""
    note: str = ""  # for "unknown": what was not understood
    whole: bool = False  # an unknown step on the whole register (noted once, on the register)
    cap_when: str = ""  # val = cap(val, SHIFT, COND ? A : B): A applies when COND
    value_else: int | None = None  # B
    shown_else: str = ""


def truth(conds: tuple[str, ...], features: bool) -> bool | None:
    values = [hostconds.truth(c, features) for c in conds]
    return False if False in values else (None if None in values else True)


def apply(value: str, step: Step) -> str:
    """One understood step on a value (host, hidden, fixed:N, capped:N)."""
    if step.kind == "clear":
        return "hidden"
    if step.value is None:
        return "unknown"
    if step.kind == "set":
        return f"fixed:{step.value}"
    if step.value == 0:
        return "hidden"  # capped at 0: the field reads as 0
    if value == "host":
        return f"capped:{step.value}"
    kind, _, old = value.partition(":")
    if kind in ("capped", "fixed") and old.isdigit():
        return f"{kind}:{min(step.value, int(old))}"
    return value  # hidden stays hidden under a cap


def fold(start: str, steps: list[Step], features: bool, flip: frozenset[int] = frozenset()) -> tuple[str, list[str]]:
    """The value after every step for one configuration, and the problems met."""
    value, problems = start, []
    for i, step in enumerate(steps):
        held = truth(step.conds, features)
        if held is not None and i in flip:
            held = not held  # a host where this step goes the other way
        if held is None:
            problems.append(f"condition not understood: {' && '.join(step.conds)} (in {step.source}())")
            continue
        if not held:
            continue
        if step.kind == "unknown":
            problems.append(step.note)
            continue
        if step.cap_when:
            with_a = hostconds.truth(step.cap_when, features)
            if with_a is None:
                problems.append(f"condition not understood: {step.cap_when} (in {step.source}())")
                continue
            if not with_a:
                step = Step("cap", step.conds, step.value_else, step.shown_else, step.source)
        if step.kind in ("set", "cap") and step.value is None:
            problems.append(f"unresolved expression: {step.shown}")
        value = apply(value, step)
    return value, problems


def host_steps(steps: list[Step], features: bool) -> list[int]:
    """The steps whose outcome, for this configuration, depends on the host."""
    return [i for i, s in enumerate(steps) if s.kind != "unknown"
            and any(hostconds.depends_on_host(c, features) for c in s.conds)]


def when_text(steps: list[Step], indices: list[int], features: bool) -> str:
    """The host-dependent conditions of the steps as the code writes them,
    each the way it goes on the common host."""
    out: list[str] = []
    for i in indices:
        for cond in steps[i].conds:
            if not hostconds.depends_on_host(cond, features):
                continue
            text = cond if hostconds.truth(cond, features) else negate(cond)
            if text not in out:
                out.append(text)
    return " && ".join(out)


def overrides(steps: list[Step], indices: list[int]) -> str:
    """The older `override` text: `<value> if <condition>` per purely host step."""
    parts: dict[str, str] = {}  # condition -> effect: a set after a clear under one condition wins
    for i in indices:
        s = steps[i]
        if s.kind == "unknown" or any(hostconds.features_in(c) for c in s.conds):
            continue
        what = {"clear": "hidden", "set": f"fixed:{s.value if s.value is not None else s.shown}",
                "cap": f"capped:{s.value if s.value is not None else s.shown}"}[s.kind]
        parts[" && ".join(s.conds)] = what
    return "; ".join(f"{w} if {c}" for c, w in parts.items())


def features_of(steps: list[Step]) -> tuple[str, ...]:
    out: list[str] = []
    for s in steps:
        if s.kind == "unknown":
            continue  # what a feature does unread is noted, it does not gate the field
        for c in s.conds + ((s.cap_when,) if s.cap_when else ()):
            out.extend(f for f in hostconds.features_in(c) if f not in out)
    return tuple(out)


def settle(fs, steps: list[Step]) -> None:
    """Set fs.default, its extras and warnings from the steps (fs.default
    holds the starting value: host, or hidden where the host has no field).
    What it sets depends on the start and the steps alone: kept by them
    (most fields read the same way from one file version to the next)."""
    if not steps:
        return
    key = (fs.default, tuple(steps))
    done = _SETTLED.get(key)
    if done is None:
        scratch = _Settling(fs.default)
        _settle(scratch, steps)
        if len(_SETTLED) > 8192:  # memory stays bounded
            _SETTLED.clear()
        done = _SETTLED[key] = (scratch.default, tuple(scratch.warnings), tuple(scratch.extra.items()))
    fs.default = done[0]
    fs.warnings.extend(done[1])
    fs.extra.update(done[2])


class _Settling:
    """What settle() sets on a field, gathered before it is set."""

    def __init__(self, default: str):
        self.default = default
        self.warnings: list[str] = []
        self.extra: dict[str, str] = {}


_SETTLED: dict[tuple, tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]]] = {}


def _settle(fs, steps: list[Step]) -> None:
    start = fs.default
    plain, p1 = fold(start, steps, False)
    full, p2 = fold(start, steps, True)
    fs.warnings.extend(p1)
    for s in steps:
        if s.kind in ("set", "cap") and s.value is None and s.shown:
            fs.extra["value"] = s.shown  # what the code writes, as written
    fs.warnings.extend(p for p in p2 if p not in p1 and not _feature_only(p, steps))
    feats = features_of(steps)
    gated = bool(feats) and plain == "hidden" and full != "hidden"
    if gated:
        fs.default = "vcpu-feature:" + "+".join(feats)
        if full.startswith(("fixed:", "capped:")):
            fs.extra["feature_value"] = full
            if full.startswith("capped:"):
                fs.extra["cap"] = full.split(":", 1)[1]
    else:
        fs.default = plain
        _feature_effects(fs, steps, plain, full, feats)
    _host_extras(fs, start, steps, features=gated, value=full if gated else plain)


def _feature_only(problem: str, steps: list[Step]) -> bool:
    return any(s.kind == "unknown" and s.note == problem for s in steps)


def _feature_effects(fs, steps: list[Step], plain: str, full: str, feats: tuple[str, ...]) -> None:
    notes = [feature_note(s) for s in steps if s.kind == "unknown" and not s.whole and truth(s.conds, False) is False]
    if full != plain and feats:
        notes.insert(0, f"{'+'.join(feats)}: {full}")
    if notes:
        fs.extra["feature_effects"] = "; ".join(dict.fromkeys(notes))


def feature_note(s: Step) -> str:
    """`NV: val = limit_nv_id_reg(...) (in __kvm_read_sanitised_id_reg(), not read)`."""
    feats = "+".join(hostconds.features_in(" && ".join(s.conds))) or "?"
    return f"{feats}: {s.shown or s.note} (in {s.source}(), not read)"


def _host_extras(fs, start: str, steps: list[Step], features: bool, value: str) -> None:
    hs = host_steps(steps, features)
    if not hs:
        return
    other, _ = fold(start, steps, features, frozenset(hs))
    if other == value:
        return  # the host conditions do not change this configuration's value
    when = when_text(steps, hs, features)
    if when:
        fs.extra["when"] = when
        fs.extra["otherwise"] = other
        if hostconds.optional_features_only(when):
            fs.extra["when_kind"] = "optional-features"  # the judge: the common host lacks them all
    legacy = overrides(steps, hs)
    if legacy:
        fs.extra["override"] = legacy
