"""The filtering set functions of writable ID registers (v6.7-):
`ID_FILTERED(sysreg, name, mask)` makes `.set_user = set_<name>`, a wrapper
that checks or rewrites the userspace value before set_id_reg():

    u8 pmuver = SYS_FIELD_GET(ID_AA64DFR0_EL1, PMUVer, val);      a field's value
    if (pmuver == ID_AA64DFR0_EL1_PMUVer_IMP_DEF)                 a rewrite:
            val &= ~ID_AA64DFR0_EL1_PMUVer_MASK;                      accepted, stored as 0
    if (debugver < ID_AA64DFR0_EL1_DebugVer_IMP) return -EINVAL;  a check: narrows
    if ((hw_val & mask) == (user_val & mask))                     the host's value
            user_val &= ~mask;                                        accepted and ignored
    switch (user_L1Ip) { case A: return -EINVAL; case B: return set_id_reg(...); }
    if (!vcpu_has_nv(vcpu)) return set_id_reg(vcpu, rd, val);     the rest: NV only
    return set_id_reg(vcpu, rd, val);

Each understood statement becomes extra text on the fields it names
(`set_check`, `set_rewrite`); a non-writable field whose host value is
accepted and ignored gets settable `hidden` or `host`. A statement not
understood warns on the fields it names (every field when it names none).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.extract.c.kvmconds import condition, parse_body, statements, text
from ingest.extract.idregs import hostconds
from ingest.extract.idregs.tree import FieldState, Tree

_GET = re.compile(r"\b(?:SYS_FIELD_\w+\s*\(\s*(\w+)\s*,\s*(\w+)\s*,|FIELD_GET\s*\(\s*(\w+?)(?:_MASK)?\s*,)")
_BIND = re.compile(r"^(?:const\s+)?(?:u8|u16|u32|u64|int|unsigned\s+int)\s+(\w+)\s*=\s*(.+)$", re.S)
_SET_ID_REG = re.compile(r"^return\s+set_id_reg\s*\(\s*\w+\s*,\s*\w+\s*,\s*(\w+)\s*\)\s*;$")
_ERROR = re.compile(r"^return\s+-E\w+\s*;$")


@dataclass
class Filter:
    reg: str
    fields: dict[str, FieldState]
    fn: str
    names: dict[str, list[str]] = field(default_factory=dict)  # local variable -> fields it stands for
    prefix: str = ""  # "with NV: " once an early return leaves the rest to one feature


def read_filter(tree: Tree, fn: str, name: str, fields: dict[str, FieldState]) -> bool:
    """Apply set function `fn` to the fields; False when its body is missing
    or does not end in set_id_reg()."""
    body = tree.body(fn)
    if body is None or not re.search(r"\bset_id_reg\s*\(", body):
        return False
    f = Filter(name, fields, fn)
    for st in statements(parse_body(body)):
        _statement(f, st)
    return True


def _statement(f: Filter, st) -> None:
    t, src = st.type, " ".join(text(st).split())
    if t == "comment" or _SET_ID_REG.match(src):
        return
    if t in ("declaration", "expression_statement"):
        _bind(f, src)
        return
    if t == "if_statement":
        _if(f, st)
        return
    if t == "switch_statement":
        _switch(f, st)
        return
    _unknown(f, src)


def _bind(f: Filter, src: str) -> None:
    m = _BIND.match(src.rstrip(";").strip())
    if m is None:
        if re.match(r"^\w+\s*=\s*0\s*;$", src):
            return  # resetting a local copy (perfmon = 0)
        _unknown(f, src)
        return
    var, value = m.group(1), m.group(2)
    named = named_fields(f, value)
    if named:
        f.names[var] = named
    elif not re.match(r"(read_sanitised_ftr_reg|kvm_read_sanitised_id_reg)\s*\(", value):
        _unknown(f, src)


def named_fields(f: Filter, src: str) -> list[str]:
    """Fields of the register a piece of code names: SYS_FIELD_GET(REG, F, x),
    FIELD_GET(REG_F(_MASK), x), REG_F_MASK, REG_F, or a local bound to them."""
    out: list[str] = []
    for m in _GET.finditer(src):
        if m.group(1) == f.reg:
            out.append(m.group(2))
        elif m.group(3) and m.group(3).startswith(f.reg + "_"):
            out.append(m.group(3)[len(f.reg) + 1:])
    for m in re.finditer(r"\b%s_(\w+?)(?:_MASK)?\b" % re.escape(f.reg), src):
        out.append(m.group(1))
    for var, names in f.names.items():
        if re.search(r"\b%s\b" % re.escape(var), src):
            out.extend(names)
    known = {fs.f.name: fs.f.name for fs in f.fields.values()}
    known.update({fs.f.spelled: fs.f.name for fs in f.fields.values() if fs.f.spelled})
    out.extend(w for w in re.findall(r"(?<![\w.>])(\w+)\b", src) if w in known)  # macro(TGRAN4_2, ...)
    return list(dict.fromkeys(known[n] for n in out if n in known))


def _if(f: Filter, st) -> None:
    cond = " ".join(condition(st).split())
    cons = [" ".join(text(s).split()) for s in statements(st.child_by_field_name("consequence"))]
    if st.child_by_field_name("alternative") is not None:
        _unknown(f, f"if ({cond}) ... else ...")
        return
    if len(cons) == 1 and _SET_ID_REG.match(cons[0]):
        feats = hostconds.features_in(cond)
        if cond.startswith("!") and feats and not named_fields(f, cond):
            f.prefix = f"with {'+'.join(feats)}: "  # if (!vcpu_has_nv(vcpu)) return set_id_reg(...);
            return
    if len(cons) == 1 and _ERROR.match(cons[0]):
        _note(f, named_fields(f, cond), "set_check", f"{cond} -> {cons[0][len('return '):-1]}", cond)
        return
    if all(re.match(r"^\w+\s*(?:&=|\|=|=)", c) for c in cons):
        _rewrite(f, cond, cons)
        return
    _unknown(f, f"if ({cond}) {' '.join(cons)}")


def _rewrite(f: Filter, cond: str, cons: list[str]) -> None:
    """`if (COND) val &= ~MASK; ...`: a value userspace may write that KVM
    stores otherwise. `(hw & m) == (user & m)` accepts the host's value."""
    touched = named_fields(f, " ".join(cons))
    host_ignored = re.fullmatch(r"\(\s*(\w+)\s*&\s*(\w+)\s*\)\s*==\s*\(\s*(\w+)\s*&\s*\2\s*\)", cond)
    if host_ignored and all(re.match(r"^\w+\s*&=\s*~", c) for c in cons):
        for fs in _states(f, touched):
            if fs.settable == ("none",):
                fs.settable = tuple(dict.fromkeys((fs.default, "host")))
            fs.extra["set_rewrite"] = f"{f.prefix}the host's value is accepted and stored as {fs.default} ({f.fn}())"
        return
    _note(f, touched, "set_rewrite", f"{cond}: {' '.join(cons)}", cond + " " + " ".join(cons))


def _switch(f: Filter, st) -> None:
    """`switch (x) { case A: return -EINVAL; case B: return set_id_reg(...); }`."""
    on = " ".join(condition(st).split())
    named = named_fields(f, on)
    body = st.child_by_field_name("body")
    allowed, labels = [], []
    for case in (c for c in (body.named_children if body is not None else []) if c.type == "case_statement"):
        value = case.child_by_field_name("value")
        labels.append(text(value).strip() if value is not None else "default")
        rest = [" ".join(text(c).split()) for c in case.named_children if c != value and c.type != "comment"]
        if not rest:
            continue
        if len(rest) == 1 and _SET_ID_REG.match(rest[0]):
            allowed.extend(labels)
        elif not (len(rest) == 1 and _ERROR.match(rest[0])):
            _unknown(f, f"switch ({on}) case {labels[-1]}: {' '.join(rest)}")
            return
        labels = []
    if not named:
        _unknown(f, f"switch ({on})")
        return
    _note(f, named, "set_check", f"{on} must be one of {', '.join(allowed)}", on)


def _note(f: Filter, named: list[str], key: str, what: str, src: str) -> None:
    if not named:
        _unknown(f, src)
        return
    for fs in _states(f, named):
        old = fs.extra.get(key)
        line = f"{f.prefix}{what} ({f.fn}())"
        fs.extra[key] = f"{old}; {line}" if old else line


def _states(f: Filter, named: list[str]) -> list[FieldState]:
    return [fs for fs in f.fields.values() if fs.f.name in named]


def _unknown(f: Filter, src: str) -> None:
    named = named_fields(f, src)
    for fs in (_states(f, named) if named else f.fields.values()):
        fs.warnings.append(f"{f.fn}(): statement not understood: {src[:100]}")
