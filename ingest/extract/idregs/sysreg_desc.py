"""System-register fields and encodings, from either spelling the kernel used.

Two sources, one result (`Space`: register -> encoding and fields):
  arch/arm64/tools/sysreg          the generated description (v5.19+: a few
                                   registers; v6.2+: nearly every ID register).
                                   `Sysreg NAME op0 op1 crn crm op2`, then
                                   `Field`/`UnsignedEnum`/`SignedEnum`/`Enum msb:lsb NAME`,
                                   `Res0`/`Res1`/`Raz`/`Unkn`, `Fields BLOCK`.
  arch/arm64/include/asm/sysreg.h  `#define SYS_X sys_reg(...)` encodings and,
                                   before the generated description, per-field
                                   `<REG>_<FIELD>_SHIFT` macros (`ID_AA64PFR0_CSV2_SHIFT`,
                                   `ID_DFR0_PERFMON_SHIFT`, `MVFR0_FPROUND_SHIFT`).
A register the description defines takes its fields from there only; the
macros serve the others; a register neither names a field of takes the
architecture's layout (names.CANONICAL: names and positions). Macro spellings are mapped to the description's
names (names.CANONICAL, compared without case or underscores, plus
the known renames), so `ID_DFR0_PERFMON_SHIFT` and `ID_DFR0_EL1.PerfMon` are one
slug. Fields defined by macros are 4 bits wide (the ID scheme's width) unless
a `_WIDTH` or `_MASK` macro says otherwise.

Also builds the names the generated header would have defined
(`ID_AA64PFR0_EL1_CSV2_MASK`, `..._SHIFT`, `..._CSV2` (the mask), `..._CSV2_IMP`,
`ID_AA64PFR0_EL1_RES0`, `SYS_ID_AA64PFR0_EL1`), so expressions written
against them can be evaluated.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.extract.c.cexpr import Env
from ingest.extract.c.csrc import Define, defines
from ingest.extract.idregs import names

SYSREG = "arch/arm64/tools/sysreg"
SYSREG_H = "arch/arm64/include/asm/sysreg.h"

Encoding = tuple[int, int, int, int, int]


@dataclass(frozen=True)
class Field:
    name: str  # canonical spelling (the generated description's)
    lsb: int
    width: int
    signed: bool = False
    enums: tuple[tuple[str, int], ...] = ()
    source: str = "sysreg"  # "sysreg" | "sysreg.h"
    spelled: str = ""  # as the source spells it, when different

    @property
    def mask(self) -> int:
        return ((1 << self.width) - 1) << self.lsb


@dataclass
class Reg:
    name: str
    enc: Encoding | None = None
    fields: dict[str, Field] = field(default_factory=dict)
    res0: int = 0
    res1: int = 0
    warnings: list[str] = field(default_factory=list)

    def field_at(self, lsb: int) -> Field | None:
        for f in self.fields.values():
            if f.lsb == lsb:
                return f
        return None

    def fields_in(self, mask: int) -> tuple[list[Field], int]:
        """Fields wholly inside `mask`, and the bits of `mask` that are not
        whole fields (partial fields, RES0, undescribed bits)."""
        whole = [f for f in self.fields.values() if f.mask & mask == f.mask]
        rest = mask
        for f in whole:
            rest &= ~f.mask
        return whole, rest


def pack(enc: Encoding) -> int:
    op0, op1, crn, crm, op2 = enc
    return (op0 << 19) | (op1 << 16) | (crn << 12) | (crm << 8) | (op2 << 5)


def unpack(value: int) -> Encoding:
    return ((value >> 19) & 3, (value >> 16) & 7, (value >> 12) & 0xF, (value >> 8) & 0xF, (value >> 5) & 7)


# --- arch/arm64/tools/sysreg -------------------------------------------------

_LITERAL_SYSREG = re.compile(r"\s*sys_(?:reg|insn)\s*\("
                             r"\s*(\w+)\s*,\s*(\w+)\s*,\s*(\w+)\s*,\s*(\w+)\s*,\s*(\w+)\s*\)\s*")
_BITS = re.compile(r"^(\d+)(?::(\d+))?$")


def parse_sysreg(text: str) -> tuple[dict[str, Reg], list[str]]:
    """Registers of the generated description, and what could not be read."""
    regs: dict[str, Reg] = {}
    blocks: dict[str, Reg] = {}
    problems: list[str] = []
    cur: Reg | None = None
    enum: tuple[str, int, int, bool, list] | None = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        words = line.split()
        kw = words[0]
        if enum is not None:
            if kw == "EndEnum":
                name, lsb, width, signed, values = enum
                if cur is not None:
                    cur.fields[name] = Field(name, lsb, width, signed, tuple(values))
                enum = None
            elif len(words) >= 2:
                try:
                    enum[4].append((words[1], int(words[0], 0)))
                except ValueError:
                    problems.append(f"sysreg line {n}: unreadable enum value {line!r}")
            continue
        if kw in ("Sysreg", "SysregFields"):
            cur = Reg(words[1] if len(words) > 1 else f"?{n}")
            if kw == "Sysreg":
                try:
                    enc = tuple(int(w, 0) for w in words[2:7])
                    if len(enc) != 5:
                        raise ValueError
                    cur.enc = enc
                except ValueError:
                    cur.enc = None
                    problems.append(f"sysreg line {n}: unreadable encoding {line!r}")
                regs[cur.name] = cur
            else:
                blocks[cur.name] = cur
        elif kw in ("EndSysreg", "EndSysregFields"):
            cur = None
        elif cur is None:
            continue
        elif kw in ("Field", "UnsignedEnum", "SignedEnum", "Enum") and len(words) >= 3:
            bits = _bit_range(words[1])
            if bits is None:
                problems.append(f"sysreg line {n}: unreadable bits {line!r}")
                continue
            lsb, width = bits
            if kw == "Field":
                cur.fields[words[2]] = Field(words[2], lsb, width)
            else:
                enum = (words[2], lsb, width, kw == "SignedEnum", [])
        elif kw in ("Res0", "Res1", "Raz", "Unkn") and len(words) >= 2:
            bits = _bit_range(words[1])
            if bits is not None and kw in ("Res0", "Raz"):
                cur.res0 |= ((1 << bits[1]) - 1) << bits[0]
            elif bits is not None and kw == "Res1":
                cur.res1 |= ((1 << bits[1]) - 1) << bits[0]
        elif kw == "Fields" and len(words) >= 2:
            block = blocks.get(words[1])
            if block is None:
                problems.append(f"sysreg line {n}: Fields {words[1]} before its SysregFields block")
            else:
                cur.fields.update(block.fields)
                cur.res0 |= block.res0
                cur.res1 |= block.res1
        elif kw == "Mapping":
            continue
        else:
            problems.append(f"sysreg line {n}: unknown line {line!r}")
    if cur is not None or enum is not None:
        problems.append("sysreg: file ends inside a block (truncated?)")
    return regs, problems


def _bit_range(text: str) -> tuple[int, int] | None:
    m = _BITS.match(text)
    if not m:
        return None
    msb = int(m.group(1))
    lsb = int(m.group(2)) if m.group(2) is not None else msb
    return (lsb, msb - lsb + 1) if msb >= lsb else None


def generated_values(regs: dict[str, Reg]) -> dict[str, int]:
    """The names gen-sysreg would define, with their values."""
    out: dict[str, int] = {}
    for r in regs.values():
        if r.enc is not None:
            out[f"SYS_{r.name}"] = pack(r.enc)
        out[f"{r.name}_RES0"] = r.res0
        out[f"{r.name}_RES1"] = r.res1
        out[f"{r.name}_UNKN"] = 0
        for f in r.fields.values():
            p = f"{r.name}_{f.spelled or f.name}"
            out[p] = out[p + "_MASK"] = f.mask
            out[p + "_SHIFT"] = f.lsb
            out[p + "_WIDTH"] = f.width
            for ename, value in f.enums:
                out[f"{p}_{ename}"] = value
    return out


# --- *_SHIFT macros of sysreg.h ----------------------------------------------

def macro_prefixes(reg: str) -> tuple[str, ...]:
    """How sysreg.h spelled a register in field macros, newest first."""
    short = re.sub(r"_EL[0-3]$", "", reg)
    return (reg + "_", short + "_") if short != reg else (reg + "_",)


def macro_fields(reg: str, env: Env, names: list[str]) -> Reg:
    """Fields of `reg` from `<prefix>_<FIELD>_SHIFT` macros (`names` is every
    macro name of the tree, to find them without scanning per register)."""
    out = Reg(reg)
    taken: dict[int, str] = {}
    for prefix in macro_prefixes(reg):
        for name in names:
            if not (name.startswith(prefix) and name.endswith("_SHIFT")):
                continue
            spelled = name[len(prefix):-len("_SHIFT")]
            if not spelled or (prefix != reg + "_" and spelled.startswith("EL1_")):
                continue
            lsb = env.value(name)
            if lsb is None or not 0 <= lsb < 64:
                out.warnings.append(f"unresolved expression: {name}")
                continue
            literal = re.fullmatch(r"\s*\(?\s*\d+\s*\)?\s*", env.macros[name].body) is not None
            if lsb in taken and (not literal or taken[lsb] == spelled):
                continue  # an alias (ID_AA64MMFR0_TGRAN_SHIFT -> TGRAN4_SHIFT)
            canon, note = canonical_field(reg, spelled)
            if note:
                out.warnings.append(note)
            width = _macro_width(env, prefix + spelled, lsb)
            out.fields[canon] = Field(canon, lsb, width, source="sysreg.h",
                                      spelled=spelled if spelled != canon else "")
            taken[lsb] = spelled
        if out.fields:
            break  # the newest spelling found wins
    return out


def _macro_width(env: Env, stem: str, lsb: int) -> int:
    if stem + "_WIDTH" in env.macros:
        w = env.value(stem + "_WIDTH")
        if w:
            return w
    if stem + "_MASK" in env.macros:
        m = env.value(stem + "_MASK")
        if m:
            return bin(m >> lsb).count("1") or 4
    return 4


def architecture_fields(reg: str) -> Reg:
    """The architecture's layout, for a register the tree names no field of
    (its host side may still describe them: ftr_generic_32bits)."""
    out = Reg(reg)
    for name, lsb, width in names.CANONICAL.get(reg, ()):
        out.fields[name] = Field(name, lsb, width, source="architecture")
    return out


def canonical_field(reg: str, spelled: str) -> tuple[str, str]:
    """The description's spelling of a macro-spelled field, and a note when
    the name table does not know it."""
    renamed = names.RENAMES.get((reg, spelled.upper()))
    if renamed:
        return renamed, ""
    key = _norm(spelled)
    for name, _, _ in names.CANONICAL.get(reg, ()):
        if _norm(name) == key:
            return name, ""
    return spelled, (f"field name {reg}.{spelled} (from sysreg.h) is not in the name table: "
                     "its slug may differ from the generated description's")


def _norm(name: str) -> str:
    return name.replace("_", "").upper()


# --- one tree ------------------------------------------------------------------

@dataclass
class Space:
    """Every register the tree describes, and an expression environment with
    the tree's macros and the generated names."""

    regs: dict[str, Reg]
    env: Env
    macro_names: list[str]
    warnings: list[str]
    _literal: dict[str, Encoding] | None = None
    _by_enc: tuple[int, dict[Encoding, str]] | None = None  # name_of's index, and len(regs) when made

    @classmethod
    def load(cls, files: dict[str, str], extra_macros: dict[str, Define] | None = None) -> "Space":
        regs, problems = parse_sysreg(files[SYSREG]) if SYSREG in files else ({}, [])
        macros: dict[str, Define] = {}
        if SYSREG_H in files:
            macros.update(defines(files[SYSREG_H]))
        macros.update(extra_macros or {})
        env = Env(macros, generated_values(regs))
        return cls(regs, env, sorted(macros), problems)

    def reg(self, name: str) -> Reg:
        """A register's fields: the description's, else sysreg.h macros'."""
        if name in self.regs and self.regs[name].fields:
            return self.regs[name]
        cached = self.regs.get("\0" + name)
        if cached is None:
            cached = macro_fields(name, self.env, self.macro_names)
            if not cached.fields:
                cached = architecture_fields(name)
            if name in self.regs:
                cached.enc = self.regs[name].enc
            self.regs["\0" + name] = cached
        return cached

    def encoding(self, sys_name: str) -> Encoding | None:
        """Encoding of `SYS_X` (or any expression giving a sys_reg() value)."""
        name = sys_name.strip()
        if name in self.env.values:
            return unpack(self.env.values[name])
        if self._literal is None:
            self._literal = {}
            for k, d in self.env.macros.items():
                m = _LITERAL_SYSREG.fullmatch(d.body) if d.params is None else None
                if m:
                    try:
                        self._literal[k] = tuple(int(x, 0) for x in m.groups())  # type: ignore[assignment]
                    except ValueError:
                        pass
        if name in self._literal:
            return self._literal[name]
        value = self.env.value(name)
        return unpack(value) if value is not None else None

    def name_of(self, enc: Encoding) -> str | None:
        # The first register holding the encoding, in self.regs' order: indexed
        # once per size of self.regs (reg() only adds to it).
        if self._by_enc is None or self._by_enc[0] != len(self.regs):
            index: dict[Encoding, str] = {}
            for r in self.regs.values():
                if r.enc is not None and not r.name.startswith("\0"):
                    index.setdefault(r.enc, r.name)
            self._by_enc = (len(self.regs), index)
        found = self._by_enc[1].get(enc)
        return found if found is not None else names.ENCODINGS.get(enc)
