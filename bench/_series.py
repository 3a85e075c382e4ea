"""Successive versions of the watched files for the synthetic history.

With ingest/shapes present, the vGIC, firmware and ID-register shapes move
through their eras in kernel order (virt/kvm/arm -> arch/arm64/kvm
halfway), each file padded with kernel-shaped C of our own to a realistic
size; most versions only edit the padding of one file, as most real
commits to these files leave the ABI alone. Without any shape module:
_content.GenericSeries.
"""
from __future__ import annotations

import importlib
import os
import random
from collections.abc import Iterable
from pathlib import Path

from bench._content import GenericSeries, _body

# (share of the history, keyword arguments) in kernel order.
VGIC = (
    (0.00, dict(era="legacy")),
    (0.12, dict(era="pre-revision")),
    (0.30, dict(era="literal-rev1")),
    (0.36, dict(era="v4.19")),
    (0.50, dict(era="v4.19", layout="arch")),
    (0.62, dict(era="v6.0", extract_from="reg")),
    (0.78, dict(era="v6.0", its_abis=2)),
    (0.90, dict(era="v6.17")),
)
FIRMWARE = (
    (0.00, dict(era="pre-fwregs", layout="arm", psci_header="asm", psci_latest="0.2")),
    (0.15, dict(era="pre-fwregs", layout="virt", psci_header="asm", psci_latest="0.2")),
    (0.22, dict(era="pre-fwregs", layout="virt", psci_latest="1.0")),
    (0.26, dict(era="psci-fwregs", layout="virt", psci_latest="1.0", set_style="if", workarounds=0)),
    (0.40, dict(era="psci-fwregs", layout="virt", psci_latest="1.0", workarounds=2)),
    (0.46, dict(era="psci-fwregs", layout="virt", psci_latest="1.0", workarounds=2, services=("PV_TIME",))),
    (0.50, dict(era="psci-fwregs", layout="arch", psci_latest="1.0", workarounds=2, services=("PV_TIME",))),
    (0.56, dict(era="psci-fwregs", layout="arch", psci_latest="1.0", workarounds=3, services=("PV_TIME",))),
    (0.60, dict(era="psci-fwregs", layout="arch", psci_latest="1.1", workarounds=3, services=("PV_TIME",))),
    (0.70, dict(era="hypercalls-bitmaps", psci_latest="1.1")),
    (0.85, dict(era="hypercalls-bitmaps", psci_latest="1.1", bitmaps={
        "STD_BMAP": ("TRNG_V1_0",), "STD_HYP_BMAP": ("PV_TIME",), "VENDOR_HYP_BMAP": ("FUNC_FEAT", "PTP"),
        "VENDOR_HYP_BMAP_2": ("DISCOVER_IMPL_VER", "DISCOVER_IMPL_CPUS")})),
    (0.93, dict(era="hypercalls-bitmaps", psci_latest="1.2")),
)

IDREGS = (
    (0.00, dict(era="macros")),
    (0.33, dict(era="macros", hidden=("ID_AA64PFR0_EL1.AMU", "ID_AA64DFR0_EL1.PMSVer", "ID_AA64PFR0_EL1.SVE"))),
    (0.45, dict(era="switch", generated=False)),
    (0.55, dict(era="switch")),
    (0.66, dict(era="switch", visibility={"TCR2_EL1": "PTRAUTH"}, tcr2=True)),
    (0.80, dict(era="writable", tcr2=True)),
    (0.90, dict(era="writable", tcr2=True, writable=("ID_AA64PFR0_EL1.CSV2", "ID_AA64PFR0_EL1.CSV3",
                                                      "ID_AA64ISAR1_EL1.LRCPC", "ID_AA64DFR0_EL1.PMUVer"))),
)
# (module, generator, schedule): the families the benchmark knows how to replay.
FAMILIES = (
    ("ingest.demo.shapes.vgic", "vgic_files", VGIC),
    ("ingest.demo.shapes.firmware", "firmware_files", FIRMWARE),
    ("ingest.demo.shapes.idregs", "idreg_files", IDREGS),
)


def make_series(paths: Iterable[str], commits: int, seed: int, watched_share: float = 0.007,
                real: bool = True):
    """Real kernel texts when the Debian trees are cached (and `real`),
    else the kernel-shaped generators, else generic C."""
    versions = max(int(commits * watched_share), 1)
    trees = debian_trees() if real else []
    if trees:
        return DebianSeries(trees, paths, versions, seed)
    families = []
    for module, name, schedule in FAMILIES:
        try:
            families.append((getattr(importlib.import_module(module), name), schedule))
        except (ImportError, AttributeError):
            continue
    if not families:
        return GenericSeries(paths, versions, seed)
    return ShapeSeries(families, paths, versions, seed)


class ShapeSeries:
    """Versions from the kernel-shaped generators, padded to realistic sizes;
    only the watched paths are kept."""

    def __init__(self, families, paths: Iterable[str], versions: int, seed: int):
        self.families = families
        self.name = "shapes: " + ", ".join(make.__name__ for make, _ in families)
        self.paths = frozenset(paths)
        self.versions = versions
        self.rng = random.Random(seed)
        self.revs: dict[str, int] = {}
        self._bodies: dict[str, list[str]] = {}
        self._at: tuple[int, ...] | None = None
        self._shape: dict[str, str] = {}

    def snapshot(self, k: int) -> dict[str, str]:
        """The watched files at version k (call with k = 0, 1, 2, ... in turn)."""
        at = tuple(_step(schedule, k, self.versions) for _, schedule in self.families)
        if at != self._at:
            self._at = at
            self._shape = {}
            for (make, schedule), i in zip(self.families, at):
                self._shape.update(make(**schedule[i][1]))
            self._shape = {p: t for p, t in self._shape.items() if p in self.paths}
        elif k:  # an edit that leaves the ABI alone
            path = self.rng.choice(sorted(self._shape))
            self.revs[path] = self.revs.get(path, 0) + 1
        return {p: self._pad(p, t) for p, t in self._shape.items()}

    def _pad(self, path: str, text: str) -> str:
        body = self._bodies.get(path)
        if body is None:
            body = self._bodies[path] = _body(path)
        rev = self.revs.get(path, 0)
        stem = path.rsplit("/", 1)[-1].split(".")[0].replace("-", "_").upper()
        pad = f"\n/* Synthetic padding for the guestabi benchmark. */\n#define {stem}_BENCH_REV\t{rev}\n\n" \
              + "".join(body[:len(body) - rev % 3])
        if not path.endswith((".c", ".h")):  # arch/arm64/tools/sysreg: '#' comments
            return text + "".join("# " + line for line in pad.splitlines(keepends=True))
        head, sep, tail = text.rpartition("#endif")
        return head + pad + sep + tail if sep and path.endswith(".h") else text + pad


def _step(schedule, k: int, versions: int) -> int:
    share = k / versions
    return max(i for i, (start, _) in enumerate(schedule) if start <= share)


DEBIAN = ("6.1", "6.12", "7.3")  # the real-code test's cached trees, in kernel order


def debian_trees(cache: Path | None = None) -> list[Path]:
    """The cached Debian trees (watched paths only) that are present."""
    cache = cache or Path(os.environ.get("GUESTABI_CACHE", Path.home() / ".cache" / "guestabi"))
    return [cache / f"linux-{v}" for v in DEBIAN if (cache / f"linux-{v}" / ".complete").exists()]


class DebianSeries:
    """Versions of the watched files from real kernel trees: the history
    moves through the cached Debian releases in order, and the versions
    in between edit one file's comment (as most real commits to these
    files leave the ABI alone), so every new file version costs the
    extractors what a real one does."""

    def __init__(self, trees: list[Path], paths: Iterable[str], versions: int, seed: int):
        self.trees = trees
        self.name = "debian: " + ", ".join(t.name for t in trees)
        self.paths = tuple(paths)
        self.versions = versions
        self.rng = random.Random(seed)
        self.revs: dict[str, int] = {}
        self._era = -1
        self._files: dict[str, str] = {}

    def snapshot(self, k: int) -> dict[str, str]:
        """The watched files at version k (call with k = 0, 1, 2, ... in turn)."""
        era = min(k * len(self.trees) // self.versions, len(self.trees) - 1)
        if era != self._era:
            self._era, self.revs = era, {}
            self._files = {p: (self.trees[era] / p).read_text(errors="replace") for p in self.paths
                           if (self.trees[era] / p).is_file()}
        elif k:
            path = self.rng.choice(sorted(self._files))
            self.revs[path] = self.revs.get(path, 0) + 1
        return {p: self._edit(p, t) for p, t in self._files.items()}

    def _edit(self, path: str, text: str) -> str:
        rev = self.revs.get(path, 0)
        if not rev:
            return text
        mark = "#" if not path.endswith((".c", ".h")) else "//"
        return text + f"{mark} guestabi benchmark: comment edit {rev}\n"
