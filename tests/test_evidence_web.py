"""Evidence end to end: a kernel-shaped history ingested with the real vGIC
extractor; the item page, its .txt twin and the JSON API show where the
value was read, linked to the file at that release or commit; a line that
only moved is no change anywhere."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.config import KERNEL_GIT, Settings
from app.main import create_app
from ingest import pipeline
from ingest.demo.shapes.vgic import vgic_files
from ingest.extract.vgic import EXTRACTOR as VGIC
from ingest.facts import Evidence, Extractor, State

INIT = "arch/arm64/kvm/vgic/vgic-init.c"
IIDR = "vgic/v3/IIDR_REVISION"
ASSIGN = "kvm->arch.vgic.implementation_rev = KVM_VGIC_IMP_REV_LATEST;"
MOVED = "/*\n * Four lines of comment\n * pushing the code down\n */\n"


def line_of(text: str, needle: str) -> int:
    """Counted here from the file itself, not by the extractor."""
    return next(i for i, line in enumerate(text.split("\n"), 1) if needle in line)


@pytest.fixture
def served(history, engine, db_url):
    history.commit(vgic_files("v6.0", layout="arch"), "vgic: v6.0 shape")
    history.tag("v6.0")
    files = vgic_files("v6.17")
    history.commit(files, "vgic: implementation_rev set in kvm_vgic_create()")
    history.tag("v6.17")
    moved = history.commit({INIT: MOVED + files[INIT]}, "vgic: a comment on top")
    history.tag("v6.18")
    pipeline.ingest(history.repo.workdir, engine, extractors=(VGIC,), jobs=0)

    def client(**settings):
        return TestClient(create_app(Settings(database_url=db_url, **settings), engine))
    return client, files, moved


def test_item_page_links_the_line_at_the_newest_release(served):
    client, files, _ = served
    line = line_of(MOVED + files[INIT], ASSIGN)
    html = client().get(f"/items/{IIDR}").text
    assert f'{KERNEL_GIT}/tree/{INIT}?h=v6.18#n{line}' in html
    assert f"<code>{INIT}</code> <code>kvm_vgic_create()</code> line {line}</a>" in html
    assert "default read in" in html and "settable read in" in html


def test_changes_link_their_commit(served):
    client, files, _ = served
    data = client().get(f"/api/v1/items/{IIDR}").json()
    first = data["changes"][0]  # the item appears with the v6.0 shape: set in vgic_init() then
    init = next(e for e in first["new"]["evidence"] if e["file"] == INIT)
    assert init["function"] == "vgic_init"
    html = client().get(f"/items/{IIDR}").text
    assert f'{KERNEL_GIT}/tree/{INIT}?id={first["commit"]}#n{init["line"]}' in html


def test_a_moved_line_changes_no_cell_but_the_evidence_follows(served):
    client, files, moved = served
    data = client().get(f"/api/v1/items/{IIDR}").json()
    cells = {c["release"]: c for c in data["timeline"]}
    assert not cells["v6.18"]["changed"] and not cells["v6.17"]["changed"]
    before = cells["v6.17"]["state"]["evidence"][0]
    after = cells["v6.18"]["state"]["evidence"][0]
    assert (before["line"], after["line"]) == (line_of(files[INIT], ASSIGN), line_of(files[INIT], ASSIGN) + 4)
    assert after["text"] == ASSIGN and after["what"] == "default"
    assert moved[:12] not in [ch["commit"] for ch in data["changes"]]  # no change recorded


def test_text_twin_quotes_the_line_and_its_url(served):
    client, files, _ = served
    line = line_of(MOVED + files[INIT], ASSIGN)
    text = client().get(f"/items/{IIDR}.txt").text
    assert f"default read in {INIT} kvm_vgic_create() line {line}" in text
    assert f"    {ASSIGN}\n" in text
    assert f"{KERNEL_GIT}/tree/{INIT}?h=v6.18#n{line}\n" in text


def test_the_source_base_is_configurable_for_a_mirror(served):
    client, _, _ = served
    html = client(source_url="https://mirror.example/linux.git/").get(f"/items/{IIDR}").text
    assert f"https://mirror.example/linux.git/tree/{INIT}?h=v6.18#n" in html
    assert KERNEL_GIT not in html


def test_hostile_evidence_is_escaped(history, engine, db_url):
    nasty = Evidence("default", 'a/"b"<c>.c', 7, "f<script>", '<script>alert("x")</script> & co')

    def extract(files):
        return [State("vgic/v3/IIDR_REVISION", "3", ("3",), evidence=(nasty,))] if "x.h" in files else []
    history.commit({"x.h": "1\n"}, "one")
    history.tag("v1.0")
    pipeline.ingest(history.repo.workdir, engine, extractors=(Extractor("x", ("x.h",), extract),), jobs=0)
    client = TestClient(create_app(Settings(database_url=db_url), engine))
    html = client.get(f"/items/{IIDR}").text
    assert "<script>alert" not in html and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; co" in html
    assert "tree/a/%22b%22%3Cc%3E.c?h=v1.0#n7" in html  # the path is quoted in the link


def test_compare_lists_no_change_for_a_moved_line(served):
    client, _, _ = served
    data = client().get("/api/v1/compare/v6.17...v6.18?all=1").json()
    assert [x["item"] for x in data["items"]] == [] and not data["more"]
    wider = [x["item"] for x in client().get("/api/v1/compare/v6.0...v6.18?all=1").json()["items"]]
    assert wider == ["vgic/v3/GICD_TYPER2_nASSGIcap"]  # its write arrived; IIDR's line moved, its value did not
