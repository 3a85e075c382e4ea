"""Static files under content-hashed names: `app.css` is linked as
`/static/app.1a2b3c4d5e.css`, which may be cached for a year (a new file
gets a new name); the plain name still answers, revalidated every time."""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

STATIC = Path(__file__).resolve().parent.parent / "static"
PREFIX = "/static/"
HASH_LEN = 10
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
_HASHED = re.compile(r"^(?P<stem>.+)\.(?P<hash>[0-9a-f]{%d})(?P<ext>\.[A-Za-z0-9]+)$" % HASH_LEN)


def static_url(name: str, directory: Path = STATIC) -> str:
    """/static/<name with its content hash before the extension>."""
    digest = content_hash(directory / name)
    return PREFIX + (hashed(name, digest) if digest else name)


def content_hash(path: Path) -> str | None:
    try:
        return _digest(path, path.stat().st_mtime_ns)
    except OSError:  # a missing file: linked plainly, it will 404 plainly
        return None


@lru_cache(maxsize=256)
def _digest(path: Path, _mtime_ns: int) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:HASH_LEN]


def hashed(name: str, digest: str) -> str:
    """"app.css" -> "app.<digest>.css"."""
    stem, dot, ext = name.rpartition(".")
    return f"{stem}.{digest}.{ext}" if dot and stem and "/" not in ext else f"{name}.{digest}"


def unhashed(name: str) -> tuple[str, str | None]:
    """"app.1a2b3c4d5e.css" -> ("app.css", "1a2b3c4d5e"); other names stay."""
    m = _HASHED.match(name)
    return (m["stem"] + m["ext"], m["hash"]) if m else (name, None)


class HashedStaticFiles(StaticFiles):
    """Serves `name.<hash>.ext` as `name.ext`: cached for a year when the
    hash is the file's current one, revalidated otherwise (a plain name, or
    an older page's link)."""

    def __init__(self, directory: Path = STATIC) -> None:
        super().__init__(directory=str(directory))
        self.root = Path(directory)

    def get_path(self, scope: Scope) -> str:
        return unhashed(super().get_path(scope))[0]

    async def get_response(self, path: str, scope: Scope) -> Response:
        resp = await super().get_response(path, scope)
        if resp.status_code in (200, 304):
            digest = unhashed(super().get_path(scope))[1]
            fresh = digest is not None and digest == content_hash(self.root / path)
            resp.headers["Cache-Control"] = IMMUTABLE if fresh else REVALIDATE
        return resp
