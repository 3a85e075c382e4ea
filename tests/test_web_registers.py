"""/registers and /registers/<REG>: one ID register's fields x releases,
classed by exposure and writability, ordered by bit position when the
states carry it; the .txt twin within 80 columns; hostile text escaped."""
from __future__ import annotations

import re
from urllib.parse import unquote

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app
from ingest import pipeline
from ingest.facts import Extractor, State

BASE = "https://guestabi.example"
REGS = "arch/arm64/kvm/regs.h"
REG = "ID_AA64PFR0_EL1"
NOBITS = "ID_AA64ISAR0_EL1"  # fields without bit positions: ordered by name
HOSTILE = '<script>alert("reg")</script>'
RELEASES = 34  # more than the 30 shown: 4 collapsed


def extract_regs(files) -> list[State]:
    """Lines `slug default settable [key=value ...]` (values %-encoded)."""
    text = files.get(REGS)
    if text is None:
        return []
    out = []
    for line in text.splitlines():
        slug, default, settable, *extra = line.split()
        pairs = tuple(sorted((k, unquote(v)) for k, v in (e.split("=", 1) for e in extra)))
        out.append(State(slug, unquote(default), tuple(settable.split(",")), (), pairs))
    return out


REGS_EXTRACTOR = Extractor("regs", (REGS,), extract_regs)


def lines(states: dict[str, str]) -> str:
    return "".join(f"{slug} {v}\n" for slug, v in states.items())


def build_registers(h) -> dict[str, str]:
    """34 releases v5.0..v5.33: CSV3 appears hidden, becomes host and
    lower-safe writable, SVE is a vCPU feature, GIC capped, one hostile
    extra key; CSV2 goes from writable to fixed (an upgrade break)."""
    p = f"idreg/{REG}"
    s = {p: "sanitised CSV2", f"{p}/CSV2": "host 0,1 lsb=56 width=4", f"{p}/SVE": "vcpu-feature:SVE none lsb=32 width=4",
         f"{p}/GIC": "capped:1 none lsb=24 width=4", f"{p}/EL0": "host none lsb=0 width=4",
         f"reglist/{REG}": "present none index=0x603000000013c020",
         f"idreg/{NOBITS}": "sanitised none", f"idreg/{NOBITS}/SHA2": "host none", f"idreg/{NOBITS}/AES": "hidden none"}
    shas = {}
    for i in range(RELEASES):
        if i == 5:
            s[f"{p}/CSV3"] = "hidden none lsb=60 width=4"
        if i == 20:
            s[f"{p}/CSV3"] = "host lower-safe lsb=60 width=4 override=" + HOSTILE.replace(" ", "%20")
            s[p] = "sanitised CSV2,CSV3"
        if i == 31:
            s[f"{p}/CSV2"] = "fixed:0 none lsb=56 width=4"
        shas[i] = h.commit({REGS: lines(s)}, f"KVM: arm64: step {i} {HOSTILE if i == 20 else ''}")
        h.tag(f"v5.{i}")
    return {"csv2_fixed": shas[31], "csv3_host": shas[20]}


@pytest.fixture
def client(history, engine, db_url):
    build_registers(history)
    pipeline.ingest(history.repo.workdir, engine, extractors=(REGS_EXTRACTOR,))
    return TestClient(create_app(Settings(database_url=db_url, base_url=BASE), engine), follow_redirects=False)


def test_register_index_lists_the_id_registers(client):
    r = client.get("/registers")
    assert r.status_code == 200
    assert f'href="/registers/{REG}"' in r.text and f'href="/registers/{NOBITS}"' in r.text
    assert r.text.index(NOBITS) < r.text.index(REG)  # by name


def test_grid_has_fields_by_bit_position_and_classes(client):
    r = client.get(f"/registers/{REG}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    body = r.text
    rows = re.findall(r'<th scope="row"><a class="slug" href="/items/([^"]+)">', body.split("<details")[0])
    assert rows == [f"idreg/{REG}", f"reglist/{REG}"] + [f"idreg/{REG}/{f}" for f in ("CSV3", "CSV2", "SVE", "GIC", "EL0")]
    assert "[63:60]" in body and "[3:0]" in body
    newest = body.split("<details")[0]
    assert newest.count('<th scope="col">') == 30 and 'href="/releases/v5.33"' in newest
    assert 'href="/releases/v5.3"' not in newest  # collapsed
    older = body.split("<details")[1]
    assert "4 older releases" in older and 'href="/releases/v5.0"' in older
    for cls in ("x-host w-values", "x-host w-lower-safe", "x-vcpu w-none", "x-capped w-none",
                "x-hidden w-none", "x-absent w-none", "x-fixed w-none"):
        assert f'class="{cls}' in body, cls
    # CSV2: host, 0,1 settable -> fixed:0, none at v5.31: an upgrade break
    # nothing later resolves. The legend also says "brk-open": look at cells.
    broken = re.findall(r'<td class="([^"]*\bbrk-\w+)" title="([^":]+) at (v[\d.]+):', body)
    assert [(cls.split()[-1], label, rel) for cls, label, rel in broken] == [("brk-open", "CSV2", "v5.31")]
    assert '<link rel="alternate" type="text/plain" href="/registers/ID_AA64PFR0_EL1.txt">' in body


def test_fields_without_bits_are_ordered_by_name(client):
    body = client.get(f"/registers/{NOBITS}").text.split("<details")[0]
    rows = re.findall(r'<th scope="row"><a class="slug" href="/items/([^"]+)">', body)
    assert rows == [f"idreg/{NOBITS}", f"idreg/{NOBITS}/AES", f"idreg/{NOBITS}/SHA2"]


def test_grid_data_for_the_api(client, engine):
    from sqlmodel import Session

    from app.registers import register_grid
    with Session(engine) as s:
        data = register_grid(s, REG)
        assert register_grid(s, "NOPE_EL1") is None and register_grid(s, "../x") is None
    assert data["ordered_by"] == "bits" and len(data["releases"]) == RELEASES
    csv3 = next(f for f in data["fields"] if f["label"] == "CSV3")
    assert (csv3["lsb"], csv3["width"], csv3["bits"]) == (60, 4, "[63:60]")
    cells = {c["release"]: c for c in csv3["cells"]}
    assert cells["v5.4"]["exposure"] == "absent" and cells["v5.5"]["exposure"] == "hidden"
    assert cells["v5.20"]["changed"] and cells["v5.20"]["writable"] == "lower-safe"
    assert not cells["v5.21"]["changed"]


@pytest.mark.parametrize("url", ["/registers/NOPE_EL1", "/registers/NOPE_EL1.txt", "/registers/%3Cb%3E",
                                 "/registers/reglist"])
def test_unknown_register_is_404(client, url):
    r = client.get(url)
    assert r.status_code == 404
    assert "<b>" not in r.text


def test_txt_twin_fits_80_columns(client):
    r = client.get(f"/registers/{REG}.txt")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    lines = r.text.rstrip("\n").split("\n")
    assert lines[-1] == f"{BASE}/registers/{REG}.txt"
    assert all(len(line) <= 80 or line.startswith("Fixes: ") for line in lines), [ln for ln in lines if len(ln) > 80]
    fixes = [ln for ln in lines if ln.startswith("Fixes: ")]
    assert fixes and all(re.fullmatch(r'Fixes: [0-9a-f]{12} \(".+"\)', f) for f in fixes)  # CSV2's break
    text = r.text
    assert "CSV3  [63:60]" in text and "v5.20" in text and "host (set: lower-safe)" in text
    assert text.index("\nCSV3 ") < text.index("\nCSV2 ") < text.index("\nEL0 ")


def test_hostile_text_is_escaped(client):
    body = client.get(f"/registers/{REG}").text
    assert "<script>alert" not in body
    assert "&lt;script&gt;alert(&#34;reg&#34;)&lt;/script&gt;" in body  # the override, in a cell's title


def test_registers_are_linked_from_items_and_item_pages(client):
    assert f'href="/registers/{REG}"' in client.get("/items").text
    assert f'href="/registers/{REG}"' in client.get(f"/items/idreg/{REG}/CSV2").text


def test_the_search_box_opens_a_register(client):
    assert client.get("/search", params={"q": REG}).headers["location"] == f"/registers/{REG}"
    assert client.get("/search", params={"q": "CSV3"}).headers["location"] == "/items?q=CSV3"
    assert client.get("/search", params={"q": f"idreg/{REG}/CSV3"}).headers["location"] == f"/items/idreg/{REG}/CSV3"
