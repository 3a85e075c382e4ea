"""Timer registers in KVM_GET_REG_LIST: the ones arch/arm64/kvm/guest.c adds
beside the system-register table, as `reglist/<REG>` items.

Eras: `copy_timer_indices()` with one put_user() per register (v3.11..v6.x,
three virtual-timer registers), then a `timer_reg_list[]` array (adds the
physical timer). Each register's encoding comes from its uapi define,
`ARM64_SYS_REG(op0, op1, CRn, CRm, op2)`; the item is named for what the
encoding names architecturally (KVM_REG_ARM_TIMER_CVAL and _CNT are
famously swapped in the uapi: the index is what a VMM saves).
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from ingest.extract.c import csrc
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
    return [_state(macro, uapi) for macro in listed(guest)]


def listed(guest: str) -> list[str]:
    """The timer register macros guest.c hands to KVM_GET_REG_LIST."""
    text = csrc.strip_comments(guest)
    m = _LIST.search(text)
    if m:
        return re.findall(r"KVM_REG_ARM_\w+", m.group(1))
    body = csrc.function_body(text, "copy_timer_indices")
    return _PUT.findall(body) if body else []


def _state(macro: str, uapi: str) -> State:
    m = re.search(_SYSREG % re.escape(macro), uapi)
    if m is None:
        return State(f"reglist/{macro}", "unknown", ("unknown",),
                     (f"{macro}: no ARM64_SYS_REG() define in {UAPI}",))
    enc = tuple(int(x) for x in m.groups())
    name = NAMES.get(enc, macro)
    return State(f"reglist/{name}", "present", ("none",), (), (("index", kvm_index(enc)),))


EXTRACTOR = Extractor(name="timers", paths=PATHS, fn=extract_timers)
