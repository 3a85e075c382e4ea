"""Bad input at the HTTP boundary, pages and API alike: very long or odd
paths, non-hex and ambiguous commit prefixes, huge query strings, unicode
in slugs, HEAD and OPTIONS. Whatever arrives, a 4xx (or a page), never a 5xx."""
from __future__ import annotations

import os
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, example, given, settings, strategies as st

from app.main import create_app
from webworld import AMBIGUOUS, IIDR, add_twins, on_sqlite

PREFIXES = ("/", "/items/", "/commits/", "/releases/", "/compare/", "/breaks", "/search", "/matrix",
            "/api/v1/", "/api/v1/items/", "/api/v1/commits/", "/api/v1/releases/", "/api/v1/compare/",
            "/api/v1/breaks", "/api/v1/matrix", "/static/", "/breaks.atom", "/readyz")
FUZZ = settings(max_examples=int(os.environ.get("GUESTABI_FUZZ_EXAMPLES", "150")), deadline=None,
                database=None, derandomize=True, suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    settings_, engine, _ = on_sqlite(tmp_path_factory.mktemp("fuzz"), "fuzz.db")
    add_twins(engine)
    yield TestClient(create_app(settings_, engine), follow_redirects=False, raise_server_exceptions=False)
    engine.dispose()


def no_5xx(client, method: str, url: str, **kw) -> int:
    r = client.request(method, url, **kw)
    assert r.status_code < 500, (method, url[:300], r.status_code, r.text[:300])
    return r.status_code


segment = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)
odd = st.sampled_from(["..", ".", "%", "%00", "%ff", "%2e%2e", "//", "\\", "~", "latest", "...", "..",
                       ".txt", "v6.1...", "...v6.1", "é", "\u202e", "\ufeff", "<script>", "'", '"'])


@FUZZ
@given(prefix=st.sampled_from(PREFIXES), parts=st.lists(st.one_of(segment, odd), max_size=6),
       method=st.sampled_from(["GET", "HEAD", "OPTIONS"]))
@example(prefix="/items/", parts=["ünïcode/ÄÖÜ", "日本語"], method="GET")
@example(prefix="/commits/", parts=["x" * 5000], method="GET")
def test_odd_paths_never_5xx(client, prefix, parts, method):
    path = prefix + "/".join(quote(p, safe="/.~") for p in parts)
    no_5xx(client, method, path)


@FUZZ
@given(ref=st.one_of(st.text(alphabet="0123456789abcdefABCDEFgxyz-", max_size=50),
                     st.text(max_size=50), st.just(AMBIGUOUS), st.just(AMBIGUOUS + "0"), st.just(AMBIGUOUS[:6])),
       ext=st.sampled_from(["", ".txt", ".json", ".TXT"]), api=st.booleans())
def test_commit_prefixes(client, ref, ext, api):
    base = "/api/v1/commits/" if api else "/commits/"
    status = no_5xx(client, "GET", base + quote(ref, safe="") + ext)
    assert status in (200, 307, 400, 404, 409, 422), (ref, status)  # 422: not 7-40 hex (the API's documented pattern)


def test_non_hex_ambiguous_and_short_prefixes(client):
    assert client.get(f"/commits/{AMBIGUOUS}").status_code == 409
    assert client.get(f"/api/v1/commits/{AMBIGUOUS}").status_code == 409
    assert AMBIGUOUS in client.get(f"/api/v1/commits/{AMBIGUOUS}").text
    assert client.get(f"/commits/{AMBIGUOUS}0").status_code == 307  # one of the two
    assert client.get("/commits/zzzzzzz").status_code == 404
    assert client.get("/api/v1/commits/zzzzzzz").status_code == 422  # outside the documented 7-40 hex
    assert client.get("/commits/abc").status_code == 404  # too short to name anything


@FUZZ
@given(path=st.sampled_from(["/", "/breaks", "/items", "/search", "/matrix", "/compare", "/api/v1/breaks",
                             "/api/v1/items", "/api/v1/matrix", f"/items/{IIDR}", "/breaks.txt"]),
       params=st.dictionaries(st.sampled_from(["q", "status", "direction", "kind", "since", "a", "b", "first",
                                               "last", "page", "limit", "cursor", "x"]), segment, max_size=5))
def test_query_strings_never_5xx(client, path, params):
    no_5xx(client, "GET", path, params=params)


def test_huge_query_strings(client):
    for path in ("/items", "/api/v1/items", "/search", "/breaks", "/api/v1/breaks"):
        no_5xx(client, "GET", path, params={"q": "A" * 60_000})
        no_5xx(client, "GET", path + "?" + "&".join(f"k{i}=v" for i in range(5000)))
        no_5xx(client, "GET", path, params={"status": "ü" * 5_000})


def test_head_and_options_everywhere(client):
    for path in ("/", "/breaks", f"/items/{IIDR}", "/api/v1/breaks", "/breaks.atom", "/static/app.css",
                 "/healthz", "/nowhere"):
        get = client.get(path)
        head = client.head(path)
        assert head.status_code == get.status_code and head.content == b"", path
        assert 400 <= client.options(path).status_code < 500, path
