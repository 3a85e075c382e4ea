"""Reading states from a repository: a commit's tree -> the signature of
its watched files (walker.SignatureReader) -> the states of every item
(StateReader: each extractor run on the blobs it reads, each distinct file
version parsed once). `Reader` holds the three for a repository; the
ingest, its extraction worker, `check` and the CLI all read through it."""
from __future__ import annotations

import logging
import time
import typing
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import pygit2

from ingest import statecache
from ingest.facts import Extractor, State
from ingest.walker import SignatureReader, open_repo

log = logging.getLogger(__name__)
States = dict[str, State]
_TEXTS = 64  # file versions kept decoded: a few commits' worth of every watched file


class StateReader:
    def __init__(self, repo: pygit2.Repository, extractors: Sequence[Extractor],
                 paths: Sequence[str], cache_size: int = 4096):
        self.repo = repo
        self.extractors = extractors
        self._index = {p: i for i, p in enumerate(paths)}
        self._stored: dict[str, str] = {}  # results kept by an earlier run, by statecache key
        self._results: OrderedDict[tuple, tuple[State, ...]] = OrderedDict()
        self._last_good: dict[str, tuple[State, ...]] = {}
        self._failed: set[tuple] = set()  # keys of results carried from an earlier version
        self._cache_size = cache_size
        self._texts: OrderedDict[str, str] = OrderedDict()  # blob id -> text, most recent last
        self._interned: dict[State, State] = {}
        self.parsed_blobs: set[str] = set()
        self.errors = 0
        self.runs: Counter[str] = Counter()  # extractor -> runs (one per new file-version set)
        self.seconds: defaultdict[str, float] = defaultdict(float)  # extractor -> seconds spent in it

    def __call__(self, signature: tuple) -> States:
        out: States = {}
        for ext in self.extractors:
            for state in self._run(ext, signature):
                out[state.item] = state
        return out

    def preload(self, found: dict[str, str]) -> None:
        """Results an earlier run kept (statecache key -> encoded states):
        read as this reader's own when asked for."""
        self._stored.update(found)

    def kept(self, signatures: Sequence[tuple]) -> dict[str, str]:
        """The results at these signatures that are worth keeping for the
        next run (statecache): those in memory that an extractor produced."""
        out = {}
        for signature in signatures:
            for ext in self.extractors:
                blobs = statecache.blobs_of(ext, signature, self._index)
                result, code = self._results.get((ext.name,) + blobs), statecache.code(ext)
                if result is not None and code is not None and (ext.name,) + blobs not in self._failed:
                    text = statecache.encode(result)
                    if text is not None:
                        out[statecache.key(ext, blobs, code)] = text
        return out

    def _run(self, ext: Extractor, signature: tuple) -> tuple[State, ...]:
        blobs = statecache.blobs_of(ext, signature, self._index)
        key = (ext.name,) + blobs
        hit = self._results.get(key)
        if hit is None and self._stored:
            hit = self._restore(ext, blobs, key)
        if hit is not None:
            self._results.move_to_end(key)
            if key not in self._failed:
                # A failing version carries the version asked for just before
                # it: changes() asks for the parents first, so its parent's.
                self._last_good[ext.name] = hit
            return hit
        files = {p: self._text(b) for p, b in zip(ext.paths, blobs, strict=False) if b is not None}
        result, ok = self._extract(ext, files)
        if not ok:
            self._failed.add(key)
        return self._remember(key, result)

    def _remember(self, key: tuple, result: tuple[State, ...]) -> tuple[State, ...]:
        self._results[key] = result
        if len(self._results) > self._cache_size:  # memory stays bounded
            self._failed.discard(self._results.popitem(last=False)[0])
        return result

    def _restore(self, ext: Extractor, blobs: tuple, key: tuple) -> tuple[State, ...] | None:
        """A result kept by an earlier run, as if produced now (not a run:
        no file read, no time spent); None when there is none."""
        code = statecache.code(ext)
        text = self._stored.pop(statecache.key(ext, blobs, code), None) if code else None
        if text is None:
            return None
        return self._remember(key, tuple(self._interned.setdefault(s, s) for s in statecache.decode(text)))

    def _extract(self, ext: Extractor, files: dict[str, str]) -> tuple[tuple[State, ...], bool]:
        """The extractor's states and True, or the carried states and False."""
        t0 = time.perf_counter()
        try:
            result = tuple(ext(files))
        except Exception as exc:  # an extractor bug must not stop the ingest
            self.errors += 1
            log.warning("extractor %s failed: %r", ext.name, exc)
            why = f"extractor {ext.name} failed on this file version ({exc!r}); state carried from the previous version"
            return tuple(s.with_warning(why) for s in self._last_good.get(ext.name, ())), False
        finally:
            self.runs[ext.name] += 1
            self.seconds[ext.name] += time.perf_counter() - t0
        # Most states are the same from one file version to the next: one
        # object each, however many cached results hold it.
        result = tuple(self._interned.setdefault(s, s) for s in result)
        if len(self._interned) > 50 * self._cache_size:  # memory stays bounded
            self._interned.clear()
        self._last_good[ext.name] = result
        return result, True

    def timings(self) -> dict[str, dict]:
        """Per extractor: runs and milliseconds per run (the parse cost of a
        new file version), for the summary and the benchmark."""
        return {name: {"runs": n, "ms_per_run": round(1000 * self.seconds[name] / n, 2)}
                for name, n in sorted(self.runs.items())}

    def _text(self, blob_id: str) -> str:
        """A file version's text. Files an extractor's next run still reads
        come back as the same str object, so extractors' own caches keyed
        by text hit without rehashing it."""
        text = self._texts.get(blob_id)
        if text is not None:
            self._texts.move_to_end(blob_id)
            return text
        self.parsed_blobs.add(blob_id)
        blob = typing.cast(pygit2.Blob, self.repo[blob_id])  # a file's id: a blob
        text = self._texts[blob_id] = blob.data.decode("utf-8", errors="replace")
        if len(self._texts) > _TEXTS:
            self._texts.popitem(last=False)
        return text


@dataclass
class Reader:
    """A repository and its readers: tree -> signature -> states."""

    repo: pygit2.Repository
    signatures: SignatureReader
    states: StateReader

    @classmethod
    def open(cls, path: str, extractors=None) -> "Reader":
        """Read the repository at `path` with the registered extractors
        (or the ones given: tests use a toy). NotARepository when it is none."""
        from ingest import watched  # the extractors: loaded by whoever reads states

        repo = open_repo(path)
        extractors = extractors or watched.EXTRACTORS
        paths = watched.paths_of(extractors)
        return cls(repo, SignatureReader(repo, paths), StateReader(repo, extractors, paths))

    def states_at(self, commit: pygit2.Commit) -> States:
        return self.states(self.signatures(commit.tree_id))
