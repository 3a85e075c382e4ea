"""Conditions in KVM's sys_regs.c, and the visibility callbacks built on them.

A condition is either a choice the VMM makes for its VM (a vCPU feature such
as SVE, PTRAUTH, PMU, NV, a VM capability such as MTE, the vGIC model it
creates, an ID register field it sets), a property of the host (CPU
capabilities, errata state, the host GIC), or not understood. Visibility
callbacks (`.visibility = sve_visibility`) return REG_* flags under such
conditions; `outcomes()` reads them as (conditions, flags) pairs, following
`switch (reg_to_encoding(r))` on the register and calls to other visibility
callbacks (also GNU `a ?: b`, a helper handed a callback, and
`other_visibility(vcpu, rd) == 0` inside a condition).

`on_common_host(cond)` (shared contract of issue 11) says whether a condition
holds on the common host (GICv3, Spectre/Meltdown unaffected, no erratum, no
optional CPU feature), trying the VMM's choices both ways; None when it
cannot tell. The kvm_host.h helpers conditions use (kvm_has_s1pie(), ...) are
expanded with cpp, the one macro expander, before anything is read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

import tree_sitter_c
from tree_sitter import Language, Node, Parser

from ingest.extract.c import cpp

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


@lru_cache(maxsize=4096)
def classify(conds: tuple[str, ...]) -> Kind:
    """What decides whether a conjunction of conditions holds."""
    if not conds:
        return Kind("always")
    features, host, unknown = [], [], []
    for c in conds:
        f = feature_of(expand_helpers(c))
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
    if node is None:
        return ""
    assert node.text is not None  # parsed from text, so every node has its text
    return node.text.decode()


def condition(node: Node) -> str:
    c = " ".join(text(node.child_by_field_name("condition")).split())
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
    `funcs(name)` gives a function's body or None.

    Kept by (callback, register, depth) with every body and parameter list
    the reading asked `funcs` for: a new file version reads a callback again
    only when one of those changed."""
    key = (fn, reg, depth, getattr(funcs, "params", None) is not None)  # without params: no helper is read
    kept = _OUTCOMES.get(key, ())
    for asked, found in kept:
        if all(_ask(funcs, what, name) == answer for (what, name), answer in asked):
            return None if found is None else list(found)
    recorder = _Recorder(funcs)
    result = _outcomes(recorder, fn, reg, depth)
    if len(_OUTCOMES) > 4096:  # memory stays bounded
        _OUTCOMES.clear()
    _OUTCOMES[key] = ((tuple(recorder.asked.items()), None if result is None else tuple(result)),) + kept[:3]
    return result


_OUTCOMES: dict[tuple, tuple] = {}


def _ask(funcs, what: str, name: str):
    if what == "body":
        return funcs(name)
    params_of = getattr(funcs, "params", None)
    return params_of(name) if params_of else None


class _Recorder:
    """`funcs` with every question asked of it (body or parameters of a
    name) and its answer kept, the first time."""

    def __init__(self, funcs):
        self.funcs = funcs
        self.asked: dict[tuple[str, str], object] = {}
        if getattr(funcs, "params", None) is not None:
            self.params = self._params

    def __call__(self, name: str):
        found = self.funcs(name)
        self.asked.setdefault(("body", name), found)
        return found

    def _params(self, name: str):
        found = self.funcs.params(name)
        self.asked.setdefault(("params", name), None if found is None else list(found))
        return found


def _outcomes(funcs, fn: str, reg: str | None, depth: int) -> list[Outcome] | None:
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
            returned = text(st)[len("return"):].strip().rstrip(";").strip()
            return _returned(returned, conds, out, funcs, reg, depth, locals_)
        if t == "if_statement":
            c = inline_calls(condition(st), funcs, reg, depth)
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
            case = _switch_case(st, reg)
            if case is None:
                continue  # no case for this register: falls through
            if not _walk(case, conds, out, funcs, reg, depth, locals_):
                return False
            continue
        if t in ("break_statement", "comment"):
            continue
        return False
    return True


def _returned(expr: str, conds, out, funcs, reg, depth, locals_) -> bool:
    m = re.fullmatch(r"(.+?)\?\s*:(.+)", expr, re.S)
    if m:  # GNU `x ?: y`: x when it is not 0, else y
        first: list[Outcome] = []
        if not _returned(m.group(1).strip(), conds, first, funcs, reg, depth, locals_):
            return False
        for o in first:
            if o.flags:
                out.append(o)
            elif not _returned(m.group(2).strip(), o.conds, out, funcs, reg, depth, locals_):
                return False
        return True
    m = re.fullmatch(r"(.+?)\?(.+):(.+)", expr, re.S)
    if m and "?" not in m.group(2):
        c = unparen(m.group(1).strip())
        return (_returned(m.group(2).strip(), conds + (c,), out, funcs, reg, depth, locals_)
                and _returned(m.group(3).strip(), conds + (negate(c),), out, funcs, reg, depth, locals_))
    call = re.fullmatch(r"(\w+)\s*\(\s*vcpu\s*,\s*\w+\s*\)", expr)
    if call and funcs(call.group(1)) is not None:
        sub = outcomes(funcs, call.group(1), reg, depth + 1)
        if sub is None:
            return False
        out.extend(Outcome(conds + o.conds, o.flags) for o in sub)
        return True
    call = re.fullmatch(r"(\w+)\s*\(\s*vcpu\s*,\s*\w+\s*,\s*(\w+)\s*\)", expr)
    if call and funcs(call.group(1)) is not None:  # a helper handed another callback
        sub = _with_callback(funcs, call.group(1), call.group(2), reg, depth)
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


def unparen(c: str) -> str:
    """`(x)` -> `x`, only when the outer parentheses enclose it all."""
    while c.startswith("(") and c.endswith(")") and _balanced_outer(c):
        c = c[1:-1].strip()
    return c


class _Bound:
    """`funcs` seen from inside a helper whose parameter names a callback
    (`__el2_visibility(vcpu, rd, s1pie_visibility)`: `fn` is s1pie_visibility)."""

    def __init__(self, funcs, bind: dict[str, str]):
        self.funcs, self.bind = funcs, bind
        self.params = getattr(funcs, "params", None)

    def __call__(self, name: str):
        return self.funcs(self.bind.get(name, name))


def _with_callback(funcs, helper: str, callback: str, reg, depth) -> list[Outcome] | None:
    params_of = getattr(funcs, "params", None)
    names = params_of(helper) if params_of else None
    if not names or len(names) != 3 or funcs(callback) is None:
        return None
    return outcomes(_Bound(funcs, {names[2]: callback}), helper, reg, depth + 1)


_ZERO_CALL = re.compile(r"\b(\w+)\s*\(\s*vcpu\s*,\s*\w+\s*\)\s*==\s*0\b")


def inline_calls(c: str, funcs, reg, depth) -> str:
    """`el2_visibility(vcpu, rd) == 0` in a condition replaced by when that
    callback returns 0 (`vcpu_has_nv(vcpu)`), so the condition reads as what
    decides it."""
    def repl(m: re.Match) -> str:
        if funcs(m.group(1)) is None:
            return m.group(0)
        sub = outcomes(funcs, m.group(1), reg, depth + 1)
        if sub is None:
            return m.group(0)
        zero = [" && ".join(o.conds) if o.conds else "1" for o in sub if not o.flags]
        if not zero:
            return "0"
        if len(zero) == 1 and "&&" not in zero[0]:
            return zero[0]
        return "(" + " || ".join(f"({z})" if "&&" in z and len(zero) > 1 else z for z in zero) + ")"
    return _ZERO_CALL.sub(repl, c)


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


# --- the common host ----------------------------------------------------------------
#
# Shared contract (issue 11): a state's `default` is its value on the common
# host: GICv3 (not GICv2, not GICv4.1), Spectre/Meltdown unaffected, no errata
# workarounds, no optional CPU capability. Its CPU is taken as an Armv8.2
# server core of the Neoverse-N1 class: FP/AdvSIMD, EL0/EL1 AArch64, VHE, RAS,
# GICv3 system registers; nothing later (no SVE, SME, MTE, FGT, HCX, TCR2,
# S1PIE, S1POE, SCTLR2, FPMR, NV).

# Helpers of arch/arm64/include/asm/kvm_host.h (6.13-7.x; not a watched file),
# as written there, so conditions built on them read as the kvm_has_feat()
# they stand for. Expanded with cpp.expand, the one expander.
KVM_HOST_MACROS = {
    "kvm_has_tcr2": cpp.Define(("k",), "(kvm_has_feat((k), ID_AA64MMFR3_EL1, TCRX, IMP))"),
    "kvm_has_s1pie": cpp.Define(("k",), "(kvm_has_feat((k), ID_AA64MMFR3_EL1, S1PIE, IMP))"),
    "kvm_has_s1poe": cpp.Define(("k",), "(system_supports_poe() && kvm_has_feat((k), ID_AA64MMFR3_EL1, S1POE, IMP))"),
    "kvm_has_sctlr2": cpp.Define(("k",), "(kvm_has_feat((k), ID_AA64MMFR3_EL1, SCTLRX, IMP))"),
    "kvm_has_ras": cpp.Define(("k",), "(kvm_has_feat((k), ID_AA64PFR0_EL1, RAS, IMP))"),
    "kvm_has_fpmr": cpp.Define(("k",), "(system_supports_fpmr() && kvm_has_feat((k), ID_AA64PFR2_EL1, FPMR, IMP))"),
}

# (register, field) -> whether the common host implements it (any level asked).
COMMON_HOST_FEATURES: dict[tuple[str, str], bool] = {
    ("ID_AA64PFR0_EL1", "FP"): True, ("ID_AA64PFR0_EL1", "AdvSIMD"): True, ("ID_AA64PFR0_EL1", "EL0"): True,
    ("ID_AA64PFR0_EL1", "EL1"): True, ("ID_AA64PFR0_EL1", "GIC"): True, ("ID_AA64PFR0_EL1", "RAS"): True,
    ("ID_AA64MMFR1_EL1", "VH"): True,
    ("ID_AA64PFR0_EL1", "SVE"): False, ("ID_AA64PFR1_EL1", "SME"): False, ("ID_AA64PFR1_EL1", "MTE"): False,
    ("ID_AA64PFR1_EL1", "GCS"): False, ("ID_AA64PFR2_EL1", "FPMR"): False, ("ID_AA64MMFR0_EL1", "FGT"): False,
    ("ID_AA64MMFR1_EL1", "HCX"): False, ("ID_AA64MMFR3_EL1", "TCRX"): False, ("ID_AA64MMFR3_EL1", "S1PIE"): False,
    ("ID_AA64MMFR3_EL1", "S1POE"): False, ("ID_AA64MMFR3_EL1", "SCTLRX"): False,
    ("ID_AA64MMFR4_EL1", "NV_frac"): False, ("ID_AA64MMFR2_EL1", "NV"): False,
    ("ID_AA64PFR1_EL1", "THE"): False, ("ID_AA64DFR0_EL1", "BRBE"): False, ("ID_AA64DFR0_EL1", "TraceBuffer"): False,
}
_TRUE_SUPPORTS = frozenset({"system_supports_fpsimd", "system_supports_32bit_el0"})
_HAS_FEAT_ARGS = re.compile(r"\bkvm_has_feat\w*\s*\(\s*[^,]+,\s*(\w+)\s*,\s*(\w+)\s*,")
_CAP = re.compile(r"^(?:cpus_have_final_cap|cpus_have_const_cap|cpus_have_cap|this_cpu_has_cap)\s*\(")
_SUPPORTS = re.compile(r"^(system_supports_\w+)\s*\(\s*\)$")
_GIC = re.compile(r"^kvm_vgic_global_state\s*\.\s*type\s*(==|!=)\s*(VGIC_V\d)$")
_GICV4 = re.compile(r"^kvm_vgic_global_state\s*\.\s*has_gicv4(?:_1)?$")
_MITIGATION = re.compile(r"^(arm64_get_(?:spectre_v2|spectre_v4|spectre_bhb|meltdown)_state)"
                         r"\s*\(\s*\)\s*(==|!=)\s*(\w+)$")


@lru_cache(maxsize=4096)
def expand_helpers(cond: str) -> str:
    """`cond` with the kvm_host.h helpers (kvm_has_s1pie(), ...) expanded."""
    try:
        return cpp.expand(cond, KVM_HOST_MACROS)
    except cpp.CppError:
        return cond


@lru_cache(maxsize=4096)
def on_common_host(cond_text: str) -> bool | None:
    """Whether a C condition holds on the common host (above); None when it
    cannot tell (a leaf it does not know, or one the VMM decides)."""
    value, _, _ = common_host_value(cond_text)
    return value


@lru_cache(maxsize=4096)
def common_host_value(cond_text: str) -> tuple[bool | None, tuple[str, ...], tuple[str, ...]]:
    """(value on the common host or None, the leaves the VMM decides, the
    leaves not understood). A value holds whatever the VMM decides:
    `vcpu_has_nv(v) && !kvm_has_s1pie(k) || !vcpu_has_nv(v)` is True there,
    `!vcpu_has_sve(v)` stays None (the VMM's choice)."""
    vmm: list[str] = []
    unknown: list[str] = []
    toks = _Toks(cpp.tokenize(expand_helpers(cond_text)))
    try:
        tree, pos = _or(toks, 0)
        if pos != len(toks):
            raise ValueError("trailing tokens")
    except (ValueError, IndexError):
        return None, (), (" ".join(cond_text.split()),)
    leaves = {text: _leaf(text, vmm, unknown) for text in _leaves(tree)}
    choices = [t for t in dict.fromkeys(vmm)][:6]  # every VMM choice, both ways
    values = set()
    for bits in range(1 << len(choices)):
        assign = dict(leaves)
        assign.update({c: bool(bits >> i & 1) for i, c in enumerate(choices)})
        values.add(_value(tree, assign))
    value = values.pop() if len(values) == 1 else None
    return value, tuple(dict.fromkeys(vmm)), tuple(dict.fromkeys(unknown))


@lru_cache(maxsize=4096)
def required_features(hidden_when: str) -> tuple[str, ...] | None:
    """The VMM choices (vCPU features, VM capabilities, ID fields: feature_of
    names) a register needs to be visible, i.e. that hold whenever
    `hidden_when` does not, on a host that has every feature; None when it is
    never visible or the condition is not read. `!(vcpu_has_nv(v) &&
    !vcpu_has_feature(v, KVM_ARM_VCPU_HAS_EL2_E2H0))` needs NV only."""
    toks = _Toks(cpp.tokenize(expand_helpers(hidden_when)))
    try:
        tree, pos = _or(toks, 0)
        if pos != len(toks):
            raise ValueError("trailing tokens")
    except (ValueError, IndexError):
        return None
    leaves = list(dict.fromkeys(_leaves(tree)))
    choices = [leaf for leaf in leaves if feature_of(leaf) is not None][:6]
    fixed = {leaf: True for leaf in leaves if leaf not in choices}  # every host feature there
    visible = []
    for bits in range(1 << len(choices)):
        assign = {**fixed, **{c: bool(bits >> i & 1) for i, c in enumerate(choices)}}
        if _value(tree, assign) is False:
            visible.append(assign)
    if not visible:
        return None
    needed = [c for c in choices if all(a[c] for a in visible)]
    return tuple(dict.fromkeys(f for c in needed if (f := feature_of(c)) is not None))  # all are: see choices


# A condition as a tree: ("or"|"and", a, b), ("not", a), ("leaf", text).
def _or(toks, pos):
    tree, pos = _and(toks, pos)
    while pos < len(toks) and toks[pos] == "||":
        right, pos = _and(toks, pos + 1)
        tree = ("or", tree, right)
    return tree, pos


def _and(toks, pos):
    tree, pos = _unary(toks, pos)
    while pos < len(toks) and toks[pos] == "&&":
        right, pos = _unary(toks, pos + 1)
        tree = ("and", tree, right)
    return tree, pos


def _unary(toks, pos):
    if toks[pos] == "!":
        tree, pos = _unary(toks, pos + 1)
        return ("not", tree), pos
    if toks[pos] == "(":
        end = _matching(toks, pos)
        if end + 1 == len(toks) or toks[end + 1] in ("&&", "||", ")"):
            tree, inner = _or(toks, pos + 1)
            if inner != end:
                raise ValueError("unbalanced")
            return tree, end + 1
    end, depth = pos, 0  # a leaf: up to && / || / an unmatched ')'
    while end < len(toks) and not (depth == 0 and toks[end] in ("&&", "||", ")")):
        depth += {"(": 1, ")": -1}.get(toks[end], 0)
        end += 1
    if end == pos:
        raise ValueError("empty operand")
    return ("leaf", _join(toks[pos:end])), end


def _leaves(tree) -> list[str]:
    if tree[0] == "leaf":
        return [tree[1]]
    return [leaf for sub in tree[1:] for leaf in _leaves(sub)]


def _value(tree, assign: Mapping[str, bool | None]) -> bool | None:
    """Kleene logic: None (not known) unless the known parts decide."""
    kind = tree[0]
    if kind == "leaf":
        return assign.get(tree[1])
    if kind == "not":
        v = _value(tree[1], assign)
        return None if v is None else not v
    a, b = _value(tree[1], assign), _value(tree[2], assign)
    if kind == "and":
        return False if False in (a, b) else (None if None in (a, b) else True)
    return True if True in (a, b) else (None if None in (a, b) else False)


def _matching(toks, pos) -> int:
    depth = 0
    for i in range(pos, len(toks)):
        depth += {"(": 1, ")": -1}.get(toks[i], 0)
        if depth == 0:
            return i
    raise ValueError("unbalanced")


class _Toks(list):
    """Tokens compared by spelling (toks[i] == "&&"), rendered as C text."""

    def __getitem__(self, i):
        got = list.__getitem__(self, i)
        return got.text if isinstance(i, int) else got


def _join(tokens) -> str:
    return cpp.render(tokens)


def _leaf(text: str, vmm: list, unknown: list) -> bool | None:
    m = _HAS_FEAT_ARGS.search(text)
    if m and text.startswith("kvm_has_feat"):
        known = COMMON_HOST_FEATURES.get((m.group(1), m.group(2)))
        if known is None:
            unknown.append(text)
        return known
    if _CAP.match(text):
        return False  # no optional capability, no erratum
    m = _SUPPORTS.match(text)
    if m:
        return m.group(1) in _TRUE_SUPPORTS
    m = _GIC.match(text)
    if m:
        return (m.group(2) == "VGIC_V3") == (m.group(1) == "==")
    if _GICV4.match(text):
        return False  # GICv3, not v4/v4.1
    m = _MITIGATION.match(text)
    if m:  # Spectre/Meltdown unaffected
        return (m.group(3) == "SPECTRE_UNAFFECTED") == (m.group(2) == "==")
    if re.fullmatch(r"\d+[uUlL]*", text):
        return int(re.sub(r"[uUlL]", "", text)) != 0
    if feature_of(text) is not None:
        vmm.append(text)
        return None
    unknown.append(text)
    return None
