"""The restore recipe of a host move A -> B: the page /recipe/A...B, its
.txt twin, and /api/v1/recipe/A...B?vcpu=default|all&format=json|text|firecracker|qemu."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import PlainTextResponse

from app import apidoc, recipe_formats, render, urls
from app.errors import BadRequest
from app.recipe import VCPUS
from app.recipe_query import recipe_of
from app.routes import Db, compare_pair
from app.routes.api import no_nul

pages = APIRouter()
api = APIRouter(prefix=urls.API, tags=["v1"], dependencies=[Depends(no_nul)])

_DOC = apidoc.doc(apidoc.Recipe, "recipe", 400, 404, 422, redirects=True,
                  summary="restore recipe A...B: the writes that keep A's guest view on B, what cannot be kept")
_DOC["responses"][200] = {**_DOC["responses"][200],
                          "content": {"application/json": {}, "text/plain": {"schema": {"type": "string"}}}}


def resolve(session, spec: str, vcpu: str) -> tuple[str, str, str]:
    """A...B (or git's A..B) -> (a, b, canonical spec); an unknown --vcpu is 400."""
    if vcpu not in VCPUS:
        raise BadRequest(f"vcpu must be one of {', '.join(VCPUS)} (got {vcpu!r})")
    habit = spec.replace("..", "...") if "..." not in spec else spec
    a, b = compare_pair(session, habit)
    return a, b, f"{a}...{b}"


@pages.get("/recipe/{spec}")
def page(request: Request, session: Db, spec: str, vcpu: str = "default"):
    spec, ext = urls.split_ext(spec)
    a, b, canonical = resolve(session, spec, vcpu)
    if spec != canonical:
        return render.redirect(urls.recipe(a, b, ext), request.url.query)
    data = recipe_of(session, a, b, vcpu)
    if ext:
        return render.text(request, "recipe.txt", {"body": recipe_formats.text(data)})
    # `from` is a word of jinja's own: the template says this_from
    return render.page(request, "recipe.html", {**data, "this_from": a, "vcpus": VCPUS},
                       api=urls.api(urls.recipe(a, b, vcpu=vcpu)), url=urls.recipe(a, b, vcpu=vcpu),
                       text=urls.recipe(a, b, ".txt", vcpu=vcpu))


@api.get("/recipe/{spec}", **_DOC)
def recipe_api(request: Request, session: Db, spec: str, vcpu: str = "default", format: str = "json"):
    """`format`: json (this shape), text (for a review thread), firecracker
    (a custom CPU template, and the steps it cannot express), qemu
    (`-cpu host,SYSREG_...` properties, other steps as comments)."""
    if format not in recipe_formats.FORMATS:
        raise BadRequest(f"format must be one of {', '.join(recipe_formats.FORMATS)} (got {format!r})")
    a, b, canonical = resolve(session, spec, vcpu)
    if spec != canonical:
        return render.redirect(urls.api(urls.recipe(a, b)), request.url.query)
    data = recipe_of(session, a, b, vcpu)
    if format == "firecracker":
        return render.json_ok(recipe_formats.firecracker(data))
    if format in ("text", "qemu"):
        body = recipe_formats.text(data) if format == "text" else recipe_formats.qemu(data)
        return PlainTextResponse(body, headers={"Content-Type": "text/plain; charset=utf-8"})
    return render.json_ok(data)


router = APIRouter()  # both, for app/main.py to register in one line
router.include_router(pages)
router.include_router(api)
