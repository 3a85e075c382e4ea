"""The restore-path rule, shared by the judge (ingest/judge.py) and the
recipe (app/recipe.py): can userspace make an item show a value? Pure, on
plain defaults and settable sets, so both sides use the one definition
(`app` never imports `ingest`; ingest may import this)."""
from __future__ import annotations

from collections.abc import Sequence

# Defaults that mean "the guest does not see it": a VMM can keep an item in
# these without the kernel's help.
HIDDEN = ("hidden", "clear", "absent")
# What a VMM gets by choosing (or not) a vCPU feature.
VMM_CHOSEN = ("present", "host") + HIDDEN


def admits_value(default: str, settable: Sequence[str], value: str) -> bool:
    """Can userspace make an item whose state is (default, settable) show `value`?"""
    if value == default:
        return True
    if default.startswith("vcpu-feature:") and value in VMM_CHOSEN:
        return True  # the VMM picks the feature, so it picks what the guest sees
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


def listed_item(slug: str, has_index: bool) -> bool:
    """Does the item stand for an entry of KVM_GET_REG_LIST?"""
    return slug.startswith("reglist/") or has_index


def hideable(listed: bool, default: str, settable: Sequence[str]) -> bool:
    """Can the VMM keep an item out of the guest's view (and out of the
    state it saves)? Only register-list entries break a rollback by
    appearing: an older kernel refuses to restore a register it lacks."""
    if not listed:
        return True
    if default in HIDDEN or default.startswith("vcpu-feature:"):
        return True
    # Only an explicit "hidden" takes a register out of the list: a policy
    # such as lower-safe is about the register's value, not its presence.
    return "hidden" in settable
