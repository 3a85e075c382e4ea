"""/api/v1: the JSON twin of every page, same query, `{"ok": true, ...}`;
the Atom feed of breaks beside them."""
from __future__ import annotations

from fastapi import APIRouter, Request

from app import queries, render, urls
from app.errors import NotFound
from app.routes import Db, choice, commit_sha, compare_pair, release_tag

router = APIRouter(prefix=urls.API)
feed = APIRouter()


@router.get("/")
def index(session: Db):
    return render.json_ok(queries.overview(session))


@router.get("/breaks")
def breaks(session: Db, status: str = "", direction: str = "", kind: str = ""):
    return render.json_ok(queries.breaks(session, choice(status, queries.BREAK_STATUSES, "status"),
                                         choice(direction, queries.DIRECTIONS, "direction"),
                                         choice(kind, queries.KINDS, "kind")))


@router.get("/items")
def items(session: Db, q: str = "", since: str = ""):
    tag = release_tag(session, since) if since else None
    if since and tag != since:
        return render.redirect(urls.api(urls.items(q=q, since=tag)))
    return render.json_ok(queries.items(session, q, tag))


@router.get("/items/{slug:path}")
def item(session: Db, slug: str):
    data = queries.item(session, slug)
    if data is None:
        raise NotFound(f"no item {slug!r}", kind="item", ref=slug)
    return render.json_ok(data)


@router.get("/commits/{ref}")
def commit(request: Request, session: Db, ref: str):
    sha = commit_sha(session, ref)
    if ref != sha[:12]:
        return render.redirect(urls.api(urls.commit(sha)), request.url.query)
    return render.json_ok(queries.commit(session, sha))


@router.get("/releases")
def releases(session: Db):
    return render.json_ok(queries.release_list(session))


@router.get("/releases/{ref}")
def release(request: Request, session: Db, ref: str):
    tag = release_tag(session, ref)
    if tag != ref:
        return render.redirect(urls.api(urls.release(tag)), request.url.query)
    return render.json_ok(queries.release(session, tag))


@router.get("/compare/{spec}")
def compare(request: Request, session: Db, spec: str):
    a, b = compare_pair(session, spec)
    if spec != f"{a}...{b}":
        return render.redirect(urls.api(urls.compare(a, b)), request.url.query)
    return render.json_ok(queries.compare(session, a, b))


@router.get("/matrix")
def matrix(session: Db, first: str = "", last: str = ""):
    f, l = (release_tag(session, x) if x else None for x in (first, last))
    if (f or "") != first or (l or "") != last:
        return render.redirect(urls.api(urls.matrix(f, l)))
    return render.json_ok(queries.matrix(session, f, l))


@feed.get("/breaks.atom")
def breaks_atom(request: Request, session: Db):
    data = queries.breaks(session, limit=100)
    newest = max((b["date"] for b in data["breaks"]), default="1970-01-01T00:00:00+00:00")
    return render.atom(request, "breaks.atom", {"updated": newest, **data})
