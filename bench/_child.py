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
    summary = pipeline.ingest(args.repo, engine)
    seconds, cpu = time.perf_counter() - t0, _cpu() - c0
    if profiler:
        profiler.disable()
        profiler.dump_stats(args.profile)
    print(json.dumps({"seconds": seconds, "cpu": cpu, "maxrss_kb": _peak_kb(), "summary": summary}, default=str))


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


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
