"""GICD_TYPER2.nASSGIcap (GICv4.1 SGIs without an active state): whether
a new VM sees it clear, set or as the host has it, and whether userspace
may change it."""
from __future__ import annotations

import re

from ingest.extract.c.csrc import case_block, functions, mentions
from ingest.extract.vgic.tree import UNKNOWN, Tree, cut_short, last_param, whole_body
from ingest.facts import State

_HOST = re.compile(r"\b(has_gicv4_1|has_gicv4|gic_cpuif_has_vsgi|system_supports_direct_sgis)\b")
TYPER2 = "vgic/v3/GICD_TYPER2_nASSGIcap"


def typer2(tree: Tree) -> State | None:
    src = tree.new("vgic-mmio-v3.c")
    if src is None:
        return None
    path, text = src
    body = whole_body(text, "vgic_mmio_read_v3_misc")
    if body is None:
        if "GICD_TYPER2" in text:
            return State(TYPER2, "unknown", UNKNOWN, (f"{path}: vgic_mmio_read_v3_misc() unreadable",))
        return None
    block = case_block(body, "GICD_TYPER2")
    if block is None:
        return None  # no GICv4.1 support: the item does not exist yet
    default, warnings = _typer2_default(tree, text, block, path)
    settable, more = _typer2_settable(text, default, path)
    return State(TYPER2, default, settable, tuple(cut_short(path, text) + warnings + more))


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
    name = "vgic_mmio_uaccess_write_v3_misc"
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
