"""CPU cost of each extractor per new file version, as an ingest meets them
(every registered extractor in turn on each version, caches carried over):
the first run in a fresh process, then versions whose sys_regs.c changed,
alternating a comment appended (the benchmark series' edit) and one
function's body edited (a different function each time).

    .venv/bin/python -m bench.extract_cost 7.3 [--edits 12]

Prints per extractor: first run, and min / median ms of each kind of edit
(CPU time: time.process_time; the machine may be shared).
"""
from __future__ import annotations

import argparse
import re
import statistics
import time
from pathlib import Path

from bench._series import debian_trees
from ingest import watched

SYS_REGS_C = "arch/arm64/kvm/sys_regs.c"
_FUNC = re.compile(r"^static [^;{]*?\b(\w+)\([^;{]*\)\n\{\n", re.M)


def run(files: dict[str, str]) -> dict[str, float]:
    out = {}
    for ext in watched.EXTRACTORS:
        given = {p: files[p] for p in ext.paths if p in files}
        t0 = time.process_time()
        ext(given)
        out[ext.name] = time.process_time() - t0
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("version", help="a cached Debian tree: 6.1, 6.12, 7.3")
    ap.add_argument("--edits", type=int, default=12)
    args = ap.parse_args(argv)
    tree = next((t for t in debian_trees() if t.name == f"linux-{args.version}"), None)
    if tree is None:
        raise SystemExit(f"linux-{args.version} is not cached")
    base = {p: (tree / p).read_text(errors="replace") for p in watched.WATCHED_PATHS if (tree / p).is_file()}
    first = run(base)
    src = base[SYS_REGS_C]
    funcs = list(_FUNC.finditer(src))
    comment: list[dict[str, float]] = []
    body: list[dict[str, float]] = []
    for i in range(args.edits):
        files = dict(base)
        if i % 2:
            files[SYS_REGS_C] = src + f"\n/* edit {i} */\n"
            comment.append(run(files))
        else:
            m = funcs[(i * 37) % len(funcs)]
            files[SYS_REGS_C] = src[:m.end()] + f"\tint edit{i};\n" + src[m.end():]
            body.append(run(files))

    def ms(rows, name):
        xs = [r[name] * 1000 for r in rows] if name else [sum(r.values()) * 1000 for r in rows]
        return f"{min(xs):6.1f} {statistics.median(xs):6.1f}"

    print(f"linux-{args.version}: ms CPU per run   first   comment edit (min med)   body edit (min med)")
    for name in [e.name for e in watched.EXTRACTORS] + [None]:
        f = first[name] * 1000 if name else sum(first.values()) * 1000
        print(f"  {name or 'all':9} {f:8.1f}   {ms(comment, name)}   {ms(body, name)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
