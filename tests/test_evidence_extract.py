"""The vGIC and firmware extractors say where each value was read, on
kernel-shaped files of our own writing (ingest/demo/shapes): every evidence
line is the line it quotes, in the function it names, and the lines that
decide the values are the ones a reader would point at."""
from __future__ import annotations

import re

import pytest

from ingest.demo.shapes.firmware import ERAS as FW_ERAS
from ingest.demo.shapes.firmware import firmware_files
from ingest.demo.shapes.vgic import ERAS as VGIC_ERAS
from ingest.demo.shapes.vgic import vgic_files
from ingest.extract.c.csrc import functions, strip_comments
from ingest.extract.firmware import extract_firmware
from ingest.extract.vgic import extract_vgic

V3 = "vgic/v3/IIDR_REVISION"


def _line(files, e) -> str:
    """The evidence's line as the file has it, comments out, blanks collapsed."""
    return " ".join(strip_comments(files[e.file]).split("\n")[e.line - 1].split())


def assert_truthful(files, states):
    """Each evidence quotes its own line, inside the function it names."""
    for s in states:
        for e in s.evidence:
            assert e.what in ("default", "settable")
            assert e.text and _line(files, e) == e.text, (s.item, e)
            if e.function is not None:
                body = functions(strip_comments(files[e.file])).get(e.function)
                assert body is not None and e.text.split()[0] in body, (s.item, e)


def by_item(states):
    return {s.item: s for s in states}


def texts(state, what):
    return [e.text for e in state.evidence if e.what == what]


@pytest.mark.parametrize("era", VGIC_ERAS)
def test_vgic_evidence_is_truthful_in_every_era(era):
    files = vgic_files(era)
    states = extract_vgic(files)
    assert_truthful(files, states)
    assert all(any(e.what == "default" for e in s.evidence) for s in states), era


@pytest.mark.parametrize("era", FW_ERAS)
def test_firmware_evidence_is_truthful_in_every_era(era):
    files = firmware_files(era)
    states = extract_firmware(files)
    assert_truthful(files, states)
    unassigned = {s.item for s in states if s.default == "clear"}  # a bitmap never assigned: no line decides it
    assert all(any(e.what == "default" for e in s.evidence) for s in states if s.item not in unassigned)


def test_iidr_default_from_kvm_vgic_create_and_the_latest_define():
    s = by_item(extract_vgic(vgic_files("v6.17")))[V3]
    first, define = [e for e in s.evidence if e.what == "default"]
    assert (first.file, first.function) == ("arch/arm64/kvm/vgic/vgic-init.c", "kvm_vgic_create")
    assert first.text == "kvm->arch.vgic.implementation_rev = KVM_VGIC_IMP_REV_LATEST;"
    assert define.file == "include/kvm/arm_vgic.h" and define.function is None
    assert define.text.startswith("#define KVM_VGIC_IMP_REV_LATEST")


def test_iidr_settable_from_the_uaccess_write_case():
    s = by_item(extract_vgic(vgic_files("v6.0", accepted=(1, 2, 3))))[V3]
    settable = [e for e in s.evidence if e.what == "settable"]
    assert {e.function for e in settable} == {"vgic_mmio_uaccess_write_v3_misc"}
    assert [e.text for e in settable] == ["case KVM_VGIC_IMP_REV_1:", "case KVM_VGIC_IMP_REV_2:",
                                         "case KVM_VGIC_IMP_REV_3:", "dist->implementation_rev = reg;"]
    assert [e.line for e in settable] == sorted(e.line for e in settable)


def test_v4_19_exact_match_write_and_literal_init():
    s = by_item(extract_vgic(vgic_files("v4.19")))[V3]
    assert texts(s, "default") == ["dist->implementation_rev = 2;"]
    assert texts(s, "settable") == ["if (val != vgic_mmio_read_v3_misc(vcpu, addr, len))"]


def test_literal_revision_points_at_the_revision_field():
    s = by_item(extract_vgic(vgic_files("literal-rev1")))[V3]
    assert texts(s, "default") == ["(1 << GICD_IIDR_REVISION_SHIFT) |"]
    assert s.evidence[0].function == "vgic_mmio_read_v3_misc"


def test_lines_follow_the_file_when_code_moves():
    files = vgic_files("v6.17")
    path = "arch/arm64/kvm/vgic/vgic-init.c"
    before = by_item(extract_vgic(files))[V3].evidence[0]
    moved = {**files, path: "/*\n * three more\n * lines\n */\n" + files[path]}
    after = by_item(extract_vgic(moved))[V3]
    assert after.evidence[0].line == before.line + 4 and after.evidence[0].text == before.text
    assert after.same_view(by_item(extract_vgic(files))[V3])


def test_no_evidence_for_a_value_not_read():
    files = vgic_files("v6.17")
    path = "arch/arm64/kvm/vgic/vgic-init.c"
    broken = {**files, path: files[path].replace("implementation_rev = ", "implementation_rev == ")}
    s = by_item(extract_vgic(broken))[V3]
    assert s.default == "unknown" and s.warnings and s.evidence == ()


def test_typer2_host_default_and_write():
    s = by_item(extract_vgic(vgic_files("v6.17")))["vgic/v3/GICD_TYPER2_nASSGIcap"]
    assert "kvm->arch.vgic.nassgicap = system_supports_direct_sgis();" in texts(s, "default")
    assert texts(s, "settable")[-1].startswith("dist->nassgicap = val")


def test_its_default_from_vgic_its_create_and_the_bound_check():
    s = by_item(extract_vgic(vgic_files("v6.0")))["vgic/its/ABI_REVISION"]
    assert [e.function for e in s.evidence] == ["vgic_its_create", "vgic_mmio_uaccess_write_its_iidr",
                                                "vgic_mmio_uaccess_write_its_iidr"]
    assert re.search(r"NR_ITS_ABIS\s*-\s*1", texts(s, "default")[0])
    assert texts(s, "settable")[0] == "if (rev >= NR_ITS_ABIS)"


def test_psci_default_return_and_accepted_cases():
    s = by_item(extract_firmware(firmware_files("hypercalls-bitmaps")))["fw/PSCI_VERSION"]
    ret, define = [e for e in s.evidence if e.what == "default"]
    assert (ret.function, ret.text) == ("kvm_psci_version", "return KVM_ARM_PSCI_LATEST;")
    assert define.text.startswith("#define KVM_ARM_PSCI_LATEST")
    assert texts(s, "settable") == ["case KVM_ARM_PSCI_0_2:", "case KVM_ARM_PSCI_1_0:", "case KVM_ARM_PSCI_1_1:"]
    assert {e.function for e in s.evidence if e.what == "settable"} == {"kvm_arm_set_fw_reg"}


def test_a_refused_psci_case_is_not_evidence():
    s = by_item(extract_firmware(firmware_files("hypercalls-bitmaps")))["fw/PSCI_VERSION"]
    assert "0.1" not in s.settable and "case KVM_ARM_PSCI_0_1:" not in texts(s, "settable")


def test_workaround_listed_and_its_write_rule():
    got = by_item(extract_firmware(firmware_files("psci-fwregs")))
    wa = got["fw/SMCCC_ARCH_WORKAROUND_1"]
    assert texts(wa, "default")[0].startswith("if (put_user(KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1,")
    assert wa.evidence[0].function == "kvm_arm_copy_fw_reg_indices"
    assert texts(wa, "settable") == ["if (get_kernel_wa_level(vcpu, reg->id) < val)"]
    later = by_item(extract_firmware(firmware_files("hypercalls-bitmaps")))["fw/SMCCC_ARCH_WORKAROUND_1"]
    assert texts(later, "default") == ["KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1,"]  # the kvm_arm_fw_reg_ids[] entry


def test_bitmap_bit_default_and_write_mask():
    s = by_item(extract_firmware(firmware_files("hypercalls-bitmaps")))["fw/STD_BMAP/TRNG_V1_0"]
    init, define = [e for e in s.evidence if e.what == "default"]
    assert init.function == "kvm_arm_init_hypercalls" and init.text.endswith("= KVM_ARM_SMCCC_STD_FEATURES;")
    assert define.text.startswith("#define KVM_ARM_SMCCC_STD_FEATURES")
    mask, check = [e for e in s.evidence if e.what == "settable"]
    assert mask.text.endswith("= KVM_ARM_SMCCC_STD_FEATURES;") and check.text.startswith("if (val & ~")


def test_legacy_service_from_its_dispatcher_case():
    got = by_item(extract_firmware(firmware_files("psci-fwregs", services=("TRNG",))))
    s = got["fw/STD_BMAP/TRNG_V1_0"]
    assert texts(s, "default") == ["case ARM_SMCCC_TRNG_VERSION:"]
    assert s.evidence[0].function in ("kvm_hvc_call_handler", "kvm_smccc_call_handler")
