"""Per-VM values a read function ORs into an ID register field.

From v5.10 to v6.3, read_id_reg() built ID_AA64PFR0_EL1.CSV2/CSV3 from
variables of the VM (`val |= FIELD_PREP(MASK, (u64)vcpu->kvm->arch.pfr0_csv2)`),
which arm.c sets when the VM is created, under a host condition:

    static void set_default_spectre(struct kvm *kvm)
    {
            if (arm64_get_spectre_v2_state() == SPECTRE_UNAFFECTED)
                    kvm->arch.pfr0_csv2 = 1;
            ...
    }

The read is rewritten into those assignments (`if (COND) val |= FIELD_PREP(MASK, 1);`),
which the read side classifies like any host-conditioned value. A variable
arm.c does not set at VM creation is left alone (a warning on the field).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Mapping

from ingest.extract.c.csrc import functions, strip_comments

ARM_C = "arch/arm64/kvm/arm.c"
INIT_VM = "kvm_arch_init_vm"

Assignments = Mapping[str, tuple[tuple[str | None, str], ...]]  # variable -> ((condition, value), ...)

_ASSIGN = re.compile(r"(?:\bif\s*\((?P<cond>(?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)\s*)?"
                     r"\bkvm->arch\.(?P<var>\w+)\s*=(?!=)\s*(?P<value>[^;]+);")
_READ = re.compile(r"(?P<lhs>\w+)\s*\|=\s*FIELD_PREP\s*\((?P<mask>.+?),\s*(?:\(\s*u64\s*\)\s*)?"
                   r"vcpu->kvm->arch\.(?P<var>\w+)\s*\)\s*;", re.S)


@lru_cache(maxsize=16)
def vm_defaults(arm_c: str) -> Assignments:
    """What kvm_arch_init_vm() and the functions it calls assign to
    kvm->arch.<variable>, each with the `if` condition it sits under
    (None: unconditional). Only direct `if (COND) x = V;` and `x = V;`."""
    funcs = functions(strip_comments(arm_c))
    init = funcs.get(INIT_VM)
    if init is None:
        return {}
    bodies = [init] + [funcs[name] for name in re.findall(r"\b(\w+)\s*\(\s*kvm\s*\)", init)
                       if name in funcs and name != INIT_VM]
    out: dict[str, list[tuple[str | None, str]]] = {}
    for body in bodies:
        for m in _ASSIGN.finditer(body):
            cond = " ".join(m.group("cond").split()) if m.group("cond") else None
            out.setdefault(m.group("var"), []).append((cond, m.group("value").strip()))
    return {var: tuple(pairs) for var, pairs in out.items()}


def rewrite(body: str, defaults: Assignments) -> str:
    """A read function's body with each per-VM value replaced by the
    assignments that give it its value in a new VM."""
    def one(m: re.Match) -> str:
        pairs = defaults.get(m.group("var"))
        if not pairs:
            return m.group(0)
        lhs, mask = m.group("lhs"), " ".join(m.group("mask").split())
        return " ".join(f"if ({cond}) {lhs} |= FIELD_PREP({mask}, {value});" if cond else
                        f"{lhs} |= FIELD_PREP({mask}, {value});" for cond, value in pairs)
    return _READ.sub(one, body) if "kvm->arch." in body else body
