"""vGIC extractor: the versioning a VMM can see and select in the vGIC.

Items
  vgic/v2/IIDR_REVISION        GICD_IIDR.Revision of an emulated GICv2
  vgic/v3/IIDR_REVISION        GICD_IIDR.Revision of an emulated GICv3
  vgic/its/ABI_REVISION        GITS_IIDR.Revision (the ITS table ABI)
  vgic/v3/GICD_TYPER2_nASSGIcap  GICv4.1 SGIs without active state

Default = what a new VM reads; settable = what the *userspace* write handler
really stores (its code, not its comments). Eras read (ingest/shapes/vgic.py
reproduces each shape):
  v3.x-v4.7   old vgic (virt/kvm/arm/vgic.c, vgic-v2-emul.c, vgic-v3-emul.c):
              IIDR built from PRODUCT_ID_KVM/IMPLEMENTER_ARM only -> 0, writes ignored
  v4.7-v4.18  new vgic, same IIDR, no userspace IIDR handler
  v4.19       d53c2c29ae0d series: vgic->implementation_rev, set to a literal 2
              in vgic_init(); uaccess handlers accept only the value read back
  v5.8        files move from virt/kvm/arm/vgic/ to arch/arm64/kvm/vgic/
  2022-       49a1a2c70a7f (posted March 2022, in v6.1): KVM_VGIC_IMP_REV_* in
              include/kvm/arm_vgic.h, default KVM_VGIC_IMP_REV_LATEST, a switch in
              the uaccess handlers; until a0e6ae45af17 (2026) the revision was taken
              from the current value ("reg") instead of the written one ("val")
  v6.17       implementation_rev set in kvm_vgic_create(); GICD_TYPER2.nASSGIcap
              may be cleared by userspace (c652887a9288)
What cannot be read becomes a warning on the state, never a guess.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from ingest.extract.csrc import (Define, case_block, defines, evaluate, function_body,
                                 functions, strip_comments)
from ingest.facts import Extractor, State

NEW_DIRS = ("arch/arm64/kvm/vgic/", "virt/kvm/arm/vgic/")  # v5.8+ first
NEW_FILES = ("vgic-mmio-v2.c", "vgic-mmio-v3.c", "vgic-init.c", "vgic-its.c", "vgic.h")
LEGACY_DIR = "virt/kvm/arm/"
LEGACY_FILES = ("vgic.c", "vgic-v2-emul.c", "vgic-v3-emul.c", "vgic.h")
HEADERS = ("include/kvm/arm_vgic.h", "include/linux/irqchip/arm-gic.h",
           "include/linux/irqchip/arm-gic-v3.h")
PATHS = (tuple(d + f for d in NEW_DIRS for f in NEW_FILES)
         + tuple(LEGACY_DIR + f for f in LEGACY_FILES) + HEADERS)

# Architectural constants (GIC spec field positions, KVM's JEP106 and product
# codes), used only when no file read defines them.
_FALLBACK = {
    "GICD_IIDR_IMPLEMENTER_SHIFT": "0", "GICD_IIDR_REVISION_SHIFT": "12",
    "GICD_IIDR_VARIANT_SHIFT": "16", "GICD_IIDR_PRODUCT_ID_SHIFT": "24",
    "GITS_IIDR_REV_SHIFT": "12", "GITS_IIDR_PRODUCTID_SHIFT": "24",
    "GITS_IIDR_REV_MASK": "(0xf << 12)", "PRODUCT_ID_KVM": "0x4b", "IMPLEMENTER_ARM": "0x43b",
}
_HOST = re.compile(r"\b(has_gicv4_1|has_gicv4|gic_cpuif_has_vsgi|system_supports_direct_sgis)\b")
_REV_REF = re.compile(r"(?:\w+(?:->|\.))*implementation_rev\b|\bvgic_get_implementation_rev\s*\([^()]*\)")
_ABI_REF = re.compile(r"(?:\w+(?:->|\.))*abi_rev\b")
_UNKNOWN = ("unknown",)  # settable set that could not be read (always with a warning)


# --- the files of one commit -------------------------------------------------

@dataclass
class _Tree:
    texts: dict[str, str]  # path -> text without comments
    macros: dict[str, Define]

    @classmethod
    def load(cls, files: Mapping[str, str]) -> "_Tree":
        texts = {p: strip_comments(t) for p, t in files.items()
                 if p in PATHS and isinstance(t, str)}
        macros = {k: Define(None, v) for k, v in _FALLBACK.items()}
        order = sorted(texts, key=lambda p: (not p.endswith(".h"), p))  # headers, then .c
        for p in order:
            macros.update(defines(texts[p]))
        return cls(texts, macros)

    def new(self, name: str) -> tuple[str, str] | None:
        for d in NEW_DIRS:
            if d + name in self.texts:
                return d + name, self.texts[d + name]
        return None

    def legacy(self, name: str) -> tuple[str, str] | None:
        path = LEGACY_DIR + name
        return (path, self.texts[path]) if path in self.texts else None


def _balanced(text: str) -> bool:
    return text.count("{") == text.count("}")


def _cut_short(path: str, text: str) -> list[str]:
    """A warning when a file looks truncated (unbalanced, or ends mid-statement)."""
    tail = text.rstrip()
    last = tail.splitlines()[-1].strip() if tail else ""
    whole = (_balanced(text) and text.count("(") == text.count(")")
             and (not tail or tail[-1] in "};" or last.startswith("#")))
    return [] if whole else [f"{path}: the file looks truncated (unbalanced or ends mid-statement)"]


def _body(text: str, name: str) -> str | None:
    """A function body, or None when missing or cut short."""
    body = function_body(text, name)
    if body is None or not _balanced(body) or not body.rstrip().endswith("}"):
        return None
    return body


def _mentions(text: str, name: str) -> bool:
    return re.search(r"\b%s\b" % re.escape(name), text) is not None


def _last_param(text: str, name: str) -> str:
    m = re.search(r"\b%s\s*\(([^)]*)\)\s*\{" % re.escape(name), text)
    words = re.findall(r"\w+", m.group(1).split(",")[-1]) if m else []
    return words[-1] if words else "val"


def _field(value: int) -> int:
    return (value >> 12) & 0xF


def _sorted(values) -> tuple[str, ...]:
    return tuple(str(v) for v in sorted(set(values), key=int))


def _guard(item: str, fn, *args) -> State | None:
    try:
        return fn(*args)
    except Exception as exc:  # the walk must go on; say what happened
        return State(item, "unknown", _UNKNOWN, (f"extractor error: {type(exc).__name__}: {exc}",))


# --- value expressions -------------------------------------------------------

def _value_expr(block: str) -> str | None:
    """The value a read handler builds: `x = A; x |= B;` -> (A) | (B), or `return E;`."""
    ret = re.search(r"\breturn\s+([^;]+);", block)
    rv = ret.group(1).strip() if ret else None
    named = [re.escape(rv)] if rv and re.fullmatch(r"[A-Za-z_]\w*", rv) else []
    for var in named + [r"[A-Za-z_]\w*"]:
        m = re.search(r"\b(%s)\s*=(?!=)\s*([^;]+);" % var, block)
        if m:
            rest = block[m.end():]
            parts = [m.group(2)] + re.findall(r"\b%s\s*\|=\s*([^;]+);" % re.escape(m.group(1)), rest)
            return " | ".join(f"({p.strip()})" for p in parts)
    return rv if rv and not re.fullmatch(r"\w+", rv) else None


def _revision_in(expr: str, ref: re.Pattern, macros) -> tuple[str, int | None]:
    """('dynamic', None) when bits [15:12] copy the referenced field,
    ('literal', n) when they are a constant, ('unknown', None) otherwise."""
    if ref.search(expr):
        probe = ref.sub("__REV__", expr)
        ok = all((v := evaluate(probe, macros, {"__REV__": k})) is not None and _field(v) == k
                 for k in (0, 1, 5))
        return ("dynamic", None) if ok else ("unknown", None)
    value = evaluate(expr, macros)
    return ("literal", _field(value)) if value is not None else ("unknown", None)


# --- GICD_IIDR ---------------------------------------------------------------

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


def _iidr(tree: _Tree, gic: _Gic) -> State | None:
    src = tree.new(gic.file)
    if src is not None:
        return _iidr_new(tree, gic, *src)
    tries = [_iidr_legacy(tree, gic, tree.legacy(name), fn, label)
             for name, fn, label in gic.legacy if tree.legacy(name) is not None]
    return next((s for s in tries if s.default != "unknown"), tries[0] if tries else None)


def _iidr_new(tree: _Tree, gic: _Gic, path: str, text: str) -> State:
    warnings = _cut_short(path, text)
    default, why = _iidr_default(tree, path, text, gic)
    warnings += why
    if default is None:
        return State(gic.item, "unknown", _UNKNOWN, tuple(warnings))
    settable, why = _iidr_settable(tree, path, text, gic, default)
    return State(gic.item, str(default), settable, tuple(warnings + why))


def _iidr_default(tree: _Tree, path: str, text: str, gic: _Gic) -> tuple[int | None, list[str]]:
    body = _body(text, gic.read_fn)
    block = case_block(body, gic.label) if body else None
    expr = _value_expr(block) if block else None
    if expr is None:
        return None, [f"{path}: no readable `case {gic.label}` value in {gic.read_fn}()"]
    kind, rev = _revision_in(expr, _REV_REF, tree.macros)
    if kind == "literal":
        return rev, []
    if kind == "unknown":
        return None, [f"{path} {gic.read_fn}(): cannot evaluate the IIDR revision of `{expr}`"]
    return _init_revision(tree)


def _init_revision(tree: _Tree) -> tuple[int | None, list[str]]:
    src = tree.new("vgic-init.c")
    if src is None:
        return None, ["vgic-init.c missing: cannot tell where implementation_rev is set"]
    path, text = src
    found = []  # (function, expression, value)
    funcs = functions(text)
    names = [n for n in ("kvm_vgic_create", "vgic_init") if n in funcs]
    for name in names + sorted(set(funcs) - set(names)):
        for rhs in re.findall(r"implementation_rev\s*=(?!=)\s*([^;]+);", funcs[name]):
            found.append((name, rhs.strip(), evaluate(rhs, tree.macros)))
    if not found:
        return None, [f"{path}: no assignment to implementation_rev found"]
    name, rhs, value = found[0]
    if value is None:
        return None, [f"{path} {name}(): cannot evaluate implementation_rev = {rhs}"]
    others = {v for _, _, v in found[1:]} - {value}
    warn = [f"{path}: implementation_rev also set to {sorted(map(str, others))}; "
            f"using {name}()'s {value}"] if others else []
    return value, warn


def _iidr_settable(tree, path, text, gic: _Gic, default: int) -> tuple[tuple[str, ...], list[str]]:
    body = _body(text, gic.uaccess_fn)
    if body is None:
        if _mentions(text, gic.uaccess_fn):
            return _UNKNOWN, [f"{path}: {gic.uaccess_fn}() is referenced but unreadable"]
        return (str(default),), []  # no userspace handler: the write is ignored
    block = case_block(body, gic.label)
    if block is None:
        return (str(default),), []  # falls through to the guest write handler, which ignores it
    where = f"{path} {gic.uaccess_fn}()"
    return _iidr_write(block, body, _last_param(text, gic.uaccess_fn), default, tree.macros, where)


def _iidr_write(block, body, val, default, macros, where):
    sw = _switch(block)
    if sw is not None:
        source, why = _revision_source(sw[0], block)
        if source is None:
            return _UNKNOWN, [f"{where}: {why}"]
        if source != val:
            if re.search(r"\b%s\s*=\s*\w*read\w*\s*\(" % re.escape(source), body):
                return (str(default),), [
                    f"{where}: the revision is taken from `{source}` (the current value), not "
                    f"from `{val}` (the written one): writes are accepted but restore nothing"]
            return _UNKNOWN, [f"{where}: revision read from `{source}`, not from `{val}`"]
        accepted, why = _accepted(sw[1], sw[0], macros, where)
        return (accepted if accepted == ("any",) else _sorted(set(accepted) | {str(default)})), why
    if re.search(r"implementation_rev\s*=(?!=)[^;]*\b%s\b" % re.escape(val), block):
        return ("any",), []
    read_call = r"\w*read\w*\s*\([^;]*?\)"
    if re.search(r"\b%s\s*!=\s*%s|%s\s*!=\s*%s\b" % (val, read_call, read_call, val), block):
        return (str(default),), []  # exact match: only the value read back
    return _UNKNOWN, [f"{where}: unrecognised `case` for the IIDR write"]


def _switch(block: str) -> tuple[str, list[tuple[list[str], str]]] | None:
    """(expression, [(labels, statements)]) of the first switch in a block."""
    m = re.search(r"\bswitch\s*\(", block)
    if not m:
        return None
    expr_end = _match_close(block, m.end() - 1, "(", ")")
    brace = block.find("{", expr_end) if expr_end is not None else -1
    close = _match_close(block, brace, "{", "}") if brace >= 0 else None
    if close is None:
        return None
    return block[m.end():expr_end].strip(), _segments(block[brace + 1:close])


def _match_close(text: str, start: int, op: str, cl: str) -> int | None:
    depth = 0
    for i in range(start, len(text)):
        depth += (text[i] == op) - (text[i] == cl)
        if depth == 0:
            return i
    return None


def _segments(body: str) -> list[tuple[list[str], str]]:
    segs: list[tuple[list[str], str]] = []
    last = 0
    for m in re.finditer(r"\b(?:case\s+([^:;?]+?)|(default))\s*:(?!:)", body):
        if body[:m.start()].count("{") != body[:m.start()].count("}"):
            continue  # a label of a nested switch
        if segs:
            segs[-1] = (segs[-1][0], body[last:m.start()])
        label = (m.group(1) or m.group(2)).strip()
        if segs and not segs[-1][1].strip():
            segs[-1] = (segs[-1][0] + [label], "")
        else:
            segs.append(([label], ""))
        last = m.end()
    if segs:
        segs[-1] = (segs[-1][0], body[last:])
    return segs


_FIELD_GET = re.compile(r"FIELD_GET\s*\(\s*\w*REVISION\w*\s*,\s*(\w+)\s*\)")
_SHIFT_GET = re.compile(r"\(\s*(\w+)\s*&\s*\w*REVISION_MASK\s*\)\s*>>")


def _revision_source(expr: str, block: str) -> tuple[str | None, str]:
    """The variable the switched-on revision is extracted from."""
    rhs = expr
    if re.fullmatch(r"\w+", expr):
        head = block[:block.find("switch")]
        found = re.findall(r"\b%s\s*=(?!=)\s*([^;]+);" % re.escape(expr), head)
        if not found:
            return None, f"no assignment to `{expr}` before the switch"
        rhs = found[-1]
    m = _FIELD_GET.search(rhs) or _SHIFT_GET.search(rhs)
    return (m.group(1), "") if m else (None, f"cannot see how the revision is extracted (`{rhs.strip()}`)")


def _accepted(segs, expr, macros, where) -> tuple[tuple[str, ...], list[str]]:
    """The revisions the switch segments store (labels or constants)."""
    values, warnings = [], []
    var = expr if re.fullmatch(r"\w+", expr) else None
    for i, (labels, _) in enumerate(segs):
        stored = _stored(segs, i)
        if stored is None:
            continue
        if "default" in labels:
            return ("any",), warnings
        for label in labels:
            rhs_is_switched = stored == expr or (var and stored == var)
            value = evaluate(label if rhs_is_switched else stored, macros)
            if value is None:
                warnings.append(f"{where}: cannot evaluate `{label if rhs_is_switched else stored}`")
            else:
                values.append(value)
    return _sorted(values), warnings


def _stored(segs, i: int) -> str | None:
    """What a switch segment stores in implementation_rev (following fall-through)."""
    for _, stmts in segs[i:]:
        m = re.search(r"implementation_rev\s*=(?!=)\s*([^;]+);", stmts)
        if m:
            return m.group(1).strip()
        if re.search(r"\b(return|break|goto)\b", stmts):
            return None
    return None


def _iidr_legacy(tree, gic: _Gic, src, fn, label) -> State:
    path, text = src
    block = None
    bodies = [_body(text, fn)] if fn else [_body(text, n) for n in functions(text)]
    for body in filter(None, bodies):
        block = case_block(body, label) if label else body
        if block and re.search(r"PRODUCT_ID_KVM|=\s*0x[0-9a-fA-F]{6,}", block):
            break
        block = None
    expr = _value_expr(block) if block else None
    kind, rev = _revision_in(expr, _REV_REF, tree.macros) if expr else ("unknown", None)
    warnings = _cut_short(path, text)
    if kind != "literal":
        what = f"{fn}()" if fn else f"`case {label}`"
        warnings.append(f"{path}: no readable IIDR value in {what}")
        return State(gic.item, "unknown", _UNKNOWN, tuple(warnings))
    # The old vgic has no userspace handler: a write through the device is ignored.
    return State(gic.item, str(rev), (str(rev),), tuple(warnings))


# --- ITS (GITS_IIDR.Revision = the table ABI) --------------------------------

ITS = "vgic/its/ABI_REVISION"


def _its(tree: _Tree) -> State | None:
    src = tree.new("vgic-its.c")
    if src is None:
        return None
    path, text = src
    warnings = _cut_short(path, text)
    macros = _its_macros(tree, text)
    default, why = _its_default(path, text, macros)
    if default is None:
        return State(ITS, "unknown", _UNKNOWN, tuple(warnings + why))
    settable, more = _its_settable(path, text, macros, default)
    return State(ITS, str(default), settable, tuple(warnings + why + more))


def _its_macros(tree: _Tree, text: str) -> dict[str, Define]:
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
    close = _match_close(text, m.end() - 1, "{", "}") if m else None
    if close is None:
        return None
    inner = text[m.end():close]
    depth, count = 0, 0
    for ch in inner:
        count += ch == "{" and depth == 0
        depth += (ch == "{") - (ch == "}")
    return count


def _its_default(path, text, macros) -> tuple[int | None, list[str]]:
    body = _body(text, "vgic_mmio_read_its_iidr")
    expr = _value_expr(body) if body else None
    if expr is None:
        return None, [f"{path}: vgic_mmio_read_its_iidr() unreadable"]
    kind, rev = _revision_in(expr, _ABI_REF, macros)
    if kind == "literal":
        return rev, []
    if kind == "unknown":
        return None, [f"{path} vgic_mmio_read_its_iidr(): cannot evaluate `{expr}`"]
    create = _body(text, "vgic_its_create")
    m = create and (re.search(r"vgic_its_set_abi\s*\(\s*\w+\s*,\s*([^;]+?)\)\s*;", create)
                    or re.search(r"abi_rev\s*=(?!=)\s*([^;]+);", create))
    if not m:
        return None, [f"{path}: vgic_its_create() does not show the initial ABI revision"]
    value = evaluate(m.group(1), macros)
    if value is None:
        return None, [f"{path} vgic_its_create(): cannot evaluate `{m.group(1).strip()}`"]
    return value, []


def _its_settable(path, text, macros, default: int) -> tuple[tuple[str, ...], list[str]]:
    name = "vgic_mmio_uaccess_write_its_iidr"
    body = _body(text, name)
    if body is None:
        if _mentions(text, name):
            return _UNKNOWN, [f"{path}: {name}() is referenced but unreadable"]
        return (str(default),), []
    m = re.search(r"if\s*\(\s*(\w+)\s*(>=|>)\s*([^)]+?)\s*\)\s*return\s*-", body)
    if not m or not re.search(r"vgic_its_set_abi\s*\(\s*\w+\s*,\s*%s\s*\)" % m.group(1), body):
        return _UNKNOWN, [f"{path} {name}(): unrecognised revision check"]
    bound = evaluate(m.group(3), macros)
    if bound is None:
        return _UNKNOWN, [f"{path} {name}(): cannot evaluate `{m.group(3)}`"]
    top = bound - 1 if m.group(2) == ">=" else bound
    return _sorted(set(range(0, top + 1)) | {default}), []


# --- GICD_TYPER2.nASSGIcap ---------------------------------------------------

TYPER2 = "vgic/v3/GICD_TYPER2_nASSGIcap"


def _typer2(tree: _Tree) -> State | None:
    src = tree.new("vgic-mmio-v3.c")
    if src is None:
        return None
    path, text = src
    body = _body(text, "vgic_mmio_read_v3_misc")
    if body is None:
        if "GICD_TYPER2" in text:
            return State(TYPER2, "unknown", _UNKNOWN, (f"{path}: vgic_mmio_read_v3_misc() unreadable",))
        return None
    block = case_block(body, "GICD_TYPER2")
    if block is None:
        return None  # no GICv4.1 support: the item does not exist yet
    default, warnings = _typer2_default(tree, text, block, path)
    settable, more = _typer2_settable(text, default, path)
    return State(TYPER2, default, settable, tuple(_cut_short(path, text) + warnings + more))


def _typer2_default(tree, text, block, path) -> tuple[str, list[str]]:
    if "GICD_TYPER2_nASSGIcap" not in block:
        return "clear", []
    if not re.search(r"\bif\b|\?", block):
        return "set", []
    funcs = functions(text)
    cond = block + "".join(_body(text, n) or "" for n in re.findall(r"\b(\w+)\s*\(", block)
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
    body = _body(text, name)
    if body is None:
        if _mentions(text, name):
            return _UNKNOWN, [f"{path}: {name}() is referenced but unreadable"]
        return (default,), []
    block = case_block(body, "GICD_TYPER2")
    if block is None:
        return (default,), []  # write ignored
    if re.search(r"nassgicap\s*=(?!=)", block):
        return (("clear", "host") if _HOST.search(block) else ("clear", "set")), []
    val = re.escape(_last_param(text, name))
    if re.search(r"\b%s\s*!=\s*\w*read\w*\s*\(" % val, block):
        return (default,), []  # exact match only
    return _UNKNOWN, [f"{path} {name}(): unrecognised GICD_TYPER2 write"]


# --- entry point ---------------------------------------------------------------

def extract_vgic(files: Mapping[str, str]) -> list[State]:
    tree = _Tree.load(files)
    states = [_guard(V2.item, _iidr, tree, V2), _guard(V3.item, _iidr, tree, V3),
              _guard(ITS, _its, tree), _guard(TYPER2, _typer2, tree)]
    return [s for s in states if s is not None]


EXTRACTOR = Extractor(name="vgic", paths=PATHS, fn=extract_vgic)
