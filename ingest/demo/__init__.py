"""The demo history: a small kernel-shaped repository that replays the story
of DESIGN.md with files of our own writing (ingest/shapes), deterministically.

- v4.19: the GICD_IIDR revision goes 1 -> 2 with no way back (an open break,
  like d53c2c29ae0d), merged from a topic branch;
- v6.0: revision 3 with a way to select 2 (no break, like 49a1a2c70a7f);
- v6.2: revision 1 selectable again, resolving the v4.19 break;
- PSCI 0.2 -> 1.0 -> 1.1, each with a restore path;
- PV time exposed before its bitmap existed, then the bitmap;
- the v5.8 move of virt/kvm/arm to arch/arm64/kvm;
- a waiver (waivers.toml) for the GICv3 side of the v4.19 break;
- ID registers from sysreg.h macros to the generated description, then
  writable ID registers, and TCR2_EL1 appearing in the register list;
- merges and -rc tags.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from app.vocab import short
from ingest.demo.history import History
from ingest.demo.shapes.firmware import firmware_files
from ingest.demo.shapes.idregs import idreg_files
from ingest.demo.shapes.vgic import vgic_files

FILLER = {
    "README": "Linux kernel (demo history for guestabi)\n",
    "Makefile": "VERSION = 6\nPATCHLEVEL = 2\n",
    "Documentation/virt/kvm/devices/arm-vgic-v3.rst": "GICD_IIDR.Revision is restorable.\n",
}

WAIVERS = """\
# Reviewed breaks that the project accepts.
[[waiver]]
item = "vgic/v3/IIDR_REVISION"
commit = "{commit}"
reason = "GICv3 guests of the time did not depend on the distributor revision"
link = "https://lore.kernel.org/kvmarm/"
direction = "upgrade"
"""


class Demo:
    """The kernel at one point of the story; `commit` writes its files."""

    def __init__(self, history: History):
        self.h = history
        # keyword arguments of the shapes' file builders, changed era by era
        self.vgic: dict[str, Any] = dict(era="literal-rev1", layout="virt")
        self.fw: dict[str, Any] = dict(era="pre-fwregs", layout="virt", psci_latest="0.2")
        self.idregs: dict[str, Any] = dict(era="macros")

    def files(self) -> dict[str, str]:
        return {**FILLER, **vgic_files(**self.vgic), **firmware_files(**self.fw), **idreg_files(**self.idregs)}

    def commit(self, message: str, *, author: str = "Demo Developer", **kw) -> str:
        return self.h.replace_tree(self.files(), message, author=author, **kw)


def build_demo(path: str | Path, force: bool = False) -> str:
    path = Path(path)
    if path.exists():
        if not force:
            raise FileExistsError(f"{path} exists (use --force to replace it)")
        shutil.rmtree(path)
    h = History.create(path, start_time=1_500_000_000)
    d = Demo(h)
    _early(d)
    break_commit = _v419(d)
    _v5(d)
    _v6(d)
    (path / "waivers.toml").write_text(WAIVERS.format(commit=short(break_commit)))
    return f"demo history written to {path} ({len(list(h.repo.walk(h.head)))} commits, " \
           f"{len([r for r in h.repo.references if r.startswith('refs/tags/')])} tags)"


def _early(d: Demo) -> None:
    d.commit("KVM: arm/arm64: vgic: report GICv2 interrupts as group 0 (revision 1)")
    d.h.tag("v4.15")
    d.fw.update(era="psci-fwregs", psci_latest="1.0", set_style="if", workarounds=0)
    d.commit("KVM: arm/arm64: Advertise PSCI 1.0 and let userspace pick 0.2 back")
    d.h.tag("v4.16-rc1")
    d.h.commit({"Documentation/virt/kvm/api.rst": "KVM_REG_ARM_PSCI_VERSION\n"},
               "Documentation: KVM: describe the PSCI version register")
    d.h.tag("v4.16")


def _v419(d: Demo) -> str:
    """A topic branch with the IIDR 1 -> 2 change, merged for v4.19."""
    mainline = d.h.head
    d.vgic.update(era="v4.19")
    topic = d.commit("KVM: arm/arm64: vgic: Allow configuration of interrupt groups",
                     author="Christoffer Dall", move_head=False)
    d.h.commit({"MAINTAINERS": "KVM/arm64: kvmarm@lists.linux.dev\n"}, "MAINTAINERS: update KVM/arm64 list")
    d.h.merge(topic, "Merge tag 'kvmarm-for-v4.19' of git://git.kernel.org/pub/scm/linux/kernel/git/kvmarm/kvmarm",
              files=d.files())
    d.h.tag("v4.19-rc1")
    d.h.tag("v4.19")
    assert mainline != topic
    return topic


def _v5(d: Demo) -> None:
    d.fw.update(set_style="switch", workarounds=2, services=("PV_TIME",))
    d.commit("KVM: arm64: Provide a PV_TIME device to user space")
    d.h.tag("v5.5")
    d.vgic.update(layout="arch")
    d.fw.update(layout="arch")
    d.commit("KVM: arm64: Move virt/kvm/arm to arch/arm64")
    d.h.tag("v5.8-rc1")
    d.h.tag("v5.8")
    d.fw.update(workarounds=3)
    d.commit("KVM: arm64: Add templates for BHB mitigation sequences (WORKAROUND_3)")
    d.h.tag("v5.17")
    d.fw.update(era="hypercalls-bitmaps", psci_latest="1.1", services=())
    d.commit("KVM: arm64: Setup a framework for hypercall bitmap firmware registers")
    d.idregs.update(era="switch")
    d.commit("arm64/sysreg: Convert ID_AA64PFR0_EL1 to automatic generation")
    d.h.tag("v5.19-rc1")
    d.h.tag("v5.19")


def _v6(d: Demo) -> None:
    d.vgic.update(era="v6.0", accepted=(2, 3))
    d.commit("KVM: arm64: vgic-v3: Advertise GICR_CTLR.{IW, CES} as a new GICD_IIDR revision",
             author="Marc Zyngier")
    d.h.tag("v6.0-rc1")
    d.h.tag("v6.0")
    d.vgic.update(accepted=(1, 2, 3))
    d.commit("KVM: arm64: vgic: Let userspace select GICD_IIDR revision 1 again")
    d.h.tag("v6.2-rc1")
    d.h.tag("v6.2")
    d.idregs.update(era="writable")
    d.commit("KVM: arm64: Allow userspace to change ID registers (writable masks)", author="Jing Zhang")
    d.idregs.update(tcr2=True)
    d.commit("KVM: arm64: Expose TCR2_EL1 to userspace")
    d.h.tag("v6.7-rc1")
    d.h.tag("v6.7")
