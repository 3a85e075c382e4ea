"""Which way a condition of KVM's read side goes, per vCPU configuration.

A condition such as `!(cpus_have_final_cap(ARM64_HAS_RASV1P1_EXTN) && ...)`
mixes three kinds of atoms: choices of the VMM (a vCPU feature such as
`vcpu_has_sve(vcpu)`, a VM property such as `irqchip_in_kernel(kvm)`),
properties of the host, and things this module cannot tell. `truth()` says
whether it holds for the default vCPU (no optional feature) or the
all-features vCPU, on the **common host** (DESIGN.md: GICv3, Spectre/Meltdown
unaffected, no errata workarounds, no optional CPU capabilities), in
three-valued logic (None: cannot tell), so `False && <unknown>` is still False.

`on_common_host(atom)` follows the contract of helper `cpp`'s
kvmconds.on_common_host(cond_text) -> bool | None for single atoms; the
rules below are the ones the ID-register read side meets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.extract.c import kvmconds

# (atom pattern, value on the common host); first match wins.
COMMON_HOST: tuple[tuple[re.Pattern, bool], ...] = tuple((re.compile(p), v) for p, v in (
    (r"^kvm_vgic_global_state\.type\s*==\s*VGIC_V3$", True),
    (r"^kvm_vgic_global_state\.type\s*==\s*VGIC_V2$", False),
    (r"^static_branch_\w+\s*\(\s*&kvm_vgic_global_state\.gicv3_cpuif\s*\)$", True),
    (r"^vgic_host_has_gicv3\s*\(\s*\)$", True),
    (r"^vgic_host_has_gicv\d\s*\(\s*\)$", False),  # GICv5 (or any other model): not the common host
    (r"^arm64_get_\w+_state\s*\(\s*\)\s*==\s*SPECTRE_UNAFFECTED$", True),
    (r"^arm64_get_\w+_state\s*\(\s*\)\s*!=\s*SPECTRE_UNAFFECTED$", False),
    (r"^(cpus_have_final_cap|cpus_have_const_cap|cpus_have_cap|this_cpu_has_cap)\s*\(", False),
    (r"^system_supports_\w+\s*\(\s*\)$", False),
    (r"^system_has_\w+\s*\(\s*\)$", False),
    (r"^has_broken_\w+\s*\(\s*\)$", False),  # an erratum workaround
    (r"^is_protected_kvm_enabled\s*\(\s*\)$", False),
    # A VM's feature as its ID registers say (config.c FEAT_* tuples): the host's
    # on a default VM, and the common host has no optional feature.
    (r"^kvm_has_feat\s*\(\s*[\w>-]+\s*,\s*FEAT_\w+\s*\)$", False),
))

# Host atoms kvmconds.HOST does not know (the 7.x vGIC helpers, errata).
_MORE_HOST = re.compile(r"\b(vgic_host_has_gicv\d|has_broken_\w+|this_cpu_has_cap)\b|"
                        r"\bkvm_has_feat\s*\(\s*[\w>-]+\s*,\s*FEAT_\w+\s*\)")


@lru_cache(maxsize=4096)
def on_common_host(atom: str) -> bool | None:
    """The rules above, else kvmconds.on_common_host() (helper cpp's, which
    agrees wherever both decide)."""
    atom = " ".join(atom.split())
    for pattern, value in COMMON_HOST:
        if pattern.search(atom):
            return value
    return kvmconds.on_common_host(atom)


@lru_cache(maxsize=4096)
def is_host(atom: str) -> bool:
    return bool(kvmconds.HOST.search(atom) or _MORE_HOST.search(atom))


# --- parsing a condition into !, &&, || over atoms ------------------------------

@dataclass(frozen=True)
class Node:
    op: str  # "atom" | "not" | "and" | "or"
    parts: tuple["Node", ...] = ()
    text: str = ""


# Conditions are parsed and evaluated again and again (every field of every
# register, both vCPU configurations, every file version): each function of
# a condition's text alone is cached by that text (memory stays bounded).
@lru_cache(maxsize=4096)
def parse(cond: str) -> Node:
    node, rest = _or(cond.strip())
    if rest.strip():
        return Node("atom", text=" ".join(cond.split()))
    return node


def _or(s: str) -> tuple[Node, str]:
    parts = []
    node, s = _and(s)
    parts.append(node)
    while s.lstrip().startswith("||"):
        node, s = _and(s.lstrip()[2:])
        parts.append(node)
    return (parts[0] if len(parts) == 1 else Node("or", tuple(parts))), s


def _and(s: str) -> tuple[Node, str]:
    parts = []
    node, s = _unary(s)
    parts.append(node)
    while s.lstrip().startswith("&&"):
        node, s = _unary(s.lstrip()[2:])
        parts.append(node)
    return (parts[0] if len(parts) == 1 else Node("and", tuple(parts))), s


def _unary(s: str) -> tuple[Node, str]:
    s = s.lstrip()
    if s.startswith("!") and not s.startswith("!="):
        node, rest = _unary(s[1:])
        return Node("not", (node,)), rest
    if s.startswith("("):
        end = _closing(s, 0)
        if end is not None and re.match(r"\s*(\|\||&&|\)|$)", s[end + 1:]):
            node, rest = _or(s[1:end])
            if not rest.strip():
                return node, s[end + 1:]
    end = _atom_end(s)
    return Node("atom", text=" ".join(s[:end].split())), s[end:]


def _closing(s: str, start: int) -> int | None:
    depth = 0
    for i in range(start, len(s)):
        depth += {"(": 1, ")": -1}.get(s[i], 0)
        if depth == 0:
            return i
    return None


def _atom_end(s: str) -> int:
    """Up to the next top-level &&, || or unmatched ')'."""
    depth = 0
    for i, ch in enumerate(s):
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return i
            depth -= 1
        elif depth == 0 and s.startswith(("&&", "||"), i):
            return i
    return len(s)


# --- evaluating ------------------------------------------------------------------

@lru_cache(maxsize=8192)
def truth(cond: str, features: bool, flip: frozenset[str] = frozenset()) -> bool | None:
    """Does `cond` hold on the common host for a vCPU with every optional
    feature (`features`) or none? Host atoms in `flip` take the other answer
    (a host unlike the common one in that respect)."""
    return _eval(parse(cond), features, flip)


@lru_cache(maxsize=4096)
def depends_on_host(cond: str, features: bool) -> bool:
    """Would a host unlike the common one in one respect, or in all, answer otherwise?"""
    base, hosts = truth(cond, features), host_atoms(cond)
    flips = [frozenset((a,)) for a in hosts] + ([frozenset(hosts)] if len(hosts) > 1 else [])
    return any(truth(cond, features, f) != base for f in flips)


def _eval(node: Node, features: bool, flip: frozenset[str]) -> bool | None:
    if node.op == "atom":
        return atom_truth(node.text, features, flip)
    values = [_eval(p, features, flip) for p in node.parts]
    if node.op == "not":
        return None if values[0] is None else not values[0]
    if node.op == "and":
        return False if False in values else (None if None in values else True)
    return True if True in values else (None if None in values else False)


@lru_cache(maxsize=8192)
def atom_truth(atom: str, features: bool, flip: frozenset[str] = frozenset()) -> bool | None:
    if kvmconds.feature_of(atom):
        return features
    if is_host(atom):
        value = on_common_host(atom)
        return None if value is None else value != (atom in flip)
    return None


def host_atoms(cond: str) -> list[str]:
    return list(_host_atoms(cond))


@lru_cache(maxsize=4096)
def _host_atoms(cond: str) -> tuple[str, ...]:
    return tuple(a for a in atoms(parse(cond)) if not kvmconds.feature_of(a) and is_host(a))


def atoms(node: Node) -> list[str]:
    if node.op == "atom":
        return [node.text]
    return [a for p in node.parts for a in atoms(p)]


def features_in(cond: str) -> list[str]:
    return list(_features_in(cond))


@lru_cache(maxsize=4096)
def _features_in(cond: str) -> tuple[str, ...]:
    return tuple(f for a in atoms(parse(cond)) for f in [kvmconds.feature_of(a)] if f)


# --- conditions made only of optional features -------------------------------------

# Capabilities that are errata or mitigations, not optional features.
_NOT_A_FEATURE = re.compile(r"WORKAROUND|SPECTRE|SSBD|UNMAP_KERNEL|BROKEN|MITIGAT")
_CAP = re.compile(r"^(?:cpus_have_final_cap|cpus_have_const_cap|cpus_have_cap|this_cpu_has_cap)\s*\(\s*(\w+)\s*\)$")
_SUPPORTS = re.compile(r"^system_supports_\w+\s*\(\s*\)$")
_FEAT_TUPLE = re.compile(r"^kvm_has_feat\s*\(\s*[\w>-]+\s*,\s*FEAT_\w+\s*\)$")
# The host's ID field at a named level: SYS_FIELD_GET(REG, F, v) == REG_F_IMP.
_FIELD_LEVEL = re.compile(r"^SYS_FIELD_GET\s*\(\s*(\w+)\s*,\s*(\w+)\s*,\s*\w+\s*\)\s*(?:==|>=)\s*(\w+)$")


def feature_atom(atom: str) -> tuple[bool, bool | None]:
    """(is `atom` a test of an optional CPU feature of the host, its value
    on the common host or None)."""
    atom = " ".join(atom.split())
    m = _CAP.match(atom)
    if m:
        return (False, None) if _NOT_A_FEATURE.search(m.group(1)) else (True, False)
    if _SUPPORTS.match(atom) or _FEAT_TUPLE.match(atom):
        return True, on_common_host(atom)
    m = _FIELD_LEVEL.match(atom)
    if m and m.group(3).startswith(f"{m.group(1)}_{m.group(2)}_") and not m.group(3).endswith("_NI"):
        return True, kvmconds.COMMON_HOST_FEATURES.get((m.group(1), m.group(2)))
    return False, None


@lru_cache(maxsize=1024)
def optional_features_only(cond: str) -> bool:
    """Is `cond` made only of tests of the host's optional features, and do
    the ones the common host lacks (false there) decide it, whatever the
    others say? `!(cpus_have_final_cap(ARM64_HAS_RASV1P1_EXTN) &&
    SYS_FIELD_GET(ID_AA64PFR0_EL1, RAS, pfr0) == ID_AA64PFR0_EL1_RAS_IMP)`:
    yes (the capability is absent); a GIC model, a Spectre state, an erratum
    or a VMM choice: no."""
    node = parse(cond)
    values: dict[str, bool | None] = {}
    for atom in atoms(node):
        is_feature, value = feature_atom(atom)
        if not is_feature:
            return False
        values[atom] = False if value is False else None  # only the absent ones are taken as known
    return False in values.values() and _decided(node, values) is True


def _decided(node: Node, values: dict[str, bool | None]) -> bool | None:
    if node.op == "atom":
        return values.get(node.text)
    got = [_decided(p, values) for p in node.parts]
    if node.op == "not":
        return None if got[0] is None else not got[0]
    if node.op == "and":
        return False if False in got else (None if None in got else True)
    return True if True in got else (None if None in got else False)
