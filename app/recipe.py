"""The restore recipe of a host move A -> B, computed from the two releases'
stored states: for each item whose guest view differs, a step that puts A's
view back on B (where, when, which bits), or why it cannot be kept; for the
registers A's saved state holds that B lacks, when they can be dropped.

Pure: states in, recipe out (app/recipe_query.py loads them; the renderings
are app/recipe_formats.py's). The rule deciding what B lets userspace write
is the judge's own (app/rules.py).

    build(Pair(...)) -> {"from", "to", "direction", "vcpu", "steps",
                         "cannot_keep", "drop", "appears", "unchanged", "stages"}
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.recipe_targets import STAGES, Where, feature_target, where
from app.rules import (  # noqa: F401 (VCPUS: for routes and the CLI)
    HIDDEN,
    VCPUS,
    admits_value,
    gated_default,
    gone_reads_zero,
    listed_item,
    same_on_common_host,
    seen_default,
)


@dataclass(frozen=True)
class Pair:
    a: str  # the release the VM starts on
    b: str  # the release it moves to
    direction: str  # "upgrade" (B newer) | "rollback"
    vcpu: str  # "default": no optional vCPU feature; "all": every one
    states_a: dict[str, dict]
    states_b: dict[str, dict]
    breaks: list[dict] = field(default_factory=list)  # the pair's breaks in its direction
    changed_by: dict[str, dict] = field(default_factory=dict)  # item -> the last change between A and B


def effective(state: dict | None, vcpu: str) -> dict | None:
    """The state as a vCPU of configuration `vcpu` sees it (the judge's
    rule, app/rules.py): on the default vCPU a `vcpu-feature:` item is
    hidden, with every feature it shows what the feature gives."""
    if state is None or not gated_default(state["default"]):
        return state
    return {**state, "default": seen_default(state["item"], state["default"], vcpu, state.get("cap"),
                                             state.get("feature_value"))}


def view(state: dict | None, vcpu: str) -> str:
    """What the guest sees of an item on a vCPU of configuration `vcpu`."""
    state = effective(state, vcpu)
    return "absent" if state is None else state["default"]


def listed(state: dict | None) -> bool:
    return state is not None and listed_item(state["item"], bool(state.get("index")))


def same(va: str, vb: str) -> bool:
    return va == vb or (va in HIDDEN and vb in HIDDEN)


def wanted(slug: str, va: str) -> str:
    """A's view in B's vocabulary: an item A lacks showed nothing (a clear bit,
    a hidden field), as the judge counts `absent` among HIDDEN."""
    if va != "absent":
        return va
    return "clear" if slug.startswith("fw/") and slug.count("/") == 2 else "hidden"


def warned(state: dict | None) -> bool:
    return bool(state and (state.get("warnings") or state["default"] == "unknown"
                           or "unknown" in (state.get("settable") or ())))


def judged(slug: str) -> bool:
    # `idreg/<REG>` summarises a register's policy; its fields carry the ABI
    # (the judge skips it too).
    return not (slug.startswith("idreg/") and slug.count("/") == 1)


def build(pair: Pair) -> dict:
    """The recipe of `pair`, in the JSON shape of issue 12."""
    out: dict[str, Any] = {"from": pair.a, "to": pair.b, "direction": pair.direction, "vcpu": pair.vcpu,
           "steps": [], "cannot_keep": [], "drop": [], "appears": [], "unchanged": 0}
    for slug in sorted(set(pair.states_a) | set(pair.states_b)):
        if judged(slug):
            place(out, slug, pair)
    out["steps"].sort(key=lambda s: (STAGES[s["stage"]].order, s["item"]))
    out["stages"] = [STAGES[i].to_json() for i in sorted({s["stage"] for s in out["steps"]},
                                                       key=lambda i: STAGES[i].order)]
    return out


def place(out: dict, slug: str, pair: Pair) -> None:
    """Put one item in exactly one list (drop may pair with cannot_keep)."""
    sa, sb = (effective(st.get(slug), pair.vcpu) for st in (pair.states_a, pair.states_b))
    va, vb = view(sa, pair.vcpu), view(sb, pair.vcpu)
    if sa is not None and (gone_reads_zero(slug, va) if sb is None else same_on_common_host(va, vb, sb)):
        out["unchanged"] += 1  # the judge's rules (app/rules.py): the guest reads what it read
    elif sb is None and sa is not None and pair.direction == "upgrade" and not (listed(sa) and va in HIDDEN):
        gone(out, slug, sa, pair)  # a value item, even hidden: the judge counts a disappearance as a break
    elif same(va, vb):
        out["unchanged"] += 1
    elif warned(sa) or warned(sb) and not (va in HIDDEN and listed(sb)):
        out["steps"].append(unconfirmed(slug, sa, sb, pair))
    elif sa is None or va in HIDDEN and listed(sb):
        assert sb is not None  # both absent is `same` above
        appears(out, slug, sb, pair)
    elif sb is None:
        gone(out, slug, sa, pair)
    elif admits_value(sb["default"], sb.get("settable") or ["none"], wanted(slug, va), sb):  # sb: extras too (safe)
        out["steps"].append(step(slug, sa, sb, wanted(slug, va), pair))
    else:
        out["cannot_keep"].append(cannot(slug, pair, reason(slug, sa, sb, va, pair)))


def appears(out: dict, slug: str, sb: dict, pair: Pair) -> None:
    """B shows an item A did not have: hidden again when B lets userspace
    hide it (a value item), else listed: a register the stream from A lacks
    keeps B's default."""
    target = wanted(slug, "absent")
    if not listed(sb) and admits_value(sb["default"], sb.get("settable") or ["none"], target):
        out["steps"].append(step(slug, None, sb, target, pair))
        return
    shown = view(sb, pair.vcpu)
    out["appears"].append({"item": slug, "index": sb.get("index"), "shows": shown,
                           "why": f"{pair.a} does not show it; {pair.b} shows {shown}"
                                  + (f" and lists it: restoring {pair.a}'s state leaves it at {pair.b}'s default"
                                     if listed(sb) else " and userspace cannot hide it")})


def gone(out: dict, slug: str, sa: dict, pair: Pair) -> None:
    """A shows an item B lacks: a register A's saved state holds must be
    dropped; a value the guest saw cannot be kept."""
    if listed(sa) and view(sa, pair.vcpu) not in HIDDEN:
        out["drop"].append({"item": slug, "index": sa.get("index"), "only_if": only_if(slug, pair)})
        out["cannot_keep"].append(cannot(slug, pair, f"{pair.b} lacks the register: drop it from {pair.a}'s "
                                                     "saved state (see drop)"))
        return
    lacks = f"{pair.b} lacks it (the guest saw {view(sa, pair.vcpu)} on {pair.a})"
    out["cannot_keep"].append(cannot(slug, pair, lacks))


def only_if(slug: str, pair: Pair) -> str | None:
    """When dropping a register keeps the guest's view: a firmware bitmap
    whose bits all show what B offers without it."""
    bits = sorted(k for k in pair.states_a if k.startswith(slug + "/"))
    if not bits:
        return None
    want = [f"{k.rsplit('/', 1)[1]}={view(pair.states_b.get(k), pair.vcpu)}" for k in bits]
    return f"{slug.split('/', 1)[1]} holds " + ", ".join(w.replace("=absent", "=clear") for w in want)


def reason(slug: str, sa: dict, sb: dict, va: str, pair: Pair) -> str:
    settable = ", ".join(sb.get("settable") or ["none"])
    why = f"{pair.b} shows {view(sb, pair.vcpu)} and accepts {settable}: not {va} (the guest saw it on {pair.a})"
    stored_b = pair.states_b.get(slug) or sb
    if pair.vcpu == "default" and gated_default(stored_b["default"]):
        names = stored_b["default"].split(":", 1)[1].replace("+", ", ")
        why += f"; on a vCPU with {names} it shows what the feature gives (see the all configuration)"
    return why


def cannot(slug: str, pair: Pair, why: str) -> dict:
    """A cannot-keep entry naming the break of the pair when there is one,
    else the last change between the two releases."""
    brk = [b for b in pair.breaks if b["item"] == slug and b.get("vcpu") in (None, "both", pair.vcpu)]
    brk.sort(key=lambda b: (not b.get("outstanding"), b["status"] != "waived"))
    if brk:
        b = brk[0]
        return {"item": slug, "commit": b["commit"], "release": b.get("release"), "reason": why,
                "vcpu": b.get("vcpu") or pair.vcpu, "break": b["status"], "break_reason": b.get("reason"),
                "resolved_by": b.get("resolved_by"), "outstanding": b.get("outstanding")}
    ch = pair.changed_by.get(slug) or {}
    return {"item": slug, "commit": ch.get("commit"), "release": ch.get("release"), "reason": why,
            "vcpu": pair.vcpu, "break": None}


def step(slug: str, sa: dict | None, sb: dict, sets: str, pair: Pair) -> dict:
    """The write that makes B show `sets` (A's view): the field's bits at
    their place, after the features B's state needs on this configuration."""
    base = {"item": slug, "sets": sets, "status": "ok", "states": stored(slug, pair)}
    w = where(slug, sa, sb, [pair.states_b, pair.states_a])
    if w is None:
        return {**unconfirmed(slug, sa, sb, pair), "sets": sets,
                "why": f"{pair.a} shows {sets}; where {pair.b} keeps {slug} is not known"}
    return {**base, **written(w, sets, sb, pair),
            "why": f"{pair.a} shows {sets}; {pair.b} shows {view(sb, pair.vcpu)} and accepts "
                   f"{', '.join(sb.get('settable') or ['none'])}"}


def written(w: Where, sets: str, sb: dict, pair: Pair) -> dict:
    """stage, target, mask and value of a register write (value None and
    from_source when it is the host's: A's saved value)."""
    number = w.encode(sets)
    requires = list(w.requires)
    stored_b = pair.states_b.get(sb["item"]) or sb
    if gated_default(stored_b["default"]):  # the "all" configuration: its features are on
        requires += [feature_target(name)[0] for name in stored_b["default"].split(":", 1)[1].split("+")]
    out: dict[str, Any] = {"stage": w.stage, "target": w.target, "mask": f"0x{w.mask:x}",
           "value": None if number is None else f"0x{number << w.shift:x}", "requires": requires}
    if number is None:
        out["from_source"] = True
    return out


def stored(slug: str, pair: Pair) -> dict:
    """The stored states a step comes from (A's and B's, as ingested)."""
    return {"from": pair.states_a.get(slug), "to": pair.states_b.get(slug)}


def unconfirmed(slug: str, sa: dict | None, sb: dict | None, pair: Pair) -> dict:
    """A step whose value cannot be known: a state the extractor could not
    read whole. Listed, never given a guessed value."""
    s = sb or sa
    w = where(slug, sa, sb, [pair.states_b, pair.states_a])
    notes = [f"{pair.a}: {x}" for x in (sa or {}).get("warnings", [])] + \
            [f"{pair.b}: {x}" for x in (sb or {}).get("warnings", [])]
    return {"item": slug, "status": "unconfirmed", "sets": None, "stage": w.stage if w else "first_run",
            "target": w.target if w else None, "mask": f"0x{w.mask:x}" if w else None, "value": None,
            "requires": [], "states": stored(slug, pair),
            "why": f"{pair.a} shows {view(sa, pair.vcpu)}, {pair.b} shows {view(s, pair.vcpu)}; "
                   + ("; ".join(notes) or "a state says unknown")}
