"""Debian's linux-source packages, fetched once and cached outside the checkout.

`kernel_tree("6.12")` returns a directory holding only the paths guestabi
watches, extracted from Debian's `linux-source-6.12` package, or skips the
test with a clear message when the package cannot be had. Kernel source is
never committed: it lives in $GUESTABI_CACHE (default ~/.cache/guestabi).
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

VERSIONS = ("6.1", "6.12")

# Patterns handed to tar: the paths every extractor may read, in all eras.
MEMBERS = (
    "arch/arm64/kvm",
    "arch/arm64/include",
    "arch/arm64/tools/sysreg",
    "arch/arm64/kernel/cpufeature.c",
    "include/kvm",
    "include/uapi/linux/psci.h",
    "include/uapi/linux/kvm.h",
    "include/linux/psci.h",
    "include/linux/arm-smccc.h",
    "include/linux/irqchip/arm-gic-v3.h",
    "include/linux/irqchip/arm-gic.h",
    "tools/testing/selftests/kvm",
)


def cache_dir() -> Path:
    return Path(os.environ.get("GUESTABI_CACHE", Path.home() / ".cache" / "guestabi"))


def kernel_tree(version: str) -> Path:
    """The extracted watched paths of linux-source-<version>, or pytest.skip."""
    root = cache_dir() / f"linux-{version}"
    done = root / ".complete"
    if done.exists():
        return root
    try:
        _fetch(version, root)
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"Debian package linux-source-{version} unavailable: {exc}")
    done.touch()
    return root


def _fetch(version: str, root: Path) -> None:
    work = cache_dir() / f"deb-{version}"
    work.mkdir(parents=True, exist_ok=True)
    debs = list(work.glob(f"linux-source-{version}_*.deb"))
    if not debs:
        subprocess.run(["apt-get", "download", f"linux-source-{version}"], cwd=work,
                       check=True, capture_output=True, timeout=600)
        debs = list(work.glob(f"linux-source-{version}_*.deb"))
    if not debs:
        raise OSError(f"apt-get download linux-source-{version} produced no .deb")
    unpacked = work / "unpacked"
    subprocess.run(["dpkg-deb", "-x", str(debs[0]), str(unpacked)], check=True, timeout=600)
    tarball = next(unpacked.glob("usr/src/linux-source-*.tar.*"))
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    top = f"linux-source-{version}"
    subprocess.run(
        ["tar", "-xf", str(tarball), "-C", str(root), "--strip-components=1",
         "--ignore-failed-read", "--wildcards", "--no-wildcards-match-slash"]
        + [f"{top}/{m}" for m in MEMBERS],
        check=False, timeout=900)
    if not (root / "arch/arm64/kvm").is_dir():
        raise OSError(f"{tarball} did not hold arch/arm64/kvm")
    shutil.rmtree(unpacked, ignore_errors=True)


def read_tree(root: Path, paths) -> dict[str, str]:
    """{path: text} for those of `paths` present in an extracted tree."""
    out = {}
    for p in paths:
        f = root / p
        if f.is_file():
            out[p] = f.read_text(errors="replace")
    return out
