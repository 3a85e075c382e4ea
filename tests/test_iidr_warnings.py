"""The vGIC IIDR reader's warnings, word for word: each names the file,
the function or case it could not read, and why (a warning is the
product's message to whoever reads the state)."""
from __future__ import annotations

import pytest

from ingest.extract.vgic import extract_vgic
from ingest.demo.shapes.vgic import HEADER, vgic_files

ARCH = "arch/arm64/kvm/vgic/"
V2, V3 = "vgic/v2/IIDR_REVISION", "vgic/v3/IIDR_REVISION"
TRUNC = "the file looks truncated (unbalanced or ends mid-statement)"


def _cut(path, at, extra=0):
    def mangle(files):
        files[path] = files[path][:files[path].index(at) + extra]
    return mangle


def _replace(path, old, new):
    def mangle(files):
        files[path] = files[path].replace(old, new)
    return mangle


def _drop(path):
    def mangle(files):
        del files[path]
    return mangle


def _legacy_unreadable(files):
    for path in [p for p in files if p.endswith("emul.c")]:
        files[path] = files[path].replace("PRODUCT_ID_KVM", "MYSTERY_ID").replace("0x", "0y")


CASES = [
    ("uaccess handler cut short", "v6.0", _cut(ARCH + "vgic-mmio-v3.c", "case KVM_VGIC_IMP_REV_3:"), V3,
     ("3", ("unknown",), (f"{ARCH}vgic-mmio-v3.c: {TRUNC}",
                          f"{ARCH}vgic-mmio-v3.c: vgic_mmio_uaccess_write_v3_misc() is referenced but unreadable"))),
    ("read function cut short", "v6.0", _cut(ARCH + "vgic-mmio-v2.c", "case GIC_DIST_IIDR:", 40), V2,
     ("unknown", ("unknown",), (f"{ARCH}vgic-mmio-v2.c: {TRUNC}",
                                f"{ARCH}vgic-mmio-v2.c: no readable `case GIC_DIST_IIDR` value in vgic_mmio_read_v2_misc()"))),
    ("unknown macro for the default", "v6.0",
     _replace(HEADER, "KVM_VGIC_IMP_REV_LATEST\tKVM_VGIC_IMP_REV_3", "KVM_VGIC_IMP_REV_LATEST\tKVM_VGIC_IMP_REV_NEXT"), V3,
     ("unknown", ("unknown",),
      (f"{ARCH}vgic-init.c vgic_init(): cannot evaluate implementation_rev = KVM_VGIC_IMP_REV_LATEST",))),
    ("no vgic-init.c", "v6.0", _drop(ARCH + "vgic-init.c"), V2,
     ("unknown", ("unknown",), ("vgic-init.c missing: cannot tell where implementation_rev is set",))),
    ("old vgic, v2 unreadable", "legacy", _legacy_unreadable, V2,
     ("unknown", ("unknown",), ("virt/kvm/arm/vgic-v2-emul.c: no readable IIDR value in handle_mmio_misc()",))),
    ("old vgic, v3 unreadable", "legacy", _legacy_unreadable, V3,
     ("unknown", ("unknown",), ("virt/kvm/arm/vgic-v3-emul.c: no readable IIDR value in handle_mmio_iidr()",))),
]


@pytest.mark.parametrize("name,era,mangle,item,expected", CASES, ids=[c[0] for c in CASES])
def test_iidr_warning_text(name, era, mangle, item, expected):
    files = vgic_files(era)
    mangle(files)
    state = {s.item: s for s in extract_vgic(files)}[item]
    assert (state.default, state.settable, state.warnings) == expected


@pytest.mark.parametrize("era", ["legacy", "v6.0"])
def test_readable_eras_warn_nothing(era):
    assert all(s.warnings == () for s in extract_vgic(vgic_files(era)))
