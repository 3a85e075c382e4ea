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


def shot(pg, name: str, full_page: bool = True) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full_page)


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
    assert page.locator("table.breaks tr.resolved").count() == 1  # the release's breaks, grouped
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


# --- every page fits its window (issue 15, item 4) -------------------------------

WIDTHS = ((1400, 1000), (390, 844))  # a laptop, a phone
REAL = ("6.1", "6.12", "7.3")  # Debian's trees, from the kernel-source cache


def _json(url: str) -> dict:
    import json
    import urllib.request

    with urllib.request.urlopen(url) as r:
        return json.load(r)


def site_pages(base: str, cap: int = 1000) -> list[str]:
    """Every kind of page of the served database: the fixed pages, each release
    (its page, its coverage, the comparison with the one before and first with
    last), the registers, the commits that made breaks, and the items with a
    break or a warning (up to `cap` of each), each found through the JSON API."""
    api = base + "/api/v1"
    tags = [r["tag"] for r in _json(f"{api}/releases?limit=1000")["releases"]]
    breaks = _json(f"{api}/breaks?limit=1000")["breaks"]
    fixed = ["/", "/breaks", "/breaks?status=open", "/breaks?status=unconfirmed", "/items", "/registers",
             "/releases", "/matrix", "/coverage", "/api/v1/docs", "/items/no/such/item"]
    per_release = [p for t in tags for p in (f"/releases/{t}", f"/coverage/{t}")]
    pairs = [f"/{page}/{a}...{b}" for a, b in list(zip(tags, tags[1:])) + ([(tags[0], tags[-1])] if tags else [])
             for page in ("compare", "recipe")]
    regs = [f"/registers/{r['register']}" for r in _json(f"{api}/registers?limit=1000")["registers"]][:cap]
    commits = sorted({f"/commits/{b['commit']}" for b in breaks})[:cap]
    warned = [s["item"] for t in tags[-1:] for g in _json(f"{api}/coverage/{t}")["groups"] for s in g["states"]]
    items = list(dict.fromkeys([b["item"] for b in breaks] + warned))[:cap]
    return fixed + per_release + pairs + regs + commits + [f"/items/{i}" for i in items]


def overflowing(browser, base: str, paths: list[str], width: int, height: int, shots: dict[str, str]) -> list[str]:
    """The pages wider than a window of `width` (scrollWidth > clientWidth),
    each with what sticks out; screenshots of the pages named in `shots`."""
    ctx = browser.new_context(viewport={"width": width, "height": height})
    pg = ctx.new_page()
    bad = []
    for path in paths:
        pg.goto(base + path)
        sw, cw = pg.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        if sw > cw:
            bad.append(f"{path} at {width}px: {sw} > {cw}")
        if path in shots:
            shot(pg, f"{shots[path]}-{width}", full_page=False)  # what a reader sees first
    ctx.close()
    return bad


@pytest.fixture(scope="module")
def served_demo(tmp_path_factory):
    """The demo history (`guestabi demo`) ingested with its waivers, served."""
    from ingest import pipeline
    from ingest.demo import build_demo

    def fill(h, engine, tmp):
        build_demo(tmp / "demo", force=True)
        pipeline.ingest(str(tmp / "demo"), engine, waivers_path=str(tmp / "demo" / "waivers.toml"))

    settings, engine, _ = on_sqlite(tmp_path_factory.mktemp("demo"), "demo.db", fill)
    with _serving(create_app(settings, engine)) as url:
        yield url
    engine.dispose()


@pytest.fixture(scope="module")
def served_real(tmp_path_factory):
    """Debian's 6.1, 6.12 and 7.3 trees as three tagged commits, ingested and
    served; skipped when the kernel-source cache lacks one of them."""
    from ingest.watched import WATCHED_PATHS
    from kernelsrc import cache_dir
    from webworld import releases_of_trees

    roots = {v: cache_dir() / f"linux-{v}" for v in REAL}
    missing = [v for v, root in roots.items() if not (root / ".complete").exists()]
    if missing:
        pytest.skip(f"linux-source {', '.join(missing)} not in {cache_dir()} (tests/kernelsrc.py fetches them)")
    fill = releases_of_trees(roots, WATCHED_PATHS)
    settings, engine, _ = on_sqlite(tmp_path_factory.mktemp("real"), "real.db", fill)
    with _serving(create_app(settings, engine)) as url:
        yield url
    engine.dispose()


@pytest.fixture(scope="module")
def served_wide(tmp_path_factory):
    """tests/webworld.py's wide world: warned states, an unconfirmed break, a register's fields breaking together."""
    from webworld import ingest_wide

    settings, engine, _ = on_sqlite(tmp_path_factory.mktemp("wide"), "wide.db", ingest_wide)
    with _serving(create_app(settings, engine)) as url:
        yield url
    engine.dispose()


# the real-code database has ~60 registers and ~800 items: the first 24 of
# each list (registers by name, items with breaks newest first) keep the test
# near a minute on a busy machine
CAPS = {"demo": 1000, "wide": 1000, "real": 24}


@pytest.mark.parametrize("db", ["demo", "wide", "real"])
def test_no_page_is_wider_than_a_laptop_or_a_phone(db, request, browser):
    base = request.getfixturevalue(f"served_{db}")
    paths = site_pages(base, CAPS[db])
    assert len(paths) > 20
    shots = {"/": f"{db}-overview", "/breaks": f"{db}-breaks", "/coverage": f"{db}-coverage",
             "/matrix": f"{db}-matrix"}
    shots.update({p: f"{db}-{p.split('/')[1]}" for p in reversed(paths)
                  if p.startswith(("/compare/", "/registers/", "/items/idreg/", "/releases/", "/coverage/"))})
    bad = [b for w, h in WIDTHS for b in overflowing(browser, base, paths, w, h, shots)]
    assert bad == [], "\n".join(bad)


def test_timelines_and_grids_start_at_the_left(served_wide, browser):
    """With fewer releases than the width holds, the oldest cell sits at the
    left edge of the timeline and the grid at the left of its box."""
    from webworld import APA3

    pg = browser.new_page(viewport={"width": 1400, "height": 1000})
    pg.goto(served_wide + f"/items/{APA3}")
    box = pg.locator("ol.timeline-cells").first.bounding_box()
    oldest = pg.locator("ol.timeline-cells > li.cell").last.bounding_box()  # newest first in the document
    assert abs(oldest["x"] - box["x"]) < 2, (oldest, box)
    pg.goto(served_wide + "/registers/ID_AA64ISAR2_EL1")
    box = pg.locator("div.scroll.from-right").first.bounding_box()
    grid = pg.locator("table.reggrid").first.bounding_box()
    assert abs(grid["x"] - box["x"]) < 2 and grid["width"] < box["width"] / 2, (grid, box)
    pg.close()


# --- the README's screenshots (issue 15, item 6): `make screenshots` ------------

README_SHOTS = Path(os.environ.get("GUESTABI_SCREENSHOTS", ARTIFACTS / "readme"))


def test_readme_screenshots(request, browser):
    """The overview, an item, a register grid and a comparison at 1400x1000,
    from the real-code database (the demo's when the kernel trees are not
    cached), written where GUESTABI_SCREENSHOTS says (docs/screenshots for
    `make screenshots`)."""
    try:
        base = request.getfixturevalue("served_real")
    except pytest.skip.Exception:
        base = request.getfixturevalue("served_demo")
    tags = [r["tag"] for r in _json(f"{base}/api/v1/releases?limit=1000")["releases"]]
    reg = "ID_AA64PFR0_EL1"  # in every era; the field with the most changes tells a story
    fields = _json(f"{base}/api/v1/registers/{reg}")["fields"]
    item = max(fields, key=lambda f: (f["changes"], f["item"]))["item"]
    pages = {"overview": "/", "item": f"/items/{item}", "register": f"/registers/{reg}",
             "compare": f"/compare/{tags[-2]}...{tags[-1]}"}
    README_SHOTS.mkdir(parents=True, exist_ok=True)
    pg = browser.new_page(viewport={"width": 1400, "height": 1000})
    for name, path in pages.items():
        pg.goto(base + path)
        assert pg.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), path
        pg.screenshot(path=str(README_SHOTS / f"{name}.png"))
    pg.close()
    assert {f"{n}.png" for n in pages} <= {p.name for p in README_SHOTS.glob("*.png")}


def test_a_warning_mark_shows_its_text_on_keyboard_focus(served_wide, browser):
    """The mark is focusable; focused, its tip (CSS ::after) is the warning text."""
    from webworld import CLRBHB, HOSTILE_WARNING

    pg = browser.new_page(viewport={"width": 1400, "height": 1000})
    pg.goto(served_wide + f"/items/{CLRBHB}")
    mark = pg.locator("li.cell.warned .warnmark").first
    assert HOSTILE_WARNING in mark.get_attribute("title")
    mark.focus()
    tip = mark.evaluate("e => [document.activeElement === e, getComputedStyle(e, '::after').content]")
    assert tip == [True, '"' + HOSTILE_WARNING.replace('"', '\\"') + '"'], tip  # a CSS string: quotes escaped
    pg.close()
