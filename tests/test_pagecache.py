"""Pages are rendered once per ingest generation (app/pagecache.py) and the
compare page shows a bounded number of rows (every item with a break)."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app import registers, vocab
from app.config import Settings
from app.main import create_app
from app.routes import pages
from ingest import pipeline
from test_web_registers import REG, REGS, REGS_EXTRACTOR, build_registers


@pytest.fixture
def served(history, engine, db_url, monkeypatch):
    build_registers(history)
    pipeline.ingest(history.repo.workdir, engine, extractors=(REGS_EXTRACTOR,))
    calls = []
    real = registers.register_grid
    monkeypatch.setattr(registers, "register_grid", lambda s, r: calls.append(r) or real(s, r))
    app = create_app(Settings(database_url=db_url), engine)
    app.state.page_cache_ttl = 0  # read the generation on every request
    return TestClient(app, follow_redirects=False), app, calls


def test_a_page_is_rendered_once_per_generation(served, history, engine):
    client, app, calls = served
    url = f"/registers/{REG}"
    first, second = client.get(url), client.get(url)
    assert first.status_code == second.status_code == 200 and first.content == second.content
    assert calls == [REG]
    assert "x-request-id" in {k.lower() for k in second.headers} and "content-security-policy" in second.headers
    part = client.get(url, headers={"HX-Request": "true", "HX-Target": "main"})
    assert "<html" not in part.text and calls == [REG, REG]  # the fragment is kept apart
    history.commit({REGS: history_text(history) + f"idreg/{REG}/MPAM host none lsb=40 width=4\n"}, "KVM: MPAM")
    history.tag("v5.34")
    pipeline.ingest(history.repo.workdir, engine, extractors=(REGS_EXTRACTOR,))
    fresh = client.get(url)
    assert calls == [REG, REG, REG] and "MPAM" in fresh.text and "MPAM" not in first.text


def history_text(history) -> str:
    return history.repo.revparse_single(f"HEAD:{REGS}").data.decode()


def test_off_switch_api_and_errors_are_not_kept(served):
    client, app, calls = served
    for _ in range(2):
        assert client.get("/registers/NOPE_EL1").status_code == 404
    assert calls == ["NOPE_EL1", "NOPE_EL1"]
    app.state.page_cache = False
    client.get(f"/registers/{REG}")
    client.get(f"/registers/{REG}")
    assert calls[2:] == [REG, REG]


def test_compare_shows_a_bounded_number_of_rows_and_every_break(served, monkeypatch):
    client, _, _ = served
    monkeypatch.setattr(pages, "COMPARE_ROWS", 1)
    full = client.get("/api/v1/compare/v5.0...v5.33").json()
    assert full["more"] == 0 and len(full["items"]) == 3
    with_break = [i["item"] for i in full["items"] if i["breaks"]]
    assert with_break == [f"idreg/{REG}/CSV2"]
    page = client.get("/compare/v5.0...v5.33").text.split("<h2>Items that differ</h2>")[1]  # below the breaks
    assert page.count('<a class="slug"') == 2 and f"/items/idreg/{REG}/CSV2" in page
    assert '1 more item differ (none with a break): show all' in page
    assert 'href="/compare/v5.0...v5.33?all=1"' in page
    everything = client.get("/compare/v5.0...v5.33?all=1").text.split("<h2>Items that differ</h2>")[1]
    assert everything.count('<a class="slug"') == 3 and "show all" not in everything


def test_warnings_alone_are_not_a_difference():
    same = '{"item": "x", "default": "1", "settable": ["1"], "warnings": []}'
    warned = '{"item": "x", "default": "1", "settable": ["1"], "warnings": ["odd"]}'
    other = '{"item": "x", "default": "2", "settable": ["1"], "warnings": []}'
    assert not vocab.texts_differ_in_view(same, warned) and vocab.texts_differ_in_view(same, other)
    assert vocab.texts_differ_in_view(None, same)


def test_the_generation_is_read_at_most_once_per_ttl(served, history, engine):
    client, app, calls = served
    app.state.page_cache_ttl = 60
    url = f"/registers/{REG}"
    client.get(url)
    history.commit({REGS: history_text(history) + f"idreg/{REG}/MPAM host none lsb=40 width=4\n"}, "KVM: MPAM")
    history.tag("v5.34")
    pipeline.ingest(history.repo.workdir, engine, extractors=(REGS_EXTRACTOR,))
    assert "MPAM" not in client.get(url).text and calls == [REG]  # within the TTL: the kept page
    app.state.page_cache_ttl = 0
    assert "MPAM" in client.get(url).text and calls == [REG, REG]
