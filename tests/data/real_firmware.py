"""Firmware states expected at v6.1, v6.12 and v7.3, read by hand from Debian's
linux-source-6.1 / -6.12 / -7.3 (versions pinned in tests/kernelsrc.py; the
watched paths in ~/.cache/guestabi).

EXPECTED[tag][item] = (default, settable). INDEX[tag][item] = the KVM index
in the state's extra (also in tools/testing/selftests/kvm/aarch64/
get-reg-list.c base_regs: KVM_REG_ARM_FW_REG(0..3), KVM_REG_ARM_FW_FEAT_BMAP_REG(0..2)).
"""

_V6_1 = {
    # include/kvm/arm_psci.h: kvm_psci_version() returns KVM_ARM_PSCI_LATEST for a
    # vCPU with KVM_ARM_VCPU_PSCI_0_2 unless userspace chose one; _LATEST is
    # KVM_ARM_PSCI_1_1 = PSCI_VERSION(1, 1). hypercalls.c kvm_arm_set_fw_reg,
    # case KVM_REG_ARM_PSCI_VERSION, switch (val): KVM_ARM_PSCI_0_2/1_0/1_1 are
    # stored when wants_02, KVM_ARM_PSCI_0_1 is refused (-EINVAL) when wants_02.
    "fw/PSCI_VERSION": ("1.1", ("0.2", "1.0", "1.1")),
    # hypercalls.c kvm_arm_fw_reg_ids[] lists WORKAROUND_1/2/3; kvm_arm_set_fw_reg
    # refuses a level above get_kernel_wa_level(reg->id) (WA_2 after narrowing
    # its four levels to NOT_AVAIL/NOT_REQUIRED).
    "fw/SMCCC_ARCH_WORKAROUND_1": ("present", ("lower-safe",)),
    "fw/SMCCC_ARCH_WORKAROUND_2": ("present", ("lower-safe",)),
    "fw/SMCCC_ARCH_WORKAROUND_3": ("present", ("lower-safe",)),
    # uapi asm/kvm.h: KVM_REG_ARM_STD_BMAP = KVM_REG_ARM_FW_FEAT_BMAP_REG(0),
    # STD_HYP_BMAP (1), VENDOR_HYP_BMAP (2), all three in kvm_arm_fw_reg_ids[].
    "fw/STD_BMAP": ("present", ("none",)),
    "fw/STD_HYP_BMAP": ("present", ("none",)),
    "fw/VENDOR_HYP_BMAP": ("present", ("none",)),
    # Bits (uapi enums KVM_REG_ARM_STD_BIT_TRNG_V1_0 = 0, KVM_REG_ARM_STD_HYP_BIT_PV_TIME
    # = 0, KVM_REG_ARM_VENDOR_HYP_BIT_FUNC_FEAT = 0, _PTP = 1): kvm_arm_init_hypercalls
    # stores KVM_ARM_SMCCC_*_FEATURES = GENMASK(<..>_BMAP_BIT_COUNT - 1, 0), every bit
    # set; kvm_arm_set_fw_reg_bmap refuses `val & ~fw_reg_features` and, once the VM
    # has run (KVM_ARCH_FLAG_HAS_RAN_ONCE), any change: any subset before the first run.
    "fw/STD_BMAP/TRNG_V1_0": ("set", ("clear", "set")),
    "fw/STD_HYP_BMAP/PV_TIME": ("set", ("clear", "set")),
    "fw/VENDOR_HYP_BMAP/FUNC_FEAT": ("set", ("clear", "set")),
    "fw/VENDOR_HYP_BMAP/PTP": ("set", ("clear", "set")),
}

# v6.12: same values. The code moved around them (kvm_hvc_call_handler became
# kvm_smccc_call_handler with the SMCCC filter, vcpu_has_feature() replaced
# test_bit(), kvm_vm_has_ran_once() the flag test) but no firmware item
# changed; VENDOR_HYP_BMAP_2 only arrives in v6.16.
_V6_12 = dict(_V6_1)

# v7.3 (linux-source-7.3 7.3.4-1~bpo13+1):
_V7_3 = {
    **_V6_1,
    # include/kvm/arm_psci.h line 20: KVM_ARM_PSCI_LATEST = KVM_ARM_PSCI_1_3, returned by
    # kvm_psci_version() (line 35) unless userspace chose one; hypercalls.c
    # kvm_arm_set_fw_reg() `case KVM_REG_ARM_PSCI_VERSION` (line 578): 0.2, 1.0, 1.1, 1.2, 1.3
    # stored when wants_02 (lines 590-598), 0.1 refused when wants_02 (line 586).
    "fw/PSCI_VERSION": ("1.3", ("0.2", "1.0", "1.1", "1.2", "1.3")),
    # hypercalls.c kvm_arm_fw_reg_ids[] line 397: KVM_REG_ARM_VENDOR_HYP_BMAP_2 =
    # KVM_REG_ARM_FW_FEAT_BMAP_REG(3) (uapi asm/kvm.h line 388), read/written like the others.
    "fw/VENDOR_HYP_BMAP_2": ("present", ("none",)),
    # uapi asm/kvm.h lines 391-392: KVM_REG_ARM_VENDOR_HYP_BIT_DISCOVER_IMPL_VER = 0,
    # _DISCOVER_IMPL_CPUS = 1. kvm_arm_init_hypercalls() (hypercalls.c line 400) sets
    # std/std_hyp/vendor_hyp bitmaps only: vendor_hyp_bmap_2 stays 0 (clear);
    # kvm_arm_set_fw_reg_bmap() (line 520) takes any subset of
    # KVM_ARM_SMCCC_VENDOR_HYP_FEATURES_2 (line 18) before the first run.
    "fw/VENDOR_HYP_BMAP_2/DISCOVER_IMPL_VER": ("clear", ("clear", "set")),
    "fw/VENDOR_HYP_BMAP_2/DISCOVER_IMPL_CPUS": ("clear", ("clear", "set")),
}

EXPECTED = {"v6.1": _V6_1, "v6.12": _V6_12, "v7.3": _V7_3}

_INDEX = {
    "fw/PSCI_VERSION": "0x6030000000140000",
    "fw/SMCCC_ARCH_WORKAROUND_1": "0x6030000000140001",
    "fw/SMCCC_ARCH_WORKAROUND_2": "0x6030000000140002",
    "fw/SMCCC_ARCH_WORKAROUND_3": "0x6030000000140003",
    "fw/STD_BMAP": "0x6030000000160000",
    "fw/STD_HYP_BMAP": "0x6030000000160001",
    "fw/VENDOR_HYP_BMAP": "0x6030000000160002",
}

INDEX = {"v6.1": _INDEX, "v6.12": dict(_INDEX),
         # 7.3's selftest tools/testing/selftests/kvm/arm64/get-reg-list.c line 353 lists FEAT_BMAP_REG(3).
         "v7.3": {**_INDEX, "fw/VENDOR_HYP_BMAP_2": "0x6030000000160003"}}
