"""The pages on a world with states read with warnings (issues 11 and 15):
unconfirmed breaks listed apart and counted nowhere as open, the coverage
pages, breaks grouped by register and commit, the warning mark with its text
on grids, timelines, compare rows and in the text twins."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app
from webworld import APA3, BASE, CLRBHB, CTR, CTR_FIELDS, HOSTILE_WARNING, PMCR, ingest_wide

RAW_SCRIPT = '<script>alert("warn")'
ESCAPED = "&lt;script&gt;alert(&#34;warn&#34;)&lt;/script&gt; &amp; setctr() not read"


@pytest.fixture
def wide(history, engine, db_url, tmp_path):
    w = ingest_wide(history, engine, tmp_path)
    app = create_app(Settings(database_url=db_url, base_url=BASE), engine)
    return TestClient(app, follow_redirects=False), w


def _section(html: str, cls: str) -> str:
    m = re.search(rf'<section class="{cls}">(.*?)</section>', html, re.S)
    return m.group(1) if m else ""


def test_an_unconfirmed_break_is_listed_apart_and_counted_as_no_break(wide):
    client, w = wide
    unsure = client.get("/api/v1/breaks?status=unconfirmed").json()["breaks"]
    assert [(b["item"], b["commit"]) for b in unsure] == [(CLRBHB, w.sanitise[:12])]
    counts = client.get("/api/v1/").json()["breaks"]
    assert counts["unconfirmed"] == 1 and counts["open"] == 1 + len(CTR_FIELDS) + 1  # TCR2, CTR fields, PMCR
    html = client.get("/breaks").text
    apart = _section(html, "unconfirmed")
    assert CLRBHB in apart and CTR not in apart
    assert CLRBHB not in html.split('<section class="unconfirmed">')[0]
    only = client.get("/breaks?status=unconfirmed").text
    assert CLRBHB in only and f'href="/registers/{CTR[6:]}"' not in only
    assert '<option selected>unconfirmed</option>' in only
    text = client.get("/breaks.txt?status=unconfirmed").text
    assert text.startswith("Breaks (unconfirmed)") and f"[unconfirmed] upgrade {CLRBHB} in v6.3" in text


def test_unconfirmed_is_in_no_matrix_feed_release_or_compare_total(wide):
    client, w = wide
    matrix = client.get("/api/v1/matrix").json()
    row = next(r for r in matrix["rows"] if r["source"] == "v6.2")
    assert next(c for c in row["cells"] if c["destination"] == "v6.3")["breaks"] == len(CTR_FIELDS) + 1  # + PMCR
    feed = ET.fromstring(client.get("/breaks.atom").content)
    titles = [e.findtext("{http://www.w3.org/2005/Atom}title") for e in feed.iter("{http://www.w3.org/2005/Atom}entry")]
    assert titles and not any(CLRBHB in t for t in titles) and all("unconfirmed" not in t for t in titles)
    rel = next(r for r in client.get("/api/v1/releases").json()["releases"] if r["tag"] == "v6.3")
    assert (rel["breaks"], rel["open"], rel["unconfirmed"]) == (len(CTR_FIELDS) + 1, len(CTR_FIELDS) + 1, 1)
    page = client.get("/api/v1/releases/v6.3").json()
    assert [c["item"] for c in page["unconfirmed"]] == [CLRBHB]
    assert CLRBHB not in {c["item"] for c in page["breaks"]}
    cmp = client.get("/api/v1/compare/v6.2...v6.3").json()
    assert (cmp["outstanding"], cmp["unconfirmed"]) == (len(CTR_FIELDS) + 1, 1)
    text = client.get("/releases/v6.3.txt").text
    assert f"UNCONFIRMED {CLRBHB}" in text and f"BREAK {CTR}/CWG" in text


def test_home_and_release_pages_link_the_count_of_warned_states_to_coverage(wide):
    client, _ = wide
    home = client.get("/").text
    assert "2 of 11 states read with warnings" in home and 'href="/coverage/v6.3"' in home
    rel = client.get("/releases/v6.3").text
    assert "2 of 11 states of v6.3 were read with warnings" in rel and 'href="/coverage/v6.3"' in rel
    assert "All 5 states of v6.1 were read with confidence" in client.get("/releases/v6.1").text


def test_coverage_lists_the_warned_states_by_register(wide):
    client, _ = wide
    rows = {r["tag"]: r for r in client.get("/api/v1/coverage").json()["releases"]}
    assert (rows["v6.3"]["warned"], rows["v6.2"]["warned"], rows["v6.1"]["warned"]) == (2, 1, 0)
    data = client.get("/api/v1/coverage/v6.3").json()
    assert [g["group"] for g in data["groups"]] == ["idreg/ID_AA64ISAR2_EL1"]
    assert [s["item"] for s in data["groups"][0]["states"]] == [APA3, CLRBHB]
    assert HOSTILE_WARNING in data["groups"][0]["states"][1]["warnings"]
    html = client.get("/coverage/v6.3").text
    assert RAW_SCRIPT not in html and ESCAPED in html and 'href="/registers/ID_AA64ISAR2_EL1"' in html
    assert f"      ! {HOSTILE_WARNING}" in client.get("/coverage/v6.3.txt").text
    assert client.get("/coverage/latest").headers["location"] == "/coverage/v6.3"
    assert client.get("/api/v1/coverage/v9.9").status_code == 404
    assert 'href="/coverage/v6.3">2</a>' in client.get("/coverage").text


def test_breaks_are_grouped_by_register_and_commit_the_json_keeps_one_entry_per_item(wide):
    client, w = wide
    ctr = [b for b in client.get("/api/v1/breaks").json()["breaks"] if b["item"].startswith(CTR + "/")]
    assert sorted(b["item"] for b in ctr) == [f"{CTR}/{f}" for f in CTR_FIELDS]
    for url in ("/", "/breaks", "/releases/v6.3", "/compare/v6.2...v6.3"):
        html = client.get(url).text.split("<h2>Items that differ</h2>")[0]  # compare: its breaks, not its items
        groups = re.findall(r'<details class="group"><summary>(.*?)</details>', html, re.S)
        ctr_groups = [g for g in groups if f'href="/registers/{CTR[6:]}"' in g]
        assert len(ctr_groups) == 1, url
        assert all(f'href="/items/{CTR}/{f}"' in ctr_groups[0] for f in CTR_FIELDS), url
        assert "open upgrade ×3" in html, url
        assert all(html.count(f'href="/items/{CTR}/{f}"') == 1 for f in CTR_FIELDS), url  # one row, no repeats
    text = client.get("/breaks.txt").text
    assert text.count(f'commit {w.sanitise[:12]} ("KVM: arm64: Sanitise CTR_EL0 <b>for</b> "all"")') == 3  # CTR, PMCR; CLRBHB
    assert f"[open] upgrade x3 {CTR} (3) in v6.3" in text


def test_a_warned_state_carries_a_focusable_mark_with_its_text(wide):
    client, _ = wide
    mark = re.compile(r'<span class="warnmark" tabindex="0" role="img" aria-label="read with warnings: ([^"]*)"'
                      r' title="read with warnings: ([^"]*)" data-tip="([^"]*)">')
    grid = client.get("/registers/ID_AA64ISAR2_EL1").text
    assert RAW_SCRIPT not in grid
    found = mark.findall(grid)
    assert any(ESCAPED == m[0] == m[1] == m[2] for m in found)
    assert any(m[0] == "read function not found whole" for m in found)
    assert re.search(r'<td class="x-hidden w-none changed brk-unconfirmed warned"', grid)
    item = client.get(f"/items/{APA3}").text
    assert len(re.findall(r'<li class="cell[^"]* warned">', item)) == 2  # v6.2 and v6.3
    assert mark.search(item)
    cmp = client.get("/compare/v6.2...v6.3").text
    row = re.search(rf'<tr class="unconfirmed">\s*<td><a class="slug" href="/items/{CLRBHB}">.*?</tr>', cmp, re.S)
    assert row and mark.search(row.group(0))
    for url, line in ((f"/items/{CLRBHB}.txt", f"! {HOSTILE_WARNING}"),
                      ("/registers/ID_AA64ISAR2_EL1.txt", f"! {HOSTILE_WARNING}"),
                      ("/compare/v6.2...v6.3.txt", f"        ! {HOSTILE_WARNING}")):
        text = client.get(url).text
        assert line in text and "[!]" in text, url


def test_each_break_names_the_vcpu_configuration_it_hits(wide):
    client, _ = wide
    pmcr = [b for b in client.get("/api/v1/breaks?status=open").json()["breaks"] if b["item"] == PMCR]
    assert [(b["direction"], b["vcpu"]) for b in pmcr] == [("upgrade", "default")]
    assert {b["vcpu"] for b in client.get("/api/v1/breaks?kind=idreg").json()["breaks"]} == {"both"}
    row = re.search(rf'<a class="slug" href="/items/{PMCR}">{PMCR}</a> <span class="vcpu"[^>]*>([^<]*)</span>',
                    client.get("/breaks").text)
    assert row and row.group(1) == "default vCPU"
    assert f"[open] upgrade {PMCR} in v6.3" in client.get("/breaks.txt").text
    assert "for a vCPU without PMU [vCPU: default]" in client.get("/breaks.txt").text.replace("\n      ", " ")
    assert ", vCPU default: leaves the register list" in client.get("/releases/v6.3.txt").text


def test_an_unconfirmed_break_earns_no_fixes_trailer(wide):
    client, w = wide
    fixes = f"Fixes: {w.sanitise[:12]} "
    assert fixes not in client.get(f"/items/{CLRBHB}.txt").text
    assert fixes in client.get(f"/items/{CTR}/DIC.txt").text
    assert fixes not in client.get("/registers/ID_AA64ISAR2_EL1.txt").text
    assert fixes not in client.get("/breaks.txt?status=unconfirmed").text
