"""The one place that turns a page's data into a response: the full HTML
page, the htmx block (same template, one block), JSON, or plain text.

    render.page(request, "item.html", data, api=urls.api(path), text="item.txt")
"""
from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any, Callable, Sequence

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from app import grouping, urls, vocab

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
WIDTH = 80
NEVER_WRAP = ("Fixes: ", "http://", "https://")  # trailers and links are pasted whole


def environment() -> Environment:
    """Autoescape everywhere but in the .txt twins (plain text, no markup)."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined,
                      autoescape=select_autoescape(enabled_extensions=("html", "atom"),
                                                   disabled_extensions=("txt",), default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals["urls"] = urls
    env.filters["settable"] = lambda s: ",".join(s.get("settable") or []) if s else ""
    env.filters["day"] = lambda iso: (iso or "")[:10]
    env.filters["state_text"] = state_text
    env.filters["grouped"] = grouping.groups
    env.filters["warnings"] = warnings_of
    env.filters["short"] = vocab.short
    env.globals["m"] = env.get_template("_macros.html").module  # macros, in blocks too
    return env


def state_text(s: dict | None) -> str:
    """A state in a line of text: `2 (set: 2,3)`, or `absent`; `[!]` marks
    a state read with warnings (the templates list them under it)."""
    if not s:
        return "absent"
    settable = ",".join(s.get("settable") or [])
    text = f"{s['default']} (set: {settable})" if settable else s["default"]
    return text + " [!]" if s.get("warnings") else text


def warnings_of(s: dict | None) -> list[str]:
    """A state's warnings (none for an absent state)."""
    return list((s or {}).get("warnings") or [])


def _env(request: Request) -> Environment:
    return request.app.state.templates


def is_htmx(request: Request) -> bool:
    """An htmx swap (not a history restore, which needs the whole page)."""
    h = request.headers
    return h.get("HX-Request") == "true" and h.get("HX-History-Restore-Request") != "true"


def page(request: Request, template: str, data: dict[str, Any], *, api: str | None, url: str | None = None,
         text: str | None = None, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """The full page, or for htmx the block named by the swap's target id
    (a page's fragments are blocks of its template; unknown targets get `main`)
    with the page's permalink `url` to push into the address bar."""
    tpl = _env(request).get_template(template)
    ctx = {"request": request, "api": api, "text_twin": text, **data}
    if is_htmx(request):
        target = request.headers.get("HX-Target") or "main"
        block = tpl.blocks.get(target) or tpl.blocks["main"]
        body = "".join(block(tpl.new_context(ctx)))
        if url:
            headers = {"HX-Push-Url": url, **(headers or {})}
    else:
        body = tpl.render(ctx)
    resp = HTMLResponse(body, status_code=status, headers=headers)
    resp.headers["Vary"] = "HX-Request, HX-Target"
    links = [f'<{api}>; rel="alternate"; type="application/json"'] if api else []
    if text:
        links.append(f'<{text}>; rel="alternate"; type="text/plain"')
    if links:
        resp.headers["Link"] = ", ".join(links)
    return resp


def json_ok(data: dict[str, Any], status: int = 200) -> JSONResponse:
    return JSONResponse({"ok": True, **data}, status_code=status)


def twin(request: Request, name: str, data: dict[str, Any], ext: str, at: Callable[[str], str], *,
         fixes: list[str], url: str | None = None) -> Response:
    """A page that has a .txt twin: `name`.txt when the URL asked for it,
    else `name`.html with its JSON and text links; at(ext) is the page's
    path with that extension."""
    if ext:
        return text(request, f"{name}.txt", data, fixes=fixes)
    return page(request, f"{name}.html", data, api=urls.api(at("")), url=url, text=at(".txt"))


def text(request: Request, template: str, data: dict[str, Any], *, fixes: Sequence[str] = (),
         status: int = 200) -> PlainTextResponse:
    """Plain text within 80 columns, ending with the Fixes: trailers and the
    page's own absolute URL."""
    body = _env(request).get_template(template).render(**data)
    own = urls.absolute(request.app.state.settings.base_url, _own_path(request))
    tail = (["", *fixes] if fixes else []) + ["", own]
    lines = [w for line in body.rstrip("\n").split("\n") for w in wrap(line)] + tail
    return PlainTextResponse("\n".join(lines) + "\n", status_code=status,
                             headers={"Content-Type": "text/plain; charset=utf-8"})


def wrap(line: str) -> list[str]:
    """Fold a line past 80 columns under its own indentation (trailers and
    URLs are never split: a Fixes: tag must stay on one line)."""
    stripped = line.lstrip()
    if len(line) <= WIDTH or stripped.startswith(NEVER_WRAP):
        return [line]
    indent = line[: len(line) - len(stripped)]
    return textwrap.wrap(stripped, WIDTH, initial_indent=indent, subsequent_indent=indent + "  ",
                         break_long_words=True, break_on_hyphens=False)


def atom(request: Request, template: str, data: dict[str, Any]) -> Response:
    body = _env(request).get_template(template).render(base=request.app.state.settings.base_url, **data)
    return Response(body, media_type="application/atom+xml; charset=utf-8")


def redirect(url: str, query: str = "") -> RedirectResponse:
    """307 to the concrete URL (with the request's query string, if given)."""
    return RedirectResponse(f"{url}{'&' if '?' in url else '?'}{query}" if query else url, status_code=307)


def error(request: Request, status: int, code: str, message: str, extra: dict[str, Any],
          headers: dict[str, str] | None = None) -> Response:
    path = request.url.path
    if path.startswith(urls.API):
        return JSONResponse({"ok": False, "error": {"code": code, "message": message, **extra}},
                            status_code=status, headers=headers)
    if path.endswith(".txt"):
        return PlainTextResponse(f"{status} {message}\n", status_code=status, headers=headers)
    data = {"status": status, "code": code, "message": message, "path": path,
            "candidates": extra.get("candidates", [])}
    return page(request, "error.html", data, api=None, status=status, headers=headers)


def _own_path(request: Request) -> str:
    q = request.url.query
    return request.url.path + (f"?{q}" if q else "")
