"""KVM's system-register descriptor tables (arch/arm64/kvm/sys_regs.c).

`static const struct sys_reg_desc sys_reg_descs[] = { ... }` lists every
register KVM handles, through table macros of the file (ID_SANITISED(name),
ID_WRITABLE(name, mask), DBG_BCR_BVR_WCR_WVR_EL1(n), PTRAUTH_KEY(k), 7.x's
ID_DESC(name) with its object-like ID_DESC_DEFAULT_CALLBACKS, ...). Each item
of the table is expanded as the C preprocessor would (cpp.expand, with the
macros of sys_regs.h and sys_regs.c; SYS_DESC() kept as written) and may stand
for several entries. Each entry is a `struct sys_reg_desc` initialiser:
`SYS_DESC(SYS_X)` or `.Op0 = ..` (Op0(..)) for the encoding, then positional
members in the struct's order (access, reset, reg, val, get_user, set_user,
visibility) or designated ones (a later designation overrides an earlier one,
as in C: ID_HIDDEN's `.visibility` after the default callbacks').

`Tables.load(files, space)` reads the file once per call (tables and
functions) and keeps the per-entry facts the extractors need.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Mapping

from ingest.extract.c import cpp, csrc
from ingest.extract.c.cexpr import Env, split_top
from ingest.extract.c.csrc import Define, inside, strip_comments
from ingest.extract.idregs.sysreg_desc import SYSREG, SYSREG_H, Encoding, Space

SYS_REGS_C = "arch/arm64/kvm/sys_regs.c"
SYS_REGS_H = "arch/arm64/kvm/sys_regs.h"
POSITIONAL = ("access", "reset", "reg", "val", "get_user", "set_user", "visibility")
_ENC_FIELDS = {"Op0": 0, "Op1": 1, "CRn": 2, "CRm": 3, "Op2": 4}
_KEEP = frozenset({"SYS_DESC"})  # read by _member: the register's name and encoding


@dataclass
class Desc:
    """One table entry: its register, encoding and members as written."""

    name: str | None  # X of SYS_DESC(SYS_X), None for Op0(...)-style entries
    enc: Encoding | None
    members: dict[str, str]
    macro: str | None = None  # the table macro it came from (ID_SANITISED, ...)
    macro_args: tuple[str, ...] = ()
    warnings: list[str] = field(default_factory=list)
    at: int | None = None  # offset of its table item in Tables.text (evidence: lines.at_offset)

    def member(self, name: str) -> str | None:
        value = self.members.get(name)
        if value is None or value.strip() in ("NULL", "0", "(0)", ""):
            return None
        return value.strip()

    @property
    def stored(self) -> bool:
        """`rd->reg || rd->get_user`: what walk_one_sys_reg() requires."""
        reg = self.members.get("reg", "").strip().strip("()").strip()
        has_reg = bool(reg) and reg not in ("0", "__INVALID_SYSREG__") and not re.fullmatch(r"0+[uUlL]*", reg)
        return has_reg or self.member("get_user") is not None


@dataclass
class Tables:
    text: str  # sys_regs.c without comments
    macros: dict[str, Define]
    funcs: Mapping[str, str]  # csrc.functions: read-only, shared
    space: Space
    env: Env  # the headers' macros and sys_regs.c's own, for expressions of this file
    warnings: list[str] = field(default_factory=list)
    _names: dict[str, frozenset[str]] | None = None  # macro -> the identifiers of its body
    _read: "_Shared | None" = None  # what versions with the same macros share
    _bodies: dict[str, str | None] = field(default_factory=dict)  # body()'s answers

    @classmethod
    def load(cls, files: dict[str, str], space: Space) -> "Tables":
        text = strip_comments(files.get(SYS_REGS_C, ""))
        macros = csrc.defines(files.get(SYS_REGS_H, ""))
        macros.update(csrc.defines(text))
        shared = _shared(macros, space)
        tables = cls(text, shared.macros, csrc.functions(text), space, shared.env, _read=shared)
        tables._names = shared.names
        return tables

    def table(self, name: str) -> list[Desc] | None:
        """The entries of table `name`, or None when it is missing or cut short."""
        m = csrc.search_word(name, r"\s*\[\s*\]\s*(?:__\w+\s*)*=\s*\{", self.text)
        if not m:
            return None
        body = inside(self.text, m.end() - 1)
        if body is None:
            return None
        body = "\n".join(line for line in body.splitlines() if not line.lstrip().startswith("#"))
        out: list[Desc] = []
        cursor = m.end()
        for item in _split_items(body):
            descs = self._cached_items(item)
            at = self.text.find(item.strip(), cursor) if item.strip() else -1
            cursor = at + len(item.strip()) if at >= 0 else cursor
            for d in descs:
                d.at = at if at >= 0 else None
            out.extend(descs)
        return out

    def body(self, func: str) -> str | None:
        """A function's body when it is whole (balanced, closed)."""
        try:
            return self._bodies[func]
        except KeyError:
            found = self._bodies[func] = self._body(func)
            return found

    def _body(self, func: str) -> str | None:
        body = self.funcs.get(func)
        if body is None:
            body = csrc.function_body(self.text, func)
        if body is None or body.count("{") != body.count("}") or not body.rstrip().endswith("}"):
            return None
        return body

    def params(self, func: str) -> list[str] | None:
        """The parameter names of a function defined in the file (a callback
        parameter `unsigned int (*fn)(...)` is `fn`), or None."""
        m = csrc.search_word(func, r"\s*\(", self.text)
        while m is not None:
            end = csrc.closing(self.text, m.end() - 1)
            if end is not None and _OPEN_BRACE.match(self.text, end + 1):
                return [_param_name(p) for p in split_top(self.text[m.end():end])]
            m = csrc.search_word(func, r"\s*\(", self.text, m.end())
        return None

    # --- entries ------------------------------------------------------------

    def _cached_items(self, item: str) -> list[Desc]:
        """_items(item), read once per item text under the same macros (a new
        sys_regs.c mostly leaves the table, and its #defines, as they were)."""
        cache = self._read.items if self._read is not None else None
        if cache is None:
            return self._items(item)
        kept = cache.get(item)
        if kept is None:
            if len(cache) > 8192:  # memory stays bounded
                cache.clear()
            kept = cache[item] = tuple(_copy(d) for d in self._items(item))
        return [_copy(d) for d in kept]

    def _items(self, item: str) -> list[Desc]:
        """The entries one item of the table stands for: `{ ... }` itself, or
        what a table macro expands to (cpp.expand, with the file's macros;
        SYS_DESC() is kept as written for _member to read name and encoding)."""
        item = item.strip()
        call = cpp.invocation(item)
        macro, args = (call[0], tuple(call[1])) if call and call[0] in self.macros else (None, ())
        try:
            used = self._used(item)
            text = _expand_item(item, used)
            names = {n for n, _ in used}
            if any(n in self.macros and n not in names and n not in _KEEP for n in _IDENT.findall(text)):
                text = cpp.expand(item, self.macros, _KEEP)  # `##` made a macro's name: expand with all of them
        except cpp.CppError as exc:
            return [Desc(None, None, {}, macro, args, [f"table entry {_short(item)}: {exc}"])]
        out: list[Desc] = []
        for sub in split_top(text):
            if sub.startswith("{") and sub.endswith("}"):
                out.append(self._entry(sub[1:-1], macro, args))
            else:
                out.append(Desc(None, None, {}, macro, args, [f"table entry not understood: {_short(sub)}"]))
        return out

    def _used(self, text: str) -> tuple[tuple[str, Define], ...]:
        """The macros an expansion of `text` can reach (through macro bodies),
        with their definitions: with `text`, what its expansion depends on."""
        if self._names is None:
            self._names = {n: frozenset(_IDENT.findall(d.body)) for n, d in self.macros.items()}
            if self._read is not None:
                self._read.names = self._names
        todo = [n for n in set(_IDENT.findall(text)) if n in self.macros and n not in _KEEP]
        seen: set[str] = set()
        while todo:
            n = todo.pop()
            if n not in seen:
                seen.add(n)
                todo.extend(m for m in self._names[n] if m in self.macros and m not in _KEEP and m not in seen)
        return tuple(sorted((n, self.macros[n]) for n in seen))

    def _entry(self, inner: str, macro: str | None, args: tuple[str, ...]) -> Desc:
        desc = Desc(None, None, {}, macro, args)
        enc: list[int | None] = [None] * 5
        pos = 0
        for part in split_top(inner):
            pos = self._member(part, desc, enc, pos)
        if desc.enc is None and all(v is not None for v in enc):
            desc.enc = tuple(enc)  # type: ignore[assignment]
        if desc.enc is None:
            desc.warnings.append(f"encoding not resolved for {desc.name or 'an entry'}")
        return desc

    def _member(self, part: str, desc: Desc, enc: list, pos: int) -> int:
        m = re.match(r"SYS_DESC\s*\((.*)\)\s*$", part, re.S)
        if m:
            sysname = m.group(1).strip()
            desc.name = _reg_name(sysname)
            desc.enc = self.space.encoding(sysname)
            return 0
        m = re.match(r"(Op0|Op1|CRn|CRm|Op2)\s*\((.*)\)\s*$", part, re.S)
        if m:
            enc[_ENC_FIELDS[m.group(1)]] = self.env.value(m.group(2))
            return 0
        if re.match(r"AA32\s*\(", part):
            return pos
        m = re.match(r"\.\s*(\w+)\s*=\s*(.*)$", part, re.S)
        if m:
            key, value = m.group(1), m.group(2).strip()
            if key in _ENC_FIELDS:
                enc[_ENC_FIELDS[key]] = self.env.value(value)
                return 0
            desc.members[key] = value
            return POSITIONAL.index(key) + 1 if key in POSITIONAL else pos
        if pos < len(POSITIONAL):
            desc.members[POSITIONAL[pos]] = part
            return pos + 1
        desc.warnings.append(f"extra initialiser {_short(part)}")
        return pos


_OPEN_BRACE = re.compile(r"\s*\{")
_IDENT = re.compile(r"[A-Za-z_]\w*")


def _copy(d: Desc) -> Desc:
    """A Desc of its own (callers set `at`; members and warnings are mutable)."""
    return Desc(d.name, d.enc, dict(d.members), d.macro, d.macro_args, list(d.warnings), d.at)


@lru_cache(maxsize=8)
def _split_items(body: str) -> tuple[str, ...]:
    return tuple(split_top(body))


@dataclass
class _Shared:
    """What every sys_regs.c version with the same macros (its own #defines
    and sys_regs.h's) and the same headers (space) reads alike: the
    expression environment (its cache of evaluated expressions carries over),
    the macros' identifiers, and each table item's entries."""

    space: Space
    macros: dict[str, Define]
    env: Env
    names: dict[str, frozenset[str]] | None = None
    items: dict[str, tuple[Desc, ...]] = field(default_factory=dict)


_SHARED: list[_Shared] = []  # most recent first


def _shared(macros: dict[str, Define], space: Space) -> _Shared:
    for i, sh in enumerate(_SHARED):
        if sh.space is space and sh.macros == macros:
            _SHARED.insert(0, _SHARED.pop(i))
            return sh
    sh = _Shared(space, macros, Env({**macros, **space.env.macros}, space.env.values))
    _SHARED.insert(0, sh)
    del _SHARED[4:]  # memory stays bounded
    return sh


@lru_cache(maxsize=8192)
def _expand_item(item: str, used: tuple[tuple[str, Define], ...]) -> str:
    """One table item expanded, cached by its text and the definitions it
    reaches: most entries and macros are the same from one sys_regs.c
    version to the next, so each is expanded once per ingest."""
    return cpp.expand(item, dict(used), _KEEP)


def _param_name(decl: str) -> str:
    m = re.search(r"\(\s*\*\s*(\w+)\s*\)", decl)
    if m:
        return m.group(1)
    m = re.search(r"(\w+)\s*(?:\[[^\]]*\]\s*)*$", decl)
    return m.group(1) if m else decl.strip()


def _reg_name(sysname: str) -> str:
    """SYS_ID_AA64PFR0_EL1 -> ID_AA64PFR0_EL1; SYS_DBGBVRn_EL1(3) -> DBGBVR3_EL1."""
    if "(" not in sysname:
        sysname = re.sub(r"^\(?\s*SYS_", "", sysname.strip()).rstrip(")").strip()
    else:
        sysname = re.sub(r"^SYS_", "", sysname.strip())
    m = re.fullmatch(r"(\w*?)n(_EL\d)\s*\(\s*\(?\s*(\d+)\s*\)?\s*\)", sysname)
    if m:
        return f"{m.group(1)}{m.group(3)}{m.group(2)}"
    m = re.fullmatch(r"(\w+)\s*\(\s*\(?\s*(\w+)\s*\)?\s*\)", sysname)
    if m:
        return f"{m.group(1)}_{m.group(2)}"
    return sysname


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 80 else text[:77] + "..."


@dataclass
class Loaded:
    """One tree's fields, encodings and KVM tables, read once and shared by
    the extractors that read the same file versions."""

    space: Space
    tables: Tables
    descs: list[Desc] | None
    invariant: list[Desc]


def load(files) -> Loaded:
    key = tuple(files.get(p) for p in (SYS_REGS_C, SYS_REGS_H, SYSREG, SYSREG_H))
    return _load(*key)


@lru_cache(maxsize=4)
def _load(sys_regs_c, sys_regs_h, sysreg, sysreg_h) -> Loaded:
    files = {p: t for p, t in zip((SYS_REGS_C, SYS_REGS_H, SYSREG, SYSREG_H),
                                   (sys_regs_c, sys_regs_h, sysreg, sysreg_h), strict=True) if t is not None}
    tables = Tables.load(files, _space(sysreg, sysreg_h))
    return Loaded(tables.space, tables, tables.table("sys_reg_descs"), tables.table("invariant_sys_regs") or [])


@lru_cache(maxsize=8)
def _space(sysreg, sysreg_h) -> Space:
    """Headers change less often than sys_regs.c: their fields, encodings and
    evaluated names are kept across sys_regs.c versions."""
    return Space.load({p: t for p, t in ((SYSREG, sysreg), (SYSREG_H, sysreg_h)) if t is not None})
