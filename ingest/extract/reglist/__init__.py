"""Register-list extractor: the system registers KVM_GET_REG_LIST returns.

Items
  reglist/<REG>   default `present`, `vcpu-feature:<NAME>` (a visibility callback
                  hides it unless the VMM enables a vCPU feature / VM choice), or
                  `hidden`; extra: `index` (the KVM register index, hex),
                  `hidden_when` (the callback's condition) and `hidden_from`
                  (`userspace and guest` for REG_HIDDEN, `userspace` for
                  REG_HIDDEN_USER).

As KVM computes it (kvm_arm_copy_sys_reg_indices()): every entry of
invariant_sys_regs[], then every entry of sys_reg_descs[] with storage or a
get_user accessor (`rd->reg || rd->get_user`), minus those the hiding test
of walk_one_sys_reg() (sysreg_hidden(), sysreg_hidden_user(), ... whose flag
is read from arch/arm64/kvm/sys_regs.h) rejects. The index is
KVM_REG_ARM64 | KVM_REG_SIZE_U64 | KVM_REG_ARM64_SYSREG |
op0 << 14 | op1 << 11 | crn << 7 | crm << 3 | op2.
Eras: before v5.2 no visibility callbacks; v5.2-v5.8 REG_HIDDEN_USER /
REG_HIDDEN_GUEST; v5.9- REG_HIDDEN (both) and REG_RAZ (still listed).
Not covered here: core/FP/SVE registers, timer registers (guest.c), the
CCSIDR demux registers, firmware registers (the firmware extractor).
A table item that cannot be read (an unknown macro, a call cut short) gives
one warned state, reglist/unread-table-entries, naming each.
"""
from __future__ import annotations

import re
from typing import Mapping

from ingest.extract.c import csrc, kvmconds
from ingest.extract.idregs import sysregtable
from ingest.extract.idregs import register_name
from ingest.extract.idregs.sysreg_desc import SYSREG, SYSREG_H, Encoding
from ingest.extract.idregs.sysregtable import SYS_REGS_C, SYS_REGS_H, Desc, Tables
from ingest.facts import Extractor, State

PATHS = (SYS_REGS_C, SYS_REGS_H, SYSREG, SYSREG_H)
BASE = 0x6030000000130000
WHO = {"REG_HIDDEN": "userspace and guest", "REG_HIDDEN_USER": "userspace"}


def kvm_index(enc: Encoding) -> str:
    op0, op1, crn, crm, op2 = enc
    return f"0x{BASE | op0 << 14 | op1 << 11 | crn << 7 | crm << 3 | op2:016x}"


def extract_reglist(files: Mapping[str, str]) -> list[State]:
    if SYS_REGS_C not in files:
        return []
    loaded = sysregtable.load(files)
    tables, descs = loaded.tables, loaded.descs
    if descs is None:
        raise ValueError("sys_reg_descs[] not found whole in arch/arm64/kvm/sys_regs.c")
    flags, warn = hiding_flags(tables, files.get(SYS_REGS_H, ""))
    out: dict[str, State] = {}
    for d in loaded.invariant:
        _add(out, entry_state(tables, d, (), warn))
    unread: list[str] = []
    for d in descs:
        if d.stored:
            _add(out, entry_state(tables, d, flags, warn))
        elif d.name is None and d.enc is None and d.warnings:
            unread.extend(d.warnings)
    if unread:  # entries not read are not silently left out of the list
        out[UNREAD] = State(UNREAD, "unknown", ("unknown",), tuple(dict.fromkeys(unread)))
    return list(out.values())


UNREAD = "reglist/unread-table-entries"


def _add(out: dict[str, State], st: State) -> None:
    if st.item in out:  # the same name twice: keep the first, say so
        out[st.item] = out[st.item].with_warning("listed twice in the descriptor tables")
    else:
        out[st.item] = st


def hiding_flags(tables: Tables, header: str) -> tuple[tuple[str, ...], list[str]]:
    """The REG_* flags that keep an entry out of the list (empty before
    visibility callbacks existed)."""
    body = tables.body("walk_one_sys_reg")
    if body is None:
        return (), ["walk_one_sys_reg() not found whole: visibility not applied"]
    m = re.search(r"\b(sysreg_hidden\w*)\s*\(", body)
    if m is None:
        return (), []
    helper = csrc.function_body(csrc.strip_comments(header), m.group(1)) or tables.body(m.group(1))
    found = tuple(sorted(set(kvmconds.FLAG.findall(helper or ""))))
    if not found:
        return (), [f"{m.group(1)}() not found: visibility not applied"]
    return found, []


def entry_state(tables: Tables, d: Desc, flags: tuple[str, ...], warn: list[str]) -> State:
    name = register_name(tables.space, d)
    warnings = list(warn) + list(d.warnings)
    extra = {}
    if d.enc is not None:
        extra["index"] = kvm_index(d.enc)
    else:
        warnings.append("encoding not resolved: index unknown")
    default = "present"
    vis = d.member("visibility")
    if flags and vis:
        default, more, w = _visibility(tables, vis, name, flags)
        extra.update(more)
        warnings += w
    return State(f"reglist/{name}", default, ("none",), tuple(dict.fromkeys(warnings)),
                 tuple(sorted(extra.items())))


class _Funcs:
    """Function bodies and parameter names of sys_regs.c, for kvmconds."""

    def __init__(self, tables: Tables):
        self.tables = tables

    def __call__(self, name: str) -> str | None:
        return self.tables.body(name)

    def params(self, name: str) -> list[str] | None:
        return self.tables.params(name)


def _visibility(tables: Tables, vis: str, name: str, flags: tuple[str, ...]):
    outs = kvmconds.outcomes(_Funcs(tables), vis, name)
    if outs is None:
        return "present", {}, [f"visibility callback {vis}() not understood"]
    hiding = [o for o in outs if set(flags) & o.flags]
    if not hiding:
        return "present", {}, []
    who = ", ".join(sorted({WHO.get(f, f) for o in hiding for f in set(flags) & o.flags}))
    extra = {"hidden_from": who}
    if any(not o.conds for o in hiding):
        return "hidden", extra, []
    kinds = [kvmconds.classify(o.conds) for o in hiding]
    extra["hidden_when"] = " || ".join(_conjunction(o.conds) for o in hiding)
    features = kvmconds.required_features(extra["hidden_when"])
    if features is None:  # not read as a whole: the features each condition names
        features = tuple(f for k in kinds for f in k.features)
    vmm = "vcpu-feature:" + "+".join(dict.fromkeys(features)) if features else "present"
    return _on_common_host(extra, vmm, vis, any(k.kind == "unknown" for k in kinds))


def _conjunction(conds: tuple[str, ...]) -> str:
    """C text of `a && b && ...` (a condition with `||` in parentheses)."""
    return " && ".join(f"({c})" if "||" in c else c for c in conds)


def _on_common_host(extra: dict, vmm: str, vis: str, not_understood: bool):
    """The default on the common host (shared contract, kvmconds.on_common_host):
    `hidden` when the hiding condition holds there whatever the VMM does,
    with `when` (that condition) and `otherwise` (the reading on other hosts)."""
    host, _, unknown = kvmconds.common_host_value(extra["hidden_when"])
    if host is True:
        extra.update(when=extra["hidden_when"], otherwise=vmm)
        return "hidden", extra, []
    if host is False:
        when = kvmconds.unparen(kvmconds.negate(extra["hidden_when"]))
        extra.update(when=when, otherwise=vmm if vmm != "present" else "hidden")
        return "present", extra, []
    if unknown or not_understood:
        return "present", extra, [f"condition not understood: {extra['hidden_when']} (in {vis}())"]
    return vmm, extra, []  # the VMM decides (vCPU features); hidden_when says how


EXTRACTOR = Extractor(name="reglist", paths=PATHS, fn=extract_reglist)
