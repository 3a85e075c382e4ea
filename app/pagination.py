"""Keyset pagination for the API's lists: an opaque cursor (the sort key of
the last row served, base64 of JSON) and the `next` URL that carries it.

    page = Page.parse(cursor, limit, shape=(int, str))   # UnknownCursor (404) if forged
    rows, last = page.cut(rows, key=lambda r: (r["seq"], r["item"]))
    body["page"] = page.links(request, "changes", last)

A key compares as a tuple, so rows added or removed between two requests
never make a page repeat or skip the rows that stayed.
"""
from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from fastapi import Request

from app.errors import NotFound

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
MAX_CURSOR = 1000  # the longest key (a 200-character slug and ints) encodes to ~350
_INT_BOUND = 1 << 62  # what every database stores in an INTEGER column

Key = tuple[Any, ...]


def encode(key: Key) -> str:
    raw = json.dumps(list(key), separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(cursor: str, shape: Sequence[type]) -> Key:
    """A cursor back to its key, checked against the list's key `shape`
    (types per position). A cursor names a page: a forged or foreign one
    names no page of this list, a 404 (the document allows any token of
    its alphabet, so a well-formed request must not get a 400), never a 500."""
    try:
        if len(cursor) > MAX_CURSOR:
            raise ValueError
        key = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise UnknownCursor("cursor is not one this API handed out (start again without it)") from None
    if not isinstance(key, list) or len(key) != len(shape) or not all(map(_fits, key, shape)):
        raise UnknownCursor("cursor does not belong to this list (start again without it)")
    return tuple(key)


class UnknownCursor(NotFound):
    code = "unknown_cursor"


def _fits(value: Any, kind: type) -> bool:
    if kind is int:
        return type(value) is int and -_INT_BOUND < value < _INT_BOUND
    return type(value) is kind and "\x00" not in value


@dataclass(frozen=True)
class Page:
    after: Key | None  # the key of the last row already served
    limit: int

    @classmethod
    def parse(cls, cursor: str | None, limit: int, shape: Sequence[type]) -> "Page":
        return cls(decode(cursor, shape) if cursor else None, limit)

    def cut(self, rows: Iterable[dict], key: Callable[[dict], Key]) -> tuple[list[dict], Key | None]:
        """This page of `rows` (already in key order); the key to continue
        after, None on the last page."""
        out, last = [], None
        for row in rows:
            k = key(row)
            if self.after is not None and k <= self.after:
                continue
            if len(out) == self.limit:
                return out, last
            out.append(row)
            last = k
        return out, None

    def links(self, request: Request, of: str, last: Key | None) -> dict[str, Any]:
        """The `page` object of a response: which list it cuts, and how to go on."""
        cursor = encode(last) if last is not None else None
        return {"of": of, "limit": self.limit, "cursor": cursor,
                "next": next_url(request, cursor) if cursor else None}


def next_url(request: Request, cursor: str) -> str:
    """The request's own URL (path and filters) with the new cursor."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "cursor"]
    return f"{request.url.path}?{urlencode([*params, ('cursor', cursor)])}"


def link_header(page: dict[str, Any]) -> dict[str, str]:
    return {"Link": f'<{page["next"]}>; rel="next"'} if page.get("next") else {}
