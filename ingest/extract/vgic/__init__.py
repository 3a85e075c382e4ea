"""vGIC extractor: the versioning a VMM can see and select in the vGIC.

Items
  vgic/v2/IIDR_REVISION        GICD_IIDR.Revision of an emulated GICv2
  vgic/v3/IIDR_REVISION        GICD_IIDR.Revision of an emulated GICv3
  vgic/its/ABI_REVISION        GITS_IIDR.Revision (the ITS table ABI)
  vgic/v3/GICD_TYPER2_nASSGIcap  GICv4.1 SGIs without active state

Default = what a new VM reads; settable = what the *userspace* write handler
really stores (its code, not its comments). Eras read (ingest/demo/shapes/vgic.py
reproduces each shape):
  v3.x-v4.7   old vgic (virt/kvm/arm/vgic.c, vgic-v2-emul.c, vgic-v3-emul.c):
              IIDR built from PRODUCT_ID_KVM/IMPLEMENTER_ARM only -> 0, writes ignored
  v4.7-v4.18  new vgic, same IIDR, no userspace IIDR handler
  v4.19       d53c2c29ae0d series: vgic->implementation_rev, set to a literal 2
              in vgic_init(); uaccess handlers accept only the value read back
  v5.8        files move from virt/kvm/arm/vgic/ to arch/arm64/kvm/vgic/
  2022-       49a1a2c70a7f (posted March 2022, in v6.1): KVM_VGIC_IMP_REV_* in
              include/kvm/arm_vgic.h, default KVM_VGIC_IMP_REV_LATEST, a switch in
              the uaccess handlers; until a0e6ae45af17 (2026) the revision was taken
              from the current value ("reg") instead of the written one ("val")
  v6.17       implementation_rev set in kvm_vgic_create(); GICD_TYPER2.nASSGIcap
              may be cleared by userspace (c652887a9288)
What cannot be read becomes a warning on the state, never a guess.

One module an item: iidr (with uaccess, the write handler's
`case`), its, typer2; tree holds the files and shared reading.
"""
from __future__ import annotations

from typing import Mapping

from ingest.extract.vgic.iidr import V2, V3, iidr
from ingest.extract.vgic.its import ITS, its
from ingest.extract.vgic.tree import PATHS, UNKNOWN, Tree
from ingest.extract.vgic.typer2 import TYPER2, typer2
from ingest.facts import Extractor, State

__all__ = ["EXTRACTOR", "PATHS", "extract_vgic"]


def _guard(item: str, fn, *args) -> State | None:
    try:
        return fn(*args)
    except Exception as exc:  # the walk must go on; say what happened
        return State(item, "unknown", UNKNOWN, (f"extractor error: {type(exc).__name__}: {exc}",))


def extract_vgic(files: Mapping[str, str]) -> list[State]:
    tree = Tree.load(files)
    states = [_guard(V2.item, iidr, tree, V2), _guard(V3.item, iidr, tree, V3),
              _guard(ITS, its, tree), _guard(TYPER2, typer2, tree)]
    return [s for s in states if s is not None]


EXTRACTOR = Extractor(name="vgic", paths=PATHS, fn=extract_vgic)
