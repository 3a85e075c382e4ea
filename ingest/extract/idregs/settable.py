"""What userspace may write to an ID register's fields: the host's safety
rules for the writable mask (v6.6-), or the values a custom set function
accepts (before)."""
from __future__ import annotations

import re

from ingest.extract.c.cexpr import Env
from ingest.extract.idregs.ftrbits import POLICY
from ingest.extract.idregs.setfilters import read_filter
from ingest.extract.idregs.tree import FieldState, Tree
from ingest.extract.idregs.sysreg_desc import Reg
from ingest.extract.idregs.sysregtable import Desc


def writable_fields(tree: Tree, d: Desc, name: str, reg: Reg, fields: dict[str, FieldState],
                    policy: str, whole_warn: list[str]) -> list[str]:
    """Each field's settable set; returns the names of the writable fields."""
    if policy in ("hidden", "unallocated"):
        return []
    set_user = d.member("set_user")
    if set_user is None:
        return []
    if tree.writable:
        return _settable_writable(tree, d, name, fields, set_user, whole_warn)
    if set_user in ("set_id_reg", "set_raz_id_reg"):
        return []
    return _settable_custom(tree, set_user, name, reg, fields)


def _settable_writable(tree: Tree, d: Desc, name: str, fields: dict[str, FieldState], set_user: str,
                       whole_warn: list[str]) -> list[str]:
    if set_user != "set_id_reg" and tree.body(set_user) is None:
        for fs in fields.values():
            fs.warnings.append(f"userspace writes go through {set_user}(), not read")
        return []
    mask_text = d.members.get("val", "0").strip() or "0"
    mask = tree.env.value(mask_text)
    if mask is None:
        whole_warn.append(f"unresolved expression: {' '.join(mask_text.split())} (writable mask)")
        for fs in fields.values():
            fs.warnings.append("writable mask not resolved")
        return []
    bits = tree.host.of(name) if tree.host else None
    by_lsb = {b.lsb: b for b in bits or []}
    writable = []
    for fs in fields.values():
        if fs.f.mask & mask != fs.f.mask:
            continue
        b = by_lsb.get(fs.f.lsb)
        if b is None:
            continue  # arm64_check_features() only relaxes fields the host describes
        ftype = tree.safety_overrides.get((name, fs.f.lsb), b.type)
        policy = POLICY.get(ftype)
        if policy is None:
            fs.warnings.append(f"unknown safety type {ftype}")
            continue
        if ftype == "FTR_HIGHER_OR_ZERO_SAFE":
            fs.extra["safety"] = "higher-or-zero-safe"
        fs.settable = (policy,)
        writable.append(fs.f.name)
    if set_user != "set_id_reg" and not read_filter(tree, set_user, name, fields):
        for fs in fields.values():
            fs.warnings.append(f"userspace writes go through {set_user}(), not read")
    return writable


def _settable_custom(tree: Tree, fn: str, name: str, reg: Reg, fields: dict[str, FieldState]) -> list[str]:
    """Before writable ID registers: a set function that lets some fields
    differ from what is read (`val ^= read_id_reg(); val &= ~(masks); if (val)
    return -EINVAL;`), each bounded by `if (x > N ...) return -EINVAL`."""
    body = tree.body(fn)
    env = tree.env
    m = re.search(r"\^=\s*\w*read\w*\s*\([^;]*;\s*\w+\s*&=\s*~\s*(.+?);", body or "", re.S)
    if body is None or m is None:
        for fs in fields.values():
            fs.warnings.append(f"userspace writes go through {fn}(), not understood")
        return []
    free = env.value(m.group(1))
    if free is None:
        for fs in fields.values():
            fs.warnings.append(f"unresolved expression: {' '.join(m.group(1).split())} (in {fn}())")
        return []
    bounds = _bounds(body, env)
    writable = []
    for fs in fields.values():
        if fs.f.mask & free != fs.f.mask:
            continue
        bound = bounds.get(fs.f.lsb)
        if bound is None:
            fs.warnings.append(f"{fn}() lets this field differ; its accepted values were not read")
            continue
        top, check = bound
        fs.settable = tuple(str(v) for v in range(top + 1))
        fs.extra["set_check"] = check
        writable.append(fs.f.name)
    return writable


def _bounds(body: str, env: Env) -> dict[int, tuple[int, str]]:
    """`x = cpuid_feature_extract_unsigned_field(val, SHIFT); if (x > N ...)` -> {lsb: (N, condition)}."""
    out = {}
    for m in re.finditer(r"(\w+)\s*=\s*cpuid_feature_extract_unsigned_field\s*\(\s*\w+\s*,\s*(\w+)\s*\)", body):
        var, shift = m.group(1), env.value(m.group(2))
        cond = re.search(r"if\s*\((\s*%s\s*>\s*(\w+)[^{;]*?)\)\s*return\s+-E" % re.escape(var), body[m.end():], re.S)
        if shift is None or cond is None:
            continue
        top = env.value(cond.group(2))
        if top is not None:
            out[shift] = (top, " ".join(cond.group(1).split()))
    return out
