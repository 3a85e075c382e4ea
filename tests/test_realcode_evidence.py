"""Evidence on Debian's real 6.12 and 7.3 trees (skips cleanly when the
packages cannot be had): a sample of evidence lines against lines read by
hand in those trees (`sed -n Np FILE`; what is on the line is in the
comment), every evidence line of every extractor quotes the line it names,
and which states carry none."""
from __future__ import annotations

import pytest

from ingest.extract.c.csrc import strip_comments
from ingest.extract.firmware import EXTRACTOR as FIRMWARE
from ingest.extract.idregs import EXTRACTOR as IDREGS
from ingest.extract.reglist import EXTRACTOR as REGLIST
from ingest.extract.reglist.timers import EXTRACTOR as TIMERS
from ingest.extract.vgic import EXTRACTOR as VGIC
from kernelsrc import kernel_tree, read_tree

pytestmark = pytest.mark.realcode

VG = "arch/arm64/kvm/vgic/"
HC = "arch/arm64/kvm/hypercalls.c"
PSCI_H = "include/kvm/arm_psci.h"
VGIC_H = "include/kvm/arm_vgic.h"
SR = "arch/arm64/kvm/sys_regs.c"
CPUF = "arch/arm64/kernel/cpufeature.c"
EXTRACTORS = (VGIC, FIRMWARE, TIMERS, REGLIST, IDREGS)

# (item, what, file:line, function): read by hand in each tree.
HAND_READ = {
    "6.12": [
        # vgic_init(): `if (!dist->implementation_rev)` then, line 372:
        ("vgic/v3/IIDR_REVISION", "default", VG + "vgic-init.c:372", "vgic_init"),
        #   dist->implementation_rev = KVM_VGIC_IMP_REV_LATEST;
        ("vgic/v3/IIDR_REVISION", "default", VGIC_H + ":243", None),
        #   #define KVM_VGIC_IMP_REV_LATEST	KVM_VGIC_IMP_REV_3
        ("vgic/v3/IIDR_REVISION", "settable", VG + "vgic-mmio-v3.c:172", "vgic_mmio_uaccess_write_v3_misc"),
        #   case KVM_VGIC_IMP_REV_2:   (under `case GICD_IIDR:` ... `switch (reg) {`)
        ("vgic/v3/IIDR_REVISION", "settable", VG + "vgic-mmio-v3.c:174", "vgic_mmio_uaccess_write_v3_misc"),
        #   dist->implementation_rev = reg;
        ("vgic/v2/IIDR_REVISION", "settable", VG + "vgic-mmio-v2.c:97", "vgic_mmio_uaccess_write_v2_misc"),
        #   case KVM_VGIC_IMP_REV_3:
        ("vgic/its/ABI_REVISION", "default", VG + "vgic-its.c:1932", "vgic_its_create"),
        #   ret = vgic_its_set_abi(its, NR_ITS_ABIS - 1);
        ("vgic/its/ABI_REVISION", "settable", VG + "vgic-its.c:517", "vgic_mmio_uaccess_write_its_iidr"),
        #   if (rev >= NR_ITS_ABIS)
        ("vgic/v3/GICD_TYPER2_nASSGIcap", "default", VG + "vgic-mmio-v3.c:89", "vgic_mmio_read_v3_misc"),
        #   if (kvm_vgic_global_state.has_gicv4_1 && gic_cpuif_has_vsgi())
        ("vgic/v3/GICD_TYPER2_nASSGIcap", "settable", VG + "vgic-mmio-v3.c:162", "vgic_mmio_uaccess_write_v3_misc"),
        #   if (val != vgic_mmio_read_v3_misc(vcpu, addr, len))
        ("fw/PSCI_VERSION", "default", PSCI_H + ":33", "kvm_psci_version"),
        #   return KVM_ARM_PSCI_LATEST;   (inside `if (vcpu_has_feature(vcpu, KVM_ARM_VCPU_PSCI_0_2))`)
        ("fw/PSCI_VERSION", "default", PSCI_H + ":18", None),
        #   #define KVM_ARM_PSCI_LATEST	KVM_ARM_PSCI_1_1
        ("fw/PSCI_VERSION", "settable", HC + ":578", "kvm_arm_set_fw_reg"),
        #   case KVM_ARM_PSCI_1_1:
        ("fw/SMCCC_ARCH_WORKAROUND_2", "default", HC + ":386", None),
        #   KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2,   (in kvm_arm_fw_reg_ids[])
        ("fw/SMCCC_ARCH_WORKAROUND_2", "settable", HC + ":628", "kvm_arm_set_fw_reg"),
        #   if (get_kernel_wa_level(vcpu, reg->id) < wa_level)
        ("fw/STD_BMAP/TRNG_V1_0", "default", HC + ":397", "kvm_arm_init_hypercalls"),
        #   smccc_feat->std_bmap = KVM_ARM_SMCCC_STD_FEATURES;
        ("fw/STD_BMAP/TRNG_V1_0", "settable", HC + ":536", "kvm_arm_set_fw_reg_bmap"),
        #   if (val & ~fw_reg_features)
        ("reglist/CNTV_CTL_EL0", "default", "arch/arm64/kvm/guest.c:595", None),
        #   KVM_REG_ARM_TIMER_CTL,   (first entry of timer_reg_list[])
        ("reglist/PMCR_EL0", "default", SR + ":2665", None),
        #   { PMU_SYS_REG(PMCR_EL0), .access = access_pmcr, .reset = reset_pmcr,
        ("reglist/PMCR_EL0", "default", SR + ":850", "pmu_visibility"),
        #   return REG_HIDDEN;
        ("idreg/ID_AA64PFR0_EL1", "default", SR + ":2427", None),
        #   { SYS_DESC(SYS_ID_AA64PFR0_EL1),
        ("idreg/ID_AA64PFR0_EL1/CSV2", "default", SR + ":1716", "read_sanitised_id_aa64pfr0_el1"),
        #   val &= ~ID_AA64PFR0_EL1_CSV2_MASK;
        ("idreg/ID_AA64PFR0_EL1/CSV2", "settable", CPUF + ":283", None),
        #   ARM64_FTR_BITS(FTR_HIDDEN, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_AA64PFR0_EL1_CSV2_SHIFT, 4, 0),
        ("idreg/ID_AA64PFR0_EL1/SVE", "default", SR + ":1705", "read_sanitised_id_aa64pfr0_el1"),
        #   val &= ~ID_AA64PFR0_EL1_SVE_MASK;
        ("idreg/ID_AA64PFR0_EL1/DIT", "default", CPUF + ":284", None),
        #   ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64PFR0_EL1_DIT_SHIFT, 4, 0),
    ],
    "7.3": [
        ("vgic/v3/IIDR_REVISION", "default", VG + "vgic-init.c:143", "kvm_vgic_create"),
        #   kvm->arch.vgic.implementation_rev = KVM_VGIC_IMP_REV_LATEST;
        ("vgic/v3/IIDR_REVISION", "default", VGIC_H + ":381", None),
        #   #define KVM_VGIC_IMP_REV_LATEST	KVM_VGIC_IMP_REV_3
        ("vgic/v3/IIDR_REVISION", "settable", VG + "vgic-mmio-v3.c:199", "vgic_mmio_uaccess_write_v3_misc"),
        #   case KVM_VGIC_IMP_REV_2:
        ("vgic/v3/IIDR_REVISION", "settable", VG + "vgic-mmio-v3.c:201", "vgic_mmio_uaccess_write_v3_misc"),
        #   dist->implementation_rev = reg;
        ("vgic/its/ABI_REVISION", "default", VG + "vgic-its.c:1935", "vgic_its_create"),
        #   vgic_its_set_abi(its, NR_ITS_ABIS - 1);
        ("vgic/its/ABI_REVISION", "settable", VG + "vgic-its.c:488", "vgic_mmio_uaccess_write_its_iidr"),
        #   vgic_its_set_abi(its, rev);
        ("vgic/v3/GICD_TYPER2_nASSGIcap", "default", VG + "vgic-mmio-v3.c:107", "vgic_mmio_read_v3_misc"),
        #   value = GICD_TYPER2_nASSGIcap;   (under `if (vgic_supports_direct_sgis(vcpu->kvm))`)
        ("vgic/v3/GICD_TYPER2_nASSGIcap", "default", VG + "vgic-init.c:180", "kvm_vgic_create"),
        #   kvm->arch.vgic.nassgicap = system_supports_direct_sgis();
        ("vgic/v3/GICD_TYPER2_nASSGIcap", "settable", VG + "vgic-mmio-v3.c:187", "vgic_mmio_uaccess_write_v3_misc"),
        #   if (!system_supports_direct_sgis() && val)
        ("vgic/v3/GICD_TYPER2_nASSGIcap", "settable", VG + "vgic-mmio-v3.c:190", "vgic_mmio_uaccess_write_v3_misc"),
        #   dist->nassgicap = val & GICD_TYPER2_nASSGIcap;
        ("fw/PSCI_VERSION", "default", PSCI_H + ":35", "kvm_psci_version"),
        #   return KVM_ARM_PSCI_LATEST;
        ("fw/PSCI_VERSION", "default", PSCI_H + ":20", None),
        #   #define KVM_ARM_PSCI_LATEST	KVM_ARM_PSCI_1_3
        ("fw/PSCI_VERSION", "settable", HC + ":594", "kvm_arm_set_fw_reg"),
        #   case KVM_ARM_PSCI_1_3:
        ("fw/SMCCC_ARCH_WORKAROUND_1", "default", HC + ":391", None),
        #   KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1,
        ("fw/SMCCC_ARCH_WORKAROUND_1", "settable", HC + ":608", "kvm_arm_set_fw_reg"),
        #   if (get_kernel_wa_level(vcpu, reg->id) < val)
        ("fw/STD_BMAP/TRNG_V1_0", "default", HC + ":12", None),
        #   #define KVM_ARM_SMCCC_STD_FEATURES				\
        ("fw/STD_BMAP/TRNG_V1_0", "settable", HC + ":531", "kvm_arm_set_fw_reg_bmap"),
        #   fw_reg_features = KVM_ARM_SMCCC_STD_FEATURES;
        ("reglist/ZCR_EL1", "default", SR + ":3481", None),
        #   { SYS_DESC(SYS_ZCR_EL1), NULL, reset_val, ZCR_EL1, 0, .visibility = sve_visibility },
        ("reglist/ZCR_EL1", "default", SR + ":2110", "sve_visibility"),
        #   return REG_HIDDEN;
        ("idreg/ID_AA64PFR0_EL1", "settable", SR + ":3375", None),
        #   ID_FILTERED(ID_AA64PFR0_EL1, id_aa64pfr0_el1,
        ("idreg/ID_AA64PFR0_EL1/CSV2", "default", SR + ":2145", "sanitise_id_aa64pfr0_el1"),
        #   val &= ~ID_AA64PFR0_EL1_CSV2_MASK;   (7.x: a sanitise_<reg>() helper of the read switch)
        ("idreg/ID_AA64PFR0_EL1/SVE", "default", SR + ":2134", "sanitise_id_aa64pfr0_el1"),
        #   val &= ~ID_AA64PFR0_EL1_SVE_MASK;
        ("idreg/ID_AA64PFR0_EL1/DIT", "settable", CPUF + ":296", None),
        #   ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64PFR0_EL1_DIT_SHIFT, 4, 0),
    ],
}


@pytest.fixture(scope="module", params=sorted(HAND_READ))
def tree(request):
    root = kernel_tree(request.param)
    files = read_tree(root, tuple(dict.fromkeys(p for ext in EXTRACTORS for p in ext.paths)))
    states = {s.item: s for ext in EXTRACTORS for s in ext(files)}
    return request.param, files, states


def test_sample_matches_the_lines_read_by_hand(tree):
    version, _, states = tree
    for item, what, where, function in HAND_READ[version]:
        found = {(e.what, f"{e.file}:{e.line}", e.function) for e in states[item].evidence}
        assert (what, where, function) in found, (version, item, sorted(found))


def test_every_evidence_quotes_its_own_line(tree):
    version, files, states = tree
    for s in states.values():
        for e in s.evidence:
            line = strip_comments(files[e.file]).split("\n")[e.line - 1]
            assert " ".join(line.split()) == e.text, (version, s.item, e)


def test_every_state_read_carries_evidence(tree):
    version, _, states = tree
    states = {i: s for i, s in states.items() if not i.startswith("idreg/")}
    assert states and all(s.evidence for s in states.values() if not s.warnings), version
    # A bitmap kvm_arm_init_hypercalls never assigns (zero, like all of struct kvm):
    # no line decides its default, its settable set still has its lines.
    for s in states.values():
        if not any(e.what == "default" for e in s.evidence):
            assert s.item.startswith("fw/VENDOR_HYP_BMAP_2/") and s.default == "clear", (version, s.item)


def test_every_id_register_state_says_where_its_default_was_decided(tree):
    # Fields the host's arm64_ftr_bits leave out point at the table that lacks
    # them; fields of a register hidden whole at its entry or visibility callback.
    version, _, states = tree
    idregs = [s for i, s in states.items() if i.startswith("idreg/")]
    assert idregs and [s.item for s in idregs if not any(e.what == "default" for e in s.evidence)] == []
    writable = [s for s in idregs if set(s.settable) & {"lower-safe", "higher-safe", "exact"}]
    assert writable and all(any(e.file == CPUF for e in s.evidence if e.what == "settable") for s in writable)
