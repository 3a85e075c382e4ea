"""Faults a shared service meets: ingest writing while the web serves
(SQLite WAL and PostgreSQL), PostgreSQL stopped and started under the web,
and the mirror's fetch failing."""
from __future__ import annotations

import functools
import logging
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from glob import glob
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete, func
from sqlmodel import Session, select

from app.config import Settings
from app.db import make_engine, snapshot_reads, upgrade
from app.main import create_app
from app.models import Release
from ingest import pipeline
from ingest.commands.mirror import Mirror, run_forever, sync_and_ingest
from test_pipeline import dump
from toy import TOY, TOY_EXTRACTOR, toy_text

toy_ingest = functools.partial(pipeline.ingest, extractors=(TOY_EXTRACTOR,))


def story(h, start: int, n: int) -> None:
    """Each commit moves A to a value userspace cannot set back (a break),
    B along with it; a release every 10 commits."""
    for i in range(start, start + n):
        h.commit({TOY: toy_text(A=f"{i} {i}", B=f"{i % 3} 0,1,2")}, f"step {i}")
        if i % 10 == 9:
            h.tag(f"v5.{i // 10}")


# --- ingest writing while the web reads -------------------------------------------

def test_a_web_session_reads_one_snapshot(engine):
    """The web's sessions see the database as it was when they began; a plain
    session (the control) sees a commit made between two of its reads."""
    with Session(engine) as s, s.begin():
        s.add(Release(tag="v1.0", sha="0" * 40, series="1.0", kind="mainline", position=0))

    def count_across_a_commit(eng, n: int) -> tuple[int, int]:
        with Session(eng) as s:
            before = s.exec(select(func.count()).select_from(Release)).one()
            with Session(engine) as w, w.begin():
                w.add(Release(tag=f"v1.{n}", sha="0" * 40, series=f"1.{n}", kind="mainline", position=n))
            return before, s.exec(select(func.count()).select_from(Release)).one()

    assert count_across_a_commit(snapshot_reads(engine), 1) == (1, 1)
    assert count_across_a_commit(engine, 2) == (2, 3)  # without it: a torn read
    with Session(engine) as w, w.begin():  # and the web engine leaves the writer's pool usable
        w.exec(delete(Release))


# What ingest writes in its final transaction (releases, attribution, breaks,
# the run's end): these views must show one generation or the next, never a mix.
GENERATION_VIEWS = {
    "/api/v1/": lambda d: {k: d[k] for k in ("breaks", "latest_release", "releases", "last_ingest", "newest_breaks")},
    "/api/v1/breaks": lambda d: d,
    "/api/v1/releases": lambda d: {"releases": [{k: v for k, v in r.items() if k != "changes"} for r in d["releases"]]},
    "/api/v1/matrix": lambda d: d,
}
ALSO_SERVED = ("/", "/breaks", "/items", "/items/toy/A", "/releases", "/matrix", "/breaks.atom")


def _views(client) -> dict[str, object]:
    out = {}
    for url, view in GENERATION_VIEWS.items():
        r = client.get(url)
        assert r.status_code == 200, (url, r.status_code, r.text[:300])
        out[url] = view(r.json())
    return out


def test_ingest_while_serving_no_errors_no_torn_reads(history, engine, db_url):
    """Twelve ingests, one after the other, while the web reads: every view
    read during them equals the one some generation left, and nothing fails."""
    story(history, 0, 30)
    toy_ingest(history.repo.workdir, engine)
    app = create_app(Settings(database_url=db_url), engine)
    client, writer_client = TestClient(app, follow_redirects=False), TestClient(app, follow_redirects=False)
    generations = [_views(client)]
    errors: list[BaseException] = []

    def ingest_generations():
        for k in range(12):
            story(history, 30 + 10 * k, 10)
            toy_ingest(history.repo.workdir, engine, batch_size=2)
            generations.append(_views(writer_client))

    writer = threading.Thread(target=_catch, args=(errors, ingest_generations))
    writer.start()
    seen, statuses = [], []
    while writer.is_alive():
        seen.append(_views(client))
        url = ALSO_SERVED[len(seen) % len(ALSO_SERVED)]
        statuses.append((url, client.get(url).status_code))
    writer.join()
    assert not errors, errors
    assert len(seen) >= 10, "the ingests ended before the web could read during them"
    for url in GENERATION_VIEWS:
        known = [g[url] for g in generations]
        assert len({repr(k) for k in known}) == 13, url
        mixed = [v[url] for v in seen if v[url] not in known]
        assert not mixed, f"{url}: {len(mixed)} of {len(seen)} reads mixed two ingest generations"
    assert {s for _, s in statuses} <= {200}, [x for x in statuses if x[1] != 200][:5]


def _catch(errors, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except BaseException as exc:  # reported by the test thread
        errors.append(exc)


# --- PostgreSQL stopped and started while serving ---------------------------------

def _pg_bin() -> Path | None:
    found = sorted(glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PrivatePostgres:
    """A throwaway PostgreSQL cluster in a temp dir on its own port (never
    the machine's server on 5432). As root it runs as the `postgres` user."""

    def __init__(self, bindir: Path):
        self.bin, self.port = bindir, _free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="guestabi-pg-"))
        self.data = self.dir / "data"
        self.user = "postgres" if os.geteuid() == 0 else None
        if self.user:
            pw = pwd.getpwnam(self.user)
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, check=check, timeout=120)

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")

    def start(self) -> None:
        opts = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.dir / "log"), "-w", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop", check=False)

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture
def private_pg():
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("no initdb under /usr/lib/postgresql/*/bin")
    pg = PrivatePostgres(bindir)
    try:
        pg.init()
        pg.start()
    except (subprocess.CalledProcessError, OSError, KeyError) as exc:
        pg.cleanup()
        pytest.skip(f"cannot run a private PostgreSQL: {getattr(exc, 'stderr', '') or exc}")
    yield pg
    pg.cleanup()


def _timed(client, url: str) -> tuple[int, float]:
    t = time.monotonic()
    status = client.get(url).status_code
    return status, time.monotonic() - t


def test_postgresql_stopped_and_started_while_serving(private_pg, history):
    story(history, 0, 20)
    engine = make_engine(Settings(database_url=private_pg.url))
    upgrade(engine)
    toy_ingest(history.repo.workdir, engine)
    app = create_app(Settings(database_url=private_pg.url), engine)
    app.state.page_cache_ttl = 0  # notice the outage at once, not a second later
    client = TestClient(app, follow_redirects=False)
    urls = ("/", "/api/v1/breaks", "/items/toy/A", "/breaks.txt", "/readyz")
    assert all(client.get(u).status_code == 200 for u in urls)

    private_pg.stop()
    for u in urls * 2:
        status, took = _timed(client, u)
        assert status == 503, (u, status)
        assert took < 2.0, f"{u} took {took:.1f} s to fail"
    r = client.get("/api/v1/breaks")
    assert r.json()["error"]["code"] == "unavailable" and r.headers["retry-after"]
    assert client.get("/healthz").status_code == 200  # the process is up

    private_pg.start()
    deadline = time.monotonic() + 15
    while client.get("/readyz").status_code != 200:
        assert time.monotonic() < deadline, "the app did not recover by itself"
        time.sleep(0.2)
    assert all(client.get(u).status_code == 200 for u in urls)
    engine.dispose()


# --- the mirror's fetch failing ---------------------------------------------------

NO_NETWORK = "http://127.0.0.1:9/linux.git"  # the discard port: connection refused


def test_mirror_fetch_failing_keeps_the_last_good_data(history, engine, tmp_path, caplog):
    story(history, 0, 15)
    upstream = history.repo.workdir
    mirror = Mirror(upstream, tmp_path / "mirror" / "linux.git", timeout=60)
    assert sync_and_ingest(mirror, engine, ingest=toy_ingest)["ok"]
    assert (mirror.path / "HEAD").exists()
    good = dump(engine)
    assert len(good["commits"]) == 15

    story(history, 15, 10)
    offline = Mirror(NO_NETWORK, mirror.path, timeout=60)
    subprocess.run(["git", "-C", str(mirror.path), "remote", "set-url", "origin", NO_NETWORK], check=True)
    caplog.set_level(logging.WARNING, logger="guestabi.mirror")
    result = sync_and_ingest(offline, engine, ingest=toy_ingest)
    assert not result["ok"] and result["error"]
    assert any("fetch failed" in r.getMessage() for r in caplog.records)
    assert dump(engine) == good  # the last good data, untouched
    assert (mirror.path / "HEAD").exists()

    subprocess.run(["git", "-C", str(mirror.path), "remote", "set-url", "origin", upstream], check=True)
    assert sync_and_ingest(mirror, engine, ingest=toy_ingest)["ok"]
    assert len(dump(engine)["commits"]) == 25


def test_mirror_retries_after_a_failed_round(history, engine, tmp_path):
    story(history, 0, 12)
    path = tmp_path / "mirror" / "linux.git"

    class FlakyNetwork(Mirror):
        rounds = 0

        def sync(self):
            FlakyNetwork.rounds += 1
            if FlakyNetwork.rounds == 1:  # the first clone meets no network
                return Mirror(NO_NETWORK, self.path, self.timeout).sync()
            return super().sync()

    failed = run_forever(FlakyNetwork(history.repo.workdir, path, 60), engine, every=0, retry=0.01,
                         rounds=3, ingest=toy_ingest)
    assert failed == 1 and FlakyNetwork.rounds == 3
    assert not path.with_name("linux.git.partial").exists()
    assert len(dump(engine)["commits"]) == 12


def test_mirror_stops_between_rounds_when_told(engine, tmp_path):
    stop = threading.Event()
    stop.set()
    assert run_forever(Mirror(NO_NETWORK, tmp_path / "m.git", 5), engine, every=3600, retry=3600, stop=stop) == 0
