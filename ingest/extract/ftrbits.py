"""The host side: arch/arm64/kernel/cpufeature.c's arm64_ftr_bits tables.

For each ID register the host sanitises (`ARM64_FTR_REG(SYS_X, table)`,
`ARM64_FTR_REG_OVERRIDE(...)`, `struct arm64_ftr_reg r = ARM64_FTR_REG(...)`),
every `ARM64_FTR_BITS(visible, strict, type, shift, width, safe)` entry
(`S_ARM64_FTR_BITS` for signed fields, `__ARM64_FTR_BITS(sign, ...)`):
- a field the host does not describe reads as 0 in the sanitised value, so
  KVM's default for it is `hidden` whatever the hardware has;
- the safety type (FTR_LOWER_SAFE / FTR_HIGHER_SAFE / FTR_HIGHER_OR_ZERO_SAFE /
  FTR_EXACT) is what arm64_check_features() applies to a userspace write of a
  writable field.
Shifts are resolved through the tree's macros to bit positions; the caller
maps positions to fields.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract.cexpr import Env, split_top
from ingest.extract.csrc import inside, strip_comments

CPUFEATURE = "arch/arm64/kernel/cpufeature.c"

POLICY = {
    "FTR_LOWER_SAFE": "lower-safe",
    "FTR_HIGHER_SAFE": "higher-safe",
    "FTR_HIGHER_OR_ZERO_SAFE": "higher-safe",  # 0 is also safe: noted on the state
    "FTR_EXACT": "exact",
}


@dataclass(frozen=True)
class FtrBits:
    lsb: int
    width: int
    type: str  # FTR_LOWER_SAFE, ...
    visible: str  # FTR_VISIBLE / FTR_HIDDEN / an expression (userspace HWCAP view, not KVM's)
    signed: bool
    safe: str  # the safe value, as written


@dataclass
class HostTables:
    regs: dict[str, list[FtrBits]]  # register name -> its entries
    warnings: list[str]

    def of(self, reg: str) -> list[FtrBits] | None:
        return self.regs.get(reg)


_TABLE = re.compile(r"\barm64_ftr_bits\s+(\w+)\s*\[\s*\]\s*=\s*\{")
_REG = re.compile(r"\bARM64_FTR_REG(?:_OVERRIDE)?\s*\(\s*SYS_(\w+)\s*,\s*(\w+)")
_BY_REF = re.compile(r"\{\s*SYS_(\w+)\s*,\s*&(\w+)\s*\}")
_ENTRY = re.compile(r"\b(__ARM64_FTR_BITS|S_ARM64_FTR_BITS|ARM64_FTR_BITS)\s*\(")


def parse(text: str, env: Env) -> HostTables:
    """Every register's arm64_ftr_bits entries, shifts resolved by `env`."""
    clean = strip_comments(text)
    tables: dict[str, list[FtrBits]] = {}
    warnings: list[str] = []
    for m in _TABLE.finditer(clean):
        body = inside(clean, m.end() - 1)
        if body is None:
            warnings.append(f"cpufeature.c: table {m.group(1)} is cut short")
            continue
        tables[m.group(1)] = _entries(m.group(1), body, env, warnings)
    regs: dict[str, list[FtrBits]] = {}
    pairs = [(m.group(1), m.group(2)) for m in _REG.finditer(clean)]
    for m in _BY_REF.finditer(clean):  # { SYS_CTR_EL0, &arm64_ftr_reg_ctrel0 }
        v = re.search(r"\b%s\s*=\s*\{[^}]*?\.ftr_bits\s*=\s*(\w+)" % re.escape(m.group(2)), clean)
        if v:
            pairs.append((m.group(1), v.group(1)))
    for reg, table in pairs:
        if table in tables:
            regs.setdefault(reg, tables[table])
        else:
            warnings.append(f"cpufeature.c: {reg} uses table {table}, not found")
    return HostTables(regs, warnings)


def _entries(table: str, body: str, env: Env, warnings: list[str]) -> list[FtrBits]:
    out: list[FtrBits] = []
    for m in _ENTRY.finditer(body):
        inner = inside(body, m.end() - 1)
        if inner is None:
            warnings.append(f"cpufeature.c: {table}: an entry is cut short")
            continue
        args, kind = split_top(inner), m.group(1)
        signed = kind == "S_ARM64_FTR_BITS"
        if kind == "__ARM64_FTR_BITS":
            signed = args[0].strip() in ("FTR_SIGNED", "true", "1")
            args = args[1:]
        if len(args) != 6:
            warnings.append(f"cpufeature.c: {table}: entry with {len(args)} arguments")
            continue
        visible, _strict, ftype, shift, width, safe = args
        lsb, w = env.value(shift), env.value(width)
        if lsb is None or w is None:
            warnings.append(f"unresolved expression: {shift if lsb is None else width} (cpufeature.c {table})")
            continue
        out.append(FtrBits(lsb, w, ftype.strip(), visible.strip(), signed, safe.strip()))
    return out

