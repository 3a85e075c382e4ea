"""Web benchmark: serve the demo database and a large synthetic one
(2,000 items, 20,000 changes, 100 releases) with uvicorn, and measure
requests/s and p50/p99 of /, an item page, /compare and /matrix against a
trivial endpoint of the same app, in the same run. Sequential requests on
one keep-alive connection: the figures are per-request latencies.

Pages are served as `guestabi serve` serves them: rendered once per ingest
generation (app/pagecache.py), so repeated requests are answered from the
page cache. The synthetic database is also measured with the cache off
("cold": every request runs the page's queries and templates); the targets
are judged on the served configuration, both tables are printed.

    .venv/bin/python bench/web.py [--requests 200]
"""
from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
import uvicorn
from fastapi.responses import PlainTextResponse
from sqlalchemy import insert

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.config import Settings  # noqa: E402
from app.db import make_engine, upgrade  # noqa: E402
from app.main import create_app  # noqa: E402
from app.models import Break, Change, Commit, Item, Release, ReleaseState  # noqa: E402

KINDS = ("idreg", "reglist", "fw", "vgic")
TARGETS = {"item": 50.0, "compare": 50.0, "matrix": 200.0}  # p99, ms


def synthetic(url: str, items: int = 2000, changes: int = 20000, releases: int = 100, seed: int = 1) -> dict:
    """Rows written straight into the tables (the web only reads them)."""
    rnd = random.Random(seed)
    engine = make_engine(Settings(database_url=url))
    upgrade(engine)
    tags = [f"v{3 + i // 20}.{i % 20}" for i in range(releases)]
    start = datetime(2012, 1, 1, tzinfo=timezone.utc)
    slugs = [f"idreg/ID_REG{i // 8}_EL1/F{i % 8}" if i % 4 == 0 else f"{KINDS[i % 4]}/ITEM_{i}" for i in range(items)]
    per_release = changes // releases
    commits, rows, brk, value = [], [], [], {s: 0 for s in slugs}
    states = []
    for r, tag in enumerate(tags):
        shas = [f"{rnd.getrandbits(160):040x}" for _ in range(per_release // 4)]
        for k, sha in enumerate(shas):
            commits.append(dict(sha=sha, seq=len(commits), subject=f"KVM: arm64: change {len(commits)}", author="Dev",
                                date=start + timedelta(days=r * 60 + k), parents="", release=tag))
        for _ in range(per_release):
            slug, sha = rnd.choice(slugs), rnd.choice(shas)
            old = {"item": slug, "default": str(value[slug]), "settable": [str(value[slug])], "warnings": []}
            value[slug] += 1
            new = {**old, "default": str(value[slug]), "settable": [str(value[slug])]}
            rows.append(dict(item=slug, commit=sha, seq=len(rows), old=old, new=new))
            if rnd.random() < 0.03:
                brk.append(dict(item=slug, commit=sha, seq=len(rows), direction=rnd.choice(("upgrade", "rollback")),
                                status=rnd.choice(("open", "resolved")), reason="synthetic"))
        states += [dict(release=tag, item=s, state={"item": s, "default": str(value[s]), "settable": [str(value[s])],
                                                    "warnings": []}) for s in slugs]
    with engine.begin() as conn:
        conn.execute(insert(Release), [dict(tag=t, sha=f"{i:040x}", series=t[1:], kind="mainline", position=i,
                                            date=start + timedelta(days=i * 60)) for i, t in enumerate(tags)])
        conn.execute(insert(Item), [dict(slug=s, kind=s.split("/")[0]) for s in slugs])
        for table, data in ((Commit, commits), (Change, rows), (Break, brk), (ReleaseState, states)):
            for i in range(0, len(data), 5000):
                conn.execute(insert(table), data[i:i + 5000])
    engine.dispose()
    busiest = max(value, key=value.get)
    return {"item": busiest, "a": tags[len(tags) // 2], "b": tags[-1], "register": "ID_REG0_EL1"}


def demo(url: str, tmp: Path) -> dict:
    from ingest import pipeline
    from ingest.demo import build_demo

    build_demo(tmp / "demo-linux", force=True)
    engine = make_engine(Settings(database_url=url))
    upgrade(engine)
    pipeline.ingest(str(tmp / "demo-linux"), engine, waivers_path=str(tmp / "demo-linux" / "waivers.toml"))
    from sqlmodel import Session, select
    with Session(engine) as s:
        tags = [r.tag for r in s.exec(select(Release).order_by(Release.position))]
        item = s.exec(select(Change.item)).first()
    engine.dispose()
    return {"item": item, "a": tags[0], "b": tags[-1]}


def serve(url: str, cache: bool = True) -> tuple[uvicorn.Server, str]:
    app = create_app(Settings(database_url=url))
    app.state.page_cache = cache
    app.add_api_route("/bench-trivial", lambda: PlainTextResponse("ok"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def measure(client: httpx.Client, path: str, n: int) -> dict:
    for _ in range(3):
        client.get(path).raise_for_status()
    lat = []
    t0 = time.perf_counter()
    for _ in range(n):
        t = time.perf_counter()
        client.get(path).raise_for_status()
        lat.append((time.perf_counter() - t) * 1000)
    total = time.perf_counter() - t0
    q = statistics.quantiles(lat, n=100)
    return {"rps": n / total, "p50": statistics.median(lat), "p99": q[98]}


def run(name: str, url: str, keys: dict, n: int, cache: bool = True) -> bool:
    server, base = serve(url, cache)
    pages = {"trivial": "/bench-trivial", "/": "/", "item": f"/items/{keys['item']}",
             "compare": f"/compare/{keys['a']}...{keys['b']}", "matrix": "/matrix"}
    if keys.get("register"):
        pages["register"] = f"/registers/{keys['register']}"
    slow = ("matrix",) if cache else ("matrix", "compare", "/")
    ok = True
    with httpx.Client(base_url=base, timeout=30) as client:
        res = {k: measure(client, p, n if k not in slow else max(20, n // 4)) for k, p in pages.items()}
    server.should_exit = True
    print(f"\n{name}")
    print(f"  {'page':<10} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}  target")
    for k, r in res.items():
        target = ""
        if k in TARGETS:
            met = r["p99"] < TARGETS[k]
            ok &= met
            target = f"p99 < {TARGETS[k]:.0f} ms: {'met' if met else 'MISSED'}"
        if k == "item":
            ratio = r["rps"] / res["trivial"]["rps"]
            met = ratio >= 0.5
            ok &= met
            target += f"; {ratio:.2f}x trivial (>= 0.5x: {'met' if met else 'MISSED'})"
        print(f"  {k:<10} {r['rps']:>8.0f} {r['p50']:>8.1f} {r['p99']:>8.1f}  {target}")
    return ok


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=200)
    args = ap.parse_args()
    print("load average (1, 5, 15 min): %.2f %.2f %.2f on %d CPUs" % (*os.getloadavg(), os.cpu_count()))
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        big = f"sqlite:///{tmp / 'synthetic.db'}"
        t = time.perf_counter()
        keys = synthetic(big)
        print(f"synthetic database written in {time.perf_counter() - t:.1f} s "
              "(2000 items, 20000 changes, 100 releases)")
        results = [run("demo database", f"sqlite:///{tmp / 'demo.db'}", demo(f"sqlite:///{tmp / 'demo.db'}", tmp),
                       args.requests),
                   run("synthetic database", big, keys, args.requests),
                   run("synthetic database, page cache off (cold)", big, keys, args.requests, cache=False)]
    print("\nload average (1, 5, 15 min): %.2f %.2f %.2f" % os.getloadavg())
    return 0 if all(results[:2]) else 1


if __name__ == "__main__":
    sys.exit(main())
