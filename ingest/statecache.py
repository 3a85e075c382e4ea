"""Extractor results kept across runs (the `statecache` table).

A run's first new touching commit needs its parent's states, and a new
process has none in memory: every extractor would parse the parent's
files again (half a second on a kernel tree). So a run ends by keeping
the results its extractors produced at its frontier (the commits the
next run's new commits start from), and the next run hands them to its
extractors before its first request (StateReader.preload).

A result is found by `key`: the extractor's name, a fingerprint of the
code it runs (`code`) and the blob ids it reads, hashed. Other code or
another file version is another key, so a stale result is never found.
Only results an extractor produced are kept, never states carried past
its failure (those depend on what was read before), and only when they
come back from JSON exactly as they were."""
from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

from ingest.facts import Evidence, Extractor, State

# What every extractor's states depend on besides its own module: the
# extractors' packages (they share ingest/extract/c), the State type and
# the vocabulary it uses, and the C parser with its grammar.
_SHARED = ("ingest.extract", "ingest.facts", "app.vocab")
_PARSER = ("tree_sitter", "tree_sitter_c")  # installed files by size and time (no metadata lookup: 0.1 s)


def key(ext: Extractor, blobs: Sequence[str | None], code: str) -> str:
    parts = [ext.name, code, *(b or "-" for b in blobs)]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def code(ext: Extractor) -> str | None:
    """A fingerprint of the code `ext` runs; None when its module is not a
    file (nothing of it is kept then)."""
    module = sys.modules.get(getattr(ext.fn, "__module__", None) or type(ext.fn).__module__)
    where = getattr(module, "__file__", None)
    return _code(str(Path(where).resolve())) if where else None


@cache
def _code(module_file: str) -> str:
    digest = hashlib.sha256(_shared().encode() + b"\0")
    digest.update(Path(module_file).read_bytes())
    return digest.hexdigest()[:16]


@cache
def _shared() -> str:
    """The fingerprint of what every extractor runs (_SHARED, _PARSER)."""
    from importlib import import_module

    files: set[Path] = set()
    for name in _SHARED:
        where = Path(str(import_module(name).__file__))
        files.update(where.parent.rglob("*.py") if where.name == "__init__.py" else [where])
    digest = hashlib.sha256()
    for f in sorted(files):
        digest.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    for name in _PARSER:
        for f in sorted(Path(str(import_module(name).__file__)).parent.iterdir()):
            if f.is_file():
                digest.update(f"{f.name} {f.stat().st_size} {f.stat().st_mtime_ns}\0".encode())
    return digest.hexdigest()


def blobs_of(ext: Extractor, signature: tuple, index: dict[str, int]) -> tuple:
    """The blob ids `ext` reads in a signature (index: path -> position)."""
    return tuple(signature[index[p]] for p in ext.paths)


def keys(extractors: Sequence[Extractor], paths: Sequence[str], signatures: Iterable[tuple]) -> set[str]:
    """The keys of every extractor's result at each signature."""
    index = {p: i for i, p in enumerate(paths)}
    codes = [(ext, code(ext)) for ext in extractors]
    return {key(ext, blobs_of(ext, sig, index), c) for sig in signatures for ext, c in codes if c is not None}


def encode(states: tuple[State, ...]) -> str | None:
    """JSON that `decode` turns back into the same states; None when it
    would not (a value of another type than the State fields say)."""
    text = json.dumps([[s.item, s.default, s.settable, s.warnings, s.extra,
                        [[e.what, e.file, e.line, e.function, e.text] for e in s.evidence]] for s in states],
                      ensure_ascii=False, separators=(",", ":"))
    return text if decode(text) == states else None


def decode(text: str) -> tuple[State, ...]:
    return tuple(State(item, default, tuple(settable), tuple(warnings), tuple((k, v) for k, v in extra),
                       tuple(Evidence(*e) for e in evidence))
                 for item, default, settable, warnings, extra, evidence in json.loads(text))
