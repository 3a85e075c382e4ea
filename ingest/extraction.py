"""extract -> diff beside the walk: signatures of touching commits in,
changes out, in the order they were asked.

Reading trees (the walk) and parsing C (the extractors) each take about
half of a full ingest. With two or more CPUs a worker process runs the
extractors while the walk goes on; `Inline` does the same in-process
(one CPU, or `jobs=0`). Both answer alike, so an ingest writes the same
database either way (the tests run both)."""
from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import queue
import resource
import signal
import traceback
from collections.abc import Sequence
from dataclasses import dataclass

from ingest import diff
from ingest.facts import Change, State

States = dict[str, State]
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Step:
    """A touching commit: its signature and its parents'."""

    sha: str
    seq: int
    signature: tuple
    parents: tuple


def cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def start(reader, path: str, jobs: int | None = None) -> "Inline | Worker":
    """A worker when it can run beside the walk (jobs: None = when there
    are two CPUs or more, 0 = inline, 1 = a worker)."""
    if wants_worker(jobs):
        return Worker(path, reader.states.extractors)
    return Inline(reader)


def wants_worker(jobs: int | None) -> bool:
    jobs = (1 if cpus() > 1 else 0) if jobs is None else jobs
    return jobs > 0 and "fork" in multiprocessing.get_all_start_methods()


def changes(reader, step: Step) -> list[Change]:
    """extract -> diff for one commit: its states against its parents'."""
    before = [reader(sig) for sig in step.parents] or [{}]
    after = reader(step.signature)  # after its parents: a failing version carries theirs
    return [Change(item, step.sha, step.seq, old, new) for item, old, new in diff.diff_merge(before, after)]


def _changes(reader, steps: Sequence[Step]) -> list[list[Change]]:
    return [changes(reader, s) for s in steps]


def _stats(reader) -> dict:
    return {"file_versions_parsed": len(reader.parsed_blobs), "extractor_errors": reader.errors,
            "extract_ms": reader.timings()}


class Inline:
    """The extractors in this process."""

    def __init__(self, reader):
        self.reader = reader.states
        self._done: list[list[Change]] = []

    def submit(self, steps: Sequence[Step]) -> None:
        self._done.extend(_changes(self.reader, steps))

    def ready(self) -> list[list[Change]]:
        """Changes per step, for the steps answered since the last call."""
        done, self._done = self._done, []
        return done

    def wait(self) -> list[list[Change]]:
        return self.ready()

    def states(self, signatures: Sequence[tuple]) -> list[States]:
        return [self.reader(sig) for sig in signatures]

    def preload(self, found: dict[str, str]) -> None:
        self.reader.preload(found)

    def kept(self, signatures: Sequence[tuple]) -> dict[str, str]:
        return self.reader.kept(signatures)

    def start(self) -> None:
        pass

    def stats(self) -> dict:
        return {**_stats(self.reader), "worker_peak_rss_kb": 0}

    def close(self) -> None:
        pass


class WorkerError(RuntimeError):
    pass


class Worker:
    """The extractors in a forked process. Queues carry the requests and
    answers (their feeder threads write, so neither side blocks the other);
    the worker leaves when the queue closes or this process is gone."""

    def __init__(self, path: str, extractors):
        self._args = (path, extractors)
        self._proc: multiprocessing.process.BaseProcess | None = None  # forked at the first request
        self._waiting = 0  # requests not answered yet
        self._preloaded: dict[str, str] = {}  # kept results, sent with the first request

    def start(self) -> None:
        """Fork now (before a long walk), not at the first request."""
        if self._proc is None:
            self._start()

    def _start(self) -> None:
        # Forked before the walk's own objects pile up (at the first
        # touching commit; a run with nothing new never forks): the worker
        # shares only the interpreter and libraries, and with the collector
        # frozen across the fork its own collections do not touch (and so
        # copy) them.
        mp = multiprocessing.get_context("fork")
        self._asks, self._answers = mp.Queue(), mp.Queue()
        self._proc = mp.Process(target=_serve, name="guestabi-extract", daemon=True,
                                args=(*self._args, self._asks, self._answers, os.getpid()))
        gc.freeze()
        try:
            self._proc.start()
        finally:
            gc.unfreeze()
        if self._preloaded:
            self._asks.put(("preload", self._preloaded))
            self._preloaded = {}

    def _ask(self, kind: str, value) -> None:
        if self._proc is None:
            self._start()
        self._asks.put((kind, value))
        self._waiting += 1

    def submit(self, steps: Sequence[Step]) -> None:
        if steps:
            self._ask("changes", list(steps))

    def preload(self, found: dict[str, str]) -> None:
        """Results an earlier run kept (StateReader.preload), for the
        worker; held until it forks (a run extracting nothing never does)."""
        if not found:
            return
        if self._proc is None:
            self._preloaded.update(found)
        else:
            self._asks.put(("preload", found))

    def kept(self, signatures: Sequence[tuple]) -> dict[str, str]:
        """StateReader.kept in the worker (nothing when it never forked)."""
        if self._proc is None or not signatures:
            return {}
        self._ask("kept", list(signatures))
        return self._answer(block=True)

    def warm(self, signatures: Sequence[tuple]) -> None:
        """Read the states of these signatures ahead of the requests that
        will ask for them, unanswered (forked now if not yet). Asked in the
        order the requests ask (a touching commit's parents, then the
        commit), the worker's cache ends as those requests would leave it,
        so their answers are the same (a failing extractor carries the
        version read just before: the same one)."""
        if self._proc is None:
            self._start()
        self._asks.put(("warm", list(signatures)))

    def ready(self) -> list[list[Change]]:
        out: list[list[Change]] = []
        while self._waiting:
            try:
                out.extend(self._answer(block=False))
            except queue.Empty:
                break
        return out

    def wait(self) -> list[list[Change]]:
        out: list[list[Change]] = []
        while self._waiting:
            out.extend(self._answer(block=True))
        return out

    def states(self, signatures: Sequence[tuple]) -> list[States]:
        """After wait(): asked and answered in turn."""
        if not signatures:
            return []
        self._ask("states", list(signatures))
        return self._answer(block=True)

    def stats(self) -> dict:
        if self._proc is None:  # never asked anything
            return {"file_versions_parsed": 0, "extractor_errors": 0, "extract_ms": {}, "worker_peak_rss_kb": 0}
        self._ask("stats", None)
        return self._answer(block=True)

    def close(self) -> None:
        """Stop the worker: politely when everything was answered, at once
        when the ingest stops half-way (an error, Ctrl-C)."""
        if self._proc is None:
            return
        if self._waiting == 0:
            self._asks.put(("stop", None))
            self._proc.join(timeout=10)
        if self._proc.is_alive():
            self._proc.kill()
            self._proc.join()
        self._asks.close()
        self._answers.close()
        self._proc = None  # closed: a second close does nothing

    def _answer(self, block: bool):
        while True:
            try:
                kind, value = self._answers.get(block=block, timeout=1.0 if block else None)
                break
            except queue.Empty:
                if not block:
                    raise
                if self._proc is not None and not self._proc.is_alive():
                    raise WorkerError(f"the extraction worker died (exit code {self._proc.exitcode})") from None
        self._waiting -= 1
        if kind == "error":
            raise WorkerError(f"the extraction worker failed:\n{value}")
        return value


def _warm(reader, signatures) -> None:
    """Read ahead, unanswered; a failure is left to the request that reads
    the same signature to report."""
    try:
        for sig in signatures:
            reader(sig)
    except Exception:  # noqa: BLE001 - told by that request
        log.debug("reading ahead failed", exc_info=True)


def _serve(path: str, extractors, asks, answers, parent: int) -> None:
    """The worker's loop: a reader of its own (libgit2 handles are not
    shared across fork), answering until told to stop."""
    from ingest.states import Reader

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the ingest's to handle: it stops this worker
    reader = Reader.open(path, extractors).states
    while True:
        try:
            kind, value = asks.get(timeout=2.0)
        except queue.Empty:
            if os.getppid() != parent:  # the ingest was killed: nobody will ask again
                return
            continue
        except (EOFError, OSError):
            return
        if kind == "stop":
            return
        try:
            if kind == "changes":
                answers.put(("changes", _changes(reader, value)))
            elif kind == "warm":
                _warm(reader, value)
            elif kind == "preload":
                reader.preload(value)
            elif kind == "kept":
                answers.put(("kept", reader.kept(value)))
            elif kind == "states":
                answers.put(("states", [reader(sig) for sig in value]))
            elif kind == "stats":
                peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                answers.put(("stats", {**_stats(reader), "worker_peak_rss_kb": peak}))
        except Exception:  # reported to the ingest, which stops with it
            answers.put(("error", traceback.format_exc()))
