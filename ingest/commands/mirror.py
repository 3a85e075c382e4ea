"""Keep a bare mirror of the kernel up to date and ingest what is new:
clone once, then on a schedule fetch and run the incremental ingest.

A fetch that fails (no network, the server away) is logged and retried
sooner than the schedule; the database keeps the last good data, which the
web goes on serving. A killed clone leaves `<mirror>.partial`, started over
next time; a killed ingest resumes (ingest/store.py).

    guestabi mirror [--once]    # every setting also from GUESTABI_* variables
"""
from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import typer

log = logging.getLogger("guestabi.mirror")
LINUX = "https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git"
# Abort a transfer that stalls below 1 KB/s for a minute instead of hanging.
GIT = ("git", "-c", "http.lowSpeedLimit=1000", "-c", "http.lowSpeedTime=60")


class FetchError(Exception):
    """git could not clone or fetch; the message is git's last line."""


@dataclass(frozen=True)
class Mirror:
    url: str
    path: Path
    timeout: float = 3600.0  # one git run; a first clone of linux takes a while

    def sync(self) -> str:
        """Clone when there is no mirror yet, else fetch. Returns what it did."""
        if (self.path / "HEAD").exists():
            self._git("-C", str(self.path), "fetch", "--prune", "--tags", "origin")
            return "fetched"
        partial = self.path.with_name(self.path.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)  # a killed clone starts over
        self._git("clone", "--mirror", "--quiet", self.url, str(partial))
        partial.rename(self.path)
        return "cloned"

    def _git(self, *args: str) -> None:
        env = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "GIT_ASKPASS": "true"}
        try:
            proc = subprocess.run([*GIT, *args], env=env, capture_output=True, text=True, timeout=self.timeout)
        except subprocess.TimeoutExpired:
            what = args[-3] if len(args) > 2 else args[0]
            raise FetchError(f"git {what} timed out after {self.timeout:.0f} s") from None
        except OSError as exc:
            raise FetchError(f"git: {exc}") from exc
        if proc.returncode != 0:
            lines = [ln for ln in proc.stderr.strip().splitlines() if ln.strip()]
            raise FetchError(lines[-1] if lines else f"git exited {proc.returncode}")


def sync_and_ingest(mirror: Mirror, engine, waivers: Optional[str] = None, ingest=None) -> dict:
    """One round: fetch, then ingest what is new (`ingest`: the pipeline's,
    or one with other extractors). A failed fetch ingests nothing (the
    database keeps the last good data) and says so."""
    if ingest is None:
        from ingest.pipeline import ingest

    try:
        did = mirror.sync()
    except FetchError as exc:
        log.warning("fetch failed, keeping the last good data: %s", exc,
                    extra={"fields": {"event": "fetch_failed", "url": mirror.url}})
        return {"ok": False, "error": str(exc)}
    log.info("mirror %s", did, extra={"fields": {"event": did, "url": mirror.url}})
    summary = ingest(str(mirror.path), engine, waivers_path=waivers)
    log.info("ingested", extra={"fields": {"event": "ingested", **{k: summary[k] for k in (
        "commits_walked", "commits_touching", "changes", "breaks_open", "seconds") if k in summary}}})
    return {"ok": True, "did": did, "summary": summary}


def run_forever(mirror: Mirror, engine, *, every: float, retry: float, waivers: Optional[str] = None,
                stop: Optional[threading.Event] = None, rounds: Optional[int] = None, ingest=None) -> int:
    """Rounds until `stop` is set (SIGTERM) or `rounds` ran; returns the
    number of failed rounds. A failed round is retried after `retry`."""
    stop = stop or threading.Event()
    failed = done = 0
    while not stop.is_set() and (rounds is None or done < rounds):
        try:
            ok = sync_and_ingest(mirror, engine, waivers, ingest)["ok"]
        except Exception:  # the database away, a broken repository: log, go on
            log.exception("round failed")
            ok = False
        done += 1
        failed += not ok
        if rounds is None or done < rounds:
            stop.wait(every if ok else retry)
    return failed


def mirror_command(
        url: str = typer.Option(LINUX, envvar="GUESTABI_MIRROR_URL", help="Repository to mirror."),
        path: str = typer.Option("/data/mirror/linux.git", envvar="GUESTABI_MIRROR_PATH", help="Bare mirror on disk."),
        every: float = typer.Option(3600, envvar="GUESTABI_FETCH_INTERVAL", help="Seconds between fetches."),
        retry: float = typer.Option(300, envvar="GUESTABI_RETRY_INTERVAL",
                                    help="Seconds before retrying a failed fetch."),
        timeout: float = typer.Option(7200, envvar="GUESTABI_GIT_TIMEOUT",
                                      help="Seconds one git clone/fetch may take."),
        waivers: Optional[str] = typer.Option(None, envvar="GUESTABI_WAIVERS", help="Waivers file."),
        once: bool = typer.Option(False, "--once", help="One round, then exit (non-zero if it failed)."),
        log_level: str = typer.Option("info", envvar="GUESTABI_LOG_LEVEL")) -> None:
    """Keep a bare mirror up to date and ingest it: clone once, fetch on a schedule."""
    import logging.config

    from app.config import Settings
    from app.db import make_engine, upgrade
    from app.middleware import configure_logging
    from ingest.waivers import default_path

    logging.config.dictConfig(configure_logging(log_level))
    engine = make_engine(Settings())
    upgrade(engine)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    failed = run_forever(Mirror(url, Path(path), timeout), engine, every=every, retry=retry,
                         waivers=default_path(waivers), stop=stop, rounds=1 if once else None)
    raise typer.Exit(1 if once and failed else 0)
