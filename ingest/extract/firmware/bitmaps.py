"""Firmware feature bitmap registers and their bits (v5.19+), and the
hypercall services that guests saw before those bits existed.

Bitmaps come from the uapi header, not from a list of ours: every
`#define KVM_REG_ARM_<NAME> KVM_REG_ARM_FW_FEAT_BMAP_REG(n)` and the anonymous
`enum { KVM_REG_ARM_..._BIT_<BIT> = k, ..., ..._BIT_COUNT }` that follows it.

  fw/<NAME>        presence in KVM_GET_REG_LIST: default "present" (index in
                   extra), settable none (the VMM cannot hide the register).
  fw/<NAME>/<BIT>  default: the bit (its number in extra `bit`) in what
                   kvm_arm_init_hypercalls stores in the bitmap's field
                   (a field it never assigns stays 0: the struct kvm is
                   zero-allocated). settable: ("clear", "set")
                   when the write path (kvm_arm_set_fw_reg, then
                   kvm_arm_set_fw_reg_bmap) accepts any subset of the
                   bitmap's features mask (`val & ~features` -> -EINVAL)
                   before the VM first runs; ("clear",) for a bit outside it.

LEGACY names the services KVM offered unconditionally before v5.19 gave them
a bit: each one's item starts when its function id is handled by the
hypercall dispatcher, as default "set", settable none. When the bitmap
arrives the same item becomes settable ("clear", "set"): a restore path, no
break. The table is closed: services added after v5.19 come with their bit.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.extract.c import csrc
from ingest.extract.firmware.source import UAPI, Source, drop_directives, switch_body, top_labels
from ingest.facts import Evidence, State

NONE = ("none",)
SET_FN = "kvm_arm_set_fw_reg"
INIT_FN = "kvm_arm_init_hypercalls"
DISPATCHERS = ("kvm_smccc_call_handler", "kvm_hvc_call_handler")  # v6.4+, before

LEGACY = (  # item, function id the dispatcher handles, release it appeared in
    ("fw/STD_HYP_BMAP/PV_TIME", "ARM_SMCCC_HV_PV_TIME_FEATURES"),  # v5.5
    ("fw/STD_BMAP/TRNG_V1_0", "ARM_SMCCC_TRNG_VERSION"),  # v5.12
    ("fw/VENDOR_HYP_BMAP/FUNC_FEAT", "ARM_SMCCC_VENDOR_HYP_KVM_FEATURES_FUNC_ID"),  # v5.12
    ("fw/VENDOR_HYP_BMAP/PTP", "ARM_SMCCC_VENDOR_HYP_KVM_PTP_FUNC_ID"),  # v5.12
)

_FEAT_REG = re.compile(
    r"^[ \t]*#[ \t]*define[ \t]+(KVM_REG_ARM_\w+)[ \t]+KVM_REG_ARM_FW_FEAT_BMAP_REG\s*\(", re.M)


@dataclass(frozen=True)
class Bitmap:
    name: str  # KVM_REG_ARM_STD_BMAP
    bits: tuple[tuple[str, int], ...]  # (TRNG_V1_0, 0)
    warnings: tuple[str, ...] = ()

    @property
    def item(self) -> str:
        return "fw/" + self.name.removeprefix("KVM_REG_ARM_")


def uapi_bitmaps(text: str) -> list[Bitmap]:
    return list(_uapi_bitmaps(text))


@lru_cache(maxsize=8)
def _uapi_bitmaps(text: str) -> tuple[Bitmap, ...]:
    # Cached: the uapi header rarely changes and is read again on every run.
    found = list(_FEAT_REG.finditer(text))
    ends = [m.start() for m in found[1:]] + [len(text)]
    # with nothing found, ends still holds len(text): not strict
    return tuple(_bitmap(m.group(1), text[m.end():end]) for m, end in zip(found, ends, strict=False))


def _bitmap(name: str, segment: str) -> Bitmap:
    for body in re.findall(r"\benum\s*\{(.*?)\}", segment, re.S):
        body = drop_directives(body)
        named = [n for n in re.findall(r"\b(\w+_BIT_\w+)\b", body) if not n.endswith("_BIT_COUNT")]
        if not named:
            continue
        values = csrc.enum_values("enum {" + body + "};")
        bits = tuple((n.split("_BIT_", 1)[1], values[n]) for n in named if n in values)
        lost = () if len(bits) == len(named) else (f"{UAPI}: bits of {name} partly unreadable",)
        return Bitmap(name, bits, lost)
    return Bitmap(name, (), (f"{UAPI}: no bit enum after {name}",))


def bitmap_states(src: Source, listed) -> list[State]:
    out: list[State] = []
    for bitmap in uapi_bitmaps(src.texts.get(UAPI, "")):
        if listed is not None and bitmap.name not in listed:
            continue  # defined but not in KVM_GET_REG_LIST: not there yet
        extra = src.index(bitmap.name, listed)
        unindexed = () if extra else (f"cannot compute the index of {bitmap.name}",)
        out.append(State(bitmap.item, "present", NONE, bitmap.warnings + unindexed, extra)
                   .with_evidence(src.list_line(bitmap.name)))
        out += bit_states(src, bitmap)
    return out


def bit_states(src: Source, bitmap: Bitmap) -> list[State]:
    field, mask, warnings = write_rule(src, bitmap.name)
    initial, more = initial_value(src, field) if field else (None, ())
    warnings += more
    seen = _bit_evidence(src, bitmap.name, field, initial, mask)
    out = []
    for suffix, bit in bitmap.bits:
        default = "unknown" if initial is None else ("set" if initial >> bit & 1 else "clear")
        settable = NONE if mask is None else (("clear", "set") if mask >> bit & 1 else ("clear",))
        # its bit in the register: where a recipe writes it (like an ID field's lsb)
        out.append(State(f"{bitmap.item}/{suffix}", default, settable, warnings, (("bit", str(bit)),),
                         evidence=seen))
    return out


def _bit_evidence(src: Source, name: str, field: str | None, initial, mask) -> tuple[Evidence, ...]:
    """The bitmap's initial value (kvm_arm_init_hypercalls' assignment and
    the mask it names), and the write path's features mask and its check."""
    found: list[Evidence | None] = []
    assigned = _INIT_ASSIGN % re.escape(field) if field else None
    init = src.function(INIT_FN) if initial is not None and assigned else None
    m = re.search(assigned, init) if assigned and init else None
    if assigned and m:
        line = src.line("default", INIT_FN, assigned)
        value = m.group(1)
        found += [line, src.define_line("default", value)]
    path = _write_path(src, name)
    if mask is not None and path is not None:
        fn, _, _, features = path
        found += [src.line("settable", fn, r"\bcase\s+%s\s*:" % re.escape(name), r"\b%s\s*=(?!=)" % features),
                  src.line("settable", fn, _CHECK % features)]
    return tuple(e for e in found if e is not None)


_INIT_ASSIGN = r"->\s*%s\s*=(?!=)\s*([^;]+);"
_CHECK = r"\bval\s*&\s*~\s*\(?\s*%s\b"


def _write_path(src: Source, name: str) -> tuple[str, str, str, str] | None:
    """(function, its body, its `case name:` block, the features variable)
    of the write path of bitmap `name`: kvm_arm_set_fw_reg, or the helper
    its case returns through."""
    body = src.function(SET_FN)
    block = csrc.case_block(body, name) if body else None
    if body is None or block is None:  # no body, no block
        return None
    fn, call = SET_FN, re.search(r"\breturn\s+(\w+)\s*\(", block)
    helper = src.function(call.group(1)) if call else None
    if call and helper is not None:  # no call, no helper
        fn, body, block = call.group(1), helper, csrc.case_block(helper, name) or ""
    features = re.search(r"\b(\w+)\s*=\s*([^;&]+);", block)
    return fn, body, block, features.group(1) if features else ""


def write_rule(src: Source, name: str) -> tuple[str | None, int | None, tuple[str, ...]]:
    """(field holding the bitmap, features mask userspace may write, warnings)."""
    path = _write_path(src, name)
    if path is None:
        return None, None, (f"{SET_FN}: no case for {name}",)
    _, scope, block, _ = path
    field = re.search(r"=\s*&\s*[\w.>-]*?->\s*(\w+)\s*;", block)
    features = re.search(r"\b(\w+)\s*=\s*([^;&]+);", block)
    if field is None or features is None:
        return None, None, (f"{name}: bitmap field or features mask not found in its write path",)
    if not re.search(_CHECK % features.group(1), scope):
        return field.group(1), None, (f"{name}: write check against {features.group(1)} not found",)
    mask = src.value(features.group(2))
    return field.group(1), mask, (() if mask is not None else (f"cannot evaluate {features.group(2).strip()}",))


def initial_value(src: Source, field: str) -> tuple[int | None, tuple[str, ...]]:
    init = src.function(INIT_FN)
    if init is None:
        return None, (f"{INIT_FN} unreadable",)
    m = re.search(_INIT_ASSIGN % re.escape(field), init)
    if m is None:
        return 0, ()  # never assigned: zero like the rest of struct kvm
    value = src.value(m.group(1))
    return value, (() if value is not None else (f"{INIT_FN}: cannot evaluate {m.group(1).strip()}",))


# --- services older than their bit -----------------------------------------

def legacy_states(src: Source, emitted: set[str]) -> tuple[list[State], tuple[str, ...]]:
    """States of LEGACY services not covered by a bitmap, and warnings for
    the caller to carry when the dispatcher cannot be read."""
    labels, warnings = dispatcher_labels(src)
    out = []
    for item, func_id in LEGACY:
        if item in emitted or func_id not in labels:
            continue
        note: tuple[str, ...] = ()
        if item.rsplit("/", 1)[0] in emitted:
            note = (f"bitmap {item.rsplit('/', 1)[0]} present without this bit",)
        out.append(State(item, "set", NONE, note).with_evidence(_dispatch_line(src, func_id)))
    return out, warnings


def _dispatch_line(src: Source, func_id: str) -> Evidence | None:
    """The dispatcher's `case <function id>:` that serves a legacy service."""
    name = next((n for n in DISPATCHERS if src.function(n)), None)
    return src.line("default", name, r"\bcase\s+%s\s*:" % re.escape(func_id)) if name else None


def dispatcher_labels(src: Source) -> tuple[list[str], tuple[str, ...]]:
    for name in DISPATCHERS:
        body = src.function(name)
        cases = switch_body(body, "func_id") if body else None
        if cases is not None:
            return top_labels(cases), ()
    where = next((w for w in map(src.mentions, DISPATCHERS) if w), None)
    return [], ((f"hypercall dispatcher unreadable in {where}: services unknown",) if where else ())
