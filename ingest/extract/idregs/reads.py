"""The read side of an ID register: the functions computing what a new VM
reads (read_id_reg() or the table's .reset), and the later writers of its
stored copy, applied field by field (masks, caps, fixed values, conditions)."""
from __future__ import annotations

import re

from ingest.extract.c import kvmconds
from ingest.extract.idregs.read_effects import Effect, read_effects
from ingest.extract.idregs.vmvars import rewrite
from ingest.extract.idregs.tree import FieldState, Tree
from ingest.extract.idregs.sysreg_desc import Reg
from ingest.extract.idregs.sysregtable import Desc


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


def read_side(tree: Tree, d: Desc, name: str, reg: Reg, fields: dict[str, FieldState]) -> list[str]:
    fns, warn = _read_functions(tree, d)
    if warn:
        for fs in fields.values():
            fs.warnings.append(warn[0])
        return warn
    for fn in fns:
        reading = read_effects(rewrite(tree.body(fn), tree.vm), reg, tree.env, fn)
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


def _apply(eff: Effect, reg: Reg, fields: dict[str, FieldState]) -> None:
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


def _apply_one(eff: Effect, kind: kvmconds.Kind, fs: FieldState) -> None:
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
