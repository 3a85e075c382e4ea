"""/api/v1/export.jsonl.gz: the whole dataset, one JSON object a line, each
with a "type": meta, release, item, commit, state (an item at a release),
change, break, waiver. Built from one snapshot the first time it is asked
for in an ingest generation, then served from memory until the next ingest.

    {"type": "meta", "format": 1, "generation": "3-3-42-42-97", ...}
    {"type": "state", "release": "v6.1", "item": "vgic/v3/IIDR_REVISION", "state": {...}}
"""
from __future__ import annotations

import gzip
import io
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from app import queries, vocab
from app.etag import generation
from app.models import Break, Change, Commit, Item, Release, ReleaseState, Waiver

FORMAT = 1
BATCH = 2000


@dataclass(frozen=True)
class Export:
    generation: str
    body: bytes


class ExportCache:
    """The newest generation's export; one build at a time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._current: Export | None = None

    def get(self, engine: Engine) -> Export:
        with self._lock, Session(engine) as session:
            gen = generation(session.connection())  # the snapshot the export reads
            if self._current is None or self._current.generation != gen:
                self._current = Export(gen, build(session, gen))
            return self._current


_caches_lock = threading.Lock()


def cache_of(state: Any) -> ExportCache:
    """The app's cache (made on first use; kept on app.state)."""
    with _caches_lock:
        if not hasattr(state, "export_cache"):
            state.export_cache = ExportCache()
        return state.export_cache


def build(session: Session, gen: str) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:  # mtime 0: same data, same bytes
        for line in lines(session, gen):
            gz.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode() + b"\n")
    return buf.getvalue()


def lines(session: Session, gen: str) -> Iterator[dict[str, Any]]:
    newest = queries.last_run(session)
    yield {"type": "meta", "format": FORMAT, "generation": gen, "api": "v1",
           "ingested": queries._iso(newest.finished) if newest else None}
    for r in _all(session, select(Release).order_by(col(Release.position))):
        yield {"type": "release", "tag": r.tag, "commit": vocab.short(r.sha), "sha": r.sha, "kind": r.kind,
               "series": r.series, "position": r.position, "date": queries._iso(r.date)}
    for i in _all(session, select(Item).order_by(col(Item.slug))):
        yield {"type": "item", "item": i.slug, "kind": i.kind}
    for c in _all(session, select(Commit).order_by(col(Commit.seq))):
        yield {"type": "commit", **queries.commit_json(c), "seq": c.seq,
               "parents": [vocab.short(p) for p in c.parents.split()]}
    for s in _all(session, select(ReleaseState).order_by(col(ReleaseState.release), ReleaseState.item)):
        yield {"type": "state", "release": s.release, "item": s.item, "state": s.state}
    waivers = {w.id: w for w in _all(session, select(Waiver).order_by(col(Waiver.id)))}
    breaks = [_break(b, c, waivers.get(b.waiver_id)) for b, c in _all(
        session, select(Break, Commit).join(Commit, col(Commit.sha) == Break.commit)
        .order_by(col(Break.seq), Break.item, Break.direction))]
    yield from _changes(session, {(b["item"], b["commit"]): b for b in breaks})
    yield from breaks
    for w in waivers.values():
        yield {"type": "waiver", **queries.waiver_json(w)}


def _break(b: Break, c: Commit, w: Waiver | None) -> dict[str, Any]:
    return {"type": "break", **queries.break_json(b, w), "release": c.release, "seq": b.seq,
            "fixes": vocab.fixes_line(c.sha, c.subject)}


def _changes(session: Session, breaks: dict[tuple[str, str | None], dict]) -> Iterator[dict[str, Any]]:
    """Changes in history order, each with its break (DESIGN.md's change)."""
    q = select(Change, Commit.release).join(Commit, col(Commit.sha) == Change.commit)
    q = q.order_by(col(Change.seq), Change.item)
    for ch, release in _all(session, q):
        brk = breaks.get((ch.item, vocab.short(ch.commit)))
        yield {"type": "change", "item": ch.item, "commit": vocab.short(ch.commit), "release": release,
               "seq": ch.seq, "old": ch.old, "new": ch.new,
               "break": {k: v for k, v in brk.items() if k != "type"} if brk else None}


def _all(session: Session, q) -> Iterator[Any]:
    """Rows streamed in batches (memory stays flat however big the table)."""
    yield from session.exec(q.execution_options(yield_per=BATCH))
