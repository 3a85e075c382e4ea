"""Feature dependencies KVM enforces on a VM's ID registers before it first
runs (v7.x): kvm_finalize_sys_regs() calls kvm_idregs_enforce_dependencies()
(arch/arm64/kvm/config.c), which, for every map listed in idreg_feat_maps[],

    static const struct reg_bits_to_feat_map id_aa64mmfr3_el1_feat_map[] = {
            NEEDS_FEAT(ID_AA64MMFR3_EL1_S1PIE, feat_s1pie),
    };
    static const DECLARE_IDREG_FEAT_MAP(id_aa64mmfr3_el1_desc, ID_AA64MMFR3_EL1,
                                        id_aa64mmfr3_el1_feat_map, FEAT_AA64EL1);

clears the bits of each function-checked entry (CALL_FUNC: NEEDS_FEAT with
one function) whose function is false for the VM: here a clear of S1PIE
under `!(kvm_has_feat(kvm, FEAT_S1PIE) && ...)`. The VM's features are its
ID register values, the host's on a default VM (hostconds: none of these
optional features on the common host). What is not read warns.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.c import csrc
from ingest.extract.c.cexpr import U64, Env, split_top
from ingest.extract.c.kvmconds import negate
from ingest.extract.idregs.read_effects import Effect

CONFIG_C = "arch/arm64/kvm/config.c"
ENFORCE = "kvm_idregs_enforce_dependencies"


@lru_cache(maxsize=4)
def _read(config: str) -> tuple[dict[str, list[tuple[str, str]]], dict[str, str]]:
    """register -> [(mask text, function)], and the file's functions."""
    text = csrc.strip_comments(config)
    funcs = dict(csrc.functions(text))
    listed = re.search(r"\bidreg_feat_maps\s*\[\s*\]\s*=\s*\{([^}]*)\}", text)
    out: dict[str, list[tuple[str, str]]] = {}
    for desc in re.findall(r"&\s*(\w+)", listed.group(1) if listed else ""):
        m = re.search(r"DECLARE_IDREG_FEAT_MAP\s*\(\s*%s\s*,\s*(\w+)\s*,\s*(\w+)" % re.escape(desc), text)
        body = _array(text, m.group(2)) if m else None
        if m is None or body is None:
            out.setdefault("?", []).append((desc, ""))
            continue
        for entry in split_top(body):
            e = re.fullmatch(r"NEEDS_FEAT\s*\((.*)\)", entry.strip(), re.S)
            args = split_top(e.group(1)) if e else []
            if len(args) == 2 and args[1].strip() in funcs:  # NEEDS_FEAT(mask, function): CALL_FUNC
                out.setdefault(m.group(1), []).append((args[0], args[1].strip()))
    return out, funcs


def _unwrap(expr: str) -> str:
    while expr.startswith("(") and expr.endswith(")") and csrc.closing(expr, 0) == len(expr) - 1:
        expr = expr[1:-1].strip()
    return expr


def _array(text: str, name: str) -> str | None:
    m = csrc.search_word(name, r"\s*\[\s*\]\s*=\s*\{", text)
    return csrc.inside(text, m.end() - 1) if m else None


@lru_cache(maxsize=4)
def _enforced(sys_regs_text: str) -> bool:
    # Asked once per register: search the file once (a leading \b keeps the
    # regex engine from its fast literal scan, ~10 ms per search on 7.x's file).
    return re.search(r"%s\s*\(" % ENFORCE, sys_regs_text) is not None


def dependency_effects(config: str | None, sys_regs_text: str, reg: str, env: Env) -> list[Effect]:
    """Clears kvm_idregs_enforce_dependencies() makes on `reg`."""
    if config is None or not _enforced(sys_regs_text):
        return []
    maps, funcs = _read(config)
    out = []
    for mask_text, fn in maps.get(reg, []):
        mask = env.value(mask_text)
        ret = re.fullmatch(r"\{\s*return\s+(.+?);\s*\}", funcs[fn].strip(), re.S)
        if mask is None or ret is None:
            out.append(Effect("unknown", mask if mask is not None else U64, source=ENFORCE,
                              value_text=f"{fn}()", note=f"{ENFORCE}() (config.c): {fn}() not read"))
            continue
        out.append(Effect("clear", mask, (negate(_unwrap(" ".join(ret.group(1).split()))),), source=fn))
    return out
