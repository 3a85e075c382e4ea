"""The kernel texts the firmware extractor reads, and how it looks things up.

One `Source` per commit: comment-free texts, every #define of the files read
(plus a few kernel-library and fixed-uapi macros the files use but do not
define), the uapi enumerators, and function lookup across the files where a
function lived in each era.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Mapping

from ingest.extract.c import csrc, lines
from ingest.extract.c.cexpr import Env
from ingest.facts import Evidence

UAPI = "arch/arm64/include/uapi/asm/kvm.h"

# Headers holding the PSCI version macros, oldest era first: later ones win.
HEADERS = (
    "include/uapi/linux/psci.h",  # PSCI_VERSION(maj, min)
    "arch/arm64/include/asm/kvm_psci.h",  # < v4.16: KVM_ARM_PSCI_0_2 == 2
    "include/kvm/arm_psci.h",  # >= v4.16: KVM_ARM_PSCI_*, _LATEST, kvm_psci_version()
)

# Code, newest layout first. psci.c held the firmware registers from v4.16
# (virt/kvm/arm, arch/arm/kvm before that) until v5.19 moved them to
# hypercalls.c; the v5.8 move put both under arch/arm64/kvm.
CODE = (
    "arch/arm64/kvm/hypercalls.c",
    "arch/arm64/kvm/psci.c",
    "virt/kvm/arm/hypercalls.c",
    "virt/kvm/arm/psci.c",
    "arch/arm/kvm/psci.c",
    "include/kvm/arm_psci.h",
)

PATHS = tuple(dict.fromkeys((UAPI,) + HEADERS + CODE))
COPY_FN = "kvm_arm_copy_fw_reg_indices"


# Macros the files use without defining them (the kernel's bit helpers are
# cexpr.BUILTINS). The two KVM_REG_* values are fixed uapi
# (include/uapi/linux/kvm.h, never changed); PSCI_VERSION is the PSCI spec's
# encoding and only used when include/uapi/linux/psci.h is not handed in.
BUILTINS = {
    "KVM_REG_ARM64": csrc.Define(None, "0x6000000000000000"),
    "KVM_REG_SIZE_U64": csrc.Define(None, "0x0030000000000000"),
    "PSCI_VERSION": csrc.Define(("maj", "min"), "(((maj) << 16) | (min))"),
}


@dataclass(frozen=True)
class Source:
    texts: dict[str, str]  # path -> text without comments
    macros: dict[str, csrc.Define]
    consts: dict[str, int]  # enumerators of the uapi header

    @classmethod
    def read(cls, files: Mapping[str, str]) -> "Source":
        texts = {p: csrc.strip_comments(files[p]) for p in PATHS if isinstance(files.get(p), str)}
        macros = dict(BUILTINS)
        for path in (UAPI,) + HEADERS + CODE:
            macros.update(csrc.defines(texts.get(path, "")))
        consts = csrc.enum_values(drop_directives(texts.get(UAPI, "")))
        return cls(texts, macros, consts)

    @property
    def has_code(self) -> bool:
        return any(p in self.texts for p in CODE if p.endswith(".c"))

    @cached_property
    def env(self) -> Env:
        # One environment for the whole commit: its cache answers the
        # expressions asked again (an Env per expression would redo them).
        return Env(self.macros, self.consts)

    def value(self, expr: str) -> int | None:
        return self.env.value(expr)

    def index(self, name: str, listed) -> tuple[tuple[str, str], ...]:
        """(("index", "0x...")) for a register the list holds (or when the
        list is unreadable), () otherwise or when the index cannot be computed."""
        if listed is not None and name not in listed:
            return ()
        value = self.value(name) if name in self.macros else None
        if value is None or value >> 48 != 0x6030:  # arm64 and 64-bit, or misread
            return ()
        return (("index", hexindex(value)),)

    def mentions(self, name: str) -> str | None:
        """The first code file naming `name`, or None."""
        return next((p for p in CODE if csrc.mentions(self.texts.get(p, ""), name)), None)

    def function(self, name: str) -> str | None:
        """The body of a function defined in any code file, or None."""
        found = self.defined_in(name)
        return find_definition(self.texts[found], name) if found else None

    def defined_in(self, name: str) -> str | None:
        """The code file defining function `name`, or None."""
        return next((p for p in CODE if find_definition(self.texts.get(p, ""), name) is not None), None)

    # --- evidence: the lines that decided a value -----------------------------

    def line(self, what: str, function: str, *patterns: str) -> Evidence | None:
        """The line where the last of `patterns` matches (each after the
        previous one) in function `function`, wherever it is defined."""
        path = self.defined_in(function)
        return lines.search(what, path, self.texts[path], *patterns, function=function) if path else None

    def define_line(self, what: str, name: str) -> Evidence | None:
        """The `#define name` line, for a macro name (None for an expression)."""
        if not re.fullmatch(r"[A-Z_][A-Z0-9_]*", name.strip()):
            return None
        return lines.define_in(what, self.texts, name.strip())

    def list_line(self, name: str) -> Evidence | None:
        """Where kvm_arm_copy_fw_reg_indices lists register `name`: its
        put_user() or its entry in the array the copy walks."""
        word = r"\b%s\b" % re.escape(name)
        found = self.line("default", COPY_FN, r"put_user\s*\(\s*" + word)
        body = self.function(COPY_FN) or ""
        for array in re.findall(r"put_user\s*\(\s*([A-Za-z_]\w*)\s*\[", body):
            for path in CODE:
                text = self.texts.get(path, "")
                found = found or lines.search("default", path, text, r"\b%s\s*\[\s*\]\s*=\s*\{[^}]*?(%s)"
                                              % (array, word), group=1)
        return found


@lru_cache(maxsize=16)
def drop_directives(text: str) -> str:
    """Preprocessor lines out (an enum's `#ifdef __KERNEL__` COUNT entry stays)."""
    return re.sub(r"^[ \t]*#.*$", "", text, flags=re.M)


@lru_cache(maxsize=512)
def find_definition(text: str, name: str) -> str | None:
    """A function's body from its definition, never from a call site such as
    `switch (name(vcpu)) {` (which the brace fallback alone could take).
    Cached: every run looks up the same names in every code file."""
    if not text or name not in text:
        return None
    body = csrc.functions(text).get(name)
    if body is not None:
        return body if _whole(body) else None
    head = r"^(?!\s*(?:return|if|switch|while|for)\b)[\w \t*]*\b%s\s*\(" % re.escape(name)
    for m in re.finditer(head, text, re.M):
        if re.match(r"[^;{]*\)\s*\{", text[m.end():]):  # a body follows, not a prototype's ';'
            return csrc.function_body(text[m.start():], name)
    return None


def _whole(body: str) -> bool:
    """False for a body the parser closed itself (a truncated file)."""
    return body.rstrip().endswith("}") and body.count("{") == body.count("}")


def braced(text: str, start: int) -> str | None:
    """The `{...}` block opening at or after `start`, or None if unbalanced."""
    open_at = text.find("{", start)
    end = csrc.closing(text, open_at) if open_at >= 0 else None
    return text[open_at:end + 1] if end is not None else None


def parenthesised(text: str, open_at: int) -> tuple[str, int] | None:
    """(inside, index after the closing parenthesis) for `(` at `open_at`."""
    end = csrc.closing(text, open_at)
    return (text[open_at + 1:end], end + 1) if end is not None else None


def statement(text: str, start: int) -> str | None:
    """The statement beginning at `start`: a braced block or up to its `;`."""
    rest = text[start:]
    if rest.lstrip().startswith("{"):
        return braced(text, start)
    end = rest.find(";")
    return rest[:end + 1] if end >= 0 else None


def switch_body(text: str, subject: str) -> str | None:
    """The body of the first `switch (<subject>)` in `text`."""
    m = re.search(r"\bswitch\s*\(\s*%s\s*\)" % subject, text)
    return braced(text, m.end()) if m else None


def top_labels(body: str) -> list[str]:
    """Case labels directly in a switch body (nested switches skipped)."""
    inner, depth, out = body.strip()[1:-1], 0, []
    for m in re.finditer(r"[{}]|\bcase\s+([\w()., |<>+-]+?)\s*:(?!:)", inner):
        if m.group(0) in "{}":
            depth += 1 if m.group(0) == "{" else -1
        elif depth == 0:
            out.append(m.group(1).strip())
    return out


def hexindex(value: int) -> str:
    return f"0x{value:016x}"
