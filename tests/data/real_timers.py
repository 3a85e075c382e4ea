"""Timer registers in KVM_GET_REG_LIST, read in Debian's trees.

v6.1 (linux-source 6.1.192-3): arch/arm64/kvm/guest.c copy_timer_indices()
puts KVM_REG_ARM_TIMER_CTL, _CNT, _CVAL; uapi kvm.h encodes them as
(3,3,14,3,1), (3,3,14,3,2) and (3,3,14,0,2) (CNT and CVAL swapped), as the
selftest's get-reg-list.c lists them.
v6.12 (linux-source 6.12.118-1~deb12u1): guest.c timer_reg_list[] adds the physical
timer, KVM_REG_ARM_PTIMER_CTL/_CNT/_CVAL = (3,3,14,2,1), (3,3,14,0,1),
(3,3,14,2,2); get-reg-list.c lists those three too.
"""

_V61 = {
    "reglist/CNTV_CTL_EL0": ("present", ("none",)),
    "reglist/CNTV_CVAL_EL0": ("present", ("none",)),
    "reglist/CNTVCT_EL0": ("present", ("none",)),
}

_V612 = {**_V61,
         "reglist/CNTP_CTL_EL0": ("present", ("none",)),
         "reglist/CNTP_CVAL_EL0": ("present", ("none",)),
         "reglist/CNTPCT_EL0": ("present", ("none",))}

EXPECTED = {
    "v6.1": _V61,
    "v6.12": _V612,
    # v7.3 (linux-source-7.3 7.3.4-1~bpo13+1): guest.c lists no timer registers any
    # more; they are sys_reg_descs[] entries of arch/arm64/kvm/sys_regs.c:
    # CNTPCT_EL0 (line 3748), CNTVCT_EL0 (3750), TIMER_REG(CNTP_CTL_EL0/CNTP_CVAL_EL0)
    # (3755-3756), TIMER_REG(CNTV_CTL_EL0/CNTV_CVAL_EL0) (3759-3760), no visibility
    # callback (present for every vCPU). copy_reg_to_user() (line ~5680) still hands
    # out KVM_REG_ARM_TIMER_CVAL / _CNT for CNTV_CVAL / CNTVCT: the same six indices as
    # v6.12, as arm64/get-reg-list.c lines 364-366 and 525-527 list them.
    "v7.3": dict(_V612),
}

INDEX = {
    "reglist/CNTV_CTL_EL0": "0x603000000013df19", "reglist/CNTV_CVAL_EL0": "0x603000000013df1a",
    "reglist/CNTVCT_EL0": "0x603000000013df02", "reglist/CNTP_CTL_EL0": "0x603000000013df11",
    "reglist/CNTP_CVAL_EL0": "0x603000000013df12", "reglist/CNTPCT_EL0": "0x603000000013df01",
}
