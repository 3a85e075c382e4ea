"""The implementation registers (MIDR_EL1, REVIDR_EL1, AIDR_EL1) as 7.x
tables them: `IMPLEMENTATION_ID(reg, mask)` with `.reset = reset_imp_id_reg`,
which returns the boot CPU's value (`case SYS_MIDR_EL1: return
boot_cpu_midr_val;`, the variable set from `read_sysreg(midr_el1)`), and
`.set_user = set_imp_id_reg`, which accepts another value within `.val` only
once the VMM has made them writable (KVM_ARCH_FLAG_WRITABLE_IMP_ID_REGS, from
KVM_CAP_ARM_WRITABLE_IMP_ID_REGS). Before v6.15 they sat in
invariant_sys_regs[] (__init__.invariant_states)."""
from __future__ import annotations

import re

from ingest.extract.c.csrc import search_word
from ingest.extract.idregs.sysregtable import Desc
from ingest.extract.idregs.tree import Tree
from ingest.facts import State


def boot_cpu_value(tree: Tree, reset: str | None, name: str) -> bool:
    """Does `reset` return, for `name`, a variable set from read_sysreg(<name>)?"""
    body = tree.body(reset)
    m = re.search(r"case\s+SYS_%s\s*:\s*return\s+(\w+)\s*;" % re.escape(name), body or "")
    if m is None:
        return False
    return search_word(m.group(1), r"\s*=\s*read_sysreg\s*\(\s*%s\s*\)" % name.lower(),
                       tree.tables.text) is not None


def writable_flag(tree: Tree, set_user: str | None) -> str | None:
    """The VM flag that lets set_user write another value within `.val`."""
    body = tree.body(set_user) or ""
    flag = re.search(r"test_bit\s*\(\s*(KVM_ARCH_FLAG_\w+)", body)
    if flag and re.search(r"\(\s*val\s*&\s*\w+->val\s*\)\s*!=\s*val", body):
        return flag.group(1)
    return None


def implementation_state(tree: Tree, d: Desc, name: str) -> State | None:
    """The whole-register state, or None when the entry has another shape."""
    if not boot_cpu_value(tree, d.member("reset"), name):
        return None
    extra = {"policy": "implementation"}
    warn: list[str] = []
    set_user = d.member("set_user")
    flag = writable_flag(tree, set_user)
    if flag:
        extra["writable_with"] = flag  # a VMM opt-in: a default VM may only write the value back
        extra["mask"] = " ".join((d.members.get("val") or "").split())
    elif set_user:
        warn.append(f"userspace writes go through {set_user}(), not understood")
    return State(f"idreg/{name}", "host", ("none",), tuple(warn), tuple(sorted(extra.items())))
