"""Ingest benchmark: a synthetic kernel-like history, ingested twice.

    python bench/ingest.py [--commits N | --quick] [--keep DIR] [--profile DIR]

Builds (or reuses, with --keep) a repository of N commits with git
fast-import, then measures in the same run:
  - `git log -p --format=%H -- <watched paths>` to /dev/null (the yardstick),
    and the same with --full-history: git's history simplification skips
    the side branches of merges that leave the paths alone, which the
    ingest cannot (a side branch may change a watched file and change it
    back); --full-history visits every commit, as the ingest does,
  - a full ingest into a fresh SQLite database,
  - a no-op re-run (nothing new),
  - the peak RSS of each ingest (each runs in its own process).
Prints the figures beside their targets; exits 0 whatever they are.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[0] = str(HERE.parent)  # this file's name would shadow the ingest package

from bench._history import Params, build  # noqa: E402
from bench._series import make_series  # noqa: E402

TARGET_RATIO, TARGET_NOOP, TARGET_RSS_MB = 3.0, 0.5, 300
TARGET_NEW100, TARGET_NEW5, TARGET_HELP = 2.0, 1.0, 0.3
CACHE = Path.home() / ".cache" / "guestabi" / "bench"
SPARSE = 0.0009  # torvalds/linux: about 1,100 of 1.3 million commits touch the watched files


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    from ingest.watched import WATCHED_PATHS

    series = make_series(WATCHED_PATHS, args.commits, args.seed, args.watched_share, real=not args.synthetic)
    params = Params(commits=args.commits, seed=args.seed, watched=WATCHED_PATHS, series=series.name,
                    watched_share=args.watched_share, lean=args.lean)
    work = Path(tempfile.mkdtemp(prefix="guestabi-bench-"))
    try:
        repo = _repository(params, series, Path(args.keep))
        log = _git_log(repo, WATCHED_PATHS)
        log["full_history"] = _git_log(repo, WATCHED_PATHS, full_history=True)
        db = f"sqlite:///{work / 'bench.db'}"
        full = _ingest(repo, db, args.profile and Path(args.profile) / "full.prof", args.jobs)
        full["database"] = _database(work / "bench.db")
        noop = _ingest(repo, db, args.profile and Path(args.profile) / "noop.prof", args.jobs)
        grown = _grown(repo, work, WATCHED_PATHS)
        shell = _from_the_shell(repo, db, grown)
        compared = None
        if args.before:
            code = Path(args.before).resolve()
            old_db = f"sqlite:///{work / 'before.db'}"
            old_full = _ingest(repo, old_db, None, args.jobs, code=code)
            compared = (_from_the_shell(repo, old_db, grown, code, args.before_timeout), old_full, shell, full)
        inline = None
        if args.jobs is None and full["summary"].get("worker_peak_rss_kb") and not args.no_inline:
            # The same full ingest in one process, for comparison.
            inline = _ingest(repo, f"sqlite:///{work / 'inline.db'}", None, 0)
        _report(params, repo, log, full, noop, inline, shell)
        if compared:
            _compare(*compared)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _args(argv):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--commits", type=int, default=200_000)
    ap.add_argument("--quick", action="store_true", help="a 20,000-commit smoke run")
    ap.add_argument("--keep", metavar="DIR", default=str(CACHE),
                    help=f"where built repositories are kept, by their parameters (default {CACHE})")
    ap.add_argument("--watched-share", type=float, default=Params.watched_share,
                    help="share of the commits editing watched files")
    ap.add_argument("--sparse", action="store_true",
                    help="few commits touch watched files (0.09%%, as on torvalds/linux)")
    ap.add_argument("--lean", action="store_true",
                    help="small filler directories (an eighth), no new files: builds several times faster; "
                    "tree reads of the walk get cheaper, so its figures flatter the ingest")
    ap.add_argument("--synthetic", action="store_true",
                    help="kernel-shaped texts of our own even when the Debian trees are cached")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--profile", metavar="DIR", help="write cProfile stats of both ingests here")
    ap.add_argument("--before", metavar="DIR", help="also time another checkout's code (e.g. `git archive main` "
                    "unpacked in DIR) on the same histories, in this run")
    ap.add_argument("--before-timeout", type=float, default=300.0,
                    help="stop an incremental run of the --before code after this many seconds")
    ap.add_argument("--no-inline", action="store_true", help="skip the one-process full ingest")
    ap.add_argument("--jobs", type=int, choices=(0, 1), help="extraction worker processes for the ingests "
                    "(default: ingest's choice, and an extra one-process full ingest for comparison)")
    args = ap.parse_args(argv)
    if args.quick:
        args.commits = 20_000
    if args.sparse:
        args.watched_share = SPARSE
    if args.profile:
        Path(args.profile).mkdir(parents=True, exist_ok=True)
    return args


def _repository(params: Params, series, where: Path) -> Path:
    repo = where / params.key()
    if (repo / "DONE").exists():
        print(f"repository: {repo} (reused)")
        return repo
    if repo.exists():
        shutil.rmtree(repo)
    repo.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    stats = build(repo, params, series)
    took = time.perf_counter() - t0
    info = {"commits": stats.commits, "merges": stats.merges, "watched_commits": stats.watched,
            "tags": len(stats.tags), "first_tag": stats.tags[0] if stats.tags else None,
            "last_tag": stats.tags[-1] if stats.tags else None, "build_seconds": round(took, 1)}
    (repo / "DONE").write_text(json.dumps(info, indent=1) + "\n")
    print(f"repository: {repo} (built in {took:.1f} s)")
    return repo


def _database(path: Path) -> dict:
    """What the full ingest left on disk: most of it is the release states
    (every item at every release)."""
    import sqlite3

    with sqlite3.connect(path) as con:
        rows, text = con.execute("SELECT count(*), coalesce(sum(length(state)), 0) FROM releasestate").fetchone()
    return {"bytes": path.stat().st_size, "release_states": rows, "state_bytes": text}


def _git_log(repo: Path, paths, full_history: bool = False) -> dict:
    """Best of two runs, so neither side pays for a cold page cache."""
    cmd = ["git", "-C", str(repo), "log", "-p", "--format=%H", *(["--full-history"] if full_history else []),
           "--", *paths]
    best = {"seconds": float("inf"), "cpu": float("inf")}
    for _ in range(2):
        t0, c0 = time.perf_counter(), _children_cpu()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        run = {"seconds": time.perf_counter() - t0, "cpu": _children_cpu() - c0,
               "maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}  # the largest child so far
        best = min(best, run, key=lambda r: r["seconds"])
    return best


def _grown(repo: Path, work: Path, watched) -> dict:
    """Two repositories borrowing the history: 100 new commits (5 touching
    watched files), and the same plus 5 more (none touching)."""
    from bench._grow import borrow, grow

    target = _watched_at_head(repo, watched)
    new100, new105 = borrow(repo, work / "new100"), borrow(repo, work / "new105")
    for where in (new100, new105):
        grow(where, 100, 5, target, seed=1)
    grow(new105, 5, 0, target, seed=2)
    return {"new100": new100, "new5": new105, "edited": target}


def _from_the_shell(repo: Path, db: str, grown: dict, code: Path | None = None,
                    timeout: float | None = None) -> dict:
    """What a user types, timed with the interpreter's start: `guestabi
    --help`, a no-op re-run, then the new commits of `grown` on top of the
    ingested history (code: another checkout's guestabi, for a before)."""
    cmd = [str(GUESTABI)] if code is None else \
        [sys.executable, "-P", "-c", "import sys; from ingest.cli import main; sys.argv[0] = 'guestabi'; main()"]
    env = {"PYTHONPATH": str(code)} if code else {}  # -P: not this checkout from the working directory
    out = {"help": min((_timed([*cmd, "--help"], db, env) for _ in range(3)), key=lambda r: r["seconds"]),
           "noop": min((_timed([*cmd, "ingest", str(repo), "--json"], db, env) for _ in range(2)),
                       key=lambda r: r["seconds"])}
    for step in ("new100", "new5"):
        out[step] = _timed([*cmd, "ingest", str(grown[step]), "--json"], db, env, timeout)
        if out[step]["seconds"] == float("inf"):  # its database is not where the next step starts
            break
    out["edited"] = grown["edited"]
    return out


GUESTABI = Path(sys.executable).parent / "guestabi"


def _timed(cmd: list[str], db: str, env: dict, timeout: float | None = None) -> dict:
    """One command's wall and CPU time (inf past `timeout`: it was stopped)."""
    t0, c0 = time.perf_counter(), _children_cpu()
    try:
        proc = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True, timeout=timeout,
                              env=os.environ | env | {"DATABASE_URL": db})
    except subprocess.TimeoutExpired:
        return {"seconds": float("inf"), "cpu": float("inf"), "summary": {}, "stopped_after": timeout}
    took, cpu = time.perf_counter() - t0, _children_cpu() - c0
    summary = json.loads(proc.stdout) if cmd[-1] == "--json" else {}
    return {"seconds": took, "cpu": cpu, "summary": summary}


def _watched_at_head(repo: Path, watched) -> str:
    """The watched file new commits edit: sys_regs.c (the most edited,
    and the costliest to parse) when the history has it."""
    names = subprocess.run(["git", "-C", str(repo), "ls-tree", "-r", "--name-only", "master"], check=True,
                           capture_output=True, text=True).stdout.split()
    present = [p for p in watched if p in set(names)]
    return next((p for p in present if p.endswith("kvm/sys_regs.c")), present[0])


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _ingest(repo: Path, url: str, profile: Path | None, jobs: int | None, code: Path | None = None) -> dict:
    cmd = [sys.executable, str((code / "bench" if code else HERE) / "_child.py"), str(repo), url]
    if profile:
        cmd += ["--profile", str(profile)]
    if jobs is not None:
        cmd += ["--jobs", str(jobs)]
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def _report(params: Params, repo: Path, log: dict, full: dict, noop: dict, inline: dict | None,
            shell: dict) -> None:
    s, info = full["summary"], json.loads((repo / "DONE").read_text())
    print(f"history: {info['commits']} commits, {info['merges']} merges, {info['watched_commits']} editing "
          f"watched files ({params.series} texts), {info['tags']} tags {info['first_tag']}..{info['last_tag']}")
    print(f"ingest: walked {s['commits_walked']}, {s['commits_touching']} touching, "
          f"{s['file_versions_parsed']} file versions parsed, {s['changes']} changes, {s['items']} items, "
          f"{s['extractor_errors']} extractor errors")
    ratio, whole = full["seconds"] / log["seconds"], log["full_history"]
    peak = max(full["peak_pss_kb"], noop["peak_pss_kb"]) / 1024
    rows = [
        ("", "wall", "cpu", "target", ""),
        ("git log -p -- watched", f"{log['seconds']:.2f} s", f"{log['cpu']:.2f} s", "", ""),
        ("full ingest" + (" (walk + worker)" if full["summary"].get("worker_peak_rss_kb") else " (one process)"),
         f"{full['seconds']:.2f} s", f"{full['cpu']:.2f} s", "", ""),
        ("ratio ingest / git log", f"{ratio:.2f}", f"{full['cpu'] / log['cpu']:.2f}",
         f"<= {TARGET_RATIO:g}", _verdict(ratio <= TARGET_RATIO)),
        ("git log -p --full-history -- watched", f"{whole['seconds']:.2f} s", f"{whole['cpu']:.2f} s", "", ""),
        ("  ratio ingest / it (every commit)", f"{full['seconds'] / whole['seconds']:.2f}",
         f"{full['cpu'] / whole['cpu']:.2f}", "", ""),
        ("no-op re-run (in process)", f"{noop['seconds']:.2f} s", f"{noop['cpu']:.2f} s", "", ""),
        _shell_row("no-op re-run, from the shell", shell["noop"], TARGET_NOOP),
        _shell_row("100 new commits (5 touching), shell", shell["new100"], TARGET_NEW100),
        _shell_row("5 more (none touching), shell", shell["new5"], TARGET_NEW5),
        _shell_row("guestabi --help", shell["help"], TARGET_HELP),
        ("peak memory full / no-op", f"{full['peak_pss_kb'] / 1024:.0f} / {noop['peak_pss_kb'] / 1024:.0f} MB", "",
         f"<= {TARGET_RSS_MB} MB", _verdict(peak <= TARGET_RSS_MB)),
        ("  of which anonymous full / no-op", f"{full.get('peak_anon_kb', 0) / 1024:.0f} / "
         f"{noop.get('peak_anon_kb', 0) / 1024:.0f} MB", "", "", ""),
        ("  git log -p peak RSS", f"{log.get('maxrss_kb', 0) / 1024:.0f} MB", "", "", ""),
        ("  peak RSS ingest / worker", f"{full['maxrss_kb'] / 1024:.0f} / {full['worker_maxrss_kb'] / 1024:.0f} MB",
         "", "", ""),
    ]
    if inline:
        rows[3:3] = [("full ingest (one process)", f"{inline['seconds']:.2f} s", f"{inline['cpu']:.2f} s", "", ""),
                     ("ratio, one process", f"{inline['seconds'] / log['seconds']:.2f}",
                      f"{inline['cpu'] / log['cpu']:.2f}", "", "")]
    width = [max(len(r[i]) for r in rows) for i in range(5)]
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, width)).rstrip())
    print("(PASS/MISS judge wall time; cpu is user+sys of the ingest and its worker, steadier on a busy machine;\n"
          " peak memory is the sampled peak of their proportional set sizes added: shared pages count once;\n"
          " anonymous = their heaps; the rest is mapped files: the pack index libgit2 searches, libraries)")
    print("phases (s): full " + _phases(s) + "; 100 new " + _phases(shell["new100"]["summary"])
          + "; 5 new " + _phases(shell["new5"]["summary"]))
    print(f"new commits edit {shell['edited']}; load average during the run: {_load()}")
    for name, t in s.get("extract_ms", {}).items():
        print(f"extractor {name:10} {t['runs']:5} runs  {t['ms_per_run']:7.2f} ms per new file version")
    d = full["database"]
    print(f"database after the full ingest: {d['bytes'] / 2**20:.0f} MB (SQLite), {d['release_states']} release "
          f"states, {d['state_bytes'] / 2**20:.0f} MB of their JSON text")
    print("largest watched files: " + ", ".join(f"{p} {n} lines" for p, n in _largest(repo)))


def _largest(repo: Path, count: int = 4) -> list[tuple[str, int]]:
    """Line counts of the biggest watched files at the history's head."""
    import pygit2

    from ingest.watched import WATCHED_PATHS

    tree = pygit2.Repository(str(repo)).revparse_single("HEAD").peel(pygit2.Commit).tree
    sizes = []
    for path in WATCHED_PATHS:
        try:
            sizes.append((path, tree[path].data.count(b"\n")))
        except KeyError:
            continue
    return sorted(sizes, key=lambda x: -x[1])[:count]


def _shell_row(name: str, r: dict, target: float) -> tuple:
    return (name, f"{r['seconds']:.2f} s", f"{r['cpu']:.2f} s", f"<= {target:g} s", _verdict(r["seconds"] <= target))


def _compare(old: dict, old_full: dict, new: dict, new_full: dict) -> None:
    """Before and after, measured in this run on the same histories."""
    print("before (--before code) / after (this checkout), same run: wall s (cpu s)")
    rows = [("full ingest", old_full, new_full), ("guestabi --help", old["help"], new["help"]),
            ("no-op re-run, shell", old["noop"], new["noop"]),
            ("100 new (5 touching), shell", old["new100"], new["new100"]),
            ("5 more (none touching), shell", old.get("new5"), new["new5"])]
    for name, a, b in rows:
        if a is None:
            print(f"  {name:32} {'not run':>17} {b['seconds']:8.2f} ({b['cpu']:6.2f})")
        elif a["seconds"] == float("inf"):
            print(f"  {name:32} {'> %.0f s, stopped' % a['stopped_after']:>17} {b['seconds']:8.2f} ({b['cpu']:6.2f})")
        else:
            print(f"  {name:32} {a['seconds']:8.2f} ({a['cpu']:6.2f}) {b['seconds']:8.2f} ({b['cpu']:6.2f})")
    for name, key in (("attribute phase", "attribute"), ("walk phase", "walk")):
        print(f"  {name:32} {old_full['summary']['phase_seconds'].get(key, 0):8.2f}"
              f"          {new_full['summary']['phase_seconds'].get(key, 0):8.2f}")
    print(f"  {'peak memory full (PSS, MB)':32} {old_full['peak_pss_kb'] / 1024:8.0f}"
          f"          {new_full['peak_pss_kb'] / 1024:8.0f}")
    print("  before phases: 100 new " + _phases(old["new100"]["summary"])
          + "; 5 new " + _phases(old.get("new5", {}).get("summary", {})))


def _phases(summary: dict) -> str:
    return ", ".join(f"{k} {v:.2f}" for k, v in summary.get("phase_seconds", {}).items())


def _load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3]) + f" (1/5/15 min, {os.cpu_count()} CPUs)"
    except OSError:
        return "unknown"


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


if __name__ == "__main__":
    sys.exit(main())
