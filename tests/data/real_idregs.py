"""Expectations for the ID-register and register-list extractors on the real
code of Debian's linux-source-6.1 and linux-source-6.12 (v6.1 and v6.12 trees).

How each was read (the code of that release, file by file):
- Field names and positions: v6.1 arch/arm64/tools/sysreg for the AArch64
  registers it describes (ID_AA64PFR0_EL1 ... ID_AA64MMFR2_EL1, CTR_EL0),
  `<REG>_<FIELD>_SHIFT` macros of arch/arm64/include/asm/sysreg.h for the
  AArch32 ones (ID_DFR0_PERFMON_SHIFT -> ID_DFR0_EL1/PerfMon), the
  architecture's layout for ID_MMFR1-3/ID_ISAR1-3 (no field macros in v6.1;
  the host sanitises them as ftr_generic_32bits). v6.12: the description only.
- Default: `host` where arch/arm64/kernel/cpufeature.c's arm64_ftr_bits table
  of the register has an entry at the field's position, `hidden` where it has
  none; then KVM's read side. v6.1: read_id_reg()'s switch (SVE/PTRAUTH/MTE
  cleared unless the vCPU has them -> vcpu-feature; AMU, SME, PMSVer cleared
  -> hidden; DebugVer set to 6 -> fixed:6; PMUVer/PerfMon capped at 8.4 (5)
  with a PMU -> vcpu-feature:PMU; GIC set to 1 on GICv3 hosts -> fixed:1 on
  the common host (extras when/otherwise); CSV2/CSV3 cleared, then set from kvm->arch.pfr0_csv2/3, which
  arch/arm64/kvm/arm.c's set_default_spectre() (called by kvm_arch_init_vm())
  sets to 1 when arm64_get_spectre_v2_state()/arm64_get_meltdown_state() is
  SPECTRE_UNAFFECTED -> fixed:1 on the common (unaffected) host, otherwise
  hidden). Defaults are the common host's (DESIGN.md: GICv3, unaffected, no
  optional CPU capability: WFxT, S1POE cleared -> hidden).
  v6.12: the `.reset` callback (kvm_read_sanitised_id_reg ->
  __kvm_read_sanitised_id_reg switch, read_sanitised_id_aa64pfr0_el1/
  _aa64dfr0_el1/_dfr0_el1), then kvm_finalize_sys_regs() clearing GIC unless
  the VM has an in-kernel GICv3 (-> vcpu-feature:VGIC); ID_REG_LIMIT_FIELD_ENUM
  caps DebugVer/CopDbg at v8.8 (10); ID_AA64PFR2_EL1 keeps FPMR only;
  ID_AA64MMFR3_EL1 keeps TCRX/S1PIE/S1POE; CCIDX cleared in MMFR2 and MMFR4.
- Settable: v6.1 set_id_reg() accepts only the value read back (`none`) except
  set_id_aa64pfr0_el1(): CSV2/CSV3 may be 0 or 1. v6.12: each field inside the
  descriptor's `.val` writable mask (ID_WRITABLE(name, mask), AA32_ID_WRITABLE
  = GENMASK(31, 0), the explicit masks of ID_AA64PFR0/PFR1/DFR0/CTR_EL0) takes
  the safety type of its arm64_ftr_bits entry (FTR_LOWER_SAFE -> lower-safe,
  FTR_HIGHER_SAFE -> higher-safe, FTR_EXACT -> exact), with
  kvm_arm64_ftr_safe_value()'s overrides (PMUVer, DebugVer, PerfMon ->
  lower-safe); fields the host does not describe stay `none`.
- Whole registers: ID_HIDDEN -> hidden, ID_UNALLOCATED -> unallocated (named
  S3_0_C0_C<crm>_<op2> unless the architecture names the slot: ID_UNALLOCATED(5,2)
  of sys_reg_descs[] is ID_AA64DFR2_EL1, unnamed in these trees, named by 7.x's
  arch/arm64/tools/sysreg, its fields the architecture's, all hidden), aa32 registers
  RAZ on hosts without AArch32 EL0 (extra raz_when), ID_AA64ZFR0_EL1 RAZ
  without SVE (vcpu-feature:SVE); settable = the writable fields' names.
- Register list: every sys_reg_descs[] entry with `.reg` or `.get_user`, plus
  invariant_sys_regs[]; visibility callbacks returning REG_HIDDEN unless a
  vCPU feature -> vcpu-feature:<NAME>. Cross-checked against the release's
  tools/testing/selftests/kvm/aarch64/get-reg-list.c: every index it lists is
  ours except the timer registers (CNTV_CTL/CVAL, CNTVCT, CNTP_* from guest.c,
  not read by this extractor); ours adds MTE registers (v6.1, v6.12) and EL2
  registers (v6.12) that the selftest of that release does not list.
EXPECTED is a regression snapshot: it was produced by the extractor and then
checked entry by entry against the code named above, so it catches a change,
not an error of reading. What makes it more than that (issue 16):
- NOTES (at the end) cite, for every non-trivial entry, the line of that tree
  that decides it, found by plain text search, not by the extractor; the
  tests check each cited line still says so.
- UNDEFINED_IN_TREE explains every item whose name the tree does not define
  (the architecture's names, from ingest/extract/idregs/names.py).
- CODE_READ gives, read by hand on the common host of DESIGN.md (GICv3,
  Spectre/Meltdown unaffected, no optional CPU capabilities), the entries
  where the snapshot once said otherwise (the tool was fixed since): the
  tests hold the snapshot and the extractor to them.
WARNED lists every item that carries a warning, with the reason it is not
read with confidence.
"""

WARNED = {
    "v6.1": {},
    "v6.12": {
        "idreg/ID_DFR0_EL1/PerfMon": 'unresolved expression: perfmon',
        "idreg/ID_AA64DFR0_EL1/PMUVer": 'unresolved expression: kvm_arm_pmu_get_pmuver_limit()',
        "idreg/CLIDR_EL1": 'value computed by reset_clidr(), not read field by field',
    },
}

EXPECTED = {
    "v6.1": {
        "idreg/ID_PFR0_EL1": ('sanitised', ('none',)),
        "idreg/ID_PFR0_EL1/DIT": ('host', ('none',)),
        "idreg/ID_PFR0_EL1/CSV2": ('host', ('none',)),
        "idreg/ID_PFR0_EL1/State3": ('host', ('none',)),
        "idreg/ID_PFR0_EL1/State2": ('host', ('none',)),
        "idreg/ID_PFR0_EL1/State1": ('host', ('none',)),
        "idreg/ID_PFR0_EL1/State0": ('host', ('none',)),
        "idreg/ID_PFR1_EL1": ('sanitised', ('none',)),
        "idreg/ID_PFR1_EL1/GIC": ('host', ('none',)),
        "idreg/ID_PFR1_EL1/Virt_frac": ('host', ('none',)),
        "idreg/ID_PFR1_EL1/Sec_frac": ('host', ('none',)),
        "idreg/ID_PFR1_EL1/GenTimer": ('host', ('none',)),
        "idreg/ID_PFR1_EL1/Virtualization": ('host', ('none',)),
        "idreg/ID_PFR1_EL1/MProgMod": ('host', ('none',)),
        "idreg/ID_PFR1_EL1/Security": ('host', ('none',)),
        "idreg/ID_PFR1_EL1/ProgMod": ('host', ('none',)),
        "idreg/ID_DFR0_EL1": ('sanitised', ('none',)),
        "idreg/ID_DFR0_EL1/PerfMon": ('vcpu-feature:PMU', ('none',)),
        "idreg/ID_DFR0_EL1/MProfDbg": ('host', ('none',)),
        "idreg/ID_DFR0_EL1/MMapTrc": ('host', ('none',)),
        "idreg/ID_DFR0_EL1/CopTrc": ('host', ('none',)),
        "idreg/ID_DFR0_EL1/MMapDbg": ('host', ('none',)),
        "idreg/ID_DFR0_EL1/CopSDbg": ('host', ('none',)),
        "idreg/ID_DFR0_EL1/CopDbg": ('host', ('none',)),
        "idreg/ID_AFR0_EL1": ('hidden', ('none',)),
        "idreg/ID_AFR0_EL1/IMPDEF3": ('hidden', ('none',)),
        "idreg/ID_AFR0_EL1/IMPDEF2": ('hidden', ('none',)),
        "idreg/ID_AFR0_EL1/IMPDEF1": ('hidden', ('none',)),
        "idreg/ID_AFR0_EL1/IMPDEF0": ('hidden', ('none',)),
        "idreg/ID_MMFR0_EL1": ('sanitised', ('none',)),
        "idreg/ID_MMFR0_EL1/InnerShr": ('host', ('none',)),
        "idreg/ID_MMFR0_EL1/FCSE": ('host', ('none',)),
        "idreg/ID_MMFR0_EL1/AuxReg": ('host', ('none',)),
        "idreg/ID_MMFR0_EL1/TCM": ('host', ('none',)),
        "idreg/ID_MMFR0_EL1/ShareLvl": ('host', ('none',)),
        "idreg/ID_MMFR0_EL1/OuterShr": ('host', ('none',)),
        "idreg/ID_MMFR0_EL1/PMSA": ('host', ('none',)),
        "idreg/ID_MMFR0_EL1/VMSA": ('host', ('none',)),
        "idreg/ID_MMFR1_EL1": ('sanitised', ('none',)),
        "idreg/ID_MMFR1_EL1/BPred": ('host', ('none',)),
        "idreg/ID_MMFR1_EL1/L1TstCln": ('host', ('none',)),
        "idreg/ID_MMFR1_EL1/L1Uni": ('host', ('none',)),
        "idreg/ID_MMFR1_EL1/L1Hvd": ('host', ('none',)),
        "idreg/ID_MMFR1_EL1/L1UniSW": ('host', ('none',)),
        "idreg/ID_MMFR1_EL1/L1HvdSW": ('host', ('none',)),
        "idreg/ID_MMFR1_EL1/L1UniVA": ('host', ('none',)),
        "idreg/ID_MMFR1_EL1/L1HvdVA": ('host', ('none',)),
        "idreg/ID_MMFR2_EL1": ('sanitised', ('none',)),
        "idreg/ID_MMFR2_EL1/HWAccFlg": ('host', ('none',)),
        "idreg/ID_MMFR2_EL1/WFIStall": ('host', ('none',)),
        "idreg/ID_MMFR2_EL1/MemBarr": ('host', ('none',)),
        "idreg/ID_MMFR2_EL1/UniTLB": ('host', ('none',)),
        "idreg/ID_MMFR2_EL1/HvdTLB": ('host', ('none',)),
        "idreg/ID_MMFR2_EL1/L1HvdRng": ('host', ('none',)),
        "idreg/ID_MMFR2_EL1/L1HvdBG": ('host', ('none',)),
        "idreg/ID_MMFR2_EL1/L1HvdFG": ('host', ('none',)),
        "idreg/ID_MMFR3_EL1": ('sanitised', ('none',)),
        "idreg/ID_MMFR3_EL1/Supersec": ('host', ('none',)),
        "idreg/ID_MMFR3_EL1/CMemSz": ('host', ('none',)),
        "idreg/ID_MMFR3_EL1/CohWalk": ('host', ('none',)),
        "idreg/ID_MMFR3_EL1/PAN": ('host', ('none',)),
        "idreg/ID_MMFR3_EL1/MaintBcst": ('host', ('none',)),
        "idreg/ID_MMFR3_EL1/BPMaint": ('host', ('none',)),
        "idreg/ID_MMFR3_EL1/CMaintSW": ('host', ('none',)),
        "idreg/ID_MMFR3_EL1/CMaintVA": ('host', ('none',)),
        "idreg/ID_ISAR0_EL1": ('sanitised', ('none',)),
        "idreg/ID_ISAR0_EL1/Divide": ('host', ('none',)),
        "idreg/ID_ISAR0_EL1/Debug": ('host', ('none',)),
        "idreg/ID_ISAR0_EL1/Coproc": ('host', ('none',)),
        "idreg/ID_ISAR0_EL1/CmpBranch": ('host', ('none',)),
        "idreg/ID_ISAR0_EL1/BitField": ('host', ('none',)),
        "idreg/ID_ISAR0_EL1/BitCount": ('host', ('none',)),
        "idreg/ID_ISAR0_EL1/Swap": ('host', ('none',)),
        "idreg/ID_ISAR1_EL1": ('sanitised', ('none',)),
        "idreg/ID_ISAR1_EL1/Jazelle": ('host', ('none',)),
        "idreg/ID_ISAR1_EL1/Interwork": ('host', ('none',)),
        "idreg/ID_ISAR1_EL1/Immediate": ('host', ('none',)),
        "idreg/ID_ISAR1_EL1/IfThen": ('host', ('none',)),
        "idreg/ID_ISAR1_EL1/Extend": ('host', ('none',)),
        "idreg/ID_ISAR1_EL1/Except_AR": ('host', ('none',)),
        "idreg/ID_ISAR1_EL1/Except": ('host', ('none',)),
        "idreg/ID_ISAR1_EL1/Endian": ('host', ('none',)),
        "idreg/ID_ISAR2_EL1": ('sanitised', ('none',)),
        "idreg/ID_ISAR2_EL1/Reversal": ('host', ('none',)),
        "idreg/ID_ISAR2_EL1/PSR_AR": ('host', ('none',)),
        "idreg/ID_ISAR2_EL1/MultU": ('host', ('none',)),
        "idreg/ID_ISAR2_EL1/MultS": ('host', ('none',)),
        "idreg/ID_ISAR2_EL1/Mult": ('host', ('none',)),
        "idreg/ID_ISAR2_EL1/MultiAccessInt": ('host', ('none',)),
        "idreg/ID_ISAR2_EL1/MemHint": ('host', ('none',)),
        "idreg/ID_ISAR2_EL1/LoadStore": ('host', ('none',)),
        "idreg/ID_ISAR3_EL1": ('sanitised', ('none',)),
        "idreg/ID_ISAR3_EL1/T32EE": ('host', ('none',)),
        "idreg/ID_ISAR3_EL1/TrueNOP": ('host', ('none',)),
        "idreg/ID_ISAR3_EL1/T32Copy": ('host', ('none',)),
        "idreg/ID_ISAR3_EL1/TabBranch": ('host', ('none',)),
        "idreg/ID_ISAR3_EL1/SynchPrim": ('host', ('none',)),
        "idreg/ID_ISAR3_EL1/SVC": ('host', ('none',)),
        "idreg/ID_ISAR3_EL1/SIMD": ('host', ('none',)),
        "idreg/ID_ISAR3_EL1/Saturate": ('host', ('none',)),
        "idreg/ID_ISAR4_EL1": ('sanitised', ('none',)),
        "idreg/ID_ISAR4_EL1/SWP_frac": ('host', ('none',)),
        "idreg/ID_ISAR4_EL1/PSR_M": ('host', ('none',)),
        "idreg/ID_ISAR4_EL1/SynchPrim_frac": ('host', ('none',)),
        "idreg/ID_ISAR4_EL1/Barrier": ('host', ('none',)),
        "idreg/ID_ISAR4_EL1/SMC": ('host', ('none',)),
        "idreg/ID_ISAR4_EL1/Writeback": ('host', ('none',)),
        "idreg/ID_ISAR4_EL1/WithShifts": ('host', ('none',)),
        "idreg/ID_ISAR4_EL1/Unpriv": ('host', ('none',)),
        "idreg/ID_ISAR5_EL1": ('sanitised', ('none',)),
        "idreg/ID_ISAR5_EL1/RDM": ('host', ('none',)),
        "idreg/ID_ISAR5_EL1/CRC32": ('host', ('none',)),
        "idreg/ID_ISAR5_EL1/SHA2": ('host', ('none',)),
        "idreg/ID_ISAR5_EL1/SHA1": ('host', ('none',)),
        "idreg/ID_ISAR5_EL1/AES": ('host', ('none',)),
        "idreg/ID_ISAR5_EL1/SEVL": ('host', ('none',)),
        "idreg/ID_MMFR4_EL1": ('sanitised', ('none',)),
        "idreg/ID_MMFR4_EL1/EVT": ('host', ('none',)),
        "idreg/ID_MMFR4_EL1/CCIDX": ('host', ('none',)),
        "idreg/ID_MMFR4_EL1/LSM": ('host', ('none',)),
        "idreg/ID_MMFR4_EL1/HPDS": ('host', ('none',)),
        "idreg/ID_MMFR4_EL1/CnP": ('host', ('none',)),
        "idreg/ID_MMFR4_EL1/XNX": ('host', ('none',)),
        "idreg/ID_MMFR4_EL1/AC2": ('host', ('none',)),
        "idreg/ID_MMFR4_EL1/SpecSEI": ('host', ('none',)),
        "idreg/ID_ISAR6_EL1": ('sanitised', ('none',)),
        "idreg/ID_ISAR6_EL1/I8MM": ('host', ('none',)),
        "idreg/ID_ISAR6_EL1/BF16": ('host', ('none',)),
        "idreg/ID_ISAR6_EL1/SPECRES": ('host', ('none',)),
        "idreg/ID_ISAR6_EL1/SB": ('host', ('none',)),
        "idreg/ID_ISAR6_EL1/FHM": ('host', ('none',)),
        "idreg/ID_ISAR6_EL1/DP": ('host', ('none',)),
        "idreg/ID_ISAR6_EL1/JSCVT": ('host', ('none',)),
        "idreg/MVFR0_EL1": ('sanitised', ('none',)),
        "idreg/MVFR0_EL1/FPRound": ('host', ('none',)),
        "idreg/MVFR0_EL1/FPShVec": ('host', ('none',)),
        "idreg/MVFR0_EL1/FPSqrt": ('host', ('none',)),
        "idreg/MVFR0_EL1/FPDivide": ('host', ('none',)),
        "idreg/MVFR0_EL1/FPTrap": ('host', ('none',)),
        "idreg/MVFR0_EL1/FPDP": ('host', ('none',)),
        "idreg/MVFR0_EL1/FPSP": ('host', ('none',)),
        "idreg/MVFR0_EL1/SIMDReg": ('host', ('none',)),
        "idreg/MVFR1_EL1": ('sanitised', ('none',)),
        "idreg/MVFR1_EL1/SIMDFMAC": ('host', ('none',)),
        "idreg/MVFR1_EL1/FPHP": ('host', ('none',)),
        "idreg/MVFR1_EL1/SIMDHP": ('host', ('none',)),
        "idreg/MVFR1_EL1/SIMDSP": ('host', ('none',)),
        "idreg/MVFR1_EL1/SIMDInt": ('host', ('none',)),
        "idreg/MVFR1_EL1/SIMDLS": ('host', ('none',)),
        "idreg/MVFR1_EL1/FPDNaN": ('host', ('none',)),
        "idreg/MVFR1_EL1/FPFtZ": ('host', ('none',)),
        "idreg/MVFR2_EL1": ('sanitised', ('none',)),
        "idreg/MVFR2_EL1/FPMisc": ('host', ('none',)),
        "idreg/MVFR2_EL1/SIMDMisc": ('host', ('none',)),
        "idreg/S3_0_C0_C3_3": ('unallocated', ('none',)),
        "idreg/ID_PFR2_EL1": ('sanitised', ('none',)),
        "idreg/ID_PFR2_EL1/SSBS": ('host', ('none',)),
        "idreg/ID_PFR2_EL1/CSV3": ('host', ('none',)),
        "idreg/ID_DFR1_EL1": ('hidden', ('none',)),
        "idreg/ID_DFR1_EL1/MTPMU": ('hidden', ('none',)),
        "idreg/ID_MMFR5_EL1": ('sanitised', ('none',)),
        "idreg/ID_MMFR5_EL1/ETS": ('host', ('none',)),
        "idreg/S3_0_C0_C3_7": ('unallocated', ('none',)),
        "idreg/ID_AA64PFR0_EL1": ('sanitised', ('CSV3', 'CSV2')),
        # Common host (unaffected): arm.c set_default_spectre() (l.126-129) sets kvm->arch.pfr0_csv2/3 = 1,
        # which sys_regs.c read_id_reg() (l.1105-1107) ORs in: fixed:1, when/otherwise = hidden (issue 11 item 6).
        "idreg/ID_AA64PFR0_EL1/CSV3": ('fixed:1', ('0', '1')),
        "idreg/ID_AA64PFR0_EL1/CSV2": ('fixed:1', ('0', '1')),
        "idreg/ID_AA64PFR0_EL1/RME": ('hidden', ('none',)),
        "idreg/ID_AA64PFR0_EL1/DIT": ('host', ('none',)),
        "idreg/ID_AA64PFR0_EL1/AMU": ('hidden', ('none',)),
        "idreg/ID_AA64PFR0_EL1/MPAM": ('host', ('none',)),
        "idreg/ID_AA64PFR0_EL1/SEL2": ('host', ('none',)),
        "idreg/ID_AA64PFR0_EL1/SVE": ('vcpu-feature:SVE', ('none',)),
        "idreg/ID_AA64PFR0_EL1/RAS": ('host', ('none',)),
        # sys_regs.c read_id_reg() l.1108: GIC = 1 if kvm_vgic_global_state.type == VGIC_V3 (the common host).
        "idreg/ID_AA64PFR0_EL1/GIC": ('fixed:1', ('none',)),
        "idreg/ID_AA64PFR0_EL1/AdvSIMD": ('host', ('none',)),
        "idreg/ID_AA64PFR0_EL1/FP": ('host', ('none',)),
        "idreg/ID_AA64PFR0_EL1/EL3": ('host', ('none',)),
        "idreg/ID_AA64PFR0_EL1/EL2": ('host', ('none',)),
        "idreg/ID_AA64PFR0_EL1/EL1": ('host', ('none',)),
        "idreg/ID_AA64PFR0_EL1/EL0": ('host', ('none',)),
        "idreg/ID_AA64PFR1_EL1": ('sanitised', ('none',)),
        "idreg/ID_AA64PFR1_EL1/NMI": ('hidden', ('none',)),
        "idreg/ID_AA64PFR1_EL1/CSV2_frac": ('hidden', ('none',)),
        "idreg/ID_AA64PFR1_EL1/RNDR_trap": ('hidden', ('none',)),
        "idreg/ID_AA64PFR1_EL1/SME": ('hidden', ('none',)),
        "idreg/ID_AA64PFR1_EL1/MPAM_frac": ('host', ('none',)),
        "idreg/ID_AA64PFR1_EL1/RAS_frac": ('host', ('none',)),
        "idreg/ID_AA64PFR1_EL1/MTE": ('vcpu-feature:MTE', ('none',)),
        "idreg/ID_AA64PFR1_EL1/SSBS": ('host', ('none',)),
        "idreg/ID_AA64PFR1_EL1/BT": ('host', ('none',)),
        "idreg/ID_AA64PFR2_EL1": ('unallocated', ('none',)),
        "idreg/ID_AA64PFR2_EL1/FPMR": ('hidden', ('none',)),
        "idreg/ID_AA64PFR2_EL1/MTEFAR": ('hidden', ('none',)),
        "idreg/ID_AA64PFR2_EL1/MTESTOREONLY": ('hidden', ('none',)),
        "idreg/ID_AA64PFR2_EL1/MTEPERM": ('hidden', ('none',)),
        "idreg/S3_0_C0_C4_3": ('unallocated', ('none',)),
        "idreg/ID_AA64ZFR0_EL1": ('vcpu-feature:SVE', ('none',)),
        "idreg/ID_AA64ZFR0_EL1/F64MM": ('vcpu-feature:SVE', ('none',)),
        "idreg/ID_AA64ZFR0_EL1/F32MM": ('vcpu-feature:SVE', ('none',)),
        "idreg/ID_AA64ZFR0_EL1/I8MM": ('vcpu-feature:SVE', ('none',)),
        "idreg/ID_AA64ZFR0_EL1/SM4": ('vcpu-feature:SVE', ('none',)),
        "idreg/ID_AA64ZFR0_EL1/SHA3": ('vcpu-feature:SVE', ('none',)),
        "idreg/ID_AA64ZFR0_EL1/BF16": ('vcpu-feature:SVE', ('none',)),
        "idreg/ID_AA64ZFR0_EL1/BitPerm": ('vcpu-feature:SVE', ('none',)),
        "idreg/ID_AA64ZFR0_EL1/AES": ('vcpu-feature:SVE', ('none',)),
        "idreg/ID_AA64ZFR0_EL1/SVEver": ('vcpu-feature:SVE', ('none',)),
        "idreg/ID_AA64SMFR0_EL1": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/FA64": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/SMEver": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/I16I64": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/F64F64": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/I8I32": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/F16F32": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/B16F32": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/F32F32": ('hidden', ('none',)),
        "idreg/S3_0_C0_C4_6": ('unallocated', ('none',)),
        "idreg/ID_AA64FPFR0_EL1": ('unallocated', ('none',)),
        "idreg/ID_AA64FPFR0_EL1/F8CVT": ('hidden', ('none',)),
        "idreg/ID_AA64FPFR0_EL1/F8FMA": ('hidden', ('none',)),
        "idreg/ID_AA64FPFR0_EL1/F8DP4": ('hidden', ('none',)),
        "idreg/ID_AA64FPFR0_EL1/F8DP2": ('hidden', ('none',)),
        "idreg/ID_AA64FPFR0_EL1/F8E4M3": ('hidden', ('none',)),
        "idreg/ID_AA64FPFR0_EL1/F8E5M2": ('hidden', ('none',)),
        "idreg/ID_AA64DFR0_EL1": ('sanitised', ('none',)),
        "idreg/ID_AA64DFR0_EL1/HPMN0": ('hidden', ('none',)),
        "idreg/ID_AA64DFR0_EL1/BRBE": ('hidden', ('none',)),
        "idreg/ID_AA64DFR0_EL1/MTPMU": ('hidden', ('none',)),
        "idreg/ID_AA64DFR0_EL1/TraceBuffer": ('hidden', ('none',)),
        "idreg/ID_AA64DFR0_EL1/TraceFilt": ('hidden', ('none',)),
        "idreg/ID_AA64DFR0_EL1/DoubleLock": ('host', ('none',)),
        "idreg/ID_AA64DFR0_EL1/PMSVer": ('hidden', ('none',)),
        "idreg/ID_AA64DFR0_EL1/CTX_CMPs": ('host', ('none',)),
        "idreg/ID_AA64DFR0_EL1/WRPs": ('host', ('none',)),
        "idreg/ID_AA64DFR0_EL1/BRPs": ('host', ('none',)),
        "idreg/ID_AA64DFR0_EL1/PMUVer": ('vcpu-feature:PMU', ('none',)),
        "idreg/ID_AA64DFR0_EL1/TraceVer": ('hidden', ('none',)),
        "idreg/ID_AA64DFR0_EL1/DebugVer": ('fixed:6', ('none',)),
        "idreg/ID_AA64DFR1_EL1": ('sanitised', ('none',)),
        "idreg/ID_AA64DFR1_EL1/ABL_CMPs": ('hidden', ('none',)),
        "idreg/ID_AA64DFR1_EL1/DPFZS": ('hidden', ('none',)),
        "idreg/ID_AA64DFR1_EL1/EBEP": ('hidden', ('none',)),
        "idreg/ID_AA64DFR1_EL1/ITE": ('hidden', ('none',)),
        "idreg/ID_AA64DFR1_EL1/ABLE": ('hidden', ('none',)),
        "idreg/ID_AA64DFR1_EL1/PMICNTR": ('hidden', ('none',)),
        "idreg/ID_AA64DFR1_EL1/SPMU": ('hidden', ('none',)),
        "idreg/ID_AA64DFR1_EL1/CTX_CMPs": ('hidden', ('none',)),
        "idreg/ID_AA64DFR1_EL1/WRPs": ('hidden', ('none',)),
        "idreg/ID_AA64DFR1_EL1/BRPs": ('hidden', ('none',)),
        "idreg/ID_AA64DFR1_EL1/SYSPMUID": ('hidden', ('none',)),
        "idreg/ID_AA64DFR2_EL1": ('unallocated', ('none',)),
        "idreg/ID_AA64DFR2_EL1/TRBE_EXC": ('hidden', ('none',)),
        "idreg/ID_AA64DFR2_EL1/SPE_nVM": ('hidden', ('none',)),
        "idreg/ID_AA64DFR2_EL1/SPE_EXC": ('hidden', ('none',)),
        "idreg/ID_AA64DFR2_EL1/BWE": ('hidden', ('none',)),
        "idreg/ID_AA64DFR2_EL1/STEP": ('hidden', ('none',)),
        "idreg/S3_0_C0_C5_3": ('unallocated', ('none',)),
        "idreg/ID_AA64AFR0_EL1": ('hidden', ('none',)),
        "idreg/ID_AA64AFR0_EL1/IMPDEF7": ('hidden', ('none',)),
        "idreg/ID_AA64AFR0_EL1/IMPDEF6": ('hidden', ('none',)),
        "idreg/ID_AA64AFR0_EL1/IMPDEF5": ('hidden', ('none',)),
        "idreg/ID_AA64AFR0_EL1/IMPDEF4": ('hidden', ('none',)),
        "idreg/ID_AA64AFR0_EL1/IMPDEF3": ('hidden', ('none',)),
        "idreg/ID_AA64AFR0_EL1/IMPDEF2": ('hidden', ('none',)),
        "idreg/ID_AA64AFR0_EL1/IMPDEF1": ('hidden', ('none',)),
        "idreg/ID_AA64AFR0_EL1/IMPDEF0": ('hidden', ('none',)),
        "idreg/ID_AA64AFR1_EL1": ('hidden', ('none',)),
        "idreg/S3_0_C0_C5_6": ('unallocated', ('none',)),
        "idreg/S3_0_C0_C5_7": ('unallocated', ('none',)),
        "idreg/ID_AA64ISAR0_EL1": ('sanitised', ('none',)),
        "idreg/ID_AA64ISAR0_EL1/RNDR": ('host', ('none',)),
        "idreg/ID_AA64ISAR0_EL1/TLB": ('host', ('none',)),
        "idreg/ID_AA64ISAR0_EL1/TS": ('host', ('none',)),
        "idreg/ID_AA64ISAR0_EL1/FHM": ('host', ('none',)),
        "idreg/ID_AA64ISAR0_EL1/DP": ('host', ('none',)),
        "idreg/ID_AA64ISAR0_EL1/SM4": ('host', ('none',)),
        "idreg/ID_AA64ISAR0_EL1/SM3": ('host', ('none',)),
        "idreg/ID_AA64ISAR0_EL1/SHA3": ('host', ('none',)),
        "idreg/ID_AA64ISAR0_EL1/RDM": ('host', ('none',)),
        "idreg/ID_AA64ISAR0_EL1/TME": ('hidden', ('none',)),
        "idreg/ID_AA64ISAR0_EL1/ATOMIC": ('host', ('none',)),
        "idreg/ID_AA64ISAR0_EL1/CRC32": ('host', ('none',)),
        "idreg/ID_AA64ISAR0_EL1/SHA2": ('host', ('none',)),
        "idreg/ID_AA64ISAR0_EL1/SHA1": ('host', ('none',)),
        "idreg/ID_AA64ISAR0_EL1/AES": ('host', ('none',)),
        "idreg/ID_AA64ISAR1_EL1": ('sanitised', ('none',)),
        "idreg/ID_AA64ISAR1_EL1/LS64": ('hidden', ('none',)),
        "idreg/ID_AA64ISAR1_EL1/XS": ('hidden', ('none',)),
        "idreg/ID_AA64ISAR1_EL1/I8MM": ('host', ('none',)),
        "idreg/ID_AA64ISAR1_EL1/DGH": ('host', ('none',)),
        "idreg/ID_AA64ISAR1_EL1/BF16": ('host', ('none',)),
        "idreg/ID_AA64ISAR1_EL1/SPECRES": ('host', ('none',)),
        "idreg/ID_AA64ISAR1_EL1/SB": ('host', ('none',)),
        "idreg/ID_AA64ISAR1_EL1/FRINTTS": ('host', ('none',)),
        "idreg/ID_AA64ISAR1_EL1/GPI": ('vcpu-feature:PTRAUTH', ('none',)),
        "idreg/ID_AA64ISAR1_EL1/GPA": ('vcpu-feature:PTRAUTH', ('none',)),
        "idreg/ID_AA64ISAR1_EL1/LRCPC": ('host', ('none',)),
        "idreg/ID_AA64ISAR1_EL1/FCMA": ('host', ('none',)),
        "idreg/ID_AA64ISAR1_EL1/JSCVT": ('host', ('none',)),
        "idreg/ID_AA64ISAR1_EL1/API": ('vcpu-feature:PTRAUTH', ('none',)),
        "idreg/ID_AA64ISAR1_EL1/APA": ('vcpu-feature:PTRAUTH', ('none',)),
        "idreg/ID_AA64ISAR1_EL1/DPB": ('host', ('none',)),
        "idreg/ID_AA64ISAR2_EL1": ('sanitised', ('none',)),
        "idreg/ID_AA64ISAR2_EL1/CLRBHB": ('host', ('none',)),
        "idreg/ID_AA64ISAR2_EL1/PAC_frac": ('hidden', ('none',)),
        "idreg/ID_AA64ISAR2_EL1/BC": ('host', ('none',)),
        "idreg/ID_AA64ISAR2_EL1/MOPS": ('hidden', ('none',)),
        "idreg/ID_AA64ISAR2_EL1/APA3": ('vcpu-feature:PTRAUTH', ('none',)),
        "idreg/ID_AA64ISAR2_EL1/GPA3": ('vcpu-feature:PTRAUTH', ('none',)),
        "idreg/ID_AA64ISAR2_EL1/RPRES": ('host', ('none',)),
        # sys_regs.c read_id_reg() l.1130: cleared if !cpus_have_final_cap(ARM64_HAS_WFXT) (no optional cap).
        "idreg/ID_AA64ISAR2_EL1/WFxT": ('hidden', ('none',)),
        "idreg/ID_AA64ISAR3_EL1": ('unallocated', ('none',)),
        "idreg/ID_AA64ISAR3_EL1/PACM": ('hidden', ('none',)),
        "idreg/ID_AA64ISAR3_EL1/TLBIW": ('hidden', ('none',)),
        "idreg/ID_AA64ISAR3_EL1/FAMINMAX": ('hidden', ('none',)),
        "idreg/ID_AA64ISAR3_EL1/CPA": ('hidden', ('none',)),
        "idreg/S3_0_C0_C6_4": ('unallocated', ('none',)),
        "idreg/S3_0_C0_C6_5": ('unallocated', ('none',)),
        "idreg/S3_0_C0_C6_6": ('unallocated', ('none',)),
        "idreg/S3_0_C0_C6_7": ('unallocated', ('none',)),
        "idreg/ID_AA64MMFR0_EL1": ('sanitised', ('none',)),
        "idreg/ID_AA64MMFR0_EL1/ECV": ('host', ('none',)),
        "idreg/ID_AA64MMFR0_EL1/FGT": ('host', ('none',)),
        "idreg/ID_AA64MMFR0_EL1/EXS": ('host', ('none',)),
        "idreg/ID_AA64MMFR0_EL1/TGRAN4_2": ('host', ('none',)),
        "idreg/ID_AA64MMFR0_EL1/TGRAN64_2": ('host', ('none',)),
        "idreg/ID_AA64MMFR0_EL1/TGRAN16_2": ('host', ('none',)),
        "idreg/ID_AA64MMFR0_EL1/TGRAN4": ('host', ('none',)),
        "idreg/ID_AA64MMFR0_EL1/TGRAN64": ('host', ('none',)),
        "idreg/ID_AA64MMFR0_EL1/TGRAN16": ('host', ('none',)),
        "idreg/ID_AA64MMFR0_EL1/BIGENDEL0": ('host', ('none',)),
        "idreg/ID_AA64MMFR0_EL1/SNSMEM": ('host', ('none',)),
        "idreg/ID_AA64MMFR0_EL1/BIGEND": ('host', ('none',)),
        "idreg/ID_AA64MMFR0_EL1/ASIDBITS": ('host', ('none',)),
        "idreg/ID_AA64MMFR0_EL1/PARANGE": ('host', ('none',)),
        "idreg/ID_AA64MMFR1_EL1": ('sanitised', ('none',)),
        "idreg/ID_AA64MMFR1_EL1/ECBHB": ('host', ('none',)),
        "idreg/ID_AA64MMFR1_EL1/CMOW": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR1_EL1/TIDCP1": ('host', ('none',)),
        "idreg/ID_AA64MMFR1_EL1/nTLBPA": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR1_EL1/AFP": ('host', ('none',)),
        "idreg/ID_AA64MMFR1_EL1/HCX": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR1_EL1/ETS": ('host', ('none',)),
        "idreg/ID_AA64MMFR1_EL1/TWED": ('host', ('none',)),
        "idreg/ID_AA64MMFR1_EL1/XNX": ('host', ('none',)),
        "idreg/ID_AA64MMFR1_EL1/SpecSEI": ('host', ('none',)),
        "idreg/ID_AA64MMFR1_EL1/PAN": ('host', ('none',)),
        "idreg/ID_AA64MMFR1_EL1/LO": ('host', ('none',)),
        "idreg/ID_AA64MMFR1_EL1/HPDS": ('host', ('none',)),
        "idreg/ID_AA64MMFR1_EL1/VH": ('host', ('none',)),
        "idreg/ID_AA64MMFR1_EL1/VMIDBits": ('host', ('none',)),
        "idreg/ID_AA64MMFR1_EL1/HAFDBS": ('host', ('none',)),
        "idreg/ID_AA64MMFR2_EL1": ('sanitised', ('none',)),
        "idreg/ID_AA64MMFR2_EL1/E0PD": ('host', ('none',)),
        "idreg/ID_AA64MMFR2_EL1/EVT": ('host', ('none',)),
        "idreg/ID_AA64MMFR2_EL1/BBM": ('host', ('none',)),
        "idreg/ID_AA64MMFR2_EL1/TTL": ('host', ('none',)),
        "idreg/ID_AA64MMFR2_EL1/FWB": ('host', ('none',)),
        "idreg/ID_AA64MMFR2_EL1/IDS": ('host', ('none',)),
        "idreg/ID_AA64MMFR2_EL1/AT": ('host', ('none',)),
        "idreg/ID_AA64MMFR2_EL1/ST": ('host', ('none',)),
        "idreg/ID_AA64MMFR2_EL1/NV": ('host', ('none',)),
        "idreg/ID_AA64MMFR2_EL1/CCIDX": ('host', ('none',)),
        "idreg/ID_AA64MMFR2_EL1/VARange": ('host', ('none',)),
        "idreg/ID_AA64MMFR2_EL1/IESB": ('host', ('none',)),
        "idreg/ID_AA64MMFR2_EL1/LSM": ('host', ('none',)),
        "idreg/ID_AA64MMFR2_EL1/UAO": ('host', ('none',)),
        "idreg/ID_AA64MMFR2_EL1/CnP": ('host', ('none',)),
        "idreg/ID_AA64MMFR3_EL1": ('unallocated', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/Spec_FPACC": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/ADERR": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/SDERR": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/ANERR": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/SNERR": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/D128_2": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/D128": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/MEC": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/AIE": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/S2POE": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/S1POE": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/S2PIE": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/S1PIE": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/SCTLRX": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/TCRX": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR4_EL1": ('unallocated', ('none',)),
        "idreg/ID_AA64MMFR4_EL1/E3DSE": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR4_EL1/E2H0": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR4_EL1/NV_frac": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR4_EL1/FGWTE3": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR4_EL1/HACDBS": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR4_EL1/ASID2": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR4_EL1/EIESB": ('hidden', ('none',)),
        "idreg/S3_0_C0_C7_5": ('unallocated', ('none',)),
        "idreg/S3_0_C0_C7_6": ('unallocated', ('none',)),
        "idreg/S3_0_C0_C7_7": ('unallocated', ('none',)),
        "idreg/MIDR_EL1": ('host', ('none',)),
        "idreg/REVIDR_EL1": ('host', ('none',)),
        "idreg/CLIDR_EL1": ('host', ('none',)),
        "idreg/AIDR_EL1": ('host', ('none',)),
        "idreg/CTR_EL0": ('host', ('none',)),
        "idreg/CTR_EL0/TminLine": ('hidden', ('none',)),
        "idreg/CTR_EL0/DIC": ('host', ('none',)),
        "idreg/CTR_EL0/IDC": ('host', ('none',)),
        "idreg/CTR_EL0/CWG": ('host', ('none',)),
        "idreg/CTR_EL0/ERG": ('host', ('none',)),
        "idreg/CTR_EL0/DminLine": ('host', ('none',)),
        "idreg/CTR_EL0/L1Ip": ('host', ('none',)),
        "idreg/CTR_EL0/IminLine": ('host', ('none',)),
        "reglist/MIDR_EL1": ('present', ('none',)),
        "reglist/REVIDR_EL1": ('present', ('none',)),
        "reglist/CLIDR_EL1": ('present', ('none',)),
        "reglist/AIDR_EL1": ('present', ('none',)),
        "reglist/CTR_EL0": ('present', ('none',)),
        "reglist/DBGBVR0_EL1": ('present', ('none',)),
        "reglist/DBGBCR0_EL1": ('present', ('none',)),
        "reglist/DBGWVR0_EL1": ('present', ('none',)),
        "reglist/DBGWCR0_EL1": ('present', ('none',)),
        "reglist/DBGBVR1_EL1": ('present', ('none',)),
        "reglist/DBGBCR1_EL1": ('present', ('none',)),
        "reglist/DBGWVR1_EL1": ('present', ('none',)),
        "reglist/DBGWCR1_EL1": ('present', ('none',)),
        "reglist/MDCCINT_EL1": ('present', ('none',)),
        "reglist/MDSCR_EL1": ('present', ('none',)),
        "reglist/DBGBVR2_EL1": ('present', ('none',)),
        "reglist/DBGBCR2_EL1": ('present', ('none',)),
        "reglist/DBGWVR2_EL1": ('present', ('none',)),
        "reglist/DBGWCR2_EL1": ('present', ('none',)),
        "reglist/DBGBVR3_EL1": ('present', ('none',)),
        "reglist/DBGBCR3_EL1": ('present', ('none',)),
        "reglist/DBGWVR3_EL1": ('present', ('none',)),
        "reglist/DBGWCR3_EL1": ('present', ('none',)),
        "reglist/DBGBVR4_EL1": ('present', ('none',)),
        "reglist/DBGBCR4_EL1": ('present', ('none',)),
        "reglist/DBGWVR4_EL1": ('present', ('none',)),
        "reglist/DBGWCR4_EL1": ('present', ('none',)),
        "reglist/DBGBVR5_EL1": ('present', ('none',)),
        "reglist/DBGBCR5_EL1": ('present', ('none',)),
        "reglist/DBGWVR5_EL1": ('present', ('none',)),
        "reglist/DBGWCR5_EL1": ('present', ('none',)),
        "reglist/DBGBVR6_EL1": ('present', ('none',)),
        "reglist/DBGBCR6_EL1": ('present', ('none',)),
        "reglist/DBGWVR6_EL1": ('present', ('none',)),
        "reglist/DBGWCR6_EL1": ('present', ('none',)),
        "reglist/DBGBVR7_EL1": ('present', ('none',)),
        "reglist/DBGBCR7_EL1": ('present', ('none',)),
        "reglist/DBGWVR7_EL1": ('present', ('none',)),
        "reglist/DBGWCR7_EL1": ('present', ('none',)),
        "reglist/DBGBVR8_EL1": ('present', ('none',)),
        "reglist/DBGBCR8_EL1": ('present', ('none',)),
        "reglist/DBGWVR8_EL1": ('present', ('none',)),
        "reglist/DBGWCR8_EL1": ('present', ('none',)),
        "reglist/DBGBVR9_EL1": ('present', ('none',)),
        "reglist/DBGBCR9_EL1": ('present', ('none',)),
        "reglist/DBGWVR9_EL1": ('present', ('none',)),
        "reglist/DBGWCR9_EL1": ('present', ('none',)),
        "reglist/DBGBVR10_EL1": ('present', ('none',)),
        "reglist/DBGBCR10_EL1": ('present', ('none',)),
        "reglist/DBGWVR10_EL1": ('present', ('none',)),
        "reglist/DBGWCR10_EL1": ('present', ('none',)),
        "reglist/DBGBVR11_EL1": ('present', ('none',)),
        "reglist/DBGBCR11_EL1": ('present', ('none',)),
        "reglist/DBGWVR11_EL1": ('present', ('none',)),
        "reglist/DBGWCR11_EL1": ('present', ('none',)),
        "reglist/DBGBVR12_EL1": ('present', ('none',)),
        "reglist/DBGBCR12_EL1": ('present', ('none',)),
        "reglist/DBGWVR12_EL1": ('present', ('none',)),
        "reglist/DBGWCR12_EL1": ('present', ('none',)),
        "reglist/DBGBVR13_EL1": ('present', ('none',)),
        "reglist/DBGBCR13_EL1": ('present', ('none',)),
        "reglist/DBGWVR13_EL1": ('present', ('none',)),
        "reglist/DBGWCR13_EL1": ('present', ('none',)),
        "reglist/DBGBVR14_EL1": ('present', ('none',)),
        "reglist/DBGBCR14_EL1": ('present', ('none',)),
        "reglist/DBGWVR14_EL1": ('present', ('none',)),
        "reglist/DBGWCR14_EL1": ('present', ('none',)),
        "reglist/DBGBVR15_EL1": ('present', ('none',)),
        "reglist/DBGBCR15_EL1": ('present', ('none',)),
        "reglist/DBGWVR15_EL1": ('present', ('none',)),
        "reglist/DBGWCR15_EL1": ('present', ('none',)),
        "reglist/OSLSR_EL1": ('present', ('none',)),
        "reglist/DBGVCR32_EL2": ('present', ('none',)),
        "reglist/MPIDR_EL1": ('present', ('none',)),
        "reglist/ID_PFR0_EL1": ('present', ('none',)),
        "reglist/ID_PFR1_EL1": ('present', ('none',)),
        "reglist/ID_DFR0_EL1": ('present', ('none',)),
        "reglist/ID_AFR0_EL1": ('present', ('none',)),
        "reglist/ID_MMFR0_EL1": ('present', ('none',)),
        "reglist/ID_MMFR1_EL1": ('present', ('none',)),
        "reglist/ID_MMFR2_EL1": ('present', ('none',)),
        "reglist/ID_MMFR3_EL1": ('present', ('none',)),
        "reglist/ID_ISAR0_EL1": ('present', ('none',)),
        "reglist/ID_ISAR1_EL1": ('present', ('none',)),
        "reglist/ID_ISAR2_EL1": ('present', ('none',)),
        "reglist/ID_ISAR3_EL1": ('present', ('none',)),
        "reglist/ID_ISAR4_EL1": ('present', ('none',)),
        "reglist/ID_ISAR5_EL1": ('present', ('none',)),
        "reglist/ID_MMFR4_EL1": ('present', ('none',)),
        "reglist/ID_ISAR6_EL1": ('present', ('none',)),
        "reglist/MVFR0_EL1": ('present', ('none',)),
        "reglist/MVFR1_EL1": ('present', ('none',)),
        "reglist/MVFR2_EL1": ('present', ('none',)),
        "reglist/S3_0_C0_C3_3": ('present', ('none',)),
        "reglist/ID_PFR2_EL1": ('present', ('none',)),
        "reglist/ID_DFR1_EL1": ('present', ('none',)),
        "reglist/ID_MMFR5_EL1": ('present', ('none',)),
        "reglist/S3_0_C0_C3_7": ('present', ('none',)),
        "reglist/ID_AA64PFR0_EL1": ('present', ('none',)),
        "reglist/ID_AA64PFR1_EL1": ('present', ('none',)),
        "reglist/ID_AA64PFR2_EL1": ('present', ('none',)),
        "reglist/S3_0_C0_C4_3": ('present', ('none',)),
        "reglist/ID_AA64ZFR0_EL1": ('present', ('none',)),
        "reglist/ID_AA64SMFR0_EL1": ('present', ('none',)),
        "reglist/S3_0_C0_C4_6": ('present', ('none',)),
        "reglist/ID_AA64FPFR0_EL1": ('present', ('none',)),
        "reglist/ID_AA64DFR0_EL1": ('present', ('none',)),
        "reglist/ID_AA64DFR1_EL1": ('present', ('none',)),
        "reglist/ID_AA64DFR2_EL1": ('present', ('none',)),
        "reglist/S3_0_C0_C5_3": ('present', ('none',)),
        "reglist/ID_AA64AFR0_EL1": ('present', ('none',)),
        "reglist/ID_AA64AFR1_EL1": ('present', ('none',)),
        "reglist/S3_0_C0_C5_6": ('present', ('none',)),
        "reglist/S3_0_C0_C5_7": ('present', ('none',)),
        "reglist/ID_AA64ISAR0_EL1": ('present', ('none',)),
        "reglist/ID_AA64ISAR1_EL1": ('present', ('none',)),
        "reglist/ID_AA64ISAR2_EL1": ('present', ('none',)),
        "reglist/ID_AA64ISAR3_EL1": ('present', ('none',)),
        "reglist/S3_0_C0_C6_4": ('present', ('none',)),
        "reglist/S3_0_C0_C6_5": ('present', ('none',)),
        "reglist/S3_0_C0_C6_6": ('present', ('none',)),
        "reglist/S3_0_C0_C6_7": ('present', ('none',)),
        "reglist/ID_AA64MMFR0_EL1": ('present', ('none',)),
        "reglist/ID_AA64MMFR1_EL1": ('present', ('none',)),
        "reglist/ID_AA64MMFR2_EL1": ('present', ('none',)),
        "reglist/ID_AA64MMFR3_EL1": ('present', ('none',)),
        "reglist/ID_AA64MMFR4_EL1": ('present', ('none',)),
        "reglist/S3_0_C0_C7_5": ('present', ('none',)),
        "reglist/S3_0_C0_C7_6": ('present', ('none',)),
        "reglist/S3_0_C0_C7_7": ('present', ('none',)),
        "reglist/SCTLR_EL1": ('present', ('none',)),
        "reglist/ACTLR_EL1": ('present', ('none',)),
        "reglist/CPACR_EL1": ('present', ('none',)),
        "reglist/RGSR_EL1": ('vcpu-feature:MTE', ('none',)),
        "reglist/GCR_EL1": ('vcpu-feature:MTE', ('none',)),
        "reglist/ZCR_EL1": ('vcpu-feature:SVE', ('none',)),
        "reglist/TTBR0_EL1": ('present', ('none',)),
        "reglist/TTBR1_EL1": ('present', ('none',)),
        "reglist/TCR_EL1": ('present', ('none',)),
        "reglist/APIAKEYLO_EL1": ('vcpu-feature:PTRAUTH', ('none',)),
        "reglist/APIAKEYHI_EL1": ('vcpu-feature:PTRAUTH', ('none',)),
        "reglist/APIBKEYLO_EL1": ('vcpu-feature:PTRAUTH', ('none',)),
        "reglist/APIBKEYHI_EL1": ('vcpu-feature:PTRAUTH', ('none',)),
        "reglist/APDAKEYLO_EL1": ('vcpu-feature:PTRAUTH', ('none',)),
        "reglist/APDAKEYHI_EL1": ('vcpu-feature:PTRAUTH', ('none',)),
        "reglist/APDBKEYLO_EL1": ('vcpu-feature:PTRAUTH', ('none',)),
        "reglist/APDBKEYHI_EL1": ('vcpu-feature:PTRAUTH', ('none',)),
        "reglist/APGAKEYLO_EL1": ('vcpu-feature:PTRAUTH', ('none',)),
        "reglist/APGAKEYHI_EL1": ('vcpu-feature:PTRAUTH', ('none',)),
        "reglist/AFSR0_EL1": ('present', ('none',)),
        "reglist/AFSR1_EL1": ('present', ('none',)),
        "reglist/ESR_EL1": ('present', ('none',)),
        "reglist/TFSR_EL1": ('vcpu-feature:MTE', ('none',)),
        "reglist/TFSRE0_EL1": ('vcpu-feature:MTE', ('none',)),
        "reglist/FAR_EL1": ('present', ('none',)),
        "reglist/PAR_EL1": ('present', ('none',)),
        "reglist/PMINTENSET_EL1": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMINTENCLR_EL1": ('vcpu-feature:PMU', ('none',)),
        "reglist/MAIR_EL1": ('present', ('none',)),
        "reglist/AMAIR_EL1": ('present', ('none',)),
        "reglist/VBAR_EL1": ('present', ('none',)),
        "reglist/DISR_EL1": ('present', ('none',)),
        "reglist/CONTEXTIDR_EL1": ('present', ('none',)),
        "reglist/TPIDR_EL1": ('present', ('none',)),
        "reglist/CNTKCTL_EL1": ('present', ('none',)),
        "reglist/CSSELR_EL1": ('present', ('none',)),
        "reglist/PMCR_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMCNTENSET_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMCNTENCLR_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMOVSCLR_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMSWINC_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMSELR_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMCCNTR_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMUSERENR_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMOVSSET_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/TPIDR_EL0": ('present', ('none',)),
        "reglist/TPIDRRO_EL0": ('present', ('none',)),
        "reglist/PMEVCNTR0_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR1_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR2_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR3_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR4_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR5_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR6_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR7_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR8_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR9_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR10_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR11_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR12_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR13_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR14_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR15_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR16_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR17_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR18_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR19_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR20_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR21_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR22_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR23_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR24_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR25_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR26_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR27_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR28_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR29_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR30_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER0_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER1_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER2_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER3_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER4_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER5_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER6_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER7_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER8_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER9_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER10_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER11_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER12_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER13_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER14_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER15_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER16_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER17_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER18_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER19_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER20_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER21_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER22_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER23_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER24_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER25_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER26_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER27_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER28_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER29_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER30_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMCCFILTR_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/DACR32_EL2": ('present', ('none',)),
        "reglist/IFSR32_EL2": ('present', ('none',)),
        "reglist/FPEXC32_EL2": ('present', ('none',)),
    },
    "v6.12": {
        "idreg/ID_PFR0_EL1": ('sanitised', ('DIT', 'CSV2', 'State3', 'State2', 'State1', 'State0')),
        "idreg/ID_PFR0_EL1/RAS": ('hidden', ('none',)),
        "idreg/ID_PFR0_EL1/DIT": ('host', ('lower-safe',)),
        "idreg/ID_PFR0_EL1/AMU": ('hidden', ('none',)),
        "idreg/ID_PFR0_EL1/CSV2": ('host', ('lower-safe',)),
        "idreg/ID_PFR0_EL1/State3": ('host', ('lower-safe',)),
        "idreg/ID_PFR0_EL1/State2": ('host', ('lower-safe',)),
        "idreg/ID_PFR0_EL1/State1": ('host', ('lower-safe',)),
        "idreg/ID_PFR0_EL1/State0": ('host', ('lower-safe',)),
        "idreg/ID_PFR1_EL1": ('sanitised', ('GIC', 'Virt_frac', 'Sec_frac', 'GenTimer', 'Virtualization', 'MProgMod', 'Security', 'ProgMod')),
        "idreg/ID_PFR1_EL1/GIC": ('vcpu-feature:VGIC', ('lower-safe',)),
        "idreg/ID_PFR1_EL1/Virt_frac": ('host', ('lower-safe',)),
        "idreg/ID_PFR1_EL1/Sec_frac": ('host', ('lower-safe',)),
        "idreg/ID_PFR1_EL1/GenTimer": ('host', ('lower-safe',)),
        "idreg/ID_PFR1_EL1/Virtualization": ('host', ('lower-safe',)),
        "idreg/ID_PFR1_EL1/MProgMod": ('host', ('lower-safe',)),
        "idreg/ID_PFR1_EL1/Security": ('host', ('lower-safe',)),
        "idreg/ID_PFR1_EL1/ProgMod": ('host', ('lower-safe',)),
        "idreg/ID_DFR0_EL1": ('sanitised', ('PerfMon', 'MProfDbg', 'MMapTrc', 'CopTrc', 'MMapDbg', 'CopSDbg', 'CopDbg')),
        "idreg/ID_DFR0_EL1/TraceFilt": ('hidden', ('none',)),
        "idreg/ID_DFR0_EL1/PerfMon": ('vcpu-feature:PMU', ('lower-safe',)),
        "idreg/ID_DFR0_EL1/MProfDbg": ('host', ('lower-safe',)),
        "idreg/ID_DFR0_EL1/MMapTrc": ('host', ('lower-safe',)),
        "idreg/ID_DFR0_EL1/CopTrc": ('host', ('lower-safe',)),
        "idreg/ID_DFR0_EL1/MMapDbg": ('host', ('lower-safe',)),
        "idreg/ID_DFR0_EL1/CopSDbg": ('host', ('lower-safe',)),
        "idreg/ID_DFR0_EL1/CopDbg": ('capped:10', ('lower-safe',)),
        "idreg/ID_AFR0_EL1": ('hidden', ('none',)),
        "idreg/ID_AFR0_EL1/IMPDEF3": ('hidden', ('none',)),
        "idreg/ID_AFR0_EL1/IMPDEF2": ('hidden', ('none',)),
        "idreg/ID_AFR0_EL1/IMPDEF1": ('hidden', ('none',)),
        "idreg/ID_AFR0_EL1/IMPDEF0": ('hidden', ('none',)),
        "idreg/ID_MMFR0_EL1": ('sanitised', ('InnerShr', 'FCSE', 'AuxReg', 'TCM', 'ShareLvl', 'OuterShr', 'PMSA', 'VMSA')),
        "idreg/ID_MMFR0_EL1/InnerShr": ('host', ('lower-safe',)),
        "idreg/ID_MMFR0_EL1/FCSE": ('host', ('lower-safe',)),
        "idreg/ID_MMFR0_EL1/AuxReg": ('host', ('lower-safe',)),
        "idreg/ID_MMFR0_EL1/TCM": ('host', ('lower-safe',)),
        "idreg/ID_MMFR0_EL1/ShareLvl": ('host', ('lower-safe',)),
        "idreg/ID_MMFR0_EL1/OuterShr": ('host', ('lower-safe',)),
        "idreg/ID_MMFR0_EL1/PMSA": ('host', ('lower-safe',)),
        "idreg/ID_MMFR0_EL1/VMSA": ('host', ('lower-safe',)),
        "idreg/ID_MMFR1_EL1": ('sanitised', ('BPred', 'L1TstCln', 'L1Uni', 'L1Hvd', 'L1UniSW', 'L1HvdSW', 'L1UniVA', 'L1HvdVA')),
        "idreg/ID_MMFR1_EL1/BPred": ('host', ('lower-safe',)),
        "idreg/ID_MMFR1_EL1/L1TstCln": ('host', ('lower-safe',)),
        "idreg/ID_MMFR1_EL1/L1Uni": ('host', ('lower-safe',)),
        "idreg/ID_MMFR1_EL1/L1Hvd": ('host', ('lower-safe',)),
        "idreg/ID_MMFR1_EL1/L1UniSW": ('host', ('lower-safe',)),
        "idreg/ID_MMFR1_EL1/L1HvdSW": ('host', ('lower-safe',)),
        "idreg/ID_MMFR1_EL1/L1UniVA": ('host', ('lower-safe',)),
        "idreg/ID_MMFR1_EL1/L1HvdVA": ('host', ('lower-safe',)),
        "idreg/ID_MMFR2_EL1": ('sanitised', ('HWAccFlg', 'WFIStall', 'MemBarr', 'UniTLB', 'HvdTLB', 'L1HvdRng', 'L1HvdBG', 'L1HvdFG')),
        "idreg/ID_MMFR2_EL1/HWAccFlg": ('host', ('lower-safe',)),
        "idreg/ID_MMFR2_EL1/WFIStall": ('host', ('lower-safe',)),
        "idreg/ID_MMFR2_EL1/MemBarr": ('host', ('lower-safe',)),
        "idreg/ID_MMFR2_EL1/UniTLB": ('host', ('lower-safe',)),
        "idreg/ID_MMFR2_EL1/HvdTLB": ('host', ('lower-safe',)),
        "idreg/ID_MMFR2_EL1/L1HvdRng": ('host', ('lower-safe',)),
        "idreg/ID_MMFR2_EL1/L1HvdBG": ('host', ('lower-safe',)),
        "idreg/ID_MMFR2_EL1/L1HvdFG": ('host', ('lower-safe',)),
        "idreg/ID_MMFR3_EL1": ('sanitised', ('Supersec', 'CMemSz', 'CohWalk', 'PAN', 'MaintBcst', 'BPMaint', 'CMaintSW', 'CMaintVA')),
        "idreg/ID_MMFR3_EL1/Supersec": ('host', ('lower-safe',)),
        "idreg/ID_MMFR3_EL1/CMemSz": ('host', ('lower-safe',)),
        "idreg/ID_MMFR3_EL1/CohWalk": ('host', ('lower-safe',)),
        "idreg/ID_MMFR3_EL1/PAN": ('host', ('lower-safe',)),
        "idreg/ID_MMFR3_EL1/MaintBcst": ('host', ('lower-safe',)),
        "idreg/ID_MMFR3_EL1/BPMaint": ('host', ('lower-safe',)),
        "idreg/ID_MMFR3_EL1/CMaintSW": ('host', ('lower-safe',)),
        "idreg/ID_MMFR3_EL1/CMaintVA": ('host', ('lower-safe',)),
        "idreg/ID_ISAR0_EL1": ('sanitised', ('Divide', 'Debug', 'Coproc', 'CmpBranch', 'BitField', 'BitCount', 'Swap')),
        "idreg/ID_ISAR0_EL1/Divide": ('host', ('lower-safe',)),
        "idreg/ID_ISAR0_EL1/Debug": ('host', ('lower-safe',)),
        "idreg/ID_ISAR0_EL1/Coproc": ('host', ('lower-safe',)),
        "idreg/ID_ISAR0_EL1/CmpBranch": ('host', ('lower-safe',)),
        "idreg/ID_ISAR0_EL1/BitField": ('host', ('lower-safe',)),
        "idreg/ID_ISAR0_EL1/BitCount": ('host', ('lower-safe',)),
        "idreg/ID_ISAR0_EL1/Swap": ('host', ('lower-safe',)),
        "idreg/ID_ISAR1_EL1": ('sanitised', ('Jazelle', 'Interwork', 'Immediate', 'IfThen', 'Extend', 'Except_AR', 'Except', 'Endian')),
        "idreg/ID_ISAR1_EL1/Jazelle": ('host', ('lower-safe',)),
        "idreg/ID_ISAR1_EL1/Interwork": ('host', ('lower-safe',)),
        "idreg/ID_ISAR1_EL1/Immediate": ('host', ('lower-safe',)),
        "idreg/ID_ISAR1_EL1/IfThen": ('host', ('lower-safe',)),
        "idreg/ID_ISAR1_EL1/Extend": ('host', ('lower-safe',)),
        "idreg/ID_ISAR1_EL1/Except_AR": ('host', ('lower-safe',)),
        "idreg/ID_ISAR1_EL1/Except": ('host', ('lower-safe',)),
        "idreg/ID_ISAR1_EL1/Endian": ('host', ('lower-safe',)),
        "idreg/ID_ISAR2_EL1": ('sanitised', ('Reversal', 'PSR_AR', 'MultU', 'MultS', 'Mult', 'MultiAccessInt', 'MemHint', 'LoadStore')),
        "idreg/ID_ISAR2_EL1/Reversal": ('host', ('lower-safe',)),
        "idreg/ID_ISAR2_EL1/PSR_AR": ('host', ('lower-safe',)),
        "idreg/ID_ISAR2_EL1/MultU": ('host', ('lower-safe',)),
        "idreg/ID_ISAR2_EL1/MultS": ('host', ('lower-safe',)),
        "idreg/ID_ISAR2_EL1/Mult": ('host', ('lower-safe',)),
        "idreg/ID_ISAR2_EL1/MultiAccessInt": ('host', ('lower-safe',)),
        "idreg/ID_ISAR2_EL1/MemHint": ('host', ('lower-safe',)),
        "idreg/ID_ISAR2_EL1/LoadStore": ('host', ('lower-safe',)),
        "idreg/ID_ISAR3_EL1": ('sanitised', ('T32EE', 'TrueNOP', 'T32Copy', 'TabBranch', 'SynchPrim', 'SVC', 'SIMD', 'Saturate')),
        "idreg/ID_ISAR3_EL1/T32EE": ('host', ('lower-safe',)),
        "idreg/ID_ISAR3_EL1/TrueNOP": ('host', ('lower-safe',)),
        "idreg/ID_ISAR3_EL1/T32Copy": ('host', ('lower-safe',)),
        "idreg/ID_ISAR3_EL1/TabBranch": ('host', ('lower-safe',)),
        "idreg/ID_ISAR3_EL1/SynchPrim": ('host', ('lower-safe',)),
        "idreg/ID_ISAR3_EL1/SVC": ('host', ('lower-safe',)),
        "idreg/ID_ISAR3_EL1/SIMD": ('host', ('lower-safe',)),
        "idreg/ID_ISAR3_EL1/Saturate": ('host', ('lower-safe',)),
        "idreg/ID_ISAR4_EL1": ('sanitised', ('SWP_frac', 'PSR_M', 'SynchPrim_frac', 'Barrier', 'SMC', 'Writeback', 'WithShifts', 'Unpriv')),
        "idreg/ID_ISAR4_EL1/SWP_frac": ('host', ('lower-safe',)),
        "idreg/ID_ISAR4_EL1/PSR_M": ('host', ('lower-safe',)),
        "idreg/ID_ISAR4_EL1/SynchPrim_frac": ('host', ('lower-safe',)),
        "idreg/ID_ISAR4_EL1/Barrier": ('host', ('lower-safe',)),
        "idreg/ID_ISAR4_EL1/SMC": ('host', ('lower-safe',)),
        "idreg/ID_ISAR4_EL1/Writeback": ('host', ('lower-safe',)),
        "idreg/ID_ISAR4_EL1/WithShifts": ('host', ('lower-safe',)),
        "idreg/ID_ISAR4_EL1/Unpriv": ('host', ('lower-safe',)),
        "idreg/ID_ISAR5_EL1": ('sanitised', ('RDM', 'CRC32', 'SHA2', 'SHA1', 'AES', 'SEVL')),
        "idreg/ID_ISAR5_EL1/VCMA": ('hidden', ('none',)),
        "idreg/ID_ISAR5_EL1/RDM": ('host', ('lower-safe',)),
        "idreg/ID_ISAR5_EL1/CRC32": ('host', ('lower-safe',)),
        "idreg/ID_ISAR5_EL1/SHA2": ('host', ('lower-safe',)),
        "idreg/ID_ISAR5_EL1/SHA1": ('host', ('lower-safe',)),
        "idreg/ID_ISAR5_EL1/AES": ('host', ('lower-safe',)),
        "idreg/ID_ISAR5_EL1/SEVL": ('host', ('lower-safe',)),
        "idreg/ID_MMFR4_EL1": ('sanitised', ('EVT', 'CCIDX', 'LSM', 'HPDS', 'CnP', 'XNX', 'AC2', 'SpecSEI')),
        "idreg/ID_MMFR4_EL1/EVT": ('host', ('lower-safe',)),
        "idreg/ID_MMFR4_EL1/CCIDX": ('hidden', ('lower-safe',)),
        "idreg/ID_MMFR4_EL1/LSM": ('host', ('lower-safe',)),
        "idreg/ID_MMFR4_EL1/HPDS": ('host', ('lower-safe',)),
        "idreg/ID_MMFR4_EL1/CnP": ('host', ('lower-safe',)),
        "idreg/ID_MMFR4_EL1/XNX": ('host', ('lower-safe',)),
        "idreg/ID_MMFR4_EL1/AC2": ('host', ('lower-safe',)),
        "idreg/ID_MMFR4_EL1/SpecSEI": ('host', ('higher-safe',)),
        "idreg/ID_ISAR6_EL1": ('sanitised', ('I8MM', 'BF16', 'SPECRES', 'SB', 'FHM', 'DP', 'JSCVT')),
        "idreg/ID_ISAR6_EL1/I8MM": ('host', ('lower-safe',)),
        "idreg/ID_ISAR6_EL1/BF16": ('host', ('lower-safe',)),
        "idreg/ID_ISAR6_EL1/SPECRES": ('host', ('lower-safe',)),
        "idreg/ID_ISAR6_EL1/SB": ('host', ('lower-safe',)),
        "idreg/ID_ISAR6_EL1/FHM": ('host', ('lower-safe',)),
        "idreg/ID_ISAR6_EL1/DP": ('host', ('lower-safe',)),
        "idreg/ID_ISAR6_EL1/JSCVT": ('host', ('lower-safe',)),
        "idreg/MVFR0_EL1": ('sanitised', ('FPRound', 'FPShVec', 'FPSqrt', 'FPDivide', 'FPTrap', 'FPDP', 'FPSP', 'SIMDReg')),
        "idreg/MVFR0_EL1/FPRound": ('host', ('lower-safe',)),
        "idreg/MVFR0_EL1/FPShVec": ('host', ('lower-safe',)),
        "idreg/MVFR0_EL1/FPSqrt": ('host', ('lower-safe',)),
        "idreg/MVFR0_EL1/FPDivide": ('host', ('lower-safe',)),
        "idreg/MVFR0_EL1/FPTrap": ('host', ('lower-safe',)),
        "idreg/MVFR0_EL1/FPDP": ('host', ('lower-safe',)),
        "idreg/MVFR0_EL1/FPSP": ('host', ('lower-safe',)),
        "idreg/MVFR0_EL1/SIMDReg": ('host', ('lower-safe',)),
        "idreg/MVFR1_EL1": ('sanitised', ('SIMDFMAC', 'FPHP', 'SIMDHP', 'SIMDSP', 'SIMDInt', 'SIMDLS', 'FPDNaN', 'FPFtZ')),
        "idreg/MVFR1_EL1/SIMDFMAC": ('host', ('lower-safe',)),
        "idreg/MVFR1_EL1/FPHP": ('host', ('lower-safe',)),
        "idreg/MVFR1_EL1/SIMDHP": ('host', ('lower-safe',)),
        "idreg/MVFR1_EL1/SIMDSP": ('host', ('lower-safe',)),
        "idreg/MVFR1_EL1/SIMDInt": ('host', ('lower-safe',)),
        "idreg/MVFR1_EL1/SIMDLS": ('host', ('lower-safe',)),
        "idreg/MVFR1_EL1/FPDNaN": ('host', ('lower-safe',)),
        "idreg/MVFR1_EL1/FPFtZ": ('host', ('lower-safe',)),
        "idreg/MVFR2_EL1": ('sanitised', ('FPMisc', 'SIMDMisc')),
        "idreg/MVFR2_EL1/FPMisc": ('host', ('lower-safe',)),
        "idreg/MVFR2_EL1/SIMDMisc": ('host', ('lower-safe',)),
        "idreg/S3_0_C0_C3_3": ('unallocated', ('none',)),
        "idreg/ID_PFR2_EL1": ('sanitised', ('SSBS', 'CSV3')),
        "idreg/ID_PFR2_EL1/RAS_frac": ('hidden', ('none',)),
        "idreg/ID_PFR2_EL1/SSBS": ('host', ('lower-safe',)),
        "idreg/ID_PFR2_EL1/CSV3": ('host', ('lower-safe',)),
        "idreg/ID_DFR1_EL1": ('hidden', ('none',)),
        "idreg/ID_DFR1_EL1/HPMN0": ('hidden', ('none',)),
        "idreg/ID_DFR1_EL1/MTPMU": ('hidden', ('none',)),
        "idreg/ID_MMFR5_EL1": ('sanitised', ('ETS',)),
        "idreg/ID_MMFR5_EL1/nTLBPA": ('hidden', ('none',)),
        "idreg/ID_MMFR5_EL1/ETS": ('host', ('lower-safe',)),
        "idreg/S3_0_C0_C3_7": ('unallocated', ('none',)),
        "idreg/ID_AA64PFR0_EL1": ('sanitised', ('CSV3', 'CSV2', 'DIT', 'SEL2', 'GIC', 'EL3', 'EL2', 'EL1', 'EL0')),
        # sys_regs.c read_sanitised_id_aa64pfr0_el1() l.1715-1722: 1 on an unaffected (common) host.
        "idreg/ID_AA64PFR0_EL1/CSV3": ('fixed:1', ('lower-safe',)),
        "idreg/ID_AA64PFR0_EL1/CSV2": ('fixed:1', ('lower-safe',)),
        "idreg/ID_AA64PFR0_EL1/RME": ('hidden', ('none',)),
        "idreg/ID_AA64PFR0_EL1/DIT": ('host', ('lower-safe',)),
        "idreg/ID_AA64PFR0_EL1/AMU": ('hidden', ('none',)),
        # set_id_aa64pfr0_el1() l.1865: the host's MPAM value is accepted and ignored.
        "idreg/ID_AA64PFR0_EL1/MPAM": ('hidden', ('hidden', 'host')),
        "idreg/ID_AA64PFR0_EL1/SEL2": ('host', ('lower-safe',)),
        "idreg/ID_AA64PFR0_EL1/SVE": ('vcpu-feature:SVE', ('none',)),
        "idreg/ID_AA64PFR0_EL1/RAS": ('host', ('none',)),
        "idreg/ID_AA64PFR0_EL1/GIC": ('vcpu-feature:VGIC', ('lower-safe',)),
        "idreg/ID_AA64PFR0_EL1/AdvSIMD": ('host', ('none',)),
        "idreg/ID_AA64PFR0_EL1/FP": ('host', ('none',)),
        "idreg/ID_AA64PFR0_EL1/EL3": ('host', ('lower-safe',)),
        "idreg/ID_AA64PFR0_EL1/EL2": ('host', ('lower-safe',)),
        "idreg/ID_AA64PFR0_EL1/EL1": ('host', ('lower-safe',)),
        "idreg/ID_AA64PFR0_EL1/EL0": ('host', ('lower-safe',)),
        "idreg/ID_AA64PFR1_EL1": ('sanitised', ('SSBS', 'BT')),
        "idreg/ID_AA64PFR1_EL1/PFAR": ('hidden', ('none',)),
        "idreg/ID_AA64PFR1_EL1/DF2": ('hidden', ('none',)),
        "idreg/ID_AA64PFR1_EL1/MTEX": ('hidden', ('none',)),
        "idreg/ID_AA64PFR1_EL1/THE": ('hidden', ('none',)),
        "idreg/ID_AA64PFR1_EL1/GCS": ('hidden', ('none',)),
        "idreg/ID_AA64PFR1_EL1/MTE_frac": ('hidden', ('none',)),
        "idreg/ID_AA64PFR1_EL1/NMI": ('hidden', ('none',)),
        "idreg/ID_AA64PFR1_EL1/CSV2_frac": ('hidden', ('none',)),
        "idreg/ID_AA64PFR1_EL1/RNDR_trap": ('hidden', ('none',)),
        "idreg/ID_AA64PFR1_EL1/SME": ('hidden', ('none',)),
        # set_id_aa64pfr1_el1() l.1878: the host's MPAM_frac value is accepted and ignored.
        "idreg/ID_AA64PFR1_EL1/MPAM_frac": ('hidden', ('hidden', 'host')),
        "idreg/ID_AA64PFR1_EL1/RAS_frac": ('host', ('none',)),
        "idreg/ID_AA64PFR1_EL1/MTE": ('vcpu-feature:MTE', ('none',)),
        "idreg/ID_AA64PFR1_EL1/SSBS": ('host', ('lower-safe',)),
        "idreg/ID_AA64PFR1_EL1/BT": ('host', ('lower-safe',)),
        "idreg/ID_AA64PFR2_EL1": ('sanitised', ('FPMR',)),
        "idreg/ID_AA64PFR2_EL1/FPMR": ('host', ('lower-safe',)),
        "idreg/ID_AA64PFR2_EL1/MTEFAR": ('hidden', ('none',)),
        "idreg/ID_AA64PFR2_EL1/MTESTOREONLY": ('hidden', ('none',)),
        "idreg/ID_AA64PFR2_EL1/MTEPERM": ('hidden', ('none',)),
        "idreg/S3_0_C0_C4_3": ('unallocated', ('none',)),
        "idreg/ID_AA64ZFR0_EL1": ('vcpu-feature:SVE', ('F64MM', 'F32MM', 'I8MM', 'SM4', 'SHA3', 'B16B16', 'BF16', 'BitPerm', 'AES', 'SVEver')),
        "idreg/ID_AA64ZFR0_EL1/F64MM": ('vcpu-feature:SVE', ('lower-safe',)),
        "idreg/ID_AA64ZFR0_EL1/F32MM": ('vcpu-feature:SVE', ('lower-safe',)),
        "idreg/ID_AA64ZFR0_EL1/I8MM": ('vcpu-feature:SVE', ('lower-safe',)),
        "idreg/ID_AA64ZFR0_EL1/SM4": ('vcpu-feature:SVE', ('lower-safe',)),
        "idreg/ID_AA64ZFR0_EL1/SHA3": ('vcpu-feature:SVE', ('lower-safe',)),
        "idreg/ID_AA64ZFR0_EL1/B16B16": ('vcpu-feature:SVE', ('lower-safe',)),
        "idreg/ID_AA64ZFR0_EL1/BF16": ('vcpu-feature:SVE', ('lower-safe',)),
        "idreg/ID_AA64ZFR0_EL1/BitPerm": ('vcpu-feature:SVE', ('lower-safe',)),
        "idreg/ID_AA64ZFR0_EL1/AES": ('vcpu-feature:SVE', ('lower-safe',)),
        "idreg/ID_AA64ZFR0_EL1/SVEver": ('vcpu-feature:SVE', ('lower-safe',)),
        "idreg/ID_AA64SMFR0_EL1": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/FA64": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/LUTv2": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/SMEver": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/I16I64": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/F64F64": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/I16I32": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/B16B16": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/F16F16": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/F8F16": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/F8F32": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/I8I32": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/F16F32": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/B16F32": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/BI32I32": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/F32F32": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/SF8FMA": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/SF8DP4": ('hidden', ('none',)),
        "idreg/ID_AA64SMFR0_EL1/SF8DP2": ('hidden', ('none',)),
        "idreg/S3_0_C0_C4_6": ('unallocated', ('none',)),
        "idreg/ID_AA64FPFR0_EL1": ('sanitised', ('F8CVT', 'F8FMA', 'F8DP4', 'F8DP2', 'F8E4M3', 'F8E5M2')),
        "idreg/ID_AA64FPFR0_EL1/F8CVT": ('host', ('exact',)),
        "idreg/ID_AA64FPFR0_EL1/F8FMA": ('host', ('exact',)),
        "idreg/ID_AA64FPFR0_EL1/F8DP4": ('host', ('exact',)),
        "idreg/ID_AA64FPFR0_EL1/F8DP2": ('host', ('exact',)),
        "idreg/ID_AA64FPFR0_EL1/F8E4M3": ('host', ('exact',)),
        "idreg/ID_AA64FPFR0_EL1/F8E5M2": ('host', ('exact',)),
        "idreg/ID_AA64DFR0_EL1": ('sanitised', ('DoubleLock', 'WRPs', 'PMUVer', 'DebugVer')),
        "idreg/ID_AA64DFR0_EL1/HPMN0": ('hidden', ('none',)),
        "idreg/ID_AA64DFR0_EL1/ExtTrcBuff": ('hidden', ('none',)),
        "idreg/ID_AA64DFR0_EL1/BRBE": ('hidden', ('none',)),
        "idreg/ID_AA64DFR0_EL1/MTPMU": ('hidden', ('none',)),
        "idreg/ID_AA64DFR0_EL1/TraceBuffer": ('hidden', ('none',)),
        "idreg/ID_AA64DFR0_EL1/TraceFilt": ('hidden', ('none',)),
        "idreg/ID_AA64DFR0_EL1/DoubleLock": ('host', ('lower-safe',)),
        "idreg/ID_AA64DFR0_EL1/PMSVer": ('hidden', ('none',)),
        "idreg/ID_AA64DFR0_EL1/CTX_CMPs": ('host', ('none',)),
        "idreg/ID_AA64DFR0_EL1/WRPs": ('host', ('lower-safe',)),
        "idreg/ID_AA64DFR0_EL1/BRPs": ('host', ('none',)),
        "idreg/ID_AA64DFR0_EL1/PMUVer": ('vcpu-feature:PMU', ('lower-safe',)),
        "idreg/ID_AA64DFR0_EL1/TraceVer": ('hidden', ('none',)),
        "idreg/ID_AA64DFR0_EL1/DebugVer": ('capped:10', ('lower-safe',)),
        "idreg/ID_AA64DFR1_EL1": ('sanitised', ('none',)),
        "idreg/ID_AA64DFR1_EL1/ABL_CMPs": ('hidden', ('none',)),
        "idreg/ID_AA64DFR1_EL1/DPFZS": ('hidden', ('none',)),
        "idreg/ID_AA64DFR1_EL1/EBEP": ('hidden', ('none',)),
        "idreg/ID_AA64DFR1_EL1/ITE": ('hidden', ('none',)),
        "idreg/ID_AA64DFR1_EL1/ABLE": ('hidden', ('none',)),
        "idreg/ID_AA64DFR1_EL1/PMICNTR": ('hidden', ('none',)),
        "idreg/ID_AA64DFR1_EL1/SPMU": ('hidden', ('none',)),
        "idreg/ID_AA64DFR1_EL1/CTX_CMPs": ('hidden', ('none',)),
        "idreg/ID_AA64DFR1_EL1/WRPs": ('hidden', ('none',)),
        "idreg/ID_AA64DFR1_EL1/BRPs": ('hidden', ('none',)),
        "idreg/ID_AA64DFR1_EL1/SYSPMUID": ('hidden', ('none',)),
        "idreg/ID_AA64DFR2_EL1": ('unallocated', ('none',)),
        "idreg/ID_AA64DFR2_EL1/TRBE_EXC": ('hidden', ('none',)),
        "idreg/ID_AA64DFR2_EL1/SPE_nVM": ('hidden', ('none',)),
        "idreg/ID_AA64DFR2_EL1/SPE_EXC": ('hidden', ('none',)),
        "idreg/ID_AA64DFR2_EL1/BWE": ('hidden', ('none',)),
        "idreg/ID_AA64DFR2_EL1/STEP": ('hidden', ('none',)),
        "idreg/S3_0_C0_C5_3": ('unallocated', ('none',)),
        "idreg/ID_AA64AFR0_EL1": ('hidden', ('none',)),
        "idreg/ID_AA64AFR0_EL1/IMPDEF7": ('hidden', ('none',)),
        "idreg/ID_AA64AFR0_EL1/IMPDEF6": ('hidden', ('none',)),
        "idreg/ID_AA64AFR0_EL1/IMPDEF5": ('hidden', ('none',)),
        "idreg/ID_AA64AFR0_EL1/IMPDEF4": ('hidden', ('none',)),
        "idreg/ID_AA64AFR0_EL1/IMPDEF3": ('hidden', ('none',)),
        "idreg/ID_AA64AFR0_EL1/IMPDEF2": ('hidden', ('none',)),
        "idreg/ID_AA64AFR0_EL1/IMPDEF1": ('hidden', ('none',)),
        "idreg/ID_AA64AFR0_EL1/IMPDEF0": ('hidden', ('none',)),
        "idreg/ID_AA64AFR1_EL1": ('hidden', ('none',)),
        "idreg/S3_0_C0_C5_6": ('unallocated', ('none',)),
        "idreg/S3_0_C0_C5_7": ('unallocated', ('none',)),
        "idreg/ID_AA64ISAR0_EL1": ('sanitised', ('RNDR', 'TLB', 'TS', 'FHM', 'DP', 'SM4', 'SM3', 'SHA3', 'RDM', 'ATOMIC', 'CRC32', 'SHA2', 'SHA1', 'AES')),
        "idreg/ID_AA64ISAR0_EL1/RNDR": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR0_EL1/TLB": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR0_EL1/TS": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR0_EL1/FHM": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR0_EL1/DP": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR0_EL1/SM4": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR0_EL1/SM3": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR0_EL1/SHA3": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR0_EL1/RDM": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR0_EL1/TME": ('hidden', ('none',)),
        "idreg/ID_AA64ISAR0_EL1/ATOMIC": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR0_EL1/CRC32": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR0_EL1/SHA2": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR0_EL1/SHA1": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR0_EL1/AES": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR1_EL1": ('sanitised', ('XS', 'I8MM', 'DGH', 'BF16', 'SPECRES', 'SB', 'FRINTTS', 'LRCPC', 'FCMA', 'JSCVT', 'DPB')),
        "idreg/ID_AA64ISAR1_EL1/LS64": ('hidden', ('none',)),
        "idreg/ID_AA64ISAR1_EL1/XS": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR1_EL1/I8MM": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR1_EL1/DGH": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR1_EL1/BF16": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR1_EL1/SPECRES": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR1_EL1/SB": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR1_EL1/FRINTTS": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR1_EL1/GPI": ('vcpu-feature:PTRAUTH', ('none',)),
        "idreg/ID_AA64ISAR1_EL1/GPA": ('vcpu-feature:PTRAUTH', ('none',)),
        "idreg/ID_AA64ISAR1_EL1/LRCPC": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR1_EL1/FCMA": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR1_EL1/JSCVT": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR1_EL1/API": ('vcpu-feature:PTRAUTH', ('none',)),
        "idreg/ID_AA64ISAR1_EL1/APA": ('vcpu-feature:PTRAUTH', ('none',)),
        "idreg/ID_AA64ISAR1_EL1/DPB": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR2_EL1": ('sanitised', ('LUT', 'CSSC', 'RPRFM', 'CLRBHB', 'BC', 'MOPS', 'RPRES', 'WFxT')),
        "idreg/ID_AA64ISAR2_EL1/ATS1A": ('hidden', ('none',)),
        "idreg/ID_AA64ISAR2_EL1/LUT": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR2_EL1/CSSC": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR2_EL1/RPRFM": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR2_EL1/PRFMSLC": ('hidden', ('none',)),
        "idreg/ID_AA64ISAR2_EL1/SYSINSTR_128": ('hidden', ('none',)),
        "idreg/ID_AA64ISAR2_EL1/SYSREG_128": ('hidden', ('none',)),
        "idreg/ID_AA64ISAR2_EL1/CLRBHB": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR2_EL1/PAC_frac": ('hidden', ('none',)),
        "idreg/ID_AA64ISAR2_EL1/BC": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR2_EL1/MOPS": ('host', ('lower-safe',)),
        "idreg/ID_AA64ISAR2_EL1/APA3": ('vcpu-feature:PTRAUTH', ('none',)),
        "idreg/ID_AA64ISAR2_EL1/GPA3": ('vcpu-feature:PTRAUTH', ('none',)),
        "idreg/ID_AA64ISAR2_EL1/RPRES": ('host', ('lower-safe',)),
        # __kvm_read_sanitised_id_reg() l.1555: cleared if !cpus_have_final_cap(ARM64_HAS_WFXT) (no optional cap).
        "idreg/ID_AA64ISAR2_EL1/WFxT": ('hidden', ('lower-safe',)),
        "idreg/ID_AA64ISAR3_EL1": ('unallocated', ('none',)),
        "idreg/ID_AA64ISAR3_EL1/PACM": ('hidden', ('none',)),
        "idreg/ID_AA64ISAR3_EL1/TLBIW": ('hidden', ('none',)),
        "idreg/ID_AA64ISAR3_EL1/FAMINMAX": ('hidden', ('none',)),
        "idreg/ID_AA64ISAR3_EL1/CPA": ('hidden', ('none',)),
        "idreg/S3_0_C0_C6_4": ('unallocated', ('none',)),
        "idreg/S3_0_C0_C6_5": ('unallocated', ('none',)),
        "idreg/S3_0_C0_C6_6": ('unallocated', ('none',)),
        "idreg/S3_0_C0_C6_7": ('unallocated', ('none',)),
        "idreg/ID_AA64MMFR0_EL1": ('sanitised', ('ECV', 'FGT', 'EXS', 'TGRAN4', 'TGRAN64', 'TGRAN16', 'BIGENDEL0', 'SNSMEM', 'BIGEND', 'PARANGE')),
        "idreg/ID_AA64MMFR0_EL1/ECV": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR0_EL1/FGT": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR0_EL1/EXS": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR0_EL1/TGRAN4_2": ('host', ('none',)),
        "idreg/ID_AA64MMFR0_EL1/TGRAN64_2": ('host', ('none',)),
        "idreg/ID_AA64MMFR0_EL1/TGRAN16_2": ('host', ('none',)),
        "idreg/ID_AA64MMFR0_EL1/TGRAN4": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR0_EL1/TGRAN64": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR0_EL1/TGRAN16": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR0_EL1/BIGENDEL0": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR0_EL1/SNSMEM": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR0_EL1/BIGEND": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR0_EL1/ASIDBITS": ('host', ('none',)),
        "idreg/ID_AA64MMFR0_EL1/PARANGE": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR1_EL1": ('sanitised', ('ECBHB', 'TIDCP1', 'AFP', 'ETS', 'SpecSEI', 'PAN', 'LO', 'HPDS', 'HAFDBS')),
        "idreg/ID_AA64MMFR1_EL1/ECBHB": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR1_EL1/CMOW": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR1_EL1/TIDCP1": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR1_EL1/nTLBPA": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR1_EL1/AFP": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR1_EL1/HCX": ('host', ('none',)),
        "idreg/ID_AA64MMFR1_EL1/ETS": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR1_EL1/TWED": ('host', ('none',)),
        "idreg/ID_AA64MMFR1_EL1/XNX": ('host', ('none',)),
        "idreg/ID_AA64MMFR1_EL1/SpecSEI": ('host', ('higher-safe',)),
        "idreg/ID_AA64MMFR1_EL1/PAN": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR1_EL1/LO": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR1_EL1/HPDS": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR1_EL1/VH": ('host', ('none',)),
        "idreg/ID_AA64MMFR1_EL1/VMIDBits": ('host', ('none',)),
        "idreg/ID_AA64MMFR1_EL1/HAFDBS": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR2_EL1": ('sanitised', ('E0PD', 'BBM', 'TTL', 'AT', 'ST', 'VARange', 'IESB', 'LSM', 'UAO', 'CnP')),
        "idreg/ID_AA64MMFR2_EL1/E0PD": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR2_EL1/EVT": ('host', ('none',)),
        "idreg/ID_AA64MMFR2_EL1/BBM": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR2_EL1/TTL": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR2_EL1/FWB": ('host', ('none',)),
        "idreg/ID_AA64MMFR2_EL1/IDS": ('host', ('none',)),
        "idreg/ID_AA64MMFR2_EL1/AT": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR2_EL1/ST": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR2_EL1/NV": ('host', ('none',)),
        "idreg/ID_AA64MMFR2_EL1/CCIDX": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR2_EL1/VARange": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR2_EL1/IESB": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR2_EL1/LSM": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR2_EL1/UAO": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR2_EL1/CnP": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR3_EL1": ('sanitised', ('S1POE', 'S1PIE', 'TCRX')),
        "idreg/ID_AA64MMFR3_EL1/Spec_FPACC": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/ADERR": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/SDERR": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/ANERR": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/SNERR": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/D128_2": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/D128": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/MEC": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/AIE": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/S2POE": ('hidden', ('none',)),
        # __kvm_read_sanitised_id_reg() l.1565: cleared if !system_supports_poe() (no optional feature).
        "idreg/ID_AA64MMFR3_EL1/S1POE": ('hidden', ('lower-safe',)),
        "idreg/ID_AA64MMFR3_EL1/S2PIE": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/S1PIE": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR3_EL1/SCTLRX": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR3_EL1/TCRX": ('host', ('lower-safe',)),
        "idreg/ID_AA64MMFR4_EL1": ('sanitised', ('none',)),
        "idreg/ID_AA64MMFR4_EL1/E3DSE": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR4_EL1/E2H0": ('host', ('none',)),
        "idreg/ID_AA64MMFR4_EL1/NV_frac": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR4_EL1/FGWTE3": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR4_EL1/HACDBS": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR4_EL1/ASID2": ('hidden', ('none',)),
        "idreg/ID_AA64MMFR4_EL1/EIESB": ('hidden', ('none',)),
        "idreg/S3_0_C0_C7_5": ('unallocated', ('none',)),
        "idreg/S3_0_C0_C7_6": ('unallocated', ('none',)),
        "idreg/S3_0_C0_C7_7": ('unallocated', ('none',)),
        "idreg/CLIDR_EL1": ('synthesised', ('any',)),
        "idreg/CTR_EL0": ('sanitised', ('DIC', 'IDC', 'DminLine', 'IminLine')),
        "idreg/CTR_EL0/TminLine": ('hidden', ('none',)),
        "idreg/CTR_EL0/DIC": ('host', ('lower-safe',)),
        "idreg/CTR_EL0/IDC": ('host', ('lower-safe',)),
        "idreg/CTR_EL0/CWG": ('host', ('none',)),
        "idreg/CTR_EL0/ERG": ('host', ('none',)),
        "idreg/CTR_EL0/DminLine": ('host', ('lower-safe',)),
        "idreg/CTR_EL0/L1Ip": ('host', ('none',)),
        "idreg/CTR_EL0/IminLine": ('host', ('lower-safe',)),
        "idreg/MIDR_EL1": ('host', ('none',)),
        "idreg/REVIDR_EL1": ('host', ('none',)),
        "idreg/AIDR_EL1": ('host', ('none',)),
        "reglist/MIDR_EL1": ('present', ('none',)),
        "reglist/REVIDR_EL1": ('present', ('none',)),
        "reglist/AIDR_EL1": ('present', ('none',)),
        "reglist/DBGBVR0_EL1": ('present', ('none',)),
        "reglist/DBGBCR0_EL1": ('present', ('none',)),
        "reglist/DBGWVR0_EL1": ('present', ('none',)),
        "reglist/DBGWCR0_EL1": ('present', ('none',)),
        "reglist/DBGBVR1_EL1": ('present', ('none',)),
        "reglist/DBGBCR1_EL1": ('present', ('none',)),
        "reglist/DBGWVR1_EL1": ('present', ('none',)),
        "reglist/DBGWCR1_EL1": ('present', ('none',)),
        "reglist/MDCCINT_EL1": ('present', ('none',)),
        "reglist/MDSCR_EL1": ('present', ('none',)),
        "reglist/DBGBVR2_EL1": ('present', ('none',)),
        "reglist/DBGBCR2_EL1": ('present', ('none',)),
        "reglist/DBGWVR2_EL1": ('present', ('none',)),
        "reglist/DBGWCR2_EL1": ('present', ('none',)),
        "reglist/DBGBVR3_EL1": ('present', ('none',)),
        "reglist/DBGBCR3_EL1": ('present', ('none',)),
        "reglist/DBGWVR3_EL1": ('present', ('none',)),
        "reglist/DBGWCR3_EL1": ('present', ('none',)),
        "reglist/DBGBVR4_EL1": ('present', ('none',)),
        "reglist/DBGBCR4_EL1": ('present', ('none',)),
        "reglist/DBGWVR4_EL1": ('present', ('none',)),
        "reglist/DBGWCR4_EL1": ('present', ('none',)),
        "reglist/DBGBVR5_EL1": ('present', ('none',)),
        "reglist/DBGBCR5_EL1": ('present', ('none',)),
        "reglist/DBGWVR5_EL1": ('present', ('none',)),
        "reglist/DBGWCR5_EL1": ('present', ('none',)),
        "reglist/DBGBVR6_EL1": ('present', ('none',)),
        "reglist/DBGBCR6_EL1": ('present', ('none',)),
        "reglist/DBGWVR6_EL1": ('present', ('none',)),
        "reglist/DBGWCR6_EL1": ('present', ('none',)),
        "reglist/DBGBVR7_EL1": ('present', ('none',)),
        "reglist/DBGBCR7_EL1": ('present', ('none',)),
        "reglist/DBGWVR7_EL1": ('present', ('none',)),
        "reglist/DBGWCR7_EL1": ('present', ('none',)),
        "reglist/DBGBVR8_EL1": ('present', ('none',)),
        "reglist/DBGBCR8_EL1": ('present', ('none',)),
        "reglist/DBGWVR8_EL1": ('present', ('none',)),
        "reglist/DBGWCR8_EL1": ('present', ('none',)),
        "reglist/DBGBVR9_EL1": ('present', ('none',)),
        "reglist/DBGBCR9_EL1": ('present', ('none',)),
        "reglist/DBGWVR9_EL1": ('present', ('none',)),
        "reglist/DBGWCR9_EL1": ('present', ('none',)),
        "reglist/DBGBVR10_EL1": ('present', ('none',)),
        "reglist/DBGBCR10_EL1": ('present', ('none',)),
        "reglist/DBGWVR10_EL1": ('present', ('none',)),
        "reglist/DBGWCR10_EL1": ('present', ('none',)),
        "reglist/DBGBVR11_EL1": ('present', ('none',)),
        "reglist/DBGBCR11_EL1": ('present', ('none',)),
        "reglist/DBGWVR11_EL1": ('present', ('none',)),
        "reglist/DBGWCR11_EL1": ('present', ('none',)),
        "reglist/DBGBVR12_EL1": ('present', ('none',)),
        "reglist/DBGBCR12_EL1": ('present', ('none',)),
        "reglist/DBGWVR12_EL1": ('present', ('none',)),
        "reglist/DBGWCR12_EL1": ('present', ('none',)),
        "reglist/DBGBVR13_EL1": ('present', ('none',)),
        "reglist/DBGBCR13_EL1": ('present', ('none',)),
        "reglist/DBGWVR13_EL1": ('present', ('none',)),
        "reglist/DBGWCR13_EL1": ('present', ('none',)),
        "reglist/DBGBVR14_EL1": ('present', ('none',)),
        "reglist/DBGBCR14_EL1": ('present', ('none',)),
        "reglist/DBGWVR14_EL1": ('present', ('none',)),
        "reglist/DBGWCR14_EL1": ('present', ('none',)),
        "reglist/DBGBVR15_EL1": ('present', ('none',)),
        "reglist/DBGBCR15_EL1": ('present', ('none',)),
        "reglist/DBGWVR15_EL1": ('present', ('none',)),
        "reglist/DBGWCR15_EL1": ('present', ('none',)),
        "reglist/OSLSR_EL1": ('present', ('none',)),
        "reglist/DBGVCR32_EL2": ('present', ('none',)),
        "reglist/MPIDR_EL1": ('present', ('none',)),
        "reglist/ID_PFR0_EL1": ('present', ('none',)),
        "reglist/ID_PFR1_EL1": ('present', ('none',)),
        "reglist/ID_DFR0_EL1": ('present', ('none',)),
        "reglist/ID_AFR0_EL1": ('present', ('none',)),
        "reglist/ID_MMFR0_EL1": ('present', ('none',)),
        "reglist/ID_MMFR1_EL1": ('present', ('none',)),
        "reglist/ID_MMFR2_EL1": ('present', ('none',)),
        "reglist/ID_MMFR3_EL1": ('present', ('none',)),
        "reglist/ID_ISAR0_EL1": ('present', ('none',)),
        "reglist/ID_ISAR1_EL1": ('present', ('none',)),
        "reglist/ID_ISAR2_EL1": ('present', ('none',)),
        "reglist/ID_ISAR3_EL1": ('present', ('none',)),
        "reglist/ID_ISAR4_EL1": ('present', ('none',)),
        "reglist/ID_ISAR5_EL1": ('present', ('none',)),
        "reglist/ID_MMFR4_EL1": ('present', ('none',)),
        "reglist/ID_ISAR6_EL1": ('present', ('none',)),
        "reglist/MVFR0_EL1": ('present', ('none',)),
        "reglist/MVFR1_EL1": ('present', ('none',)),
        "reglist/MVFR2_EL1": ('present', ('none',)),
        "reglist/S3_0_C0_C3_3": ('present', ('none',)),
        "reglist/ID_PFR2_EL1": ('present', ('none',)),
        "reglist/ID_DFR1_EL1": ('present', ('none',)),
        "reglist/ID_MMFR5_EL1": ('present', ('none',)),
        "reglist/S3_0_C0_C3_7": ('present', ('none',)),
        "reglist/ID_AA64PFR0_EL1": ('present', ('none',)),
        "reglist/ID_AA64PFR1_EL1": ('present', ('none',)),
        "reglist/ID_AA64PFR2_EL1": ('present', ('none',)),
        "reglist/S3_0_C0_C4_3": ('present', ('none',)),
        "reglist/ID_AA64ZFR0_EL1": ('present', ('none',)),
        "reglist/ID_AA64SMFR0_EL1": ('present', ('none',)),
        "reglist/S3_0_C0_C4_6": ('present', ('none',)),
        "reglist/ID_AA64FPFR0_EL1": ('present', ('none',)),
        "reglist/ID_AA64DFR0_EL1": ('present', ('none',)),
        "reglist/ID_AA64DFR1_EL1": ('present', ('none',)),
        "reglist/ID_AA64DFR2_EL1": ('present', ('none',)),
        "reglist/S3_0_C0_C5_3": ('present', ('none',)),
        "reglist/ID_AA64AFR0_EL1": ('present', ('none',)),
        "reglist/ID_AA64AFR1_EL1": ('present', ('none',)),
        "reglist/S3_0_C0_C5_6": ('present', ('none',)),
        "reglist/S3_0_C0_C5_7": ('present', ('none',)),
        "reglist/ID_AA64ISAR0_EL1": ('present', ('none',)),
        "reglist/ID_AA64ISAR1_EL1": ('present', ('none',)),
        "reglist/ID_AA64ISAR2_EL1": ('present', ('none',)),
        "reglist/ID_AA64ISAR3_EL1": ('present', ('none',)),
        "reglist/S3_0_C0_C6_4": ('present', ('none',)),
        "reglist/S3_0_C0_C6_5": ('present', ('none',)),
        "reglist/S3_0_C0_C6_6": ('present', ('none',)),
        "reglist/S3_0_C0_C6_7": ('present', ('none',)),
        "reglist/ID_AA64MMFR0_EL1": ('present', ('none',)),
        "reglist/ID_AA64MMFR1_EL1": ('present', ('none',)),
        "reglist/ID_AA64MMFR2_EL1": ('present', ('none',)),
        "reglist/ID_AA64MMFR3_EL1": ('present', ('none',)),
        "reglist/ID_AA64MMFR4_EL1": ('present', ('none',)),
        "reglist/S3_0_C0_C7_5": ('present', ('none',)),
        "reglist/S3_0_C0_C7_6": ('present', ('none',)),
        "reglist/S3_0_C0_C7_7": ('present', ('none',)),
        "reglist/SCTLR_EL1": ('present', ('none',)),
        "reglist/ACTLR_EL1": ('present', ('none',)),
        "reglist/CPACR_EL1": ('present', ('none',)),
        "reglist/RGSR_EL1": ('vcpu-feature:MTE', ('none',)),
        "reglist/GCR_EL1": ('vcpu-feature:MTE', ('none',)),
        "reglist/ZCR_EL1": ('vcpu-feature:SVE', ('none',)),
        "reglist/TTBR0_EL1": ('present', ('none',)),
        "reglist/TTBR1_EL1": ('present', ('none',)),
        "reglist/TCR_EL1": ('present', ('none',)),
        "reglist/TCR2_EL1": ('present', ('none',)),
        "reglist/APIAKEYLO_EL1": ('vcpu-feature:PTRAUTH', ('none',)),
        "reglist/APIAKEYHI_EL1": ('vcpu-feature:PTRAUTH', ('none',)),
        "reglist/APIBKEYLO_EL1": ('vcpu-feature:PTRAUTH', ('none',)),
        "reglist/APIBKEYHI_EL1": ('vcpu-feature:PTRAUTH', ('none',)),
        "reglist/APDAKEYLO_EL1": ('vcpu-feature:PTRAUTH', ('none',)),
        "reglist/APDAKEYHI_EL1": ('vcpu-feature:PTRAUTH', ('none',)),
        "reglist/APDBKEYLO_EL1": ('vcpu-feature:PTRAUTH', ('none',)),
        "reglist/APDBKEYHI_EL1": ('vcpu-feature:PTRAUTH', ('none',)),
        "reglist/APGAKEYLO_EL1": ('vcpu-feature:PTRAUTH', ('none',)),
        "reglist/APGAKEYHI_EL1": ('vcpu-feature:PTRAUTH', ('none',)),
        "reglist/AFSR0_EL1": ('present', ('none',)),
        "reglist/AFSR1_EL1": ('present', ('none',)),
        "reglist/ESR_EL1": ('present', ('none',)),
        "reglist/TFSR_EL1": ('vcpu-feature:MTE', ('none',)),
        "reglist/TFSRE0_EL1": ('vcpu-feature:MTE', ('none',)),
        "reglist/FAR_EL1": ('present', ('none',)),
        "reglist/PAR_EL1": ('present', ('none',)),
        "reglist/PMINTENSET_EL1": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMINTENCLR_EL1": ('vcpu-feature:PMU', ('none',)),
        "reglist/MAIR_EL1": ('present', ('none',)),
        "reglist/PIRE0_EL1": ('present', ('none',)),
        "reglist/PIR_EL1": ('present', ('none',)),
        "reglist/POR_EL1": ('hidden', ('none',)),  # hidden on the common host (kvmconds.on_common_host; extras when/otherwise)
        "reglist/AMAIR_EL1": ('present', ('none',)),
        "reglist/VBAR_EL1": ('present', ('none',)),
        "reglist/DISR_EL1": ('present', ('none',)),
        "reglist/CONTEXTIDR_EL1": ('present', ('none',)),
        "reglist/TPIDR_EL1": ('present', ('none',)),
        "reglist/CNTKCTL_EL1": ('present', ('none',)),
        "reglist/CLIDR_EL1": ('present', ('none',)),
        "reglist/CSSELR_EL1": ('present', ('none',)),
        "reglist/CTR_EL0": ('present', ('none',)),
        "reglist/SVCR": ('hidden', ('none',)),  # hidden on the common host (kvmconds.on_common_host; extras when/otherwise)
        "reglist/FPMR": ('hidden', ('none',)),  # hidden on the common host (kvmconds.on_common_host; extras when/otherwise)
        "reglist/PMCR_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMCNTENSET_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMCNTENCLR_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMOVSCLR_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMSWINC_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMSELR_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMCCNTR_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMUSERENR_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMOVSSET_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/POR_EL0": ('hidden', ('none',)),  # hidden on the common host (kvmconds.on_common_host; extras when/otherwise)
        "reglist/TPIDR_EL0": ('present', ('none',)),
        "reglist/TPIDRRO_EL0": ('present', ('none',)),
        "reglist/PMEVCNTR0_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR1_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR2_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR3_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR4_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR5_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR6_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR7_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR8_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR9_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR10_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR11_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR12_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR13_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR14_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR15_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR16_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR17_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR18_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR19_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR20_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR21_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR22_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR23_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR24_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR25_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR26_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR27_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR28_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR29_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVCNTR30_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER0_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER1_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER2_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER3_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER4_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER5_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER6_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER7_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER8_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER9_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER10_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER11_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER12_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER13_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER14_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER15_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER16_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER17_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER18_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER19_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER20_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER21_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER22_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER23_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER24_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER25_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER26_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER27_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER28_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER29_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMEVTYPER30_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/PMCCFILTR_EL0": ('vcpu-feature:PMU', ('none',)),
        "reglist/VPIDR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/VMPIDR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/SCTLR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/ACTLR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/HCR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/MDCR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/CPTR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/HSTR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/HFGRTR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/HFGWTR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/HFGITR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/HACR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/ZCR_EL2": ('vcpu-feature:NV+SVE', ('none',)),
        "reglist/HCRX_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/TTBR0_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/TTBR1_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/TCR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/VTTBR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/VTCR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/DACR32_EL2": ('present', ('none',)),
        "reglist/HDFGRTR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/HDFGWTR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/HAFGRTR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/SPSR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/ELR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/IFSR32_EL2": ('present', ('none',)),
        "reglist/AFSR0_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/AFSR1_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/ESR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/FPEXC32_EL2": ('present', ('none',)),
        "reglist/FAR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/HPFAR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/MAIR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/AMAIR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/VBAR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/RVBAR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/ICH_HCR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/CONTEXTIDR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/TPIDR_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/CNTVOFF_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/CNTHCTL_EL2": ('vcpu-feature:NV', ('none',)),
        "reglist/SP_EL2": ('vcpu-feature:NV', ('none',)),
    },
}

# FTR_EXACT fields in a writable mask carry extra `safe`: their arm64_ftr_bits
# safe value, which arm64_check_features() also accepts (arm64_ftr_safe_value()
# returns safe_val for FTR_EXACT). v6.12 cpufeature.c ftr_id_aa64fpfr0[] lines
# 384-389: safe 0 (so `exact` admits `hidden`: 6.1's hidden F8* fields restore).
SAFE = {
    "v6.12": {
        "idreg/ID_AA64FPFR0_EL1/F8CVT": "0", "idreg/ID_AA64FPFR0_EL1/F8FMA": "0",
        "idreg/ID_AA64FPFR0_EL1/F8DP4": "0", "idreg/ID_AA64FPFR0_EL1/F8DP2": "0",
        "idreg/ID_AA64FPFR0_EL1/F8E4M3": "0", "idreg/ID_AA64FPFR0_EL1/F8E5M2": "0",
    },
}


# --- where each expectation was read ------------------------------------------------
#
# NOTES[tag][item]: for every non-trivial entry (a default other than `host`,
# a settable other than `none`, a warning), the line of that tree that decides
# it: (what, file, function or table, line, the line's text). Found by plain
# text search of the tree (the descriptor line in sys_reg_descs[] or
# invariant_sys_regs[]; the KVM read function line naming the field; the
# field's arm64_ftr_bits entry and its safety type; for `default-absent`, the
# host table that has no entry for the field, which is why it reads as 0),
# not from the extractor. tests/test_realcode_idreg_notes.py checks each line
# still says so in the tree. `what`: default | default-absent | settable | warning.
NOTES = {
    "v6.1": {
        "idreg/ID_PFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1467, 'AA32_ID_SANITISED(ID_PFR0_EL1),'),
        ],
        "idreg/ID_PFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1468, 'AA32_ID_SANITISED(ID_PFR1_EL1),'),
        ],
        "idreg/ID_DFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1469, 'AA32_ID_SANITISED(ID_DFR0_EL1),'),
        ],
        "idreg/ID_DFR0_EL1/PerfMon": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_id_reg()', 1147, 'ID_DFR0_PERFMON_SHIFT,'),
        ],
        "idreg/ID_AFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1470, 'ID_HIDDEN(ID_AFR0_EL1),'),
        ],
        "idreg/ID_AFR0_EL1/IMPDEF3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1470, 'ID_HIDDEN(ID_AFR0_EL1),'),
        ],
        "idreg/ID_AFR0_EL1/IMPDEF2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1470, 'ID_HIDDEN(ID_AFR0_EL1),'),
        ],
        "idreg/ID_AFR0_EL1/IMPDEF1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1470, 'ID_HIDDEN(ID_AFR0_EL1),'),
        ],
        "idreg/ID_AFR0_EL1/IMPDEF0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1470, 'ID_HIDDEN(ID_AFR0_EL1),'),
        ],
        "idreg/ID_MMFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1471, 'AA32_ID_SANITISED(ID_MMFR0_EL1),'),
        ],
        "idreg/ID_MMFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1472, 'AA32_ID_SANITISED(ID_MMFR1_EL1),'),
        ],
        "idreg/ID_MMFR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1473, 'AA32_ID_SANITISED(ID_MMFR2_EL1),'),
        ],
        "idreg/ID_MMFR3_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1474, 'AA32_ID_SANITISED(ID_MMFR3_EL1),'),
        ],
        "idreg/ID_ISAR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1477, 'AA32_ID_SANITISED(ID_ISAR0_EL1),'),
        ],
        "idreg/ID_ISAR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1478, 'AA32_ID_SANITISED(ID_ISAR1_EL1),'),
        ],
        "idreg/ID_ISAR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1479, 'AA32_ID_SANITISED(ID_ISAR2_EL1),'),
        ],
        "idreg/ID_ISAR3_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1480, 'AA32_ID_SANITISED(ID_ISAR3_EL1),'),
        ],
        "idreg/ID_ISAR4_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1481, 'AA32_ID_SANITISED(ID_ISAR4_EL1),'),
        ],
        "idreg/ID_ISAR5_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1482, 'AA32_ID_SANITISED(ID_ISAR5_EL1),'),
        ],
        "idreg/ID_MMFR4_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1483, 'AA32_ID_SANITISED(ID_MMFR4_EL1),'),
        ],
        "idreg/ID_ISAR6_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1484, 'AA32_ID_SANITISED(ID_ISAR6_EL1),'),
        ],
        "idreg/MVFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1487, 'AA32_ID_SANITISED(MVFR0_EL1),'),
        ],
        "idreg/MVFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1488, 'AA32_ID_SANITISED(MVFR1_EL1),'),
        ],
        "idreg/MVFR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1489, 'AA32_ID_SANITISED(MVFR2_EL1),'),
        ],
        "idreg/S3_0_C0_C3_3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1490, 'ID_UNALLOCATED(3,3),'),
        ],
        "idreg/ID_PFR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1491, 'AA32_ID_SANITISED(ID_PFR2_EL1),'),
        ],
        "idreg/ID_DFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1492, 'ID_HIDDEN(ID_DFR1_EL1),'),
        ],
        "idreg/ID_DFR1_EL1/MTPMU": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1492, 'ID_HIDDEN(ID_DFR1_EL1),'),
        ],
        "idreg/ID_MMFR5_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1493, 'AA32_ID_SANITISED(ID_MMFR5_EL1),'),
        ],
        "idreg/S3_0_C0_C3_7": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1494, 'ID_UNALLOCATED(3,7),'),
        ],
        "idreg/ID_AA64PFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1498, '{ SYS_DESC(SYS_ID_AA64PFR0_EL1), .access = access_id_reg,'),
        ],
        "idreg/ID_AA64PFR0_EL1/CSV3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_id_reg()', 1106, 'val &= ~ARM64_FEATURE_MASK(ID_AA64PFR0_EL1_CSV3);'),
            ('settable', 'arch/arm64/kvm/sys_regs.c', 'set_id_aa64pfr0_el1()', 1230, 'csv3 = cpuid_feature_extract_unsigned_field(val, ID_AA64PFR0_EL1_CSV3_SHIFT);'),
        ],
        "idreg/ID_AA64PFR0_EL1/CSV2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_id_reg()', 1104, 'val &= ~ARM64_FEATURE_MASK(ID_AA64PFR0_EL1_CSV2);'),
            ('settable', 'arch/arm64/kvm/sys_regs.c', 'set_id_aa64pfr0_el1()', 1224, 'csv2 = cpuid_feature_extract_unsigned_field(val, ID_AA64PFR0_EL1_CSV2_SHIFT);'),
        ],
        "idreg/ID_AA64PFR0_EL1/RME": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64pfr0[]', 226, 'static const struct arm64_ftr_bits ftr_id_aa64pfr0[] = {'),
        ],
        "idreg/ID_AA64PFR0_EL1/AMU": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_id_reg()', 1103, 'val &= ~ARM64_FEATURE_MASK(ID_AA64PFR0_EL1_AMU);'),
        ],
        "idreg/ID_AA64PFR0_EL1/SVE": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_id_reg()', 1102, 'val &= ~ARM64_FEATURE_MASK(ID_AA64PFR0_EL1_SVE);'),
        ],
        "idreg/ID_AA64PFR0_EL1/GIC": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_id_reg()', 1109, 'val &= ~ARM64_FEATURE_MASK(ID_AA64PFR0_EL1_GIC);'),
        ],
        "idreg/ID_AA64PFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1500, 'ID_SANITISED(ID_AA64PFR1_EL1),'),
        ],
        "idreg/ID_AA64PFR1_EL1/NMI": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64pfr1[]', 246, 'static const struct arm64_ftr_bits ftr_id_aa64pfr1[] = {'),
        ],
        "idreg/ID_AA64PFR1_EL1/CSV2_frac": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64pfr1[]', 246, 'static const struct arm64_ftr_bits ftr_id_aa64pfr1[] = {'),
        ],
        "idreg/ID_AA64PFR1_EL1/RNDR_trap": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64pfr1[]', 246, 'static const struct arm64_ftr_bits ftr_id_aa64pfr1[] = {'),
        ],
        "idreg/ID_AA64PFR1_EL1/SME": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_id_reg()', 1117, 'val &= ~ARM64_FEATURE_MASK(ID_AA64PFR1_EL1_SME);'),
        ],
        "idreg/ID_AA64PFR1_EL1/MTE": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_id_reg()', 1115, 'val &= ~ARM64_FEATURE_MASK(ID_AA64PFR1_EL1_MTE);'),
        ],
        "idreg/ID_AA64PFR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1501, 'ID_UNALLOCATED(4,2),'),
        ],
        "idreg/ID_AA64PFR2_EL1/FPMR": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1501, 'ID_UNALLOCATED(4,2),'),
        ],
        "idreg/ID_AA64PFR2_EL1/MTEFAR": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1501, 'ID_UNALLOCATED(4,2),'),
        ],
        "idreg/ID_AA64PFR2_EL1/MTESTOREONLY": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1501, 'ID_UNALLOCATED(4,2),'),
        ],
        "idreg/ID_AA64PFR2_EL1/MTEPERM": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1501, 'ID_UNALLOCATED(4,2),'),
        ],
        "idreg/S3_0_C0_C4_3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1502, 'ID_UNALLOCATED(4,3),'),
        ],
        "idreg/ID_AA64ZFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1503, 'ID_SANITISED(ID_AA64ZFR0_EL1),'),
        ],
        "idreg/ID_AA64ZFR0_EL1/F64MM": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1503, 'ID_SANITISED(ID_AA64ZFR0_EL1),'),
        ],
        "idreg/ID_AA64ZFR0_EL1/F32MM": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1503, 'ID_SANITISED(ID_AA64ZFR0_EL1),'),
        ],
        "idreg/ID_AA64ZFR0_EL1/I8MM": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1503, 'ID_SANITISED(ID_AA64ZFR0_EL1),'),
        ],
        "idreg/ID_AA64ZFR0_EL1/SM4": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1503, 'ID_SANITISED(ID_AA64ZFR0_EL1),'),
        ],
        "idreg/ID_AA64ZFR0_EL1/SHA3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1503, 'ID_SANITISED(ID_AA64ZFR0_EL1),'),
        ],
        "idreg/ID_AA64ZFR0_EL1/BF16": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1503, 'ID_SANITISED(ID_AA64ZFR0_EL1),'),
        ],
        "idreg/ID_AA64ZFR0_EL1/BitPerm": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1503, 'ID_SANITISED(ID_AA64ZFR0_EL1),'),
        ],
        "idreg/ID_AA64ZFR0_EL1/AES": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1503, 'ID_SANITISED(ID_AA64ZFR0_EL1),'),
        ],
        "idreg/ID_AA64ZFR0_EL1/SVEver": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1503, 'ID_SANITISED(ID_AA64ZFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1504, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/FA64": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1504, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/SMEver": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1504, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/I16I64": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1504, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/F64F64": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1504, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/I8I32": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1504, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/F16F32": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1504, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/B16F32": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1504, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/F32F32": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1504, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/S3_0_C0_C4_6": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1505, 'ID_UNALLOCATED(4,6),'),
        ],
        "idreg/ID_AA64FPFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1506, 'ID_UNALLOCATED(4,7),'),
        ],
        "idreg/ID_AA64FPFR0_EL1/F8CVT": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1506, 'ID_UNALLOCATED(4,7),'),
        ],
        "idreg/ID_AA64FPFR0_EL1/F8FMA": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1506, 'ID_UNALLOCATED(4,7),'),
        ],
        "idreg/ID_AA64FPFR0_EL1/F8DP4": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1506, 'ID_UNALLOCATED(4,7),'),
        ],
        "idreg/ID_AA64FPFR0_EL1/F8DP2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1506, 'ID_UNALLOCATED(4,7),'),
        ],
        "idreg/ID_AA64FPFR0_EL1/F8E4M3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1506, 'ID_UNALLOCATED(4,7),'),
        ],
        "idreg/ID_AA64FPFR0_EL1/F8E5M2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1506, 'ID_UNALLOCATED(4,7),'),
        ],
        "idreg/ID_AA64DFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1509, 'ID_SANITISED(ID_AA64DFR0_EL1),'),
        ],
        "idreg/ID_AA64DFR0_EL1/HPMN0": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64dfr0[]', 418, 'static const struct arm64_ftr_bits ftr_id_aa64dfr0[] = {'),
        ],
        "idreg/ID_AA64DFR0_EL1/BRBE": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64dfr0[]', 418, 'static const struct arm64_ftr_bits ftr_id_aa64dfr0[] = {'),
        ],
        "idreg/ID_AA64DFR0_EL1/MTPMU": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64dfr0[]', 418, 'static const struct arm64_ftr_bits ftr_id_aa64dfr0[] = {'),
        ],
        "idreg/ID_AA64DFR0_EL1/TraceBuffer": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64dfr0[]', 418, 'static const struct arm64_ftr_bits ftr_id_aa64dfr0[] = {'),
        ],
        "idreg/ID_AA64DFR0_EL1/TraceFilt": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64dfr0[]', 418, 'static const struct arm64_ftr_bits ftr_id_aa64dfr0[] = {'),
        ],
        "idreg/ID_AA64DFR0_EL1/PMSVer": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_id_reg()', 1142, 'val &= ~ARM64_FEATURE_MASK(ID_AA64DFR0_EL1_PMSVer);'),
        ],
        "idreg/ID_AA64DFR0_EL1/PMUVer": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_id_reg()', 1139, 'ID_AA64DFR0_EL1_PMUVer_SHIFT,'),
        ],
        "idreg/ID_AA64DFR0_EL1/TraceVer": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64dfr0[]', 418, 'static const struct arm64_ftr_bits ftr_id_aa64dfr0[] = {'),
        ],
        "idreg/ID_AA64DFR0_EL1/DebugVer": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_id_reg()', 1135, 'val &= ~ARM64_FEATURE_MASK(ID_AA64DFR0_EL1_DebugVer);'),
        ],
        "idreg/ID_AA64DFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1510, 'ID_SANITISED(ID_AA64DFR1_EL1),'),
        ],
        "idreg/ID_AA64DFR1_EL1/ABL_CMPs": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_raz[]', 623, 'static const struct arm64_ftr_bits ftr_raz[] = {'),
        ],
        "idreg/ID_AA64DFR1_EL1/DPFZS": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_raz[]', 623, 'static const struct arm64_ftr_bits ftr_raz[] = {'),
        ],
        "idreg/ID_AA64DFR1_EL1/EBEP": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_raz[]', 623, 'static const struct arm64_ftr_bits ftr_raz[] = {'),
        ],
        "idreg/ID_AA64DFR1_EL1/ITE": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_raz[]', 623, 'static const struct arm64_ftr_bits ftr_raz[] = {'),
        ],
        "idreg/ID_AA64DFR1_EL1/ABLE": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_raz[]', 623, 'static const struct arm64_ftr_bits ftr_raz[] = {'),
        ],
        "idreg/ID_AA64DFR1_EL1/PMICNTR": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_raz[]', 623, 'static const struct arm64_ftr_bits ftr_raz[] = {'),
        ],
        "idreg/ID_AA64DFR1_EL1/SPMU": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_raz[]', 623, 'static const struct arm64_ftr_bits ftr_raz[] = {'),
        ],
        "idreg/ID_AA64DFR1_EL1/CTX_CMPs": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_raz[]', 623, 'static const struct arm64_ftr_bits ftr_raz[] = {'),
        ],
        "idreg/ID_AA64DFR1_EL1/WRPs": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_raz[]', 623, 'static const struct arm64_ftr_bits ftr_raz[] = {'),
        ],
        "idreg/ID_AA64DFR1_EL1/BRPs": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_raz[]', 623, 'static const struct arm64_ftr_bits ftr_raz[] = {'),
        ],
        "idreg/ID_AA64DFR1_EL1/SYSPMUID": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_raz[]', 623, 'static const struct arm64_ftr_bits ftr_raz[] = {'),
        ],
        "idreg/ID_AA64DFR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1511, 'ID_UNALLOCATED(5,2),'),
        ],
        "idreg/S3_0_C0_C5_3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1512, 'ID_UNALLOCATED(5,3),'),
        ],
        "idreg/ID_AA64AFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1513, 'ID_HIDDEN(ID_AA64AFR0_EL1),'),
        ],
        "idreg/ID_AA64AFR0_EL1/IMPDEF7": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1513, 'ID_HIDDEN(ID_AA64AFR0_EL1),'),
        ],
        "idreg/ID_AA64AFR0_EL1/IMPDEF6": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1513, 'ID_HIDDEN(ID_AA64AFR0_EL1),'),
        ],
        "idreg/ID_AA64AFR0_EL1/IMPDEF5": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1513, 'ID_HIDDEN(ID_AA64AFR0_EL1),'),
        ],
        "idreg/ID_AA64AFR0_EL1/IMPDEF4": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1513, 'ID_HIDDEN(ID_AA64AFR0_EL1),'),
        ],
        "idreg/ID_AA64AFR0_EL1/IMPDEF3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1513, 'ID_HIDDEN(ID_AA64AFR0_EL1),'),
        ],
        "idreg/ID_AA64AFR0_EL1/IMPDEF2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1513, 'ID_HIDDEN(ID_AA64AFR0_EL1),'),
        ],
        "idreg/ID_AA64AFR0_EL1/IMPDEF1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1513, 'ID_HIDDEN(ID_AA64AFR0_EL1),'),
        ],
        "idreg/ID_AA64AFR0_EL1/IMPDEF0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1513, 'ID_HIDDEN(ID_AA64AFR0_EL1),'),
        ],
        "idreg/ID_AA64AFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1514, 'ID_HIDDEN(ID_AA64AFR1_EL1),'),
        ],
        "idreg/S3_0_C0_C5_6": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1515, 'ID_UNALLOCATED(5,6),'),
        ],
        "idreg/S3_0_C0_C5_7": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1516, 'ID_UNALLOCATED(5,7),'),
        ],
        "idreg/ID_AA64ISAR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1519, 'ID_SANITISED(ID_AA64ISAR0_EL1),'),
        ],
        "idreg/ID_AA64ISAR0_EL1/TME": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar0[]', 174, 'static const struct arm64_ftr_bits ftr_id_aa64isar0[] = {'),
        ],
        "idreg/ID_AA64ISAR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1520, 'ID_SANITISED(ID_AA64ISAR1_EL1),'),
        ],
        "idreg/ID_AA64ISAR1_EL1/LS64": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar1[]', 192, 'static const struct arm64_ftr_bits ftr_id_aa64isar1[] = {'),
        ],
        "idreg/ID_AA64ISAR1_EL1/XS": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar1[]', 192, 'static const struct arm64_ftr_bits ftr_id_aa64isar1[] = {'),
        ],
        "idreg/ID_AA64ISAR1_EL1/GPI": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_id_reg()', 1124, 'ARM64_FEATURE_MASK(ID_AA64ISAR1_EL1_GPI));'),
        ],
        "idreg/ID_AA64ISAR1_EL1/GPA": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_id_reg()', 1123, 'ARM64_FEATURE_MASK(ID_AA64ISAR1_EL1_GPA) |'),
        ],
        "idreg/ID_AA64ISAR1_EL1/API": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_id_reg()', 1122, 'ARM64_FEATURE_MASK(ID_AA64ISAR1_EL1_API) |'),
        ],
        "idreg/ID_AA64ISAR1_EL1/APA": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_id_reg()', 1121, 'val &= ~(ARM64_FEATURE_MASK(ID_AA64ISAR1_EL1_APA) |'),
        ],
        "idreg/ID_AA64ISAR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1521, 'ID_SANITISED(ID_AA64ISAR2_EL1),'),
        ],
        "idreg/ID_AA64ISAR2_EL1/PAC_frac": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar2[]', 214, 'static const struct arm64_ftr_bits ftr_id_aa64isar2[] = {'),
        ],
        "idreg/ID_AA64ISAR2_EL1/MOPS": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar2[]', 214, 'static const struct arm64_ftr_bits ftr_id_aa64isar2[] = {'),
        ],
        "idreg/ID_AA64ISAR2_EL1/APA3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_id_reg()', 1128, 'val &= ~(ARM64_FEATURE_MASK(ID_AA64ISAR2_EL1_APA3) |'),
        ],
        "idreg/ID_AA64ISAR2_EL1/GPA3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_id_reg()', 1129, 'ARM64_FEATURE_MASK(ID_AA64ISAR2_EL1_GPA3));'),
        ],
        "idreg/ID_AA64ISAR2_EL1/WFxT": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_id_reg()', 1131, 'val &= ~ARM64_FEATURE_MASK(ID_AA64ISAR2_EL1_WFxT);'),
        ],
        "idreg/ID_AA64ISAR3_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1522, 'ID_UNALLOCATED(6,3),'),
        ],
        "idreg/ID_AA64ISAR3_EL1/PACM": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1522, 'ID_UNALLOCATED(6,3),'),
        ],
        "idreg/ID_AA64ISAR3_EL1/TLBIW": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1522, 'ID_UNALLOCATED(6,3),'),
        ],
        "idreg/ID_AA64ISAR3_EL1/FAMINMAX": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1522, 'ID_UNALLOCATED(6,3),'),
        ],
        "idreg/ID_AA64ISAR3_EL1/CPA": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1522, 'ID_UNALLOCATED(6,3),'),
        ],
        "idreg/S3_0_C0_C6_4": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1523, 'ID_UNALLOCATED(6,4),'),
        ],
        "idreg/S3_0_C0_C6_5": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1524, 'ID_UNALLOCATED(6,5),'),
        ],
        "idreg/S3_0_C0_C6_6": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1525, 'ID_UNALLOCATED(6,6),'),
        ],
        "idreg/S3_0_C0_C6_7": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1526, 'ID_UNALLOCATED(6,7),'),
        ],
        "idreg/ID_AA64MMFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1529, 'ID_SANITISED(ID_AA64MMFR0_EL1),'),
        ],
        "idreg/ID_AA64MMFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1530, 'ID_SANITISED(ID_AA64MMFR1_EL1),'),
        ],
        "idreg/ID_AA64MMFR1_EL1/CMOW": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr1[]', 345, 'static const struct arm64_ftr_bits ftr_id_aa64mmfr1[] = {'),
        ],
        "idreg/ID_AA64MMFR1_EL1/nTLBPA": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr1[]', 345, 'static const struct arm64_ftr_bits ftr_id_aa64mmfr1[] = {'),
        ],
        "idreg/ID_AA64MMFR1_EL1/HCX": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr1[]', 345, 'static const struct arm64_ftr_bits ftr_id_aa64mmfr1[] = {'),
        ],
        "idreg/ID_AA64MMFR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1531, 'ID_SANITISED(ID_AA64MMFR2_EL1),'),
        ],
        "idreg/ID_AA64MMFR3_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1532, 'ID_UNALLOCATED(7,3),'),
        ],
        "idreg/ID_AA64MMFR3_EL1/Spec_FPACC": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1532, 'ID_UNALLOCATED(7,3),'),
        ],
        "idreg/ID_AA64MMFR3_EL1/ADERR": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1532, 'ID_UNALLOCATED(7,3),'),
        ],
        "idreg/ID_AA64MMFR3_EL1/SDERR": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1532, 'ID_UNALLOCATED(7,3),'),
        ],
        "idreg/ID_AA64MMFR3_EL1/ANERR": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1532, 'ID_UNALLOCATED(7,3),'),
        ],
        "idreg/ID_AA64MMFR3_EL1/SNERR": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1532, 'ID_UNALLOCATED(7,3),'),
        ],
        "idreg/ID_AA64MMFR3_EL1/D128_2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1532, 'ID_UNALLOCATED(7,3),'),
        ],
        "idreg/ID_AA64MMFR3_EL1/D128": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1532, 'ID_UNALLOCATED(7,3),'),
        ],
        "idreg/ID_AA64MMFR3_EL1/MEC": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1532, 'ID_UNALLOCATED(7,3),'),
        ],
        "idreg/ID_AA64MMFR3_EL1/AIE": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1532, 'ID_UNALLOCATED(7,3),'),
        ],
        "idreg/ID_AA64MMFR3_EL1/S2POE": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1532, 'ID_UNALLOCATED(7,3),'),
        ],
        "idreg/ID_AA64MMFR3_EL1/S1POE": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1532, 'ID_UNALLOCATED(7,3),'),
        ],
        "idreg/ID_AA64MMFR3_EL1/S2PIE": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1532, 'ID_UNALLOCATED(7,3),'),
        ],
        "idreg/ID_AA64MMFR3_EL1/S1PIE": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1532, 'ID_UNALLOCATED(7,3),'),
        ],
        "idreg/ID_AA64MMFR3_EL1/SCTLRX": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1532, 'ID_UNALLOCATED(7,3),'),
        ],
        "idreg/ID_AA64MMFR3_EL1/TCRX": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1532, 'ID_UNALLOCATED(7,3),'),
        ],
        "idreg/ID_AA64MMFR4_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1533, 'ID_UNALLOCATED(7,4),'),
        ],
        "idreg/ID_AA64MMFR4_EL1/E3DSE": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1533, 'ID_UNALLOCATED(7,4),'),
        ],
        "idreg/ID_AA64MMFR4_EL1/E2H0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1533, 'ID_UNALLOCATED(7,4),'),
        ],
        "idreg/ID_AA64MMFR4_EL1/NV_frac": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1533, 'ID_UNALLOCATED(7,4),'),
        ],
        "idreg/ID_AA64MMFR4_EL1/FGWTE3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1533, 'ID_UNALLOCATED(7,4),'),
        ],
        "idreg/ID_AA64MMFR4_EL1/HACDBS": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1533, 'ID_UNALLOCATED(7,4),'),
        ],
        "idreg/ID_AA64MMFR4_EL1/ASID2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1533, 'ID_UNALLOCATED(7,4),'),
        ],
        "idreg/ID_AA64MMFR4_EL1/EIESB": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1533, 'ID_UNALLOCATED(7,4),'),
        ],
        "idreg/S3_0_C0_C7_5": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1534, 'ID_UNALLOCATED(7,5),'),
        ],
        "idreg/S3_0_C0_C7_6": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1535, 'ID_UNALLOCATED(7,6),'),
        ],
        "idreg/S3_0_C0_C7_7": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1536, 'ID_UNALLOCATED(7,7),'),
        ],
        "idreg/CTR_EL0/TminLine": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_ctr[]', 381, 'static const struct arm64_ftr_bits ftr_ctr[] = {'),
        ],
        "reglist/MIDR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'invariant_sys_regs[]', 2648, '{ SYS_DESC(SYS_MIDR_EL1), NULL, get_midr_el1 },'),
        ],
        "reglist/REVIDR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'invariant_sys_regs[]', 2649, '{ SYS_DESC(SYS_REVIDR_EL1), NULL, get_revidr_el1 },'),
        ],
        "reglist/CLIDR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1630, '{ SYS_DESC(SYS_CLIDR_EL1), access_clidr },'),
        ],
        "reglist/AIDR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'invariant_sys_regs[]', 2651, '{ SYS_DESC(SYS_AIDR_EL1), NULL, get_aidr_el1 },'),
        ],
        "reglist/CTR_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1633, '{ SYS_DESC(SYS_CTR_EL0), access_ctr },'),
        ],
        "reglist/DBGBVR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1422, 'DBG_BCR_BVR_WCR_WVR_EL1(0),'),
        ],
        "reglist/DBGBCR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1422, 'DBG_BCR_BVR_WCR_WVR_EL1(0),'),
        ],
        "reglist/DBGWVR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1422, 'DBG_BCR_BVR_WCR_WVR_EL1(0),'),
        ],
        "reglist/DBGWCR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1422, 'DBG_BCR_BVR_WCR_WVR_EL1(0),'),
        ],
        "reglist/DBGBVR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1423, 'DBG_BCR_BVR_WCR_WVR_EL1(1),'),
        ],
        "reglist/DBGBCR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1423, 'DBG_BCR_BVR_WCR_WVR_EL1(1),'),
        ],
        "reglist/DBGWVR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1423, 'DBG_BCR_BVR_WCR_WVR_EL1(1),'),
        ],
        "reglist/DBGWCR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1423, 'DBG_BCR_BVR_WCR_WVR_EL1(1),'),
        ],
        "reglist/MDCCINT_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1424, '{ SYS_DESC(SYS_MDCCINT_EL1), trap_debug_regs, reset_val, MDCCINT_EL1, 0 },'),
        ],
        "reglist/MDSCR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1425, '{ SYS_DESC(SYS_MDSCR_EL1), trap_debug_regs, reset_val, MDSCR_EL1, 0 },'),
        ],
        "reglist/DBGBVR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1426, 'DBG_BCR_BVR_WCR_WVR_EL1(2),'),
        ],
        "reglist/DBGBCR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1426, 'DBG_BCR_BVR_WCR_WVR_EL1(2),'),
        ],
        "reglist/DBGWVR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1426, 'DBG_BCR_BVR_WCR_WVR_EL1(2),'),
        ],
        "reglist/DBGWCR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1426, 'DBG_BCR_BVR_WCR_WVR_EL1(2),'),
        ],
        "reglist/DBGBVR3_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1427, 'DBG_BCR_BVR_WCR_WVR_EL1(3),'),
        ],
        "reglist/DBGBCR3_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1427, 'DBG_BCR_BVR_WCR_WVR_EL1(3),'),
        ],
        "reglist/DBGWVR3_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1427, 'DBG_BCR_BVR_WCR_WVR_EL1(3),'),
        ],
        "reglist/DBGWCR3_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1427, 'DBG_BCR_BVR_WCR_WVR_EL1(3),'),
        ],
        "reglist/DBGBVR4_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1428, 'DBG_BCR_BVR_WCR_WVR_EL1(4),'),
        ],
        "reglist/DBGBCR4_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1428, 'DBG_BCR_BVR_WCR_WVR_EL1(4),'),
        ],
        "reglist/DBGWVR4_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1428, 'DBG_BCR_BVR_WCR_WVR_EL1(4),'),
        ],
        "reglist/DBGWCR4_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1428, 'DBG_BCR_BVR_WCR_WVR_EL1(4),'),
        ],
        "reglist/DBGBVR5_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1429, 'DBG_BCR_BVR_WCR_WVR_EL1(5),'),
        ],
        "reglist/DBGBCR5_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1429, 'DBG_BCR_BVR_WCR_WVR_EL1(5),'),
        ],
        "reglist/DBGWVR5_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1429, 'DBG_BCR_BVR_WCR_WVR_EL1(5),'),
        ],
        "reglist/DBGWCR5_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1429, 'DBG_BCR_BVR_WCR_WVR_EL1(5),'),
        ],
        "reglist/DBGBVR6_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1430, 'DBG_BCR_BVR_WCR_WVR_EL1(6),'),
        ],
        "reglist/DBGBCR6_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1430, 'DBG_BCR_BVR_WCR_WVR_EL1(6),'),
        ],
        "reglist/DBGWVR6_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1430, 'DBG_BCR_BVR_WCR_WVR_EL1(6),'),
        ],
        "reglist/DBGWCR6_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1430, 'DBG_BCR_BVR_WCR_WVR_EL1(6),'),
        ],
        "reglist/DBGBVR7_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1431, 'DBG_BCR_BVR_WCR_WVR_EL1(7),'),
        ],
        "reglist/DBGBCR7_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1431, 'DBG_BCR_BVR_WCR_WVR_EL1(7),'),
        ],
        "reglist/DBGWVR7_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1431, 'DBG_BCR_BVR_WCR_WVR_EL1(7),'),
        ],
        "reglist/DBGWCR7_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1431, 'DBG_BCR_BVR_WCR_WVR_EL1(7),'),
        ],
        "reglist/DBGBVR8_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1432, 'DBG_BCR_BVR_WCR_WVR_EL1(8),'),
        ],
        "reglist/DBGBCR8_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1432, 'DBG_BCR_BVR_WCR_WVR_EL1(8),'),
        ],
        "reglist/DBGWVR8_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1432, 'DBG_BCR_BVR_WCR_WVR_EL1(8),'),
        ],
        "reglist/DBGWCR8_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1432, 'DBG_BCR_BVR_WCR_WVR_EL1(8),'),
        ],
        "reglist/DBGBVR9_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1433, 'DBG_BCR_BVR_WCR_WVR_EL1(9),'),
        ],
        "reglist/DBGBCR9_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1433, 'DBG_BCR_BVR_WCR_WVR_EL1(9),'),
        ],
        "reglist/DBGWVR9_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1433, 'DBG_BCR_BVR_WCR_WVR_EL1(9),'),
        ],
        "reglist/DBGWCR9_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1433, 'DBG_BCR_BVR_WCR_WVR_EL1(9),'),
        ],
        "reglist/DBGBVR10_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1434, 'DBG_BCR_BVR_WCR_WVR_EL1(10),'),
        ],
        "reglist/DBGBCR10_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1434, 'DBG_BCR_BVR_WCR_WVR_EL1(10),'),
        ],
        "reglist/DBGWVR10_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1434, 'DBG_BCR_BVR_WCR_WVR_EL1(10),'),
        ],
        "reglist/DBGWCR10_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1434, 'DBG_BCR_BVR_WCR_WVR_EL1(10),'),
        ],
        "reglist/DBGBVR11_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1435, 'DBG_BCR_BVR_WCR_WVR_EL1(11),'),
        ],
        "reglist/DBGBCR11_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1435, 'DBG_BCR_BVR_WCR_WVR_EL1(11),'),
        ],
        "reglist/DBGWVR11_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1435, 'DBG_BCR_BVR_WCR_WVR_EL1(11),'),
        ],
        "reglist/DBGWCR11_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1435, 'DBG_BCR_BVR_WCR_WVR_EL1(11),'),
        ],
        "reglist/DBGBVR12_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1436, 'DBG_BCR_BVR_WCR_WVR_EL1(12),'),
        ],
        "reglist/DBGBCR12_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1436, 'DBG_BCR_BVR_WCR_WVR_EL1(12),'),
        ],
        "reglist/DBGWVR12_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1436, 'DBG_BCR_BVR_WCR_WVR_EL1(12),'),
        ],
        "reglist/DBGWCR12_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1436, 'DBG_BCR_BVR_WCR_WVR_EL1(12),'),
        ],
        "reglist/DBGBVR13_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1437, 'DBG_BCR_BVR_WCR_WVR_EL1(13),'),
        ],
        "reglist/DBGBCR13_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1437, 'DBG_BCR_BVR_WCR_WVR_EL1(13),'),
        ],
        "reglist/DBGWVR13_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1437, 'DBG_BCR_BVR_WCR_WVR_EL1(13),'),
        ],
        "reglist/DBGWCR13_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1437, 'DBG_BCR_BVR_WCR_WVR_EL1(13),'),
        ],
        "reglist/DBGBVR14_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1438, 'DBG_BCR_BVR_WCR_WVR_EL1(14),'),
        ],
        "reglist/DBGBCR14_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1438, 'DBG_BCR_BVR_WCR_WVR_EL1(14),'),
        ],
        "reglist/DBGWVR14_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1438, 'DBG_BCR_BVR_WCR_WVR_EL1(14),'),
        ],
        "reglist/DBGWCR14_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1438, 'DBG_BCR_BVR_WCR_WVR_EL1(14),'),
        ],
        "reglist/DBGBVR15_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1439, 'DBG_BCR_BVR_WCR_WVR_EL1(15),'),
        ],
        "reglist/DBGBCR15_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1439, 'DBG_BCR_BVR_WCR_WVR_EL1(15),'),
        ],
        "reglist/DBGWVR15_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1439, 'DBG_BCR_BVR_WCR_WVR_EL1(15),'),
        ],
        "reglist/DBGWCR15_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1439, 'DBG_BCR_BVR_WCR_WVR_EL1(15),'),
        ],
        "reglist/OSLSR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1443, '{ SYS_DESC(SYS_OSLSR_EL1), trap_oslsr_el1, reset_val, OSLSR_EL1,'),
        ],
        "reglist/DBGVCR32_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1456, '{ SYS_DESC(SYS_DBGVCR32_EL2), NULL, reset_val, DBGVCR32_EL2, 0 },'),
        ],
        "reglist/MPIDR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1458, '{ SYS_DESC(SYS_MPIDR_EL1), NULL, reset_mpidr, MPIDR_EL1 },'),
        ],
        "reglist/ID_PFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1467, 'AA32_ID_SANITISED(ID_PFR0_EL1),'),
        ],
        "reglist/ID_PFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1468, 'AA32_ID_SANITISED(ID_PFR1_EL1),'),
        ],
        "reglist/ID_DFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1469, 'AA32_ID_SANITISED(ID_DFR0_EL1),'),
        ],
        "reglist/ID_AFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1470, 'ID_HIDDEN(ID_AFR0_EL1),'),
        ],
        "reglist/ID_MMFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1471, 'AA32_ID_SANITISED(ID_MMFR0_EL1),'),
        ],
        "reglist/ID_MMFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1472, 'AA32_ID_SANITISED(ID_MMFR1_EL1),'),
        ],
        "reglist/ID_MMFR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1473, 'AA32_ID_SANITISED(ID_MMFR2_EL1),'),
        ],
        "reglist/ID_MMFR3_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1474, 'AA32_ID_SANITISED(ID_MMFR3_EL1),'),
        ],
        "reglist/ID_ISAR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1477, 'AA32_ID_SANITISED(ID_ISAR0_EL1),'),
        ],
        "reglist/ID_ISAR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1478, 'AA32_ID_SANITISED(ID_ISAR1_EL1),'),
        ],
        "reglist/ID_ISAR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1479, 'AA32_ID_SANITISED(ID_ISAR2_EL1),'),
        ],
        "reglist/ID_ISAR3_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1480, 'AA32_ID_SANITISED(ID_ISAR3_EL1),'),
        ],
        "reglist/ID_ISAR4_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1481, 'AA32_ID_SANITISED(ID_ISAR4_EL1),'),
        ],
        "reglist/ID_ISAR5_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1482, 'AA32_ID_SANITISED(ID_ISAR5_EL1),'),
        ],
        "reglist/ID_MMFR4_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1483, 'AA32_ID_SANITISED(ID_MMFR4_EL1),'),
        ],
        "reglist/ID_ISAR6_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1484, 'AA32_ID_SANITISED(ID_ISAR6_EL1),'),
        ],
        "reglist/MVFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1487, 'AA32_ID_SANITISED(MVFR0_EL1),'),
        ],
        "reglist/MVFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1488, 'AA32_ID_SANITISED(MVFR1_EL1),'),
        ],
        "reglist/MVFR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1489, 'AA32_ID_SANITISED(MVFR2_EL1),'),
        ],
        "reglist/S3_0_C0_C3_3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1490, 'ID_UNALLOCATED(3,3),'),
        ],
        "reglist/ID_PFR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1491, 'AA32_ID_SANITISED(ID_PFR2_EL1),'),
        ],
        "reglist/ID_DFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1492, 'ID_HIDDEN(ID_DFR1_EL1),'),
        ],
        "reglist/ID_MMFR5_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1493, 'AA32_ID_SANITISED(ID_MMFR5_EL1),'),
        ],
        "reglist/S3_0_C0_C3_7": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1494, 'ID_UNALLOCATED(3,7),'),
        ],
        "reglist/ID_AA64PFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1498, '{ SYS_DESC(SYS_ID_AA64PFR0_EL1), .access = access_id_reg,'),
        ],
        "reglist/ID_AA64PFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1500, 'ID_SANITISED(ID_AA64PFR1_EL1),'),
        ],
        "reglist/ID_AA64PFR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1501, 'ID_UNALLOCATED(4,2),'),
        ],
        "reglist/S3_0_C0_C4_3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1502, 'ID_UNALLOCATED(4,3),'),
        ],
        "reglist/ID_AA64ZFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1503, 'ID_SANITISED(ID_AA64ZFR0_EL1),'),
        ],
        "reglist/ID_AA64SMFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1504, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "reglist/S3_0_C0_C4_6": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1505, 'ID_UNALLOCATED(4,6),'),
        ],
        "reglist/ID_AA64FPFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1506, 'ID_UNALLOCATED(4,7),'),
        ],
        "reglist/ID_AA64DFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1509, 'ID_SANITISED(ID_AA64DFR0_EL1),'),
        ],
        "reglist/ID_AA64DFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1510, 'ID_SANITISED(ID_AA64DFR1_EL1),'),
        ],
        "reglist/ID_AA64DFR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1511, 'ID_UNALLOCATED(5,2),'),
        ],
        "reglist/S3_0_C0_C5_3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1512, 'ID_UNALLOCATED(5,3),'),
        ],
        "reglist/ID_AA64AFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1513, 'ID_HIDDEN(ID_AA64AFR0_EL1),'),
        ],
        "reglist/ID_AA64AFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1514, 'ID_HIDDEN(ID_AA64AFR1_EL1),'),
        ],
        "reglist/S3_0_C0_C5_6": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1515, 'ID_UNALLOCATED(5,6),'),
        ],
        "reglist/S3_0_C0_C5_7": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1516, 'ID_UNALLOCATED(5,7),'),
        ],
        "reglist/ID_AA64ISAR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1519, 'ID_SANITISED(ID_AA64ISAR0_EL1),'),
        ],
        "reglist/ID_AA64ISAR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1520, 'ID_SANITISED(ID_AA64ISAR1_EL1),'),
        ],
        "reglist/ID_AA64ISAR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1521, 'ID_SANITISED(ID_AA64ISAR2_EL1),'),
        ],
        "reglist/ID_AA64ISAR3_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1522, 'ID_UNALLOCATED(6,3),'),
        ],
        "reglist/S3_0_C0_C6_4": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1523, 'ID_UNALLOCATED(6,4),'),
        ],
        "reglist/S3_0_C0_C6_5": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1524, 'ID_UNALLOCATED(6,5),'),
        ],
        "reglist/S3_0_C0_C6_6": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1525, 'ID_UNALLOCATED(6,6),'),
        ],
        "reglist/S3_0_C0_C6_7": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1526, 'ID_UNALLOCATED(6,7),'),
        ],
        "reglist/ID_AA64MMFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1529, 'ID_SANITISED(ID_AA64MMFR0_EL1),'),
        ],
        "reglist/ID_AA64MMFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1530, 'ID_SANITISED(ID_AA64MMFR1_EL1),'),
        ],
        "reglist/ID_AA64MMFR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1531, 'ID_SANITISED(ID_AA64MMFR2_EL1),'),
        ],
        "reglist/ID_AA64MMFR3_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1532, 'ID_UNALLOCATED(7,3),'),
        ],
        "reglist/ID_AA64MMFR4_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1533, 'ID_UNALLOCATED(7,4),'),
        ],
        "reglist/S3_0_C0_C7_5": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1534, 'ID_UNALLOCATED(7,5),'),
        ],
        "reglist/S3_0_C0_C7_6": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1535, 'ID_UNALLOCATED(7,6),'),
        ],
        "reglist/S3_0_C0_C7_7": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1536, 'ID_UNALLOCATED(7,7),'),
        ],
        "reglist/SCTLR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1538, '{ SYS_DESC(SYS_SCTLR_EL1), access_vm_reg, reset_val, SCTLR_EL1, 0x00C50078 },'),
        ],
        "reglist/ACTLR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1539, '{ SYS_DESC(SYS_ACTLR_EL1), access_actlr, reset_actlr, ACTLR_EL1 },'),
        ],
        "reglist/CPACR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1540, '{ SYS_DESC(SYS_CPACR_EL1), NULL, reset_val, CPACR_EL1, 0 },'),
        ],
        "reglist/RGSR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1542, 'MTE_REG(RGSR_EL1),'),
        ],
        "reglist/GCR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1543, 'MTE_REG(GCR_EL1),'),
        ],
        "reglist/ZCR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1545, '{ SYS_DESC(SYS_ZCR_EL1), NULL, reset_val, ZCR_EL1, 0, .visibility = sve_visibility },'),
        ],
        "reglist/TTBR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1549, '{ SYS_DESC(SYS_TTBR0_EL1), access_vm_reg, reset_unknown, TTBR0_EL1 },'),
        ],
        "reglist/TTBR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1550, '{ SYS_DESC(SYS_TTBR1_EL1), access_vm_reg, reset_unknown, TTBR1_EL1 },'),
        ],
        "reglist/TCR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1551, '{ SYS_DESC(SYS_TCR_EL1), access_vm_reg, reset_val, TCR_EL1, 0 },'),
        ],
        "reglist/APIAKEYLO_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1553, 'PTRAUTH_KEY(APIA),'),
        ],
        "reglist/APIAKEYHI_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1553, 'PTRAUTH_KEY(APIA),'),
        ],
        "reglist/APIBKEYLO_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1554, 'PTRAUTH_KEY(APIB),'),
        ],
        "reglist/APIBKEYHI_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1554, 'PTRAUTH_KEY(APIB),'),
        ],
        "reglist/APDAKEYLO_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1555, 'PTRAUTH_KEY(APDA),'),
        ],
        "reglist/APDAKEYHI_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1555, 'PTRAUTH_KEY(APDA),'),
        ],
        "reglist/APDBKEYLO_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1556, 'PTRAUTH_KEY(APDB),'),
        ],
        "reglist/APDBKEYHI_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1556, 'PTRAUTH_KEY(APDB),'),
        ],
        "reglist/APGAKEYLO_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1557, 'PTRAUTH_KEY(APGA),'),
        ],
        "reglist/APGAKEYHI_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1557, 'PTRAUTH_KEY(APGA),'),
        ],
        "reglist/AFSR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1559, '{ SYS_DESC(SYS_AFSR0_EL1), access_vm_reg, reset_unknown, AFSR0_EL1 },'),
        ],
        "reglist/AFSR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1560, '{ SYS_DESC(SYS_AFSR1_EL1), access_vm_reg, reset_unknown, AFSR1_EL1 },'),
        ],
        "reglist/ESR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1561, '{ SYS_DESC(SYS_ESR_EL1), access_vm_reg, reset_unknown, ESR_EL1 },'),
        ],
        "reglist/TFSR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1572, 'MTE_REG(TFSR_EL1),'),
        ],
        "reglist/TFSRE0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1573, 'MTE_REG(TFSRE0_EL1),'),
        ],
        "reglist/FAR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1575, '{ SYS_DESC(SYS_FAR_EL1), access_vm_reg, reset_unknown, FAR_EL1 },'),
        ],
        "reglist/PAR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1576, '{ SYS_DESC(SYS_PAR_EL1), NULL, reset_unknown, PAR_EL1 },'),
        ],
        "reglist/PMINTENSET_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1591, '{ PMU_SYS_REG(SYS_PMINTENSET_EL1),'),
        ],
        "reglist/PMINTENCLR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1593, '{ PMU_SYS_REG(SYS_PMINTENCLR_EL1),'),
        ],
        "reglist/MAIR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1597, '{ SYS_DESC(SYS_MAIR_EL1), access_vm_reg, reset_unknown, MAIR_EL1 },'),
        ],
        "reglist/AMAIR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1598, '{ SYS_DESC(SYS_AMAIR_EL1), access_vm_reg, reset_amair_el1, AMAIR_EL1 },'),
        ],
        "reglist/VBAR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1606, '{ SYS_DESC(SYS_VBAR_EL1), NULL, reset_val, VBAR_EL1, 0 },'),
        ],
        "reglist/DISR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1607, '{ SYS_DESC(SYS_DISR_EL1), NULL, reset_val, DISR_EL1, 0 },'),
        ],
        "reglist/CONTEXTIDR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1622, '{ SYS_DESC(SYS_CONTEXTIDR_EL1), access_vm_reg, reset_val, CONTEXTIDR_EL1, 0 },'),
        ],
        "reglist/TPIDR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1623, '{ SYS_DESC(SYS_TPIDR_EL1), NULL, reset_unknown, TPIDR_EL1 },'),
        ],
        "reglist/CNTKCTL_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1627, '{ SYS_DESC(SYS_CNTKCTL_EL1), NULL, reset_val, CNTKCTL_EL1, 0},'),
        ],
        "reglist/CSSELR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1632, '{ SYS_DESC(SYS_CSSELR_EL1), access_csselr, reset_unknown, CSSELR_EL1 },'),
        ],
        "reglist/PMCR_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1636, '{ PMU_SYS_REG(SYS_PMCR_EL0), .access = access_pmcr,'),
        ],
        "reglist/PMCNTENSET_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1638, '{ PMU_SYS_REG(SYS_PMCNTENSET_EL0),'),
        ],
        "reglist/PMCNTENCLR_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1640, '{ PMU_SYS_REG(SYS_PMCNTENCLR_EL0),'),
        ],
        "reglist/PMOVSCLR_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1642, '{ PMU_SYS_REG(SYS_PMOVSCLR_EL0),'),
        ],
        "reglist/PMSWINC_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1648, '{ PMU_SYS_REG(SYS_PMSWINC_EL0),'),
        ],
        "reglist/PMSELR_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1651, '{ PMU_SYS_REG(SYS_PMSELR_EL0),'),
        ],
        "reglist/PMCCNTR_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1657, '{ PMU_SYS_REG(SYS_PMCCNTR_EL0),'),
        ],
        "reglist/PMUSERENR_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1668, '{ PMU_SYS_REG(SYS_PMUSERENR_EL0), .access = access_pmuserenr,'),
        ],
        "reglist/PMOVSSET_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1670, '{ PMU_SYS_REG(SYS_PMOVSSET_EL0),'),
        ],
        "reglist/TPIDR_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1673, '{ SYS_DESC(SYS_TPIDR_EL0), NULL, reset_unknown, TPIDR_EL0 },'),
        ],
        "reglist/TPIDRRO_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1674, '{ SYS_DESC(SYS_TPIDRRO_EL0), NULL, reset_unknown, TPIDRRO_EL0 },'),
        ],
        "reglist/PMEVCNTR0_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1757, 'PMU_PMEVCNTR_EL0(0),'),
        ],
        "reglist/PMEVCNTR1_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1758, 'PMU_PMEVCNTR_EL0(1),'),
        ],
        "reglist/PMEVCNTR2_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1759, 'PMU_PMEVCNTR_EL0(2),'),
        ],
        "reglist/PMEVCNTR3_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1760, 'PMU_PMEVCNTR_EL0(3),'),
        ],
        "reglist/PMEVCNTR4_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1761, 'PMU_PMEVCNTR_EL0(4),'),
        ],
        "reglist/PMEVCNTR5_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1762, 'PMU_PMEVCNTR_EL0(5),'),
        ],
        "reglist/PMEVCNTR6_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1763, 'PMU_PMEVCNTR_EL0(6),'),
        ],
        "reglist/PMEVCNTR7_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1764, 'PMU_PMEVCNTR_EL0(7),'),
        ],
        "reglist/PMEVCNTR8_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1765, 'PMU_PMEVCNTR_EL0(8),'),
        ],
        "reglist/PMEVCNTR9_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1766, 'PMU_PMEVCNTR_EL0(9),'),
        ],
        "reglist/PMEVCNTR10_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1767, 'PMU_PMEVCNTR_EL0(10),'),
        ],
        "reglist/PMEVCNTR11_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1768, 'PMU_PMEVCNTR_EL0(11),'),
        ],
        "reglist/PMEVCNTR12_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1769, 'PMU_PMEVCNTR_EL0(12),'),
        ],
        "reglist/PMEVCNTR13_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1770, 'PMU_PMEVCNTR_EL0(13),'),
        ],
        "reglist/PMEVCNTR14_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1771, 'PMU_PMEVCNTR_EL0(14),'),
        ],
        "reglist/PMEVCNTR15_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1772, 'PMU_PMEVCNTR_EL0(15),'),
        ],
        "reglist/PMEVCNTR16_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1773, 'PMU_PMEVCNTR_EL0(16),'),
        ],
        "reglist/PMEVCNTR17_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1774, 'PMU_PMEVCNTR_EL0(17),'),
        ],
        "reglist/PMEVCNTR18_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1775, 'PMU_PMEVCNTR_EL0(18),'),
        ],
        "reglist/PMEVCNTR19_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1776, 'PMU_PMEVCNTR_EL0(19),'),
        ],
        "reglist/PMEVCNTR20_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1777, 'PMU_PMEVCNTR_EL0(20),'),
        ],
        "reglist/PMEVCNTR21_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1778, 'PMU_PMEVCNTR_EL0(21),'),
        ],
        "reglist/PMEVCNTR22_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1779, 'PMU_PMEVCNTR_EL0(22),'),
        ],
        "reglist/PMEVCNTR23_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1780, 'PMU_PMEVCNTR_EL0(23),'),
        ],
        "reglist/PMEVCNTR24_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1781, 'PMU_PMEVCNTR_EL0(24),'),
        ],
        "reglist/PMEVCNTR25_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1782, 'PMU_PMEVCNTR_EL0(25),'),
        ],
        "reglist/PMEVCNTR26_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1783, 'PMU_PMEVCNTR_EL0(26),'),
        ],
        "reglist/PMEVCNTR27_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1784, 'PMU_PMEVCNTR_EL0(27),'),
        ],
        "reglist/PMEVCNTR28_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1785, 'PMU_PMEVCNTR_EL0(28),'),
        ],
        "reglist/PMEVCNTR29_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1786, 'PMU_PMEVCNTR_EL0(29),'),
        ],
        "reglist/PMEVCNTR30_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1787, 'PMU_PMEVCNTR_EL0(30),'),
        ],
        "reglist/PMEVTYPER0_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1789, 'PMU_PMEVTYPER_EL0(0),'),
        ],
        "reglist/PMEVTYPER1_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1790, 'PMU_PMEVTYPER_EL0(1),'),
        ],
        "reglist/PMEVTYPER2_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1791, 'PMU_PMEVTYPER_EL0(2),'),
        ],
        "reglist/PMEVTYPER3_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1792, 'PMU_PMEVTYPER_EL0(3),'),
        ],
        "reglist/PMEVTYPER4_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1793, 'PMU_PMEVTYPER_EL0(4),'),
        ],
        "reglist/PMEVTYPER5_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1794, 'PMU_PMEVTYPER_EL0(5),'),
        ],
        "reglist/PMEVTYPER6_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1795, 'PMU_PMEVTYPER_EL0(6),'),
        ],
        "reglist/PMEVTYPER7_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1796, 'PMU_PMEVTYPER_EL0(7),'),
        ],
        "reglist/PMEVTYPER8_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1797, 'PMU_PMEVTYPER_EL0(8),'),
        ],
        "reglist/PMEVTYPER9_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1798, 'PMU_PMEVTYPER_EL0(9),'),
        ],
        "reglist/PMEVTYPER10_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1799, 'PMU_PMEVTYPER_EL0(10),'),
        ],
        "reglist/PMEVTYPER11_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1800, 'PMU_PMEVTYPER_EL0(11),'),
        ],
        "reglist/PMEVTYPER12_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1801, 'PMU_PMEVTYPER_EL0(12),'),
        ],
        "reglist/PMEVTYPER13_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1802, 'PMU_PMEVTYPER_EL0(13),'),
        ],
        "reglist/PMEVTYPER14_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1803, 'PMU_PMEVTYPER_EL0(14),'),
        ],
        "reglist/PMEVTYPER15_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1804, 'PMU_PMEVTYPER_EL0(15),'),
        ],
        "reglist/PMEVTYPER16_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1805, 'PMU_PMEVTYPER_EL0(16),'),
        ],
        "reglist/PMEVTYPER17_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1806, 'PMU_PMEVTYPER_EL0(17),'),
        ],
        "reglist/PMEVTYPER18_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1807, 'PMU_PMEVTYPER_EL0(18),'),
        ],
        "reglist/PMEVTYPER19_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1808, 'PMU_PMEVTYPER_EL0(19),'),
        ],
        "reglist/PMEVTYPER20_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1809, 'PMU_PMEVTYPER_EL0(20),'),
        ],
        "reglist/PMEVTYPER21_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1810, 'PMU_PMEVTYPER_EL0(21),'),
        ],
        "reglist/PMEVTYPER22_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1811, 'PMU_PMEVTYPER_EL0(22),'),
        ],
        "reglist/PMEVTYPER23_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1812, 'PMU_PMEVTYPER_EL0(23),'),
        ],
        "reglist/PMEVTYPER24_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1813, 'PMU_PMEVTYPER_EL0(24),'),
        ],
        "reglist/PMEVTYPER25_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1814, 'PMU_PMEVTYPER_EL0(25),'),
        ],
        "reglist/PMEVTYPER26_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1815, 'PMU_PMEVTYPER_EL0(26),'),
        ],
        "reglist/PMEVTYPER27_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1816, 'PMU_PMEVTYPER_EL0(27),'),
        ],
        "reglist/PMEVTYPER28_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1817, 'PMU_PMEVTYPER_EL0(28),'),
        ],
        "reglist/PMEVTYPER29_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1818, 'PMU_PMEVTYPER_EL0(29),'),
        ],
        "reglist/PMEVTYPER30_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1819, 'PMU_PMEVTYPER_EL0(30),'),
        ],
        "reglist/PMCCFILTR_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1824, '{ PMU_SYS_REG(SYS_PMCCFILTR_EL0), .access = access_pmu_evtyper,'),
        ],
        "reglist/DACR32_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1827, '{ SYS_DESC(SYS_DACR32_EL2), NULL, reset_unknown, DACR32_EL2 },'),
        ],
        "reglist/IFSR32_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1828, '{ SYS_DESC(SYS_IFSR32_EL2), NULL, reset_unknown, IFSR32_EL2 },'),
        ],
        "reglist/FPEXC32_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 1829, '{ SYS_DESC(SYS_FPEXC32_EL2), NULL, reset_val, FPEXC32_EL2, 0x700 },'),
        ],
    },
    "v6.12": {
        "idreg/ID_PFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2390, 'AA32_ID_WRITABLE(ID_PFR0_EL1),'),
        ],
        "idreg/ID_PFR0_EL1/RAS": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_pfr0[]', 650, 'static const struct arm64_ftr_bits ftr_id_pfr0[] = {'),
        ],
        "idreg/ID_PFR0_EL1/DIT": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_pfr0[]', 651, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_PFR0_EL1_DIT_SHIFT, 4, 0),'),
        ],
        "idreg/ID_PFR0_EL1/AMU": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_pfr0[]', 650, 'static const struct arm64_ftr_bits ftr_id_pfr0[] = {'),
        ],
        "idreg/ID_PFR0_EL1/CSV2": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_pfr0[]', 652, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_PFR0_EL1_CSV2_SHIFT, 4, 0),'),
        ],
        "idreg/ID_PFR0_EL1/State3": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_pfr0[]', 653, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_PFR0_EL1_State3_SHIFT, 4, 0),'),
        ],
        "idreg/ID_PFR0_EL1/State2": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_pfr0[]', 654, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_PFR0_EL1_State2_SHIFT, 4, 0),'),
        ],
        "idreg/ID_PFR0_EL1/State1": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_pfr0[]', 655, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_PFR0_EL1_State1_SHIFT, 4, 0),'),
        ],
        "idreg/ID_PFR0_EL1/State0": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_pfr0[]', 656, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_PFR0_EL1_State0_SHIFT, 4, 0),'),
        ],
        "idreg/ID_PFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2391, 'AA32_ID_WRITABLE(ID_PFR1_EL1),'),
        ],
        "idreg/ID_PFR1_EL1/GIC": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'kvm_finalize_sys_regs()', 4863, 'kvm->arch.id_regs[IDREG_IDX(SYS_ID_PFR1_EL1)] &= ~ID_PFR1_EL1_GIC_MASK;'),
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_pfr1[]', 661, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_PFR1_EL1_GIC_SHIFT, 4, 0),'),
        ],
        "idreg/ID_PFR1_EL1/Virt_frac": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_pfr1[]', 662, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_PFR1_EL1_Virt_frac_SHIFT, 4, 0),'),
        ],
        "idreg/ID_PFR1_EL1/Sec_frac": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_pfr1[]', 663, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_PFR1_EL1_Sec_frac_SHIFT, 4, 0),'),
        ],
        "idreg/ID_PFR1_EL1/GenTimer": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_pfr1[]', 664, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_PFR1_EL1_GenTimer_SHIFT, 4, 0),'),
        ],
        "idreg/ID_PFR1_EL1/Virtualization": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_pfr1[]', 665, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_PFR1_EL1_Virtualization_SHIFT, 4, 0),'),
        ],
        "idreg/ID_PFR1_EL1/MProgMod": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_pfr1[]', 666, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_PFR1_EL1_MProgMod_SHIFT, 4, 0),'),
        ],
        "idreg/ID_PFR1_EL1/Security": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_pfr1[]', 667, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_PFR1_EL1_Security_SHIFT, 4, 0),'),
        ],
        "idreg/ID_PFR1_EL1/ProgMod": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_pfr1[]', 668, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_PFR1_EL1_ProgMod_SHIFT, 4, 0),'),
        ],
        "idreg/ID_DFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2392, '{ SYS_DESC(SYS_ID_DFR0_EL1),'),
        ],
        "idreg/ID_DFR0_EL1/TraceFilt": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_dfr0[]', 678, 'static const struct arm64_ftr_bits ftr_id_dfr0[] = {'),
        ],
        "idreg/ID_DFR0_EL1/PerfMon": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_sanitised_id_dfr0_el1()', 1812, 'val &= ~ID_DFR0_EL1_PerfMon_MASK;'),
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_dfr0[]', 680, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_NONSTRICT, FTR_EXACT, ID_DFR0_EL1_PerfMon_SHIFT, 4, 0),'),
            ('warning', 'arch/arm64/kvm/sys_regs.c', 'kvm_arm64_ftr_safe_value()', 1426, 'if (kvm_ftr.shift == ID_DFR0_EL1_PerfMon_SHIFT)'),
        ],
        "idreg/ID_DFR0_EL1/MProfDbg": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_dfr0[]', 681, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_DFR0_EL1_MProfDbg_SHIFT, 4, 0),'),
        ],
        "idreg/ID_DFR0_EL1/MMapTrc": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_dfr0[]', 682, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_DFR0_EL1_MMapTrc_SHIFT, 4, 0),'),
        ],
        "idreg/ID_DFR0_EL1/CopTrc": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_dfr0[]', 683, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_DFR0_EL1_CopTrc_SHIFT, 4, 0),'),
        ],
        "idreg/ID_DFR0_EL1/MMapDbg": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_dfr0[]', 684, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_DFR0_EL1_MMapDbg_SHIFT, 4, 0),'),
        ],
        "idreg/ID_DFR0_EL1/CopSDbg": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_dfr0[]', 685, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_DFR0_EL1_CopSDbg_SHIFT, 4, 0),'),
        ],
        "idreg/ID_DFR0_EL1/CopDbg": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_sanitised_id_dfr0_el1()', 1816, 'val = ID_REG_LIMIT_FIELD_ENUM(val, ID_DFR0_EL1, CopDbg, Debugv8p8);'),
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_dfr0[]', 686, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_DFR0_EL1_CopDbg_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2399, 'ID_HIDDEN(ID_AFR0_EL1),'),
        ],
        "idreg/ID_AFR0_EL1/IMPDEF3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2399, 'ID_HIDDEN(ID_AFR0_EL1),'),
        ],
        "idreg/ID_AFR0_EL1/IMPDEF2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2399, 'ID_HIDDEN(ID_AFR0_EL1),'),
        ],
        "idreg/ID_AFR0_EL1/IMPDEF1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2399, 'ID_HIDDEN(ID_AFR0_EL1),'),
        ],
        "idreg/ID_AFR0_EL1/IMPDEF0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2399, 'ID_HIDDEN(ID_AFR0_EL1),'),
        ],
        "idreg/ID_MMFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2400, 'AA32_ID_WRITABLE(ID_MMFR0_EL1),'),
        ],
        "idreg/ID_MMFR0_EL1/InnerShr": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_mmfr0[]', 515, 'S_ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_MMFR0_EL1_InnerShr_SHIFT, 4, 0xf),'),
        ],
        "idreg/ID_MMFR0_EL1/FCSE": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_mmfr0[]', 516, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_MMFR0_EL1_FCSE_SHIFT, 4, 0),'),
        ],
        "idreg/ID_MMFR0_EL1/AuxReg": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_mmfr0[]', 517, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_MMFR0_EL1_AuxReg_SHIFT, 4, 0),'),
        ],
        "idreg/ID_MMFR0_EL1/TCM": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_mmfr0[]', 518, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_MMFR0_EL1_TCM_SHIFT, 4, 0),'),
        ],
        "idreg/ID_MMFR0_EL1/ShareLvl": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_mmfr0[]', 519, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_MMFR0_EL1_ShareLvl_SHIFT, 4, 0),'),
        ],
        "idreg/ID_MMFR0_EL1/OuterShr": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_mmfr0[]', 520, 'S_ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_MMFR0_EL1_OuterShr_SHIFT, 4, 0xf),'),
        ],
        "idreg/ID_MMFR0_EL1/PMSA": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_mmfr0[]', 521, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_MMFR0_EL1_PMSA_SHIFT, 4, 0),'),
        ],
        "idreg/ID_MMFR0_EL1/VMSA": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_mmfr0[]', 522, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_MMFR0_EL1_VMSA_SHIFT, 4, 0),'),
        ],
        "idreg/ID_MMFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2401, 'AA32_ID_WRITABLE(ID_MMFR1_EL1),'),
        ],
        "idreg/ID_MMFR1_EL1/BPred": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 702, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 28, 4, 0),'),
        ],
        "idreg/ID_MMFR1_EL1/L1TstCln": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 703, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 24, 4, 0),'),
        ],
        "idreg/ID_MMFR1_EL1/L1Uni": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 704, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 20, 4, 0),'),
        ],
        "idreg/ID_MMFR1_EL1/L1Hvd": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 705, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 16, 4, 0),'),
        ],
        "idreg/ID_MMFR1_EL1/L1UniSW": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 706, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 12, 4, 0),'),
        ],
        "idreg/ID_MMFR1_EL1/L1HvdSW": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 707, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 8, 4, 0),'),
        ],
        "idreg/ID_MMFR1_EL1/L1UniVA": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 708, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 4, 4, 0),'),
        ],
        "idreg/ID_MMFR1_EL1/L1HvdVA": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 709, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 0, 4, 0),'),
        ],
        "idreg/ID_MMFR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2402, 'AA32_ID_WRITABLE(ID_MMFR2_EL1),'),
        ],
        "idreg/ID_MMFR2_EL1/HWAccFlg": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 702, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 28, 4, 0),'),
        ],
        "idreg/ID_MMFR2_EL1/WFIStall": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 703, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 24, 4, 0),'),
        ],
        "idreg/ID_MMFR2_EL1/MemBarr": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 704, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 20, 4, 0),'),
        ],
        "idreg/ID_MMFR2_EL1/UniTLB": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 705, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 16, 4, 0),'),
        ],
        "idreg/ID_MMFR2_EL1/HvdTLB": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 706, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 12, 4, 0),'),
        ],
        "idreg/ID_MMFR2_EL1/L1HvdRng": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 707, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 8, 4, 0),'),
        ],
        "idreg/ID_MMFR2_EL1/L1HvdBG": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 708, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 4, 4, 0),'),
        ],
        "idreg/ID_MMFR2_EL1/L1HvdFG": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 709, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 0, 4, 0),'),
        ],
        "idreg/ID_MMFR3_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2403, 'AA32_ID_WRITABLE(ID_MMFR3_EL1),'),
        ],
        "idreg/ID_MMFR3_EL1/Supersec": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 702, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 28, 4, 0),'),
        ],
        "idreg/ID_MMFR3_EL1/CMemSz": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 703, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 24, 4, 0),'),
        ],
        "idreg/ID_MMFR3_EL1/CohWalk": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 704, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 20, 4, 0),'),
        ],
        "idreg/ID_MMFR3_EL1/PAN": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 705, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 16, 4, 0),'),
        ],
        "idreg/ID_MMFR3_EL1/MaintBcst": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 706, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 12, 4, 0),'),
        ],
        "idreg/ID_MMFR3_EL1/BPMaint": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 707, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 8, 4, 0),'),
        ],
        "idreg/ID_MMFR3_EL1/CMaintSW": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 708, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 4, 4, 0),'),
        ],
        "idreg/ID_MMFR3_EL1/CMaintVA": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 709, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 0, 4, 0),'),
        ],
        "idreg/ID_ISAR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2406, 'AA32_ID_WRITABLE(ID_ISAR0_EL1),'),
        ],
        "idreg/ID_ISAR0_EL1/Divide": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar0[]', 583, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR0_EL1_Divide_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR0_EL1/Debug": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar0[]', 584, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR0_EL1_Debug_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR0_EL1/Coproc": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar0[]', 585, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR0_EL1_Coproc_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR0_EL1/CmpBranch": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar0[]', 586, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR0_EL1_CmpBranch_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR0_EL1/BitField": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar0[]', 587, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR0_EL1_BitField_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR0_EL1/BitCount": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar0[]', 588, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR0_EL1_BitCount_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR0_EL1/Swap": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar0[]', 589, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR0_EL1_Swap_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2407, 'AA32_ID_WRITABLE(ID_ISAR1_EL1),'),
        ],
        "idreg/ID_ISAR1_EL1/Jazelle": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 702, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 28, 4, 0),'),
        ],
        "idreg/ID_ISAR1_EL1/Interwork": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 703, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 24, 4, 0),'),
        ],
        "idreg/ID_ISAR1_EL1/Immediate": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 704, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 20, 4, 0),'),
        ],
        "idreg/ID_ISAR1_EL1/IfThen": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 705, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 16, 4, 0),'),
        ],
        "idreg/ID_ISAR1_EL1/Extend": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 706, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 12, 4, 0),'),
        ],
        "idreg/ID_ISAR1_EL1/Except_AR": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 707, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 8, 4, 0),'),
        ],
        "idreg/ID_ISAR1_EL1/Except": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 708, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 4, 4, 0),'),
        ],
        "idreg/ID_ISAR1_EL1/Endian": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 709, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 0, 4, 0),'),
        ],
        "idreg/ID_ISAR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2408, 'AA32_ID_WRITABLE(ID_ISAR2_EL1),'),
        ],
        "idreg/ID_ISAR2_EL1/Reversal": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 702, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 28, 4, 0),'),
        ],
        "idreg/ID_ISAR2_EL1/PSR_AR": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 703, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 24, 4, 0),'),
        ],
        "idreg/ID_ISAR2_EL1/MultU": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 704, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 20, 4, 0),'),
        ],
        "idreg/ID_ISAR2_EL1/MultS": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 705, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 16, 4, 0),'),
        ],
        "idreg/ID_ISAR2_EL1/Mult": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 706, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 12, 4, 0),'),
        ],
        "idreg/ID_ISAR2_EL1/MultiAccessInt": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 707, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 8, 4, 0),'),
        ],
        "idreg/ID_ISAR2_EL1/MemHint": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 708, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 4, 4, 0),'),
        ],
        "idreg/ID_ISAR2_EL1/LoadStore": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 709, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 0, 4, 0),'),
        ],
        "idreg/ID_ISAR3_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2409, 'AA32_ID_WRITABLE(ID_ISAR3_EL1),'),
        ],
        "idreg/ID_ISAR3_EL1/T32EE": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 702, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 28, 4, 0),'),
        ],
        "idreg/ID_ISAR3_EL1/TrueNOP": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 703, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 24, 4, 0),'),
        ],
        "idreg/ID_ISAR3_EL1/T32Copy": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 704, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 20, 4, 0),'),
        ],
        "idreg/ID_ISAR3_EL1/TabBranch": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 705, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 16, 4, 0),'),
        ],
        "idreg/ID_ISAR3_EL1/SynchPrim": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 706, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 12, 4, 0),'),
        ],
        "idreg/ID_ISAR3_EL1/SVC": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 707, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 8, 4, 0),'),
        ],
        "idreg/ID_ISAR3_EL1/SIMD": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 708, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 4, 4, 0),'),
        ],
        "idreg/ID_ISAR3_EL1/Saturate": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_generic_32bits[]', 709, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, 0, 4, 0),'),
        ],
        "idreg/ID_ISAR4_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2410, 'AA32_ID_WRITABLE(ID_ISAR4_EL1),'),
        ],
        "idreg/ID_ISAR4_EL1/SWP_frac": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar4[]', 623, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR4_EL1_SWP_frac_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR4_EL1/PSR_M": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar4[]', 624, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR4_EL1_PSR_M_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR4_EL1/SynchPrim_frac": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar4[]', 625, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR4_EL1_SynchPrim_frac_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR4_EL1/Barrier": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar4[]', 626, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR4_EL1_Barrier_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR4_EL1/SMC": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar4[]', 627, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR4_EL1_SMC_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR4_EL1/Writeback": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar4[]', 628, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR4_EL1_Writeback_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR4_EL1/WithShifts": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar4[]', 629, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR4_EL1_WithShifts_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR4_EL1/Unpriv": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar4[]', 630, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR4_EL1_Unpriv_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR5_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2411, 'AA32_ID_WRITABLE(ID_ISAR5_EL1),'),
        ],
        "idreg/ID_ISAR5_EL1/VCMA": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar5[]', 593, 'static const struct arm64_ftr_bits ftr_id_isar5[] = {'),
        ],
        "idreg/ID_ISAR5_EL1/RDM": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar5[]', 594, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR5_EL1_RDM_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR5_EL1/CRC32": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar5[]', 595, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR5_EL1_CRC32_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR5_EL1/SHA2": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar5[]', 596, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR5_EL1_SHA2_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR5_EL1/SHA1": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar5[]', 597, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR5_EL1_SHA1_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR5_EL1/AES": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar5[]', 598, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR5_EL1_AES_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR5_EL1/SEVL": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar5[]', 599, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR5_EL1_SEVL_SHIFT, 4, 0),'),
        ],
        "idreg/ID_MMFR4_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2412, 'AA32_ID_WRITABLE(ID_MMFR4_EL1),'),
        ],
        "idreg/ID_MMFR4_EL1/EVT": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_mmfr4[]', 604, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_MMFR4_EL1_EVT_SHIFT, 4, 0),'),
        ],
        "idreg/ID_MMFR4_EL1/CCIDX": [
            ('default', 'arch/arm64/kvm/sys_regs.c', '__kvm_read_sanitised_id_reg()', 1569, 'val &= ~ARM64_FEATURE_MASK(ID_MMFR4_EL1_CCIDX);'),
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_mmfr4[]', 605, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_MMFR4_EL1_CCIDX_SHIFT, 4, 0),'),
        ],
        "idreg/ID_MMFR4_EL1/LSM": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_mmfr4[]', 606, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_MMFR4_EL1_LSM_SHIFT, 4, 0),'),
        ],
        "idreg/ID_MMFR4_EL1/HPDS": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_mmfr4[]', 607, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_MMFR4_EL1_HPDS_SHIFT, 4, 0),'),
        ],
        "idreg/ID_MMFR4_EL1/CnP": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_mmfr4[]', 608, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_MMFR4_EL1_CnP_SHIFT, 4, 0),'),
        ],
        "idreg/ID_MMFR4_EL1/XNX": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_mmfr4[]', 609, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_MMFR4_EL1_XNX_SHIFT, 4, 0),'),
        ],
        "idreg/ID_MMFR4_EL1/AC2": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_mmfr4[]', 610, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_MMFR4_EL1_AC2_SHIFT, 4, 0),'),
        ],
        "idreg/ID_MMFR4_EL1/SpecSEI": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_mmfr4[]', 618, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_HIGHER_SAFE, ID_MMFR4_EL1_SpecSEI_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR6_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2413, 'AA32_ID_WRITABLE(ID_ISAR6_EL1),'),
        ],
        "idreg/ID_ISAR6_EL1/I8MM": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar6[]', 640, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR6_EL1_I8MM_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR6_EL1/BF16": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar6[]', 641, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR6_EL1_BF16_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR6_EL1/SPECRES": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar6[]', 642, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR6_EL1_SPECRES_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR6_EL1/SB": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar6[]', 643, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR6_EL1_SB_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR6_EL1/FHM": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar6[]', 644, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR6_EL1_FHM_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR6_EL1/DP": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar6[]', 645, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR6_EL1_DP_SHIFT, 4, 0),'),
        ],
        "idreg/ID_ISAR6_EL1/JSCVT": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_isar6[]', 646, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_ISAR6_EL1_JSCVT_SHIFT, 4, 0),'),
        ],
        "idreg/MVFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2416, 'AA32_ID_WRITABLE(MVFR0_EL1),'),
        ],
        "idreg/MVFR0_EL1/FPRound": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_mvfr0[]', 542, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, MVFR0_EL1_FPRound_SHIFT, 4, 0),'),
        ],
        "idreg/MVFR0_EL1/FPShVec": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_mvfr0[]', 543, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, MVFR0_EL1_FPShVec_SHIFT, 4, 0),'),
        ],
        "idreg/MVFR0_EL1/FPSqrt": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_mvfr0[]', 544, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, MVFR0_EL1_FPSqrt_SHIFT, 4, 0),'),
        ],
        "idreg/MVFR0_EL1/FPDivide": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_mvfr0[]', 545, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, MVFR0_EL1_FPDivide_SHIFT, 4, 0),'),
        ],
        "idreg/MVFR0_EL1/FPTrap": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_mvfr0[]', 546, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, MVFR0_EL1_FPTrap_SHIFT, 4, 0),'),
        ],
        "idreg/MVFR0_EL1/FPDP": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_mvfr0[]', 547, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, MVFR0_EL1_FPDP_SHIFT, 4, 0),'),
        ],
        "idreg/MVFR0_EL1/FPSP": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_mvfr0[]', 548, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, MVFR0_EL1_FPSP_SHIFT, 4, 0),'),
        ],
        "idreg/MVFR0_EL1/SIMDReg": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_mvfr0[]', 549, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, MVFR0_EL1_SIMDReg_SHIFT, 4, 0),'),
        ],
        "idreg/MVFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2417, 'AA32_ID_WRITABLE(MVFR1_EL1),'),
        ],
        "idreg/MVFR1_EL1/SIMDFMAC": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_mvfr1[]', 554, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, MVFR1_EL1_SIMDFMAC_SHIFT, 4, 0),'),
        ],
        "idreg/MVFR1_EL1/FPHP": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_mvfr1[]', 555, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, MVFR1_EL1_FPHP_SHIFT, 4, 0),'),
        ],
        "idreg/MVFR1_EL1/SIMDHP": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_mvfr1[]', 556, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, MVFR1_EL1_SIMDHP_SHIFT, 4, 0),'),
        ],
        "idreg/MVFR1_EL1/SIMDSP": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_mvfr1[]', 557, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, MVFR1_EL1_SIMDSP_SHIFT, 4, 0),'),
        ],
        "idreg/MVFR1_EL1/SIMDInt": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_mvfr1[]', 558, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, MVFR1_EL1_SIMDInt_SHIFT, 4, 0),'),
        ],
        "idreg/MVFR1_EL1/SIMDLS": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_mvfr1[]', 559, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, MVFR1_EL1_SIMDLS_SHIFT, 4, 0),'),
        ],
        "idreg/MVFR1_EL1/FPDNaN": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_mvfr1[]', 560, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, MVFR1_EL1_FPDNaN_SHIFT, 4, 0),'),
        ],
        "idreg/MVFR1_EL1/FPFtZ": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_mvfr1[]', 561, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, MVFR1_EL1_FPFtZ_SHIFT, 4, 0),'),
        ],
        "idreg/MVFR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2418, 'AA32_ID_WRITABLE(MVFR2_EL1),'),
        ],
        "idreg/MVFR2_EL1/FPMisc": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_mvfr2[]', 566, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, MVFR2_EL1_FPMisc_SHIFT, 4, 0),'),
        ],
        "idreg/MVFR2_EL1/SIMDMisc": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_mvfr2[]', 567, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, MVFR2_EL1_SIMDMisc_SHIFT, 4, 0),'),
        ],
        "idreg/S3_0_C0_C3_3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2419, 'ID_UNALLOCATED(3,3),'),
        ],
        "idreg/ID_PFR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2420, 'AA32_ID_WRITABLE(ID_PFR2_EL1),'),
        ],
        "idreg/ID_PFR2_EL1/RAS_frac": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_pfr2[]', 672, 'static const struct arm64_ftr_bits ftr_id_pfr2[] = {'),
        ],
        "idreg/ID_PFR2_EL1/SSBS": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_pfr2[]', 673, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_PFR2_EL1_SSBS_SHIFT, 4, 0),'),
        ],
        "idreg/ID_PFR2_EL1/CSV3": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_pfr2[]', 674, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_PFR2_EL1_CSV3_SHIFT, 4, 0),'),
        ],
        "idreg/ID_DFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2421, 'ID_HIDDEN(ID_DFR1_EL1),'),
        ],
        "idreg/ID_DFR1_EL1/HPMN0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2421, 'ID_HIDDEN(ID_DFR1_EL1),'),
        ],
        "idreg/ID_DFR1_EL1/MTPMU": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2421, 'ID_HIDDEN(ID_DFR1_EL1),'),
        ],
        "idreg/ID_MMFR5_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2422, 'AA32_ID_WRITABLE(ID_MMFR5_EL1),'),
        ],
        "idreg/ID_MMFR5_EL1/nTLBPA": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_mmfr5[]', 634, 'static const struct arm64_ftr_bits ftr_id_mmfr5[] = {'),
        ],
        "idreg/ID_MMFR5_EL1/ETS": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_mmfr5[]', 635, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_MMFR5_EL1_ETS_SHIFT, 4, 0),'),
        ],
        "idreg/S3_0_C0_C3_7": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2423, 'ID_UNALLOCATED(3,7),'),
        ],
        "idreg/ID_AA64PFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2427, '{ SYS_DESC(SYS_ID_AA64PFR0_EL1),'),
        ],
        "idreg/ID_AA64PFR0_EL1/CSV3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_sanitised_id_aa64pfr0_el1()', 1720, 'val &= ~ID_AA64PFR0_EL1_CSV3_MASK;'),
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64pfr0[]', 282, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_AA64PFR0_EL1_CSV3_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64PFR0_EL1/CSV2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_sanitised_id_aa64pfr0_el1()', 1716, 'val &= ~ID_AA64PFR0_EL1_CSV2_MASK;'),
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64pfr0[]', 283, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_AA64PFR0_EL1_CSV2_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64PFR0_EL1/RME": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64pfr0[]', 281, 'static const struct arm64_ftr_bits ftr_id_aa64pfr0[] = {'),
        ],
        "idreg/ID_AA64PFR0_EL1/DIT": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64pfr0[]', 284, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64PFR0_EL1_DIT_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64PFR0_EL1/AMU": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_sanitised_id_aa64pfr0_el1()', 1729, 'val &= ~ID_AA64PFR0_EL1_AMU_MASK;'),
        ],
        "idreg/ID_AA64PFR0_EL1/MPAM": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_sanitised_id_aa64pfr0_el1()', 1736, 'val &= ~ID_AA64PFR0_EL1_MPAM_MASK;'),
            ('settable', 'arch/arm64/kvm/sys_regs.c', 'set_id_aa64pfr0_el1()', 1852, 'u64 mpam_mask = ID_AA64PFR0_EL1_MPAM_MASK;'),
        ],
        "idreg/ID_AA64PFR0_EL1/SEL2": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64pfr0[]', 287, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_AA64PFR0_EL1_SEL2_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64PFR0_EL1/SVE": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_sanitised_id_aa64pfr0_el1()', 1705, 'val &= ~ID_AA64PFR0_EL1_SVE_MASK;'),
        ],
        "idreg/ID_AA64PFR0_EL1/GIC": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_sanitised_id_aa64pfr0_el1()', 1725, 'val &= ~ID_AA64PFR0_EL1_GIC_MASK;'),
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64pfr0[]', 291, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64PFR0_EL1_GIC_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64PFR0_EL1/EL3": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64pfr0[]', 294, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_AA64PFR0_EL1_EL3_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64PFR0_EL1/EL2": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64pfr0[]', 295, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_AA64PFR0_EL1_EL2_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64PFR0_EL1/EL1": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64pfr0[]', 296, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_AA64PFR0_EL1_EL1_SHIFT, 4, ID_AA64PFR0_EL1_EL1_IM'),
        ],
        "idreg/ID_AA64PFR0_EL1/EL0": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64pfr0[]', 297, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_AA64PFR0_EL1_EL0_SHIFT, 4, ID_AA64PFR0_EL1_EL0_IM'),
        ],
        "idreg/ID_AA64PFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2438, '{ SYS_DESC(SYS_ID_AA64PFR1_EL1),'),
        ],
        "idreg/ID_AA64PFR1_EL1/PFAR": [
            ('default', 'arch/arm64/kvm/sys_regs.c', '__kvm_read_sanitised_id_reg()', 1537, 'val &= ~ARM64_FEATURE_MASK(ID_AA64PFR1_EL1_PFAR);'),
        ],
        "idreg/ID_AA64PFR1_EL1/DF2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', '__kvm_read_sanitised_id_reg()', 1536, 'val &= ~ARM64_FEATURE_MASK(ID_AA64PFR1_EL1_DF2);'),
        ],
        "idreg/ID_AA64PFR1_EL1/MTEX": [
            ('default', 'arch/arm64/kvm/sys_regs.c', '__kvm_read_sanitised_id_reg()', 1535, 'val &= ~ARM64_FEATURE_MASK(ID_AA64PFR1_EL1_MTEX);'),
        ],
        "idreg/ID_AA64PFR1_EL1/THE": [
            ('default', 'arch/arm64/kvm/sys_regs.c', '__kvm_read_sanitised_id_reg()', 1534, 'val &= ~ARM64_FEATURE_MASK(ID_AA64PFR1_EL1_THE);'),
        ],
        "idreg/ID_AA64PFR1_EL1/GCS": [
            ('default', 'arch/arm64/kvm/sys_regs.c', '__kvm_read_sanitised_id_reg()', 1533, 'val &= ~ARM64_FEATURE_MASK(ID_AA64PFR1_EL1_GCS);'),
        ],
        "idreg/ID_AA64PFR1_EL1/MTE_frac": [
            ('default', 'arch/arm64/kvm/sys_regs.c', '__kvm_read_sanitised_id_reg()', 1532, 'val &= ~ARM64_FEATURE_MASK(ID_AA64PFR1_EL1_MTE_frac);'),
        ],
        "idreg/ID_AA64PFR1_EL1/NMI": [
            ('default', 'arch/arm64/kvm/sys_regs.c', '__kvm_read_sanitised_id_reg()', 1531, 'val &= ~ARM64_FEATURE_MASK(ID_AA64PFR1_EL1_NMI);'),
        ],
        "idreg/ID_AA64PFR1_EL1/CSV2_frac": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64pfr1[]', 301, 'static const struct arm64_ftr_bits ftr_id_aa64pfr1[] = {'),
        ],
        "idreg/ID_AA64PFR1_EL1/RNDR_trap": [
            ('default', 'arch/arm64/kvm/sys_regs.c', '__kvm_read_sanitised_id_reg()', 1530, 'val &= ~ARM64_FEATURE_MASK(ID_AA64PFR1_EL1_RNDR_trap);'),
        ],
        "idreg/ID_AA64PFR1_EL1/SME": [
            ('default', 'arch/arm64/kvm/sys_regs.c', '__kvm_read_sanitised_id_reg()', 1529, 'val &= ~ARM64_FEATURE_MASK(ID_AA64PFR1_EL1_SME);'),
        ],
        "idreg/ID_AA64PFR1_EL1/MPAM_frac": [
            ('default', 'arch/arm64/kvm/sys_regs.c', '__kvm_read_sanitised_id_reg()', 1538, 'val &= ~ARM64_FEATURE_MASK(ID_AA64PFR1_EL1_MPAM_frac);'),
            ('settable', 'arch/arm64/kvm/sys_regs.c', 'set_id_aa64pfr1_el1()', 1875, 'u64 mpam_mask = ID_AA64PFR1_EL1_MPAM_frac_MASK;'),
        ],
        "idreg/ID_AA64PFR1_EL1/MTE": [
            ('default', 'arch/arm64/kvm/sys_regs.c', '__kvm_read_sanitised_id_reg()', 1527, 'val &= ~ARM64_FEATURE_MASK(ID_AA64PFR1_EL1_MTE);'),
        ],
        "idreg/ID_AA64PFR1_EL1/SSBS": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64pfr1[]', 308, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_AA64PFR1_EL1_SSBS_SHIFT, 4, ID_AA64PFR1_EL1_SSBS'),
        ],
        "idreg/ID_AA64PFR1_EL1/BT": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64pfr1[]', 310, 'FTR_STRICT, FTR_LOWER_SAFE, ID_AA64PFR1_EL1_BT_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64PFR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2456, 'ID_WRITABLE(ID_AA64PFR2_EL1, ID_AA64PFR2_EL1_FPMR),'),
        ],
        "idreg/ID_AA64PFR2_EL1/FPMR": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64pfr2[]', 315, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64PFR2_EL1_FPMR_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64PFR2_EL1/MTEFAR": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64pfr2[]', 314, 'static const struct arm64_ftr_bits ftr_id_aa64pfr2[] = {'),
        ],
        "idreg/ID_AA64PFR2_EL1/MTESTOREONLY": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64pfr2[]', 314, 'static const struct arm64_ftr_bits ftr_id_aa64pfr2[] = {'),
        ],
        "idreg/ID_AA64PFR2_EL1/MTEPERM": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64pfr2[]', 314, 'static const struct arm64_ftr_bits ftr_id_aa64pfr2[] = {'),
        ],
        "idreg/S3_0_C0_C4_3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2457, 'ID_UNALLOCATED(4,3),'),
        ],
        "idreg/ID_AA64ZFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2458, 'ID_WRITABLE(ID_AA64ZFR0_EL1, ~ID_AA64ZFR0_EL1_RES0),'),
        ],
        "idreg/ID_AA64ZFR0_EL1/F64MM": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2458, 'ID_WRITABLE(ID_AA64ZFR0_EL1, ~ID_AA64ZFR0_EL1_RES0),'),
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64zfr0[]', 321, 'FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ZFR0_EL1_F64MM_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ZFR0_EL1/F32MM": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2458, 'ID_WRITABLE(ID_AA64ZFR0_EL1, ~ID_AA64ZFR0_EL1_RES0),'),
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64zfr0[]', 323, 'FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ZFR0_EL1_F32MM_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ZFR0_EL1/I8MM": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2458, 'ID_WRITABLE(ID_AA64ZFR0_EL1, ~ID_AA64ZFR0_EL1_RES0),'),
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64zfr0[]', 325, 'FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ZFR0_EL1_I8MM_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ZFR0_EL1/SM4": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2458, 'ID_WRITABLE(ID_AA64ZFR0_EL1, ~ID_AA64ZFR0_EL1_RES0),'),
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64zfr0[]', 327, 'FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ZFR0_EL1_SM4_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ZFR0_EL1/SHA3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2458, 'ID_WRITABLE(ID_AA64ZFR0_EL1, ~ID_AA64ZFR0_EL1_RES0),'),
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64zfr0[]', 329, 'FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ZFR0_EL1_SHA3_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ZFR0_EL1/B16B16": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2458, 'ID_WRITABLE(ID_AA64ZFR0_EL1, ~ID_AA64ZFR0_EL1_RES0),'),
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64zfr0[]', 331, 'FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ZFR0_EL1_B16B16_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ZFR0_EL1/BF16": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2458, 'ID_WRITABLE(ID_AA64ZFR0_EL1, ~ID_AA64ZFR0_EL1_RES0),'),
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64zfr0[]', 333, 'FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ZFR0_EL1_BF16_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ZFR0_EL1/BitPerm": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2458, 'ID_WRITABLE(ID_AA64ZFR0_EL1, ~ID_AA64ZFR0_EL1_RES0),'),
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64zfr0[]', 335, 'FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ZFR0_EL1_BitPerm_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ZFR0_EL1/AES": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2458, 'ID_WRITABLE(ID_AA64ZFR0_EL1, ~ID_AA64ZFR0_EL1_RES0),'),
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64zfr0[]', 337, 'FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ZFR0_EL1_AES_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ZFR0_EL1/SVEver": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2458, 'ID_WRITABLE(ID_AA64ZFR0_EL1, ~ID_AA64ZFR0_EL1_RES0),'),
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64zfr0[]', 339, 'FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ZFR0_EL1_SVEver_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64SMFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2459, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/FA64": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2459, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/LUTv2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2459, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/SMEver": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2459, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/I16I64": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2459, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/F64F64": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2459, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/I16I32": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2459, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/B16B16": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2459, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/F16F16": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2459, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/F8F16": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2459, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/F8F32": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2459, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/I8I32": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2459, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/F16F32": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2459, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/B16F32": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2459, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/BI32I32": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2459, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/F32F32": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2459, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/SF8FMA": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2459, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/SF8DP4": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2459, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/ID_AA64SMFR0_EL1/SF8DP2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2459, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "idreg/S3_0_C0_C4_6": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2460, 'ID_UNALLOCATED(4,6),'),
        ],
        "idreg/ID_AA64FPFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2461, 'ID_WRITABLE(ID_AA64FPFR0_EL1, ~ID_AA64FPFR0_EL1_RES0),'),
        ],
        "idreg/ID_AA64FPFR0_EL1/F8CVT": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64fpfr0[]', 384, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_EXACT, ID_AA64FPFR0_EL1_F8CVT_SHIFT, 1, 0),'),
        ],
        "idreg/ID_AA64FPFR0_EL1/F8FMA": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64fpfr0[]', 385, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_EXACT, ID_AA64FPFR0_EL1_F8FMA_SHIFT, 1, 0),'),
        ],
        "idreg/ID_AA64FPFR0_EL1/F8DP4": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64fpfr0[]', 386, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_EXACT, ID_AA64FPFR0_EL1_F8DP4_SHIFT, 1, 0),'),
        ],
        "idreg/ID_AA64FPFR0_EL1/F8DP2": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64fpfr0[]', 387, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_EXACT, ID_AA64FPFR0_EL1_F8DP2_SHIFT, 1, 0),'),
        ],
        "idreg/ID_AA64FPFR0_EL1/F8E4M3": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64fpfr0[]', 388, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_EXACT, ID_AA64FPFR0_EL1_F8E4M3_SHIFT, 1, 0),'),
        ],
        "idreg/ID_AA64FPFR0_EL1/F8E5M2": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64fpfr0[]', 389, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_EXACT, ID_AA64FPFR0_EL1_F8E5M2_SHIFT, 1, 0),'),
        ],
        "idreg/ID_AA64DFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2464, '{ SYS_DESC(SYS_ID_AA64DFR0_EL1),'),
        ],
        "idreg/ID_AA64DFR0_EL1/HPMN0": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64dfr0[]', 526, 'static const struct arm64_ftr_bits ftr_id_aa64dfr0[] = {'),
        ],
        "idreg/ID_AA64DFR0_EL1/ExtTrcBuff": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64dfr0[]', 526, 'static const struct arm64_ftr_bits ftr_id_aa64dfr0[] = {'),
        ],
        "idreg/ID_AA64DFR0_EL1/BRBE": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64dfr0[]', 526, 'static const struct arm64_ftr_bits ftr_id_aa64dfr0[] = {'),
        ],
        "idreg/ID_AA64DFR0_EL1/MTPMU": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64dfr0[]', 526, 'static const struct arm64_ftr_bits ftr_id_aa64dfr0[] = {'),
        ],
        "idreg/ID_AA64DFR0_EL1/TraceBuffer": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64dfr0[]', 526, 'static const struct arm64_ftr_bits ftr_id_aa64dfr0[] = {'),
        ],
        "idreg/ID_AA64DFR0_EL1/TraceFilt": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64dfr0[]', 526, 'static const struct arm64_ftr_bits ftr_id_aa64dfr0[] = {'),
        ],
        "idreg/ID_AA64DFR0_EL1/DoubleLock": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64dfr0[]', 527, 'S_ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64DFR0_EL1_DoubleLock_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64DFR0_EL1/PMSVer": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_sanitised_id_aa64dfr0_el1()', 1767, 'val &= ~ID_AA64DFR0_EL1_PMSVer_MASK;'),
        ],
        "idreg/ID_AA64DFR0_EL1/WRPs": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64dfr0[]', 530, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64DFR0_EL1_WRPs_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64DFR0_EL1/PMUVer": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_sanitised_id_aa64dfr0_el1()', 1761, 'val &= ~ID_AA64DFR0_EL1_PMUVer_MASK;'),
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64dfr0[]', 536, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_NONSTRICT, FTR_EXACT, ID_AA64DFR0_EL1_PMUVer_SHIFT, 4, 0),'),
            ('warning', 'arch/arm64/kvm/sys_regs.c', 'kvm_arm64_ftr_safe_value()', 1417, 'case ID_AA64DFR0_EL1_PMUVer_SHIFT:'),
        ],
        "idreg/ID_AA64DFR0_EL1/TraceVer": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64dfr0[]', 526, 'static const struct arm64_ftr_bits ftr_id_aa64dfr0[] = {'),
        ],
        "idreg/ID_AA64DFR0_EL1/DebugVer": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'read_sanitised_id_aa64dfr0_el1()', 1756, 'val = ID_REG_LIMIT_FIELD_ENUM(val, ID_AA64DFR0_EL1, DebugVer, V8P8);'),
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64dfr0[]', 537, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_EXACT, ID_AA64DFR0_EL1_DebugVer_SHIFT, 4, 0x6),'),
        ],
        "idreg/ID_AA64DFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2485, 'ID_SANITISED(ID_AA64DFR1_EL1),'),
        ],
        "idreg/ID_AA64DFR1_EL1/ABL_CMPs": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_raz[]', 719, 'static const struct arm64_ftr_bits ftr_raz[] = {'),
        ],
        "idreg/ID_AA64DFR1_EL1/DPFZS": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_raz[]', 719, 'static const struct arm64_ftr_bits ftr_raz[] = {'),
        ],
        "idreg/ID_AA64DFR1_EL1/EBEP": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_raz[]', 719, 'static const struct arm64_ftr_bits ftr_raz[] = {'),
        ],
        "idreg/ID_AA64DFR1_EL1/ITE": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_raz[]', 719, 'static const struct arm64_ftr_bits ftr_raz[] = {'),
        ],
        "idreg/ID_AA64DFR1_EL1/ABLE": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_raz[]', 719, 'static const struct arm64_ftr_bits ftr_raz[] = {'),
        ],
        "idreg/ID_AA64DFR1_EL1/PMICNTR": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_raz[]', 719, 'static const struct arm64_ftr_bits ftr_raz[] = {'),
        ],
        "idreg/ID_AA64DFR1_EL1/SPMU": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_raz[]', 719, 'static const struct arm64_ftr_bits ftr_raz[] = {'),
        ],
        "idreg/ID_AA64DFR1_EL1/CTX_CMPs": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_raz[]', 719, 'static const struct arm64_ftr_bits ftr_raz[] = {'),
        ],
        "idreg/ID_AA64DFR1_EL1/WRPs": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_raz[]', 719, 'static const struct arm64_ftr_bits ftr_raz[] = {'),
        ],
        "idreg/ID_AA64DFR1_EL1/BRPs": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_raz[]', 719, 'static const struct arm64_ftr_bits ftr_raz[] = {'),
        ],
        "idreg/ID_AA64DFR1_EL1/SYSPMUID": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_raz[]', 719, 'static const struct arm64_ftr_bits ftr_raz[] = {'),
        ],
        "idreg/ID_AA64DFR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2486, 'ID_UNALLOCATED(5,2),'),
        ],
        "idreg/S3_0_C0_C5_3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2487, 'ID_UNALLOCATED(5,3),'),
        ],
        "idreg/ID_AA64AFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2488, 'ID_HIDDEN(ID_AA64AFR0_EL1),'),
        ],
        "idreg/ID_AA64AFR0_EL1/IMPDEF7": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2488, 'ID_HIDDEN(ID_AA64AFR0_EL1),'),
        ],
        "idreg/ID_AA64AFR0_EL1/IMPDEF6": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2488, 'ID_HIDDEN(ID_AA64AFR0_EL1),'),
        ],
        "idreg/ID_AA64AFR0_EL1/IMPDEF5": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2488, 'ID_HIDDEN(ID_AA64AFR0_EL1),'),
        ],
        "idreg/ID_AA64AFR0_EL1/IMPDEF4": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2488, 'ID_HIDDEN(ID_AA64AFR0_EL1),'),
        ],
        "idreg/ID_AA64AFR0_EL1/IMPDEF3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2488, 'ID_HIDDEN(ID_AA64AFR0_EL1),'),
        ],
        "idreg/ID_AA64AFR0_EL1/IMPDEF2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2488, 'ID_HIDDEN(ID_AA64AFR0_EL1),'),
        ],
        "idreg/ID_AA64AFR0_EL1/IMPDEF1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2488, 'ID_HIDDEN(ID_AA64AFR0_EL1),'),
        ],
        "idreg/ID_AA64AFR0_EL1/IMPDEF0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2488, 'ID_HIDDEN(ID_AA64AFR0_EL1),'),
        ],
        "idreg/ID_AA64AFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2489, 'ID_HIDDEN(ID_AA64AFR1_EL1),'),
        ],
        "idreg/S3_0_C0_C5_6": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2490, 'ID_UNALLOCATED(5,6),'),
        ],
        "idreg/S3_0_C0_C5_7": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2491, 'ID_UNALLOCATED(5,7),'),
        ],
        "idreg/ID_AA64ISAR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2494, 'ID_WRITABLE(ID_AA64ISAR0_EL1, ~ID_AA64ISAR0_EL1_RES0),'),
        ],
        "idreg/ID_AA64ISAR0_EL1/RNDR": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar0[]', 220, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR0_EL1_RNDR_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR0_EL1/TLB": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar0[]', 221, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR0_EL1_TLB_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR0_EL1/TS": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar0[]', 222, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR0_EL1_TS_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR0_EL1/FHM": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar0[]', 223, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR0_EL1_FHM_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR0_EL1/DP": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar0[]', 224, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR0_EL1_DP_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR0_EL1/SM4": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar0[]', 225, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR0_EL1_SM4_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR0_EL1/SM3": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar0[]', 226, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR0_EL1_SM3_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR0_EL1/SHA3": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar0[]', 227, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR0_EL1_SHA3_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR0_EL1/RDM": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar0[]', 228, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR0_EL1_RDM_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR0_EL1/TME": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar0[]', 219, 'static const struct arm64_ftr_bits ftr_id_aa64isar0[] = {'),
        ],
        "idreg/ID_AA64ISAR0_EL1/ATOMIC": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar0[]', 229, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR0_EL1_ATOMIC_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR0_EL1/CRC32": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar0[]', 230, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR0_EL1_CRC32_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR0_EL1/SHA2": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar0[]', 231, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR0_EL1_SHA2_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR0_EL1/SHA1": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar0[]', 232, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR0_EL1_SHA1_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR0_EL1/AES": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar0[]', 233, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR0_EL1_AES_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2495, 'ID_WRITABLE(ID_AA64ISAR1_EL1, ~(ID_AA64ISAR1_EL1_GPI |'),
        ],
        "idreg/ID_AA64ISAR1_EL1/LS64": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar1[]', 237, 'static const struct arm64_ftr_bits ftr_id_aa64isar1[] = {'),
        ],
        "idreg/ID_AA64ISAR1_EL1/XS": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar1[]', 238, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR1_EL1_XS_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR1_EL1/I8MM": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar1[]', 239, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR1_EL1_I8MM_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR1_EL1/DGH": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar1[]', 240, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR1_EL1_DGH_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR1_EL1/BF16": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar1[]', 241, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR1_EL1_BF16_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR1_EL1/SPECRES": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar1[]', 242, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR1_EL1_SPECRES_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR1_EL1/SB": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar1[]', 243, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR1_EL1_SB_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR1_EL1/FRINTTS": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar1[]', 244, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR1_EL1_FRINTTS_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR1_EL1/GPI": [
            ('default', 'arch/arm64/kvm/sys_regs.c', '__kvm_read_sanitised_id_reg()', 1549, 'ARM64_FEATURE_MASK(ID_AA64ISAR1_EL1_GPI));'),
        ],
        "idreg/ID_AA64ISAR1_EL1/GPA": [
            ('default', 'arch/arm64/kvm/sys_regs.c', '__kvm_read_sanitised_id_reg()', 1548, 'ARM64_FEATURE_MASK(ID_AA64ISAR1_EL1_GPA) |'),
        ],
        "idreg/ID_AA64ISAR1_EL1/LRCPC": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar1[]', 249, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR1_EL1_LRCPC_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR1_EL1/FCMA": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar1[]', 250, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR1_EL1_FCMA_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR1_EL1/JSCVT": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar1[]', 251, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR1_EL1_JSCVT_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR1_EL1/API": [
            ('default', 'arch/arm64/kvm/sys_regs.c', '__kvm_read_sanitised_id_reg()', 1547, 'ARM64_FEATURE_MASK(ID_AA64ISAR1_EL1_API) |'),
        ],
        "idreg/ID_AA64ISAR1_EL1/APA": [
            ('default', 'arch/arm64/kvm/sys_regs.c', '__kvm_read_sanitised_id_reg()', 1546, 'val &= ~(ARM64_FEATURE_MASK(ID_AA64ISAR1_EL1_APA) |'),
        ],
        "idreg/ID_AA64ISAR1_EL1/DPB": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar1[]', 256, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR1_EL1_DPB_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2499, 'ID_WRITABLE(ID_AA64ISAR2_EL1, ~(ID_AA64ISAR2_EL1_RES0 |'),
        ],
        "idreg/ID_AA64ISAR2_EL1/ATS1A": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar2[]', 260, 'static const struct arm64_ftr_bits ftr_id_aa64isar2[] = {'),
        ],
        "idreg/ID_AA64ISAR2_EL1/LUT": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar2[]', 261, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_AA64ISAR2_EL1_LUT_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR2_EL1/CSSC": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar2[]', 262, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_AA64ISAR2_EL1_CSSC_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR2_EL1/RPRFM": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar2[]', 263, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_AA64ISAR2_EL1_RPRFM_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR2_EL1/PRFMSLC": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar2[]', 260, 'static const struct arm64_ftr_bits ftr_id_aa64isar2[] = {'),
        ],
        "idreg/ID_AA64ISAR2_EL1/SYSINSTR_128": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar2[]', 260, 'static const struct arm64_ftr_bits ftr_id_aa64isar2[] = {'),
        ],
        "idreg/ID_AA64ISAR2_EL1/SYSREG_128": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar2[]', 260, 'static const struct arm64_ftr_bits ftr_id_aa64isar2[] = {'),
        ],
        "idreg/ID_AA64ISAR2_EL1/CLRBHB": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar2[]', 264, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR2_EL1_CLRBHB_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR2_EL1/PAC_frac": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar2[]', 260, 'static const struct arm64_ftr_bits ftr_id_aa64isar2[] = {'),
        ],
        "idreg/ID_AA64ISAR2_EL1/BC": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar2[]', 265, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR2_EL1_BC_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR2_EL1/MOPS": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar2[]', 266, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64ISAR2_EL1_MOPS_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR2_EL1/APA3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', '__kvm_read_sanitised_id_reg()', 1553, 'val &= ~(ARM64_FEATURE_MASK(ID_AA64ISAR2_EL1_APA3) |'),
        ],
        "idreg/ID_AA64ISAR2_EL1/GPA3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', '__kvm_read_sanitised_id_reg()', 1554, 'ARM64_FEATURE_MASK(ID_AA64ISAR2_EL1_GPA3));'),
        ],
        "idreg/ID_AA64ISAR2_EL1/RPRES": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar2[]', 271, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_AA64ISAR2_EL1_RPRES_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR2_EL1/WFxT": [
            ('default', 'arch/arm64/kvm/sys_regs.c', '__kvm_read_sanitised_id_reg()', 1556, 'val &= ~ARM64_FEATURE_MASK(ID_AA64ISAR2_EL1_WFxT);'),
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64isar2[]', 272, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_AA64ISAR2_EL1_WFxT_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64ISAR3_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2502, 'ID_UNALLOCATED(6,3),'),
        ],
        "idreg/ID_AA64ISAR3_EL1/PACM": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2502, 'ID_UNALLOCATED(6,3),'),
        ],
        "idreg/ID_AA64ISAR3_EL1/TLBIW": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2502, 'ID_UNALLOCATED(6,3),'),
        ],
        "idreg/ID_AA64ISAR3_EL1/FAMINMAX": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2502, 'ID_UNALLOCATED(6,3),'),
        ],
        "idreg/ID_AA64ISAR3_EL1/CPA": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2502, 'ID_UNALLOCATED(6,3),'),
        ],
        "idreg/S3_0_C0_C6_4": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2503, 'ID_UNALLOCATED(6,4),'),
        ],
        "idreg/S3_0_C0_C6_5": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2504, 'ID_UNALLOCATED(6,5),'),
        ],
        "idreg/S3_0_C0_C6_6": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2505, 'ID_UNALLOCATED(6,6),'),
        ],
        "idreg/S3_0_C0_C6_7": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2506, 'ID_UNALLOCATED(6,7),'),
        ],
        "idreg/ID_AA64MMFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2509, 'ID_WRITABLE(ID_AA64MMFR0_EL1, ~(ID_AA64MMFR0_EL1_RES0 |'),
        ],
        "idreg/ID_AA64MMFR0_EL1/ECV": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr0[]', 394, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64MMFR0_EL1_ECV_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR0_EL1/FGT": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr0[]', 395, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64MMFR0_EL1_FGT_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR0_EL1/EXS": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr0[]', 396, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64MMFR0_EL1_EXS_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR0_EL1/TGRAN4": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr0[]', 422, 'S_ARM64_FTR_BITS(FTR_HIDDEN, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_AA64MMFR0_EL1_TGRAN4_SHIFT, 4, ID_AA64MMFR0_EL1'),
        ],
        "idreg/ID_AA64MMFR0_EL1/TGRAN64": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr0[]', 423, 'S_ARM64_FTR_BITS(FTR_HIDDEN, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_AA64MMFR0_EL1_TGRAN64_SHIFT, 4, ID_AA64MMFR0_EL'),
        ],
        "idreg/ID_AA64MMFR0_EL1/TGRAN16": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr0[]', 424, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_AA64MMFR0_EL1_TGRAN16_SHIFT, 4, ID_AA64MMFR0_EL1_'),
        ],
        "idreg/ID_AA64MMFR0_EL1/BIGENDEL0": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr0[]', 426, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64MMFR0_EL1_BIGENDEL0_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR0_EL1/SNSMEM": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr0[]', 428, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_AA64MMFR0_EL1_SNSMEM_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR0_EL1/BIGEND": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr0[]', 429, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64MMFR0_EL1_BIGEND_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR0_EL1/PARANGE": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr0[]', 435, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_AA64MMFR0_EL1_PARANGE_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2514, 'ID_WRITABLE(ID_AA64MMFR1_EL1, ~(ID_AA64MMFR1_EL1_RES0 |'),
        ],
        "idreg/ID_AA64MMFR1_EL1/ECBHB": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr1[]', 440, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64MMFR1_EL1_ECBHB_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR1_EL1/CMOW": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr1[]', 439, 'static const struct arm64_ftr_bits ftr_id_aa64mmfr1[] = {'),
        ],
        "idreg/ID_AA64MMFR1_EL1/TIDCP1": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr1[]', 441, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_AA64MMFR1_EL1_TIDCP1_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR1_EL1/nTLBPA": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr1[]', 439, 'static const struct arm64_ftr_bits ftr_id_aa64mmfr1[] = {'),
        ],
        "idreg/ID_AA64MMFR1_EL1/AFP": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr1[]', 442, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64MMFR1_EL1_AFP_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR1_EL1/ETS": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr1[]', 444, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64MMFR1_EL1_ETS_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR1_EL1/SpecSEI": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr1[]', 447, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_HIGHER_SAFE, ID_AA64MMFR1_EL1_SpecSEI_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR1_EL1/PAN": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr1[]', 448, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64MMFR1_EL1_PAN_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR1_EL1/LO": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr1[]', 449, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64MMFR1_EL1_LO_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR1_EL1/HPDS": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr1[]', 450, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64MMFR1_EL1_HPDS_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR1_EL1/HAFDBS": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr1[]', 453, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64MMFR1_EL1_HAFDBS_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2520, 'ID_WRITABLE(ID_AA64MMFR2_EL1, ~(ID_AA64MMFR2_EL1_RES0 |'),
        ],
        "idreg/ID_AA64MMFR2_EL1/E0PD": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr2[]', 458, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_AA64MMFR2_EL1_E0PD_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR2_EL1/BBM": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr2[]', 460, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64MMFR2_EL1_BBM_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR2_EL1/TTL": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr2[]', 461, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64MMFR2_EL1_TTL_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR2_EL1/AT": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr2[]', 464, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64MMFR2_EL1_AT_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR2_EL1/ST": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr2[]', 465, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64MMFR2_EL1_ST_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR2_EL1/CCIDX": [
            ('default', 'arch/arm64/kvm/sys_regs.c', '__kvm_read_sanitised_id_reg()', 1559, 'val &= ~ID_AA64MMFR2_EL1_CCIDX_MASK;'),
        ],
        "idreg/ID_AA64MMFR2_EL1/VARange": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr2[]', 468, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64MMFR2_EL1_VARange_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR2_EL1/IESB": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr2[]', 469, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_AA64MMFR2_EL1_IESB_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR2_EL1/LSM": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr2[]', 470, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64MMFR2_EL1_LSM_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR2_EL1/UAO": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr2[]', 471, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64MMFR2_EL1_UAO_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR2_EL1/CnP": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr2[]', 472, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_LOWER_SAFE, ID_AA64MMFR2_EL1_CnP_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR3_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2526, 'ID_WRITABLE(ID_AA64MMFR3_EL1, (ID_AA64MMFR3_EL1_TCRX |'),
        ],
        "idreg/ID_AA64MMFR3_EL1/Spec_FPACC": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr3[]', 476, 'static const struct arm64_ftr_bits ftr_id_aa64mmfr3[] = {'),
        ],
        "idreg/ID_AA64MMFR3_EL1/ADERR": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr3[]', 476, 'static const struct arm64_ftr_bits ftr_id_aa64mmfr3[] = {'),
        ],
        "idreg/ID_AA64MMFR3_EL1/SDERR": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr3[]', 476, 'static const struct arm64_ftr_bits ftr_id_aa64mmfr3[] = {'),
        ],
        "idreg/ID_AA64MMFR3_EL1/ANERR": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr3[]', 476, 'static const struct arm64_ftr_bits ftr_id_aa64mmfr3[] = {'),
        ],
        "idreg/ID_AA64MMFR3_EL1/SNERR": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr3[]', 476, 'static const struct arm64_ftr_bits ftr_id_aa64mmfr3[] = {'),
        ],
        "idreg/ID_AA64MMFR3_EL1/D128_2": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr3[]', 476, 'static const struct arm64_ftr_bits ftr_id_aa64mmfr3[] = {'),
        ],
        "idreg/ID_AA64MMFR3_EL1/D128": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr3[]', 476, 'static const struct arm64_ftr_bits ftr_id_aa64mmfr3[] = {'),
        ],
        "idreg/ID_AA64MMFR3_EL1/MEC": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr3[]', 476, 'static const struct arm64_ftr_bits ftr_id_aa64mmfr3[] = {'),
        ],
        "idreg/ID_AA64MMFR3_EL1/AIE": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr3[]', 476, 'static const struct arm64_ftr_bits ftr_id_aa64mmfr3[] = {'),
        ],
        "idreg/ID_AA64MMFR3_EL1/S2POE": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr3[]', 476, 'static const struct arm64_ftr_bits ftr_id_aa64mmfr3[] = {'),
        ],
        "idreg/ID_AA64MMFR3_EL1/S1POE": [
            ('default', 'arch/arm64/kvm/sys_regs.c', '__kvm_read_sanitised_id_reg()', 1562, 'val &= ID_AA64MMFR3_EL1_TCRX | ID_AA64MMFR3_EL1_S1POE |'),
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr3[]', 478, 'FTR_NONSTRICT, FTR_LOWER_SAFE, ID_AA64MMFR3_EL1_S1POE_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR3_EL1/S2PIE": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr3[]', 476, 'static const struct arm64_ftr_bits ftr_id_aa64mmfr3[] = {'),
        ],
        "idreg/ID_AA64MMFR3_EL1/S1PIE": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr3[]', 479, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_AA64MMFR3_EL1_S1PIE_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR3_EL1/SCTLRX": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr3[]', 476, 'static const struct arm64_ftr_bits ftr_id_aa64mmfr3[] = {'),
        ],
        "idreg/ID_AA64MMFR3_EL1/TCRX": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr3[]', 480, 'ARM64_FTR_BITS(FTR_HIDDEN, FTR_NONSTRICT, FTR_LOWER_SAFE, ID_AA64MMFR3_EL1_TCRX_SHIFT, 4, 0),'),
        ],
        "idreg/ID_AA64MMFR4_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2529, 'ID_SANITISED(ID_AA64MMFR4_EL1),'),
        ],
        "idreg/ID_AA64MMFR4_EL1/E3DSE": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr4[]', 484, 'static const struct arm64_ftr_bits ftr_id_aa64mmfr4[] = {'),
        ],
        "idreg/ID_AA64MMFR4_EL1/NV_frac": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr4[]', 484, 'static const struct arm64_ftr_bits ftr_id_aa64mmfr4[] = {'),
        ],
        "idreg/ID_AA64MMFR4_EL1/FGWTE3": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr4[]', 484, 'static const struct arm64_ftr_bits ftr_id_aa64mmfr4[] = {'),
        ],
        "idreg/ID_AA64MMFR4_EL1/HACDBS": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr4[]', 484, 'static const struct arm64_ftr_bits ftr_id_aa64mmfr4[] = {'),
        ],
        "idreg/ID_AA64MMFR4_EL1/ASID2": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr4[]', 484, 'static const struct arm64_ftr_bits ftr_id_aa64mmfr4[] = {'),
        ],
        "idreg/ID_AA64MMFR4_EL1/EIESB": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_id_aa64mmfr4[]', 484, 'static const struct arm64_ftr_bits ftr_id_aa64mmfr4[] = {'),
        ],
        "idreg/S3_0_C0_C7_5": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2530, 'ID_UNALLOCATED(7,5),'),
        ],
        "idreg/S3_0_C0_C7_6": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2531, 'ID_UNALLOCATED(7,6),'),
        ],
        "idreg/S3_0_C0_C7_7": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2532, 'ID_UNALLOCATED(7,7),'),
        ],
        "idreg/CLIDR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2653, '{ SYS_DESC(SYS_CLIDR_EL1), access_clidr, reset_clidr, CLIDR_EL1,'),
            ('warning', 'arch/arm64/kvm/sys_regs.c', 'reset_clidr()', 1999, 'static u64 reset_clidr(struct kvm_vcpu *vcpu, const struct sys_reg_desc *r)'),
        ],
        "idreg/CTR_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2658, 'ID_WRITABLE(CTR_EL0, CTR_EL0_DIC_MASK |'),
        ],
        "idreg/CTR_EL0/TminLine": [
            ('default-absent', 'arch/arm64/kernel/cpufeature.c', 'ftr_ctr[]', 489, 'static const struct arm64_ftr_bits ftr_ctr[] = {'),
        ],
        "idreg/CTR_EL0/DIC": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_ctr[]', 491, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, CTR_EL0_DIC_SHIFT, 1, 1),'),
        ],
        "idreg/CTR_EL0/IDC": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_ctr[]', 492, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, CTR_EL0_IDC_SHIFT, 1, 1),'),
        ],
        "idreg/CTR_EL0/DminLine": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_ctr[]', 495, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, CTR_EL0_DminLine_SHIFT, 4, 1),'),
        ],
        "idreg/CTR_EL0/IminLine": [
            ('settable', 'arch/arm64/kernel/cpufeature.c', 'ftr_ctr[]', 502, 'ARM64_FTR_BITS(FTR_VISIBLE, FTR_STRICT, FTR_LOWER_SAFE, CTR_EL0_IminLine_SHIFT, 4, 0),'),
        ],
        "reglist/MIDR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'invariant_sys_regs[]', 4394, '{ SYS_DESC(SYS_MIDR_EL1), NULL, reset_midr_el1 },'),
        ],
        "reglist/REVIDR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'invariant_sys_regs[]', 4395, '{ SYS_DESC(SYS_REVIDR_EL1), NULL, reset_revidr_el1 },'),
        ],
        "reglist/AIDR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'invariant_sys_regs[]', 4396, '{ SYS_DESC(SYS_AIDR_EL1), NULL, reset_aidr_el1 },'),
        ],
        "reglist/DBGBVR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2345, 'DBG_BCR_BVR_WCR_WVR_EL1(0),'),
        ],
        "reglist/DBGBCR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2345, 'DBG_BCR_BVR_WCR_WVR_EL1(0),'),
        ],
        "reglist/DBGWVR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2345, 'DBG_BCR_BVR_WCR_WVR_EL1(0),'),
        ],
        "reglist/DBGWCR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2345, 'DBG_BCR_BVR_WCR_WVR_EL1(0),'),
        ],
        "reglist/DBGBVR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2346, 'DBG_BCR_BVR_WCR_WVR_EL1(1),'),
        ],
        "reglist/DBGBCR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2346, 'DBG_BCR_BVR_WCR_WVR_EL1(1),'),
        ],
        "reglist/DBGWVR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2346, 'DBG_BCR_BVR_WCR_WVR_EL1(1),'),
        ],
        "reglist/DBGWCR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2346, 'DBG_BCR_BVR_WCR_WVR_EL1(1),'),
        ],
        "reglist/MDCCINT_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2347, '{ SYS_DESC(SYS_MDCCINT_EL1), trap_debug_regs, reset_val, MDCCINT_EL1, 0 },'),
        ],
        "reglist/MDSCR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2348, '{ SYS_DESC(SYS_MDSCR_EL1), trap_debug_regs, reset_val, MDSCR_EL1, 0 },'),
        ],
        "reglist/DBGBVR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2349, 'DBG_BCR_BVR_WCR_WVR_EL1(2),'),
        ],
        "reglist/DBGBCR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2349, 'DBG_BCR_BVR_WCR_WVR_EL1(2),'),
        ],
        "reglist/DBGWVR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2349, 'DBG_BCR_BVR_WCR_WVR_EL1(2),'),
        ],
        "reglist/DBGWCR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2349, 'DBG_BCR_BVR_WCR_WVR_EL1(2),'),
        ],
        "reglist/DBGBVR3_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2350, 'DBG_BCR_BVR_WCR_WVR_EL1(3),'),
        ],
        "reglist/DBGBCR3_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2350, 'DBG_BCR_BVR_WCR_WVR_EL1(3),'),
        ],
        "reglist/DBGWVR3_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2350, 'DBG_BCR_BVR_WCR_WVR_EL1(3),'),
        ],
        "reglist/DBGWCR3_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2350, 'DBG_BCR_BVR_WCR_WVR_EL1(3),'),
        ],
        "reglist/DBGBVR4_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2351, 'DBG_BCR_BVR_WCR_WVR_EL1(4),'),
        ],
        "reglist/DBGBCR4_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2351, 'DBG_BCR_BVR_WCR_WVR_EL1(4),'),
        ],
        "reglist/DBGWVR4_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2351, 'DBG_BCR_BVR_WCR_WVR_EL1(4),'),
        ],
        "reglist/DBGWCR4_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2351, 'DBG_BCR_BVR_WCR_WVR_EL1(4),'),
        ],
        "reglist/DBGBVR5_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2352, 'DBG_BCR_BVR_WCR_WVR_EL1(5),'),
        ],
        "reglist/DBGBCR5_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2352, 'DBG_BCR_BVR_WCR_WVR_EL1(5),'),
        ],
        "reglist/DBGWVR5_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2352, 'DBG_BCR_BVR_WCR_WVR_EL1(5),'),
        ],
        "reglist/DBGWCR5_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2352, 'DBG_BCR_BVR_WCR_WVR_EL1(5),'),
        ],
        "reglist/DBGBVR6_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2353, 'DBG_BCR_BVR_WCR_WVR_EL1(6),'),
        ],
        "reglist/DBGBCR6_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2353, 'DBG_BCR_BVR_WCR_WVR_EL1(6),'),
        ],
        "reglist/DBGWVR6_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2353, 'DBG_BCR_BVR_WCR_WVR_EL1(6),'),
        ],
        "reglist/DBGWCR6_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2353, 'DBG_BCR_BVR_WCR_WVR_EL1(6),'),
        ],
        "reglist/DBGBVR7_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2354, 'DBG_BCR_BVR_WCR_WVR_EL1(7),'),
        ],
        "reglist/DBGBCR7_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2354, 'DBG_BCR_BVR_WCR_WVR_EL1(7),'),
        ],
        "reglist/DBGWVR7_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2354, 'DBG_BCR_BVR_WCR_WVR_EL1(7),'),
        ],
        "reglist/DBGWCR7_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2354, 'DBG_BCR_BVR_WCR_WVR_EL1(7),'),
        ],
        "reglist/DBGBVR8_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2355, 'DBG_BCR_BVR_WCR_WVR_EL1(8),'),
        ],
        "reglist/DBGBCR8_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2355, 'DBG_BCR_BVR_WCR_WVR_EL1(8),'),
        ],
        "reglist/DBGWVR8_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2355, 'DBG_BCR_BVR_WCR_WVR_EL1(8),'),
        ],
        "reglist/DBGWCR8_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2355, 'DBG_BCR_BVR_WCR_WVR_EL1(8),'),
        ],
        "reglist/DBGBVR9_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2356, 'DBG_BCR_BVR_WCR_WVR_EL1(9),'),
        ],
        "reglist/DBGBCR9_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2356, 'DBG_BCR_BVR_WCR_WVR_EL1(9),'),
        ],
        "reglist/DBGWVR9_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2356, 'DBG_BCR_BVR_WCR_WVR_EL1(9),'),
        ],
        "reglist/DBGWCR9_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2356, 'DBG_BCR_BVR_WCR_WVR_EL1(9),'),
        ],
        "reglist/DBGBVR10_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2357, 'DBG_BCR_BVR_WCR_WVR_EL1(10),'),
        ],
        "reglist/DBGBCR10_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2357, 'DBG_BCR_BVR_WCR_WVR_EL1(10),'),
        ],
        "reglist/DBGWVR10_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2357, 'DBG_BCR_BVR_WCR_WVR_EL1(10),'),
        ],
        "reglist/DBGWCR10_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2357, 'DBG_BCR_BVR_WCR_WVR_EL1(10),'),
        ],
        "reglist/DBGBVR11_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2358, 'DBG_BCR_BVR_WCR_WVR_EL1(11),'),
        ],
        "reglist/DBGBCR11_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2358, 'DBG_BCR_BVR_WCR_WVR_EL1(11),'),
        ],
        "reglist/DBGWVR11_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2358, 'DBG_BCR_BVR_WCR_WVR_EL1(11),'),
        ],
        "reglist/DBGWCR11_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2358, 'DBG_BCR_BVR_WCR_WVR_EL1(11),'),
        ],
        "reglist/DBGBVR12_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2359, 'DBG_BCR_BVR_WCR_WVR_EL1(12),'),
        ],
        "reglist/DBGBCR12_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2359, 'DBG_BCR_BVR_WCR_WVR_EL1(12),'),
        ],
        "reglist/DBGWVR12_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2359, 'DBG_BCR_BVR_WCR_WVR_EL1(12),'),
        ],
        "reglist/DBGWCR12_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2359, 'DBG_BCR_BVR_WCR_WVR_EL1(12),'),
        ],
        "reglist/DBGBVR13_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2360, 'DBG_BCR_BVR_WCR_WVR_EL1(13),'),
        ],
        "reglist/DBGBCR13_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2360, 'DBG_BCR_BVR_WCR_WVR_EL1(13),'),
        ],
        "reglist/DBGWVR13_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2360, 'DBG_BCR_BVR_WCR_WVR_EL1(13),'),
        ],
        "reglist/DBGWCR13_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2360, 'DBG_BCR_BVR_WCR_WVR_EL1(13),'),
        ],
        "reglist/DBGBVR14_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2361, 'DBG_BCR_BVR_WCR_WVR_EL1(14),'),
        ],
        "reglist/DBGBCR14_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2361, 'DBG_BCR_BVR_WCR_WVR_EL1(14),'),
        ],
        "reglist/DBGWVR14_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2361, 'DBG_BCR_BVR_WCR_WVR_EL1(14),'),
        ],
        "reglist/DBGWCR14_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2361, 'DBG_BCR_BVR_WCR_WVR_EL1(14),'),
        ],
        "reglist/DBGBVR15_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2362, 'DBG_BCR_BVR_WCR_WVR_EL1(15),'),
        ],
        "reglist/DBGBCR15_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2362, 'DBG_BCR_BVR_WCR_WVR_EL1(15),'),
        ],
        "reglist/DBGWVR15_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2362, 'DBG_BCR_BVR_WCR_WVR_EL1(15),'),
        ],
        "reglist/DBGWCR15_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2362, 'DBG_BCR_BVR_WCR_WVR_EL1(15),'),
        ],
        "reglist/OSLSR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2366, '{ SYS_DESC(SYS_OSLSR_EL1), trap_oslsr_el1, reset_val, OSLSR_EL1,'),
        ],
        "reglist/DBGVCR32_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2379, '{ SYS_DESC(SYS_DBGVCR32_EL2), undef_access, reset_val, DBGVCR32_EL2, 0 },'),
        ],
        "reglist/MPIDR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2381, '{ SYS_DESC(SYS_MPIDR_EL1), NULL, reset_mpidr, MPIDR_EL1 },'),
        ],
        "reglist/ID_PFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2390, 'AA32_ID_WRITABLE(ID_PFR0_EL1),'),
        ],
        "reglist/ID_PFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2391, 'AA32_ID_WRITABLE(ID_PFR1_EL1),'),
        ],
        "reglist/ID_DFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2392, '{ SYS_DESC(SYS_ID_DFR0_EL1),'),
        ],
        "reglist/ID_AFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2399, 'ID_HIDDEN(ID_AFR0_EL1),'),
        ],
        "reglist/ID_MMFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2400, 'AA32_ID_WRITABLE(ID_MMFR0_EL1),'),
        ],
        "reglist/ID_MMFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2401, 'AA32_ID_WRITABLE(ID_MMFR1_EL1),'),
        ],
        "reglist/ID_MMFR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2402, 'AA32_ID_WRITABLE(ID_MMFR2_EL1),'),
        ],
        "reglist/ID_MMFR3_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2403, 'AA32_ID_WRITABLE(ID_MMFR3_EL1),'),
        ],
        "reglist/ID_ISAR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2406, 'AA32_ID_WRITABLE(ID_ISAR0_EL1),'),
        ],
        "reglist/ID_ISAR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2407, 'AA32_ID_WRITABLE(ID_ISAR1_EL1),'),
        ],
        "reglist/ID_ISAR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2408, 'AA32_ID_WRITABLE(ID_ISAR2_EL1),'),
        ],
        "reglist/ID_ISAR3_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2409, 'AA32_ID_WRITABLE(ID_ISAR3_EL1),'),
        ],
        "reglist/ID_ISAR4_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2410, 'AA32_ID_WRITABLE(ID_ISAR4_EL1),'),
        ],
        "reglist/ID_ISAR5_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2411, 'AA32_ID_WRITABLE(ID_ISAR5_EL1),'),
        ],
        "reglist/ID_MMFR4_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2412, 'AA32_ID_WRITABLE(ID_MMFR4_EL1),'),
        ],
        "reglist/ID_ISAR6_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2413, 'AA32_ID_WRITABLE(ID_ISAR6_EL1),'),
        ],
        "reglist/MVFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2416, 'AA32_ID_WRITABLE(MVFR0_EL1),'),
        ],
        "reglist/MVFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2417, 'AA32_ID_WRITABLE(MVFR1_EL1),'),
        ],
        "reglist/MVFR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2418, 'AA32_ID_WRITABLE(MVFR2_EL1),'),
        ],
        "reglist/S3_0_C0_C3_3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2419, 'ID_UNALLOCATED(3,3),'),
        ],
        "reglist/ID_PFR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2420, 'AA32_ID_WRITABLE(ID_PFR2_EL1),'),
        ],
        "reglist/ID_DFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2421, 'ID_HIDDEN(ID_DFR1_EL1),'),
        ],
        "reglist/ID_MMFR5_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2422, 'AA32_ID_WRITABLE(ID_MMFR5_EL1),'),
        ],
        "reglist/S3_0_C0_C3_7": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2423, 'ID_UNALLOCATED(3,7),'),
        ],
        "reglist/ID_AA64PFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2427, '{ SYS_DESC(SYS_ID_AA64PFR0_EL1),'),
        ],
        "reglist/ID_AA64PFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2438, '{ SYS_DESC(SYS_ID_AA64PFR1_EL1),'),
        ],
        "reglist/ID_AA64PFR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2456, 'ID_WRITABLE(ID_AA64PFR2_EL1, ID_AA64PFR2_EL1_FPMR),'),
        ],
        "reglist/S3_0_C0_C4_3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2457, 'ID_UNALLOCATED(4,3),'),
        ],
        "reglist/ID_AA64ZFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2458, 'ID_WRITABLE(ID_AA64ZFR0_EL1, ~ID_AA64ZFR0_EL1_RES0),'),
        ],
        "reglist/ID_AA64SMFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2459, 'ID_HIDDEN(ID_AA64SMFR0_EL1),'),
        ],
        "reglist/S3_0_C0_C4_6": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2460, 'ID_UNALLOCATED(4,6),'),
        ],
        "reglist/ID_AA64FPFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2461, 'ID_WRITABLE(ID_AA64FPFR0_EL1, ~ID_AA64FPFR0_EL1_RES0),'),
        ],
        "reglist/ID_AA64DFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2464, '{ SYS_DESC(SYS_ID_AA64DFR0_EL1),'),
        ],
        "reglist/ID_AA64DFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2485, 'ID_SANITISED(ID_AA64DFR1_EL1),'),
        ],
        "reglist/ID_AA64DFR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2486, 'ID_UNALLOCATED(5,2),'),
        ],
        "reglist/S3_0_C0_C5_3": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2487, 'ID_UNALLOCATED(5,3),'),
        ],
        "reglist/ID_AA64AFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2488, 'ID_HIDDEN(ID_AA64AFR0_EL1),'),
        ],
        "reglist/ID_AA64AFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2489, 'ID_HIDDEN(ID_AA64AFR1_EL1),'),
        ],
        "reglist/S3_0_C0_C5_6": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2490, 'ID_UNALLOCATED(5,6),'),
        ],
        "reglist/S3_0_C0_C5_7": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2491, 'ID_UNALLOCATED(5,7),'),
        ],
        "reglist/ID_AA64ISAR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2494, 'ID_WRITABLE(ID_AA64ISAR0_EL1, ~ID_AA64ISAR0_EL1_RES0),'),
        ],
        "reglist/ID_AA64ISAR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2495, 'ID_WRITABLE(ID_AA64ISAR1_EL1, ~(ID_AA64ISAR1_EL1_GPI |'),
        ],
        "reglist/ID_AA64ISAR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2499, 'ID_WRITABLE(ID_AA64ISAR2_EL1, ~(ID_AA64ISAR2_EL1_RES0 |'),
        ],
        "reglist/ID_AA64ISAR3_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2502, 'ID_UNALLOCATED(6,3),'),
        ],
        "reglist/S3_0_C0_C6_4": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2503, 'ID_UNALLOCATED(6,4),'),
        ],
        "reglist/S3_0_C0_C6_5": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2504, 'ID_UNALLOCATED(6,5),'),
        ],
        "reglist/S3_0_C0_C6_6": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2505, 'ID_UNALLOCATED(6,6),'),
        ],
        "reglist/S3_0_C0_C6_7": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2506, 'ID_UNALLOCATED(6,7),'),
        ],
        "reglist/ID_AA64MMFR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2509, 'ID_WRITABLE(ID_AA64MMFR0_EL1, ~(ID_AA64MMFR0_EL1_RES0 |'),
        ],
        "reglist/ID_AA64MMFR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2514, 'ID_WRITABLE(ID_AA64MMFR1_EL1, ~(ID_AA64MMFR1_EL1_RES0 |'),
        ],
        "reglist/ID_AA64MMFR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2520, 'ID_WRITABLE(ID_AA64MMFR2_EL1, ~(ID_AA64MMFR2_EL1_RES0 |'),
        ],
        "reglist/ID_AA64MMFR3_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2526, 'ID_WRITABLE(ID_AA64MMFR3_EL1, (ID_AA64MMFR3_EL1_TCRX |'),
        ],
        "reglist/ID_AA64MMFR4_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2529, 'ID_SANITISED(ID_AA64MMFR4_EL1),'),
        ],
        "reglist/S3_0_C0_C7_5": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2530, 'ID_UNALLOCATED(7,5),'),
        ],
        "reglist/S3_0_C0_C7_6": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2531, 'ID_UNALLOCATED(7,6),'),
        ],
        "reglist/S3_0_C0_C7_7": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2532, 'ID_UNALLOCATED(7,7),'),
        ],
        "reglist/SCTLR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2534, '{ SYS_DESC(SYS_SCTLR_EL1), access_vm_reg, reset_val, SCTLR_EL1, 0x00C50078 },'),
        ],
        "reglist/ACTLR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2535, '{ SYS_DESC(SYS_ACTLR_EL1), access_actlr, reset_actlr, ACTLR_EL1 },'),
        ],
        "reglist/CPACR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2536, '{ SYS_DESC(SYS_CPACR_EL1), NULL, reset_val, CPACR_EL1, 0 },'),
        ],
        "reglist/RGSR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2538, 'MTE_REG(RGSR_EL1),'),
        ],
        "reglist/GCR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2539, 'MTE_REG(GCR_EL1),'),
        ],
        "reglist/ZCR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2541, '{ SYS_DESC(SYS_ZCR_EL1), NULL, reset_val, ZCR_EL1, 0, .visibility = sve_visibility },'),
        ],
        "reglist/TTBR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2545, '{ SYS_DESC(SYS_TTBR0_EL1), access_vm_reg, reset_unknown, TTBR0_EL1 },'),
        ],
        "reglist/TTBR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2546, '{ SYS_DESC(SYS_TTBR1_EL1), access_vm_reg, reset_unknown, TTBR1_EL1 },'),
        ],
        "reglist/TCR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2547, '{ SYS_DESC(SYS_TCR_EL1), access_vm_reg, reset_val, TCR_EL1, 0 },'),
        ],
        "reglist/TCR2_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2548, '{ SYS_DESC(SYS_TCR2_EL1), access_vm_reg, reset_val, TCR2_EL1, 0 },'),
        ],
        "reglist/APIAKEYLO_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2550, 'PTRAUTH_KEY(APIA),'),
        ],
        "reglist/APIAKEYHI_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2550, 'PTRAUTH_KEY(APIA),'),
        ],
        "reglist/APIBKEYLO_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2551, 'PTRAUTH_KEY(APIB),'),
        ],
        "reglist/APIBKEYHI_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2551, 'PTRAUTH_KEY(APIB),'),
        ],
        "reglist/APDAKEYLO_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2552, 'PTRAUTH_KEY(APDA),'),
        ],
        "reglist/APDAKEYHI_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2552, 'PTRAUTH_KEY(APDA),'),
        ],
        "reglist/APDBKEYLO_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2553, 'PTRAUTH_KEY(APDB),'),
        ],
        "reglist/APDBKEYHI_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2553, 'PTRAUTH_KEY(APDB),'),
        ],
        "reglist/APGAKEYLO_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2554, 'PTRAUTH_KEY(APGA),'),
        ],
        "reglist/APGAKEYHI_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2554, 'PTRAUTH_KEY(APGA),'),
        ],
        "reglist/AFSR0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2561, '{ SYS_DESC(SYS_AFSR0_EL1), access_vm_reg, reset_unknown, AFSR0_EL1 },'),
        ],
        "reglist/AFSR1_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2562, '{ SYS_DESC(SYS_AFSR1_EL1), access_vm_reg, reset_unknown, AFSR1_EL1 },'),
        ],
        "reglist/ESR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2563, '{ SYS_DESC(SYS_ESR_EL1), access_vm_reg, reset_unknown, ESR_EL1 },'),
        ],
        "reglist/TFSR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2574, 'MTE_REG(TFSR_EL1),'),
        ],
        "reglist/TFSRE0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2575, 'MTE_REG(TFSRE0_EL1),'),
        ],
        "reglist/FAR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2577, '{ SYS_DESC(SYS_FAR_EL1), access_vm_reg, reset_unknown, FAR_EL1 },'),
        ],
        "reglist/PAR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2578, '{ SYS_DESC(SYS_PAR_EL1), NULL, reset_unknown, PAR_EL1 },'),
        ],
        "reglist/PMINTENSET_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2593, '{ PMU_SYS_REG(PMINTENSET_EL1),'),
        ],
        "reglist/PMINTENCLR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2596, '{ PMU_SYS_REG(PMINTENCLR_EL1),'),
        ],
        "reglist/MAIR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2601, '{ SYS_DESC(SYS_MAIR_EL1), access_vm_reg, reset_unknown, MAIR_EL1 },'),
        ],
        "reglist/PIRE0_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2602, '{ SYS_DESC(SYS_PIRE0_EL1), NULL, reset_unknown, PIRE0_EL1 },'),
        ],
        "reglist/PIR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2603, '{ SYS_DESC(SYS_PIR_EL1), NULL, reset_unknown, PIR_EL1 },'),
        ],
        "reglist/POR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2604, '{ SYS_DESC(SYS_POR_EL1), NULL, reset_unknown, POR_EL1,'),
        ],
        "reglist/AMAIR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2606, '{ SYS_DESC(SYS_AMAIR_EL1), access_vm_reg, reset_amair_el1, AMAIR_EL1 },'),
        ],
        "reglist/VBAR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2614, '{ SYS_DESC(SYS_VBAR_EL1), access_rw, reset_val, VBAR_EL1, 0 },'),
        ],
        "reglist/DISR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2615, '{ SYS_DESC(SYS_DISR_EL1), NULL, reset_val, DISR_EL1, 0 },'),
        ],
        "reglist/CONTEXTIDR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2643, '{ SYS_DESC(SYS_CONTEXTIDR_EL1), access_vm_reg, reset_val, CONTEXTIDR_EL1, 0 },'),
        ],
        "reglist/TPIDR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2644, '{ SYS_DESC(SYS_TPIDR_EL1), NULL, reset_unknown, TPIDR_EL1 },'),
        ],
        "reglist/CNTKCTL_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2650, '{ SYS_DESC(SYS_CNTKCTL_EL1), NULL, reset_val, CNTKCTL_EL1, 0},'),
        ],
        "reglist/CLIDR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2653, '{ SYS_DESC(SYS_CLIDR_EL1), access_clidr, reset_clidr, CLIDR_EL1,'),
        ],
        "reglist/CSSELR_EL1": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2657, '{ SYS_DESC(SYS_CSSELR_EL1), access_csselr, reset_unknown, CSSELR_EL1 },'),
        ],
        "reglist/CTR_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2658, 'ID_WRITABLE(CTR_EL0, CTR_EL0_DIC_MASK |'),
        ],
        "reglist/SVCR": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2662, '{ SYS_DESC(SYS_SVCR), undef_access, reset_val, SVCR, 0, .visibility = sme_visibility },'),
        ],
        "reglist/FPMR": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2663, '{ SYS_DESC(SYS_FPMR), undef_access, reset_val, FPMR, 0, .visibility = fp8_visibility },'),
        ],
        "reglist/PMCR_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2665, '{ PMU_SYS_REG(PMCR_EL0), .access = access_pmcr, .reset = reset_pmcr,'),
        ],
        "reglist/PMCNTENSET_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2667, '{ PMU_SYS_REG(PMCNTENSET_EL0),'),
        ],
        "reglist/PMCNTENCLR_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2670, '{ PMU_SYS_REG(PMCNTENCLR_EL0),'),
        ],
        "reglist/PMOVSCLR_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2673, '{ PMU_SYS_REG(PMOVSCLR_EL0),'),
        ],
        "reglist/PMSWINC_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2680, '{ PMU_SYS_REG(PMSWINC_EL0),'),
        ],
        "reglist/PMSELR_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2683, '{ PMU_SYS_REG(PMSELR_EL0),'),
        ],
        "reglist/PMCCNTR_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2689, '{ PMU_SYS_REG(PMCCNTR_EL0),'),
        ],
        "reglist/PMUSERENR_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2700, '{ PMU_SYS_REG(PMUSERENR_EL0), .access = access_pmuserenr,'),
        ],
        "reglist/PMOVSSET_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2702, '{ PMU_SYS_REG(PMOVSSET_EL0),'),
        ],
        "reglist/POR_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2706, '{ SYS_DESC(SYS_POR_EL0), NULL, reset_unknown, POR_EL0,'),
        ],
        "reglist/TPIDR_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2708, '{ SYS_DESC(SYS_TPIDR_EL0), NULL, reset_unknown, TPIDR_EL0 },'),
        ],
        "reglist/TPIDRRO_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2709, '{ SYS_DESC(SYS_TPIDRRO_EL0), NULL, reset_unknown, TPIDRRO_EL0 },'),
        ],
        "reglist/PMEVCNTR0_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2794, 'PMU_PMEVCNTR_EL0(0),'),
        ],
        "reglist/PMEVCNTR1_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2795, 'PMU_PMEVCNTR_EL0(1),'),
        ],
        "reglist/PMEVCNTR2_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2796, 'PMU_PMEVCNTR_EL0(2),'),
        ],
        "reglist/PMEVCNTR3_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2797, 'PMU_PMEVCNTR_EL0(3),'),
        ],
        "reglist/PMEVCNTR4_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2798, 'PMU_PMEVCNTR_EL0(4),'),
        ],
        "reglist/PMEVCNTR5_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2799, 'PMU_PMEVCNTR_EL0(5),'),
        ],
        "reglist/PMEVCNTR6_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2800, 'PMU_PMEVCNTR_EL0(6),'),
        ],
        "reglist/PMEVCNTR7_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2801, 'PMU_PMEVCNTR_EL0(7),'),
        ],
        "reglist/PMEVCNTR8_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2802, 'PMU_PMEVCNTR_EL0(8),'),
        ],
        "reglist/PMEVCNTR9_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2803, 'PMU_PMEVCNTR_EL0(9),'),
        ],
        "reglist/PMEVCNTR10_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2804, 'PMU_PMEVCNTR_EL0(10),'),
        ],
        "reglist/PMEVCNTR11_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2805, 'PMU_PMEVCNTR_EL0(11),'),
        ],
        "reglist/PMEVCNTR12_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2806, 'PMU_PMEVCNTR_EL0(12),'),
        ],
        "reglist/PMEVCNTR13_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2807, 'PMU_PMEVCNTR_EL0(13),'),
        ],
        "reglist/PMEVCNTR14_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2808, 'PMU_PMEVCNTR_EL0(14),'),
        ],
        "reglist/PMEVCNTR15_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2809, 'PMU_PMEVCNTR_EL0(15),'),
        ],
        "reglist/PMEVCNTR16_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2810, 'PMU_PMEVCNTR_EL0(16),'),
        ],
        "reglist/PMEVCNTR17_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2811, 'PMU_PMEVCNTR_EL0(17),'),
        ],
        "reglist/PMEVCNTR18_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2812, 'PMU_PMEVCNTR_EL0(18),'),
        ],
        "reglist/PMEVCNTR19_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2813, 'PMU_PMEVCNTR_EL0(19),'),
        ],
        "reglist/PMEVCNTR20_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2814, 'PMU_PMEVCNTR_EL0(20),'),
        ],
        "reglist/PMEVCNTR21_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2815, 'PMU_PMEVCNTR_EL0(21),'),
        ],
        "reglist/PMEVCNTR22_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2816, 'PMU_PMEVCNTR_EL0(22),'),
        ],
        "reglist/PMEVCNTR23_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2817, 'PMU_PMEVCNTR_EL0(23),'),
        ],
        "reglist/PMEVCNTR24_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2818, 'PMU_PMEVCNTR_EL0(24),'),
        ],
        "reglist/PMEVCNTR25_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2819, 'PMU_PMEVCNTR_EL0(25),'),
        ],
        "reglist/PMEVCNTR26_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2820, 'PMU_PMEVCNTR_EL0(26),'),
        ],
        "reglist/PMEVCNTR27_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2821, 'PMU_PMEVCNTR_EL0(27),'),
        ],
        "reglist/PMEVCNTR28_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2822, 'PMU_PMEVCNTR_EL0(28),'),
        ],
        "reglist/PMEVCNTR29_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2823, 'PMU_PMEVCNTR_EL0(29),'),
        ],
        "reglist/PMEVCNTR30_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2824, 'PMU_PMEVCNTR_EL0(30),'),
        ],
        "reglist/PMEVTYPER0_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2826, 'PMU_PMEVTYPER_EL0(0),'),
        ],
        "reglist/PMEVTYPER1_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2827, 'PMU_PMEVTYPER_EL0(1),'),
        ],
        "reglist/PMEVTYPER2_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2828, 'PMU_PMEVTYPER_EL0(2),'),
        ],
        "reglist/PMEVTYPER3_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2829, 'PMU_PMEVTYPER_EL0(3),'),
        ],
        "reglist/PMEVTYPER4_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2830, 'PMU_PMEVTYPER_EL0(4),'),
        ],
        "reglist/PMEVTYPER5_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2831, 'PMU_PMEVTYPER_EL0(5),'),
        ],
        "reglist/PMEVTYPER6_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2832, 'PMU_PMEVTYPER_EL0(6),'),
        ],
        "reglist/PMEVTYPER7_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2833, 'PMU_PMEVTYPER_EL0(7),'),
        ],
        "reglist/PMEVTYPER8_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2834, 'PMU_PMEVTYPER_EL0(8),'),
        ],
        "reglist/PMEVTYPER9_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2835, 'PMU_PMEVTYPER_EL0(9),'),
        ],
        "reglist/PMEVTYPER10_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2836, 'PMU_PMEVTYPER_EL0(10),'),
        ],
        "reglist/PMEVTYPER11_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2837, 'PMU_PMEVTYPER_EL0(11),'),
        ],
        "reglist/PMEVTYPER12_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2838, 'PMU_PMEVTYPER_EL0(12),'),
        ],
        "reglist/PMEVTYPER13_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2839, 'PMU_PMEVTYPER_EL0(13),'),
        ],
        "reglist/PMEVTYPER14_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2840, 'PMU_PMEVTYPER_EL0(14),'),
        ],
        "reglist/PMEVTYPER15_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2841, 'PMU_PMEVTYPER_EL0(15),'),
        ],
        "reglist/PMEVTYPER16_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2842, 'PMU_PMEVTYPER_EL0(16),'),
        ],
        "reglist/PMEVTYPER17_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2843, 'PMU_PMEVTYPER_EL0(17),'),
        ],
        "reglist/PMEVTYPER18_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2844, 'PMU_PMEVTYPER_EL0(18),'),
        ],
        "reglist/PMEVTYPER19_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2845, 'PMU_PMEVTYPER_EL0(19),'),
        ],
        "reglist/PMEVTYPER20_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2846, 'PMU_PMEVTYPER_EL0(20),'),
        ],
        "reglist/PMEVTYPER21_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2847, 'PMU_PMEVTYPER_EL0(21),'),
        ],
        "reglist/PMEVTYPER22_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2848, 'PMU_PMEVTYPER_EL0(22),'),
        ],
        "reglist/PMEVTYPER23_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2849, 'PMU_PMEVTYPER_EL0(23),'),
        ],
        "reglist/PMEVTYPER24_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2850, 'PMU_PMEVTYPER_EL0(24),'),
        ],
        "reglist/PMEVTYPER25_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2851, 'PMU_PMEVTYPER_EL0(25),'),
        ],
        "reglist/PMEVTYPER26_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2852, 'PMU_PMEVTYPER_EL0(26),'),
        ],
        "reglist/PMEVTYPER27_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2853, 'PMU_PMEVTYPER_EL0(27),'),
        ],
        "reglist/PMEVTYPER28_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2854, 'PMU_PMEVTYPER_EL0(28),'),
        ],
        "reglist/PMEVTYPER29_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2855, 'PMU_PMEVTYPER_EL0(29),'),
        ],
        "reglist/PMEVTYPER30_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2856, 'PMU_PMEVTYPER_EL0(30),'),
        ],
        "reglist/PMCCFILTR_EL0": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2861, '{ PMU_SYS_REG(PMCCFILTR_EL0), .access = access_pmu_evtyper,'),
        ],
        "reglist/VPIDR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2864, 'EL2_REG_VNCR(VPIDR_EL2, reset_unknown, 0),'),
        ],
        "reglist/VMPIDR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2865, 'EL2_REG_VNCR(VMPIDR_EL2, reset_unknown, 0),'),
        ],
        "reglist/SCTLR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2866, 'EL2_REG(SCTLR_EL2, access_rw, reset_val, SCTLR_EL2_RES1),'),
        ],
        "reglist/ACTLR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2867, 'EL2_REG(ACTLR_EL2, access_rw, reset_val, 0),'),
        ],
        "reglist/HCR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2868, 'EL2_REG_VNCR(HCR_EL2, reset_hcr, 0),'),
        ],
        "reglist/MDCR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2869, 'EL2_REG(MDCR_EL2, access_rw, reset_val, 0),'),
        ],
        "reglist/CPTR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2870, 'EL2_REG(CPTR_EL2, access_rw, reset_val, CPTR_NVHE_EL2_RES1),'),
        ],
        "reglist/HSTR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2871, 'EL2_REG_VNCR(HSTR_EL2, reset_val, 0),'),
        ],
        "reglist/HFGRTR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2872, 'EL2_REG_VNCR(HFGRTR_EL2, reset_val, 0),'),
        ],
        "reglist/HFGWTR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2873, 'EL2_REG_VNCR(HFGWTR_EL2, reset_val, 0),'),
        ],
        "reglist/HFGITR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2874, 'EL2_REG_VNCR(HFGITR_EL2, reset_val, 0),'),
        ],
        "reglist/HACR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2875, 'EL2_REG_VNCR(HACR_EL2, reset_val, 0),'),
        ],
        "reglist/ZCR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2877, '{ SYS_DESC(SYS_ZCR_EL2), .access = access_zcr_el2, .reset = reset_val,'),
        ],
        "reglist/HCRX_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2880, 'EL2_REG_VNCR(HCRX_EL2, reset_val, 0),'),
        ],
        "reglist/TTBR0_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2882, 'EL2_REG(TTBR0_EL2, access_rw, reset_val, 0),'),
        ],
        "reglist/TTBR1_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2883, 'EL2_REG(TTBR1_EL2, access_rw, reset_val, 0),'),
        ],
        "reglist/TCR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2884, 'EL2_REG(TCR_EL2, access_rw, reset_val, TCR_EL2_RES1),'),
        ],
        "reglist/VTTBR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2885, 'EL2_REG_VNCR(VTTBR_EL2, reset_val, 0),'),
        ],
        "reglist/VTCR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2886, 'EL2_REG_VNCR(VTCR_EL2, reset_val, 0),'),
        ],
        "reglist/DACR32_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2888, '{ SYS_DESC(SYS_DACR32_EL2), undef_access, reset_unknown, DACR32_EL2 },'),
        ],
        "reglist/HDFGRTR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2889, 'EL2_REG_VNCR(HDFGRTR_EL2, reset_val, 0),'),
        ],
        "reglist/HDFGWTR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2890, 'EL2_REG_VNCR(HDFGWTR_EL2, reset_val, 0),'),
        ],
        "reglist/HAFGRTR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2891, 'EL2_REG_VNCR(HAFGRTR_EL2, reset_val, 0),'),
        ],
        "reglist/SPSR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2892, 'EL2_REG_REDIR(SPSR_EL2, reset_val, 0),'),
        ],
        "reglist/ELR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2893, 'EL2_REG_REDIR(ELR_EL2, reset_val, 0),'),
        ],
        "reglist/IFSR32_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2902, '{ SYS_DESC(SYS_IFSR32_EL2), undef_access, reset_unknown, IFSR32_EL2 },'),
        ],
        "reglist/AFSR0_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2903, 'EL2_REG(AFSR0_EL2, access_rw, reset_val, 0),'),
        ],
        "reglist/AFSR1_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2904, 'EL2_REG(AFSR1_EL2, access_rw, reset_val, 0),'),
        ],
        "reglist/ESR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2905, 'EL2_REG_REDIR(ESR_EL2, reset_val, 0),'),
        ],
        "reglist/FPEXC32_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2906, '{ SYS_DESC(SYS_FPEXC32_EL2), undef_access, reset_val, FPEXC32_EL2, 0x700 },'),
        ],
        "reglist/FAR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2908, 'EL2_REG_REDIR(FAR_EL2, reset_val, 0),'),
        ],
        "reglist/HPFAR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2909, 'EL2_REG(HPFAR_EL2, access_rw, reset_val, 0),'),
        ],
        "reglist/MAIR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2911, 'EL2_REG(MAIR_EL2, access_rw, reset_val, 0),'),
        ],
        "reglist/AMAIR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2912, 'EL2_REG(AMAIR_EL2, access_rw, reset_val, 0),'),
        ],
        "reglist/VBAR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2914, 'EL2_REG(VBAR_EL2, access_rw, reset_val, 0),'),
        ],
        "reglist/RVBAR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2915, 'EL2_REG(RVBAR_EL2, access_rw, reset_val, 0),'),
        ],
        "reglist/ICH_HCR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2918, 'EL2_REG_VNCR(ICH_HCR_EL2, reset_val, 0),'),
        ],
        "reglist/CONTEXTIDR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2920, 'EL2_REG(CONTEXTIDR_EL2, access_rw, reset_val, 0),'),
        ],
        "reglist/TPIDR_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2921, 'EL2_REG(TPIDR_EL2, access_rw, reset_val, 0),'),
        ],
        "reglist/CNTVOFF_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2923, 'EL2_REG_VNCR(CNTVOFF_EL2, reset_val, 0),'),
        ],
        "reglist/CNTHCTL_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2924, 'EL2_REG(CNTHCTL_EL2, access_rw, reset_val, 0),'),
        ],
        "reglist/SP_EL2": [
            ('default', 'arch/arm64/kvm/sys_regs.c', 'sys_reg_descs[]', 2928, 'EL2_REG(SP_EL2, NULL, reset_unknown, 0),'),
        ],
    },
}

# --- names the tree does not define -------------------------------------------------

_SLOT = ("an ID_UNALLOCATED(crm, op2) slot of sys_reg_descs[] (reads as zero) that the architecture "
         "does not name either: the tool names it S3_0_C0_C<crm>_<op2>")
_ARCH_REG = ("v6.1 keeps this encoding as ID_UNALLOCATED({}, {}) in sys_reg_descs[] (reads as zero); the "
             "register's name and fields are the architecture's, from ingest/extract/idregs/names.py, "
             "not defined anywhere in v6.1: `hidden`/`unallocated` is what a guest reads, though the items "
             "arguably should not exist in v6.1 at all (issue 16 report)")
_GENERIC32 = ("no field macros in v6.1: cpufeature.c sanitises ID_MMFR1-3/ID_ISAR1-3 with ftr_generic_32bits "
              "(eight 4-bit fields at 0, 4, ..., 28); the field names are the architecture's (names.py)")
_DFR1 = ("v6.1 sanitises ID_AA64DFR1_EL1 with ftr_raz (cpufeature.c's arm64_ftr_regs[]: every field reads "
         "as zero); the field names are the architecture's (names.py), not defined in v6.1")
_UNALLOCATED_61 = {"ID_AA64PFR2_EL1": (4, 2), "ID_AA64FPFR0_EL1": (4, 7), "ID_AA64ISAR3_EL1": (6, 3),
                   "ID_AA64MMFR3_EL1": (7, 3), "ID_AA64MMFR4_EL1": (7, 4)}


def _undefined(tag: str) -> dict[str, str]:
    out = {}
    for item in EXPECTED[tag]:
        parts = item.split("/")
        if parts[0] != "idreg":
            continue
        reg = parts[1]
        if reg.startswith("S3_0_C0_C"):
            out[item] = _SLOT
        elif reg == "ID_AA64DFR2_EL1":  # ID_UNALLOCATED(5,2) here, named by the architecture (names.py)
            out[item] = ("v6.1 and v6.12 keep this encoding as ID_UNALLOCATED(5, 2) in sys_reg_descs[] (reads as "
                         "zero); ID_AA64DFR2_EL1 is the architecture's name for it (names.py), as 7.x's sysreg names it")
        elif tag == "v6.1" and reg in _UNALLOCATED_61:
            out[item] = _ARCH_REG.format(*_UNALLOCATED_61[reg])
        elif tag == "v6.1" and len(parts) == 3 and reg in ("ID_MMFR1_EL1", "ID_MMFR2_EL1", "ID_MMFR3_EL1",
                                                            "ID_ISAR1_EL1", "ID_ISAR2_EL1", "ID_ISAR3_EL1"):
            out[item] = _GENERIC32
        elif tag == "v6.1" and reg == "ID_AA64DFR1_EL1" and len(parts) == 3:
            out[item] = _DFR1
    if tag == "v6.1":
        out["idreg/ID_ISAR4_EL1/SynchPrim_frac"] = "spelled ID_ISAR4_SYNCH_PRIM_FRAC_SHIFT in v6.1's sysreg.h"
        out["idreg/MVFR0_EL1/SIMDReg"] = "spelled MVFR0_SIMD_SHIFT in v6.1's sysreg.h"
        for n in range(4):
            out[f"idreg/ID_AFR0_EL1/IMPDEF{n}"] = ("v6.1 keeps ID_AFR0_EL1 as ID_HIDDEN (reads as zero) and names "
                                                    "no field of it; IMPDEF<n> are the architecture's (names.py)")
    return out


UNDEFINED_IN_TREE = {tag: _undefined(tag) for tag in EXPECTED}


# --- read by hand where the snapshot once said otherwise ---------------------------

# Where the snapshot (the extractor's output) disagreed with the code read on
# the common host when issue 16 was worked: helper idreg7's extractor (main,
# merged before this was committed) now gives the code's value for all
# eight. item: (the old snapshot's (default, settable), the code's, where and why).
CODE_READ = {
    "v6.1": {
        "idreg/ID_AA64PFR0_EL1/GIC": (
            ("host", ("none",)), ("fixed:1", ("none",)),
            "sys_regs.c read_id_reg() 1108-1110: `if (kvm_vgic_global_state.type == VGIC_V3)` the field is "
            "cleared and set to 1; the common host is GICv3 (when: that condition, otherwise: host)"),
        "idreg/ID_AA64PFR0_EL1/CSV2": (
            ("hidden", ("0", "1")), ("fixed:1", ("0", "1")),
            "sys_regs.c read_id_reg() 1104-1105 takes kvm->arch.pfr0_csv2, which arm.c set_default_spectre() "
            "(arm.c 127) sets to 1 when arm64_get_spectre_v2_state() == SPECTRE_UNAFFECTED: the common host's value is 1 "
            "(the snapshot's `hidden` is the affected host's)"),
        "idreg/ID_AA64PFR0_EL1/CSV3": (
            ("hidden", ("0", "1")), ("fixed:1", ("0", "1")),
            "as CSV2, from kvm->arch.pfr0_csv3 and arm64_get_meltdown_state() (read_id_reg() 1106-1107)"),
        "idreg/ID_AA64ISAR2_EL1/WFxT": (
            ("host", ("none",)), ("hidden", ("none",)),
            "sys_regs.c read_id_reg() 1130-1131: cleared `if (!cpus_have_final_cap(ARM64_HAS_WFXT))`; the "
            "common host has no optional capability"),
    },
    "v6.12": {
        "idreg/ID_AA64PFR0_EL1/CSV2": (
            ("host", ("lower-safe",)), ("fixed:1", ("lower-safe",)),
            "sys_regs.c read_sanitised_id_aa64pfr0_el1() 1715-1718: set to IMP (1) when "
            "arm64_get_spectre_v2_state() == SPECTRE_UNAFFECTED, as on the common host"),
        "idreg/ID_AA64PFR0_EL1/CSV3": (
            ("host", ("lower-safe",)), ("fixed:1", ("lower-safe",)),
            "read_sanitised_id_aa64pfr0_el1() 1719-1722: set to IMP when arm64_get_meltdown_state() == "
            "SPECTRE_UNAFFECTED"),
        "idreg/ID_AA64ISAR2_EL1/WFxT": (
            ("host", ("lower-safe",)), ("hidden", ("lower-safe",)),
            "sys_regs.c __kvm_read_sanitised_id_reg() 1555-1556: cleared `if (!cpus_have_final_cap(ARM64_HAS_WFXT))`"),
        "idreg/ID_AA64MMFR3_EL1/S1POE": (
            ("host", ("lower-safe",)), ("hidden", ("lower-safe",)),
            "sys_regs.c __kvm_read_sanitised_id_reg() 1565-1566: cleared `if (!system_supports_poe())`; the common host "
            "lacks POE"),
    },
}
