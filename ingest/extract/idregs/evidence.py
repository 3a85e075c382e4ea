"""Where an ID register's states were decided (issue 15), found after the
extractor decided them, from the same texts:

  idreg/<REG>          the register's sys_reg_descs[] item (its policy; the
                       writable mask of ID_WRITABLE/ID_FILTERED for settable)
  idreg/<REG>/<FIELD>  default: the read side's line naming the field (a
                       mask, cap or fixed value in the read function, the
                       helpers it calls, or a later writer of the VM's copy),
                       and for `host` cpufeature.c's ARM64_FTR_BITS entry of
                       the field; settable: the table item (writable mask) and
                       the ARM64_FTR_BITS entry (its safety rule), or the
                       custom set function's line naming the field.

Lines are looked up by name (`ID_AA64PFR0_EL1_CSV2_MASK`, the pre-6.x
`ID_AA64PFR0_CSV2_SHIFT`, `ID_AA64PFR0_EL1, CSV2` of the field macros) and
by the ARM64_FTR_BITS shift resolving to the field's bit position; what is
not found gives no evidence (never a guessed line).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.c import lines
from ingest.extract.c.cexpr import split_top
from ingest.extract.c.csrc import case_block, inside, strip_comments
from ingest.extract.idregs import ftrbits, reads
from ingest.extract.idregs.ftrbits import CPUFEATURE
from ingest.extract.idregs.sysregtable import SYS_REGS_C, Desc
from ingest.extract.idregs.tree import CONFIG_C
from ingest.facts import Evidence, State

POLICIES = ("lower-safe", "higher-safe", "exact")


def attach(tree, cpufeature: str | None, d: Desc, name: str, states: list[State]) -> list[State]:
    """`states` of register `name` (entry `d`) with their evidence (left
    without when finding it fails: no evidence is never a wrong value)."""
    try:
        return _attach(tree, cpufeature, d, name, states)
    except Exception:  # noqa: BLE001 - the states stand without their lines
        return states


def _attach(tree, cpufeature, d, name, states):
    table = lines.at_offset("default", SYS_REGS_C, tree.tables.text, d.at) if d.at is not None else None
    fns = _read_side_functions(tree, d, name)
    whole = next((s.default for s in states if s.item == f"idreg/{name}"), None)
    vis = d.member("visibility")
    vis = lines.search("default", SYS_REGS_C, tree.tables.text, r"\bREG_(?:RAZ|HIDDEN)\w*", function=vis) \
        if vis and re.fullmatch(r"\w+", vis) else None
    out = []
    for s in states:
        field = s.item.split("/")[2] if s.item.count("/") == 2 else None
        found = _field(tree, cpufeature, d, name, field, s, table, fns) if field else _whole(s, table)
        if field and _whole_decides(whole, s.default) and not any(e and e.what == "default" for e in found):
            found += [table, vis]  # the entry, or its visibility callback, decides for the whole register
        elif not field and _whole_decides(s.default, s.default):
            found.append(vis)
        ordered = sorted((e for e in found if e is not None), key=lambda e: e.what != "default")
        out.append(s.with_evidence(*dict.fromkeys(ordered)))
    return out


def _as(e: Evidence, what: str) -> Evidence:
    """dataclasses.replace(e, what=what), without its cost per call."""
    return Evidence(what, e.file, e.line, e.function, e.text)


def _whole_decides(whole: str | None, field_default: str) -> bool:
    """The register's policy, not a field's own reading, set the field's default."""
    return whole in ("hidden", "unallocated") or bool(whole and whole.startswith("vcpu-feature:")
                                                      and field_default == whole)


def _whole(s: State, table: Evidence | None) -> list[Evidence | None]:
    if table is None:
        return []
    return [table, *([_as(table, "settable")] if s.settable not in (("none",), ("unknown",)) else [])]


def _field(tree, cpufeature, d, name, field, s, table, fns) -> list[Evidence | None]:
    lsb = dict(s.extra).get("lsb")
    ftr = _ftr_line(cpufeature, tree, name, int(lsb)) if cpufeature and lsb and lsb.isdigit() else None
    found: list[Evidence | None] = [_read_line(tree, fns, name, field) or _config_line(tree, name, field)]
    if s.default == "host" and ftr is not None:
        found.append(ftr)  # the host's bits pass through (hidden by KVM: the read line says where)
    elif s.default == "hidden" and found[0] is None and ftr is None and cpufeature:
        found.append(_ftr_table_line(cpufeature, name))  # the host's table, which leaves the field out
    if set(s.settable) & set(POLICIES):
        found += [_as(table, "settable") if table else None,
                  _as(ftr, "settable") if ftr else None]
    elif s.settable not in (("none",), ("unknown",)):
        set_fn = tree.follow(d.member("set_user"))
        found.append(_named_line("settable", tree, _scope(tree, set_fn, None) if set_fn else [], name, field))
    return found


# --- the read side -------------------------------------------------------------

Scope = tuple[str, int, int]  # (function, start, end): a stretch of Tables.text to search


def _read_side_functions(tree, d: Desc, name: str) -> list[Scope]:
    """Where the read side may name a field: the read function (only the
    register's `case SYS_<name>:` when it switches on registers, as 7.x's
    __kvm_read_sanitised_id_reg does), the helpers that stretch calls, and
    the later writers of the VM's copy, in that order."""
    fns, _ = reads._read_functions(tree, d)
    scopes = [sc for fn in fns for sc in _scope(tree, fn, name)]
    for _, start, end in list(scopes):
        called = _calls(tree.tables.text[start:end])
        # Defined functions only (tree-sitter's list): a macro name must not
        # send the brace fallback over the whole file.
        scopes += [sc for h in dict.fromkeys(called) if h not in fns and h in tree.tables.funcs
                   for sc in _scope(tree, h, None)]
    scopes += [sc for fn, _, _ in reads._writers(tree, name) for sc in _scope(tree, fn, None)]
    return list(dict.fromkeys(scopes))


@lru_cache(maxsize=512)
def _calls(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\b(\w+)\s*\(", text))


def _scope(tree, fn: str, name: str | None) -> list[Scope]:
    text, body = tree.tables.text, tree.body(fn)
    start = lines.body_offset(text, fn) if body else None
    if start is None:
        return []
    assert body is not None
    case = _case_span(body, name) if name else None
    if case is None:  # no name, no match
        return [(fn, start, start + len(body))]
    return [(fn, start + case[0], start + case[1])]


@lru_cache(maxsize=4096)
def _case_span(body: str, name: str) -> tuple[int, int] | None:
    """Where in `body` the statements of `case SYS_<name>:` lie, or None."""
    m = re.search(r"\bcase\s+SYS_%s\s*:" % re.escape(name), body)
    if m is None:
        return None
    block = case_block(body, "SYS_" + name) or ""
    return m.end(), m.end() + len(block)


def _read_line(tree, scopes: list[Scope], name: str, field: str) -> Evidence | None:
    return _named_line("default", tree, scopes, name, field)


def _named_line(what: str, tree, scopes: list[Scope], name: str, field: str) -> Evidence | None:
    """The first line of the scopes naming the field of register `name`.
    Each scope lies in a function body, which begins with `{` and ends with
    `}`: no word or `<register>, <word>` pair crosses its edges, so the
    body's own word index (kept per body text, across file versions) finds
    what an index of the whole file would, offsets shifted by the body's."""
    text = tree.tables.text
    for fn, start, end in scopes:
        body = tree.body(fn)
        base = lines.body_offset(text, fn)
        assert body is not None and base is not None  # _scope gives only such scopes
        index = lines.body_word_index(body)
        found = _offsets_in(index, name, field)
        at = index.first(found, start - base, end - base)
        if at is not None:
            return lines.at_offset(what, SYS_REGS_C, text, base + at, fn)
    return None


def _offsets_in(index, name: str, field: str) -> list[list[int]]:
    """_field_offsets, kept on the index (a body's index outlives a file version)."""
    memo = index.memo
    found = memo.get((name, field))
    if found is None:
        found = memo[(name, field)] = _field_offsets(index, name, field)
    return found


def _config_line(tree, name: str, field: str) -> Evidence | None:
    return _config_line_of(tree.config, name, field) if tree.config else None


@lru_cache(maxsize=4096)
def _config_line_of(config: str, name: str, field: str) -> Evidence | None:
    """config.c's feature dependency naming the field (v6.15-: NEEDS_FEAT(...)),
    else its first mention there (a FEAT_ definition). Cached: config.c
    rarely changes while sys_regs.c does."""
    text = strip_comments(config)
    index = lines.word_index(text)
    found = _field_offsets(index, name, field)
    needs = _needs_feat(text)
    at = index.first([[o for o in offs if o in needs] for offs in found], 0, len(text))
    at = at if at is not None else index.first(found, 0, len(text))
    return lines.at_offset("default", CONFIG_C, text, at) if at is not None else None


@lru_cache(maxsize=4)
def _needs_feat(text: str) -> frozenset[int]:
    """Offsets of the first argument of every NEEDS_FEAT*( call."""
    return frozenset(m.start(1) for m in re.finditer(r"\bNEEDS_FEAT\w*\s*\(\s*(\w+)", text))


def _field_offsets(index, name: str, field: str) -> list[list[int]]:
    """Offsets of the words naming a field: <REG>_<FIELD> with one more part
    at most (_MASK, _SHIFT, _IMP: ID_AA64PFR0_EL1_SVE_MASK is not field EL1's),
    the pre-6.x <REG without _ELx>_<FIELD>..., and the `<REG>, <FIELD>` of the
    field macros; in any case (older macros spell fields in capitals:
    ID_DFR0_PERFMON_SHIFT for PerfMon)."""
    short = re.sub(r"_EL\d$", "", name)
    if re.fullmatch(r"EL\d", field):  # ID_AA64PFR0_EL1 itself would read as the short name's field EL1
        short = name
    words = {w for n in (name, short) for w in index.with_prefix(f"{n}_{field}")}
    return [index.words[w] for w in sorted(words)] + [index.pairs.get((name.lower(), field.lower()), [])]


# --- the host side ---------------------------------------------------------------

def _ftr_line(cpufeature: str, tree, name: str, lsb: int) -> Evidence | None:
    """cpufeature.c's ARM64_FTR_BITS entry of register `name` at bit `lsb`."""
    memo = tree.env.memo.setdefault(_FTR_MEMO, {})  # the shifts resolve through the tree's macros
    key = (cpufeature, name)
    by_lsb = memo.get(key)
    if by_lsb is None:
        if len(memo) > 1024:  # memory stays bounded
            memo.clear()
        by_lsb = memo[key] = _ftr_lines(cpufeature, tree.env, name)
    return by_lsb.get(lsb)


_FTR_MEMO = "evidence._ftr_line"


def _ftr_lines(cpufeature: str, env, name: str) -> dict[int, Evidence]:
    """Bit position -> the first ARM64_FTR_BITS entry of register `name` at it."""
    clean = strip_comments(cpufeature)
    table = next((t for r, t in ftrbits._scan(cpufeature).pairs if r == name), None)  # the first, as ftrbits
    open_at = _tables(clean).get(table) if table is not None else None
    out: dict[int, Evidence] = {}
    if open_at is None:
        return out
    for at, shift in _entries(clean, open_at):
        value = env.value(shift)
        if value is not None and value not in out:
            out[value] = lines.at_offset("default", CPUFEATURE, clean, at, function=None)
    return out


def _ftr_table_line(cpufeature: str, name: str) -> Evidence | None:
    """The head of register `name`'s arm64_ftr_bits table (for a field it lacks)."""
    clean = strip_comments(cpufeature)
    table = next((t for r, t in ftrbits._scan(cpufeature).pairs if r == name), None)
    open_at = _tables(clean).get(table) if table is not None else None
    return lines.at_offset("default", CPUFEATURE, clean, open_at, function=None) if open_at is not None else None


@lru_cache(maxsize=8)
def _tables(clean: str) -> dict[str, int]:
    """arm64_ftr_bits table name -> offset of its `{` (the first definition)."""
    out: dict[str, int] = {}
    for m in re.finditer(r"\barm64_ftr_bits\s+(\w+)\s*\[\s*\]\s*=\s*\{", clean):
        out.setdefault(m.group(1), m.end() - 1)
    return out


@lru_cache(maxsize=256)
def _entries(clean: str, open_at: int) -> tuple[tuple[int, str], ...]:
    """(offset, shift expression) of each ARM64_FTR_BITS entry of the table
    whose `{` is at `open_at` (cached: every field of a register asks)."""
    body = inside(clean, open_at) or ""
    out = []
    for e in ftrbits._ENTRY.finditer(body):
        args = split_top(inside(body, e.end() - 1) or "")
        args = args[1:] if e.group(1) == "__ARM64_FTR_BITS" else args
        if len(args) == 6:
            out.append((open_at + 1 + e.start(), args[3]))
    return tuple(out)
