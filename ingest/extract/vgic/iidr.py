"""GICD_IIDR.Revision of an emulated GICv2/GICv3: the default a new VM
reads (a literal, or implementation_rev as vgic-init.c sets it) and, from
the old vgic's fixed value on, what a userspace write may set."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract.c import lines
from ingest.extract.c.csrc import case_block, evaluate, functions, mentions
from ingest.extract.vgic.tree import UNKNOWN, Tree, cut_short, last_param, revision_in, value_expr, whole_body
from ingest.extract.vgic.uaccess import write_case, write_evidence
from ingest.facts import Evidence, State

_REV_REF = re.compile(r"(?:\w+(?:->|\.))*implementation_rev\b|\bvgic_get_implementation_rev\s*\([^()]*\)")

@dataclass(frozen=True)
class _Gic:
    item: str
    file: str
    read_fn: str
    label: str
    uaccess_fn: str
    legacy: tuple[tuple[str, str | None, str | None], ...]  # (file, function, case label)


V2 = _Gic("vgic/v2/IIDR_REVISION", "vgic-mmio-v2.c", "vgic_mmio_read_v2_misc", "GIC_DIST_IIDR",
          "vgic_mmio_uaccess_write_v2_misc",
          (("vgic-v2-emul.c", "handle_mmio_misc", "8"), ("vgic.c", "handle_mmio_misc", "8")))
V3 = _Gic("vgic/v3/IIDR_REVISION", "vgic-mmio-v3.c", "vgic_mmio_read_v3_misc", "GICD_IIDR",
          "vgic_mmio_uaccess_write_v3_misc",
          (("vgic-v3-emul.c", "handle_mmio_iidr", None), ("vgic-v3-emul.c", None, "GICD_IIDR")))


def iidr(tree: Tree, gic: _Gic) -> State | None:
    src = tree.new(gic.file)
    if src is not None:
        return _iidr_new(tree, gic, *src)
    tries = [_iidr_legacy(tree, gic, tree.legacy(name), fn, label)
             for name, fn, label in gic.legacy if tree.legacy(name) is not None]
    return next((s for s in tries if s.default != "unknown"), tries[0] if tries else None)


def _iidr_new(tree: Tree, gic: _Gic, path: str, text: str) -> State:
    warnings = cut_short(path, text)
    default, why, seen = _iidr_default(tree, path, text, gic)
    warnings += why
    if default is None:
        return State(gic.item, "unknown", UNKNOWN, tuple(warnings))
    settable, why = _iidr_settable(tree, path, text, gic, default)
    return State(gic.item, str(default), settable, tuple(warnings + why),
                 evidence=seen + _settable_evidence(path, text, gic))


def _iidr_default(tree: Tree, path: str, text: str, gic: _Gic) -> tuple[int | None, list[str], tuple]:
    body = whole_body(text, gic.read_fn)
    block = case_block(body, gic.label) if body else None
    expr = value_expr(block) if block else None
    if expr is None:
        return None, [f"{path}: no readable `case {gic.label}` value in {gic.read_fn}()"], ()
    kind, rev = revision_in(expr, _REV_REF, tree.macros)
    if kind == "literal":
        return rev, [], _found(_case_value(path, text, gic.read_fn, gic.label))
    if kind == "unknown":
        return None, [f"{path} {gic.read_fn}(): cannot evaluate the IIDR revision of `{' '.join(expr.split())}`"], ()
    return _init_revision(tree)


def _found(*evidence: Evidence | None) -> tuple[Evidence, ...]:
    return tuple(e for e in evidence if e is not None)


def _case_value(path: str, text: str, fn: str | None, label: str | None) -> Evidence | None:
    """The line building the value under `case label:` of fn (the first
    assignment or return), or of the function when it has no such label."""
    head = (r"\bcase\s+%s\s*:" % re.escape(label),) if label else ()
    field = lines.search("default", path, text, *head, r"\w*REVISION\w*", function=fn)
    built = lines.search("default", path, text, *head, r"\b\w+\s*[|]?=(?!=)|\breturn\b", function=fn)
    if field is not None and built is not None and field.line - built.line < 4:
        return field  # the line setting bits [15:12], within the statement building the value
    return built


def _settable_evidence(path: str, text: str, gic: _Gic) -> tuple[Evidence, ...]:
    """The lines of the userspace write handler's `case` deciding the settable set."""
    body = whole_body(text, gic.uaccess_fn)
    block = case_block(body, gic.label) if body else None
    if block is None:
        return ()
    case = r"\bcase\s+%s\s*:" % re.escape(gic.label)
    return _found(*(lines.search("settable", path, text, case, *chain, function=gic.uaccess_fn)
                    for chain in write_evidence(block, last_param(text, gic.uaccess_fn))))


def _init_revision(tree: Tree) -> tuple[int | None, list[str], tuple]:
    src = tree.new("vgic-init.c")
    if src is None:
        return None, ["vgic-init.c missing: cannot tell where implementation_rev is set"], ()
    path, text = src
    found = []  # (function, expression, value)
    funcs = functions(text)
    names = [n for n in ("kvm_vgic_create", "vgic_init") if n in funcs]
    for name in names + sorted(set(funcs) - set(names)):
        for rhs in re.findall(r"implementation_rev\s*=(?!=)\s*([^;]+);", funcs[name]):
            found.append((name, rhs.strip(), evaluate(rhs, tree.macros)))
    if not found:
        return None, [f"{path}: no assignment to implementation_rev found"], ()
    name, rhs, value = found[0]
    if value is None:
        return None, [f"{path} {name}(): cannot evaluate implementation_rev = {' '.join(rhs.split())}"], ()
    others = {v for _, _, v in found[1:]} - {value}
    warn = [f"{path}: implementation_rev also set to {sorted(map(str, others))}; "
            f"using {name}()'s {value}"] if others else []
    assigned = lines.search("default", path, text, r"implementation_rev\s*=(?!=)", function=name)
    return value, warn, _found(assigned, _macro_line(tree, rhs.strip()))


def _macro_line(tree: Tree, rhs: str) -> Evidence | None:
    """The #define a named revision comes from (KVM_VGIC_IMP_REV_LATEST)."""
    if not re.fullmatch(r"[A-Z_][A-Z0-9_]*", rhs):
        return None
    return lines.define_in("default", tree.texts, rhs)


def _iidr_settable(tree, path, text, gic: _Gic, default: int) -> tuple[tuple[str, ...], list[str]]:
    body = whole_body(text, gic.uaccess_fn)
    if body is None:
        if mentions(text, gic.uaccess_fn):
            return UNKNOWN, [f"{path}: {gic.uaccess_fn}() is referenced but unreadable"]
        return (str(default),), []  # no userspace handler: the write is ignored
    block = case_block(body, gic.label)
    if block is None:
        return (str(default),), []  # falls through to the guest write handler, which ignores it
    where = f"{path} {gic.uaccess_fn}()"
    return write_case(block, body, last_param(text, gic.uaccess_fn), default, tree.macros, where)


def _iidr_legacy(tree, gic: _Gic, src, fn, label) -> State:
    path, text = src
    block = None
    bodies = [whole_body(text, fn)] if fn else [whole_body(text, n) for n in functions(text)]
    for body in filter(None, bodies):
        block = case_block(body, label) if label else body
        if block and re.search(r"PRODUCT_ID_KVM|=\s*0x[0-9a-fA-F]{6,}", block):
            break
        block = None
    expr = value_expr(block) if block else None
    kind, rev = revision_in(expr, _REV_REF, tree.macros) if expr else ("unknown", None)
    warnings = cut_short(path, text)
    if kind != "literal":
        what = f"{fn}()" if fn else f"`case {label}`"
        warnings.append(f"{path}: no readable IIDR value in {what}")
        return State(gic.item, "unknown", UNKNOWN, tuple(warnings))
    # The old vgic has no userspace handler: a write through the device is ignored.
    where = _legacy_line(path, text, fn, label, block)
    return State(gic.item, str(rev), (str(rev),), tuple(warnings), evidence=_found(where))


def _legacy_line(path, text, fn, label, block) -> Evidence | None:
    """The line of the old vgic building the IIDR value (the block found)."""
    m = re.search(r"PRODUCT_ID_KVM|=\s*0x[0-9a-fA-F]{6,}", block)
    at = text.find(block)
    return lines.at_offset("default", path, text, at + m.start()) if m and at >= 0 else None
