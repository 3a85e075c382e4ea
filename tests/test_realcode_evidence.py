"""Evidence on Debian's real 6.12 and 7.3 trees (skips cleanly when the
packages cannot be had): a sample of evidence lines against lines read by
hand in those trees (`sed -n Np FILE`; what is on the line is in the
comment), and every evidence line of the vGIC and firmware states quotes
the line it names."""
from __future__ import annotations

import pytest

from ingest.extract.c.csrc import strip_comments
from ingest.extract.firmware import EXTRACTOR as FIRMWARE
from ingest.extract.vgic import EXTRACTOR as VGIC
from kernelsrc import kernel_tree, read_tree

pytestmark = pytest.mark.realcode

VG = "arch/arm64/kvm/vgic/"
HC = "arch/arm64/kvm/hypercalls.c"
PSCI_H = "include/kvm/arm_psci.h"
VGIC_H = "include/kvm/arm_vgic.h"

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
    ],
}


@pytest.fixture(scope="module", params=sorted(HAND_READ))
def tree(request):
    root = kernel_tree(request.param)
    files = read_tree(root, tuple(dict.fromkeys(VGIC.paths + FIRMWARE.paths)))
    states = {s.item: s for ext in (VGIC, FIRMWARE) for s in ext(files)}
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
    assert states and all(s.evidence for s in states.values() if not s.warnings), version
    # A bitmap kvm_arm_init_hypercalls never assigns (zero, like all of struct kvm):
    # no line decides its default, its settable set still has its lines.
    for s in states.values():
        if not any(e.what == "default" for e in s.evidence):
            assert s.item.startswith("fw/VENDOR_HYP_BMAP_2/") and s.default == "clear", (version, s.item)
