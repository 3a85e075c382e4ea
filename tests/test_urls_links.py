"""app/urls.py's remaining builders, one row each: the restore recipe (whose
`vcpu=default` and `format=json` are the page's defaults and stay out of the
URL), a release's coverage page, and a kernel source line on git.kernel.org
or a mirror (evidence links: `?id=` for a commit, `?h=` for a tag)."""
from __future__ import annotations

import pytest

from app import urls
from app.config import KERNEL_GIT

GIT = "https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git"
SYS_REGS = "arch/arm64/kvm/sys_regs.c"

ROWS = [
    (lambda: urls.recipe("v6.1", "v6.12"), "/recipe/v6.1...v6.12"),
    (lambda: urls.recipe("v6.1", "latest", ".txt"), "/recipe/v6.1...latest.txt"),
    (lambda: urls.recipe("v6.1", "v6.12", vcpu="default"), "/recipe/v6.1...v6.12"),
    (lambda: urls.recipe("v6.1", "v6.12", vcpu="all"), "/recipe/v6.1...v6.12?vcpu=all"),
    (lambda: urls.recipe("v6.1", "v6.12", format="json"), "/recipe/v6.1...v6.12"),
    (lambda: urls.recipe("v6.1", "v6.12", format="qemu"), "/recipe/v6.1...v6.12?format=qemu"),
    (lambda: urls.recipe("v6.1", "v6.12", ".txt", vcpu="all", format="firecracker"),
     "/recipe/v6.1...v6.12.txt?vcpu=all&format=firecracker"),
    (lambda: urls.recipe("v6.1", "v6.12", vcpu="all", format="json"), "/recipe/v6.1...v6.12?vcpu=all"),
    (lambda: urls.recipe("v6.1", "v6.12", vcpu="default", format="qemu"), "/recipe/v6.1...v6.12?format=qemu"),
    (lambda: urls.recipe("a b", "c?d"), "/recipe/a%20b...c%3Fd"),
    (lambda: urls.coverage(), "/coverage"),
    (lambda: urls.coverage(""), "/coverage"),
    (lambda: urls.coverage("v7.3"), "/coverage/v7.3"),
    (lambda: urls.coverage("v7.3", ".txt"), "/coverage/v7.3.txt"),
    (lambda: urls.coverage("a b?"), "/coverage/a%20b%3F"),
    (lambda: urls.source(SYS_REGS, 42, commit="49a1a2c70a7f"), f"{GIT}/tree/{SYS_REGS}?id=49a1a2c70a7f#n42"),
    (lambda: urls.source(SYS_REGS, 7, tag="v6.12"), f"{GIT}/tree/{SYS_REGS}?h=v6.12#n7"),
    (lambda: urls.source(SYS_REGS, 7, commit="abc", tag="v6.12"), f"{GIT}/tree/{SYS_REGS}?id=abc#n7"),
    (lambda: urls.source(SYS_REGS, 7), f"{GIT}/tree/{SYS_REGS}?h=master#n7"),
    (lambda: urls.source(SYS_REGS, 7, tag=""), f"{GIT}/tree/{SYS_REGS}?h=master#n7"),
    (lambda: urls.source("a b.c", 1, tag="v 1", base="https://mirror.example/linux.git/"),
     "https://mirror.example/linux.git/tree/a%20b.c?h=v%201#n1"),
    (lambda: urls.source("x.c", 3, commit="a b", base="https://mirror.example"),
     "https://mirror.example/tree/x.c?id=a%20b#n3"),
    (lambda: urls.source("x.c", 5, tag="v6.1", base="https://mirror.example/BOX/"),
     "https://mirror.example/BOX/tree/x.c?h=v6.1#n5"),  # only the trailing slash goes
    (lambda: urls.source("x.c", "12", tag="v6.1"), f"{GIT}/tree/x.c?h=v6.1#n12"),  # a line read from JSON text
]


@pytest.mark.parametrize("build,expected", ROWS, ids=[r[1] for r in ROWS])
def test_url(build, expected):
    assert build() == expected  # built inside the test, so mutation testing sees which test reaches it


def test_the_default_source_is_torvalds_tree():
    assert KERNEL_GIT == GIT
