"""Debian's linux-source packages, pinned, fetched once and cached outside the checkout.

`kernel_tree("6.12")` returns a directory holding only the paths guestabi
watches, extracted from Debian's `linux-source-6.12` package at the exact
version PINNED names (the expectations in tests/data are per version), or
skips the test with a message naming that version when it cannot be had.
A cached tree of another version fails the test (never silent drift): delete
the cache directory to fetch the pinned one. Kernel source is never
committed: it lives in $GUESTABI_CACHE (default ~/.cache/guestabi).

The fetch uses a private apt state (`<cache>/apt`: its own sources list and
package lists) so it neither needs nor touches the machine's apt
configuration: 6.1 and 6.12 come from bookworm-security, 7.3 from
trixie-backports.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

# Debian package versions the expectations in tests/data were read from.
PINNED = {
    "6.1": "6.1.192-3",
    "6.12": "6.12.118-1~deb12u1",
    "7.3": "7.3.4-1~bpo13+1",
}
VERSIONS = tuple(PINNED)

KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg"
SOURCES = (
    "http://deb.debian.org/debian bookworm main",
    "http://deb.debian.org/debian bookworm-updates main",
    "http://deb.debian.org/debian-security bookworm-security main",
    "http://deb.debian.org/debian trixie-backports main",
)

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


class Unavailable(Exception):
    """The pinned package cannot be fetched here (no network, gone from the archive)."""


def cache_dir() -> Path:
    return Path(os.environ.get("GUESTABI_CACHE", Path.home() / ".cache" / "guestabi"))


def kernel_tree(version: str) -> Path:
    """The extracted watched paths of linux-source-<version> at its pinned
    package version; pytest.skip when it cannot be had, pytest.fail when the
    cache holds another version."""
    pin = PINNED[version]
    root = cache_dir() / f"linux-{version}"
    if (root / ".complete").exists():
        cached = cached_version(root)
        if cached != pin:
            pytest.fail(f"{root} holds linux-source-{version} {cached or '(version not recorded)'}, "
                        f"the expectations are for {pin}: remove {root} to fetch {pin}", pytrace=False)
        return root
    try:
        _fetch(version, pin, root)
    except (OSError, subprocess.SubprocessError, Unavailable) as exc:
        pytest.skip(f"Debian package linux-source-{version}={pin} unavailable: {exc}")
    (root / ".version").write_text(pin + "\n")
    (root / ".complete").touch()
    return root


def cached_version(root: Path) -> str | None:
    f = root / ".version"
    return f.read_text().strip() if f.is_file() else None


def _apt(*args: str, cwd: Path | None = None) -> None:
    """apt-get on the private apt state under the cache (the system's is left alone)."""
    d = cache_dir() / "apt"
    (d / "lists" / "partial").mkdir(parents=True, exist_ok=True)
    sources = d / "sources.list"
    sources.write_text("".join(f"deb [signed-by={KEYRING}] {s}\n" for s in SOURCES))
    opts = ["-o", f"Dir::Etc::SourceList={sources}", "-o", "Dir::Etc::SourceParts=/dev/null",
            "-o", f"Dir::State::Lists={d / 'lists'}", "-o", f"Dir::Cache={d / 'cache'}"]
    res = subprocess.run(["apt-get", "-q", *opts, *args], cwd=cwd, capture_output=True, text=True, timeout=900)
    if res.returncode != 0:
        raise Unavailable(f"apt-get {' '.join(args)}: {(res.stderr or res.stdout).strip()[-300:]}")


def _download(version: str, pin: str, work: Path) -> Path:
    name = f"linux-source-{version}_{pin.replace(':', '%3a')}_all.deb"
    if not (work / name).is_file():
        _apt("update")
        _apt("download", f"linux-source-{version}={pin}", cwd=work)
    if not (work / name).is_file():
        raise Unavailable(f"apt-get download produced no {name}")
    return work / name


def _fetch(version: str, pin: str, root: Path) -> None:
    work = cache_dir() / f"deb-{version}"
    work.mkdir(parents=True, exist_ok=True)
    deb = _download(version, pin, work)
    unpacked = work / "unpacked"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True, timeout=600)
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
    shutil.rmtree(unpacked, ignore_errors=True)
    if not (root / "arch/arm64/kvm").is_dir():
        raise OSError(f"{tarball} did not hold arch/arm64/kvm")


def read_tree(root: Path, paths) -> dict[str, str]:
    """{path: text} for those of `paths` present in an extracted tree."""
    out = {}
    for p in paths:
        f = root / p
        if f.is_file():
            out[p] = f.read_text(errors="replace")
    return out
