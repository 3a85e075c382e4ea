"""Every URL of the site, built here and nowhere else; `latest` resolution.
Permalinks name commits (12 hex) and release tags, never `latest`."""
from __future__ import annotations

from urllib.parse import quote, urlencode

from app.vocab import short

API = "/api/v1"
LATEST = "latest"


def _with(path: str, **params: str | None) -> str:
    kept = {k: v for k, v in params.items() if v not in (None, "", "all")}
    return f"{path}?{urlencode(kept)}" if kept else path


def home() -> str:
    return "/"


def breaks(status: str | None = None, direction: str | None = None, kind: str | None = None,
           ext: str = "") -> str:
    return _with(f"/breaks{ext}", status=status, direction=direction, kind=kind)


def feed() -> str:
    return "/breaks.atom"


def items(q: str | None = None, since: str | None = None) -> str:
    return _with("/items", q=q, since=since)


def item(slug: str, ext: str = "") -> str:
    return f"/items/{quote(slug, safe='/')}{ext}"


def commit(sha: str, ext: str = "") -> str:
    return f"/commits/{short(sha)}{ext}"


def releases() -> str:
    return "/releases"


def release(tag: str, ext: str = "") -> str:
    return f"/releases/{quote(tag)}{ext}"


def registers() -> str:
    return "/registers"


def register(name: str, ext: str = "") -> str:
    """One ID register's fields x releases grid: /registers/ID_AA64PFR0_EL1."""
    return f"/registers/{quote(name)}{ext}"


def compare(a: str, b: str, ext: str = "", show_all: bool = False) -> str:
    return _with(f"/compare/{quote(a)}...{quote(b)}{ext}", all="1" if show_all else None)


def coverage(tag: str | None = None, ext: str = "") -> str:
    """How well releases were read: /coverage, /coverage/v7.3 (states with warnings)."""
    return f"/coverage/{quote(tag)}{ext}" if tag else "/coverage"


def recipe(a: str, b: str, ext: str = "", vcpu: str | None = None, format: str | None = None) -> str:
    """The restore recipe of a move from release a to release b. Not through
    _with(): `vcpu=all` is a vCPU configuration here, not "no filter"."""
    kept = {k: v for k, v, default in (("vcpu", vcpu, "default"), ("format", format, "json")) if v and v != default}
    path = f"/recipe/{quote(a)}...{quote(b)}{ext}"
    return f"{path}?{urlencode(kept)}" if kept else path


def compare_form() -> str:
    return "/compare"


def matrix(first: str | None = None, last: str | None = None) -> str:
    return _with("/matrix", first=first, last=last)


def search(q: str | None = None) -> str:
    return _with("/search", q=q)


def static(name: str) -> str:
    """/static/<name> with the file's content hash in it (cached for a year)."""
    from app.static_files import static_url

    return static_url(name)


def api(page_url: str) -> str:
    """The JSON twin of a page: /breaks?status=open -> /api/v1/breaks?status=open."""
    return API + page_url


def source(path: str, line: int, *, commit: str | None = None, tag: str | None = None,
           base: str | None = None) -> str:
    """A line of a kernel file as a commit (`?id=`) or a release tag (`?h=`)
    has it, on git.kernel.org or the mirror Settings.source_url names."""
    from app.config import KERNEL_GIT

    rev = f"id={quote(commit)}" if commit else f"h={quote(tag or 'master')}"
    return f"{(base or KERNEL_GIT).rstrip('/')}/tree/{quote(path)}?{rev}#n{int(line)}"


def absolute(base_url: str, path: str) -> str:
    return base_url.rstrip("/") + path


def split_ext(name: str, allowed: tuple[str, ...] = (".txt",)) -> tuple[str, str]:
    """("v6.12.txt") -> ("v6.12", ".txt"); names without a known suffix stay whole."""
    for ext in allowed:
        if name.endswith(ext) and len(name) > len(ext):
            return name[: -len(ext)], ext
    return name, ""


def concrete(ref: str, latest_tag: str | None) -> str | None:
    """A release position as written -> the tag it means now (None: no releases)."""
    return latest_tag if ref == LATEST else ref
