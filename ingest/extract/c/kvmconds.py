"""Conditions in KVM's sys_regs.c, and the visibility callbacks built on them.

A condition is either a choice the VMM makes for its VM (a vCPU feature such
as SVE, PTRAUTH, PMU, NV, a VM capability such as MTE, the vGIC model it
creates, an ID register field it sets), a property of the host (CPU
capabilities, errata state, the host GIC), or not understood. Visibility
callbacks (`.visibility = sve_visibility`) return REG_* flags under such
conditions; `outcomes()` reads them as (conditions, flags) pairs, following
`switch (reg_to_encoding(r))` on the register and calls to other visibility
callbacks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import tree_sitter_c
from tree_sitter import Language, Node, Parser

_C = Language(tree_sitter_c.language())

# VMM choices: predicate -> name used in `vcpu-feature:<NAME>`.
VCPU_FEATURES: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p), n) for p, n in (
    (r"\bvcpu_has_sve\s*\(", "SVE"),
    (r"\bvcpu_has_ptrauth\s*\(", "PTRAUTH"),
    (r"\bkvm_vcpu_has_pmu\s*\(", "PMU"),
    (r"\bkvm_arm_pmu_v3_ready\s*\(", "PMU"),
    (r"\bkvm_has_mte\s*\(", "MTE"),
    (r"\bvcpu_has_nv\s*\(", "NV"),
    (r"\bkvm_has_fpmr\s*\(", "ID_AA64PFR2_EL1/FPMR"),
    (r"\bvcpu_el1_is_32bit\s*\(", "EL1_32BIT"),
    (r"\birqchip_in_kernel\s*\(|vgic_model\b", "VGIC"),
))
_FEATURE_CALL = re.compile(r"\bvcpu_has_feature\s*\([^,]+,\s*KVM_ARM_VCPU_(\w+)")
_HAS_FEAT = re.compile(r"\bkvm_has_feat\w*\s*\([^,]+,\s*(\w+)\s*,\s*(\w+)")
HOST = re.compile(r"\b(cpus_have_final_cap|cpus_have_const_cap|cpus_have_cap|system_supports_\w+|"
                  r"arm64_get_\w+_state|kvm_vgic_global_state|kvm_supports_32bit_el0|has_vhe|"
                  r"is_protected_kvm_enabled|system_has_\w+|static_branch_\w+|cpus_support_\w+|"
                  r"kvm_get_mode|arm64_\w+_cpu_cap\w*)\b")


@dataclass(frozen=True)
class Kind:
    kind: str  # "always" | "vcpu" | "host" | "unknown"
    features: tuple[str, ...] = ()
    text: str = ""


def feature_of(cond: str) -> str | None:
    m = _FEATURE_CALL.search(cond)
    if m:
        return m.group(1)
    m = _HAS_FEAT.search(cond)
    if m:
        return f"{m.group(1)}/{m.group(2)}"
    for pattern, name in VCPU_FEATURES:
        if pattern.search(cond):
            return name
    return None


def classify(conds: tuple[str, ...]) -> Kind:
    """What decides whether a conjunction of conditions holds."""
    if not conds:
        return Kind("always")
    features, host, unknown = [], [], []
    for c in conds:
        f = feature_of(c)
        if f:
            features.append(f)
        elif HOST.search(c):
            host.append(c)
        else:
            unknown.append(c)
    text = " && ".join(conds)
    if unknown:
        return Kind("unknown", text=text)
    if features:
        return Kind("vcpu", tuple(dict.fromkeys(features)), text)
    return Kind("host", text=text)


def negate(cond: str) -> str:
    cond = cond.strip()
    if cond.startswith("!") and _balanced_outer(cond[1:]):
        return cond[1:].strip()
    return "!" + (cond if re.fullmatch(r"[\w.>\-]+(\([^()]*\))?", cond) else f"({cond})")


def _balanced_outer(text: str) -> bool:
    text = text.strip()
    if re.fullmatch(r"[\w.>\-]+(\([^()]*\))?", text):
        return True
    if not (text.startswith("(") and text.endswith(")")):
        return False
    depth = 0
    for i, ch in enumerate(text):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0 and i < len(text) - 1:
            return False
    return True


# --- statements (tree-sitter on one function body) ------------------------------

@lru_cache(maxsize=512)
def _parse_fn(body: str):
    return Parser(_C).parse(("void __f(void)\n" + body).encode())


def parse_body(body: str) -> Node:
    """The compound statement of a function body given as text (parsed once)."""
    tree = _parse_fn(body)
    fn = tree.root_node.children[0] if tree.root_node.children else None
    node = fn.child_by_field_name("body") if fn is not None else None
    return node if node is not None else tree.root_node


def text(node: Node | None) -> str:
    return node.text.decode() if node is not None else ""


def condition(node: Node) -> str:
    c = text(node.child_by_field_name("condition")).strip()
    while c.startswith("(") and c.endswith(")") and _balanced_outer(c):
        c = c[1:-1].strip()
    return c


def statements(node: Node) -> list[Node]:
    if node.type == "compound_statement":
        return [c for c in node.named_children if c.type != "comment"]
    return [node]


# --- visibility callbacks ---------------------------------------------------------

FLAG = re.compile(r"\bREG_\w+\b")


@dataclass(frozen=True)
class Outcome:
    conds: tuple[str, ...]
    flags: frozenset[str]


def outcomes(funcs, fn: str, reg: str | None, depth: int = 0) -> list[Outcome] | None:
    """Every (conditions, REG_* flags) a visibility callback can return for
    register `reg` (SYS_<reg> in switches), or None when not understood.
    `funcs(name)` gives a function's body or None."""
    body = funcs(fn)
    if body is None or depth > 4:
        return None
    out: list[Outcome] = []
    ok = _walk(statements(parse_body(body)), (), out, funcs, reg, depth, {})
    return out if ok else None


def _walk(stmts, conds, out, funcs, reg, depth, locals_) -> bool:
    """Follow statements; False when something is not understood. Returns
    stop early at an unconditional return (recorded in out)."""
    for st in stmts:
        t = st.type
        if t in ("declaration", "expression_statement"):
            m = re.match(r"(?:[\w\s]+\s)?(\w+)\s*=\s*(\w+)\s*\(\s*vcpu\s*,\s*\w+\s*\)\s*;", text(st).strip())
            if m and funcs(m.group(2)) is not None:
                locals_[m.group(1)] = m.group(2)
            continue
        if t == "return_statement":
            return _returned(text(st)[len("return"):].strip().rstrip(";").strip(), conds, out, funcs, reg, depth, locals_)
        if t == "if_statement":
            c = condition(st)
            var = locals_.get(c)
            if var is not None:  # r = other_visibility(); if (r) return r;
                sub = outcomes(funcs, var, reg, depth + 1)
                if sub is None:
                    return False
                hits = [o for o in sub if o.flags]
                out.extend(Outcome(conds + o.conds, o.flags) for o in hits)
                conds = conds + tuple(negate(" && ".join(o.conds)) for o in hits if o.conds)
                if any(not o.conds for o in hits):
                    return True
                continue
            cons = st.child_by_field_name("consequence")
            alt = st.child_by_field_name("alternative")
            if not _walk(statements(cons), conds + (c,), out, funcs, reg, depth, locals_):
                return False
            if alt is not None:
                alt_body = alt.named_children[0] if alt.type == "else_clause" and alt.named_children else alt
                if not _walk(statements(alt_body), conds + (negate(c),), out, funcs, reg, depth, locals_):
                    return False
            if _always_returns(cons):
                conds = conds + (negate(c),)
            continue
        if t == "switch_statement":
            sub = _switch_case(st, reg)
            if sub is None:
                continue  # no case for this register: falls through
            if not _walk(sub, conds, out, funcs, reg, depth, locals_):
                return False
            continue
        if t in ("break_statement", "comment"):
            continue
        return False
    return True


def _returned(expr: str, conds, out, funcs, reg, depth, locals_) -> bool:
    m = re.fullmatch(r"(.+?)\?(.+):(.+)", expr, re.S)
    if m and "?" not in m.group(2):
        c = m.group(1).strip().strip("()").strip() if _balanced_outer(m.group(1)) else m.group(1).strip()
        return (_returned(m.group(2).strip(), conds + (c,), out, funcs, reg, depth, locals_)
                and _returned(m.group(3).strip(), conds + (negate(c),), out, funcs, reg, depth, locals_))
    call = re.fullmatch(r"(\w+)\s*\(\s*vcpu\s*,\s*\w+\s*\)", expr)
    if call and funcs(call.group(1)) is not None:
        sub = outcomes(funcs, call.group(1), reg, depth + 1)
        if sub is None:
            return False
        out.extend(Outcome(conds + o.conds, o.flags) for o in sub)
        return True
    if expr in locals_:
        sub = outcomes(funcs, locals_[expr], reg, depth + 1)
        if sub is None:
            return False
        out.extend(Outcome(conds + o.conds, o.flags) for o in sub)
        return True
    flags = frozenset(FLAG.findall(expr))
    if not flags and expr.strip("() ") not in ("0", "0U"):
        return False
    out.append(Outcome(conds, flags))
    return True


def _always_returns(node: Node | None) -> bool:
    if node is None:
        return False
    stmts = statements(node)
    return bool(stmts) and stmts[-1].type == "return_statement"


def _switch_case(st: Node, reg: str | None) -> list[Node] | None:
    """Statements of the `case SYS_<reg>:` of a switch (with fall-through
    labels), up to the next break; None when the switch has no such case."""
    if reg is None:
        return None
    body = st.child_by_field_name("body")
    cases = [c for c in (body.named_children if body is not None else []) if c.type == "case_statement"]
    collected: list[Node] = []
    active = False
    for case in cases:
        value = text(case.child_by_field_name("value")).strip()
        if value in (f"SYS_{reg}",):
            active = True
        if not active:
            continue
        stmts = [c for c in case.named_children if c != case.child_by_field_name("value")]
        for s in stmts:
            if s.type == "break_statement":
                return collected
            collected.append(s)
            if s.type == "return_statement":
                return collected
    return collected if active else None
