"""Evidence on item pages in Debian's chromium, on real code: Debian's 6.12
and 7.3 trees committed as two releases and ingested with every extractor.
The evidence section fits a phone and a desktop (no horizontal overflow),
its links point at the file and line, and screenshots are kept in
test-artifacts/ to look at."""
from __future__ import annotations

import pytest

from app.main import create_app
from kernelsrc import kernel_tree
from test_browser import ARGS, CHROMIUM, _serving, browser, shot  # noqa: F401 - the marks' conditions too
from webworld import on_sqlite, releases_of_trees

pytestmark = [pytest.mark.browser, pytest.mark.realcode]

ITEMS = ("vgic/v3/IIDR_REVISION", "fw/PSCI_VERSION", "idreg/ID_AA64ZFR0_EL1/SVEver",
         "idreg/ID_AA64PFR0_EL1/CSV2", "reglist/ZCR_EL1")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    import os

    from ingest.watched import WATCHED_PATHS

    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is absent")
    fill = releases_of_trees({v: kernel_tree(v) for v in ("6.12", "7.3")}, WATCHED_PATHS)
    settings, engine, _ = on_sqlite(tmp_path_factory.mktemp("evidence"), "evidence.db", fill)
    with _serving(create_app(settings, engine)) as url:
        yield url
    engine.dispose()


@pytest.mark.parametrize("width", [390, 1400])
def test_evidence_fits_and_links_the_lines(served, browser, width):
    ctx = browser.new_context(viewport={"width": width, "height": 900})
    pg = ctx.new_page()
    try:
        for item in ITEMS:
            pg.goto(f"{served}/items/{item}")
            links = pg.eval_on_selector_all("#evidence a[href*='/tree/']", "els => els.map(e => e.href)")
            assert links and all("?h=v7.3#n" in href for href in links[:1]), (item, links[:3])
            overflow = pg.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, (item, width, overflow)
            if item == ITEMS[0] or item == ITEMS[2]:
                shot(pg, f"evidence-{item.replace('/', '_')}-{width}")
    finally:
        ctx.close()
