"""One ingest in its own process, so its peak RSS is its own:
`python bench/_child.py REPO DATABASE_URL [--profile FILE]` prints one JSON line."""
from __future__ import annotations

import argparse
import json
import logging
import resource
import os
import sys
import threading
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
    sampler = PssSampler()
    sampler.start()
    t0, c0 = time.perf_counter(), _cpu()
    summary = pipeline.ingest(args.repo, engine, jobs=args.jobs)
    seconds, cpu = time.perf_counter() - t0, _cpu() - c0
    sampler.stop()
    if profiler:
        profiler.disable()
        profiler.dump_stats(args.profile)
    print(json.dumps({"seconds": seconds, "cpu": cpu, "maxrss_kb": _peak_kb(), "peak_pss_kb": sampler.peak,
                      "peak_anon_kb": sampler.peak_anon,
                      "worker_maxrss_kb": summary.get("worker_peak_rss_kb", 0), "summary": summary}, default=str))


class PssSampler(threading.Thread):
    """Peak memory of the ingest and its worker together, sampled every
    100 ms: the sum of their proportional set sizes, so the pages they share
    since the fork (interpreter, libraries, the pack index) count once.
    Adding the two peak RSS figures would count those twice. Sampling must
    stay cheap: this thread shares the ingest's interpreter lock."""

    def __init__(self):
        super().__init__(daemon=True)
        self.peak = 0
        self.peak_anon = 0  # of which anonymous: the heaps, not the mapped pack files and libraries
        self._done = threading.Event()

    def run(self) -> None:
        # Reading smaps_rollup walks the page tables (milliseconds with the
        # pack index mapped, a tenth of a CPU at 10 Hz, which the ingest
        # would pay); VmRSS is a counter. smaps_rollup is read only when
        # the resident sizes come near their highest yet, where the peak is.
        top = 0
        while True:  # a sample at once, then every 100 ms, and one when stopped
            stopping = self._done.wait(0.1 if top else 0)
            pids = [os.getpid(), *_children()]
            rss = sum(_rss_kb(pid) for pid in pids)
            if rss < 0.97 * top:
                if stopping:
                    return
                continue
            top = max(top, rss)
            found = [_pss_kb(pid) for pid in pids]
            self.peak = max(self.peak, sum(total for total, _ in found))
            self.peak_anon = max(self.peak_anon, sum(anon for _, anon in found))
            if stopping:
                return

    def stop(self) -> None:
        self._done.set()
        self.join()


def _children() -> list[int]:
    out = []
    for task in Path("/proc/self/task").iterdir():
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return out


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * _PAGE_KB
    except (OSError, IndexError, ValueError):
        return 0


_PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def _pss_kb(pid: int) -> tuple[int, int]:
    """A process's proportional set size and its anonymous part (kB)."""
    try:
        fd = os.open(f"/proc/{pid}/smaps_rollup", os.O_RDONLY)
    except OSError:
        return 0, 0
    try:
        data = os.read(fd, 4096)
    finally:
        os.close(fd)
    return _field(data, b"\nPss:"), _field(data, b"\nPss_Anon:")


def _field(data: bytes, name: bytes) -> int:
    at = data.find(name)
    return int(data[at + len(name):data.index(b"kB", at)]) if at >= 0 else 0


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
