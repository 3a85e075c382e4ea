"""Load benchmark: `guestabi serve` (as deployed: workers, JSON access logs)
over bench/web.py's large synthetic database, 64 concurrent connections
over a mix of pages and API calls, on SQLite and (given a URL) PostgreSQL.
Prints requests/s, p50 and p99 for the mix, per page, and for /healthz
hammered the same way in the same run (the baseline). Exit 1 on any error.

    .venv/bin/python bench/load.py [--seconds 60] [--connections 64] [--workers 2]
        [--postgres postgresql://postgres@127.0.0.1:5432/guestabi_bench]

The PostgreSQL database named is dropped and made again (created if missing).
"""
from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from web import synthetic  # noqa: E402  (bench/web.py's builder)

GUESTABI = str(Path(sys.executable).with_name("guestabi"))


def mix(keys: dict, sha: str) -> list[tuple[str, str]]:
    """(name, URL): the pages a person opens and the API calls a script makes."""
    item, a, b = keys["item"], keys["a"], keys["b"]
    return [("overview", "/"), ("breaks", "/breaks?status=open"), ("items", "/items"),
            ("item", f"/items/{item}"), ("release", f"/releases/{b}"), ("compare", f"/compare/{a}...{b}"),
            ("matrix", "/matrix"), ("commit", f"/commits/{sha}"), ("breaks.txt", "/breaks.txt"),
            ("api/", "/api/v1/"), ("api/breaks", "/api/v1/breaks"), ("api/item", f"/api/v1/items/{item}"),
            ("api/compare", f"/api/v1/compare/{a}...{b}"), ("api/matrix", "/api/v1/matrix"),
            ("api/release", f"/api/v1/releases/{b}")]


def fresh_postgres(url: str) -> None:
    """Drop and make the database `url` names (through the server's `postgres` db)."""
    base, _, name = url.rpartition("/")
    admin = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()


def a_commit(url: str) -> str:
    engine = create_engine(url)
    with engine.connect() as conn:
        sha = conn.execute(text("SELECT sha FROM \"commit\" ORDER BY seq DESC LIMIT 1")).scalar_one()
    engine.dispose()
    return sha[:12]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(url: str, workers: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "DATABASE_URL": url, "GUESTABI_LOG_LEVEL": "info"}
    proc = subprocess.Popen([GUESTABI, "serve", "--port", str(port), "--workers", str(workers)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"guestabi serve exited {proc.returncode}")
        try:
            if httpx.get(base + "/readyz", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise SystemExit("guestabi serve did not become ready")


def stop_server(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)


async def hammer(base: str, urls: list[tuple[str, str]], seconds: float, connections: int) -> dict:
    """`connections` clients, each on its own keep-alive connection, cycling
    through `urls` until the time is up. Latencies per name, errors counted."""
    lat: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    stop_at = time.perf_counter() + seconds

    async def client(k: int) -> None:
        async with httpx.AsyncClient(base_url=base, timeout=30, limits=httpx.Limits(max_connections=1)) as c:
            i = k
            while time.perf_counter() < stop_at:
                name, url = urls[i % len(urls)]
                i += 1
                t = time.perf_counter()
                try:
                    r = await c.get(url)
                    await r.aread()
                    ok = r.status_code == 200
                except httpx.HTTPError as exc:
                    ok, r = False, exc
                if ok:
                    lat[name].append((time.perf_counter() - t) * 1000)
                else:
                    errors.append(f"{url}: {getattr(r, 'status_code', r)}")

    t0 = time.perf_counter()
    await asyncio.gather(*(client(k) for k in range(connections)))
    return {"lat": lat, "errors": errors, "elapsed": time.perf_counter() - t0}


def figures(samples: list[float], elapsed: float) -> str:
    if not samples:
        return f"{0:>8} {'-':>9} {'-':>8} {'-':>8}"
    q = statistics.quantiles(samples, n=100) if len(samples) > 1 else [samples[0]] * 99
    return f"{len(samples):>8} {len(samples) / elapsed:>9.0f} {statistics.median(samples):>8.1f} {q[98]:>8.1f}"


def report(name: str, base_run: dict, mix_run: dict) -> int:
    print(f"\n{name}")
    print(f"  {'':<14} {'requests':>8} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8}  errors")
    everything = [x for v in mix_run["lat"].values() for x in v]
    print(f"  {'/healthz':<14} {figures(base_run['lat']['healthz'], base_run['elapsed'])}  {len(base_run['errors'])}")
    print(f"  {'mix (all)':<14} {figures(everything, mix_run['elapsed'])}  {len(mix_run['errors'])}")
    for page, samples in mix_run["lat"].items():
        print(f"    {page:<12} {figures(samples, mix_run['elapsed'])}")
    errors = base_run["errors"] + mix_run["errors"]
    for e in errors[:10]:
        print(f"  error: {e}")
    return len(errors)


def run(name: str, url: str, keys: dict, args) -> int:
    proc, base = start_server(url, args.workers)
    try:
        urls = mix(keys, a_commit(url))
        asyncio.run(hammer(base, urls, 2, 8))  # warm every worker's caches
        base_run = asyncio.run(hammer(base, [("healthz", "/healthz")], args.baseline_seconds, args.connections))
        mix_run = asyncio.run(hammer(base, urls, args.seconds, args.connections))
    finally:
        stop_server(proc)
    return report(f"{name}: {args.connections} connections, {args.workers} workers, "
                  f"mix {args.seconds:.0f} s, /healthz {args.baseline_seconds:.0f} s", base_run, mix_run)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=60, help="length of the mixed load (default 60)")
    ap.add_argument("--baseline-seconds", type=float, default=15, help="length of the /healthz baseline")
    ap.add_argument("--connections", type=int, default=64)
    ap.add_argument("--workers", type=int, default=2, help="guestabi serve --workers")
    ap.add_argument("--postgres", help="a PostgreSQL database to (re)make and load too")
    args = ap.parse_args()
    errors = 0
    with tempfile.TemporaryDirectory() as d:
        backends = [("SQLite", f"sqlite:///{Path(d) / 'synthetic.db'}")]
        if args.postgres:
            fresh_postgres(args.postgres)
            backends.append(("PostgreSQL", args.postgres))
        for name, url in backends:
            t = time.perf_counter()
            keys = synthetic(url)
            print(f"{name}: synthetic database (2000 items, 20000 changes, 100 releases) "
                  f"written in {time.perf_counter() - t:.1f} s")
            errors += run(name, url, keys, args)
    print(f"\n{'0 errors' if not errors else f'{errors} ERRORS'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
