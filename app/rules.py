"""The restore-path rules, shared by the judge (ingest/judge.py) and the
recipe (app/recipe.py): what a vCPU configuration sees of an item, and
whether userspace can make an item show a value. Pure, on plain defaults
and settable sets, so both sides use one definition (`app` never imports
`ingest`; ingest imports this)."""
from __future__ import annotations

from collections.abc import Sequence

# Defaults that mean "the guest does not see it": a VMM can keep an item in
# these without the kernel's help.
HIDDEN = ("hidden", "clear", "absent")
FEATURE = "vcpu-feature:"
VCPUS = ("default", "all")


def admits_value(default: str, settable: Sequence[str], value: str) -> bool:
    """Can userspace make an item whose state is (default, settable) show
    `value`? (On one vCPU configuration: see `seen_default()`.)"""
    if value == default:
        return True
    policy = settable[0] if len(settable) == 1 else None
    if policy == "any":
        return True
    if policy == "lower-safe" and value in HIDDEN:
        return True  # hiding a feature is the lowest value of all
    if policy in ("lower-safe", "higher-safe"):
        a, b = number(value), number(default)
        if a is None or b is None:
            return False
        return a <= b if policy == "lower-safe" else a >= b
    return value in settable


def number(value: str) -> float | None:
    """The number in a value or policy (`capped:6` -> 6.0), else None."""
    text = value.split(":", 1)[-1]
    try:
        return float(text)
    except ValueError:
        return None


def gated_default(default: str) -> bool:
    """Does a vCPU feature the VMM picks decide whether the guest sees it?"""
    return default.startswith(FEATURE)


def seen_default(slug: str, default: str, vcpu: str, cap: str | None = None,
                 feature_value: str | None = None) -> str:
    """The default a vCPU of the configuration sees: on the default vCPU a
    gated item is hidden (out of the register list); on a vCPU with every
    feature it shows what the feature gives (an ID field: the extractor's
    `feature_value` when it gives one, else `capped:N` where the code caps
    it, else the host's value; `present` for anything else)."""
    if not gated_default(default):
        return default
    if vcpu == "default":
        return "hidden"
    if not slug.startswith("idreg/"):
        return "present"
    if feature_value:
        return feature_value
    return f"capped:{cap}" if cap else "host"


def listed_item(slug: str, has_index: bool) -> bool:
    """Does the item stand for an entry of KVM_GET_REG_LIST?"""
    return slug.startswith("reglist/") or has_index


def hideable(listed: bool, default: str, settable: Sequence[str]) -> bool:
    """Can the VMM keep a newly appeared item out of the guest's view (and
    out of the state it saves)? Only register-list entries break a rollback
    by appearing: an older kernel refuses to restore a register it lacks."""
    if not listed:
        return True
    if default in HIDDEN or gated_default(default):
        return True  # a VMM going back does not pick a feature the old kernel lacks
    # Only an explicit "hidden" takes a register out of the list: a policy
    # such as lower-safe is about the register's value, not its presence.
    return "hidden" in settable
