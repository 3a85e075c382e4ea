"""Texts for the synthetic history: the filler files of a kernel-like tree,
and kernel-shaped C for the watched files. All of it is generated here
(or by ingest/shapes when present); none of it is kernel source."""
from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable, Mapping

# A kernel-like tree: (directory, number of filler files, weight of edits).
LAYOUT: tuple[tuple[str, int, int], ...] = (
    ("arch/x86/kernel", 160, 6), ("arch/x86/kernel/cpu", 60, 3), ("arch/x86/mm", 50, 3),
    ("arch/x86/kvm", 50, 4), ("arch/x86/include/asm", 150, 4), ("arch/x86/events/intel", 20, 1),
    ("arch/arm64/kernel", 80, 3), ("arch/arm64/mm", 20, 1), ("arch/arm64/include/asm", 150, 3),
    ("arch/arm64/include/uapi/asm", 20, 1), ("arch/arm64/boot/dts/arm", 120, 3),
    ("arch/arm64/kvm", 20, 3), ("arch/arm64/kvm/hyp", 20, 1), ("arch/arm64/kvm/vgic", 6, 1),
    ("arch/arm/kvm", 8, 1), ("arch/arm/mm", 60, 1), ("arch/powerpc/kernel", 120, 2),
    ("arch/riscv/kernel", 60, 2), ("arch/s390/kernel", 80, 1), ("virt/kvm", 8, 2),
    ("virt/kvm/arm", 8, 1), ("include/kvm", 4, 1),
    ("drivers/net/ethernet/intel/ice", 90, 5), ("drivers/net/ethernet/mellanox/mlx5/core", 160, 6),
    ("drivers/net/ethernet/broadcom", 40, 2), ("drivers/net/wireless/ath/ath11k", 50, 2),
    ("drivers/gpu/drm/i915", 150, 5), ("drivers/gpu/drm/i915/display", 120, 3), ("drivers/gpu/drm/amd/amdgpu", 150, 5), ("drivers/gpu/drm/amd/display/dc/core", 60, 2),
    ("drivers/gpu/drm/amd/pm/swsmu", 80, 2),
    ("drivers/gpu/drm/nouveau", 120, 2), ("drivers/usb/core", 30, 2), ("drivers/usb/host", 60, 2),
    ("drivers/scsi", 150, 3), ("drivers/nvme/host", 20, 2), ("drivers/pci/controller", 50, 2),
    ("drivers/irqchip", 90, 2), ("drivers/clk/qcom", 150, 2), ("drivers/tty/serial", 80, 1),
    ("drivers/md", 70, 1), ("drivers/block", 50, 1), ("drivers/input/touchscreen", 90, 1),
    ("fs", 60, 2), ("fs/ext4", 40, 3), ("fs/btrfs", 70, 4), ("fs/xfs", 80, 3), ("fs/nfs", 50, 2),
    ("fs/f2fs", 20, 1), ("fs/proc", 30, 1), ("include/linux", 600, 3), ("include/uapi/linux", 250, 2),
    ("include/net", 120, 2), ("include/trace/events", 120, 1), ("include/asm-generic", 80, 1),
    ("kernel", 90, 4), ("kernel/sched", 30, 4), ("kernel/bpf", 40, 3), ("kernel/time", 30, 1),
    ("mm", 120, 5), ("net/core", 60, 4), ("net/ipv4", 120, 3), ("net/ipv6", 80, 2),
    ("net/netfilter", 150, 2), ("net/sched", 80, 1), ("sound/core", 40, 1),
    ("sound/soc/codecs", 150, 2), ("tools/perf/util", 150, 3), ("tools/testing/selftests/kvm", 40, 1),
    ("lib", 150, 2), ("crypto", 120, 1), ("security/selinux", 30, 1), ("block", 60, 2),
    ("Documentation/admin-guide", 80, 1), ("Documentation/virt/kvm", 20, 1),
)

# Neighbours of the watched files that are not watched: editing them changes
# the watched directories' tree ids while every watched blob stays put.
KVM_NEIGHBOURS = (
    "arch/arm64/kvm/mmu.c", "arch/arm64/kvm/arm.c", "arch/arm64/kvm/guest.c",
    "arch/arm64/kvm/sys_regs.c", "arch/arm64/kvm/reset.c", "arch/arm64/kvm/pmu-emul.c",
    "arch/arm64/kvm/hyp/switch.c", "arch/arm64/kvm/vgic/vgic-its.c",
    "arch/arm64/kvm/vgic/vgic-v4.c", "arch/arm64/include/asm/kvm_host.h",
    "arch/arm64/include/asm/kvm_emulate.h", "virt/kvm/arm/mmu.c", "virt/kvm/arm/arm.c",
    "virt/kvm/kvm_main.c", "include/kvm/arm_pmu.h", "include/kvm/arm_arch_timer.h",
)

_WORDS = ("core", "main", "dev", "ops", "irq", "dma", "regs", "init", "util", "sysfs", "debug",
          "power", "mem", "queue", "ring", "ctrl", "phy", "mac", "fw", "trace", "hw", "link",
          "event", "sched", "stats", "cache", "table", "map", "alloc", "lock", "timer", "clk",
          "reset", "pm", "io", "tx", "rx", "cmd", "buf", "port", "bus", "mux", "pin", "acpi", "of")


def filler_paths(rng: random.Random, exclude: Iterable[str], shrink: int = 1) -> tuple[list[str], list[int]]:
    """Filler files and a weight per file (how often commits edit it);
    shrink: a directory holds 1/shrink of its files."""
    taken = set(exclude)
    paths, weights = [], []
    for directory, count, weight in LAYOUT:
        count = max(count // shrink, 2)
        ext = ".h" if "include" in directory else ".c"
        names: set[str] = set()
        while len(names) < count:
            names.add(f"{rng.choice(_WORDS)}_{rng.choice(_WORDS)}{rng.randrange(100) if len(names) > 40 else ''}{ext}")
        for name in sorted(names):
            path = f"{directory}/{name}"
            if path not in taken:
                taken.add(path)
                paths.append(path)
                weights.append(weight)
    return paths, weights


def filler_text(path: str, rev: int) -> bytes:
    ident = path.rsplit("/", 1)[-1].split(".")[0]
    return (f"/* {path}: synthetic filler */\n"
            f"#include <linux/kernel.h>\n\nint {ident}_rev{rev}(void)\n{{\n\treturn {rev};\n}}\n").encode()


# --- watched files ----------------------------------------------------------

OLD_DIRS = ("virt/kvm/arm/", "arch/arm/kvm/")
MOVE_AT = 0.4  # share of the watched versions before virt/kvm/arm moves to arch/arm64/kvm


class GenericSeries:
    name = "generic"

    """Versions of the watched files: realistically sized, kernel-shaped C
    of our own making. Version k+1 differs from version k in one or two
    files; files under the old directories give way to arch/arm64/kvm ones
    partway through, as in v5.8."""

    def __init__(self, paths: Iterable[str], versions: int, seed: int):
        self.paths = tuple(paths)
        self.versions = max(versions, 1)
        self.rng = random.Random(seed)
        self.revs = {p: 0 for p in self.paths}
        self._bodies = {p: _body(p) for p in self.paths}

    def snapshot(self, k: int) -> dict[str, str]:
        """The watched files at version k (call with k = 0, 1, 2, ... in turn)."""
        if k:
            live = [p for p in self.paths if _alive(p, k, self.versions)]
            for p in self.rng.sample(live, min(len(live), 1 + (self.rng.random() < 0.2))):
                self.revs[p] += 1
        return {p: _text(p, self.revs[p], self._bodies[p]) for p in self.paths
                if _alive(p, k, self.versions)}


def _alive(path: str, k: int, versions: int) -> bool:
    old = path.startswith(OLD_DIRS)
    moved = k >= versions * MOVE_AT
    if old:
        return not moved
    if path.startswith("arch/arm64/kvm/"):
        return moved
    return True


BIG = ("arch/arm64/kvm/sys_regs.c", "arch/arm64/kernel/cpufeature.c")


def _seed(path: str) -> int:
    return int.from_bytes(hashlib.sha1(path.encode()).digest()[:8], "big")


def _body(path: str) -> list[str]:
    """Kernel-shaped blocks for one file: a few hundred lines for a header,
    up to two thousand for a .c file, 4,000+ for sys_regs.c and cpufeature.c
    (their real sizes: the ID-register extractor parses them whole)."""
    rng = random.Random(_seed(path))
    stem = path.rsplit("/", 1)[-1].split(".")[0].replace("-", "_")
    if path.endswith(BIG):
        lines = rng.randrange(4000, 4600)
    else:
        lines = rng.randrange(150, 700) if path.endswith(".h") else rng.randrange(400, 2000)
    blocks, n = [], 0
    while n < lines:
        kind = rng.random()
        if kind < 0.3:
            block = _defines(rng, stem)
        elif kind < 0.45:
            block = _struct(rng, stem)
        elif kind < 0.6:
            block = _table(rng, stem)
        else:
            block = _function(rng, stem)
        blocks.append(block)
        n += block.count("\n")
    return blocks


def _text(path: str, rev: int, body: list[str]) -> str:
    stem = path.rsplit("/", 1)[-1].split(".")[0].replace("-", "_").upper()
    head = (f"/*\n * {path}\n *\n"
            f" * Synthetic text for the guestabi benchmark.\n */\n\n"
            f"#include <linux/kvm_host.h>\n#include <asm/kvm_emulate.h>\n\n"
            f"#define {stem}_REVISION\t{rev}\n#define {stem}_FEATURES\t0x{(rev * 2654435761) & 0xffff:x}\n\n")
    cases = "".join(f"\tcase {stem}_ID_{i}:\n\t\treturn {i + rev};\n" for i in range(3 + rev % 5))
    switch = (f"static int {stem.lower()}_select(u64 val)\n{{\n\tswitch (val) {{\n{cases}"
              f"\tdefault:\n\t\treturn -EINVAL;\n\t}}\n}}\n\n")
    keep = len(body) - (rev % 3)  # files shrink and grow a little between versions
    return head + switch + "".join(body[:keep])


def _defines(rng: random.Random, stem: str) -> str:
    out = [f"#define {stem.upper()}_{rng.choice(_WORDS).upper()}_{i}\t{rng.choice(('BIT', 'GENMASK'))}({rng.randrange(64)}{', 0' if rng.random() < 0.3 else ''})\n"
           for i in range(rng.randrange(4, 16))]
    return "".join(out) + "\n"


def _struct(rng: random.Random, stem: str) -> str:
    fields = "".join(f"\t{rng.choice(('u32', 'u64', 'bool', 'struct kvm_vcpu *', 'unsigned long'))} {rng.choice(_WORDS)}_{i};\n"
                     for i in range(rng.randrange(3, 14)))
    return f"struct {stem}_{rng.choice(_WORDS)}_{rng.randrange(1000)} {{\n{fields}}};\n\n"


def _table(rng: random.Random, stem: str) -> str:
    rows = "".join(f"\t{{ .id = {stem.upper()}_{rng.choice(_WORDS).upper()}, .reset = {rng.randrange(16)}, "
                   f".access = access_{rng.choice(_WORDS)} }},\n" for _ in range(rng.randrange(5, 30)))
    return f"static const struct {stem}_desc {stem}_table_{rng.randrange(1000)}[] = {{\n{rows}}};\n\n"


def _function(rng: random.Random, stem: str) -> str:
    name = f"{stem}_{rng.choice(_WORDS)}_{rng.choice(_WORDS)}_{rng.randrange(1000)}"
    body = []
    for i in range(rng.randrange(4, 30)):
        r = rng.random()
        if r < 0.3:
            body.append(f"\tif (vcpu->arch.{rng.choice(_WORDS)} & {rng.choice(_WORDS).upper()}_MASK)\n\t\treturn -EINVAL;\n")
        elif r < 0.6:
            body.append(f"\tval = {rng.choice(_WORDS)}_{rng.choice(_WORDS)}(vcpu, {i});\n")
        elif r < 0.8:
            body.append(f"\t/* {rng.choice(_WORDS)} the {rng.choice(_WORDS)} before {rng.choice(_WORDS)} */\n")
        else:
            body.append(f"\tspin_lock(&kvm->arch.{rng.choice(_WORDS)}_lock);\n")
    return f"static int {name}(struct kvm_vcpu *vcpu, u64 val)\n{{\n{''.join(body)}\treturn 0;\n}}\n\n"


def delta(before: Mapping[str, str], after: Mapping[str, str]) -> dict[str, str | None]:
    """Files to write (text) or delete (None) to go from before to after."""
    out: dict[str, str | None] = {p: t for p, t in after.items() if before.get(p) != t}
    out.update({p: None for p in before if p not in after})
    return out
