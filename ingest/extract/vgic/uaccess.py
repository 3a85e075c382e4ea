"""The `case GICD_IIDR` of a userspace write handler: which revisions it
stores in implementation_rev (a switch on the written value, a copy of it,
or an exact-match check), and from which variable it reads them."""
from __future__ import annotations

import re

from ingest.extract.c.csrc import closing, evaluate
from ingest.extract.vgic.tree import UNKNOWN, sorted_values


def write_case(block: str, body: str, val: str, default: int, macros,
               where: str) -> tuple[tuple[str, ...], list[str]]:
    """The revisions a `case` of the write handler `body` stores, `val` being
    the written value's parameter; `where` names the handler in warnings."""
    sw = _switch(block)
    if sw is not None:
        source, why = _revision_source(sw[0], block)
        if source is None:
            return UNKNOWN, [f"{where}: {why}"]
        if source != val:
            if re.search(r"\b%s\s*=\s*\w*read\w*\s*\(" % re.escape(source), body):
                return (str(default),), [
                    f"{where}: the revision is taken from `{source}` (the current value), not "
                    f"from `{val}` (the written one): writes are accepted but restore nothing"]
            return UNKNOWN, [f"{where}: revision read from `{source}`, not from `{val}`"]
        accepted, notes = _accepted(sw[1], sw[0], macros, where)
        return (accepted if accepted == ("any",) else sorted_values(set(accepted) | {str(default)})), notes
    if re.search(r"implementation_rev\s*=(?!=)[^;]*\b%s\b" % re.escape(val), block):
        return ("any",), []
    read_call = r"\w*read\w*\s*\([^;]*?\)"
    if re.search(r"\b%s\s*!=\s*%s|%s\s*!=\s*%s\b" % (val, read_call, read_call, val), block):
        return (str(default),), []  # exact match: only the value read back
    return UNKNOWN, [f"{where}: unrecognised `case` for the IIDR write"]


def write_evidence(block: str, val: str) -> list[tuple[str, ...]]:
    """Where in the `case` block the settable set is decided, as chains of
    patterns for lines.search (each searched after the previous one): the
    switch's accepted labels and the store, the copy of `val`, or the
    exact-match check."""
    sw = _switch(block)
    if sw is not None:
        chains: list[tuple[str, ...]] = [(r"\bswitch\s*\(", r"\b%s\s*:(?!:)" % _label_pattern(label))
                  for i, (labels, _) in enumerate(sw[1]) if _stored(sw[1], i) is not None
                  for label in labels]
        return chains + [(r"\bswitch\s*\(", r"implementation_rev\s*=(?!=)")]
    if re.search(r"implementation_rev\s*=(?!=)[^;]*\b%s\b" % re.escape(val), block):
        return [(r"implementation_rev\s*=(?!=)[^;]*\b%s\b" % re.escape(val),)]
    if re.search(r"\b%s\s*!=|!=\s*%s\b" % (re.escape(val), re.escape(val)), block):
        return [(r"\b%s\s*!=|!=\s*%s\b" % (re.escape(val), re.escape(val)),)]
    return []


def _label_pattern(label: str) -> str:
    return "default" if label == "default" else r"case\s+" + r"\s*".join(map(re.escape, label.split()))


def _switch(block: str) -> tuple[str, list[tuple[list[str], str]]] | None:
    """(expression, [(labels, statements)]) of the first switch in a block."""
    m = re.search(r"\bswitch\s*\(", block)
    if not m:
        return None
    expr_end = closing(block, m.end() - 1)
    brace = block.find("{", expr_end) if expr_end is not None else -1
    close = closing(block, brace) if brace >= 0 else None
    if close is None:
        return None
    return block[m.end():expr_end].strip(), _segments(block[brace + 1:close])


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
    values: list[int] = []
    warnings: list[str] = []
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
    return sorted_values(values), warnings


def _stored(segs, i: int) -> str | None:
    """What a switch segment stores in implementation_rev (following fall-through)."""
    for _, stmts in segs[i:]:
        m = re.search(r"implementation_rev\s*=(?!=)\s*([^;]+);", stmts)
        if m:
            return m.group(1).strip()
        if re.search(r"\b(return|break|goto)\b", stmts):
            return None
    return None
