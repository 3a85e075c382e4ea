"""The dashboard's routes as a browser and a script see them: status codes,
redirects to permalinks, 404s with a search box, escaping of git text,
htmx fragments, .txt twins and the JSON twins."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.config import Settings
from app.main import create_app
from app.models import Commit
from webworld import add_twins, BASE, CSV2, HOSTILE_AUTHOR, HOSTILE_SUBJECT, IIDR, PSCI, TCR2



def pages(w) -> dict[str, str]:
    """One URL for every route (the keys are the routes' paths)."""
    return {
        "/": "/", "/search": "/search?q=CSV2", "/breaks": "/breaks?status=open", "/breaks.txt": "/breaks.txt",
        "/breaks.atom": "/breaks.atom", "/items": "/items?q=IIDR", "/items/{path}": f"/items/{IIDR}",
        "/commits/{ref}": f"/commits/{w.two[:12]}", "/releases": "/releases", "/releases/{ref}": "/releases/v4.19",
        "/compare": "/compare?a=v4.18&b=v6.1", "/compare/{spec}": "/compare/v4.18...v6.1", "/matrix": "/matrix",
        "/registers": "/registers", "/registers/{ref}": "/registers/ID_AA64PFR0_EL1",
        "/api/v1/": "/api/v1/", "/api/v1/breaks": "/api/v1/breaks?direction=upgrade", "/api/v1/items": "/api/v1/items",
        "/api/v1/items/{slug}": f"/api/v1/items/{CSV2}", "/api/v1/commits/{ref}": f"/api/v1/commits/{w.psci[:12]}",
        "/api/v1/releases": "/api/v1/releases", "/api/v1/releases/{ref}": "/api/v1/releases/v6.1",
        "/api/v1/compare/{spec}": "/api/v1/compare/v6.1...v4.18", "/api/v1/matrix": "/api/v1/matrix",
        "/api/v1/changes": "/api/v1/changes?kind=vgic", "/api/v1/reglist/{spec}": "/api/v1/reglist/v6.0...v6.1",
        "/api/v1/export.jsonl.gz": "/api/v1/export.jsonl.gz",
        "/api/v1/registers": "/api/v1/registers", "/api/v1/registers/{reg}": "/api/v1/registers/ID_AA64PFR0_EL1",
    }


def test_every_route_answers(world):
    client, w = world
    urls = pages(w)
    assert set(client.app.openapi()["paths"]) == set(urls), "a new route needs a line in pages()"
    for route, url in urls.items():
        r = client.get(url)
        assert r.status_code in (200, 307), (url, r.status_code, r.text[:300])
        if r.status_code == 307:
            assert client.get(r.headers["location"]).status_code == 200, url
        if route.startswith("/api/") and r.status_code == 200 and r.headers["content-type"] == "application/json":
            assert r.json()["ok"] is True


def test_security_headers_and_no_inline_code(world):
    client, w = world
    for url in pages(w).values():
        r = client.get(url, follow_redirects=True)
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        if r.headers["content-type"].startswith("text/html"):
            assert not re.search(r"<script(?![^>]*\bsrc=)", r.text), url  # no inline script
            assert not re.search(r"\son[a-z]+=|\sstyle=", r.text), url  # no inline handlers or styles
            assert "https://" not in re.sub(r'href="https://lore\.example[^"]*"', "", r.text.split("<body")[0])


def test_git_text_is_escaped_everywhere(world):
    client, w = world
    for url in (f"/commits/{w.hostile[:12]}", f"/items/{CSV2}", "/releases/v4.18", "/compare/v4.18...v6.1",
                f"/commits/{w.hostile[:12]}?x=1"):
        body = client.get(url).text
        assert "<script>alert" not in body, url
    body = client.get(f"/commits/{w.hostile[:12]}").text
    assert "&lt;script&gt;alert(&#34;subject&#34;)&lt;/script&gt; &amp; &#34;quotes&#34; ünïcode" in body
    assert "Eve &amp; &#34;Mallory&#34; O&#39;Hara ünï" in body
    data = client.get(f"/api/v1/commits/{w.hostile[:12]}").json()
    assert data["subject"] == HOSTILE_SUBJECT and data["author"] == HOSTILE_AUTHOR  # JSON carries the text as is
    txt = client.get(f"/commits/{w.hostile[:12]}.txt")
    assert txt.headers["content-type"].startswith("text/plain") and HOSTILE_SUBJECT in txt.text


def test_commit_prefixes_redirect_to_twelve_hex(world):
    client, w = world
    for ref in (w.two[:7], w.two[:9].upper(), w.two):
        r = client.get(f"/commits/{ref}")
        assert (r.status_code, r.headers["location"]) == (307, f"/commits/{w.two[:12]}")
    assert client.get(f"/commits/{w.two[:8]}.txt").headers["location"] == f"/commits/{w.two[:12]}.txt"
    assert client.get(f"/api/v1/commits/{w.two[:7]}").headers["location"] == f"/api/v1/commits/{w.two[:12]}"
    page = client.get(f"/commits/{w.two[:12]}").text
    assert f'Fixes: {w.two[:12]} (&#34;KVM: arm64: vgic: Allow configuration of interrupt groups&#34;)' in page
    assert "Let userspace select revision 1" not in page  # another commit's subject
    resolver = client.get(f"/commits/{w.back[:12]}").text
    assert "Breaks it resolves" in resolver and w.two[:12] in resolver


def test_ambiguous_prefix_is_409_with_candidates(world, engine):
    client, _ = world
    add_twins(engine)
    r = client.get("/commits/abcdef1")
    assert r.status_code == 409
    assert "abcdef100000" in r.text and "abcdef111111" in r.text and 'action="/search"' in r.text
    api = client.get("/api/v1/commits/abcdef1")
    assert api.status_code == 409 and api.json()["ok"] is False
    assert api.json()["error"]["code"] == "ambiguous"
    assert {c["commit"] for c in api.json()["error"]["candidates"]} == {"abcdef100000", "abcdef111111"}
    assert client.get("/commits/abcdef10").status_code == 307  # unique again


def test_latest_redirects_to_the_concrete_newest_release(world):
    client, _ = world
    cases = {"/releases/latest": "/releases/v6.1", "/releases/latest.txt": "/releases/v6.1.txt",
             "/compare/v4.18...latest": "/compare/v4.18...v6.1", "/compare/latest...v4.18.txt": "/compare/v6.1...v4.18.txt",
             "/items?since=latest": "/items?since=v6.1", "/matrix?first=v4.19&last=latest": "/matrix?first=v4.19&last=v6.1",
             "/api/v1/releases/latest": "/api/v1/releases/v6.1", "/api/v1/compare/latest...v6.0": "/api/v1/compare/v6.1...v6.0",
             "/compare/v4.18..v6.1": "/compare/v4.18...v6.1", "/search?q=latest": "/releases/latest"}
    for url, target in cases.items():
        r = client.get(url)
        assert (r.status_code, r.headers.get("location")) == (307, target), url


@pytest.mark.parametrize("url, what", [
    ("/items/vgic/v9/NOPE", "vgic/v9/NOPE"), ("/releases/v9.9", "v9.9"), ("/commits/0123456789ab", "0123456789ab"),
    ("/commits/xyz", "xyz"), ("/compare/v4.18", "v4.18"), ("/compare/v4.18...v9.9", "v9.9"), ("/no/such/page", "/no/such/page"),
])
def test_unknown_things_are_404_pages_offering_search(world, url, what):
    client, _ = world
    r = client.get(url)
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert what in r.text and 'action="/search"' in r.text and 'name="q"' in r.text


@pytest.mark.parametrize("url, status, code", [
    ("/api/v1/items/vgic/v9/NOPE", 404, "not_found"), ("/api/v1/releases/v9.9", 404, "not_found"),
    ("/api/v1/commits/xyz", 400, "malformed"), ("/api/v1/compare/v4.18", 400, "malformed"),
    ("/api/v1/breaks?status=bogus", 400, "bad_parameter"), ("/api/v1/breaks?kind=<b>", 400, "bad_parameter"),
    ("/api/v1/nothing", 404, "not_found"),
])
def test_api_errors_are_json_envelopes(world, url, status, code):
    client, _ = world
    r = client.get(url)
    assert r.status_code == status and r.json()["ok"] is False
    assert r.json()["error"]["code"] == code and r.json()["error"]["message"]


def test_bad_filter_on_a_page_is_400_and_escaped(world):
    client, _ = world
    r = client.get("/breaks", params={"kind": "<script>x</script>"})
    assert r.status_code == 400 and "<script>x" not in r.text and "&lt;script&gt;x" in r.text


@pytest.mark.parametrize("url, target", [("/items?q=IIDR", "results"), ("/breaks?status=open", "results"),
                                         ("/compare/v4.18...v6.1", "comparison"), ("/matrix", "grid")])
def test_htmx_fragment_is_the_same_block_as_the_full_page(world, url, target):
    client, _ = world
    full = client.get(url)
    part = client.get(url, headers={"HX-Request": "true", "HX-Target": target})
    assert "HX-Request" in full.headers["vary"] and "HX-Request" in part.headers["vary"]
    assert "<html" not in part.text and part.text.strip()
    assert f'<div id="{target}">\n{part.text}</div>' in full.text  # the block, byte for byte
    restore = client.get(url, headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    assert restore.text == full.text  # the back button gets the whole page


def test_items_filter_and_changed_since(world):
    client, _ = world
    part = client.get("/items?q=iidr", headers={"HX-Request": "true", "HX-Target": "results"}).text
    assert IIDR in part and CSV2 not in part
    data = client.get("/api/v1/items?since=v6.0").json()
    slugs = {i["slug"] for g in data["groups"] for i in g["items"]}
    assert slugs == {TCR2, PSCI, IIDR}  # changed after v6.0 (IIDR by the unreleased commit)
    groups = [g["group"] for g in client.get("/api/v1/items").json()["groups"]]
    assert groups == ["idreg/ID_AA64PFR0_EL1", "reglist", "fw", "vgic"]
    assert client.get("/items?since=v9.9").status_code == 404


def test_item_timeline_has_a_cell_per_release_and_the_fixes_lines(world):
    client, w = world
    data = client.get(f"/api/v1/items/{IIDR}").json()
    cells = {c["release"]: c for c in data["timeline"]}
    assert list(cells) == ["v4.18", "v4.19-rc1", "v4.19", "v6.0", "v6.1", None]
    assert cells["v4.19-rc1"]["state"]["default"] == "2" and cells["v4.19-rc1"]["changed"]
    assert not cells["v4.19"]["changed"] and cells[None]["state"]["settable"] == ["1", "2", "3"]
    assert cells["v4.19-rc1"]["breaks"][0]["status"] == "resolved"
    page = client.get(f"/items/{IIDR}").text
    assert page.count('class="cell') == 6 and 'class="cell changed broke"' in page
    assert f'href="/commits/{w.back[:12]}"' in page and f"Fixes: {w.two[:12]}" in page
    tcr2 = client.get(f"/items/{TCR2}").text
    assert 'class="cell changed bad"' in tcr2  # the open rollback break in red


def test_compare_and_its_pickers(world):
    client, w = world
    up = client.get("/api/v1/compare/v4.18...v6.1").json()
    assert up["direction"] == "upgrade" and {i["item"] for i in up["items"]} == {IIDR, CSV2, PSCI, TCR2}
    assert up["outstanding"] == 1 and up["fixes"] == [f'Fixes: {w.two[:12]} ("KVM: arm64: vgic: Allow configuration of interrupt groups")']
    down = client.get("/api/v1/compare/v6.1...v6.0").json()
    assert down["direction"] == "rollback" and down["outstanding"] == 1
    assert [b["item"] for b in down["breaks"]] == [TCR2]
    same = client.get("/api/v1/compare/v4.19...v4.19-rc1").json()
    assert same["items"] == [] and same["outstanding"] == 0
    r = client.get("/compare?a=v4.18&b=v6.1")
    assert (r.status_code, r.headers["location"]) == (307, "/compare/v4.18...v6.1")
    hx = client.get("/compare?a=v6.0&b=latest", headers={"HX-Request": "true", "HX-Target": "comparison"})
    assert hx.status_code == 200 and hx.headers["hx-push-url"] == "/compare/v6.0...v6.1"
    assert "<option selected>v4.18</option>" in client.get("/compare/v4.18...v6.1").text


def test_matrix_counts_breaks_each_way_and_links_to_compare(world):
    client, _ = world
    data = client.get("/api/v1/matrix").json()
    assert data["releases"] == ["v4.18", "v4.19", "v6.0", "v6.1"]  # final releases only by default
    cell = {(r["source"], c["destination"]): c["breaks"] for r in data["rows"] for c in r["cells"]}
    assert cell["v4.18", "v4.19"] == 1 and cell["v4.18", "v6.1"] == 1  # IIDR, undone only after v6.1
    assert cell["v4.19", "v6.1"] == 0  # PSCI is waived
    assert cell["v6.1", "v6.0"] == 1 and cell["v6.1", "v4.18"] == 1 and cell["v6.0", "v4.18"] == 0  # TCR2
    assert cell["v6.0", "v6.0"] is None
    page = client.get("/matrix").text
    assert '<td class="bad"><a href="/compare/v4.18...v4.19"' in page
    assert '<td class="good"><a href="/compare/v4.19...v6.1"' in page
    ranged = client.get("/api/v1/matrix?first=v4.19-rc1&last=v4.19").json()
    assert ranged["releases"] == ["v4.19-rc1", "v4.19"]


def test_breaks_filters_and_feed(world):
    client, w = world
    get = lambda **p: [b["item"] for b in client.get("/api/v1/breaks", params=p).json()["breaks"]]  # noqa: E731
    assert get(status="open") == [TCR2]
    assert set(get(direction="upgrade")) == {IIDR, PSCI} and get(kind="fw") == [PSCI]
    page = client.get("/breaks?status=waived").text
    assert "no VMM pinned PSCI 1.0" in page and 'href="https://lore.example/psci"' in page
    assert '<option selected>waived</option>' in page
    feed = client.get("/breaks.atom")
    assert feed.headers["content-type"].startswith("application/atom+xml")
    ns = {"a": "http://www.w3.org/2005/Atom"}
    root = ET.fromstring(feed.content)
    entries = root.findall("a:entry", ns)
    assert len(entries) == 3
    assert entries[0].find("a:link", ns).get("href") == f"{BASE}/commits/{w.psci[:12]}"
    assert all(re.match(r"\d{4}-\d\d-\d\dT.*(Z|[+-]\d\d:\d\d)$", e.find("a:updated", ns).text) for e in entries)


@pytest.mark.parametrize("path", ["/breaks.txt", "/breaks.txt?status=open", f"/items/{IIDR}.txt",
                                  "/releases/v4.19-rc1.txt", "/releases/v6.1.txt", "/compare/v4.18...v6.1.txt",
                                  "COMMIT"])
def test_txt_twins_fit_80_columns_and_end_with_fixes_and_their_url(world, path):
    client, w = world
    path = f"/commits/{w.two[:12]}.txt" if path == "COMMIT" else path
    r = client.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    lines = r.text.rstrip("\n").split("\n")
    assert lines[-1] == BASE + path  # the page's own URL, last
    for line in lines:
        assert len(line) <= 80 or line.startswith(("Fixes: ", BASE)), line
    fixes = [ln for ln in lines if ln.startswith("Fixes: ")]
    assert fixes, "each of these pages names at least one break"
    assert all(re.fullmatch(r'Fixes: [0-9a-f]{12} \(".+"\)', f) for f in fixes)
    assert lines.index(fixes[0]) > len(lines) - len(fixes) - 4  # the trailers close the text
    assert "<" not in r.text.replace(HOSTILE_SUBJECT, "")  # plain text, no markup


def test_long_lines_wrap_but_fixes_lines_never_do(world, engine):
    client, w = world
    with Session(engine) as s:
        c = s.get(Commit, w.two)
        c.subject = "KVM: arm64: " + "a very long subject that goes on " * 4
        s.add(c)
        s.commit()
    lines = client.get(f"/commits/{w.two[:12]}.txt").text.splitlines()
    fixes = [ln for ln in lines if ln.startswith("Fixes: ")]
    assert len(fixes) == 1 and len(fixes[0]) > 80 and fixes[0].endswith('goes on ")')
    assert all(len(ln) <= 80 for ln in lines if not ln.startswith(("Fixes: ", BASE)))


def test_pages_announce_their_json_and_text_twins(world):
    client, w = world
    for url in ("/", "/breaks?status=open", f"/items/{IIDR}", f"/commits/{w.two[:12]}", "/releases/v6.1",
                "/compare/v4.18...v6.1", "/matrix", "/items?q=CSV2", "/releases"):
        r = client.get(url)
        m = re.search(r'<([^>]+)>; rel="alternate"; type="application/json"', r.headers["link"])
        assert m and f'<link rel="alternate" type="application/json" href="{m.group(1)}">' in r.text
        twin = client.get(m.group(1))
        assert twin.status_code == 200 and twin.json()["ok"] is True, url
    assert '</items/vgic/v3/IIDR_REVISION.txt>; rel="alternate"; type="text/plain"' in client.get(f"/items/{IIDR}").headers["link"]


def test_search_box_goes_to_the_page_named(world):
    client, w = world
    cases = {"v6.0": "/releases/v6.0", IIDR: f"/items/{IIDR}", w.three[:8]: f"/commits/{w.three[:8]}",
             "CSV2": "/items?q=CSV2", "<x>": "/items?q=%3Cx%3E", "": "/items"}
    for q, target in cases.items():
        assert client.get("/search", params={"q": q}).headers["location"] == target, q


def test_overview_counts(world):
    client, _ = world
    data = client.get("/api/v1/").json()
    assert data["breaks"] == {"open": 1, "resolved": 1, "waived": 1, "unconfirmed": 0} and data["latest_release"] == "v6.1"
    page = client.get("/").text
    assert '<span class="label">open breaks</span><span class="big">1</span>' in page
    assert page.count('class="rel" href="/releases/') >= 5


def test_an_empty_database_serves_pages_not_errors(engine, db_url):
    client = TestClient(create_app(Settings(database_url=db_url, base_url=BASE), engine), follow_redirects=False)
    for url in ("/", "/breaks", "/breaks.txt", "/breaks.atom", "/items", "/releases", "/matrix", "/api/v1/",
                "/api/v1/matrix"):
        assert client.get(url).status_code == 200, url
    assert "Nothing ingested yet" in client.get("/").text
    for url in ("/releases/latest", "/compare", "/compare/latest...latest", "/api/v1/releases/latest"):
        assert client.get(url).status_code == 404, url
