"""One tree as the ID-register extractor reads it: fields and encodings
(sysreg_desc), KVM's tables (sysregtable), the host's arm64_ftr_bits
(ftrbits), read once per call; and the per-field state being built."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping

from ingest.extract.idregs import ftrbits, vmvars, sysregtable
from ingest.extract.c.cexpr import Env
from ingest.extract.idregs.ftrbits import CPUFEATURE, HostTables

CONFIG_C = "arch/arm64/kvm/config.c"
from ingest.extract.idregs.sysreg_desc import Field, Space
from ingest.extract.idregs.sysregtable import SYS_REGS_C, Tables
from ingest.facts import State


@dataclass
class Tree:
    """Everything read once per call: fields, the tables, the host side."""

    space: Space
    tables: Tables
    host: HostTables | None
    writable: bool  # the writable-ID-register era (arm64_check_features)
    safety_overrides: dict[tuple[str, int], str]
    warnings: list[str] = field(default_factory=list)
    _writers: list[tuple[str, str]] | None = None
    loaded: sysregtable.Loaded | None = None
    vm: vmvars.Assignments = field(default_factory=dict)  # per-VM values set at VM creation (arm.c)
    config: str | None = None  # arch/arm64/kvm/config.c (v6.15-): feature dependencies (featdeps)

    @classmethod
    def load(cls, files: Mapping[str, str]) -> "Tree | None":
        if SYS_REGS_C not in files:
            return None
        loaded = sysregtable.load(files)
        space, tables = loaded.space, loaded.tables
        host = ftrbits.parse(files[CPUFEATURE], tables.env) if CPUFEATURE in files else None
        writable = "arm64_check_features" in tables.funcs
        vm = vmvars.vm_defaults(files[vmvars.ARM_C]) if vmvars.ARM_C in files else {}
        tree = cls(space, tables, host, writable, {}, loaded=loaded, vm=vm, config=files.get(CONFIG_C))
        tree.safety_overrides = _safety_overrides(tree)
        tree.warnings.extend(space.warnings)
        if host is None:
            tree.warnings.append("arch/arm64/kernel/cpufeature.c not in this tree: host fields not read")
        else:
            tree.warnings.extend(host.warnings)
        return tree

    @property
    def env(self) -> Env:
        return self.tables.env

    def body(self, fn: str | None) -> str | None:
        return self.tables.body(fn) if fn else None

    def writer_bodies(self) -> list[tuple[str, str]]:
        if self._writers is None:
            self._writers = [(fn, b) for fn, b in self.tables.funcs.items() if "IDREG_IDX(SYS_" in b or "kvm_set_vm_id_reg(" in b]
        return self._writers

    def follow(self, fn: str | None, depth: int = 0) -> str | None:
        """Through wrappers whose body is `return other(vcpu, r);`."""
        body = self.body(fn)
        if body is None or depth > 4:
            return fn if body is not None else None
        m = re.fullmatch(r"\{\s*return\s+(\w+)\s*\(\s*\w+\s*,\s*\w+\s*\)\s*;\s*\}", body.strip())
        if m and self.body(m.group(1)) is not None:
            return self.follow(m.group(1), depth + 1)
        return fn


def _safety_overrides(tree: Tree) -> dict[tuple[str, int], str]:
    """kvm_arm64_ftr_safe_value(): (register, shift) -> FTR_* type KVM uses instead."""
    body = tree.body("kvm_arm64_ftr_safe_value")
    out: dict[tuple[str, int], str] = {}
    if body is None:
        return out
    for case in re.finditer(r"case\s+SYS_(\w+)\s*:(.*?)(?=case\s+SYS_\w+\s*:|\Z)", body, re.S):
        reg, block = case.group(1), case.group(2)
        for m in re.finditer(r"(\w+_SHIFT)\b(.*?)type\s*=\s*(FTR_\w+)", block, re.S):
            shift = tree.env.value(m.group(1))
            if shift is not None:
                out[(reg, shift)] = m.group(3)
    return out


@dataclass
class FieldState:
    f: Field
    default: str = "host"
    settable: tuple[str, ...] = ("none",)
    warnings: list[str] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)
    steps: list = field(default_factory=list)  # fieldfold.Step: the read side's effects, in order

    def state(self, reg: str) -> State:
        # Bit position and width travel with the state (register grids order by them).
        extra = {**self.extra, "lsb": str(self.f.lsb), "width": str(self.f.width)}
        return State(f"idreg/{reg}/{self.f.name}", self.default, self.settable,
                     tuple(dict.fromkeys(self.warnings)), tuple(sorted(extra.items())))
