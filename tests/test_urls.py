"""app/urls.py alone: every URL the site builds, one row each, so a
changed path, parameter or escape shows here before any page test."""
from __future__ import annotations

import pytest

from app import urls

ROWS = [
    (lambda: urls.home(), "/"),
    (lambda: urls.breaks(), "/breaks"),
    (lambda: urls.breaks("open"), "/breaks?status=open"),
    (lambda: urls.breaks("all", "upgrade", "fw", ext=".txt"), "/breaks.txt?direction=upgrade&kind=fw"),
    (lambda: urls.breaks(None, "", "vgic"), "/breaks?kind=vgic"),
    (lambda: urls.feed(), "/breaks.atom"),
    (lambda: urls.items(), "/items"),
    (lambda: urls.items("CSV2 <x>", "v6.1"), "/items?q=CSV2+%3Cx%3E&since=v6.1"),
    (lambda: urls.item("idreg/ID_AA64PFR0_EL1/CSV2"), "/items/idreg/ID_AA64PFR0_EL1/CSV2"),
    (lambda: urls.item("fw/a b?c", ".txt"), "/items/fw/a%20b%3Fc.txt"),
    (lambda: urls.commit("49a1a2c70a7f0123456789abcdef0123456789ab"), "/commits/49a1a2c70a7f"),
    (lambda: urls.commit("49a1a2c70a7f", ".txt"), "/commits/49a1a2c70a7f.txt"),
    (lambda: urls.releases(), "/releases"),
    (lambda: urls.release("v6.12"), "/releases/v6.12"),
    (lambda: urls.release("v6.12-rc1", ".txt"), "/releases/v6.12-rc1.txt"),
    (lambda: urls.release("a/b"), "/releases/a/b"),
    (lambda: urls.registers(), "/registers"),
    (lambda: urls.register("ID_AA64PFR0_EL1"), "/registers/ID_AA64PFR0_EL1"),
    (lambda: urls.register("X Y", ".txt"), "/registers/X%20Y.txt"),
    (lambda: urls.compare("v6.1", "v6.12"), "/compare/v6.1...v6.12"),
    (lambda: urls.compare("v6.1", "latest", ".txt", show_all=True), "/compare/v6.1...latest.txt?all=1"),
    (lambda: urls.compare_form(), "/compare"),
    (lambda: urls.matrix(), "/matrix"),
    (lambda: urls.matrix("v5.0", "v6.12"), "/matrix?first=v5.0&last=v6.12"),
    (lambda: urls.matrix(last="v6.12"), "/matrix?last=v6.12"),
    (lambda: urls.search(), "/search"),
    (lambda: urls.search("PSCI"), "/search?q=PSCI"),
    (lambda: urls.api("/breaks?status=open"), "/api/v1/breaks?status=open"),
    (lambda: urls.absolute("https://g.example/", "/items"), "https://g.example/items"),
    (lambda: urls.absolute("https://g.example", "/"), "https://g.example/"),
    (lambda: urls.absolute("https://g.example/BOX/", "/items"), "https://g.example/BOX/items"),
]


@pytest.mark.parametrize("build,expected", ROWS, ids=[r[1] for r in ROWS])
def test_url(build, expected):
    assert build() == expected  # built inside the test, so mutation testing sees which test reaches it


@pytest.mark.parametrize("name,allowed,expected", [
    ("v6.12.txt", (".txt",), ("v6.12", ".txt")),
    ("v6.12", (".txt",), ("v6.12", "")),
    (".txt", (".txt",), (".txt", "")),  # a name that is only the suffix stays whole
    ("x.txt", (".json", ".txt"), ("x", ".txt")),
    ("x.json", (".txt",), ("x.json", "")),
    ("a.txt", None, ("a", ".txt")),  # the default suffixes
])
def test_split_ext(name, allowed, expected):
    assert (urls.split_ext(name) if allowed is None else urls.split_ext(name, allowed)) == expected


def test_concrete_resolves_latest_only():
    assert urls.concrete("latest", "v6.12") == "v6.12"
    assert urls.concrete("v6.1", "v6.12") == "v6.1"
    assert urls.concrete("latest", None) is None
    assert urls.LATEST == "latest" and urls.API == "/api/v1"


def test_static_urls_carry_a_content_hash():
    url = urls.static("app.css")
    assert url.startswith("/static/") and "app" in url and url.endswith(".css") and url != "/static/app.css"
