"""ID-register extractor: every field of every ID register a guest reads.

Items
  idreg/<REG>/<FIELD>   default: `host` (the host's sanitised value passes through),
                        `hidden` (reads as the safe value: KVM clears it, or the
                        host's arm64_ftr_bits do not describe it), `fixed:N`,
                        `capped:N`, `vcpu-feature:<NAME>` (a vCPU feature or VM
                        choice of the VMM decides it), `unknown` (KVM writes a value
                        this extractor could not resolve: always with a warning);
                        settable: `none`, the safety rule of the host's arm64_ftr_bits
                        entry (`lower-safe`, `higher-safe`, `exact`) for fields in the
                        writable mask, or explicit values a custom set function accepts
                        (`hidden`, `host`: a filter that takes the host's value back).
                        The default is the **common host's** (DESIGN.md: GICv3, unaffected,
                        no errata, no optional capability) for the default vCPU (fieldfold);
                        extras: `when` (the host conditions, as written, under which the
                        default holds) and `otherwise` (the value elsewhere), the older
                        `override` ("hidden if !cpus_have_final_cap(...)"); `feature_value`
                        (what a vCPU with the feature sees, for vcpu-feature defaults),
                        `feature_effects` (what a feature changes beyond that, or does
                        unread), `set_check` / `set_rewrite` (a set function's own rules).
  idreg/<REG>           default: `sanitised`, `hidden` (RAZ), `unallocated`, `host`
                        (implementation registers: invariant, or 7.x IMPLEMENTATION_ID
                        with extra `writable_with`), `synthesised`,
                        `vcpu-feature:<NAME>` (RAZ unless the VMM enables it);
                        settable: the writable fields' names, or `none`.

Where it is read (eras; ingest/demo/shapes/idregs.py reproduces each shape):
  v4.x-v5.x   read_id_reg(): `if (id == SYS_X)` chains or a switch, masks as
              `(0xfUL << ID_AA64PFR0_SVE_SHIFT)`; ID_HIDDEN via access_raz_id_reg;
              set_id_reg() accepts only the value read back.
  v5.10-v6.1  read_id_reg() switch with ARM64_FEATURE_MASK(); visibility callbacks
              (id_visibility, raz_visibility, aa32_id_visibility); set_id_aa64pfr0_el1()
              accepts CSV2/CSV3 values, which read_id_reg() takes from per-VM
              variables arm.c sets at VM creation (vmvars).
  v6.6-       writable ID registers: ID_WRITABLE(name, mask) / `.val` = writable mask,
              `.reset` = the read function (kvm_read_sanitised_id_reg ->
              __kvm_read_sanitised_id_reg switch, or read_sanitised_id_*()),
              set_id_reg() -> arm64_check_features() applies the host's safety
              rules (kvm_arm64_ftr_safe_value() overrides some).
  v6.15-7.x   the table's callbacks come from ID_DESC_DEFAULT_CALLBACKS (expanded by
              c/cpp); __kvm_read_sanitised_id_reg() calls `val = sanitise_<reg>(vcpu, val)`
              helpers (followed), NV's limit_nv_id_reg() (noted, not read);
              ID_FILTERED(sysreg, name, mask) -> set_<name>() filters (setfilters);
              kvm_finalize_sys_regs() writes through kvm_set_vm_id_reg() and enforces
              config.c's feature dependencies (featdeps); MIDR/REVIDR/AIDR through
              IMPLEMENTATION_ID (implementation); CTR_EL0 is an ID_FILTERED entry.
Field names come from sysreg_desc (generated description, else sysreg.h macros).
Modules: tree (what is read once per call), reads + read_effects (the read
side), fieldfold + hostconds (a field's steps settled per vCPU configuration on
the common host), settable + setfilters (what userspace may write), featdeps,
implementation; this one decides per register.
"""
from __future__ import annotations

import re
from typing import Mapping

from ingest.extract.c import kvmconds
from ingest.extract.idregs import evidence, names
from ingest.extract.idregs.ftrbits import CPUFEATURE
from ingest.extract.idregs.implementation import implementation_state
from ingest.extract.idregs.reads import feature_notes, read_side
from ingest.extract.idregs.settable import writable_fields
from ingest.extract.idregs.sysreg_desc import SYSREG, SYSREG_H, Reg, Space
from ingest.extract.idregs.sysregtable import SYS_REGS_C, SYS_REGS_H, Desc
from ingest.extract.idregs.tree import CONFIG_C, FieldState, Tree
from ingest.extract.idregs.vmvars import ARM_C
from ingest.facts import Extractor, State

PATHS = (SYS_REGS_C, SYS_REGS_H, SYSREG, SYSREG_H, CPUFEATURE, ARM_C, CONFIG_C)
IMPLEMENTATION = ("MIDR_EL1", "REVIDR_EL1", "AIDR_EL1", "CLIDR_EL1", "CTR_EL0")
WITH_FIELDS = ("CTR_EL0",)  # implementation registers described field by field


def is_feature_id(enc) -> bool:
    return enc is not None and enc[:3] == (3, 0, 0) and 1 <= enc[3] <= 7


# --- the extractor ----------------------------------------------------------------

def extract_idregs(files: Mapping[str, str]) -> list[State]:
    tree = Tree.load(files)
    if tree is None:
        return []
    assert tree.loaded is not None  # Tree.load sets it
    descs = tree.loaded.descs
    if descs is None:
        raise ValueError("sys_reg_descs[] not found whole in arch/arm64/kvm/sys_regs.c")
    out: list[State] = []
    seen: set[str] = set()
    for d in descs:
        unresolved_id = d.enc is None and re.match(r"(ID_|MVFR)\w+_EL1$", d.name or "")
        if not (is_feature_id(d.enc) or d.name in IMPLEMENTATION and d.stored or unresolved_id):
            continue
        name = register_name(tree.space, d)
        if name in seen:
            continue
        seen.add(name)
        states = _guard(f"idreg/{name}", register_states, tree, d, name)
        out.extend(evidence.attach(tree, files.get(CPUFEATURE), d, name, states))
    for d in tree.loaded.invariant:
        name = register_name(tree.space, d)
        if name in seen or name not in IMPLEMENTATION:
            continue
        seen.add(name)
        states = _guard(f"idreg/{name}", invariant_states, tree, d, name)
        out.extend(evidence.attach(tree, files.get(CPUFEATURE), d, name, states))
    return out


def register_name(space: Space, d: Desc) -> str:
    """The architecture's name for the entry's encoding when it has one (a
    register unnamed in one era's sources keeps its item: names.ENCODINGS),
    else the tree's, else S<op0>_<op1>_C<n>_C<m>_<op2>."""
    if d.enc is not None and d.enc in names.ENCODINGS:
        return names.ENCODINGS[d.enc]
    if d.name and not d.name.startswith("("):
        return d.name
    if d.enc is not None:
        return space.name_of(d.enc) or "S{}_{}_C{}_C{}_{}".format(*d.enc)
    return "UNKNOWN"


def _guard(item: str, fn, *args) -> list[State]:
    try:
        return fn(*args)
    except Exception as exc:  # one register must not stop the others
        return [State(item, "unknown", ("unknown",), (f"extractor error: {type(exc).__name__}: {exc}",))]


def register_states(tree: Tree, d: Desc, name: str) -> list[State]:
    if name in IMPLEMENTATION and name not in WITH_FIELDS:
        imp = implementation_state(tree, d, name)
        if imp is not None:
            return [imp]
    reg = tree.space.reg(name)
    policy, reg_extra, reg_warn = _policy(tree, d, name)
    fields = {f.name: FieldState(f) for f in sorted(reg.fields.values(), key=lambda f: -f.lsb)}
    whole_warn = list(reg_warn) + list(d.warnings) + list(reg.warnings)
    if policy == "synthesised":
        return [_synthesised(tree, d, name, whole_warn, reg_extra)]
    if policy in ("hidden", "unallocated"):
        for fs in fields.values():
            fs.default = "hidden"
    else:
        whole_warn += _host_defaults(tree, name, reg, fields, policy)
        whole_warn += read_side(tree, d, name, reg, fields)
        notes = feature_notes(fields)
        if notes:
            reg_extra["feature_effects"] = notes
        if policy.startswith("vcpu-feature:"):
            for fs in fields.values():
                if fs.default in ("host",) or fs.default.startswith(("capped:", "fixed:")):
                    fs.default = policy
    writable = writable_fields(tree, d, name, reg, fields, policy, whole_warn)
    if not reg.fields and policy not in ("hidden", "unallocated"):
        whole_warn.append(f"no field definitions for {name} (neither arch/arm64/tools/sysreg nor sysreg.h macros)")
    whole = State(f"idreg/{name}", policy, tuple(writable) or ("none",),
                  tuple(dict.fromkeys(whole_warn)), tuple(sorted(reg_extra.items())))
    return [whole] + [fs.state(name) for fs in fields.values()]


def _synthesised(tree: Tree, d: Desc, name: str, warn: list[str], extra: dict[str, str]) -> State:
    """A value KVM makes up (CLIDR_EL1 from reset_clidr()): one whole-register state."""
    set_user = d.member("set_user")
    settable: tuple[str, ...] = ("none",)
    if set_user:
        settable = ("any",)
        warn = warn + [f"userspace writes go through {set_user}(), whose checks are not read"]
    return State(f"idreg/{name}", "synthesised", settable, tuple(dict.fromkeys(warn)), tuple(sorted(extra.items())))


def invariant_states(tree: Tree, d: Desc, name: str) -> list[State]:
    """invariant_sys_regs[]: the host's value, userspace may only write it back."""
    out = [State(f"idreg/{name}", "host", ("none",), (), (("policy", "invariant"),))]
    if name in WITH_FIELDS:
        reg = tree.space.reg(name)
        fields = {f.name: FieldState(f) for f in sorted(reg.fields.values(), key=lambda f: -f.lsb)}
        warn = _host_defaults(tree, name, reg, fields, "sanitised")
        out = [State(f"idreg/{name}", "host", ("none",), tuple(warn), (("policy", "invariant"),))]
        out += [fs.state(name) for fs in fields.values()]
    return out


def _policy(tree: Tree, d: Desc, name: str) -> tuple[str, dict[str, str], list[str]]:
    """Whole-register policy from the entry and its visibility callback."""
    extra: dict[str, str] = {}
    warn: list[str] = []
    access, get_user = d.member("access") or "", d.member("get_user") or ""
    if d.macro == "ID_UNALLOCATED" or (d.name is None and d.macro is None and "raz" in access):
        return "unallocated", extra, warn
    if "raz" in access or "raz" in get_user:
        return "hidden", extra, warn
    if d.enc is not None and not is_feature_id(d.enc):
        reset = d.member("reset")
        if reset and "sanitised" not in reset:
            warn.append(f"value computed by {reset}(), not read field by field")
            return "synthesised", extra, warn
    vis = d.member("visibility")
    if vis is None:
        return "sanitised", extra, warn
    outs = kvmconds.outcomes(tree.body, vis, name)
    if outs is None:
        warn.append(f"visibility callback {vis}() not understood")
        return "sanitised", extra, warn
    policy = "sanitised"
    for o in outs:
        if not ({"REG_RAZ", "REG_HIDDEN"} & o.flags):
            continue
        kind = kvmconds.classify(o.conds)
        if kind.kind == "always":
            return "hidden", extra, warn
        if kind.kind == "vcpu":
            policy = "vcpu-feature:" + "+".join(kind.features)
        elif kind.kind == "host":
            extra["raz_when"] = kind.text
        else:
            warn.append(f"condition not understood: {kind.text} (in {vis}())")
    return policy, extra, warn


def _host_defaults(tree: Tree, name: str, reg: Reg, fields: dict[str, FieldState], policy: str) -> list[str]:
    """`host` where the host's arm64_ftr_bits describe the field, else `hidden`."""
    if tree.host is None:
        for fs in fields.values():
            fs.warnings.append("host arm64_ftr_bits not read (cpufeature.c missing)")
        return []
    bits = tree.host.of(name)
    if bits is None:
        for fs in fields.values():
            fs.default = "hidden"
        return [f"the host does not sanitise {name} (no arm64_ftr_regs entry): it reads as 0"]
    warn = []
    by_lsb = {b.lsb: b for b in bits}
    for fs in fields.values():
        b = by_lsb.get(fs.f.lsb)
        if b is None:
            fs.default = "hidden"
        elif b.width != fs.f.width:
            fs.warnings.append(f"host describes bits {b.lsb}+{b.width}, the field is {fs.f.lsb}+{fs.f.width}")
    known = {fs.f.lsb for fs in fields.values()}
    for b in bits:
        if b.lsb not in known and ((1 << b.width) - 1) << b.lsb & ~(reg.res0 | reg.res1):
            warn.append(f"host describes bits [{b.lsb + b.width - 1}:{b.lsb}] of {name} that no field definition names")
    return warn


EXTRACTOR = Extractor(name="idregs", paths=PATHS, fn=extract_idregs)
