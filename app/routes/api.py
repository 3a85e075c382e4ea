"""/api/v1: the JSON twin of every page, same query, `{"ok": true, ...}`;
lists cut into pages by an opaque cursor (`page.next` is the next URL);
the export, the register list between releases, the browsable docs; the
Atom feed of breaks beside them. ETag/304 is app/etag.py's, before any
route runs."""
from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Path, Query, Request
from fastapi.responses import Response

from app import apidoc, coverage, queries, registers, render, urls
from app.apidoc import doc
from app.errors import BadRequest, NotFound
from app.etag import ApiCache
from app.export import cache_of
from app.pagination import DEFAULT_LIMIT, MAX_CURSOR, MAX_LIMIT, Page, link_header
from app.routes import Db, choice, commit_sha, compare_pair, found, release_tag
from app.vocab import short


def no_nul(request: Request) -> None:
    """A NUL in a reference or parameter is malformed (and PostgreSQL refuses it in text)."""
    if "\x00" in request.url.path or any("\x00" in k + v for k, v in request.query_params.multi_items()):
        raise BadRequest("a NUL character in the URL names nothing")


router = APIRouter(prefix=urls.API, tags=["v1"], dependencies=[Depends(no_nul)])
feed = APIRouter(include_in_schema=False)  # Atom, not JSON: the document describes /api/v1

DESCRIPTION = """The JSON twin of every page of the guestabi dashboard.
`{"ok": true, ...}` envelopes; errors `{"ok": false, "error": {"code", "message"}}`.
Within v1 fields are only added. Lists are paged (`page.next`); every answer
carries an ETag tied to the ingest generation (If-None-Match -> 304).
Browsable: /api/v1/docs."""


def install(app: FastAPI) -> None:
    """The API's description in the OpenAPI document, and its ETag/Cache-Control
    middleware (registered before the others, so it runs innermost)."""
    app.description, app.version = DESCRIPTION, "1"
    generate = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            app.openapi_schema = apidoc.with_examples(generate())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]  # FastAPI's documented way to extend the document
    app.add_middleware(ApiCache)


Cursor = Annotated[str | None, Query(max_length=MAX_CURSOR, pattern=r"^[A-Za-z0-9_-]*$",
                                     description="`page.cursor` of the previous page, as handed out "
                                                 "(one the API did not hand out names no page: 404)")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="rows per page")]


def one_of(allowed: tuple[str, ...], what: str) -> Any:
    """A filter parameter: empty or `all` for none, else one of `allowed` (422 otherwise)."""
    return Query(pattern=f"^(|all|{'|'.join(allowed)})$", description=what)


Status = Annotated[str, one_of(queries.BREAK_STATUSES, "break status (`unconfirmed`: a state read with warnings)")]
Direction = Annotated[str, one_of(queries.DIRECTIONS, "break direction")]
Kind = Annotated[str, one_of(queries.KINDS, "item kind")]
NO_NUL = r"^[^\x00]*$"  # a NUL names nothing (and PostgreSQL refuses it in text): no_nul() says 400
Text = Annotated[str, Query(max_length=200, pattern=NO_NUL, description="a substring of item slugs")]
Slug = Annotated[str, Query(max_length=200, pattern=NO_NUL, description="an item slug")]
Tag = Annotated[str, Query(max_length=64, pattern=NO_NUL, description="a release tag or `latest`")]
PathSlug = Annotated[str, Path(pattern=NO_NUL, description="an item slug")]
PathTag = Annotated[str, Path(pattern=NO_NUL, description="a release tag or `latest`")]
CommitRef = Annotated[str, Path(pattern=r"^[0-9a-fA-F]{7,40}$", description="7 to 40 hex digits")]
Spec = Annotated[str, Path(pattern=r"^[^/]+\.\.\.[^/]+$", description="`A...B`: two release tags (or `latest`)")]
RegName = Annotated[str, Path(pattern=registers.NAME.pattern, description="an ID register name")]


def paged(request: Request, data: dict[str, Any], of: str, page: Page, key: Callable[[dict], tuple]) -> Response:
    """`data` with its list `of` cut to one page."""
    cut, last = page.cut(data[of], key)
    data[of] = cut
    return with_page(data, page.links(request, of, last))


def with_page(data: dict[str, Any], links: dict[str, Any]) -> Response:
    """The envelope with its `page` object, and the next page as a Link: header."""
    data["page"] = links
    resp = render.json_ok(data)
    resp.headers.update(link_header(links))
    return resp


@router.get("/", **doc(apidoc.Overview, "overview", summary="overview: counts, releases, newest breaks"))
def index(session: Db):
    return render.json_ok(queries.overview(session))


@router.get("/breaks", **doc(apidoc.BreakList, "breaks", 404, summary="breaks, newest first"))
def breaks(request: Request, session: Db, status: Status = "", direction: Direction = "", kind: Kind = "",
           cursor: Cursor = None, limit: Limit = DEFAULT_LIMIT):
    filters = (choice(status, queries.BREAK_STATUSES, "status"), choice(direction, queries.DIRECTIONS, "direction"),
               choice(kind, queries.KINDS, "kind"))
    page = Page.parse(cursor, limit, (int, str, str))
    return paged(request, queries.breaks(session, *filters), "breaks", page, queries.break_key)


@router.get("/changes", **doc(apidoc.ChangeList, "changes", 400, 404, 422,
                              summary="every guest-visible change in history order"))
def changes(request: Request, session: Db, item: Slug = "", kind: Kind = "",
            cursor: Cursor = None, limit: Limit = DEFAULT_LIMIT):
    want = choice(kind, queries.KINDS, "kind")
    page = Page.parse(cursor, limit, (int, str))
    if item and not queries.item_exists(session, item):
        raise NotFound(f"no item {item!r}", kind="item", ref=item)
    rows = queries.change_list(session, page.after, limit + 1, item or None, want)
    return paged(request, {"item": item or None, "kind": want, "changes": rows}, "changes", page, queries.change_key)


@router.get("/items", **doc(apidoc.ItemList, "items", 400, 404, 422, redirects=True,
                            summary="items by group; `since` keeps those changed after a release"))
def items(request: Request, session: Db, q: Text = "", since: Tag = "", cursor: Cursor = None,
          limit: Limit = DEFAULT_LIMIT):
    tag = release_tag(session, since) if since else None
    if since and tag != since:
        return render.redirect(urls.api(urls.items(q=q, since=tag)))
    page = Page.parse(cursor, limit, (int, str, str))
    data = queries.items(session, q, tag)
    cut, last = page.cut(queries.flat_items(data), queries.item_key)
    data["groups"] = queries.regroup(data, cut)
    return with_page(data, page.links(request, "items", last))


@router.get("/items/{slug:path}", **doc(apidoc.ItemPage, "item", 400, 404, 422, redirects=True,
                                        summary="one item: its timeline (a cell per release) and its changes "
                                                "(a renamed field's old slug redirects)"))
def item(request: Request, session: Db, slug: PathSlug, cursor: Cursor = None, limit: Limit = DEFAULT_LIMIT):
    page = Page.parse(cursor, limit, (int, str))
    data = queries.item(session, slug)
    target = queries.alias_target(session, slug) if data is None else None
    if target:  # a renamed field's old URL
        return render.redirect(urls.api(urls.item(target)), request.url.query)
    if data is None:
        raise NotFound(f"no item {slug!r}", kind="item", ref=slug)
    return paged(request, data, "changes", page, queries.change_key)


@router.get("/registers", **doc(apidoc.RegisterList, "registers", 404,
                                summary="every ID register: fields, state at the newest release, open breaks"))
def register_list(request: Request, session: Db, cursor: Cursor = None, limit: Limit = DEFAULT_LIMIT):
    page = Page.parse(cursor, limit, (str,))
    return paged(request, registers.register_list(session), "registers", page, lambda r: (r["register"],))


@router.get("/registers/{reg}", **doc(apidoc.Register, "register", 404, 422,
                                      summary="one ID register: its fields x releases"))
def register(session: Db, reg: RegName):
    data = registers.register_grid(session, reg)
    if data is None:
        raise NotFound(f"no ID register {reg!r}", kind="register", ref=reg)
    return render.json_ok(data)


@router.get("/coverage", **doc(apidoc.CoverageList, "coverage_list",
                               summary="per release, how many states were read with warnings"))
def coverage_list(session: Db):
    return render.json_ok(coverage.coverage_list(session))


@router.get("/coverage/{ref}", **doc(apidoc.Coverage, "coverage", 404, redirects=True,
                                     summary="one release's states read with warnings, by register or kind"))
def coverage_at(request: Request, session: Db, ref: PathTag):
    tag = release_tag(session, ref)
    if tag != ref:
        return render.redirect(urls.api(urls.coverage(tag)), request.url.query)
    return render.json_ok(found(coverage.coverage_at(session, tag), tag))


@router.get("/commits/{ref}", **doc(apidoc.CommitPage, "commit", 400, 404, 409, 422, redirects=True,
                                    summary="one commit (7-40 hex; redirects to 12): its changes and breaks"))
def commit(request: Request, session: Db, ref: CommitRef, cursor: Cursor = None, limit: Limit = DEFAULT_LIMIT):
    sha = commit_sha(session, ref)
    if ref != short(sha):
        return render.redirect(urls.api(urls.commit(sha)), request.url.query)
    page = Page.parse(cursor, limit, (str,))
    return paged(request, found(queries.commit(session, sha), sha), "changes", page, queries.by_item)


@router.get("/releases", **doc(apidoc.ReleaseList, "releases", 404,
                               summary="every release, oldest first, with what changed in it"))
def releases(request: Request, session: Db, cursor: Cursor = None, limit: Limit = DEFAULT_LIMIT):
    page = Page.parse(cursor, limit, (int,))
    return paged(request, queries.release_list(session), "releases", page, lambda r: (r["position"],))


@router.get("/releases/{ref}", **doc(apidoc.ReleasePage, "release", 400, 404, 422, redirects=True,
                                     summary="what changed in one release (`latest` redirects)"))
def release(request: Request, session: Db, ref: PathTag, cursor: Cursor = None, limit: Limit = DEFAULT_LIMIT):
    tag = release_tag(session, ref)
    if tag != ref:
        return render.redirect(urls.api(urls.release(tag)), request.url.query)
    page = Page.parse(cursor, limit, (int, int, int, str))
    return paged(request, found(queries.release(session, tag), tag), "changes", page, queries.release_change_key)


@router.get("/compare/{spec}", **doc(apidoc.Compare, "compare", 400, 404, 422, redirects=True,
                                     summary="items that differ between releases A...B, and the breaks between"))
def compare(request: Request, session: Db, spec: Spec, cursor: Cursor = None, limit: Limit = DEFAULT_LIMIT):
    a, b = compare_pair(session, spec)
    if spec != f"{a}...{b}":
        return render.redirect(urls.api(urls.compare(a, b)), request.url.query)
    page = Page.parse(cursor, limit, (str,))
    return paged(request, found(queries.compare(session, a, b), spec), "items", page, queries.by_item)


@router.get("/matrix", **doc(apidoc.Matrix, "matrix", 404, 422, redirects=True,
                             summary="release x release: breaks met migrating from row to column"))
def matrix(session: Db, first: Tag = "", last: Tag = ""):
    fst, lst = (release_tag(session, x) if x else None for x in (first, last))
    if (fst or "") != first or (lst or "") != last:
        return render.redirect(urls.api(urls.matrix(fst, lst)))
    return render.json_ok(queries.matrix(session, fst, lst))


@router.get("/reglist/{spec}", **doc(apidoc.Reglist, "reglist", 400, 404, 422, redirects=True,
                                     summary="KVM_GET_REG_LIST indices that appear or disappear between A...B"))
def reglist(request: Request, session: Db, spec: Spec, cursor: Cursor = None, limit: Limit = DEFAULT_LIMIT):
    """Keyed by register index (hex), each with its name and how it is listed
    at A and at B (`always`, or `conditional` with the condition that hides it)."""
    a, b = compare_pair(session, spec)
    if spec != f"{a}...{b}":
        return render.redirect(f"{urls.API}/reglist/{a}...{b}", request.url.query)
    page = Page.parse(cursor, limit, (str,))
    return paged(request, queries.reglist_diff(session, a, b), "registers", page, queries.reglist_key)


@router.get("/export.jsonl.gz", response_class=Response, summary="the whole dataset, gzipped JSON lines",
            responses={200: {"content": {"application/gzip": {
                "schema": {"type": "string", "format": "binary"},
                "example": '{"type":"meta","format":1,"generation":"3-3-42-42-97","api":"v1","ingested":null}\n'
                           '{"type":"item","item":"vgic/v3/IIDR_REVISION","kind":"vgic"}\n'}}},
                       **apidoc.NOT_MODIFIED})
def export(request: Request):
    """Lines of type meta, release, item, commit, state, change, break,
    waiver; rebuilt once per ingest."""
    built = cache_of(request.app.state).get(request.app.state.engine)
    name = f"guestabi-{built.generation}.jsonl.gz"
    return Response(built.body, media_type="application/gzip",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/docs", include_in_schema=False)
def docs(request: Request):
    """The OpenAPI document as a page of our own (no third-party script)."""
    spec = request.app.openapi()
    return render.page(request, "api_docs.html", {"spec": spec, "ops": apidoc.operations(spec)},
                       api=request.app.openapi_url)


@feed.get("/breaks.atom")
def breaks_atom(request: Request, session: Db):
    data = queries.breaks(session, limit=100, confirmed=True)  # a guess is never announced
    newest = max((b["date"] for b in data["breaks"]), default="1970-01-01T00:00:00+00:00")
    return render.atom(request, "breaks.atom", {"updated": newest, **data})
