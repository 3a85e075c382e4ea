"""What Debian's linux-source-7.3 (7.3.4-1~bpo13+1) says about every field of
every ID register in sys_reg_descs[], read by hand from that tree (not from
the extractor's output), item -> (default, settable).

Read as follows (7.3 code; lines are of the files of that package):
- Which registers: arch/arm64/kvm/sys_regs.c sys_reg_descs[], CRm=1..7 of
  Op0=3 Op1=0 CRn=0 (the feature ID space) plus MIDR/REVIDR/AIDR (IMPLEMENTATION_ID,
  line 3327), CLIDR_EL1 and CTR_EL0. The descriptor macros (line 2779..)
  take .access/.get_user/.set_user/.visibility/.reset from
  ID_DESC_DEFAULT_CALLBACKS (.reset = kvm_read_sanitised_id_reg).
- Field names and positions: arch/arm64/tools/sysreg (Res0/Res1 ranges are not
  fields). A slot the architecture names (5,2 = ID_AA64DFR2_EL1) keeps its name
  under ID_UNALLOCATED; others are S3_0_C0_C<crm>_<op2>.
- Default, on the common host of the shared contract (GICv3, Spectre/Meltdown
  unaffected, no errata, no optional capability): `host` where
  arch/arm64/kernel/cpufeature.c's arm64_ftr_bits[] of the register has an
  entry at the field (read_sanitised_ftr_reg() passes it), `hidden` where it has
  none (the sanitised value is 0); then KVM's read side,
  __kvm_read_sanitised_id_reg() (line 1932) and its sanitise_*() helpers,
  read_sanitised_id_dfr0_el1(), ID_REG_LIMIT_FIELD_ENUM (sys_regs.h) ->
  capped:N, and kvm_finalize_sys_regs() / kvm_vgic_finalize_idregs() (GIC
  fields follow the in-kernel vGIC -> vcpu-feature:VGIC). Fields of a RAZ
  register (ID_HIDDEN, ID_UNALLOCATED: raz_visibility) are hidden.
  vcpu_has_nv() vCPUs are further narrowed by limit_nv_id_reg() (nested.c):
  not described here (a vCPU without NV).
- Settable: set_id_reg() -> arm64_check_features() (line 1860) lets a field
  change only when its arm64_ftr_bits entry lies inside the descriptor's .val
  mask; then the entry's type decides (FTR_LOWER_SAFE -> lower-safe,
  FTR_HIGHER_SAFE -> higher-safe, FTR_EXACT -> exact), after
  kvm_arm64_ftr_safe_value()'s overrides; other fields must equal the value
  read (`none`). The set_* filters' extra rules are noted on their fields.
Comments above an entry name where it was read; entries without one are
`host`/`none` by the rules above (an ftr_bits entry, outside the mask or a
read-only register).
"""
from __future__ import annotations

EXPECTED = {
    # kvm/sys_regs.c sys_reg_descs[] line 3338: AA32_ID_WRITABLE/GENMASK(31, 0) mask, read by kvm_read_sanitised_id_reg(); RAZ/WI without AArch32 EL0 (kvm/sys_regs.c aa32_id_visibility() line 2077).
    'idreg/ID_PFR0_EL1': ('sanitised', ('DIT', 'CSV2', 'State3', 'State2', 'State1', 'State0')),
    # cpufeature.c ftr_id_pfr0[] line 690: no entry, the host's sanitised value is 0; in the mask but no ftr_bits entry: arm64_check_features() requires the limit
    'idreg/ID_PFR0_EL1/RAS': ('hidden', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_pfr0[] line 691: FTR_LOWER_SAFE
    'idreg/ID_PFR0_EL1/DIT': ('host', ('lower-safe',)),
    # cpufeature.c ftr_id_pfr0[] line 690: no entry, the host's sanitised value is 0; in the mask but no ftr_bits entry: arm64_check_features() requires the limit
    'idreg/ID_PFR0_EL1/AMU': ('hidden', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_pfr0[] line 692: FTR_LOWER_SAFE
    'idreg/ID_PFR0_EL1/CSV2': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_pfr0[] line 693: FTR_LOWER_SAFE
    'idreg/ID_PFR0_EL1/State3': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_pfr0[] line 694: FTR_LOWER_SAFE
    'idreg/ID_PFR0_EL1/State2': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_pfr0[] line 695: FTR_LOWER_SAFE
    'idreg/ID_PFR0_EL1/State1': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_pfr0[] line 696: FTR_LOWER_SAFE
    'idreg/ID_PFR0_EL1/State0': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3339: AA32_ID_WRITABLE/GENMASK(31, 0) mask, read by kvm_read_sanitised_id_reg(); RAZ/WI without AArch32 EL0 (kvm/sys_regs.c aa32_id_visibility() line 2077).
    'idreg/ID_PFR1_EL1': ('sanitised', ('GIC', 'Virt_frac', 'Sec_frac', 'GenTimer', 'Virtualization', 'MProgMod', 'Security', 'ProgMod')),
    # kvm/sys_regs.c kvm_finalize_sys_regs() line 5900: cleared without an in-kernel irqchip; kvm/vgic/vgic-init.c kvm_vgic_finalize_idregs() line 692: set for a vGICv3 (GICv3 = 1, when kvm_supports_32bit_el0()); in the writable mask; cpufeature.c ftr_id_pfr1[] line 701: FTR_LOWER_SAFE
    'idreg/ID_PFR1_EL1/GIC': ('vcpu-feature:VGIC', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_pfr1[] line 702: FTR_LOWER_SAFE
    'idreg/ID_PFR1_EL1/Virt_frac': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_pfr1[] line 703: FTR_LOWER_SAFE
    'idreg/ID_PFR1_EL1/Sec_frac': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_pfr1[] line 704: FTR_LOWER_SAFE
    'idreg/ID_PFR1_EL1/GenTimer': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_pfr1[] line 705: FTR_LOWER_SAFE
    'idreg/ID_PFR1_EL1/Virtualization': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_pfr1[] line 706: FTR_LOWER_SAFE
    'idreg/ID_PFR1_EL1/MProgMod': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_pfr1[] line 707: FTR_LOWER_SAFE
    'idreg/ID_PFR1_EL1/Security': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_pfr1[] line 708: FTR_LOWER_SAFE
    'idreg/ID_PFR1_EL1/ProgMod': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3340: AA32_ID_WRITABLE/GENMASK(31, 0) mask, read by kvm_read_sanitised_id_reg(); RAZ/WI without AArch32 EL0 (kvm/sys_regs.c aa32_id_visibility() line 2077).
    'idreg/ID_DFR0_EL1': ('sanitised', ('PerfMon', 'MProfDbg', 'MMapTrc', 'CopTrc', 'MMapDbg', 'CopSDbg', 'CopDbg')),
    # cpufeature.c ftr_id_dfr0[] line 718: no entry, the host's sanitised value is 0; in the mask but no ftr_bits entry: arm64_check_features() requires the limit
    'idreg/ID_DFR0_EL1/TraceFilt': ('hidden', ('none',)),
    # kvm/sys_regs.c read_sanitised_id_dfr0_el1() line 2299: cleared, set from the PMU version limit only with a PMU; kvm/sys_regs.c kvm_arm64_ftr_safe_value() line 1840: FTR_EXACT turned FTR_LOWER_SAFE; kvm/sys_regs.c set_id_dfr0_el1() line 2327: 1..2 refused, IMPDEF read as 0
    'idreg/ID_DFR0_EL1/PerfMon': ('vcpu-feature:PMU', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_dfr0[] line 721: FTR_LOWER_SAFE
    'idreg/ID_DFR0_EL1/MProfDbg': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_dfr0[] line 722: FTR_LOWER_SAFE
    'idreg/ID_DFR0_EL1/MMapTrc': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_dfr0[] line 723: FTR_LOWER_SAFE
    'idreg/ID_DFR0_EL1/CopTrc': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_dfr0[] line 724: FTR_LOWER_SAFE
    'idreg/ID_DFR0_EL1/MMapDbg': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_dfr0[] line 725: FTR_LOWER_SAFE
    'idreg/ID_DFR0_EL1/CopSDbg': ('host', ('lower-safe',)),
    # kvm/sys_regs.c read_sanitised_id_dfr0_el1() line 2304: limited to Debugv8p8 = 0b1010; kvm/sys_regs.c set_id_dfr0_el1() line 2330: below Armv8 (6) refused
    'idreg/ID_DFR0_EL1/CopDbg': ('capped:10', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3347: ID_HIDDEN() -> .visibility = raz_visibility (REG_RAZ), .val = 0:
    # the register reads 0 and only 0 may be written (arm64_check_features() line 1876).
    'idreg/ID_AFR0_EL1': ('hidden', ('none',)),
    'idreg/ID_AFR0_EL1/IMPDEF3': ('hidden', ('none',)),
    'idreg/ID_AFR0_EL1/IMPDEF2': ('hidden', ('none',)),
    'idreg/ID_AFR0_EL1/IMPDEF1': ('hidden', ('none',)),
    'idreg/ID_AFR0_EL1/IMPDEF0': ('hidden', ('none',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3348: AA32_ID_WRITABLE/GENMASK(31, 0) mask, read by kvm_read_sanitised_id_reg(); RAZ/WI without AArch32 EL0 (kvm/sys_regs.c aa32_id_visibility() line 2077).
    'idreg/ID_MMFR0_EL1': ('sanitised', ('InnerShr', 'FCSE', 'AuxReg', 'TCM', 'ShareLvl', 'OuterShr', 'PMSA', 'VMSA')),
    # in the writable mask; cpufeature.c ftr_id_mmfr0[] line 555: FTR_LOWER_SAFE
    'idreg/ID_MMFR0_EL1/InnerShr': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_mmfr0[] line 556: FTR_LOWER_SAFE
    'idreg/ID_MMFR0_EL1/FCSE': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_mmfr0[] line 557: FTR_LOWER_SAFE
    'idreg/ID_MMFR0_EL1/AuxReg': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_mmfr0[] line 558: FTR_LOWER_SAFE
    'idreg/ID_MMFR0_EL1/TCM': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_mmfr0[] line 559: FTR_LOWER_SAFE
    'idreg/ID_MMFR0_EL1/ShareLvl': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_mmfr0[] line 560: FTR_LOWER_SAFE
    'idreg/ID_MMFR0_EL1/OuterShr': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_mmfr0[] line 561: FTR_LOWER_SAFE
    'idreg/ID_MMFR0_EL1/PMSA': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_mmfr0[] line 562: FTR_LOWER_SAFE
    'idreg/ID_MMFR0_EL1/VMSA': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3349: AA32_ID_WRITABLE/GENMASK(31, 0) mask, read by kvm_read_sanitised_id_reg(); RAZ/WI without AArch32 EL0 (kvm/sys_regs.c aa32_id_visibility() line 2077).
    'idreg/ID_MMFR1_EL1': ('sanitised', ('BPred', 'L1TstCln', 'L1Uni', 'L1Hvd', 'L1UniSW', 'L1HvdSW', 'L1UniVA', 'L1HvdVA')),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 750: FTR_LOWER_SAFE
    'idreg/ID_MMFR1_EL1/BPred': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 751: FTR_LOWER_SAFE
    'idreg/ID_MMFR1_EL1/L1TstCln': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 752: FTR_LOWER_SAFE
    'idreg/ID_MMFR1_EL1/L1Uni': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 753: FTR_LOWER_SAFE
    'idreg/ID_MMFR1_EL1/L1Hvd': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 754: FTR_LOWER_SAFE
    'idreg/ID_MMFR1_EL1/L1UniSW': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 755: FTR_LOWER_SAFE
    'idreg/ID_MMFR1_EL1/L1HvdSW': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 750: FTR_LOWER_SAFE
    'idreg/ID_MMFR1_EL1/L1UniVA': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 757: FTR_LOWER_SAFE
    'idreg/ID_MMFR1_EL1/L1HvdVA': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3350: AA32_ID_WRITABLE/GENMASK(31, 0) mask, read by kvm_read_sanitised_id_reg(); RAZ/WI without AArch32 EL0 (kvm/sys_regs.c aa32_id_visibility() line 2077).
    'idreg/ID_MMFR2_EL1': ('sanitised', ('HWAccFlg', 'WFIStall', 'MemBarr', 'UniTLB', 'HvdTLB', 'L1HvdRng', 'L1HvdBG', 'L1HvdFG')),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 750: FTR_LOWER_SAFE
    'idreg/ID_MMFR2_EL1/HWAccFlg': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 751: FTR_LOWER_SAFE
    'idreg/ID_MMFR2_EL1/WFIStall': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 752: FTR_LOWER_SAFE
    'idreg/ID_MMFR2_EL1/MemBarr': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 753: FTR_LOWER_SAFE
    'idreg/ID_MMFR2_EL1/UniTLB': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 754: FTR_LOWER_SAFE
    'idreg/ID_MMFR2_EL1/HvdTLB': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 755: FTR_LOWER_SAFE
    'idreg/ID_MMFR2_EL1/L1HvdRng': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 750: FTR_LOWER_SAFE
    'idreg/ID_MMFR2_EL1/L1HvdBG': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 757: FTR_LOWER_SAFE
    'idreg/ID_MMFR2_EL1/L1HvdFG': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3351: AA32_ID_WRITABLE/GENMASK(31, 0) mask, read by kvm_read_sanitised_id_reg(); RAZ/WI without AArch32 EL0 (kvm/sys_regs.c aa32_id_visibility() line 2077).
    'idreg/ID_MMFR3_EL1': ('sanitised', ('Supersec', 'CMemSz', 'CohWalk', 'PAN', 'MaintBcst', 'BPMaint', 'CMaintSW', 'CMaintVA')),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 750: FTR_LOWER_SAFE
    'idreg/ID_MMFR3_EL1/Supersec': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 751: FTR_LOWER_SAFE
    'idreg/ID_MMFR3_EL1/CMemSz': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 752: FTR_LOWER_SAFE
    'idreg/ID_MMFR3_EL1/CohWalk': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 753: FTR_LOWER_SAFE
    'idreg/ID_MMFR3_EL1/PAN': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 754: FTR_LOWER_SAFE
    'idreg/ID_MMFR3_EL1/MaintBcst': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 755: FTR_LOWER_SAFE
    'idreg/ID_MMFR3_EL1/BPMaint': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 750: FTR_LOWER_SAFE
    'idreg/ID_MMFR3_EL1/CMaintSW': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 757: FTR_LOWER_SAFE
    'idreg/ID_MMFR3_EL1/CMaintVA': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3354: AA32_ID_WRITABLE/GENMASK(31, 0) mask, read by kvm_read_sanitised_id_reg(); RAZ/WI without AArch32 EL0 (kvm/sys_regs.c aa32_id_visibility() line 2077).
    'idreg/ID_ISAR0_EL1': ('sanitised', ('Divide', 'Debug', 'Coproc', 'CmpBranch', 'BitField', 'BitCount', 'Swap')),
    # in the writable mask; cpufeature.c ftr_id_isar0[] line 623: FTR_LOWER_SAFE
    'idreg/ID_ISAR0_EL1/Divide': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_isar0[] line 624: FTR_LOWER_SAFE
    'idreg/ID_ISAR0_EL1/Debug': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_isar0[] line 625: FTR_LOWER_SAFE
    'idreg/ID_ISAR0_EL1/Coproc': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_isar0[] line 626: FTR_LOWER_SAFE
    'idreg/ID_ISAR0_EL1/CmpBranch': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_isar0[] line 627: FTR_LOWER_SAFE
    'idreg/ID_ISAR0_EL1/BitField': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_isar0[] line 628: FTR_LOWER_SAFE
    'idreg/ID_ISAR0_EL1/BitCount': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_isar0[] line 629: FTR_LOWER_SAFE
    'idreg/ID_ISAR0_EL1/Swap': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3355: AA32_ID_WRITABLE/GENMASK(31, 0) mask, read by kvm_read_sanitised_id_reg(); RAZ/WI without AArch32 EL0 (kvm/sys_regs.c aa32_id_visibility() line 2077).
    'idreg/ID_ISAR1_EL1': ('sanitised', ('Jazelle', 'Interwork', 'Immediate', 'IfThen', 'Extend', 'Except_AR', 'Except', 'Endian')),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 750: FTR_LOWER_SAFE
    'idreg/ID_ISAR1_EL1/Jazelle': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 751: FTR_LOWER_SAFE
    'idreg/ID_ISAR1_EL1/Interwork': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 752: FTR_LOWER_SAFE
    'idreg/ID_ISAR1_EL1/Immediate': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 753: FTR_LOWER_SAFE
    'idreg/ID_ISAR1_EL1/IfThen': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 754: FTR_LOWER_SAFE
    'idreg/ID_ISAR1_EL1/Extend': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 755: FTR_LOWER_SAFE
    'idreg/ID_ISAR1_EL1/Except_AR': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 750: FTR_LOWER_SAFE
    'idreg/ID_ISAR1_EL1/Except': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 757: FTR_LOWER_SAFE
    'idreg/ID_ISAR1_EL1/Endian': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3356: AA32_ID_WRITABLE/GENMASK(31, 0) mask, read by kvm_read_sanitised_id_reg(); RAZ/WI without AArch32 EL0 (kvm/sys_regs.c aa32_id_visibility() line 2077).
    'idreg/ID_ISAR2_EL1': ('sanitised', ('Reversal', 'PSR_AR', 'MultU', 'MultS', 'Mult', 'MultiAccessInt', 'MemHint', 'LoadStore')),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 750: FTR_LOWER_SAFE
    'idreg/ID_ISAR2_EL1/Reversal': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 751: FTR_LOWER_SAFE
    'idreg/ID_ISAR2_EL1/PSR_AR': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 752: FTR_LOWER_SAFE
    'idreg/ID_ISAR2_EL1/MultU': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 753: FTR_LOWER_SAFE
    'idreg/ID_ISAR2_EL1/MultS': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 754: FTR_LOWER_SAFE
    'idreg/ID_ISAR2_EL1/Mult': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 755: FTR_LOWER_SAFE
    'idreg/ID_ISAR2_EL1/MultiAccessInt': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 750: FTR_LOWER_SAFE
    'idreg/ID_ISAR2_EL1/MemHint': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 757: FTR_LOWER_SAFE
    'idreg/ID_ISAR2_EL1/LoadStore': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3357: AA32_ID_WRITABLE/GENMASK(31, 0) mask, read by kvm_read_sanitised_id_reg(); RAZ/WI without AArch32 EL0 (kvm/sys_regs.c aa32_id_visibility() line 2077).
    'idreg/ID_ISAR3_EL1': ('sanitised', ('T32EE', 'TrueNOP', 'T32Copy', 'TabBranch', 'SynchPrim', 'SVC', 'SIMD', 'Saturate')),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 750: FTR_LOWER_SAFE
    'idreg/ID_ISAR3_EL1/T32EE': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 751: FTR_LOWER_SAFE
    'idreg/ID_ISAR3_EL1/TrueNOP': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 752: FTR_LOWER_SAFE
    'idreg/ID_ISAR3_EL1/T32Copy': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 753: FTR_LOWER_SAFE
    'idreg/ID_ISAR3_EL1/TabBranch': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 754: FTR_LOWER_SAFE
    'idreg/ID_ISAR3_EL1/SynchPrim': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 755: FTR_LOWER_SAFE
    'idreg/ID_ISAR3_EL1/SVC': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 750: FTR_LOWER_SAFE
    'idreg/ID_ISAR3_EL1/SIMD': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_generic_32bits[] line 757: FTR_LOWER_SAFE
    'idreg/ID_ISAR3_EL1/Saturate': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3358: AA32_ID_WRITABLE/GENMASK(31, 0) mask, read by kvm_read_sanitised_id_reg(); RAZ/WI without AArch32 EL0 (kvm/sys_regs.c aa32_id_visibility() line 2077).
    'idreg/ID_ISAR4_EL1': ('sanitised', ('SWP_frac', 'PSR_M', 'SynchPrim_frac', 'Barrier', 'SMC', 'Writeback', 'WithShifts', 'Unpriv')),
    # in the writable mask; cpufeature.c ftr_id_isar4[] line 663: FTR_LOWER_SAFE
    'idreg/ID_ISAR4_EL1/SWP_frac': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_isar4[] line 664: FTR_LOWER_SAFE
    'idreg/ID_ISAR4_EL1/PSR_M': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_isar4[] line 665: FTR_LOWER_SAFE
    'idreg/ID_ISAR4_EL1/SynchPrim_frac': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_isar4[] line 666: FTR_LOWER_SAFE
    'idreg/ID_ISAR4_EL1/Barrier': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_isar4[] line 667: FTR_LOWER_SAFE
    'idreg/ID_ISAR4_EL1/SMC': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_isar4[] line 668: FTR_LOWER_SAFE
    'idreg/ID_ISAR4_EL1/Writeback': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_isar4[] line 669: FTR_LOWER_SAFE
    'idreg/ID_ISAR4_EL1/WithShifts': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_isar4[] line 670: FTR_LOWER_SAFE
    'idreg/ID_ISAR4_EL1/Unpriv': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3359: AA32_ID_WRITABLE/GENMASK(31, 0) mask, read by kvm_read_sanitised_id_reg(); RAZ/WI without AArch32 EL0 (kvm/sys_regs.c aa32_id_visibility() line 2077).
    'idreg/ID_ISAR5_EL1': ('sanitised', ('RDM', 'CRC32', 'SHA2', 'SHA1', 'AES', 'SEVL')),
    # cpufeature.c ftr_id_isar5[] line 633: no entry, the host's sanitised value is 0; in the mask but no ftr_bits entry: arm64_check_features() requires the limit
    'idreg/ID_ISAR5_EL1/VCMA': ('hidden', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_isar5[] line 634: FTR_LOWER_SAFE
    'idreg/ID_ISAR5_EL1/RDM': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_isar5[] line 635: FTR_LOWER_SAFE
    'idreg/ID_ISAR5_EL1/CRC32': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_isar5[] line 636: FTR_LOWER_SAFE
    'idreg/ID_ISAR5_EL1/SHA2': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_isar5[] line 637: FTR_LOWER_SAFE
    'idreg/ID_ISAR5_EL1/SHA1': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_isar5[] line 638: FTR_LOWER_SAFE
    'idreg/ID_ISAR5_EL1/AES': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_isar5[] line 639: FTR_LOWER_SAFE
    'idreg/ID_ISAR5_EL1/SEVL': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3360: AA32_ID_WRITABLE/GENMASK(31, 0) mask, read by kvm_read_sanitised_id_reg(); RAZ/WI without AArch32 EL0 (kvm/sys_regs.c aa32_id_visibility() line 2077).
    'idreg/ID_MMFR4_EL1': ('sanitised', ('EVT', 'CCIDX', 'LSM', 'HPDS', 'CnP', 'XNX', 'AC2', 'SpecSEI')),
    # in the writable mask; cpufeature.c ftr_id_mmfr4[] line 644: FTR_LOWER_SAFE
    'idreg/ID_MMFR4_EL1/EVT': ('host', ('lower-safe',)),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1989; in the writable mask; cpufeature.c ftr_id_mmfr4[] line 645: FTR_LOWER_SAFE
    'idreg/ID_MMFR4_EL1/CCIDX': ('hidden', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_mmfr4[] line 646: FTR_LOWER_SAFE
    'idreg/ID_MMFR4_EL1/LSM': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_mmfr4[] line 647: FTR_LOWER_SAFE
    'idreg/ID_MMFR4_EL1/HPDS': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_mmfr4[] line 648: FTR_LOWER_SAFE
    'idreg/ID_MMFR4_EL1/CnP': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_mmfr4[] line 649: FTR_LOWER_SAFE
    'idreg/ID_MMFR4_EL1/XNX': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_mmfr4[] line 650: FTR_LOWER_SAFE
    'idreg/ID_MMFR4_EL1/AC2': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_mmfr4[] line 658: FTR_HIGHER_SAFE
    'idreg/ID_MMFR4_EL1/SpecSEI': ('host', ('higher-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3361: AA32_ID_WRITABLE/GENMASK(31, 0) mask, read by kvm_read_sanitised_id_reg(); RAZ/WI without AArch32 EL0 (kvm/sys_regs.c aa32_id_visibility() line 2077).
    'idreg/ID_ISAR6_EL1': ('sanitised', ('I8MM', 'BF16', 'SPECRES', 'SB', 'FHM', 'DP', 'JSCVT')),
    # in the writable mask; cpufeature.c ftr_id_isar6[] line 680: FTR_LOWER_SAFE
    'idreg/ID_ISAR6_EL1/I8MM': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_isar6[] line 681: FTR_LOWER_SAFE
    'idreg/ID_ISAR6_EL1/BF16': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_isar6[] line 682: FTR_LOWER_SAFE
    'idreg/ID_ISAR6_EL1/SPECRES': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_isar6[] line 683: FTR_LOWER_SAFE
    'idreg/ID_ISAR6_EL1/SB': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_isar6[] line 684: FTR_LOWER_SAFE
    'idreg/ID_ISAR6_EL1/FHM': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_isar6[] line 685: FTR_LOWER_SAFE
    'idreg/ID_ISAR6_EL1/DP': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_isar6[] line 686: FTR_LOWER_SAFE
    'idreg/ID_ISAR6_EL1/JSCVT': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3364: AA32_ID_WRITABLE/GENMASK(31, 0) mask, read by kvm_read_sanitised_id_reg(); RAZ/WI without AArch32 EL0 (kvm/sys_regs.c aa32_id_visibility() line 2077).
    'idreg/MVFR0_EL1': ('sanitised', ('FPRound', 'FPShVec', 'FPSqrt', 'FPDivide', 'FPTrap', 'FPDP', 'FPSP', 'SIMDReg')),
    # in the writable mask; cpufeature.c ftr_mvfr0[] line 582: FTR_LOWER_SAFE
    'idreg/MVFR0_EL1/FPRound': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_mvfr0[] line 583: FTR_LOWER_SAFE
    'idreg/MVFR0_EL1/FPShVec': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_mvfr0[] line 584: FTR_LOWER_SAFE
    'idreg/MVFR0_EL1/FPSqrt': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_mvfr0[] line 585: FTR_LOWER_SAFE
    'idreg/MVFR0_EL1/FPDivide': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_mvfr0[] line 586: FTR_LOWER_SAFE
    'idreg/MVFR0_EL1/FPTrap': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_mvfr0[] line 587: FTR_LOWER_SAFE
    'idreg/MVFR0_EL1/FPDP': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_mvfr0[] line 588: FTR_LOWER_SAFE
    'idreg/MVFR0_EL1/FPSP': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_mvfr0[] line 589: FTR_LOWER_SAFE
    'idreg/MVFR0_EL1/SIMDReg': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3365: AA32_ID_WRITABLE/GENMASK(31, 0) mask, read by kvm_read_sanitised_id_reg(); RAZ/WI without AArch32 EL0 (kvm/sys_regs.c aa32_id_visibility() line 2077).
    'idreg/MVFR1_EL1': ('sanitised', ('SIMDFMAC', 'FPHP', 'SIMDHP', 'SIMDSP', 'SIMDInt', 'SIMDLS', 'FPDNaN', 'FPFtZ')),
    # in the writable mask; cpufeature.c ftr_mvfr1[] line 594: FTR_LOWER_SAFE
    'idreg/MVFR1_EL1/SIMDFMAC': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_mvfr1[] line 595: FTR_LOWER_SAFE
    'idreg/MVFR1_EL1/FPHP': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_mvfr1[] line 596: FTR_LOWER_SAFE
    'idreg/MVFR1_EL1/SIMDHP': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_mvfr1[] line 597: FTR_LOWER_SAFE
    'idreg/MVFR1_EL1/SIMDSP': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_mvfr1[] line 598: FTR_LOWER_SAFE
    'idreg/MVFR1_EL1/SIMDInt': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_mvfr1[] line 599: FTR_LOWER_SAFE
    'idreg/MVFR1_EL1/SIMDLS': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_mvfr1[] line 600: FTR_LOWER_SAFE
    'idreg/MVFR1_EL1/FPDNaN': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_mvfr1[] line 601: FTR_LOWER_SAFE
    'idreg/MVFR1_EL1/FPFtZ': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3366: AA32_ID_WRITABLE/GENMASK(31, 0) mask, read by kvm_read_sanitised_id_reg(); RAZ/WI without AArch32 EL0 (kvm/sys_regs.c aa32_id_visibility() line 2077).
    'idreg/MVFR2_EL1': ('sanitised', ('FPMisc', 'SIMDMisc')),
    # in the writable mask; cpufeature.c ftr_mvfr2[] line 606: FTR_LOWER_SAFE
    'idreg/MVFR2_EL1/FPMisc': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_mvfr2[] line 607: FTR_LOWER_SAFE
    'idreg/MVFR2_EL1/SIMDMisc': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3367: ID_UNALLOCATED() -> .visibility = raz_visibility (REG_RAZ), .val = 0:
    # the register reads 0 and only 0 may be written (arm64_check_features() line 1876).
    'idreg/S3_0_C0_C3_3': ('unallocated', ('none',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3368: AA32_ID_WRITABLE/GENMASK(31, 0) mask, read by kvm_read_sanitised_id_reg(); RAZ/WI without AArch32 EL0 (kvm/sys_regs.c aa32_id_visibility() line 2077).
    'idreg/ID_PFR2_EL1': ('sanitised', ('SSBS', 'CSV3')),
    # cpufeature.c ftr_id_pfr2[] line 712: no entry, the host's sanitised value is 0; in the mask but no ftr_bits entry: arm64_check_features() requires the limit
    'idreg/ID_PFR2_EL1/RAS_frac': ('hidden', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_pfr2[] line 713: FTR_LOWER_SAFE
    'idreg/ID_PFR2_EL1/SSBS': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_pfr2[] line 714: FTR_LOWER_SAFE
    'idreg/ID_PFR2_EL1/CSV3': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3369: ID_HIDDEN() -> .visibility = raz_visibility (REG_RAZ), .val = 0:
    # the register reads 0 and only 0 may be written (arm64_check_features() line 1876).
    'idreg/ID_DFR1_EL1': ('hidden', ('none',)),
    'idreg/ID_DFR1_EL1/HPMN0': ('hidden', ('none',)),
    'idreg/ID_DFR1_EL1/MTPMU': ('hidden', ('none',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3370: AA32_ID_WRITABLE/GENMASK(31, 0) mask, read by kvm_read_sanitised_id_reg(); RAZ/WI without AArch32 EL0 (kvm/sys_regs.c aa32_id_visibility() line 2077).
    'idreg/ID_MMFR5_EL1': ('sanitised', ('ETS',)),
    # cpufeature.c ftr_id_mmfr5[] line 674: no entry, the host's sanitised value is 0; in the mask but no ftr_bits entry: arm64_check_features() requires the limit
    'idreg/ID_MMFR5_EL1/nTLBPA': ('hidden', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_mmfr5[] line 675: FTR_LOWER_SAFE
    'idreg/ID_MMFR5_EL1/ETS': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3371: ID_UNALLOCATED() -> .visibility = raz_visibility (REG_RAZ), .val = 0:
    # the register reads 0 and only 0 may be written (arm64_check_features() line 1876).
    'idreg/S3_0_C0_C3_7': ('unallocated', ('none',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3375: .val (writable mask) = all but AMU, MPAM, SVE, AdvSIMD, FP; cpufeature.c ftr_id_aa64pfr0[] line 293.
    'idreg/ID_AA64PFR0_EL1': ('sanitised', ('CSV3', 'CSV2', 'DIT', 'SEL2', 'RAS', 'GIC', 'EL3', 'EL2', 'EL1', 'EL0')),
    # kvm/sys_regs.c sanitise_id_aa64pfr0_el1() line 2148: CSV3 = IMP (1) when arm64_get_meltdown_state() == SPECTRE_UNAFFECTED (common host), otherwise host; in the writable mask; cpufeature.c ftr_id_aa64pfr0[] line 294: FTR_LOWER_SAFE
    'idreg/ID_AA64PFR0_EL1/CSV3': ('fixed:1', ('lower-safe',)),
    # kvm/sys_regs.c sanitise_id_aa64pfr0_el1() line 2144: CSV2 = IMP (1) when arm64_get_spectre_v2_state() == SPECTRE_UNAFFECTED (common host), otherwise host; in the writable mask; cpufeature.c ftr_id_aa64pfr0[] line 295: FTR_LOWER_SAFE
    'idreg/ID_AA64PFR0_EL1/CSV2': ('fixed:1', ('lower-safe',)),
    # cpufeature.c ftr_id_aa64pfr0[] line 293: no entry, the host's sanitised value is 0; in the mask but no ftr_bits entry: arm64_check_features() requires the limit
    'idreg/ID_AA64PFR0_EL1/RME': ('hidden', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_aa64pfr0[] line 296: FTR_LOWER_SAFE
    'idreg/ID_AA64PFR0_EL1/DIT': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sanitise_id_aa64pfr0_el1() line 2158
    'idreg/ID_AA64PFR0_EL1/AMU': ('hidden', ('none',)),
    # kvm/sys_regs.c sanitise_id_aa64pfr0_el1() line 2165; kvm/sys_regs.c set_id_aa64pfr0_el1() line 2353: the host's value is accepted and ignored; otherwise only the limit (0 = hidden): MPAM is outside the writable mask
    'idreg/ID_AA64PFR0_EL1/MPAM': ('hidden', ('hidden', 'host')),
    # in the writable mask; cpufeature.c ftr_id_aa64pfr0[] line 299: FTR_LOWER_SAFE
    'idreg/ID_AA64PFR0_EL1/SEL2': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sanitise_id_aa64pfr0_el1() line 2133: cleared unless vcpu_has_sve()
    'idreg/ID_AA64PFR0_EL1/SVE': ('vcpu-feature:SVE', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_aa64pfr0[] line 302: FTR_LOWER_SAFE
    'idreg/ID_AA64PFR0_EL1/RAS': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sanitise_id_aa64pfr0_el1() line 2153: IMP on a GICv3 host; kvm/sys_regs.c kvm_finalize_sys_regs() line 5896: cleared without an in-kernel irqchip; kvm/vgic/vgic-init.c kvm_vgic_finalize_idregs() line 692: set for a vGICv3; in the writable mask; cpufeature.c ftr_id_aa64pfr0[] line 303: FTR_LOWER_SAFE
    'idreg/ID_AA64PFR0_EL1/GIC': ('vcpu-feature:VGIC', ('lower-safe',)),
    'idreg/ID_AA64PFR0_EL1/AdvSIMD': ('host', ('none',)),
    'idreg/ID_AA64PFR0_EL1/FP': ('host', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_aa64pfr0[] line 306: FTR_LOWER_SAFE
    'idreg/ID_AA64PFR0_EL1/EL3': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64pfr0[] line 307: FTR_LOWER_SAFE
    'idreg/ID_AA64PFR0_EL1/EL2': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64pfr0[] line 308: FTR_LOWER_SAFE; kvm/sys_regs.c set_id_aa64pfr0_el1() line 2357: 0 refused
    'idreg/ID_AA64PFR0_EL1/EL1': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64pfr0[] line 309: FTR_LOWER_SAFE; kvm/sys_regs.c set_id_aa64pfr0_el1() line 2357: 0 refused
    'idreg/ID_AA64PFR0_EL1/EL0': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3381: .val (writable mask) = all but PFAR, MTEX, THE, GCS, MTE_frac, NMI, RNDR_trap, SME, MPAM_frac, MTE; cpufeature.c ftr_id_aa64pfr1[] line 313.
    'idreg/ID_AA64PFR1_EL1': ('sanitised', ('DF2', 'RAS_frac', 'SSBS', 'BT')),
    # kvm/sys_regs.c sanitise_id_aa64pfr1_el1() line 2189
    'idreg/ID_AA64PFR1_EL1/PFAR': ('hidden', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_aa64pfr1[] line 314: FTR_LOWER_SAFE
    'idreg/ID_AA64PFR1_EL1/DF2': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sanitise_id_aa64pfr1_el1() line 2188
    'idreg/ID_AA64PFR1_EL1/MTEX': ('hidden', ('none',)),
    # kvm/sys_regs.c sanitise_id_aa64pfr1_el1() line 2187
    'idreg/ID_AA64PFR1_EL1/THE': ('hidden', ('none',)),
    # kvm/sys_regs.c sanitise_id_aa64pfr1_el1() line 2186
    'idreg/ID_AA64PFR1_EL1/GCS': ('hidden', ('none',)),
    # kvm/sys_regs.c sanitise_id_aa64pfr1_el1() line 2176: cleared unless kvm_has_mte(); outside the writable mask (set_id_aa64pfr1_el1() only swaps ASYNC for the host's NI on MTE2 hosts)
    'idreg/ID_AA64PFR1_EL1/MTE_frac': ('vcpu-feature:MTE', ('none',)),
    # kvm/sys_regs.c sanitise_id_aa64pfr1_el1() line 2185
    'idreg/ID_AA64PFR1_EL1/NMI': ('hidden', ('none',)),
    # cpufeature.c ftr_id_aa64pfr1[] line 313: no entry, the host's sanitised value is 0; in the mask but no ftr_bits entry: arm64_check_features() requires the limit
    'idreg/ID_AA64PFR1_EL1/CSV2_frac': ('hidden', ('none',)),
    # kvm/sys_regs.c sanitise_id_aa64pfr1_el1() line 2184
    'idreg/ID_AA64PFR1_EL1/RNDR_trap': ('hidden', ('none',)),
    # kvm/sys_regs.c sanitise_id_aa64pfr1_el1() line 2183
    'idreg/ID_AA64PFR1_EL1/SME': ('hidden', ('none',)),
    # kvm/sys_regs.c sanitise_id_aa64pfr1_el1() line 2190; kvm/sys_regs.c set_id_aa64pfr1_el1() line 2375: the host's value is accepted and ignored
    'idreg/ID_AA64PFR1_EL1/MPAM_frac': ('hidden', ('hidden', 'host')),
    # kvm/sys_regs.c sanitise_id_aa64pfr1_el1() line 2179: cleared unless cpus_have_final_cap(ARM64_HAS_RASV1P1_EXTN) && RAS == IMP (optional capability: not on the common host), otherwise host; in the writable mask; cpufeature.c ftr_id_aa64pfr1[] line 321: FTR_LOWER_SAFE
    'idreg/ID_AA64PFR1_EL1/RAS_frac': ('hidden', ('lower-safe',)),
    # kvm/sys_regs.c sanitise_id_aa64pfr1_el1() line 2174: cleared unless the VM has MTE (KVM_CAP_ARM_MTE)
    'idreg/ID_AA64PFR1_EL1/MTE': ('vcpu-feature:MTE', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_aa64pfr1[] line 324: FTR_LOWER_SAFE
    'idreg/ID_AA64PFR1_EL1/SSBS': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64pfr1[] line 326: FTR_LOWER_SAFE
    'idreg/ID_AA64PFR1_EL1/BT': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3393: .val (writable mask) = only FPMR, MTEFAR, MTESTOREONLY, GCIE; cpufeature.c ftr_id_aa64pfr2[] line 330.
    'idreg/ID_AA64PFR2_EL1': ('sanitised', ('FPMR', 'GCIE', 'MTEFAR', 'MTESTOREONLY')),
    # in the writable mask; cpufeature.c ftr_id_aa64pfr2[] line 331: FTR_LOWER_SAFE
    'idreg/ID_AA64PFR2_EL1/FPMR': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sanitise_id_aa64pfr2_el1() line 2197: not kept
    'idreg/ID_AA64PFR2_EL1/UINJ': ('hidden', ('none',)),
    # kvm/sys_regs.c sanitise_id_aa64pfr2_el1() line 2197: not kept by the mask; kvm/sys_regs.c sanitise_id_aa64pfr2_el1() line 2206: IMP only on a GICv5 host (not the common host), then kvm/vgic/vgic-init.c kvm_vgic_finalize_idregs() line 697 per vGIC model; in the writable mask; cpufeature.c ftr_id_aa64pfr2[] line 332: FTR_LOWER_SAFE
    'idreg/ID_AA64PFR2_EL1/GCIE': ('hidden', ('lower-safe',)),
    # kvm/sys_regs.c sanitise_id_aa64pfr2_el1() line 2202: kept by the mask, cleared unless kvm_has_mte(); in the writable mask; cpufeature.c ftr_id_aa64pfr2[] line 333: FTR_LOWER_SAFE
    'idreg/ID_AA64PFR2_EL1/MTEFAR': ('vcpu-feature:MTE', ('lower-safe',)),
    # kvm/sys_regs.c sanitise_id_aa64pfr2_el1() line 2203: kept by the mask, cleared unless kvm_has_mte(); in the writable mask; cpufeature.c ftr_id_aa64pfr2[] line 334: FTR_LOWER_SAFE
    'idreg/ID_AA64PFR2_EL1/MTESTOREONLY': ('vcpu-feature:MTE', ('lower-safe',)),
    # kvm/sys_regs.c sanitise_id_aa64pfr2_el1() line 2197: not kept
    'idreg/ID_AA64PFR2_EL1/MTEPERM': ('hidden', ('none',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3398: ID_UNALLOCATED() -> .visibility = raz_visibility (REG_RAZ), .val = 0:
    # the register reads 0 and only 0 may be written (arm64_check_features() line 1876).
    'idreg/S3_0_C0_C4_3': ('unallocated', ('none',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3399: .val (writable mask) = ~RES0 (every field); cpufeature.c ftr_id_aa64zfr0[] line 338.
    # kvm/sys_regs.c id_visibility() line 2061: REG_RAZ unless vcpu_has_sve() -> the register and its fields are vcpu-feature:SVE.
    'idreg/ID_AA64ZFR0_EL1': ('vcpu-feature:SVE', ('F64MM', 'F32MM', 'F16MM', 'I8MM', 'SM4', 'SHA3', 'B16B16', 'BF16', 'BitPerm', 'EltPerm', 'AES', 'SVEver')),
    # in the writable mask; cpufeature.c ftr_id_aa64zfr0[] line 340: FTR_LOWER_SAFE
    'idreg/ID_AA64ZFR0_EL1/F64MM': ('vcpu-feature:SVE', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64zfr0[] line 342: FTR_LOWER_SAFE
    'idreg/ID_AA64ZFR0_EL1/F32MM': ('vcpu-feature:SVE', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64zfr0[] line 344: FTR_LOWER_SAFE
    'idreg/ID_AA64ZFR0_EL1/F16MM': ('vcpu-feature:SVE', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64zfr0[] line 346: FTR_LOWER_SAFE
    'idreg/ID_AA64ZFR0_EL1/I8MM': ('vcpu-feature:SVE', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64zfr0[] line 348: FTR_LOWER_SAFE
    'idreg/ID_AA64ZFR0_EL1/SM4': ('vcpu-feature:SVE', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64zfr0[] line 350: FTR_LOWER_SAFE
    'idreg/ID_AA64ZFR0_EL1/SHA3': ('vcpu-feature:SVE', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64zfr0[] line 352: FTR_LOWER_SAFE
    'idreg/ID_AA64ZFR0_EL1/B16B16': ('vcpu-feature:SVE', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64zfr0[] line 354: FTR_LOWER_SAFE
    'idreg/ID_AA64ZFR0_EL1/BF16': ('vcpu-feature:SVE', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64zfr0[] line 356: FTR_LOWER_SAFE
    'idreg/ID_AA64ZFR0_EL1/BitPerm': ('vcpu-feature:SVE', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64zfr0[] line 358: FTR_LOWER_SAFE
    'idreg/ID_AA64ZFR0_EL1/EltPerm': ('vcpu-feature:SVE', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64zfr0[] line 360: FTR_LOWER_SAFE
    'idreg/ID_AA64ZFR0_EL1/AES': ('vcpu-feature:SVE', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64zfr0[] line 362: FTR_LOWER_SAFE
    'idreg/ID_AA64ZFR0_EL1/SVEver': ('vcpu-feature:SVE', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3400: ID_HIDDEN() -> .visibility = raz_visibility (REG_RAZ), .val = 0:
    # the register reads 0 and only 0 may be written (arm64_check_features() line 1876).
    'idreg/ID_AA64SMFR0_EL1': ('hidden', ('none',)),
    'idreg/ID_AA64SMFR0_EL1/FA64': ('hidden', ('none',)),
    'idreg/ID_AA64SMFR0_EL1/LUT6': ('hidden', ('none',)),
    'idreg/ID_AA64SMFR0_EL1/LUTv2': ('hidden', ('none',)),
    'idreg/ID_AA64SMFR0_EL1/SMEver': ('hidden', ('none',)),
    'idreg/ID_AA64SMFR0_EL1/I16I64': ('hidden', ('none',)),
    'idreg/ID_AA64SMFR0_EL1/F64F64': ('hidden', ('none',)),
    'idreg/ID_AA64SMFR0_EL1/I16I32': ('hidden', ('none',)),
    'idreg/ID_AA64SMFR0_EL1/B16B16': ('hidden', ('none',)),
    'idreg/ID_AA64SMFR0_EL1/F16F16': ('hidden', ('none',)),
    'idreg/ID_AA64SMFR0_EL1/F8F16': ('hidden', ('none',)),
    'idreg/ID_AA64SMFR0_EL1/F8F32': ('hidden', ('none',)),
    'idreg/ID_AA64SMFR0_EL1/I8I32': ('hidden', ('none',)),
    'idreg/ID_AA64SMFR0_EL1/F16F32': ('hidden', ('none',)),
    'idreg/ID_AA64SMFR0_EL1/B16F32': ('hidden', ('none',)),
    'idreg/ID_AA64SMFR0_EL1/BI32I32': ('hidden', ('none',)),
    'idreg/ID_AA64SMFR0_EL1/F32F32': ('hidden', ('none',)),
    'idreg/ID_AA64SMFR0_EL1/SF8FMA': ('hidden', ('none',)),
    'idreg/ID_AA64SMFR0_EL1/SF8DP4': ('hidden', ('none',)),
    'idreg/ID_AA64SMFR0_EL1/SF8DP2': ('hidden', ('none',)),
    'idreg/ID_AA64SMFR0_EL1/SBitPerm': ('hidden', ('none',)),
    'idreg/ID_AA64SMFR0_EL1/AES': ('hidden', ('none',)),
    'idreg/ID_AA64SMFR0_EL1/SFEXPA': ('hidden', ('none',)),
    'idreg/ID_AA64SMFR0_EL1/STMOP': ('hidden', ('none',)),
    'idreg/ID_AA64SMFR0_EL1/SMOP4': ('hidden', ('none',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3401: ID_UNALLOCATED() -> .visibility = raz_visibility (REG_RAZ), .val = 0:
    # the register reads 0 and only 0 may be written (arm64_check_features() line 1876).
    'idreg/S3_0_C0_C4_6': ('unallocated', ('none',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3402: .val (writable mask) = ~RES0 (every field); cpufeature.c ftr_id_aa64fpfr0[] line 418.
    'idreg/ID_AA64FPFR0_EL1': ('sanitised', ('F8CVT', 'F8FMA', 'F8DP4', 'F8DP2', 'F8MM8', 'F8MM4', 'F16MM2', 'F8E4M3', 'F8E5M2')),
    # in the writable mask; cpufeature.c ftr_id_aa64fpfr0[] line 419: FTR_EXACT
    'idreg/ID_AA64FPFR0_EL1/F8CVT': ('host', ('exact',)),
    # in the writable mask; cpufeature.c ftr_id_aa64fpfr0[] line 420: FTR_EXACT
    'idreg/ID_AA64FPFR0_EL1/F8FMA': ('host', ('exact',)),
    # in the writable mask; cpufeature.c ftr_id_aa64fpfr0[] line 421: FTR_EXACT
    'idreg/ID_AA64FPFR0_EL1/F8DP4': ('host', ('exact',)),
    # in the writable mask; cpufeature.c ftr_id_aa64fpfr0[] line 422: FTR_EXACT
    'idreg/ID_AA64FPFR0_EL1/F8DP2': ('host', ('exact',)),
    # in the writable mask; cpufeature.c ftr_id_aa64fpfr0[] line 423: FTR_EXACT
    'idreg/ID_AA64FPFR0_EL1/F8MM8': ('host', ('exact',)),
    # in the writable mask; cpufeature.c ftr_id_aa64fpfr0[] line 424: FTR_EXACT
    'idreg/ID_AA64FPFR0_EL1/F8MM4': ('host', ('exact',)),
    # in the writable mask; cpufeature.c ftr_id_aa64fpfr0[] line 425: FTR_EXACT
    'idreg/ID_AA64FPFR0_EL1/F16MM2': ('host', ('exact',)),
    # in the writable mask; cpufeature.c ftr_id_aa64fpfr0[] line 426: FTR_EXACT
    'idreg/ID_AA64FPFR0_EL1/F8E4M3': ('host', ('exact',)),
    # in the writable mask; cpufeature.c ftr_id_aa64fpfr0[] line 427: FTR_EXACT
    'idreg/ID_AA64FPFR0_EL1/F8E5M2': ('host', ('exact',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3417: .val (writable mask) = only DoubleLock, WRPs, PMUVer, DebugVer; cpufeature.c ftr_id_aa64dfr0[] line 566.
    'idreg/ID_AA64DFR0_EL1': ('sanitised', ('DoubleLock', 'WRPs', 'PMUVer', 'DebugVer')),
    # cpufeature.c ftr_id_aa64dfr0[] line 566: no entry, the host's sanitised value is 0
    'idreg/ID_AA64DFR0_EL1/HPMN0': ('hidden', ('none',)),
    # cpufeature.c ftr_id_aa64dfr0[] line 566: no entry, the host's sanitised value is 0
    'idreg/ID_AA64DFR0_EL1/ExtTrcBuff': ('hidden', ('none',)),
    # kvm/sys_regs.c sanitise_id_aa64dfr0_el1() line 2228
    'idreg/ID_AA64DFR0_EL1/BRBE': ('hidden', ('none',)),
    # cpufeature.c ftr_id_aa64dfr0[] line 566: no entry, the host's sanitised value is 0
    'idreg/ID_AA64DFR0_EL1/MTPMU': ('hidden', ('none',)),
    # cpufeature.c ftr_id_aa64dfr0[] line 566: no entry, the host's sanitised value is 0
    'idreg/ID_AA64DFR0_EL1/TraceBuffer': ('hidden', ('none',)),
    # cpufeature.c ftr_id_aa64dfr0[] line 566: no entry, the host's sanitised value is 0
    'idreg/ID_AA64DFR0_EL1/TraceFilt': ('hidden', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_aa64dfr0[] line 567: FTR_LOWER_SAFE
    'idreg/ID_AA64DFR0_EL1/DoubleLock': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sanitise_id_aa64dfr0_el1() line 2225
    'idreg/ID_AA64DFR0_EL1/PMSVer': ('hidden', ('none',)),
    'idreg/ID_AA64DFR0_EL1/CTX_CMPs': ('host', ('none',)),
    # cpufeature.c ftr_id_aa64dfr0[] line 566: no entry, the host's sanitised value is 0
    'idreg/ID_AA64DFR0_EL1/SEBEP': ('hidden', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_aa64dfr0[] line 570: FTR_LOWER_SAFE
    'idreg/ID_AA64DFR0_EL1/WRPs': ('host', ('lower-safe',)),
    # cpufeature.c ftr_id_aa64dfr0[] line 566: no entry, the host's sanitised value is 0
    'idreg/ID_AA64DFR0_EL1/PMSS': ('hidden', ('none',)),
    'idreg/ID_AA64DFR0_EL1/BRPs': ('host', ('none',)),
    # kvm/sys_regs.c sanitise_id_aa64dfr0_el1() line 2220: cleared, set to kvm_arm_pmu_get_pmuver_limit() only with a PMU; kvm/sys_regs.c kvm_arm64_ftr_safe_value() line 1831: FTR_EXACT in cpufeature.c turned FTR_LOWER_SAFE; set_id_aa64dfr0_el1() maps IMP_DEF to 0
    'idreg/ID_AA64DFR0_EL1/PMUVer': ('vcpu-feature:PMU', ('lower-safe',)),
    # cpufeature.c ftr_id_aa64dfr0[] line 566: no entry, the host's sanitised value is 0
    'idreg/ID_AA64DFR0_EL1/TraceVer': ('hidden', ('none',)),
    # kvm/sys_regs.c sanitise_id_aa64dfr0_el1() line 2214: ID_REG_LIMIT_FIELD_ENUM(.., DebugVer, V8P8), sysreg DebugVer V8P8 = 0b1010; kvm/sys_regs.c kvm_arm64_ftr_safe_value() line 1834: FTR_EXACT turned FTR_LOWER_SAFE; kvm/sys_regs.c set_id_aa64dfr0_el1() line 2281: below IMP (6) refused
    'idreg/ID_AA64DFR0_EL1/DebugVer': ('capped:10', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3422: .val (writable mask) = 0; cpufeature.c ftr_raz[] line 767.
    'idreg/ID_AA64DFR1_EL1': ('sanitised', ('none',)),
    # cpufeature.c ftr_raz[] line 767: no entry, the host's sanitised value is 0
    'idreg/ID_AA64DFR1_EL1/ABL_CMPs': ('hidden', ('none',)),
    # cpufeature.c ftr_raz[] line 767: no entry, the host's sanitised value is 0
    'idreg/ID_AA64DFR1_EL1/DPFZS': ('hidden', ('none',)),
    # cpufeature.c ftr_raz[] line 767: no entry, the host's sanitised value is 0
    'idreg/ID_AA64DFR1_EL1/EBEP': ('hidden', ('none',)),
    # cpufeature.c ftr_raz[] line 767: no entry, the host's sanitised value is 0
    'idreg/ID_AA64DFR1_EL1/ITE': ('hidden', ('none',)),
    # cpufeature.c ftr_raz[] line 767: no entry, the host's sanitised value is 0
    'idreg/ID_AA64DFR1_EL1/ABLE': ('hidden', ('none',)),
    # cpufeature.c ftr_raz[] line 767: no entry, the host's sanitised value is 0
    'idreg/ID_AA64DFR1_EL1/PMICNTR': ('hidden', ('none',)),
    # cpufeature.c ftr_raz[] line 767: no entry, the host's sanitised value is 0
    'idreg/ID_AA64DFR1_EL1/SPMU': ('hidden', ('none',)),
    # cpufeature.c ftr_raz[] line 767: no entry, the host's sanitised value is 0
    'idreg/ID_AA64DFR1_EL1/CTX_CMPs': ('hidden', ('none',)),
    # cpufeature.c ftr_raz[] line 767: no entry, the host's sanitised value is 0
    'idreg/ID_AA64DFR1_EL1/WRPs': ('hidden', ('none',)),
    # cpufeature.c ftr_raz[] line 767: no entry, the host's sanitised value is 0
    'idreg/ID_AA64DFR1_EL1/BRPs': ('hidden', ('none',)),
    # cpufeature.c ftr_raz[] line 767: no entry, the host's sanitised value is 0
    'idreg/ID_AA64DFR1_EL1/SYSPMUID': ('hidden', ('none',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3423: ID_UNALLOCATED() -> .visibility = raz_visibility (REG_RAZ), .val = 0:
    # the register reads 0 and only 0 may be written (arm64_check_features() line 1876).
    'idreg/ID_AA64DFR2_EL1': ('unallocated', ('none',)),
    'idreg/ID_AA64DFR2_EL1/TRBE_EXC': ('hidden', ('none',)),
    'idreg/ID_AA64DFR2_EL1/SPE_nVM': ('hidden', ('none',)),
    'idreg/ID_AA64DFR2_EL1/SPE_EXC': ('hidden', ('none',)),
    'idreg/ID_AA64DFR2_EL1/BWE': ('hidden', ('none',)),
    'idreg/ID_AA64DFR2_EL1/STEP': ('hidden', ('none',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3424: ID_UNALLOCATED() -> .visibility = raz_visibility (REG_RAZ), .val = 0:
    # the register reads 0 and only 0 may be written (arm64_check_features() line 1876).
    'idreg/S3_0_C0_C5_3': ('unallocated', ('none',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3425: ID_HIDDEN() -> .visibility = raz_visibility (REG_RAZ), .val = 0:
    # the register reads 0 and only 0 may be written (arm64_check_features() line 1876).
    'idreg/ID_AA64AFR0_EL1': ('hidden', ('none',)),
    'idreg/ID_AA64AFR0_EL1/IMPDEF7': ('hidden', ('none',)),
    'idreg/ID_AA64AFR0_EL1/IMPDEF6': ('hidden', ('none',)),
    'idreg/ID_AA64AFR0_EL1/IMPDEF5': ('hidden', ('none',)),
    'idreg/ID_AA64AFR0_EL1/IMPDEF4': ('hidden', ('none',)),
    'idreg/ID_AA64AFR0_EL1/IMPDEF3': ('hidden', ('none',)),
    'idreg/ID_AA64AFR0_EL1/IMPDEF2': ('hidden', ('none',)),
    'idreg/ID_AA64AFR0_EL1/IMPDEF1': ('hidden', ('none',)),
    'idreg/ID_AA64AFR0_EL1/IMPDEF0': ('hidden', ('none',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3426: ID_HIDDEN() -> .visibility = raz_visibility (REG_RAZ), .val = 0:
    # the register reads 0 and only 0 may be written (arm64_check_features() line 1876).
    'idreg/ID_AA64AFR1_EL1': ('hidden', ('none',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3427: ID_UNALLOCATED() -> .visibility = raz_visibility (REG_RAZ), .val = 0:
    # the register reads 0 and only 0 may be written (arm64_check_features() line 1876).
    'idreg/S3_0_C0_C5_6': ('unallocated', ('none',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3428: ID_UNALLOCATED() -> .visibility = raz_visibility (REG_RAZ), .val = 0:
    # the register reads 0 and only 0 may be written (arm64_check_features() line 1876).
    'idreg/S3_0_C0_C5_7': ('unallocated', ('none',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3431: .val (writable mask) = ~RES0 (every field); cpufeature.c ftr_id_aa64isar0[] line 226.
    'idreg/ID_AA64ISAR0_EL1': ('sanitised', ('RNDR', 'TLB', 'TS', 'FHM', 'DP', 'SM4', 'SM3', 'SHA3', 'RDM', 'ATOMIC', 'CRC32', 'SHA2', 'SHA1', 'AES')),
    # in the writable mask; cpufeature.c ftr_id_aa64isar0[] line 227: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR0_EL1/RNDR': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar0[] line 228: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR0_EL1/TLB': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar0[] line 229: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR0_EL1/TS': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar0[] line 230: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR0_EL1/FHM': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar0[] line 231: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR0_EL1/DP': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar0[] line 232: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR0_EL1/SM4': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar0[] line 233: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR0_EL1/SM3': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar0[] line 234: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR0_EL1/SHA3': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar0[] line 235: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR0_EL1/RDM': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar0[] line 236: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR0_EL1/ATOMIC': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar0[] line 237: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR0_EL1/CRC32': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar0[] line 238: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR0_EL1/SHA2': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar0[] line 239: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR0_EL1/SHA1': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar0[] line 240: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR0_EL1/AES': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3432: .val (writable mask) = all but GPI, GPA, API, APA; cpufeature.c ftr_id_aa64isar1[] line 244.
    'idreg/ID_AA64ISAR1_EL1': ('sanitised', ('LS64', 'XS', 'I8MM', 'DGH', 'BF16', 'SPECRES', 'SB', 'FRINTTS', 'LRCPC', 'FCMA', 'JSCVT', 'DPB')),
    # in the writable mask; cpufeature.c ftr_id_aa64isar1[] line 245: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR1_EL1/LS64': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar1[] line 246: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR1_EL1/XS': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar1[] line 247: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR1_EL1/I8MM': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar1[] line 248: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR1_EL1/DGH': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar1[] line 249: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR1_EL1/BF16': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar1[] line 250: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR1_EL1/SPECRES': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar1[] line 251: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR1_EL1/SB': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar1[] line 252: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR1_EL1/FRINTTS': ('host', ('lower-safe',)),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1958: cleared unless vcpu_has_ptrauth()
    'idreg/ID_AA64ISAR1_EL1/GPI': ('vcpu-feature:PTRAUTH', ('none',)),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1958: cleared unless vcpu_has_ptrauth()
    'idreg/ID_AA64ISAR1_EL1/GPA': ('vcpu-feature:PTRAUTH', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar1[] line 257: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR1_EL1/LRCPC': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar1[] line 258: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR1_EL1/FCMA': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar1[] line 259: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR1_EL1/JSCVT': ('host', ('lower-safe',)),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1958: cleared unless vcpu_has_ptrauth()
    'idreg/ID_AA64ISAR1_EL1/API': ('vcpu-feature:PTRAUTH', ('none',)),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1958: cleared unless vcpu_has_ptrauth()
    'idreg/ID_AA64ISAR1_EL1/APA': ('vcpu-feature:PTRAUTH', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar1[] line 264: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR1_EL1/DPB': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3436: .val (writable mask) = all but APA3, GPA3; cpufeature.c ftr_id_aa64isar2[] line 268.
    'idreg/ID_AA64ISAR2_EL1': ('sanitised', ('ATS1A', 'LUT', 'CSSC', 'RPRFM', 'CLRBHB', 'BC', 'MOPS', 'RPRES', 'WFxT')),
    # in the writable mask; cpufeature.c ftr_id_aa64isar2[] line 269: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR2_EL1/ATS1A': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar2[] line 270: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR2_EL1/LUT': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar2[] line 271: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR2_EL1/CSSC': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar2[] line 272: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR2_EL1/RPRFM': ('host', ('lower-safe',)),
    # cpufeature.c ftr_id_aa64isar2[] line 268: no entry, the host's sanitised value is 0; in the mask but no ftr_bits entry: arm64_check_features() requires the limit
    'idreg/ID_AA64ISAR2_EL1/PCDPHINT': ('hidden', ('none',)),
    # cpufeature.c ftr_id_aa64isar2[] line 268: no entry, the host's sanitised value is 0; in the mask but no ftr_bits entry: arm64_check_features() requires the limit
    'idreg/ID_AA64ISAR2_EL1/PRFMSLC': ('hidden', ('none',)),
    # cpufeature.c ftr_id_aa64isar2[] line 268: no entry, the host's sanitised value is 0; in the mask but no ftr_bits entry: arm64_check_features() requires the limit
    'idreg/ID_AA64ISAR2_EL1/SYSINSTR_128': ('hidden', ('none',)),
    # cpufeature.c ftr_id_aa64isar2[] line 268: no entry, the host's sanitised value is 0; in the mask but no ftr_bits entry: arm64_check_features() requires the limit
    'idreg/ID_AA64ISAR2_EL1/SYSREG_128': ('hidden', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar2[] line 273: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR2_EL1/CLRBHB': ('host', ('lower-safe',)),
    # cpufeature.c ftr_id_aa64isar2[] line 268: no entry, the host's sanitised value is 0; in the mask but no ftr_bits entry: arm64_check_features() requires the limit
    'idreg/ID_AA64ISAR2_EL1/PAC_frac': ('hidden', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar2[] line 274: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR2_EL1/BC': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar2[] line 275: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR2_EL1/MOPS': ('host', ('lower-safe',)),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1965: cleared unless vcpu_has_ptrauth()
    'idreg/ID_AA64ISAR2_EL1/APA3': ('vcpu-feature:PTRAUTH', ('none',)),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1965: cleared unless vcpu_has_ptrauth()
    'idreg/ID_AA64ISAR2_EL1/GPA3': ('vcpu-feature:PTRAUTH', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar2[] line 280: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR2_EL1/RPRES': ('host', ('lower-safe',)),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1967: cleared when !cpus_have_final_cap(ARM64_HAS_WFXT) || has_broken_cntvoff() (optional capability: not on the common host), otherwise host; in the writable mask; cpufeature.c ftr_id_aa64isar2[] line 281: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR2_EL1/WFxT': ('hidden', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3439: .val (writable mask) = only FPRCVT, LSFE, LSUI, FAMINMAX; cpufeature.c ftr_id_aa64isar3[] line 285.
    'idreg/ID_AA64ISAR3_EL1': ('sanitised', ('FPRCVT', 'LSUI', 'LSFE', 'FAMINMAX')),
    # in the writable mask; cpufeature.c ftr_id_aa64isar3[] line 286: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR3_EL1/FPRCVT': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar3[] line 287: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR3_EL1/LSUI': ('host', ('lower-safe',)),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1972: not kept
    'idreg/ID_AA64ISAR3_EL1/OCCMO': ('hidden', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar3[] line 288: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR3_EL1/LSFE': ('host', ('lower-safe',)),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1972: not kept
    'idreg/ID_AA64ISAR3_EL1/PACM': ('hidden', ('none',)),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1972: not kept
    'idreg/ID_AA64ISAR3_EL1/TLBIW': ('hidden', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_aa64isar3[] line 289: FTR_LOWER_SAFE
    'idreg/ID_AA64ISAR3_EL1/FAMINMAX': ('host', ('lower-safe',)),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1972: not kept
    'idreg/ID_AA64ISAR3_EL1/CPA': ('hidden', ('none',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3443: ID_UNALLOCATED() -> .visibility = raz_visibility (REG_RAZ), .val = 0:
    # the register reads 0 and only 0 may be written (arm64_check_features() line 1876).
    'idreg/S3_0_C0_C6_4': ('unallocated', ('none',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3444: ID_UNALLOCATED() -> .visibility = raz_visibility (REG_RAZ), .val = 0:
    # the register reads 0 and only 0 may be written (arm64_check_features() line 1876).
    'idreg/S3_0_C0_C6_5': ('unallocated', ('none',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3445: ID_UNALLOCATED() -> .visibility = raz_visibility (REG_RAZ), .val = 0:
    # the register reads 0 and only 0 may be written (arm64_check_features() line 1876).
    'idreg/S3_0_C0_C6_6': ('unallocated', ('none',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3446: ID_UNALLOCATED() -> .visibility = raz_visibility (REG_RAZ), .val = 0:
    # the register reads 0 and only 0 may be written (arm64_check_features() line 1876).
    'idreg/S3_0_C0_C6_7': ('unallocated', ('none',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3449: .val (writable mask) = all but ASIDBITS; cpufeature.c ftr_id_aa64mmfr0[] line 431.
    'idreg/ID_AA64MMFR0_EL1': ('sanitised', ('ECV', 'FGT', 'EXS', 'TGRAN4_2', 'TGRAN64_2', 'TGRAN16_2', 'TGRAN4', 'TGRAN64', 'TGRAN16', 'BIGENDEL0', 'SNSMEM', 'BIGEND', 'PARANGE')),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr0[] line 432: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR0_EL1/ECV': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr0[] line 433: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR0_EL1/FGT': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr0[] line 434: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR0_EL1/EXS': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr0[] line 450: FTR_EXACT
    'idreg/ID_AA64MMFR0_EL1/TGRAN4_2': ('host', ('exact',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr0[] line 451: FTR_EXACT
    'idreg/ID_AA64MMFR0_EL1/TGRAN64_2': ('host', ('exact',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr0[] line 452: FTR_EXACT
    'idreg/ID_AA64MMFR0_EL1/TGRAN16_2': ('host', ('exact',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr0[] line 460: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR0_EL1/TGRAN4': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr0[] line 461: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR0_EL1/TGRAN64': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr0[] line 462: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR0_EL1/TGRAN16': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr0[] line 464: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR0_EL1/BIGENDEL0': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr0[] line 466: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR0_EL1/SNSMEM': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr0[] line 467: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR0_EL1/BIGEND': ('host', ('lower-safe',)),
    'idreg/ID_AA64MMFR0_EL1/ASIDBITS': ('host', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr0[] line 473: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR0_EL1/PARANGE': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3452: .val (writable mask) = all but XNX, VH, VMIDBits; cpufeature.c ftr_id_aa64mmfr1[] line 477.
    'idreg/ID_AA64MMFR1_EL1': ('sanitised', ('ECBHB', 'TIDCP1', 'AFP', 'HCX', 'ETS', 'TWED', 'SpecSEI', 'PAN', 'LO', 'HPDS', 'HAFDBS')),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr1[] line 478: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR1_EL1/ECBHB': ('host', ('lower-safe',)),
    # cpufeature.c ftr_id_aa64mmfr1[] line 477: no entry, the host's sanitised value is 0; in the mask but no ftr_bits entry: arm64_check_features() requires the limit
    'idreg/ID_AA64MMFR1_EL1/CMOW': ('hidden', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr1[] line 479: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR1_EL1/TIDCP1': ('host', ('lower-safe',)),
    # cpufeature.c ftr_id_aa64mmfr1[] line 477: no entry, the host's sanitised value is 0; in the mask but no ftr_bits entry: arm64_check_features() requires the limit
    'idreg/ID_AA64MMFR1_EL1/nTLBPA': ('hidden', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr1[] line 480: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR1_EL1/AFP': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr1[] line 481: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR1_EL1/HCX': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr1[] line 482: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR1_EL1/ETS': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr1[] line 483: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR1_EL1/TWED': ('host', ('lower-safe',)),
    'idreg/ID_AA64MMFR1_EL1/XNX': ('host', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr1[] line 485: FTR_HIGHER_SAFE
    'idreg/ID_AA64MMFR1_EL1/SpecSEI': ('host', ('higher-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr1[] line 486: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR1_EL1/PAN': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr1[] line 487: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR1_EL1/LO': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr1[] line 488: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR1_EL1/HPDS': ('host', ('lower-safe',)),
    'idreg/ID_AA64MMFR1_EL1/VH': ('host', ('none',)),
    'idreg/ID_AA64MMFR1_EL1/VMIDBits': ('host', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr1[] line 491: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR1_EL1/HAFDBS': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3456: .val (writable mask) = all but EVT, FWB, IDS, NV, CCIDX; cpufeature.c ftr_id_aa64mmfr2[] line 495.
    'idreg/ID_AA64MMFR2_EL1': ('sanitised', ('E0PD', 'BBM', 'TTL', 'AT', 'ST', 'VARange', 'IESB', 'LSM', 'UAO', 'CnP')),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr2[] line 496: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR2_EL1/E0PD': ('host', ('lower-safe',)),
    'idreg/ID_AA64MMFR2_EL1/EVT': ('host', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr2[] line 498: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR2_EL1/BBM': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr2[] line 499: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR2_EL1/TTL': ('host', ('lower-safe',)),
    'idreg/ID_AA64MMFR2_EL1/FWB': ('host', ('none',)),
    'idreg/ID_AA64MMFR2_EL1/IDS': ('host', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr2[] line 502: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR2_EL1/AT': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr2[] line 503: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR2_EL1/ST': ('host', ('lower-safe',)),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1977; kvm/sys_regs.c set_id_aa64mmfr2_el1() line 2445: the host's value is accepted and ignored
    'idreg/ID_AA64MMFR2_EL1/NV': ('hidden', ('hidden', 'host')),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1976
    'idreg/ID_AA64MMFR2_EL1/CCIDX': ('hidden', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr2[] line 506: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR2_EL1/VARange': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr2[] line 507: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR2_EL1/IESB': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr2[] line 508: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR2_EL1/LSM': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr2[] line 509: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR2_EL1/UAO': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr2[] line 510: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR2_EL1/CnP': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3463: .val (writable mask) = only TCRX, SCTLRX, S1PIE, S1POE; cpufeature.c ftr_id_aa64mmfr3[] line 514.
    'idreg/ID_AA64MMFR3_EL1': ('sanitised', ('S1POE', 'S1PIE', 'SCTLRX', 'TCRX')),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1980: not kept
    'idreg/ID_AA64MMFR3_EL1/Spec_FPACC': ('hidden', ('none',)),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1980: not kept
    'idreg/ID_AA64MMFR3_EL1/ADERR': ('hidden', ('none',)),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1980: not kept
    'idreg/ID_AA64MMFR3_EL1/SDERR': ('hidden', ('none',)),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1980: not kept
    'idreg/ID_AA64MMFR3_EL1/ANERR': ('hidden', ('none',)),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1980: not kept
    'idreg/ID_AA64MMFR3_EL1/SNERR': ('hidden', ('none',)),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1980: not kept
    'idreg/ID_AA64MMFR3_EL1/D128_2': ('hidden', ('none',)),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1980: not kept
    'idreg/ID_AA64MMFR3_EL1/D128': ('hidden', ('none',)),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1980: not kept
    'idreg/ID_AA64MMFR3_EL1/MEC': ('hidden', ('none',)),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1980: not kept
    'idreg/ID_AA64MMFR3_EL1/AIE': ('hidden', ('none',)),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1980: not kept
    'idreg/ID_AA64MMFR3_EL1/S2POE': ('hidden', ('none',)),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1985: cleared unless system_supports_poe() (optional: not on the common host), otherwise host; config.c feat_s1poe() also needs TCR2, ATS1A, HPDS; in the writable mask; cpufeature.c ftr_id_aa64mmfr3[] line 516: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR3_EL1/S1POE': ('hidden', ('lower-safe',)),
    # kvm/sys_regs.c __kvm_read_sanitised_id_reg() line 1980: not kept
    'idreg/ID_AA64MMFR3_EL1/S2PIE': ('hidden', ('none',)),
    # kvm/config.c kvm_idregs_enforce_dependencies() line 1477 (from kvm_finalize_sys_regs(), sys_regs.c line 5887) clears it unless feat_s1pie() (config.c line 304): kvm_has_feat() of FEAT_S1PIE, FEAT_TCR2, FEAT_ATS1A, optional features the common host lacks; otherwise host; in the writable mask; cpufeature.c ftr_id_aa64mmfr3[] line 517: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR3_EL1/S1PIE': ('hidden', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr3[] line 518: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR3_EL1/SCTLRX': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr3[] line 519: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR3_EL1/TCRX': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3467: .val (writable mask) = only NV_frac; cpufeature.c ftr_id_aa64mmfr4[] line 523.
    'idreg/ID_AA64MMFR4_EL1': ('sanitised', ('NV_frac',)),
    # cpufeature.c ftr_id_aa64mmfr4[] line 523: no entry, the host's sanitised value is 0
    'idreg/ID_AA64MMFR4_EL1/MTEFGT': ('hidden', ('none',)),
    # cpufeature.c ftr_id_aa64mmfr4[] line 523: no entry, the host's sanitised value is 0
    'idreg/ID_AA64MMFR4_EL1/SCRX': ('hidden', ('none',)),
    # cpufeature.c ftr_id_aa64mmfr4[] line 523: no entry, the host's sanitised value is 0
    'idreg/ID_AA64MMFR4_EL1/TEV': ('hidden', ('none',)),
    # cpufeature.c ftr_id_aa64mmfr4[] line 523: no entry, the host's sanitised value is 0
    'idreg/ID_AA64MMFR4_EL1/TPS': ('hidden', ('none',)),
    # cpufeature.c ftr_id_aa64mmfr4[] line 523: no entry, the host's sanitised value is 0
    'idreg/ID_AA64MMFR4_EL1/SRMASK': ('hidden', ('none',)),
    # cpufeature.c ftr_id_aa64mmfr4[] line 523: no entry, the host's sanitised value is 0
    'idreg/ID_AA64MMFR4_EL1/TLBID': ('hidden', ('none',)),
    # cpufeature.c ftr_id_aa64mmfr4[] line 523: no entry, the host's sanitised value is 0
    'idreg/ID_AA64MMFR4_EL1/E3DSE': ('hidden', ('none',)),
    # cpufeature.c ftr_id_aa64mmfr4[] line 523: no entry, the host's sanitised value is 0
    'idreg/ID_AA64MMFR4_EL1/EAESR': ('hidden', ('none',)),
    # cpufeature.c ftr_id_aa64mmfr4[] line 523: no entry, the host's sanitised value is 0
    'idreg/ID_AA64MMFR4_EL1/RMEGDI': ('hidden', ('none',)),
    'idreg/ID_AA64MMFR4_EL1/E2H0': ('host', ('none',)),
    # in the writable mask; cpufeature.c ftr_id_aa64mmfr4[] line 525: FTR_LOWER_SAFE
    'idreg/ID_AA64MMFR4_EL1/NV_frac': ('host', ('lower-safe',)),
    # cpufeature.c ftr_id_aa64mmfr4[] line 523: no entry, the host's sanitised value is 0
    'idreg/ID_AA64MMFR4_EL1/FGWTE3': ('hidden', ('none',)),
    # cpufeature.c ftr_id_aa64mmfr4[] line 523: no entry, the host's sanitised value is 0
    'idreg/ID_AA64MMFR4_EL1/HACDBS': ('hidden', ('none',)),
    # cpufeature.c ftr_id_aa64mmfr4[] line 523: no entry, the host's sanitised value is 0
    'idreg/ID_AA64MMFR4_EL1/ASID2': ('hidden', ('none',)),
    # cpufeature.c ftr_id_aa64mmfr4[] line 523: no entry, the host's sanitised value is 0
    'idreg/ID_AA64MMFR4_EL1/EIESB': ('hidden', ('none',)),
    # cpufeature.c ftr_id_aa64mmfr4[] line 523: no entry, the host's sanitised value is 0
    'idreg/ID_AA64MMFR4_EL1/PoPS': ('hidden', ('none',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3468: ID_UNALLOCATED() -> .visibility = raz_visibility (REG_RAZ), .val = 0:
    # the register reads 0 and only 0 may be written (arm64_check_features() line 1876).
    'idreg/S3_0_C0_C7_5': ('unallocated', ('none',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3469: ID_UNALLOCATED() -> .visibility = raz_visibility (REG_RAZ), .val = 0:
    # the register reads 0 and only 0 may be written (arm64_check_features() line 1876).
    'idreg/S3_0_C0_C7_6': ('unallocated', ('none',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3470: ID_UNALLOCATED() -> .visibility = raz_visibility (REG_RAZ), .val = 0:
    # the register reads 0 and only 0 may be written (arm64_check_features() line 1876).
    'idreg/S3_0_C0_C7_7': ('unallocated', ('none',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3616: .val (writable mask) = only DIC, IDC, DminLine, L1Ip, IminLine; cpufeature.c ftr_ctr[] line 529.
    'idreg/CTR_EL0': ('sanitised', ('DIC', 'IDC', 'DminLine', 'L1Ip', 'IminLine')),
    # cpufeature.c ftr_ctr[] line 529: no entry, the host's sanitised value is 0
    'idreg/CTR_EL0/TminLine': ('hidden', ('none',)),
    # in the writable mask; cpufeature.c ftr_ctr[] line 531: FTR_LOWER_SAFE
    'idreg/CTR_EL0/DIC': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_ctr[] line 532: FTR_LOWER_SAFE
    'idreg/CTR_EL0/IDC': ('host', ('lower-safe',)),
    'idreg/CTR_EL0/CWG': ('host', ('none',)),
    'idreg/CTR_EL0/ERG': ('host', ('none',)),
    # in the writable mask; cpufeature.c ftr_ctr[] line 535: FTR_LOWER_SAFE
    'idreg/CTR_EL0/DminLine': ('host', ('lower-safe',)),
    # in the writable mask; cpufeature.c ftr_ctr[] line 541: FTR_EXACT (safe value VIPT); kvm/sys_regs.c set_ctr_el0() line 2468: the reserved VPIPT/AIVIVT values refused
    'idreg/CTR_EL0/L1Ip': ('host', ('exact',)),
    # in the writable mask; cpufeature.c ftr_ctr[] line 542: FTR_LOWER_SAFE
    'idreg/CTR_EL0/IminLine': ('host', ('lower-safe',)),
    # kvm/sys_regs.c sys_reg_descs[] lines 3327, 3329, 3614: IMPLEMENTATION_ID(): kvm/sys_regs.c reset_imp_id_reg() line 3219 returns the boot CPU's value (host);
    # kvm/sys_regs.c set_imp_id_reg() line 3243: any value inside .val once the VMM enabled
    # KVM_CAP_ARM_WRITABLE_IMP_ID_REGS (arm.c), a VM capability off by default: a default VM
    # may write back only the value read (`none`, as in 6.12).
    'idreg/MIDR_EL1': ('host', ('none',)),
    'idreg/REVIDR_EL1': ('host', ('none',)),
    'idreg/AIDR_EL1': ('host', ('none',)),
    # kvm/sys_regs.c sys_reg_descs[] line 3612: .reset = reset_clidr() computes it from CTR_EL0 (line 2594);
    # set_clidr() (line 2646) takes any value without RES0 bits (IDC consistent with CTR_EL0).
    'idreg/CLIDR_EL1': ('synthesised', ('any',)),
}

# Fields the extractor may mark as not read with confidence (the same limits as
# 6.12's WARNED in real_idregs.py), each a value KVM computes at run time:
# sys_regs.c sanitise_id_aa64dfr0_el1() line 2222: kvm_arm_pmu_get_pmuver_limit() (pmu-emul.c,
# from the host PMU); read_sanitised_id_dfr0_el1() line 2300: pmuver_to_perfmon() of it;
# reset_clidr() line 2594: CLIDR_EL1 built from CTR_EL0 and the host's cache levels.
# Their defaults above are still what the code says.
WARNED = {
    "idreg/ID_AA64DFR0_EL1/PMUVer": "unresolved expression: kvm_arm_pmu_get_pmuver_limit()",
    "idreg/ID_DFR0_EL1/PerfMon": "unresolved expression: perfmon",
    "idreg/CLIDR_EL1": "value computed by reset_clidr(), not read field by field",
}

# Defaults that hold on the common host only (shared contract, State.extra `when`/`otherwise`):
# item -> (a name the `when` condition contains, the value on other hosts). Read at the lines cited above.
HOST_CONDITIONED = {
    'idreg/ID_AA64PFR0_EL1/CSV2': ('arm64_get_spectre_v2_state', 'host'),
    'idreg/ID_AA64PFR0_EL1/CSV3': ('arm64_get_meltdown_state', 'host'),
    'idreg/ID_AA64PFR1_EL1/RAS_frac': ('ARM64_HAS_RASV1P1_EXTN', 'host'),
    'idreg/ID_AA64ISAR2_EL1/WFxT': ('ARM64_HAS_WFXT', 'host'),
    'idreg/ID_AA64MMFR3_EL1/S1POE': ('system_supports_poe', 'host'),
    'idreg/ID_AA64MMFR3_EL1/S1PIE': ('FEAT_S1PIE', 'host'),
}
