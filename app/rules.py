"""The restore-path rules, shared by the judge (ingest/judge.py) and the
recipe (app/recipe.py): what a vCPU configuration sees of an item, and
whether userspace can make an item show a value. Pure, on plain defaults
and settable sets, so both sides use one definition (`app` never imports
`ingest`; ingest imports this)."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

# Defaults that mean "the guest does not see it": a VMM can keep an item in
# these without the kernel's help.
HIDDEN = ("hidden", "clear", "absent")
FEATURE = "vcpu-feature:"
VCPUS = ("default", "all")
OPTIONAL = "optional-features"  # extra `when_kind`: the host condition tests only optional features


def admits_value(default: str, settable: Sequence[str], value: str,
                 extra: Mapping[str, str] | None = None) -> bool:
    """Can userspace make an item whose state is (default, settable) show
    `value`? (On one vCPU configuration: see `seen_default()`.) `extra`:
    the state's extras (`safe`, `safety`: see `safe_value()`)."""
    if value == default:
        return True
    policy = settable[0] if len(settable) == 1 else None
    if policy == "any":
        return True
    if policy == "lower-safe" and value in HIDDEN:
        return True  # hiding a feature is the lowest value of all
    if policy in ("exact", "higher-safe") and safe_value(policy, extra or {}, value):
        return True
    if policy in ("lower-safe", "higher-safe"):
        a, b = number(value), number(default)
        if a is None or b is None:
            return False
        return a <= b if policy == "lower-safe" else a >= b
    return value in settable


def safe_value(policy: str, extra: Mapping[str, str], value: str) -> bool:
    """The other value arm64_check_features() accepts: an FTR_EXACT field's
    arm64_ftr_bits safe value (extra `safe`, a number; 0 = hidden;
    arm64_ftr_safe_value() returns safe_val for FTR_EXACT), or 0 for an
    FTR_HIGHER_OR_ZERO_SAFE one (extra `safety`)."""
    if policy == "higher-safe":
        return value in HIDDEN and extra.get("safety") == "higher-or-zero-safe"
    safe = extra.get("safe")
    if safe is None:
        return False
    return safe == "0" if value in HIDDEN else value in (safe, f"fixed:{safe}")


def gone_reads_zero(slug: str, old_view: str) -> bool:
    """An ID field that disappears while hidden: its bits became RES0 in the
    newer description, the guest read 0 and still does (no break)."""
    return slug.startswith("idreg/") and slug.count("/") == 2 and old_view in HIDDEN


def same_on_common_host(old_view: str, new_default: str, new_extra: Mapping[str, str]) -> bool:
    """`host` -> `hidden` where the new state hides the field only on hosts
    lacking optional features (extra `when_kind` = `optional-features`: every
    atom of its `when` is such a feature, false on the common host) and shows
    the host's value elsewhere (`otherwise` = `host`). Hosts with those
    features see the host's value before and after; the common host lacks
    them, so the field, which describes them, read 0 before and reads 0 now."""
    return (old_view, new_default, new_extra.get("when_kind"), new_extra.get("otherwise")) == \
        ("host", "hidden", OPTIONAL, "host")


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
