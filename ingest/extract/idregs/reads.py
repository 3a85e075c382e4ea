"""The read side of an ID register: the functions computing what a new VM
reads (read_id_reg() or the table's .reset), and the later writers of its
stored copy, applied field by field (masks, caps, fixed values, conditions)."""
from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.c.cexpr import U64
from ingest.extract.idregs.featdeps import dependency_effects
from ingest.extract.idregs.fieldfold import Step, feature_note, settle, truth
from ingest.extract.idregs.read_effects import Effect, read_effects
from ingest.extract.idregs.sysreg_desc import Reg
from ingest.extract.idregs.sysregtable import Desc
from ingest.extract.idregs.tree import FieldState, Tree
from ingest.extract.idregs.vmvars import rewrite


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
        body = tree.body(fn)
        assert body is not None  # _read_functions gives only functions found whole
        reading = read_effects(rewrite(body, tree.vm), reg, tree.env, fn, funcs=tree.body)
        for eff in reading.effects:
            _apply(eff, reg, fields)
    for fn, body, target in _writers(tree, name):
        reading = read_effects(body, reg, tree.env, fn, target=target)
        for eff in reading.effects:
            _apply(eff, reg, fields)
    for eff in dependency_effects(tree.config, tree.tables.text, name, tree.env):
        _apply(eff, reg, fields)
    for fs in fields.values():
        settle(fs, fs.steps)
    return []


def feature_notes(fields: dict[str, FieldState]) -> str:
    """What a vCPU feature does to the whole register unread (v7.x: NV's
    limit_nv_id_reg()), said once on the register rather than on each field."""
    notes = [feature_note(s) for fs in fields.values() for s in fs.steps
             if s.kind == "unknown" and s.whole and truth(s.conds, False) is False]
    return "; ".join(dict.fromkeys(notes))


_WRITE = re.compile(r"([\w\->.]*id_regs\s*\[\s*IDREG_IDX\s*\(\s*SYS_(\w+)\s*\)\s*\])\s*(?:&=|\|=|=)")
_SET_VM = re.compile(r"\bkvm_set_vm_id_reg\s*\(\s*[\w\->]+\s*,\s*SYS_(\w+)\s*,\s*(\w+)\s*\)\s*;")


def _writers(tree: Tree, name: str) -> list[tuple[str, str, str]]:
    """Functions that change a VM's stored copy of the register after its
    reset, as (function, body, the value written): v6.x
    `kvm->arch.id_regs[IDREG_IDX(SYS_X)] &= ~MASK;` in kvm_finalize_sys_regs(),
    v7.x `val = kvm_read_vm_id_reg(kvm, SYS_X) & ~MASK; kvm_set_vm_id_reg(kvm, SYS_X, val);`."""
    found = _writer_index(tuple(tree.writer_bodies())).get(name)
    return [found] if found is not None else []


@lru_cache(maxsize=8)
def _writer_index(writers: tuple[tuple[str, str], ...]) -> dict[str, tuple[str, str, str]]:
    """Register -> its first writer among `writers` (in order), read in one
    pass over the bodies rather than once per register (cached by the
    bodies: most sys_regs.c versions leave them alone)."""
    out: dict[str, tuple[str, str, str]] = {}
    for fn, body in writers:
        direct: dict[str, str] = {}
        for m in _WRITE.finditer(body):
            direct.setdefault(m.group(2), m.group(1))
        for reg, target in direct.items():
            out.setdefault(reg, (fn, body, target))
        for reg in dict.fromkeys(m.group(1) for m in _SET_VM.finditer(body)):
            if reg not in direct and reg not in out:
                out[reg] = (fn, set_vm_rewrite(body, reg), f"__vm_{reg}")
    return out


def set_vm_rewrite(body: str, name: str) -> str:
    """The 7.x read-modify-write of register `name` as updates of one
    variable `__vm_<name>` (the other registers' statements left alone)."""
    read = re.compile(r"\b(\w+)\s*=\s*kvm_read_vm_id_reg\s*\(\s*[\w\->]+\s*,\s*SYS_%s\s*\)\s*"
                      r"(?:([&|])\s*([^;]+))?;" % re.escape(name))
    body = read.sub(lambda m: f"__vm_{name} {m.group(2)}= {m.group(3)};" if m.group(2) else ";", body)
    return _SET_VM.sub(lambda m: ";" if m.group(1) == name else m.group(0), body)


def _apply(eff: Effect, reg: Reg, fields: dict[str, FieldState]) -> None:
    """One effect becomes a step of every field it touches (settled later)."""
    for fs in (fs for fs in fields.values() if fs.f.mask & eff.mask):
        if eff.kind != "unknown" and fs.f.mask & eff.mask != fs.f.mask:
            fs.warnings.append(f"{eff.source}() {eff.kind}s part of this field only")
            continue
        fs.steps.append(_step(eff))


def _step(eff: Effect) -> Step:
    conds = tuple(" ".join(c.split()) for c in eff.conds)
    if eff.kind == "unknown":
        return Step("unknown", conds, shown=eff.value_text, source=eff.source, note=eff.note,
                    whole=eff.mask == U64)
    other = eff.note[len("else capped at "):] if eff.cap_when and eff.note.startswith("else capped at ") else ""
    return Step(eff.kind, conds, eff.value, eff.value_text, eff.source, cap_when=eff.cap_when,
                value_else=int(other) if other.isdigit() else None, shown_else=other)
