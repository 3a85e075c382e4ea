"""GITS_IIDR.Revision of the vITS: the table ABI a new ITS starts with and
the ABIs a userspace write of GITS_IIDR may select."""
from __future__ import annotations

import re
from typing import Iterable

from ingest.extract.c import lines
from ingest.extract.c.csrc import Define, closing, evaluate, mentions
from ingest.extract.vgic.tree import UNKNOWN, Tree, cut_short, revision_in, sorted_values, value_expr, whole_body
from ingest.facts import Evidence, State

_ABI_REF = re.compile(r"(?:\w+(?:->|\.))*abi_rev\b")
ITS = "vgic/its/ABI_REVISION"
READ, WRITE, CREATE = "vgic_mmio_read_its_iidr", "vgic_mmio_uaccess_write_its_iidr", "vgic_its_create"
_INITIAL = (r"vgic_its_set_abi\s*\(\s*\w+\s*,\s*([^;]+?)\)\s*;", r"abi_rev\s*=(?!=)\s*([^;]+);")
_CHECK = r"if\s*\(\s*(\w+)\s*(>=|>)\s*([^)]+?)\s*\)\s*return\s*-"


def its(tree: Tree) -> State | None:
    src = tree.new("vgic-its.c")
    if src is None:
        return None
    path, text = src
    warnings = cut_short(path, text)
    macros = _its_macros(tree, text)
    default, why = _its_default(path, text, macros)
    if default is None:
        return State(ITS, "unknown", UNKNOWN, tuple(warnings + why))
    settable, more = _its_settable(path, text, macros, default)
    seen = _default_evidence(path, text) + _settable_evidence(path, text)
    return State(ITS, str(default), settable, tuple(warnings + why + more), evidence=seen)


def _default_evidence(path: str, text: str) -> tuple:
    """vgic_its_create()'s initial ABI when the read handler copies abi_rev,
    else the read handler's line building the revision."""
    body = whole_body(text, READ) or ""
    found: Iterable[Evidence | None]
    if _ABI_REF.search(body):
        found = (lines.search("default", path, text, p, function=CREATE) for p in _INITIAL)
    else:
        found = (lines.search("default", path, text, r"REV\w*|\b\w+\s*=(?!=)", function=READ),)
    return tuple(e for e in found if e is not None)[:1]


def _settable_evidence(path: str, text: str) -> tuple:
    """The bound check of the userspace write, and the call storing the revision."""
    found = (lines.search("settable", path, text, _CHECK, function=WRITE),
             lines.search("settable", path, text, r"vgic_its_set_abi\s*\(", function=WRITE))
    return tuple(e for e in found if e is not None)


def _its_macros(tree: Tree, text: str) -> dict[str, Define]:
    macros = dict(tree.macros)
    nr = macros.get("NR_ITS_ABIS")
    if nr is not None and "its_table_abi_versions" in nr.body:
        count = _table_entries(text, "its_table_abi_versions")
        if count is None:
            macros.pop("NR_ITS_ABIS")
        else:
            macros["NR_ITS_ABIS"] = Define(None, str(count))
    return macros


def _table_entries(text: str, name: str) -> int | None:
    m = re.search(r"\b%s\s*\[[^\]]*\]\s*=\s*\{" % re.escape(name), text)
    if m is None:
        return None
    close = closing(text, m.end() - 1)
    if close is None:
        return None
    inner = text[m.end():close]
    depth, count = 0, 0
    for ch in inner:
        count += ch == "{" and depth == 0
        depth += (ch == "{") - (ch == "}")
    return count


def _its_default(path, text, macros) -> tuple[int | None, list[str]]:
    body = whole_body(text, "vgic_mmio_read_its_iidr")
    expr = value_expr(body) if body else None
    if expr is None:
        return None, [f"{path}: vgic_mmio_read_its_iidr() unreadable"]
    kind, rev = revision_in(expr, _ABI_REF, macros)
    if kind == "literal":
        return rev, []
    if kind == "unknown":
        return None, [f"{path} vgic_mmio_read_its_iidr(): cannot evaluate `{expr}`"]
    create = whole_body(text, CREATE)
    m = create and (re.search(_INITIAL[0], create) or re.search(_INITIAL[1], create))
    if not m:
        return None, [f"{path}: vgic_its_create() does not show the initial ABI revision"]
    value = evaluate(m.group(1), macros)
    if value is None:
        return None, [f"{path} vgic_its_create(): cannot evaluate `{m.group(1).strip()}`"]
    return value, []


def _its_settable(path, text, macros, default: int) -> tuple[tuple[str, ...], list[str]]:
    name = "vgic_mmio_uaccess_write_its_iidr"
    body = whole_body(text, name)
    if body is None:
        if mentions(text, name):
            return UNKNOWN, [f"{path}: {name}() is referenced but unreadable"]
        return (str(default),), []
    m = re.search(_CHECK, body)
    if not m or not re.search(r"vgic_its_set_abi\s*\(\s*\w+\s*,\s*%s\s*\)" % m.group(1), body):
        return UNKNOWN, [f"{path} {name}(): unrecognised revision check"]
    bound = evaluate(m.group(3), macros)
    if bound is None:
        return UNKNOWN, [f"{path} {name}(): cannot evaluate `{m.group(3)}`"]
    top = bound - 1 if m.group(2) == ">=" else bound
    return sorted_values(set(range(0, top + 1)) | {default}), []
