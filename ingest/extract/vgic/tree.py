"""The vGIC files of one commit, and what every vGIC item reads them with:
whole function bodies, the value a read handler builds, the revision field
[15:12] of an IIDR value (ingest/extract/vgic/__init__.py says which eras look how)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

from ingest.extract.c.csrc import Define, defines, evaluate, function_body, strip_comments

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
UNKNOWN = ("unknown",)  # settable set that could not be read (always with a warning)


# --- the files of one commit -------------------------------------------------

@dataclass
class Tree:
    texts: dict[str, str]  # path -> text without comments
    macros: dict[str, Define]

    @classmethod
    def load(cls, files: Mapping[str, str]) -> "Tree":
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


def cut_short(path: str, text: str) -> list[str]:
    """A warning when a file looks truncated (unbalanced, or ends mid-statement)."""
    return [] if _looks_whole(text) else [f"{path}: the file looks truncated (unbalanced or ends mid-statement)"]


@lru_cache(maxsize=64)
def _looks_whole(text: str) -> bool:
    # Cached: counting brackets over every file again on each run adds up.
    tail = text.rstrip()
    last = tail.splitlines()[-1].strip() if tail else ""
    return (_balanced(text) and text.count("(") == text.count(")")
            and (not tail or tail[-1] in "};" or last.startswith("#")))


@lru_cache(maxsize=256)
def whole_body(text: str, name: str) -> str | None:
    """A function body, or None when missing or cut short (cached: every
    run asks for the same functions of the unchanged files)."""
    body = function_body(text, name)
    if body is None or not _balanced(body) or not body.rstrip().endswith("}"):
        return None
    return body


def last_param(text: str, name: str) -> str:
    m = re.search(r"\b%s\s*\(([^)]*)\)\s*\{" % re.escape(name), text)
    words = re.findall(r"\w+", m.group(1).split(",")[-1]) if m else []
    return words[-1] if words else "val"


def revision_field(value: int) -> int:
    return (value >> 12) & 0xF


def sorted_values(values) -> tuple[str, ...]:
    return tuple(str(v) for v in sorted(set(values), key=int))


# --- value expressions -------------------------------------------------------

def value_expr(block: str) -> str | None:
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


def revision_in(expr: str, ref: re.Pattern, macros) -> tuple[str, int | None]:
    """('dynamic', None) when bits [15:12] copy the referenced field,
    ('literal', n) when they are a constant, ('unknown', None) otherwise."""
    if ref.search(expr):
        probe = ref.sub("__REV__", expr)
        ok = all((v := evaluate(probe, macros, {"__REV__": k})) is not None and revision_field(v) == k
                 for k in (0, 1, 5))
        return ("dynamic", None) if ok else ("unknown", None)
    value = evaluate(expr, macros)
    return ("literal", revision_field(value)) if value is not None else ("unknown", None)
