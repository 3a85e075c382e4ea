"""Data: the registered extractors and the paths the walk watches."""
from __future__ import annotations

from ingest.extract import firmware, idregs, reglist, vgic
from ingest.extract.reglist import timers
from ingest.facts import Extractor

EXTRACTORS: tuple[Extractor, ...] = (vgic.EXTRACTOR, firmware.EXTRACTOR, idregs.EXTRACTOR, reglist.EXTRACTOR,
                                      timers.EXTRACTOR)


def paths_of(extractors) -> tuple[str, ...]:
    return tuple(sorted({p for e in extractors for p in e.paths}))


WATCHED_PATHS: tuple[str, ...] = paths_of(EXTRACTORS)

