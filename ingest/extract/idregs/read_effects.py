"""What KVM's read side does to an ID register's fields before a guest sees it.

The read functions (read_id_reg(), __kvm_read_sanitised_id_reg(), the
per-register read_sanitised_id_*() reset callbacks, and in every era the
`switch (id) { case SYS_X: ... }` or `if (id == SYS_X)` blocks inside them)
start from the host's sanitised value and then:
  val &= ~MASK;                 clear fields               -> Effect("clear")
  val &= MASK;                  keep only these fields     -> clear the others
  val |= FIELD_PREP(MASK, V);   set (also SYS_FIELD_PREP(_ENUM))  -> Effect("set")
  val = cpuid_feature_cap_perfmon_field(val, SHIFT, CAP);          -> Effect("cap")
  val = ID_REG_LIMIT_FIELD_ENUM(val, REG, FIELD, LIMIT);           -> Effect("cap")
each under the conditions of the `if`s around it. Masks are written many
ways (ARM64_FEATURE_MASK(X), X_MASK, (0xfUL << X_SHIFT), GENMASK(..)); all
are evaluated to bits and mapped to fields. What is not understood becomes
an Effect("unknown") on the bits it may touch (all of them when unsure).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from ingest.extract.c.cexpr import U64, Env, call_args
from ingest.extract.c.kvmconds import condition, negate, parse_body, statements, text
from ingest.extract.idregs.sysreg_desc import Reg


@dataclass(frozen=True)
class Effect:
    kind: str  # "clear" | "set" | "cap" | "unknown"
    mask: int
    conds: tuple[str, ...] = ()
    value: int | None = None
    value_text: str = ""
    source: str = ""
    cap_when: str = ""  # for `cond ? A : B` caps: the condition under which A applies
    note: str = ""


@dataclass
class Reading:
    effects: list[Effect] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    funcs: Callable[[str], str | None] | None = None  # bodies of the file's functions, to follow calls
    depth: int = 0


_RAZ_RETURN = re.compile(r"visible_as_raz|\braz\b")


def read_effects(body: str, reg: Reg, env: Env, source: str, target: str | None = None,
                 funcs: Callable[[str], str | None] | None = None, depth: int = 0) -> Reading:
    """Effects of one read function on register `reg` (the `SYS_<reg>` case
    of its switch, or the whole body when it is per-register). `target`
    names the value written instead of the function's result variable (a
    VM's stored copy: `kvm->arch.id_regs[IDREG_IDX(SYS_X)]`).

    Kept per environment (the tree's macros) by the body and the bodies of
    the functions it followed, so a new file version reads again only the
    functions that changed."""
    memo = env.memo.setdefault(_MEMO, {})
    key = (body, reg.name, source, target, depth, funcs is None)
    hit = memo.get(key)
    if hit is not None and hit[0] is reg and all(funcs is not None and funcs(n) == b for n, b in hit[1]):
        return Reading(list(hit[2]), list(hit[3]), funcs, depth)
    followed: dict[str, str | None] = {}

    def recorded(name: str) -> str | None:
        assert funcs is not None
        found = funcs(name)
        followed.setdefault(name, found)
        return found

    r = _read_effects(body, reg, env, source, target, recorded if funcs is not None else None, depth)
    if len(memo) > 4096:  # memory stays bounded
        memo.clear()
    memo[key] = (reg, tuple(followed.items()), tuple(r.effects), tuple(r.unresolved))
    return Reading(r.effects, r.unresolved, funcs, depth)


_MEMO = "read_effects"


def _read_effects(body: str, reg: Reg, env: Env, source: str, target: str | None,
                  funcs: Callable[[str], str | None] | None, depth: int) -> Reading:
    r = Reading(funcs=funcs, depth=depth)
    var = target or _result_var(body)
    _run(statements(parse_body(body)), (), reg, env, var, source, r, selected=False, writer=target is not None)
    return r


@lru_cache(maxsize=1024)
def _result_var(body: str) -> str:
    m = list(re.finditer(r"\breturn\s+(\w+)\s*;", body))
    return m[-1].group(1) if m and m[-1].group(1) != "0" else "val"


def _run(stmts, conds, reg, env, var, source, r: Reading, selected: bool, writer: bool = False) -> bool:
    """False when the path stops (return/break)."""
    for st in stmts:
        t = st.type
        if t == "comment" or t == "break_statement" and not selected:
            continue
        if t == "break_statement":
            return False
        if t == "return_statement":
            expr = text(st)[len("return"):].strip().rstrip(";").strip()
            if expr == var or writer:
                return False
            if conds and _RAZ_RETURN.search(" ".join(conds)):
                return True  # `if (sysreg_visible_as_raz(...)) return 0;` (visibility covers it)
            _unknown(r, reg, conds, source, f"return {expr}")
            return False
        if t == "switch_statement":
            sub = _case(st, reg)
            if sub is not None:
                _run(sub, conds, reg, env, var, source, r, True, writer)
            continue
        if t == "if_statement":
            _if(st, conds, reg, env, var, source, r, selected, writer)
            continue
        if t == "compound_statement":
            if not _run(statements(st), conds, reg, env, var, source, r, selected, writer):
                return False
            continue
        if t in ("expression_statement", "declaration"):
            _statement(text(st).strip().rstrip(";").strip(), conds, reg, env, var, source, r)
            continue
        if _mentions(text(st), var):
            _unknown(r, reg, conds, source, text(st))
    return True


def _if(st, conds, reg, env, var, source, r, selected, writer=False) -> None:
    c = condition(st)
    parts = split_and(c)
    ids = [p for p in parts if re.fullmatch(r"\w+\s*==\s*SYS_\w+", p)]
    rest = tuple(p for p in parts if p not in ids)
    cons = st.child_by_field_name("consequence")
    alt = st.child_by_field_name("alternative")
    alt_body = (alt.named_children[0] if alt is not None and alt.type == "else_clause" and alt.named_children
                else alt)
    if ids:  # if (id == SYS_X [&& cond]) ... else if (id == SYS_Y) ...
        if any(p.split("==")[1].strip() == f"SYS_{reg.name}" for p in ids):
            _run(statements(cons), conds + rest, reg, env, var, source, r, selected, writer)
            if rest and alt_body is not None:  # the else branch also runs for X when rest fails
                otherwise = conds + (negate(" && ".join(rest)),)
                _run(statements(alt_body), otherwise, reg, env, var, source, r, selected, writer)
        elif alt_body is not None:
            _run(statements(alt_body), conds, reg, env, var, source, r, selected, writer)
        return
    _run(statements(cons), conds + (c,), reg, env, var, source, r, selected, writer)
    if alt_body is not None:
        _run(statements(alt_body), conds + (negate(c),), reg, env, var, source, r, selected, writer)


def _case(st, reg: Reg):
    body = st.child_by_field_name("body")
    cases = [c for c in (body.named_children if body is not None else []) if c.type == "case_statement"]
    out: list = []  # tree-sitter nodes
    active = False
    for case in cases:
        value = case.child_by_field_name("value")
        if text(value).strip() == f"SYS_{reg.name}":
            active = True
        if active:
            out.extend(c for c in case.named_children if c != value)
            if any(c.type in ("break_statement", "return_statement") for c in case.named_children):
                return out
    return out if active else None


def split_and(cond: str) -> list[str]:
    out: list[str] = []
    cur: list[str] = []
    depth = i = 0
    while i < len(cond):
        ch = cond[i]
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0 and cond.startswith("&&", i):
            out.append("".join(cur).strip())
            cur, i = [], i + 2
            continue
        cur.append(ch)
        i += 1
    out.append("".join(cur).strip())
    return [p for p in out if p]


# --- one statement ---------------------------------------------------------------

_ASSIGN = re.compile(r"^(?:(?:const\s+)?(?:u64|u32|unsigned\s+long|u8)\s+)?"
                     r"([\w\->.\[\]()]+?)\s*(&=|\|=|=)\s*(.+)$", re.S)


def _statement(st: str, conds, reg, env, var, source, r: Reading) -> None:
    m = _ASSIGN.match(st)
    if not m or re.sub(r"\s+", "", m.group(1)) != re.sub(r"\s+", "", var):
        if _mentions(st, var) and not re.match(r"^(?:u64|u32)\s+\w+\s*;?$", st):
            if not re.match(r"^\w+\s*\(", st):  # a call such as kvm_debug(...) does not change val
                _unknown(r, reg, conds, source, st)
        return
    op, rhs = m.group(2), m.group(3).strip()
    if op == "&=":
        _and(rhs, conds, reg, env, source, r)
    elif op == "|=":
        _or(rhs, conds, reg, env, source, r)
    else:
        _assign(rhs, conds, reg, env, var, source, r)


def _mentions(st: str, var: str) -> bool:
    if re.fullmatch(r"\w+", var):
        return re.search(r"\b%s\b" % re.escape(var), st) is not None
    return re.sub(r"\s+", "", var) in re.sub(r"\s+", "", st)


def _and(rhs: str, conds, reg, env, source, r) -> None:
    inverted = rhs.startswith("~")
    mask = env.value(rhs[1:] if inverted else rhs)
    if mask is None:
        _unresolved(r, reg, conds, source, rhs, env)
        return
    cleared = mask if inverted else (~mask & U64)
    r.effects.append(Effect("clear", cleared, conds, source=source))


def _or(rhs: str, conds, reg, env, source, r) -> None:
    m = re.match(r"(SYS_FIELD_PREP_ENUM|SYS_FIELD_PREP|FIELD_PREP)\s*\(", rhs)
    if m:
        args, _ = call_args(rhs, m.end() - 1)
        if m.group(1) == "FIELD_PREP" and len(args) == 2:
            mask_text, value_text = args
        elif len(args) == 3:
            mask_text = f"{args[0]}_{args[1]}_MASK"
            value_text = f"{args[0]}_{args[1]}_{args[2]}" if m.group(1) == "SYS_FIELD_PREP_ENUM" else args[2]
        else:
            _unknown(r, reg, conds, source, rhs)
            return
        mask = env.value(mask_text)
        if mask is None:
            _unresolved(r, reg, conds, source, mask_text, env)
            return
        value = env.value(value_text)
        if value is None:
            r.unresolved.append(value_text)
        r.effects.append(Effect("set", mask, conds, value, value_text, source))
        return
    bits = env.value(rhs)
    if bits is None:
        _unresolved(r, reg, conds, source, rhs, env)
        return
    for f, _ in _touched(reg, bits):
        r.effects.append(Effect("set", f.mask, conds, (bits & f.mask) >> f.lsb, rhs, source,
                                note="OR-ed into the host value"))


def _assign(rhs: str, conds, reg, env, var, source, r) -> None:
    if re.match(r"(read_sanitised_ftr_reg|__read_sanitised_ftr_reg)\s*\(", rhs) or rhs.startswith("raz ?"):
        return  # the starting point: the host's sanitised value
    m = re.match(r"(\w+)\s*\(", rhs)
    if m and m.group(1) == "cpuid_feature_cap_perfmon_field":
        args, _ = call_args(rhs, m.end() - 1)
        if len(args) == 3 and args[0].strip() == var:
            shift = env.value(args[1])
            if shift is None:
                _unresolved(r, reg, conds, source, args[1], env)
                return
            _cap(0xF << shift, args[2], conds, env, source, r)
            return
    if m and len(rhs) > 0:
        args, _ = call_args(rhs, m.end() - 1)
        if (len(args) == 4 and args[0].strip() == var
                and ("LIMIT" in m.group(1) or "min" in _macro_body(env, m.group(1)))):
            mask = env.value(f"{args[1]}_{args[2]}_MASK")
            if mask is None:
                _unresolved(r, reg, conds, source, f"{args[1]}_{args[2]}_MASK", env)
                return
            _cap(mask, f"{args[1]}_{args[2]}_{args[3]}", conds, env, source, r)
            return
    if m and _follow(m.group(1), rhs, m.end() - 1, conds, reg, env, var, r):
        return
    m2 = re.fullmatch(r"%s\s*&\s*(~?)(.+)" % re.escape(var), rhs, re.S)
    if m2:
        _and(m2.group(1) + m2.group(2), conds, reg, env, source, r)
        return
    _unknown(r, reg, conds, source, f"{var} = {rhs}")


def _follow(fn: str, rhs: str, paren: int, conds, reg, env, var, r: Reading) -> bool:
    """`val = sanitise_id_aa64pfr0_el1(vcpu, val);` (v7.x): the callee's
    effects on its own result variable, under the caller's conditions."""
    body = r.funcs(fn) if r.funcs is not None and r.depth < 4 else None
    if body is None:
        return False
    args, end = call_args(rhs, paren)
    if rhs[end:].strip() or var not in (a.strip() for a in args):
        return False
    sub = read_effects(body, reg, env, fn, funcs=r.funcs, depth=r.depth + 1)
    r.effects.extend(Effect(e.kind, e.mask, tuple(conds) + e.conds, e.value, e.value_text, e.source,
                            e.cap_when, e.note) for e in sub.effects)
    r.unresolved.extend(sub.unresolved)
    return True


def _cap(mask: int, value_text: str, conds, env, source, r) -> None:
    m = re.fullmatch(r"(.+?)\?(.+):(.+)", value_text.strip(), re.S)
    if m:
        when = m.group(1).strip()
        value = env.value(m.group(2))
        other = env.value(m.group(3))
        if value is None:
            r.unresolved.append(m.group(2).strip())
        r.effects.append(Effect("cap", mask, conds, value, m.group(2).strip(), source, cap_when=when,
                                note=f"else capped at {other if other is not None else m.group(3).strip()}"))
        return
    value = env.value(value_text)
    if value is None:
        r.unresolved.append(value_text.strip())
    r.effects.append(Effect("cap", mask, conds, value, value_text.strip(), source))


def _macro_body(env: Env, name: str) -> str:
    d = env.macros.get(name)
    return d.body if d is not None else ""


def _touched(reg: Reg, bits: int):
    return [(f, bits & f.mask) for f in reg.fields.values() if bits & f.mask]


def _unresolved(r: Reading, reg: Reg, conds, source: str, expr: str, env: Env) -> None:
    names = ", ".join(env.unknown) if env.unknown else expr
    r.unresolved.append(" ".join(expr.split()))
    r.effects.append(Effect("unknown", U64, conds, None, " ".join(expr.split()), source,
                            note=f"unresolved expression: {' '.join(expr.split())} (unknown: {names})"))


def _unknown(r: Reading, reg: Reg, conds, source: str, st: str) -> None:
    st = " ".join(st.split())
    r.effects.append(Effect("unknown", U64, conds, None, st, source,
                            note=f"statement not understood in {source}(): {st[:100]}"))

