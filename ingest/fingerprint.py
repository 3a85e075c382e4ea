"""Which code judged: a short hash of the judge and the rules it applies,
stored with each run. A run whose changes and waivers are the stored ones
keeps the stored breaks only if the same code judged them, so an upgraded
guestabi judges again on its first run (ingest/pipeline.py, ingest/noop.py)."""
from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path


@cache
def judge() -> str:
    import app.rules
    import app.vocab
    import ingest.judge

    digest = hashlib.sha256()
    for module in (ingest.judge, app.rules, app.vocab):
        digest.update(Path(str(module.__file__)).read_bytes())
    return digest.hexdigest()[:16]
