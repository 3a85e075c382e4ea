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
from functools import lru_cache

from ingest.extract.c.cexpr import Env, split_top
from ingest.extract.c.csrc import finditer_word, inside, search_word, strip_comments

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


# (name, rest) for csrc.finditer_word: r"\barm64_ftr_bits\s+(\w+)...", read fast.
_TABLE = ("arm64_ftr_bits", r"\s+(\w+)\s*\[\s*\]\s*=\s*\{")
_REG = ("ARM64_FTR_REG", r"(?:_OVERRIDE)?\s*\(\s*SYS_(\w+)\s*,\s*(\w+)")
_BY_REF = re.compile(r"\{\s*SYS_(\w+)\s*,\s*&(\w+)\s*\}")
_ENTRY = re.compile(r"\b(__ARM64_FTR_BITS|S_ARM64_FTR_BITS|ARM64_FTR_BITS)\s*\(")


def parse(text: str, env: Env) -> HostTables:
    """Every register's arm64_ftr_bits entries, shifts resolved by `env`."""
    scan = _scan(text)
    tables: dict[str, list[FtrBits]] = {}
    warnings: list[str] = []
    for table, entries in scan.tables:
        if entries is None:
            warnings.append(f"cpufeature.c: table {table} is cut short")
            continue
        tables[table] = _resolve(table, entries, env, warnings)
    regs: dict[str, list[FtrBits]] = {}
    for reg, table in scan.pairs:
        if table in tables:
            regs.setdefault(reg, tables[table])
        else:
            warnings.append(f"cpufeature.c: {reg} uses table {table}, not found")
    return HostTables(regs, warnings)


# --- the text alone ----------------------------------------------------------
# cpufeature.c rarely changes while the macros resolving its shifts (sys_regs.c,
# the headers) do: reading the tables is cached by text, resolving is per call.

@dataclass(frozen=True)
class _Raw:
    """One ARM64_FTR_BITS entry as written (shift and width unresolved)."""

    visible: str
    ftype: str
    shift: str
    width: str
    safe: str
    signed: bool


@dataclass(frozen=True)
class _Scan:
    # (table, its entries in order, each a _Raw or a warning; None: cut short)
    tables: tuple[tuple[str, tuple[_Raw | str, ...] | None], ...]
    pairs: tuple[tuple[str, str], ...]  # (register, table) in file order


@lru_cache(maxsize=8)
def _scan(text: str) -> _Scan:
    clean = strip_comments(text)
    tables = []
    for m in finditer_word(*_TABLE, clean):
        body = inside(clean, m.end() - 1)
        tables.append((m.group(1), None if body is None else _raw_entries(m.group(1), body)))
    pairs = [(m.group(1), m.group(2)) for m in finditer_word(*_REG, clean)]
    for m in _BY_REF.finditer(clean):  # { SYS_CTR_EL0, &arm64_ftr_reg_ctrel0 }
        v = search_word(m.group(2), r"\s*=\s*\{[^}]*?\.ftr_bits\s*=\s*(\w+)", clean)
        if v:
            pairs.append((m.group(1), v.group(1)))
    return _Scan(tuple(tables), tuple(pairs))


@lru_cache(maxsize=128)
def _raw_entries(table: str, body: str) -> tuple[_Raw | str, ...]:
    # Cached by table text too: a new cpufeature.c mostly changes one table.
    out: list[_Raw | str] = []
    for m in _ENTRY.finditer(body):
        inner = inside(body, m.end() - 1)
        if inner is None:
            out.append(f"cpufeature.c: {table}: an entry is cut short")
            continue
        args, kind = split_top(inner), m.group(1)
        signed = kind == "S_ARM64_FTR_BITS"
        if kind == "__ARM64_FTR_BITS":
            signed = args[0].strip() in ("FTR_SIGNED", "true", "1")
            args = args[1:]
        if len(args) != 6:
            out.append(f"cpufeature.c: {table}: entry with {len(args)} arguments")
            continue
        visible, _strict, ftype, shift, width, safe = args
        out.append(_Raw(visible.strip(), ftype.strip(), shift, width, safe.strip(), signed))
    return tuple(out)


def _resolve(table: str, entries: tuple[_Raw | str, ...], env: Env, warnings: list[str]) -> list[FtrBits]:
    out: list[FtrBits] = []
    for e in entries:
        if isinstance(e, str):
            warnings.append(e)
            continue
        lsb, w = env.value(e.shift), env.value(e.width)
        if lsb is None or w is None:
            warnings.append(f"unresolved expression: {e.shift if lsb is None else e.width} (cpufeature.c {table})")
            continue
        out.append(FtrBits(lsb, w, e.ftype, e.visible, e.signed, e.safe))
    return out
