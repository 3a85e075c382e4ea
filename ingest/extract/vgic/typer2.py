"""GICD_TYPER2.nASSGIcap (GICv4.1 SGIs without an active state): whether
a new VM sees it clear, set or as the host has it, and whether userspace
may change it."""
from __future__ import annotations

import re

from ingest.extract.c import lines
from ingest.extract.c.csrc import case_block, functions, mentions
from ingest.extract.vgic.tree import UNKNOWN, Tree, cut_short, last_param, whole_body
from ingest.facts import Evidence, State

_HOST = re.compile(r"\b(has_gicv4_1|has_gicv4|gic_cpuif_has_vsgi|system_supports_direct_sgis)\b")
TYPER2 = "vgic/v3/GICD_TYPER2_nASSGIcap"
READ, WRITE = "vgic_mmio_read_v3_misc", "vgic_mmio_uaccess_write_v3_misc"
_CASE = r"\bcase\s+GICD_TYPER2\s*:"


def typer2(tree: Tree) -> State | None:
    src = tree.new("vgic-mmio-v3.c")
    if src is None:
        return None
    path, text = src
    body = whole_body(text, READ)
    if body is None:
        if "GICD_TYPER2" in text:
            return State(TYPER2, "unknown", UNKNOWN, (f"{path}: {READ}() unreadable",))
        return None
    block = case_block(body, "GICD_TYPER2")
    if block is None:
        return None  # no GICv4.1 support: the item does not exist yet
    default, warnings = _typer2_default(tree, text, block, path)
    settable, more = _typer2_settable(text, default, path)
    seen = _default_evidence(tree, path, text, block, default) + _settable_evidence(path, text)
    return State(TYPER2, default, settable, tuple(cut_short(path, text) + warnings + more), evidence=seen)


def _default_evidence(tree: Tree, path: str, text: str, block: str, default: str) -> tuple[Evidence, ...]:
    """The read handler's line giving nASSGIcap (or building the value when
    it never does), and for `host` where the host's property is read."""
    got = lines.search("default", path, text, _CASE, r"GICD_TYPER2_nASSGIcap|\b\w+\s*[|]?=(?!=)|\breturn\b",
                       function=READ)
    found = [got]
    if default == "host":
        found.append(lines.search("default", path, text, _CASE, _HOST, function=READ) if _HOST.search(block)
                     else _host_elsewhere(tree, path, text, block))
    return tuple(sorted((e for e in found if e is not None), key=lambda e: (e.file != path, e.line)))


def _host_elsewhere(tree: Tree, path: str, text: str, block: str) -> Evidence | None:
    """The host test in a function the case calls, or vgic-init.c's nassgicap."""
    funcs = functions(text)
    for name in re.findall(r"\b(\w+)\s*\(", block):
        if name in funcs and _HOST.search(funcs[name]):
            return lines.search("default", path, text, _HOST, function=name)
    init = tree.new("vgic-init.c")
    return lines.search("default", init[0], init[1], r"nassgicap\s*=(?!=)") if init else None


def _settable_evidence(path: str, text: str) -> tuple[Evidence, ...]:
    """The userspace write's store of nassgicap (and its host test), or its
    exact-match check."""
    store = lines.search("settable", path, text, _CASE, r"nassgicap\s*=(?!=)", function=WRITE)
    if store is None:
        check = lines.search("settable", path, text, _CASE, r"!=", function=WRITE)
        return (check,) if check else ()
    host = lines.search("settable", path, text, _CASE, _HOST, function=WRITE)
    return tuple(e for e in (host, store) if e is not None and (e is store or e.line < store.line))


def _typer2_default(tree, text, block, path) -> tuple[str, list[str]]:
    if "GICD_TYPER2_nASSGIcap" not in block:
        return "clear", []
    if not re.search(r"\bif\b|\?", block):
        return "set", []
    funcs = functions(text)
    cond = block + "".join(whole_body(text, n) or "" for n in re.findall(r"\b(\w+)\s*\(", block)
                           if n in funcs)
    if _HOST.search(cond):
        return "host", []
    if "nassgicap" in cond:
        init = tree.new("vgic-init.c")
        m = init and re.search(r"nassgicap\s*=(?!=)\s*([^;]+);", init[1])
        if m and _HOST.search(m.group(1)):
            return "host", []
    return "unknown", [f"{path}: cannot tell what decides GICD_TYPER2.nASSGIcap"]


def _typer2_settable(text, default, path) -> tuple[tuple[str, ...], list[str]]:
    name = WRITE
    body = whole_body(text, name)
    if body is None:
        if mentions(text, name):
            return UNKNOWN, [f"{path}: {name}() is referenced but unreadable"]
        return (default,), []
    block = case_block(body, "GICD_TYPER2")
    if block is None:
        return (default,), []  # write ignored
    if re.search(r"nassgicap\s*=(?!=)", block):
        return (("clear", "host") if _HOST.search(block) else ("clear", "set")), []
    val = re.escape(last_param(text, name))
    if re.search(r"\b%s\s*!=\s*\w*read\w*\s*\(" % val, block):
        return (default,), []  # exact match only
    return UNKNOWN, [f"{path} {name}(): unrecognised GICD_TYPER2 write"]
