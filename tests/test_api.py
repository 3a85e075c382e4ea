"""The JSON API as a script sees it: envelopes, errors, pagination walked to
the end, ETag/304 without running the page's query, the export, the register
list between releases, the OpenAPI document and its browsable docs."""
from __future__ import annotations

import gzip
import json
from datetime import datetime, timezone

import jsonschema_rs
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event
from sqlmodel import Session

from app import queries, registers
from app.config import Settings
from app.main import create_app
from app.models import Change, Commit
from ingest import pipeline
from ingest.facts import Extractor, State
from webworld import add_twins, BASE, SCTLR, CSV2, IIDR, PSCI, TCR2, WEB_EXTRACTOR

REGS = "arch/arm64/kvm/regs.h"


def extract_regs(files) -> list[State]:
    """Lines `reglist/<REG> <default> key=value;key=value` (`~` is a space)."""
    out = []
    for line in (files.get(REGS) or "").splitlines():
        slug, default, *extra = line.split()
        pairs = tuple(sorted(tuple(kv.replace("~", " ").split("=", 1)) for kv in (extra[0].split(";") if extra else ())))
        out.append(State(slug, default, ("none",), (), pairs))
    return out


REGS_EXTRACTOR = Extractor("regs", (REGS,), extract_regs)


def api_urls(w) -> dict[str, str]:
    return {
        "overview": "/api/v1/", "breaks": "/api/v1/breaks", "changes": "/api/v1/changes", "items": "/api/v1/items",
        "item": f"/api/v1/items/{IIDR}", "commit": f"/api/v1/commits/{w.hostile[:12]}",
        "releases": "/api/v1/releases", "release": "/api/v1/releases/v4.18", "compare": "/api/v1/compare/v4.18...v6.1",
        "matrix": "/api/v1/matrix", "reglist": "/api/v1/reglist/v4.18...v6.1", "registers": "/api/v1/registers",
        "register": "/api/v1/registers/ID_AA64PFR0_EL1", "recipe": "/api/v1/recipe/v4.18...v6.1",
    }


# the paged lists: URL -> the list the page object names
LISTS = {"/api/v1/breaks": "breaks", "/api/v1/changes": "changes", "/api/v1/changes?kind=vgic": "changes",
         "/api/v1/breaks?direction=upgrade": "breaks", "/api/v1/items": "items", "/api/v1/items?q=i": "items",
         f"/api/v1/items/{IIDR}": "changes", "/api/v1/releases": "releases", "/api/v1/releases/v4.18": "changes",
         "/api/v1/releases/v6.1": "changes", "/api/v1/compare/v4.18...v6.1": "items",
         "/api/v1/reglist/v4.18...v6.1": "registers", "/api/v1/registers": "registers", "COMMIT": "changes"}


def rows_of(body: dict, of: str) -> list:
    if of == "items" and "groups" in body:
        return [i for g in body["groups"] for i in g["items"]]
    return body[of]


def test_every_answer_is_an_envelope_with_etag_and_cache_control(world):
    client, w = world
    for name, url in api_urls(w).items():
        r = client.get(url)
        assert r.status_code == 200, (url, r.text[:300])
        assert r.json()["ok"] is True, url
        assert r.headers["etag"].startswith('W/"') and "max-age" in r.headers["cache-control"], url
    for url in ("/api/v1/items/nope", "/api/v1/commits/xyz", "/api/v1/breaks?limit=0", "/api/v1/nothing"):
        r = client.get(url)
        assert r.json()["ok"] is False and r.headers["etag"] and r.headers["cache-control"], url


@pytest.mark.parametrize("limit", [1, 2, 3])
def test_pagination_walks_every_list_without_duplicates_or_gaps(world, limit):
    client, w = world
    for url, of in LISTS.items():
        url = f"/api/v1/commits/{w.hostile[:12]}" if url == "COMMIT" else url
        sep = "&" if "?" in url else "?"
        whole = client.get(f"{url}{sep}limit=1000").json()
        assert whole["page"] == {"of": of, "limit": 1000, "cursor": None, "next": None}, url
        expected = rows_of(whole, of)
        got, nxt, pages = [], f"{url}{sep}limit={limit}", 0
        while nxt:
            r = client.get(nxt)
            assert r.status_code == 200, (nxt, r.text)
            body = r.json()
            rows = rows_of(body, of)
            assert len(rows) <= limit and (rows or not got), nxt
            got += rows
            nxt = body["page"]["next"]
            assert (r.headers.get("link") is not None) == (nxt is not None)
            if nxt:
                assert nxt.startswith(url.split("?")[0] + "?") and f"limit={limit}" in nxt
            pages += 1
        assert got == expected, url  # same rows, same order: no duplicate, no gap
        assert pages == max(1, -(-len(expected) // limit)), url


def test_pagination_keys_survive_new_rows_between_pages(world, engine):
    """A keyset cursor: rows added before the cursor do not shift the next page."""
    client, w = world
    first = client.get("/api/v1/changes?limit=2").json()
    with Session(engine) as s:  # a change sorted before everything served so far
        s.add(Commit(sha="f" * 40, seq=-1, subject="early", author="x", date=datetime(2001, 1, 1, tzinfo=timezone.utc),
                     parents=""))
        s.add(Change(item=IIDR, commit="f" * 40, seq=-1, old=None, new=None))
        s.commit()
    rest = []
    nxt = first["page"]["next"]
    while nxt:
        body = client.get(nxt).json()
        rest, nxt = rest + body["changes"], body["page"]["next"]
    whole = client.get("/api/v1/changes?limit=1000").json()["changes"]
    assert whole[0]["commit"] == "f" * 12 and first["changes"] + rest == whole[1:]


@pytest.mark.parametrize("url, status, code", [
    ("/api/v1/items/vgic/v9/NOPE", 404, "not_found"), ("/api/v1/releases/v9.9", 404, "not_found"),
    ("/api/v1/commits/0123456789ab", 404, "not_found"), ("/api/v1/commits/xyz", 422, "invalid"),
    ("/api/v1/compare/v4.18", 422, "invalid"), ("/api/v1/compare/v4.18...v9.9", 404, "not_found"),
    ("/api/v1/reglist/v4.18", 422, "invalid"), ("/api/v1/reglist/v9.9...v6.1", 404, "not_found"),
    ("/api/v1/registers/NOPE_EL1", 404, "not_found"), ("/api/v1/registers/<b>", 422, "invalid"),
    ("/api/v1/changes?item=vgic/v9/NOPE", 404, "not_found"), ("/api/v1/changes?kind=nope", 422, "invalid"),
    ("/api/v1/breaks?status=bogus", 422, "invalid"), ("/api/v1/items?since=v9.9", 404, "not_found"),
    ("/api/v1/breaks?limit=0", 422, "invalid"), ("/api/v1/breaks?limit=abc", 422, "invalid"),
    ("/api/v1/changes?limit=1001", 422, "invalid"), ("/api/v1/breaks?cursor=!!!", 422, "invalid"),
    ("/api/v1/breaks?cursor=WzFd", 404, "unknown_cursor"),  # [1]: a key of the wrong shape
    ("/api/v1/changes?cursor=" + "WzEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAsIngiXQ", 404, "unknown_cursor"),  # int overflow
    ("/api/v1/items/a%00b", 400, "bad_parameter"), ("/api/v1/releases/v6.1%00", 400, "bad_parameter"),
    ("/api/v1/items?q=%00", 400, "bad_parameter"), ("/api/v1/changes?item=%00", 400, "bad_parameter"),
    ("/api/v1/matrix?first=v9.9", 404, "not_found"),
])
def test_errors_are_envelopes_with_the_right_status(world, url, status, code):
    client, _ = world
    r = client.get(url)
    assert r.status_code == status, (url, r.text)
    if code:
        body = r.json()
        assert body["ok"] is False and body["error"]["code"] == code and body["error"]["message"], body


def test_ambiguous_prefix_is_409_listing_candidates(world, engine):
    client, _ = world
    add_twins(engine)
    r = client.get("/api/v1/commits/abcdef1")
    assert r.status_code == 409 and r.json()["error"]["code"] == "ambiguous"
    assert [c["commit"] for c in r.json()["error"]["candidates"]] == ["abcdef100000", "abcdef111111"]


def test_latest_redirects_to_the_concrete_release(world):
    client, _ = world
    cases = {"/api/v1/reglist/v6.0...latest": "/api/v1/reglist/v6.0...v6.1",
             "/api/v1/reglist/latest...v4.18?limit=5": "/api/v1/reglist/v6.1...v4.18?limit=5",
             "/api/v1/releases/latest?limit=2": "/api/v1/releases/v6.1?limit=2",
             "/api/v1/items?since=latest": "/api/v1/items?since=v6.1"}
    for url, target in cases.items():
        r = client.get(url)
        assert (r.status_code, r.headers["location"]) == (307, target), url
        assert r.headers["etag"]


def _all_queries_fail(monkeypatch):
    def boom(*a, **k):
        raise AssertionError("the page's query ran")
    for mod in (queries, registers):
        for name in dir(mod):
            if callable(getattr(mod, name)) and not name.startswith("_") and name not in ("short",):
                monkeypatch.setattr(mod, name, boom, raising=False)


def test_a_repeat_with_if_none_match_is_304_without_running_the_query(world, engine, monkeypatch):
    client, w = world
    urls = [*api_urls(w).values(), "/api/v1/export.jsonl.gz", "/api/v1/breaks?limit=1", "/api/v1/items/nope"]
    tags = {u: client.get(u).headers["etag"] for u in urls}
    assert len(set(tags.values())) == len(urls)  # one tag per URL
    statements = []
    event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    _all_queries_fail(monkeypatch)
    for url, tag in tags.items():
        statements.clear()
        r = client.get(url, headers={"If-None-Match": tag})
        assert r.status_code == 304 and r.content == b"", url
        assert r.headers["etag"] == tag and r.headers["cache-control"]
        assert len([s for s in statements if "SELECT" in s.upper()]) == 1, statements  # the generation only
    r = client.get(urls[0], headers={"If-None-Match": f'"other", {tags[urls[0]].removeprefix("W/")}'})
    assert r.status_code == 304  # a list of tags, weak comparison
    with pytest.raises(AssertionError, match="query ran"):
        client.get(urls[1], headers={"If-None-Match": '"stale"'})


def test_the_etag_changes_with_each_ingest(world, history, engine, tmp_path):
    client, w = world
    before = {u: client.get(u).headers["etag"] for u in ("/api/v1/", "/api/v1/export.jsonl.gz")}
    old_export = client.get("/api/v1/export.jsonl.gz").content
    history.commit({"arch/arm64/kvm/web.h": "fw/PSCI_VERSION 1.1 1.0,1.1\n"}, "KVM: arm64: Let PSCI 1.0 back")
    pipeline.ingest(history.repo.workdir, engine, extractors=(WEB_EXTRACTOR,))
    for url, tag in before.items():
        r = client.get(url, headers={"If-None-Match": tag})
        assert r.status_code == 200 and r.headers["etag"] != tag, url
    assert client.get("/api/v1/export.jsonl.gz").content != old_export  # rebuilt for the new generation


def _export(client) -> list[dict]:
    r = client.get("/api/v1/export.jsonl.gz")
    assert r.status_code == 200 and r.headers["content-type"] == "application/gzip"
    assert r.headers["content-disposition"].startswith('attachment; filename="guestabi-')
    return [json.loads(line) for line in gzip.decompress(r.content).decode().splitlines()]


def test_export_has_the_whole_dataset_one_typed_object_a_line(world):
    client, w = world
    lines = _export(client)
    by = {}
    for line in lines:
        by.setdefault(line["type"], []).append(line)
    assert lines[0]["type"] == "meta" and lines[0]["format"] == 1
    assert set(by) == {"meta", "release", "item", "commit", "state", "change", "break", "waiver"}
    assert [r["tag"] for r in by["release"]] == ["v4.18", "v4.19-rc1", "v4.19", "v6.0", "v6.1"]
    assert {i["item"] for i in by["item"]} == {IIDR, CSV2, PSCI, TCR2, SCTLR}
    overview = client.get("/api/v1/").json()
    assert len(by["change"]) == overview["changes"] and len(by["item"]) == overview["items"]
    assert {(b["item"], b["status"]) for b in by["break"]} == {(IIDR, "resolved"), (TCR2, "open"), (PSCI, "waived")}
    state = next(s for s in by["state"] if s["release"] == "v6.1" and s["item"] == TCR2)
    assert state["state"]["index"] == "0x603000000013c103"
    broke = [c for c in by["change"] if c["break"]]
    assert {c["item"] for c in broke} == {IIDR, TCR2, PSCI} and broke[0]["break"]["direction"]
    assert by["waiver"][0]["reason"] == "no VMM pinned PSCI 1.0"
    again = client.get("/api/v1/export.jsonl.gz").content
    assert gzip.decompress(again).decode().splitlines()[0] == json.dumps(lines[0], separators=(",", ":"))


def test_export_is_built_once_per_generation(world, monkeypatch):
    client, _ = world
    from app import export

    first = client.get("/api/v1/export.jsonl.gz").content
    monkeypatch.setattr(export, "build", lambda *a: (_ for _ in ()).throw(AssertionError("rebuilt")))
    assert client.get("/api/v1/export.jsonl.gz").content == first


@pytest.fixture
def reg_world(history, engine, db_url):
    base = {"reglist/A_EL1": "present index=0x6030000000130001",
            "reglist/B_EL1": "hidden index=0x6030000000130002;hidden_from=userspace~and~guest",
            "reglist/C_EL1": "present index=0x6030000000130003",
            "reglist/D_EL1": "present"}

    def commit(msg):
        history.commit({REGS: "".join(f"{k} {v}\n" for k, v in base.items())}, msg)
    commit("KVM: arm64: registers")
    history.tag("v6.0")
    base["reglist/B_EL1"] = "present index=0x6030000000130002"  # unhidden: appears
    del base["reglist/C_EL1"]  # disappears
    base["reglist/A_EL1"] = ("vcpu-feature:PMU_V3 index=0x6030000000130001;hidden_when=!kvm_vcpu_has_pmu(vcpu);"
                             "hidden_from=userspace~and~guest")  # listed under a condition now
    base["reglist/E_EL1"] = "present index=0x6030000000130000"  # new, sorts first
    commit("KVM: arm64: more registers")
    history.tag("v6.1")
    pipeline.ingest(history.repo.workdir, engine, extractors=(REGS_EXTRACTOR,))
    return TestClient(create_app(Settings(database_url=db_url, base_url=BASE), engine), follow_redirects=False)


def test_reglist_lists_indices_that_appear_or_disappear(reg_world):
    up = reg_world.get("/api/v1/reglist/v6.0...v6.1").json()
    assert up["direction"] == "upgrade" and up["counts"] == {"appears": 2, "disappears": 1, "condition": 1}
    rows = {r["name"]: r for r in up["registers"]}
    assert [r["index"] for r in up["registers"]] == sorted(r["index"] for r in up["registers"])
    assert rows["E_EL1"]["change"] == "appears" and rows["E_EL1"]["a"] is None
    assert rows["E_EL1"]["b"] == {"default": "present", "listed": "always", "hidden_when": None, "hidden_from": None,
                                  "warnings": []}
    assert rows["B_EL1"]["change"] == "appears" and rows["B_EL1"]["index"] == "0x6030000000130002"
    assert rows["C_EL1"]["change"] == "disappears" and rows["C_EL1"]["b"] is None
    a = rows["A_EL1"]
    assert a["change"] == "condition" and a["a"]["listed"] == "always"
    assert a["b"]["listed"] == "conditional" and a["b"]["hidden_when"] == "!kvm_vcpu_has_pmu(vcpu)"
    assert a["b"]["default"] == "vcpu-feature:PMU_V3" and "D_EL1" not in rows
    down = reg_world.get("/api/v1/reglist/v6.1...v6.0").json()
    assert down["direction"] == "rollback" and down["counts"] == {"appears": 1, "disappears": 2, "condition": 1}
    assert reg_world.get("/api/v1/reglist/v6.1...v6.1").json()["registers"] == []


def _schema_validator(spec: dict, name: str):
    return jsonschema_rs.validator_for({"$ref": f"#/components/schemas/{name}", "components": spec["components"]})


def test_openapi_has_an_example_for_every_endpoint_and_they_fit_the_schemas(world):
    client, w = world
    spec = client.get("/api/v1/openapi.json").json()
    api_paths = [p for p in spec["paths"] if p.startswith("/api/v1")]
    assert len(api_paths) == 17 and len(api_paths) == len(spec["paths"])  # the pages are not in the document
    for path in api_paths:
        op = spec["paths"][path]["get"]
        assert op.get("summary"), path
        for status, r in op["responses"].items():
            if status in ("304", "307"):
                continue
            media, body = next(iter(r["content"].items()))
            assert "example" in body, (path, status)
            ref = body["schema"].get("$ref")
            if ref:
                _schema_validator(spec, ref.rsplit("/", 1)[-1]).validate(body["example"])
    # the live answers fit the same schemas
    for name, url in api_urls(w).items():
        op = spec["paths"][_route(spec, url)]["get"]
        ref = op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        _schema_validator(spec, ref.rsplit("/", 1)[-1]).validate(client.get(url).json())


def _route(spec: dict, url: str) -> str:
    path = url.split("?")[0]
    if path in spec["paths"]:
        return path
    prefix = path.rsplit("/", 1)[0] if not path.startswith("/api/v1/items/") else "/api/v1/items"
    return next(p for p in spec["paths"] if p.startswith(prefix + "/{"))


def test_the_docs_page_is_ours_and_names_every_endpoint(world):
    client, _ = world
    r = client.get("/api/v1/docs")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    spec = client.get("/api/v1/openapi.json").json()
    for path in spec["paths"]:
        if path.startswith("/api/v1"):
            assert f"GET {path}</code>" in r.text, path
    assert "cdn" not in r.text.lower() and "<script>" not in r.text
    assert "&#34;ok&#34;: true" in r.text  # the examples, escaped
