"""Data: the registered extractors and the paths the walk watches."""
from __future__ import annotations

from ingest.extract import firmware, vgic
from ingest.facts import Extractor

EXTRACTORS: tuple[Extractor, ...] = (vgic.EXTRACTOR, firmware.EXTRACTOR)

WATCHED_PATHS: tuple[str, ...] = tuple(sorted({p for e in EXTRACTORS for p in e.paths}))

# Directories whose tree ids the walk compares first: when none changed, no
# watched file did either, and the commit is skipped without reading blobs.
WATCHED_DIRS: tuple[str, ...] = tuple(sorted({p.rsplit("/", 1)[0] for p in WATCHED_PATHS}))
