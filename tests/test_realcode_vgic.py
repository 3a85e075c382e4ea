"""The vGIC extractor on Debian's real 6.1, 6.12 and 7.3 trees (skips cleanly when
the packages cannot be had); expectations live in tests/data/real_vgic.py."""
from __future__ import annotations

import pytest

from data import real_vgic
from ingest.extract.vgic import EXTRACTOR
from kernelsrc import kernel_tree, read_tree

pytestmark = pytest.mark.realcode


@pytest.fixture(scope="module", params=sorted(real_vgic.DEBIAN))
def release(request):
    return request.param, read_tree(kernel_tree(request.param), EXTRACTOR.paths)


def test_every_vgic_state_matches_the_code(release):
    version, files = release
    got = {s.item: (s.default, s.settable) for s in EXTRACTOR(files)}
    assert got == real_vgic.DEBIAN[version]


def test_real_code_reads_without_warnings(release):
    _, files = release
    assert {s.item: s.warnings for s in EXTRACTOR(files)} == {
        item: () for item in real_vgic.DEBIAN["6.1"]}


def test_real_code_uses_the_post_v5_8_layout(release):
    _, files = release
    assert "arch/arm64/kvm/vgic/vgic-mmio-v3.c" in files
    assert not any(p.startswith("virt/kvm/arm/") for p in files)


def test_mainline_bug_shape_on_real_text(release):
    # The same real file with mainline's `reg` source: writes restore nothing.
    version, files = release
    path = "arch/arm64/kvm/vgic/vgic-mmio-v3.c"
    text = files[path].replace("FIELD_GET(GICD_IIDR_REVISION_MASK, val)",
                               "FIELD_GET(GICD_IIDR_REVISION_MASK, reg)")
    assert text != files[path]
    states = {s.item: s for s in EXTRACTOR({**files, path: text})}
    v3 = states["vgic/v3/IIDR_REVISION"]
    assert (v3.default, v3.settable) == real_vgic.MAINLINE[f"v{version}"]["vgic/v3/IIDR_REVISION"]
    assert "current value" in v3.warnings[0]
    v2 = states["vgic/v2/IIDR_REVISION"]
    assert (v2.default, v2.settable, v2.warnings) == ("3", ("2", "3"), ())


def test_truncated_real_handler_is_a_warning_not_a_guess(release):
    _, files = release
    path = "arch/arm64/kvm/vgic/vgic-mmio-v2.c"
    text = files[path]
    cut = text.index("case KVM_VGIC_IMP_REV_3:", text.index("vgic_mmio_uaccess_write_v2_misc"))
    states = {s.item: s for s in EXTRACTOR({**files, path: text[:cut]})}
    v2 = states["vgic/v2/IIDR_REVISION"]
    assert v2.settable == ("unknown",) and v2.warnings
    assert states["vgic/v3/IIDR_REVISION"].settable == ("2", "3")
