"""Every extractor says where each value was read, on
kernel-shaped files of our own writing (ingest/demo/shapes): every evidence
line is the line it quotes, in the function it names, and the lines that
decide the values are the ones a reader would point at."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest

from ingest.demo.shapes.firmware import ERAS as FW_ERAS
from ingest.demo.shapes.firmware import firmware_files
from ingest.demo.shapes.idregs import ERAS as ID_ERAS
from ingest.demo.shapes.idregs import idreg_files
from ingest.demo.shapes.vgic import ERAS as VGIC_ERAS
from ingest.demo.shapes.vgic import vgic_files
from ingest.extract.c.csrc import functions, strip_comments
from ingest.extract.firmware import extract_firmware
from ingest.extract.idregs import extract_idregs
from ingest.extract.reglist import extract_reglist
from ingest.extract.reglist.timers import GUEST_C, extract_timers
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


# --- the register list, timers and ID registers (ingest/demo/shapes/idregs.py) ----


PFR0 = "idreg/ID_AA64PFR0_EL1"


@pytest.mark.parametrize("era", ID_ERAS)
def test_idreg_and_reglist_evidence_is_truthful_in_every_era(era):
    files = idreg_files(era)
    for states in (extract_idregs(files), extract_reglist(files)):
        assert_truthful(files, states)
        assert all(any(e.what == "default" for e in s.evidence) for s in states), era


def test_a_host_field_points_at_its_arm64_ftr_bits_entry():
    s = by_item(extract_idregs(idreg_files("writable")))[PFR0 + "/CSV2"]
    host = [e for e in s.evidence if e.what == "default"]
    assert [e.file for e in host] == ["arch/arm64/kernel/cpufeature.c"]
    assert re.fullmatch(r"ARM64_FTR_BITS\(.*FTR_LOWER_SAFE, 56, 4, 0\),", host[0].text)  # CSV2 is [59:56]
    settable = [e for e in s.evidence if e.what == "settable"]
    assert settable[0].text.startswith("ID_WRITABLE(ID_AA64PFR0_EL1,")  # the writable mask
    assert settable[1] == replace(host[0], what="settable")  # the safety rule (FTR_LOWER_SAFE)


def test_a_field_kvm_hides_points_at_the_read_function():
    s = by_item(extract_idregs(idreg_files("writable")))[PFR0 + "/SVE"]
    (e,) = s.evidence
    assert (e.what, e.function, e.text) == ("default", "__kvm_read_sanitised_id_reg", "val &= ~ID_AA64PFR0_EL1_SVE_MASK;")


def test_seven_x_sanitise_helper_and_feature_dependency():
    got = by_item(extract_idregs(idreg_files("sanitise")))
    csv2 = got[PFR0 + "/CSV2"].evidence[0]
    assert (csv2.function, csv2.text) == ("sanitise_id_aa64pfr0_el1", "val &= ~ID_AA64PFR0_EL1_CSV2_MASK;")
    simd = got[PFR0 + "/AdvSIMD"].evidence[0]
    assert (simd.file, simd.text) == ("arch/arm64/kvm/config.c", "NEEDS_FEAT(ID_AA64PFR0_EL1_AdvSIMD, feat_simd),")


def test_custom_set_function_values_point_at_the_set_function():
    s = by_item(extract_idregs(idreg_files("switch")))[PFR0 + "/CSV2"]
    assert s.settable == ("0", "1")
    (e,) = [e for e in s.evidence if e.what == "settable"]
    assert e.function == "set_id_aa64pfr0_el1" and "ID_AA64PFR0_EL1_CSV2_SHIFT" in e.text


def test_reglist_entry_and_visibility_lines():
    got = by_item(extract_reglist(idreg_files("writable")))
    vis = [s for s in got.values() if s.default.startswith("vcpu-feature:")]
    assert vis
    for s in vis:
        table, hiding = s.evidence
        assert table.function is None and s.item.split("/")[1] in table.text  # its sys_reg_descs[] item
        assert hiding.function and "REG_HIDDEN" in hiding.text


def test_timer_registers_point_at_guest_c():
    files = {GUEST_C: "static const u64 timer_reg_list[] = {\n\tKVM_REG_ARM_TIMER_CTL,\n\tKVM_REG_ARM_TIMER_CNT,\n};\n",
             "arch/arm64/include/uapi/asm/kvm.h":
             "#define KVM_REG_ARM_TIMER_CTL\tARM64_SYS_REG(3, 3, 14, 3, 1)\n"
             "#define KVM_REG_ARM_TIMER_CNT\tARM64_SYS_REG(3, 3, 14, 3, 2)\n"}
    got = by_item(extract_timers(files))
    assert [(e.line, e.text) for e in got["reglist/CNTV_CTL_EL0"].evidence] == [(2, "KVM_REG_ARM_TIMER_CTL,")]
    assert [(e.line, e.text) for e in got["reglist/CNTV_CVAL_EL0"].evidence] == [(3, "KVM_REG_ARM_TIMER_CNT,")]
    old = {**files, GUEST_C: "static int copy_timer_indices(struct kvm_vcpu *vcpu, u64 __user *uindices)\n{\n"
           "\tif (put_user(KVM_REG_ARM_TIMER_CNT, uindices))\n\t\treturn -EFAULT;\n\treturn 0;\n}\n"}
    (e,) = by_item(extract_timers(old))["reglist/CNTV_CVAL_EL0"].evidence
    assert (e.line, e.function) == (3, "copy_timer_indices")
