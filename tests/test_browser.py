"""The dashboard in Debian's chromium, headless, against a served database:
the paths a maintainer clicks, htmx swaps with the URL pushed, no CSP
violation, the same pages without JavaScript, and screenshots to look at
(test-artifacts/, light, dark and phone)."""
from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from pathlib import Path

import pytest

from app.main import create_app
from webworld import CSV2, IIDR, on_sqlite

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not os.path.exists(CHROMIUM),
                                 reason=f"{CHROMIUM} is absent: `apt-get install -y chromium` to run the browser tests")]


@contextlib.contextmanager
def _serving(app):
    """uvicorn serving `app` on a free localhost port, in a thread."""
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(5)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The web world ingested into SQLite and served by uvicorn on a free port."""
    settings, engine, world = on_sqlite(tmp_path_factory.mktemp("browser"), "web.db")
    with _serving(create_app(settings, engine)) as url:
        yield url, world
    engine.dispose()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A page that records console errors (a CSP violation is one)."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 860})
    pg = ctx.new_page()
    pg.errors = []
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    assert pg.errors == [], pg.errors
    ctx.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def shot(pg, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_from_the_overview_to_an_item_timeline(served, page):
    base, world = served
    page.goto(base + "/")
    assert page.locator(".card.bad .big").inner_text() == "1"
    shot(page, "overview")
    page.locator("table.breaks a.slug", has_text=IIDR).first.click()
    page.wait_for_url(f"{base}/items/{IIDR}")
    assert page.locator("ol.timeline-cells > li.cell").count() == 6
    assert page.locator("li.cell.changed.broke .default").inner_text() == "2"
    shot(page, "item")
    page.locator(f'a.sha[href="/commits/{world.two[:12]}"]').first.click()
    page.wait_for_url(f"{base}/commits/{world.two[:12]}")
    assert "Allow configuration of interrupt groups" in page.locator("h1").inner_text()
    shot(page, "commit")
    page.locator("dl.meta a.rel").click()
    page.wait_for_url(f"{base}/releases/v4.19-rc1")
    assert page.locator("table.changes tr.resolved").count() == 1
    shot(page, "release")
    page.goto(base + "/releases")
    shot(page, "releases")


def test_items_filter_as_you_type_pushes_the_url(served, page):
    base, _ = served
    page.goto(base + "/items")
    shot(page, "items")
    page.locator('form.filters input[name="q"]').press_sequentially("csv", delay=40)
    page.wait_for_url(f"{base}/items?q=csv")
    assert page.locator("#results a.slug").all_inner_texts() == [CSV2]
    page.go_back()  # the history restore asks for the whole page
    page.wait_for_url(f"{base}/items")
    page.locator("#results a.slug").nth(3).wait_for()  # (CSP forbids wait_for_function's eval)
    assert page.locator("#results a.slug").count() == 5  # every item of the world


def test_compare_pickers_swap_the_comparison_and_push_the_permalink(served, page):
    base, _ = served
    page.goto(base + "/compare/v4.18...v6.1")
    assert page.locator(".lead .badge.open").count() == 1
    shot(page, "compare")
    page.locator('select[name="a"]').select_option("v6.0")
    page.wait_for_url(f"{base}/compare/v6.0...v6.1")
    assert "a VMM can keep the v6.0 view" in page.locator("#comparison").inner_text()
    assert page.locator("header.top").count() == 1  # a block was swapped, not a page nested


def test_a_matrix_cell_opens_its_comparison(served, page):
    base, _ = served
    page.goto(base + "/matrix")
    shot(page, "matrix")
    page.locator('td.bad a[href="/compare/v4.18...v4.19"]').click()
    page.wait_for_url(f"{base}/compare/v4.18...v4.19")
    assert page.locator("table.changes a.slug", has_text=IIDR).count() == 1


def test_breaks_filter_and_pages_in_dark_and_on_a_phone(served, browser):
    base, _ = served
    ctx = browser.new_context(color_scheme="dark", viewport={"width": 1280, "height": 860})
    pg = ctx.new_page()
    pg.goto(base + "/breaks")
    pg.locator('select[name="status"]').select_option("open")
    pg.wait_for_url(f"{base}/breaks?status=open")
    assert pg.locator("table.breaks tbody tr").count() == 1
    shot(pg, "breaks-dark")
    pg.goto(base + f"/items/{IIDR}")
    shot(pg, "item-dark")
    ctx.close()
    phone = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    pg = phone.new_page()
    for name, url in (("overview", "/"), ("item", f"/items/{IIDR}"), ("matrix", "/matrix")):
        pg.goto(base + url)
        width = pg.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{url} scrolls sideways on a phone ({width}px)"
        shot(pg, f"phone-{name}")
    phone.close()


def test_pages_work_without_javascript(served, browser):
    base, _ = served
    ctx = browser.new_context(java_script_enabled=False)
    pg = ctx.new_page()
    pg.goto(base + "/items")
    pg.locator('form.filters input[name="q"]').fill("PSCI")
    pg.locator('form.filters input[name="q"]').press("Enter")
    pg.wait_for_url(f"{base}/items?q=PSCI&since=")
    assert pg.locator("a.slug").all_inner_texts() == ["fw/PSCI_VERSION"]
    pg.goto(base + "/compare/v4.18...v6.1")
    pg.locator('select[name="b"]').select_option("v6.0")
    pg.locator("form.pickers button").click()
    pg.wait_for_url(f"{base}/compare/v4.18...v6.0")
    pg.goto(base + "/")
    pg.locator('header input[name="q"]').fill("v4.19")
    pg.locator('header input[name="q"]').press("Enter")
    pg.wait_for_url(f"{base}/releases/v4.19")
    ctx.close()


@pytest.fixture(scope="module")
def served_registers(tmp_path_factory):
    """A world of ID registers over 34 releases (tests/test_web_registers.py)."""
    from ingest import pipeline
    from test_web_registers import REG, REGS_EXTRACTOR, build_registers

    def fill(h, engine, tmp):
        build_registers(h)
        pipeline.ingest(h.repo.workdir, engine, extractors=(REGS_EXTRACTOR,))

    settings, engine, _ = on_sqlite(tmp_path_factory.mktemp("registers"), "web.db", fill)
    with _serving(create_app(settings, engine)) as url:
        yield url, REG
    engine.dispose()


def test_a_register_grid_from_the_index_to_a_field(served_registers, page, browser):
    base, reg = served_registers
    page.goto(base + "/registers")
    shot(page, "registers")
    page.locator(f'a.slug[href="/registers/{reg}"]').click()
    page.wait_for_url(f"{base}/registers/{reg}")
    grid = page.locator("table.reggrid").first
    assert grid.locator("thead th[scope=col]").count() == 30
    assert grid.locator("td.x-host.w-lower-safe").count() > 0 and grid.locator("td.brk-open").count() >= 1
    assert not page.locator("details.older table.reggrid").is_visible()  # older releases collapsed
    shot(page, "register")
    grid.locator("a.slug", has_text="CSV3").click()
    page.wait_for_url(f"{base}/items/idreg/{reg}/CSV3")
    ctx = browser.new_context(color_scheme="dark", viewport={"width": 1280, "height": 860})
    pg = ctx.new_page()
    pg.goto(base + f"/registers/{reg}")
    shot(pg, "register-dark")
    ctx.close()
    phone = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    pg = phone.new_page()
    pg.goto(base + f"/registers/{reg}")
    width = pg.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the register grid scrolls sideways on a phone ({width}px)"
    shot(pg, "phone-register")
    phone.close()
