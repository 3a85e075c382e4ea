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
                        writable mask, or explicit values a custom set function accepts.
                        extra `override`: host-dependent exceptions ("hidden if !cpus_have_final_cap(...)").
  idreg/<REG>           default: `sanitised`, `hidden` (RAZ), `unallocated`, `host`
                        (invariant implementation registers), `synthesised`,
                        `vcpu-feature:<NAME>` (RAZ unless the VMM enables it);
                        settable: the writable fields' names, or `none`.

Where it is read (eras; ingest/shapes/idregs.py reproduces each shape):
  v4.x-v5.x   read_id_reg(): `if (id == SYS_X)` chains or a switch, masks as
              `(0xfUL << ID_AA64PFR0_SVE_SHIFT)`; ID_HIDDEN via access_raz_id_reg;
              set_id_reg() accepts only the value read back.
  v5.10-v6.1  read_id_reg() switch with ARM64_FEATURE_MASK(); visibility callbacks
              (id_visibility, raz_visibility, aa32_id_visibility); set_id_aa64pfr0_el1()
              accepts CSV2/CSV3 values.
  v6.6-       writable ID registers: ID_WRITABLE(name, mask) / `.val` = writable mask,
              `.reset` = the read function (kvm_read_sanitised_id_reg ->
              __kvm_read_sanitised_id_reg switch, or read_sanitised_id_*()),
              set_id_reg() -> arm64_check_features() applies the host's safety
              rules (kvm_arm64_ftr_safe_value() overrides some).
Field names come from sysreg_desc (generated description, else sysreg.h macros).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping

from ingest.extract import ftrbits, kvmconds, sysregtable
from ingest.extract.cexpr import Env
from ingest.extract.ftrbits import CPUFEATURE, POLICY, HostTables
from ingest.extract.idread import Effect, read_effects
from ingest.extract.sysreg_desc import SYSREG, SYSREG_H, Field, Reg, Space
from ingest.extract.sysregtable import SYS_REGS_C, SYS_REGS_H, Desc, Tables
from ingest.facts import Extractor, State

PATHS = (SYS_REGS_C, SYS_REGS_H, SYSREG, SYSREG_H, CPUFEATURE)
IMPLEMENTATION = ("MIDR_EL1", "REVIDR_EL1", "AIDR_EL1", "CLIDR_EL1", "CTR_EL0")
WITH_FIELDS = ("CTR_EL0",)  # implementation registers described field by field


def is_feature_id(enc) -> bool:
    return enc is not None and enc[:3] == (3, 0, 0) and 1 <= enc[3] <= 7


# --- one tree --------------------------------------------------------------------

@dataclass
class Tree:
    """Everything read once per call: fields, the tables, the host side."""

    space: Space
    tables: Tables
    host: HostTables | None
    writable: bool  # the writable-ID-register era (arm64_check_features)
    safety_overrides: dict[tuple[str, int], str]
    warnings: list[str] = field(default_factory=list)
    _writers: list[tuple[str, str]] | None = None
    loaded: sysregtable.Loaded | None = None

    @classmethod
    def load(cls, files: Mapping[str, str]) -> "Tree | None":
        if SYS_REGS_C not in files:
            return None
        loaded = sysregtable.load(files)
        space, tables = loaded.space, loaded.tables
        host = ftrbits.parse(files[CPUFEATURE], tables.env) if CPUFEATURE in files else None
        writable = "arm64_check_features" in tables.funcs
        tree = cls(space, tables, host, writable, {}, loaded=loaded)
        tree.safety_overrides = _safety_overrides(tree)
        tree.warnings.extend(space.warnings)
        if host is None:
            tree.warnings.append("arch/arm64/kernel/cpufeature.c not in this tree: host fields not read")
        else:
            tree.warnings.extend(host.warnings)
        return tree

    @property
    def env(self) -> Env:
        return self.tables.env

    def body(self, fn: str | None) -> str | None:
        return self.tables.body(fn) if fn else None

    def writer_bodies(self) -> list[tuple[str, str]]:
        if self._writers is None:
            self._writers = [(fn, b) for fn, b in self.tables.funcs.items() if "IDREG_IDX(SYS_" in b]
        return self._writers

    def follow(self, fn: str | None, depth: int = 0) -> str | None:
        """Through wrappers whose body is `return other(vcpu, r);`."""
        body = self.body(fn)
        if body is None or depth > 4:
            return fn if body is not None else None
        m = re.fullmatch(r"\{\s*return\s+(\w+)\s*\(\s*\w+\s*,\s*\w+\s*\)\s*;\s*\}", body.strip())
        if m and self.body(m.group(1)) is not None:
            return self.follow(m.group(1), depth + 1)
        return fn


def _safety_overrides(tree: Tree) -> dict[tuple[str, int], str]:
    """kvm_arm64_ftr_safe_value(): (register, shift) -> FTR_* type KVM uses instead."""
    body = tree.body("kvm_arm64_ftr_safe_value")
    out: dict[tuple[str, int], str] = {}
    if body is None:
        return out
    for case in re.finditer(r"case\s+SYS_(\w+)\s*:(.*?)(?=case\s+SYS_\w+\s*:|\Z)", body, re.S):
        reg, block = case.group(1), case.group(2)
        for m in re.finditer(r"(\w+_SHIFT)\b(.*?)type\s*=\s*(FTR_\w+)", block, re.S):
            shift = tree.env.value(m.group(1))
            if shift is not None:
                out[(reg, shift)] = m.group(3)
    return out


# --- the extractor ----------------------------------------------------------------

def extract_idregs(files: Mapping[str, str]) -> list[State]:
    tree = Tree.load(files)
    if tree is None:
        return []
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
        out.extend(_guard(f"idreg/{name}", register_states, tree, d, name))
    for d in tree.loaded.invariant:
        name = register_name(tree.space, d)
        if name in seen or name not in IMPLEMENTATION:
            continue
        seen.add(name)
        out.extend(_guard(f"idreg/{name}", invariant_states, tree, d, name))
    return out


def register_name(space: Space, d: Desc) -> str:
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


# --- one register ---------------------------------------------------------------

@dataclass
class _Field:
    f: Field
    default: str = "host"
    settable: tuple[str, ...] = ("none",)
    warnings: list[str] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)
    overrides: dict[str, str] = field(default_factory=dict)  # host condition -> effect

    def state(self, reg: str) -> State:
        return State(f"idreg/{reg}/{self.f.name}", self.default, self.settable,
                     tuple(dict.fromkeys(self.warnings)), tuple(sorted(self.extra.items())))


def register_states(tree: Tree, d: Desc, name: str) -> list[State]:
    reg = tree.space.reg(name)
    policy, reg_extra, reg_warn = _policy(tree, d, name)
    fields = {f.name: _Field(f) for f in sorted(reg.fields.values(), key=lambda f: -f.lsb)}
    whole_warn = list(reg_warn) + list(d.warnings) + list(reg.warnings)
    if policy == "synthesised":
        return [_synthesised(tree, d, name, whole_warn, reg_extra)]
    if policy in ("hidden", "unallocated"):
        for fs in fields.values():
            fs.default = "hidden"
    else:
        whole_warn += _host_defaults(tree, name, reg, fields, policy)
        whole_warn += _read_side(tree, d, name, reg, fields)
        if policy.startswith("vcpu-feature:"):
            for fs in fields.values():
                if fs.default in ("host",) or fs.default.startswith(("capped:", "fixed:")):
                    fs.default = policy
    writable = _settable(tree, d, name, reg, fields, policy, whole_warn)
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
        fields = {f.name: _Field(f) for f in sorted(reg.fields.values(), key=lambda f: -f.lsb)}
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


def _host_defaults(tree: Tree, name: str, reg: Reg, fields: dict[str, _Field], policy: str) -> list[str]:
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


# --- read side -------------------------------------------------------------------

def _read_functions(tree: Tree, d: Desc) -> tuple[list[str], list[str]]:
    """The functions that compute the value a new VM reads, in order."""
    if tree.writable:
        reset = tree.follow(d.member("reset"))
        if reset is None:
            return [], [f"read function {d.member('reset') or '(no .reset)'} not found whole"]
        return [reset], []
    get_user = d.member("get_user")
    for fn in (get_user, "read_id_reg"):
        body = tree.body(fn)
        if body is None:
            continue
        m = re.search(r"\b(\w*read\w*id_reg)\s*\(", body) if fn == get_user else None
        target = m.group(1) if m else fn
        target = tree.follow(target)
        if target and tree.body(target) is not None and target != get_user:
            return [target], []
    return [], ["read function (read_id_reg) not found whole"]


def _read_side(tree: Tree, d: Desc, name: str, reg: Reg, fields: dict[str, _Field]) -> list[str]:
    fns, warn = _read_functions(tree, d)
    if warn:
        for fs in fields.values():
            fs.warnings.append(warn[0])
        return warn
    for fn in fns:
        reading = read_effects(tree.body(fn), reg, tree.env, fn)
        for eff in reading.effects:
            _apply(eff, reg, fields)
    for fn, target in _writers(tree, name):
        reading = read_effects(tree.body(fn), reg, tree.env, fn, target=target)
        for eff in reading.effects:
            _apply(eff, reg, fields)
    return []


_WRITE = re.compile(r"([\w\->.]*id_regs\s*\[\s*IDREG_IDX\s*\(\s*SYS_(\w+)\s*\)\s*\])\s*(?:&=|\|=|=)")


def _writers(tree: Tree, name: str) -> list[tuple[str, str]]:
    """Functions that change a VM's stored copy of the register after its
    reset (`kvm->arch.id_regs[IDREG_IDX(SYS_X)] &= ~MASK;` in kvm_finalize_sys_regs())."""
    return [(fn, m.group(1)) for fn, body in tree.writer_bodies()
            for m in _WRITE.finditer(body) if m.group(2) == name][:1]


def _apply(eff: Effect, reg: Reg, fields: dict[str, _Field]) -> None:
    touched = [fs for fs in fields.values() if fs.f.mask & eff.mask]
    if eff.kind == "unknown":
        for fs in touched:
            fs.warnings.append(eff.note)
        return
    kind = kvmconds.classify(eff.conds)
    for fs in touched:
        if fs.f.mask & eff.mask != fs.f.mask:
            fs.warnings.append(f"{eff.source}() {eff.kind}s part of this field only")
            continue
        _apply_one(eff, kind, fs)


def _apply_one(eff: Effect, kind: kvmconds.Kind, fs: _Field) -> None:
    value = eff.value
    if eff.kind in ("set", "cap") and value is None:
        fs.warnings.append(f"unresolved expression: {eff.value_text}")
        fs.extra["value"] = eff.value_text
    shown = str(value) if value is not None else eff.value_text
    if kind.kind == "unknown":
        fs.warnings.append(f"condition not understood: {kind.text} (in {eff.source}())")
        return
    if kind.kind == "host":
        what = {"clear": "hidden", "set": f"fixed:{shown}", "cap": f"capped:{shown}"}[eff.kind]
        fs.overrides[kind.text] = what  # a set after a clear under one condition: the set wins
        fs.extra["override"] = "; ".join(f"{w} if {c}" for c, w in fs.overrides.items())
        return
    if kind.kind == "vcpu":
        fs.default = "vcpu-feature:" + "+".join(kind.features)
        if eff.kind == "cap":
            fs.extra["cap"] = shown
        return
    if eff.cap_when:  # val = cap(val, SHIFT, has_feature ? A : B)
        when = kvmconds.classify((eff.cap_when,))
        if when.kind == "vcpu":
            fs.default = "vcpu-feature:" + "+".join(when.features)
            fs.extra["cap"] = shown
            return
        fs.warnings.append(f"condition not understood: {eff.cap_when} (in {eff.source}())")
        return
    if eff.kind == "clear":
        fs.default = "hidden"
    elif eff.kind == "set":
        fs.default = f"fixed:{shown}" if value is not None else "unknown"
    elif value is None:
        fs.default = "unknown"
    elif fs.default == "host" or fs.default.startswith("capped:"):
        old = fs.default[len("capped:"):] if fs.default.startswith("capped:") else ""
        fs.default = f"capped:{min(value, int(old)) if old.isdigit() else value}"
    elif fs.default.startswith("fixed:") and fs.default[len("fixed:"):].isdigit():
        fs.default = f"fixed:{min(value, int(fs.default[len('fixed:'):]))}"
    elif fs.default.startswith("vcpu-feature:"):
        fs.extra["cap"] = shown


# --- settable ----------------------------------------------------------------------

def _settable(tree: Tree, d: Desc, name: str, reg: Reg, fields: dict[str, _Field],
              policy: str, whole_warn: list[str]) -> list[str]:
    """Per-field settable; returns the names of the writable fields."""
    if policy in ("hidden", "unallocated"):
        return []
    set_user = d.member("set_user")
    if set_user is None:
        return []
    if tree.writable:
        return _settable_writable(tree, d, name, fields, set_user, whole_warn)
    if set_user in ("set_id_reg", "set_raz_id_reg"):
        return []
    return _settable_custom(tree, set_user, name, reg, fields)


def _settable_writable(tree: Tree, d: Desc, name: str, fields: dict[str, _Field], set_user: str,
                       whole_warn: list[str]) -> list[str]:
    if set_user != "set_id_reg":
        body = tree.body(set_user)
        if body is None or not re.search(r"\bset_id_reg\s*\(", body):
            for fs in fields.values():
                fs.warnings.append(f"userspace writes go through {set_user}(), not read")
            return []
        _custom_checks(body, set_user, name, fields)
    mask_text = d.members.get("val", "0").strip() or "0"
    mask = tree.env.value(mask_text)
    if mask is None:
        whole_warn.append(f"unresolved expression: {' '.join(mask_text.split())} (writable mask)")
        for fs in fields.values():
            fs.warnings.append("writable mask not resolved")
        return []
    bits = tree.host.of(name) if tree.host else None
    by_lsb = {b.lsb: b for b in bits or []}
    writable = []
    for fs in fields.values():
        if fs.f.mask & mask != fs.f.mask:
            continue
        b = by_lsb.get(fs.f.lsb)
        if b is None:
            continue  # arm64_check_features() only relaxes fields the host describes
        ftype = tree.safety_overrides.get((name, fs.f.lsb), b.type)
        policy = POLICY.get(ftype)
        if policy is None:
            fs.warnings.append(f"unknown safety type {ftype}")
            continue
        if ftype == "FTR_HIGHER_OR_ZERO_SAFE":
            fs.extra["safety"] = "higher-or-zero-safe"
        fs.settable = (policy,)
        writable.append(fs.f.name)
    return writable


def _custom_checks(body: str, fn: str, name: str, fields: dict[str, _Field]) -> None:
    """Fields a wrapper around set_id_reg() checks or rewrites on its own."""
    mentioned = set(re.findall(r"\b%s_(\w+?)_(?:MASK|SHIFT)\b" % re.escape(name), body))
    mentioned |= set(re.findall(r"SYS_FIELD_GET\s*\(\s*%s\s*,\s*(\w+)" % re.escape(name), body))
    for fs in fields.values():
        if fs.f.name in mentioned or (fs.f.spelled and fs.f.spelled in mentioned):
            fs.warnings.append(f"{fn}() adds its own checks on this field before set_id_reg() (not read)")


def _settable_custom(tree: Tree, fn: str, name: str, reg: Reg, fields: dict[str, _Field]) -> list[str]:
    """Before writable ID registers: a set function that lets some fields
    differ from what is read (`val ^= read_id_reg(); val &= ~(masks); if (val)
    return -EINVAL;`), each bounded by `if (x > N ...) return -EINVAL`."""
    body = tree.body(fn)
    env = tree.env
    m = re.search(r"\^=\s*\w*read\w*\s*\([^;]*;\s*\w+\s*&=\s*~\s*(.+?);", body or "", re.S)
    if body is None or m is None:
        for fs in fields.values():
            fs.warnings.append(f"userspace writes go through {fn}(), not understood")
        return []
    free = env.value(m.group(1))
    if free is None:
        for fs in fields.values():
            fs.warnings.append(f"unresolved expression: {' '.join(m.group(1).split())} (in {fn}())")
        return []
    bounds = _bounds(body, env)
    writable = []
    for fs in fields.values():
        if fs.f.mask & free != fs.f.mask:
            continue
        bound = bounds.get(fs.f.lsb)
        if bound is None:
            fs.warnings.append(f"{fn}() lets this field differ; its accepted values were not read")
            continue
        top, check = bound
        fs.settable = tuple(str(v) for v in range(top + 1))
        fs.extra["set_check"] = check
        writable.append(fs.f.name)
    return writable


def _bounds(body: str, env: Env) -> dict[int, tuple[int, str]]:
    """`x = cpuid_feature_extract_unsigned_field(val, SHIFT); if (x > N ...)` -> {lsb: (N, condition)}."""
    out = {}
    for m in re.finditer(r"(\w+)\s*=\s*cpuid_feature_extract_unsigned_field\s*\(\s*\w+\s*,\s*(\w+)\s*\)", body):
        var, shift = m.group(1), env.value(m.group(2))
        cond = re.search(r"if\s*\((\s*%s\s*>\s*(\w+)[^{;]*?)\)\s*return\s+-E" % re.escape(var), body[m.end():], re.S)
        if shift is None or cond is None:
            continue
        top = env.value(cond.group(2))
        if top is not None:
            out[shift] = (top, " ".join(cond.group(1).split()))
    return out


EXTRACTOR = Extractor(name="idregs", paths=PATHS, fn=extract_idregs)
