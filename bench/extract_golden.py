"""Proof that extractor speed-ups change no output: every registered
extractor run on many versions of the watched files (the cached Debian
trees, each with edits of its own: comment appends, shifted lines, one
function body altered, lines deleted; the benchmark's Debian and
kernel-shaped series), each result's repr (states with evidence, extras
and warnings, or the exception) hashed per (version, extractor).

    .venv/bin/python -m bench.extract_golden save  OUT.json.gz
    .venv/bin/python -m bench.extract_golden check OUT.json.gz [--shuffle SEED]

`check` runs the versions in one process (caches carried from one run to
the next, as in an ingest), in order or shuffled, and lists every
(version, extractor) whose output differs from the saved one.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
import sys
import time
from pathlib import Path

from bench._series import debian_trees, make_series
from ingest import watched

SYS_REGS_C = "arch/arm64/kvm/sys_regs.c"
CPUFEATURE = "arch/arm64/kernel/cpufeature.c"
SYSREG = "arch/arm64/tools/sysreg"
KEY_FUNCS = ("read_id_reg", "__kvm_read_sanitised_id_reg", "kvm_read_sanitised_id_reg", "set_id_reg",
             "set_id_aa64pfr0_el1", "id_visibility", "arm64_check_features", "kvm_finalize_sys_regs",
             "reset_clidr", "sanitise_id_aa64pfr0_el1", "sanitise_id_aa64dfr0_el1", "raz_visibility",
             "aa32_id_visibility", "set_id_dfr0_el1", "read_sanitised_id_aa64pfr0_el1", "kvm_reset_sys_regs",
             "sve_visibility", "sme_visibility", "kvm_arm_sys_reg_get_reg", "access_id_reg")
FUNC = re.compile(r"^(?:static\s+)?(?:inline\s+)?[A-Za-z_][\w \t\*]*?\b(\w+)\([^;{]*?\)\s*\n\{\n", re.M)


def _functions(text: str) -> list[tuple[str, int]]:
    """(name, offset just inside the opening brace) of each top-level function."""
    return [(m.group(1), m.end()) for m in FUNC.finditer(text)]


def _delete_line(text: str, pattern: str, k: int) -> str | None:
    lines = text.splitlines(keepends=True)
    hits = [i for i, ln in enumerate(lines) if re.search(pattern, ln)]
    if k >= len(hits):
        return None
    del lines[hits[k]]
    return "".join(lines)


def tree_variants(tag: str, base: dict[str, str]):
    """(name, files) for a tree and edits of it, in an order an ingest might meet them."""
    yield f"{tag}/base", base
    src = base.get(SYS_REGS_C)
    if src is None:
        return
    for i in range(2):
        yield f"{tag}/sysregs-comment{i}", {**base, SYS_REGS_C: src + f"\n/* edit {i} */\n"}
    yield f"{tag}/sysregs-shifted", {**base, SYS_REGS_C: "\n\n" + src}
    funcs = _functions(src)
    chosen = [f for f in funcs if f[0] in KEY_FUNCS] + funcs[::17]
    for name, at in chosen:
        yield f"{tag}/body:{name}@{at}", {**base, SYS_REGS_C: src[:at] + "\t(void)0;\n" + src[at:]}
    for pattern, step in ((r"val &= ~", 2), (r"ID_WRITABLE|ID_FILTERED|ID_SANITISED\(|ID_HIDDEN\(", 9),
                          (r"ARM64_FEATURE_MASK|FIELD_PREP|SYS_FIELD_PREP", 7), (r"return REG_", 3),
                          (r"kvm_has_feat|cpus_have_final_cap|system_supports_", 6)):
        for k in range(0, 60, step):
            text = _delete_line(src, pattern, k)
            if text is None:
                break
            yield f"{tag}/del:{pattern}#{k}", {**base, SYS_REGS_C: text}
    for path, pattern, step in ((CPUFEATURE, r"ARM64_FTR_BITS\(", 37), (SYSREG, r"^Field\s", 61),
                                (SYSREG, r"^Enum\s|^UnsignedEnum|^SignedEnum", 23)):
        if path not in base:
            continue
        for k in range(0, 400, step):
            text = _delete_line(base[path], pattern, k)
            if text is None:
                break
            yield f"{tag}/del:{path}:{pattern}#{k}", {**base, path: text}
    for path in sorted(base):
        mark = "#" if not path.endswith((".c", ".h")) else "//"
        yield f"{tag}/comment:{path}", {**base, path: base[path] + f"{mark} golden edit\n"}
    yield f"{tag}/base-again", base


def versions():
    paths = watched.WATCHED_PATHS
    for tree in debian_trees():
        base = {p: (tree / p).read_text(errors="replace") for p in paths if (tree / p).is_file()}
        yield from tree_variants(tree.name, base)
    series = make_series(paths, 4000, seed=7)
    for k in range(series.versions):
        yield f"debseries/{k}", series.snapshot(k)
    shapes = make_series(paths, 12000, seed=3, real=False)
    for k in range(shapes.versions):
        yield f"shapes/{k}", shapes.snapshot(k)


def run_all(order_seed: int | None):
    items = list(versions())
    if order_seed is not None:
        random.Random(order_seed).shuffle(items)
    out: dict[str, str] = {}
    cpu: dict[str, float] = {}
    for name, files in items:
        for ext in watched.EXTRACTORS:
            given = {p: files[p] for p in ext.paths if p in files}
            t0 = time.process_time()
            try:
                text = repr(tuple(ext(given)))
            except Exception as exc:  # recorded: an error must stay the same error
                text = "ERROR " + repr(exc)
            cpu[ext.name] = cpu.get(ext.name, 0.0) + time.process_time() - t0
            out[f"{name}|{ext.name}"] = hashlib.sha256(text.encode()).hexdigest()
    return out, cpu, len(items)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("save", "check"))
    ap.add_argument("path")
    ap.add_argument("--shuffle", type=int, default=None)
    args = ap.parse_args(argv)
    out, cpu, n = run_all(args.shuffle)
    print(f"{n} versions, {len(out)} results; CPU s per extractor:",
          {k: round(v, 1) for k, v in sorted(cpu.items())})
    if args.mode == "save":
        with gzip.open(args.path, "wt") as f:
            json.dump(out, f, sort_keys=True)
        return 0
    with gzip.open(args.path, "rt") as f:
        saved = json.load(f)
    bad = sorted(k for k in saved.keys() | out.keys() if saved.get(k) != out.get(k))
    for k in bad[:50]:
        print("DIFFERS", k)
    print(f"{len(saved) - len(bad)} of {len(saved)} identical; {len(bad)} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
