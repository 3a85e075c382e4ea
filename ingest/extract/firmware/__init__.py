"""Firmware pseudo-registers (KVM_REG_ARM_FW*): text -> states.

Items
  fw/PSCI_VERSION                 default: the PSCI version a new vCPU with
      KVM_ARM_VCPU_PSCI_0_2 reports (kvm_psci_version's constant branch);
      settable: the versions kvm_arm_set_fw_reg's `switch (val)` accepts for
      such a vCPU. Before KVM_REG_ARM_PSCI_VERSION (v4.16) settable is none.
  fw/SMCCC_ARCH_WORKAROUND_<n>    presence in KVM_GET_REG_LIST; settable is
      the write policy "lower-safe": KVM_SET_ONE_REG refuses a level above the
      host's own (`get_kernel_wa_level(id) < val` -> -EINVAL), levels being
      ordered so that higher means better protection. A saved level restores
      on any host at least as safe as the one it was read on.
  fw/<BITMAP>, fw/<BITMAP>/<BIT>  see bitmaps.py.
Registers carry their KVM index in extra ("index") when
kvm_arm_copy_fw_reg_indices lists them.

Eras read (each pattern checked against real code; releases approximate
where no tagged tree was at hand):
  early     arch/arm/kvm/psci.c + arch/arm64/include/asm/kvm_psci.h, where
            KVM_ARM_PSCI_0_2 is the plain number 2; then the same psci.c
            under virt/kvm/arm (around v4.15)
  v4.16     include/kvm/arm_psci.h: PSCI_VERSION() macros, _LATEST = 1.0,
            kvm_psci_version() in psci.c; then the PSCI version register with
            `if (reg->id == KVM_REG_ARM_PSCI_VERSION)` get/set and an inline
            kvm_psci_version() honouring the chosen version
  v5.2      switch (reg->id) with WORKAROUND_1/2, put_user() one by one
  v5.5      the SMCCC dispatcher moves to virt/kvm/arm/hypercalls.c (PV time)
  v5.8      everything under arch/arm64/kvm
  v5.12     TRNG, KVM vendor features and PTP in the dispatcher
  v5.17     WORKAROUND_3 (also backported into psci.c of stable trees)
  v5.18     PSCI 1.1 as _LATEST
  v5.19     firmware registers in hypercalls.c, kvm_arm_fw_reg_ids[], bitmaps
  v6.4      dispatcher renamed kvm_smccc_call_handler (SMCCC filter)
  v6.16     VENDOR_HYP_BMAP_2, left at 0 by kvm_arm_init_hypercalls; newer
            trees also accept PSCI 1.2/1.3 (read from the switch, not assumed)
"""
from __future__ import annotations

import re
from typing import Mapping

from ingest.extract.c import csrc
from ingest.extract.firmware import bitmaps
from ingest.extract.firmware.source import PATHS, UAPI, Source, braced, parenthesised, statement, switch_body
from ingest.facts import Evidence, Extractor, State

PSCI = "KVM_REG_ARM_PSCI_VERSION"
PSCI_ITEM = "fw/PSCI_VERSION"
VERSION_FN = "kvm_psci_version"
SET_FN = "kvm_arm_set_fw_reg"
NONE = ("none",)


def extract_firmware(files: Mapping[str, str]) -> list[State]:
    src = Source.read(files)
    if UAPI not in src.texts or not src.has_code:
        return []
    listed, list_warnings = registers_listed(src)
    registers = [s for s in (psci_state(src, listed),) if s] + bitmaps.bitmap_states(src, listed)
    known = {s.item for s in registers}
    registers += [register_state(src, name, listed) for name in candidates(src, listed)
                  if item_of(name) not in known]
    legacy, dispatch_warnings = bitmaps.legacy_states(src, {s.item for s in registers})
    # The dispatcher also routes PSCI calls: its doubts go on fw/PSCI_VERSION.
    out = [_warned(s, list_warnings + (dispatch_warnings if s.item == PSCI_ITEM else ()))
           for s in registers]
    return sorted(out + legacy, key=lambda s: s.item)


EXTRACTOR = Extractor(name="firmware", paths=PATHS, fn=extract_firmware)


def item_of(name: str) -> str:
    return "fw/" + name.removeprefix("KVM_REG_ARM_")


def _warned(state: State, warnings: tuple[str, ...]) -> State:
    """Register-list doubts go on the registers, not on bitmap bits."""
    if state.item.count("/") > 1:
        return state
    for w in warnings:
        state = state.with_warning(w)
    return state


# --- the register list ------------------------------------------------------

def registers_listed(src: Source) -> tuple[tuple[str, ...] | None, tuple[str, ...]]:
    """Names kvm_arm_copy_fw_reg_indices puts in KVM_GET_REG_LIST, in order;
    None (with a warning) when the function exists but cannot be read."""
    body = src.function("kvm_arm_copy_fw_reg_indices")
    if body is None:
        where = src.mentions("kvm_arm_copy_fw_reg_indices")
        if where:
            return None, (f"kvm_arm_copy_fw_reg_indices unreadable in {where}",)
        if PSCI in src.macros:  # the registers exist: their list must too
            return None, ("kvm_arm_copy_fw_reg_indices not found",)
        return (), ()
    names: list[str] = []
    for name, subscript in re.findall(r"put_user\s*\(\s*([A-Za-z_]\w*)\s*(\[)?", body):
        entries = _array_entries(src, name) if subscript else [name]
        if entries is None:
            return None, (f"array {name}[] of kvm_arm_copy_fw_reg_indices unreadable",)
        names += entries
    if not names:
        return None, ("kvm_arm_copy_fw_reg_indices lists no register it can name",)
    return tuple(names), _count_check(src, names)


def _array_entries(src: Source, array: str) -> list[str] | None:
    for text in src.texts.values():
        m = csrc.search_word(array, r"\s*\[\s*\]\s*=\s*\{([^}]*)\}", text)
        if m:
            return re.findall(r"[A-Za-z_]\w*", m.group(1))
    return None


def _count_check(src: Source, names: list[str]) -> tuple[str, ...]:
    body = src.function("kvm_arm_get_fw_num_regs") or ""
    m = re.search(r"\breturn\s+(\d+)\s*;", body)
    if m and int(m.group(1)) != len(names):
        return (f"kvm_arm_get_fw_num_regs says {m.group(1)}, the copy lists {len(names)}",)
    return ()


def candidates(src: Source, listed) -> list[str]:
    """Registers to report besides PSCI and bitmaps: the listed ones, or (list
    unreadable) every KVM_REG_ARM_FW_REG(n) of the uapi header."""
    if listed is not None:
        return [n for n in listed if n != PSCI]
    fw = re.compile(r"^\s*KVM_REG_ARM_FW_REG\s*\(")
    return [n for n, d in src.macros.items() if n != PSCI and d.params is None and fw.match(d.body)]


# --- registers other than PSCI --------------------------------------------

def register_state(src: Source, name: str, listed) -> State:
    item, extra = item_of(name), src.index(name, listed)
    warnings: tuple[str, ...] = ()
    if name not in src.macros:
        warnings += (f"{name} is listed but not defined in {UAPI}",)
    elif not extra:
        warnings += (f"cannot compute the index of {name}",)
    listed_at = src.list_line(name)
    if re.fullmatch(r"KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_\d+", name):
        settable, more = workaround_policy(src, name)
        rule = src.line("settable", SET_FN, _case(name), _WA_RULE) if settable != NONE else None
        return State(item, "present", settable, warnings + more, extra).with_evidence(listed_at, rule)
    return State(item, "present", NONE, warnings + (f"{name}: unknown firmware register, write rule not read",),
                 extra).with_evidence(listed_at)


_WA_RULE = r"get_kernel_wa_level\s*\([^)]*\)\s*<\s*\w+"


def _case(label: str) -> str:
    return r"\bcase\s+%s\s*:" % re.escape(label)


def workaround_policy(src: Source, name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    body = src.function(SET_FN)
    block = csrc.case_block(body, name) if body else None
    if block is None:
        return NONE, (f"{SET_FN}: no case for {name}",)
    if re.search(_WA_RULE, block):
        return ("lower-safe",), ()
    return NONE, (f"{SET_FN}: write rule of {name} not recognised",)


# --- PSCI version -------------------------------------------------------------

def psci_state(src: Source, listed) -> State | None:
    warnings: tuple[str, ...] = ()
    if "KVM_ARM_VCPU_PSCI_0_2" not in src.macros:
        if not src.mentions("KVM_ARM_VCPU_PSCI_0_2"):
            return None  # no PSCI 0.2 vCPU feature yet: nothing for this item
        warnings += (f"KVM_ARM_VCPU_PSCI_0_2 used but not defined in {UAPI}",)
    default, more = psci_default(src)
    seen = psci_default_evidence(src) if default != "unknown" else ()
    if PSCI not in src.macros and not src.mentions(PSCI):
        return State(PSCI_ITEM, default, NONE, warnings + more, evidence=seen)  # before the register
    settable, most = psci_settable(src)
    extra = src.index(PSCI, listed)
    if not extra and (listed is None or PSCI in listed):
        most += (f"cannot compute the index of {PSCI}",)
    return State(PSCI_ITEM, default, settable, warnings + more + most, extra,
                 evidence=seen + psci_settable_evidence(src, settable))


def version(value: int) -> str:
    return f"{value >> 16}.{value & 0xffff}"


_RUNTIME = re.compile(r"->|\.|\b[a-z_]\w*")  # a field or variable, not a macro constant


def psci_default(src: Source) -> tuple[str, tuple[str, ...]]:
    exprs = _constant_returns(src)
    if exprs is None:
        return "unknown", ("kvm_psci_version: no readable KVM_ARM_VCPU_PSCI_0_2 branch",)
    values = {e: src.value(e) for e in exprs}
    unknown = [e for e, v in values.items() if v is None]
    found = {version(v) for v in values.values() if v is not None}
    if unknown or len(found) != 1:
        what = ", ".join(unknown) or ", ".join(sorted(found)) or "no constant return"
        return "unknown", (f"kvm_psci_version: PSCI 0.2 default unresolved ({what})",)
    return found.pop(), ()


def _constant_returns(src: Source) -> list[str] | None:
    """The constants kvm_psci_version returns for a PSCI-0.2 vCPU (None: unreadable)."""
    body = src.function(VERSION_FN)
    branch = _feature_branch(body) if body else None
    if branch is None:
        return None
    return [e.strip() for e in re.findall(r"\breturn\s+([^;]+);", branch) if not _RUNTIME.search(e)]


def psci_default_evidence(src: Source) -> tuple[Evidence, ...]:
    """kvm_psci_version's constant return for a PSCI-0.2 vCPU, and the
    #define of the version it names (KVM_ARM_PSCI_LATEST)."""
    returned = _constant_returns(src)
    expr = returned[0] if returned else None
    if expr is None:
        return ()
    ret = src.line("default", VERSION_FN, r"KVM_ARM_VCPU_PSCI_0_2", r"\breturn\s+%s\s*;" % re.escape(expr))
    return tuple(e for e in (ret, src.define_line("default", expr)) if e is not None)


def psci_settable_evidence(src: Source, settable: tuple[str, ...]) -> tuple[Evidence, ...]:
    """The `case` labels of kvm_arm_set_fw_reg's `switch (val)` that accept
    a version for a PSCI-0.2 vCPU."""
    body = src.function(SET_FN)
    block = _psci_block(body) if body else None
    cases = switch_body(block, "val") if block else None
    head = _case(PSCI) if body and csrc.case_block(body, PSCI) is not None else r"reg->id\s*==\s*%s" % PSCI
    found = []
    for label in csrc.case_labels(cases or ""):
        value = src.value(label)
        if value is not None and version(value) in settable:
            found.append(src.line("settable", SET_FN, head, r"\bswitch\s*\(\s*val\s*\)", _case(label)))
    return tuple(e for e in found if e is not None)


def _feature_branch(body: str) -> str | None:
    """The code a PSCI-0.2 vCPU runs in kvm_psci_version: the block of
    `if (...PSCI_0_2...)`, or what follows `if (!...PSCI_0_2...) return ...;`."""
    for m in re.finditer(r"\bif\s*\(", body):
        cond = parenthesised(body, m.end() - 1)
        if cond is None or "KVM_ARM_VCPU_PSCI_0_2" not in cond[0]:
            continue
        stmt = statement(body, cond[1])
        if stmt is None:
            return None
        negated = cond[0].lstrip(" (").startswith("!")
        return body[body.index(stmt, cond[1]) + len(stmt):] if negated else stmt
    return None


def psci_settable(src: Source) -> tuple[tuple[str, ...], tuple[str, ...]]:
    body = src.function(SET_FN)
    block = _psci_block(body) if body else None
    cases = switch_body(block, "val") if block else None
    if block is None or cases is None:  # no block, no cases
        return NONE, (f"{SET_FN}: PSCI version write path unreadable",)
    tests = _feature_tests(block)
    accepted, warnings = set(), []
    for label in csrc.case_labels(cases):
        verdict, value = _accepts(csrc.case_block(cases, label) or "", tests), src.value(label)
        if verdict is None or value is None:
            warnings.append(f"{SET_FN}: cannot read PSCI case {label}")
        elif verdict:
            accepted.add(version(value))
    if not accepted and not warnings:
        warnings.append(f"{SET_FN}: no PSCI version accepted for a PSCI 0.2 vCPU")
    return (tuple(sorted(accepted)) or NONE), tuple(warnings)


def _psci_block(body: str) -> str | None:
    block = csrc.case_block(body, PSCI)
    if block is not None:
        return block
    m = re.search(r"\bif\s*\(\s*reg->id\s*==\s*%s\s*\)" % PSCI, body)
    return braced(body, m.end()) if m else None


def _feature_tests(block: str) -> list[str]:
    """Names standing for "this vCPU has KVM_ARM_VCPU_PSCI_0_2"."""
    names = re.findall(r"(\w+)\s*=\s*[^;=]*KVM_ARM_VCPU_PSCI_0_2", block)
    return names + ["KVM_ARM_VCPU_PSCI_0_2"]


def _accepts(case: str, tests: list[str]) -> bool | None:
    """Does this case store the version for a PSCI 0.2 vCPU? None: unreadable."""
    for cond, _ in re.findall(r"\bif\s*\((.*?)\)\s*return\s+(-E\w+)\s*;", case, re.S):
        about_feature = any(re.search(r"\b%s\b" % t, cond) for t in tests)
        if not about_feature:
            return None
        if not cond.strip().startswith("!"):
            return False  # refused when the vCPU has PSCI 0.2
    return True if re.search(r"psci_version\s*=|\breturn\s+0\s*;", case) else None
