"""What the page routes and the API routes share: typed dependencies and
the resolution of references written in a URL (commit prefixes, release
tags, `latest`, `A...B`), each raising the error the URL deserves."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, TypeVar

from fastapi import Depends, Request
from sqlmodel import Session

from app import queries, urls
from app.errors import Ambiguous, BadRequest, Malformed, NotFound
from app.models import Release


def get_session(request: Request) -> Iterator[Session]:
    with Session(request.app.state.engine) as session:
        yield session


Db = Annotated[Session, Depends(get_session)]


T = TypeVar("T")


def found(data: T | None, ref: str) -> T:
    """A query's answer for a ref already resolved above (None only if it
    vanished in between, e.g. a re-ingest): 404, never a crash on None."""
    if data is None:
        raise NotFound(f"nothing stored for {ref!r}", ref=ref)
    return data


def release_tag(session: Session, ref: str) -> str:
    """A release as written in a URL -> its tag (`latest` -> the newest)."""
    tag = urls.concrete(ref, queries.latest_tag(session) if ref == urls.LATEST else None)
    if tag is None:
        raise NotFound("no releases have been ingested yet")
    if session.get(Release, tag) is None:
        raise NotFound(f"no release {ref!r}", kind="release", ref=ref)
    return tag


def commit_sha(session: Session, ref: str) -> str:
    """A 7-40 hex prefix -> the one stored commit it names."""
    prefix = ref.lower()
    if not queries.HEX.match(prefix):
        raise Malformed(f"{ref!r} is not a commit: a commit is 7 to 40 hex digits", kind="commit", ref=ref)
    found = queries.commit_candidates(session, prefix)
    if not found:
        raise NotFound(f"no commit {ref!r} touched the watched files", kind="commit", ref=ref)
    if len(found) > 1:
        raise Ambiguous(f"{ref!r} names {len(found)} commits; give more digits",
                        candidates=[{k: c[k] for k in ("commit", "subject", "release")} for c in found])
    return found[0]["sha"]


def compare_pair(session: Session, spec: str) -> tuple[str, str]:
    """"v6.1...v6.12" -> both tags (either may be `latest`)."""
    a, sep, b = spec.partition("...")
    if not sep or not a or not b:
        raise Malformed(f"{spec!r} is not a comparison: write A...B with two release tags", ref=spec)
    return release_tag(session, a), release_tag(session, b)


def choice(value: str | None, allowed: tuple[str, ...], name: str) -> str | None:
    """An optional filter parameter: empty means none, else one of `allowed`."""
    if not value or value == "all":
        return None
    if value not in allowed:
        raise BadRequest(f"{name} must be one of {', '.join(allowed)} (got {value!r})")
    return value
