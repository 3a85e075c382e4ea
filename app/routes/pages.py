"""HTML pages and their .txt twins. Each route: resolve the URL's
references (redirecting `latest` and commit prefixes to permalinks), run
the page's one query, hand the data to render."""
from __future__ import annotations

from functools import partial

from fastapi import APIRouter, Request

from app import coverage, queries, registers, render, urls
from app.errors import NotFound
from app.routes import Db, choice, commit_sha, compare_pair, found, release_tag
from app.vocab import short

router = APIRouter(include_in_schema=False)  # HTML and text: the OpenAPI document describes /api/v1


@router.get("/")
def index(request: Request, session: Db):
    return render.page(request, "index.html", queries.overview(session), api=urls.api(urls.home()))


@router.get("/search")
def search(request: Request, session: Db, q: str = ""):
    """The search box: a release, an item slug, an ID register, a commit prefix, else the items filter."""
    found = queries.lookup(session, q) if q.strip() else None
    if found is None and registers.exists(session, q.strip()):
        found = ("register", q.strip())
    kind, key = found or ("items", q.strip())
    target = {"release": urls.release, "item": urls.item, "commit": urls.commit, "register": urls.register}.get(kind)
    return render.redirect(target(key) if target else urls.items(q=key))


@router.get("/breaks")
@router.get("/breaks.txt")
def breaks(request: Request, session: Db, status: str = "", direction: str = "", kind: str = ""):
    data = queries.breaks(session, choice(status, queries.BREAK_STATUSES, "status"),
                          choice(direction, queries.DIRECTIONS, "direction"), choice(kind, queries.KINDS, "kind"))
    f = data["filters"]
    if request.url.path.endswith(".txt"):
        return render.text(request, "breaks.txt", data,
                           fixes=_unique(b["fixes"] for b in data["breaks"] if b["status"] != "unconfirmed"))
    return render.page(request, "breaks.html", data, api=urls.api(urls.breaks(**f)), url=urls.breaks(**f),
                       text=urls.breaks(**f, ext=".txt"))


@router.get("/items")
def items(request: Request, session: Db, q: str = "", since: str = ""):
    tag = release_tag(session, since) if since else None
    if since and tag != since:
        return render.redirect(urls.items(q=q, since=tag))
    data = queries.items(session, q, tag)
    return render.page(request, "items.html", data, api=urls.api(urls.items(q=q, since=tag)),
                       url=urls.items(q=q, since=tag))


@router.get("/items/{path:path}")
def item(request: Request, session: Db, path: str):
    slug, ext = urls.split_ext(path)
    data = queries.item(session, slug)
    target = queries.alias_target(session, slug) if data is None else None
    if target:  # a renamed field's old URL
        return render.redirect(urls.item(target, ext), request.url.query)
    if data is None:
        raise NotFound(f"no item {slug!r}", kind="item", ref=slug)
    return render.twin(request, "item", data, ext, partial(urls.item, slug), fixes=data["fixes"])


@router.get("/registers")
def register_list(request: Request, session: Db):
    return render.page(request, "registers.html", registers.register_list(session), api=urls.api(urls.registers()))


@router.get("/registers/{ref}")
def register(request: Request, session: Db, ref: str):
    name, ext = urls.split_ext(ref)
    data = registers.register_grid(session, name)
    if data is None:
        raise NotFound(f"no ID register {name!r}", kind="register", ref=name)
    return render.twin(request, "register", data, ext, partial(urls.register, name), fixes=data["fixes"])


@router.get("/coverage")
def coverage_list(request: Request, session: Db):
    return render.page(request, "coverage.html", coverage.coverage_list(session), api=urls.api(urls.coverage()))


@router.get("/coverage/{ref}")
def coverage_at(request: Request, session: Db, ref: str):
    ref, ext = urls.split_ext(ref)
    tag = release_tag(session, ref)
    if tag != ref:
        return render.redirect(urls.coverage(tag, ext), request.url.query)
    data = found(coverage.coverage_at(session, tag), tag)
    return render.twin(request, "coverage_release", data, ext, partial(urls.coverage, tag), fixes=[])


@router.get("/commits/{ref}")
def commit(request: Request, session: Db, ref: str):
    ref, ext = urls.split_ext(ref)
    sha = commit_sha(session, ref)
    if ref != short(sha):
        return render.redirect(urls.commit(sha, ext), request.url.query)
    data = found(queries.commit(session, sha), sha)
    return render.twin(request, "commit", data, ext, partial(urls.commit, sha), fixes=_commit_fixes(data))


@router.get("/releases")
def releases(request: Request, session: Db):
    return render.page(request, "releases.html", queries.release_list(session), api=urls.api(urls.releases()))


@router.get("/releases/{ref}")
def release(request: Request, session: Db, ref: str):
    ref, ext = urls.split_ext(ref)
    tag = release_tag(session, ref)
    if tag != ref:
        return render.redirect(urls.release(tag, ext), request.url.query)
    data = found(queries.release(session, tag), tag)
    return render.twin(request, "release", data, ext, partial(urls.release, tag), fixes=data["fixes"])


@router.get("/compare")
def compare_form(request: Request, session: Db, a: str = "", b: str = ""):
    """The pickers' target: /compare?a=A&b=B -> /compare/A...B (for htmx the
    page itself, with the permalink pushed into the address bar)."""
    rels = queries.release_list(session)["releases"]
    if not (a and b):
        if len(rels) < 2:
            raise NotFound("comparing needs two ingested releases")
        a, b = a or rels[-2]["tag"], b or rels[-1]["tag"]
    a, b = release_tag(session, a), release_tag(session, b)
    if render.is_htmx(request):  # the comparison itself, its permalink pushed
        return _compare(request, session, a, b, "")
    return render.redirect(urls.compare(a, b))


@router.get("/compare/{spec}")
def compare(request: Request, session: Db, spec: str):
    spec, ext = urls.split_ext(spec)
    habit = spec.replace("..", "...") if "..." not in spec else spec  # git's A..B
    a, b = compare_pair(session, habit)
    if spec != f"{a}...{b}":
        return render.redirect(urls.compare(a, b, ext), request.url.query)
    return _compare(request, session, a, b, ext)


COMPARE_ROWS = 200  # items without breaks on the HTML page; ?all=1, the text and the JSON have every one


def _compare(request: Request, session, a: str, b: str, ext: str):
    show_all = bool(ext) or request.query_params.get("all") == "1"
    data = found(queries.compare(session, a, b, None if show_all else COMPARE_ROWS), f"{a}...{b}")
    return render.twin(request, "compare", data, ext, partial(urls.compare, a, b), fixes=data["fixes"],
                       url=urls.compare(a, b, show_all=show_all))


@router.get("/matrix")
def matrix(request: Request, session: Db, first: str = "", last: str = ""):
    fst, lst = (release_tag(session, x) if x else None for x in (first, last))
    if (fst or "") != first or (lst or "") != last:
        return render.redirect(urls.matrix(fst, lst))
    data = queries.matrix(session, fst, lst)
    return render.page(request, "matrix.html", data, api=urls.api(urls.matrix(fst, lst)), url=urls.matrix(fst, lst))


def _unique(lines) -> list[str]:
    return list(dict.fromkeys(lines))


def _commit_fixes(data: dict) -> list[str]:
    made = [data["fixes"]] if any(ch["break"] and ch["break"]["status"] in queries.CONFIRMED
                                  for ch in data["changes"]) else []  # a guess earns no Fixes: tag
    return _unique(made + [r["fixes"] for r in data["resolves"]])

