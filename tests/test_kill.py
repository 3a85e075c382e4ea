"""An ingest killed with SIGKILL at arbitrary points, then run to the end,
leaves the same database as an uninterrupted ingest."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from app.config import Settings
from app.db import make_engine, upgrade
from test_pipeline import dump
from toy import TOY, toy_text

RUNNER = """
import sys
sys.path.insert(0, {tests!r})
from app.config import Settings
from app.db import make_engine, upgrade
from ingest import pipeline
from toy import TOY_EXTRACTOR
engine = make_engine(Settings(database_url={url!r}))
upgrade(engine)
pipeline.ingest({repo!r}, engine, extractors=(TOY_EXTRACTOR,), batch_size=1)
"""


def long_story(h, n=80):
    for i in range(n):
        h.commit({TOY: toy_text(A=f"{i} {i}", B=f"{i % 3} 0,1,2")}, f"step {i}")
        if i % 10 == 9:
            h.tag(f"v5.{i // 10}")


def test_sigkill_at_random_points_then_complete(history, db_url, tmp_path):
    # 200 commits, not 80: on a fast machine an 80-commit run (resumed, with
    # less left to do) ended before the later delays, and too few kills landed.
    long_story(history, n=200)
    script = RUNNER.format(tests=str(Path(__file__).parent), url=db_url, repo=history.repo.workdir)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}
    kills = 0
    for delay in (0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2, 1.4, 1.6):
        proc = subprocess.Popen([sys.executable, "-c", script], env=env)
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
    assert kills >= 5, "the ingest finished before it could be killed: make the history longer"
    subprocess.run([sys.executable, "-c", script], env=env, check=True)
    resumed = make_engine(Settings(database_url=db_url))
    fresh = make_engine(Settings(database_url=f"sqlite:///{tmp_path / 'fresh.db'}"))
    upgrade(fresh)
    subprocess.run([sys.executable, "-c", RUNNER.format(tests=str(Path(__file__).parent),
                    url=f"sqlite:///{tmp_path / 'fresh.db'}", repo=history.repo.workdir)], env=env, check=True)
    assert dump(resumed) == dump(fresh)
    assert len(dump(fresh)["commits"]) == 200


def _children(pid: int) -> set[int]:
    try:
        return {int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()}
    except OSError:
        return set()


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


# The worker's extractor made slow (20 ms a file version): the ingest of
# long_story(200) then takes seconds, so a signal sent once its first batch
# is written lands in the middle of the walk. Without it the whole ingest
# took ~0.5 s after the worker appeared, and a Ctrl-C arriving while the
# interpreter was already finishing (signal handlers back to SIG_DFL) killed
# it with -2 and printed nothing: the flaky run of the Ctrl-C test.
SLOW = """
import time
from ingest.facts import Extractor
from toy import TOY, extract_toy
def _slow(files):
    time.sleep(0.02)
    return extract_toy(files)
TOY_EXTRACTOR = Extractor("toy", (TOY,), _slow)
"""


def ingest_with_worker(history, db: Path, slow: bool = False, **popen) -> tuple[subprocess.Popen, set[int]]:
    """A long ingest with an extraction worker, started in a subprocess;
    returns it once its worker is seen."""
    long_story(history, n=200)
    script = RUNNER.format(tests=str(Path(__file__).parent), url=f"sqlite:///{db}", repo=history.repo.workdir)
    script = script.replace("batch_size=1)", "batch_size=1, jobs=1)")
    if slow:
        script = script.replace("engine = make_engine", SLOW + "engine = make_engine")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}
    proc = subprocess.Popen([sys.executable, "-c", script], env=env, **popen)
    workers: set[int] = set()
    deadline = time.monotonic() + 20
    while not workers and proc.poll() is None and time.monotonic() < deadline:
        workers = _children(proc.pid)
        time.sleep(0.02)
    assert workers, "no worker process seen while the ingest ran"
    return proc, workers


def _pending_commits(db: Path) -> int:
    """Commits the running ingest has written so far (its batches)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM pendingcommit").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def wait_for_batches(proc: subprocess.Popen, db: Path) -> int:
    """Wait until the ingest has written a batch (so it is walking, its
    worker answering); returns the count seen."""
    deadline = time.monotonic() + 30
    while proc.poll() is None and time.monotonic() < deadline:
        n = _pending_commits(db)
        if n:
            return n
        time.sleep(0.02)
    raise AssertionError(f"the ingest wrote no batch (exit code {proc.poll()})")


def test_a_killed_ingest_leaves_no_extraction_worker_behind(history, tmp_path):
    """SIGKILL gives the ingest no chance to stop its worker: the worker
    notices its parent is gone and leaves by itself."""
    proc, workers = ingest_with_worker(history, tmp_path / "killed.db")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 15
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(w) for w in workers)


def test_ctrl_c_stops_the_ingest_and_its_worker_quietly(history, tmp_path):
    """A terminal's Ctrl-C reaches the whole process group: the ingest stops
    (its batches so far kept), the worker is stopped with it and prints
    nothing of its own."""
    db = tmp_path / "interrupted.db"
    proc, workers = ingest_with_worker(history, db, slow=True, stderr=subprocess.PIPE,
                                       text=True, start_new_session=True)
    wait_for_batches(proc, db)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGINT and "KeyboardInterrupt" in err, err
    assert "guestabi-extract" not in err  # no traceback from the worker
    assert not any(_alive(w) for w in workers)
    assert 0 < _pending_commits(db) < 200  # stopped half-way, its batches kept
