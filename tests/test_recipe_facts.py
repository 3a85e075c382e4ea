"""The facts app/recipe_targets.py states, checked against the real kernel
trees: the uapi numbers (vCPU features, capabilities, register indices,
device attribute groups and offsets) and each stage's evidence inside the
function it names."""
from __future__ import annotations

import re

import pytest

from app.recipe_targets import DIST_REGS, FEATURES, ITS_REGS, STAGES, SYSREG_BASE, VGIC, sysreg_index
from kernelsrc import kernel_tree

pytestmark = pytest.mark.realcode
UAPI = "arch/arm64/include/uapi/asm/kvm.h"


@pytest.fixture(scope="module", params=["6.12", "7.3"])
def tree(request):
    return kernel_tree(request.param)


def defines(text: str) -> dict[str, str]:
    return dict(re.findall(r"^#define\s+(\w+)\s+(\S+)", text, re.M))


def test_feature_numbers_are_the_uapi_ones(tree):
    found = {**defines((tree / UAPI).read_text()), **defines((tree / "include/uapi/linux/kvm.h").read_text())}
    for kind, names, numbers, _stage in FEATURES.values():
        for name, number in zip(names, numbers):
            if name not in found:  # newer than this tree (HAS_EL2_E2H0 is not in 6.12): the newest has it
                assert tree.name != "linux-7.3", name
                continue
            assert int(found[name]) == number, name
        if kind == "device":
            assert all(name in found for name in names)


def test_device_attribute_groups_and_offsets(tree):
    found = defines((tree / UAPI).read_text())
    assert (found[DIST_REGS], found[ITS_REGS]) == ("1", "8")
    gic = defines((tree / "include/linux/irqchip/arm-gic-v3.h").read_text())
    offsets = {"GICD_IIDR": gic["GICD_IIDR"], "GITS_IIDR": gic["GITS_IIDR"], "GICD_TYPER2": gic["GICD_TYPER2"]}
    for where in VGIC.values():
        assert int(offsets[where.target["register"]], 16) == int(where.target["attr"], 16)
    assert (gic["GICD_IIDR_REVISION_SHIFT"], gic["GITS_IIDR_REV_SHIFT"]) == ("12", "12")
    text = (tree / "include/linux/irqchip/arm-gic-v3.h").read_text()
    bit = re.search(r"#define\s+GICD_TYPER2_nASSGIcap\s+\(1U?\s*<<\s*(\d+)\)", text)
    assert VGIC["vgic/v3/GICD_TYPER2_nASSGIcap"].mask == 1 << int(bit.group(1))


def test_sysreg_index_is_arm64_sys_reg(tree):
    """ID_AA64PFR0_EL1 is S3_0_C0_C4_0; the selftest's reg list names its index."""
    assert sysreg_index(3, 0, 0, 4, 0) == "0x603000000013c020"
    assert SYSREG_BASE == 0x6030000000130000
    lists = [p.read_text() for p in (tree / "tools/testing/selftests/kvm").rglob("get-reg-list.c")]
    assert any("ARM64_SYS_REG(3, 0, 0, 4, 0),\t/* ID_AA64PFR0_EL1 */" in text for text in lists)


def function_body(text: str, name: str) -> str | None:
    m = re.search(r"^[\w\s\*]*\b%s\s*\([^;{]*\)\s*\{" % re.escape(name), text, re.M)
    if not m:
        return None
    depth, i = 0, m.end() - 1
    for j in range(i, len(text)):
        depth += {"{": 1, "}": -1}.get(text[j], 0)
        if depth == 0:
            return text[i:j + 1]
    return None


def test_gicd_iidr_before_vgic_init_is_newer_code(tree):
    """Why the vgic_init stage says "once initialised" with an exception:
    v6.12 refuses every distributor register before init, v7.3 lets
    GICD_IIDR through (reg_allowed_pre_init)."""
    body = function_body((tree / "arch/arm64/kvm/vgic/vgic-kvm-device.c").read_text(), "vgic_v3_attr_regs_access")
    assert ("reg_allowed_pre_init(attr)" in body) == (tree.name == "linux-7.3")


def test_each_stage_rule_is_in_the_code_it_names(tree):
    for stage in STAGES.values():
        for path, function, needle in stage.evidence:
            body = function_body((tree / path).read_text(), function)
            assert body is not None, (stage.id, path, function)
            assert needle in body, (stage.id, function, needle)
