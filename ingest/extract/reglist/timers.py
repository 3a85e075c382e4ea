"""Timer registers in KVM_GET_REG_LIST: the ones arch/arm64/kvm/guest.c adds
beside the system-register table, as `reglist/<REG>` items.

Eras: `copy_timer_indices()` with one put_user() per register (v3.11..v6.x,
three virtual-timer registers), then a `timer_reg_list[]` array (adds the
physical timer), then none: from 6.16 or so kvm_arm_copy_reg_indices() copies
core, SVE, firmware and system registers only, and the timers are entries of
sys_reg_descs[] (TIMER_REG(), `.get_user = arch_timer_get_user`), listed by
the register-list extractor under the same items and indices. That shape
gives no state here, on purpose; a guest.c read in none of these shapes
gives one warned state (`reglist/timer-registers`), never silence. Each register's encoding comes from its uapi define,
`ARM64_SYS_REG(op0, op1, CRn, CRm, op2)`; the item is named for what the
encoding names architecturally (KVM_REG_ARM_TIMER_CVAL and _CNT are
famously swapped in the uapi: the index is what a VMM saves).
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from ingest.extract.c import csrc, lines
from ingest.extract.reglist import kvm_index
from ingest.facts import Extractor, State

GUEST_C = "arch/arm64/kvm/guest.c"
UAPI = "arch/arm64/include/uapi/asm/kvm.h"
PATHS = (GUEST_C, UAPI)

# Architectural names of the generic-timer encodings (op0, op1, CRn, CRm, op2).
NAMES = {
    (3, 3, 14, 0, 1): "CNTPCT_EL0", (3, 3, 14, 0, 2): "CNTVCT_EL0",
    (3, 3, 14, 2, 1): "CNTP_CTL_EL0", (3, 3, 14, 2, 2): "CNTP_CVAL_EL0",
    (3, 3, 14, 3, 1): "CNTV_CTL_EL0", (3, 3, 14, 3, 2): "CNTV_CVAL_EL0",
}
_LIST = re.compile(r"\btimer_reg_list\s*\[\s*\]\s*=\s*\{([^}]*)\}")
_PUT = re.compile(r"put_user\(\s*(KVM_REG_ARM_\w+)\s*,")
_SYSREG = r"#\s*define\s+%s\s+ARM64_SYS_REG\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)"


def extract_timers(files: Mapping[str, str]) -> list[State]:
    guest, uapi = files.get(GUEST_C), files.get(UAPI)
    if guest is None or uapi is None:
        return []
    macros, problem = listed(guest)
    if problem:
        return [State(UNREAD, "unknown", ("unknown",), (problem,))]
    text = csrc.strip_comments(guest)
    return [_state(macro, uapi).with_evidence(_listed_at(text, macro)) for macro in macros]


def _listed_at(text: str, macro: str):
    """guest.c's line handing the register to KVM_GET_REG_LIST: its
    timer_reg_list[] entry or its put_user() in copy_timer_indices()."""
    word = r"\b%s\b" % re.escape(macro)
    return (lines.search("default", GUEST_C, text, r"\btimer_reg_list\s*\[\s*\]\s*=\s*\{[^}]*?(%s)" % word, group=1)
            or lines.search("default", GUEST_C, text, r"put_user\(\s*" + word, function="copy_timer_indices"))


UNREAD = "reglist/timer-registers"


def listed(guest: str) -> tuple[list[str], str | None]:
    """The timer register macros guest.c hands to KVM_GET_REG_LIST, or why
    they could not be read. An empty list without a problem: guest.c lists
    no timer register of its own (the sys_reg_descs[] era)."""
    text = csrc.strip_comments(guest)
    m = _LIST.search(text)
    if m:
        return re.findall(r"KVM_REG_ARM_\w+", m.group(1)), None
    body = csrc.function_body(text, "copy_timer_indices")
    if body is not None:
        found = _PUT.findall(body)
        return (found, None) if found else ([], "copy_timer_indices() lists no KVM_REG_ARM_* register it could read")
    copy = csrc.function_body(text, "kvm_arm_copy_reg_indices")
    if copy is None:
        return [], f"kvm_arm_copy_reg_indices() not found whole in {GUEST_C}: timer registers not read"
    if re.search(r"timer", copy, re.I):
        return [], "kvm_arm_copy_reg_indices() copies timer registers in a way not read"
    return [], None


def _state(macro: str, uapi: str) -> State:
    m = re.search(_SYSREG % re.escape(macro), uapi)
    if m is None:
        return State(f"reglist/{macro}", "unknown", ("unknown",),
                     (f"{macro}: no ARM64_SYS_REG() define in {UAPI}",))
    enc = tuple(int(x) for x in m.groups())
    assert len(enc) == 5  # _SYSREG has five groups
    name = NAMES.get(enc, macro)
    return State(f"reglist/{name}", "present", ("none",), (), (("index", kvm_index(enc)),))


EXTRACTOR = Extractor(name="timers", paths=PATHS, fn=extract_timers)
