"""One ingest in its own process, so its peak RSS is its own:
`python bench/_child.py REPO DATABASE_URL [--profile FILE]` prints one JSON line."""
from __future__ import annotations

import argparse
import json
import logging
import resource
import sys
import time
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parent.parent)  # bench/ingest.py would shadow ingest/


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("repo")
    ap.add_argument("url")
    ap.add_argument("--profile", help="write cProfile stats here")
    ap.add_argument("--jobs", type=int, default=None, help="extraction worker processes (default: ingest's own choice)")
    args = ap.parse_args()
    logging.basicConfig(level=logging.ERROR)  # extractor failures are counted in the summary

    from app.config import Settings
    from app.db import make_engine, upgrade
    from ingest import pipeline

    engine = make_engine(Settings(database_url=args.url))
    upgrade(engine)
    profiler = None
    if args.profile:
        import cProfile
        profiler = cProfile.Profile()
        profiler.enable()
    t0, c0 = time.perf_counter(), _cpu()
    summary = pipeline.ingest(args.repo, engine, jobs=args.jobs)
    seconds, cpu = time.perf_counter() - t0, _cpu() - c0
    if profiler:
        profiler.disable()
        profiler.dump_stats(args.profile)
    # Peak RSS of the ingest and of its worker, added: both are resident at once.
    peak = _peak_kb() + summary.get("worker_peak_rss_kb", 0)
    print(json.dumps({"seconds": seconds, "cpu": cpu, "maxrss_kb": peak, "summary": summary}, default=str))


def _cpu() -> float:
    """This process and its extraction worker (joined by the time ingest returns)."""
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                resource.getrusage(resource.RUSAGE_CHILDREN)))


def _peak_kb() -> int:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__":
    main()
