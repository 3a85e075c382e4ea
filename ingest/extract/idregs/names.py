"""Data: architectural names of the ID registers and their fields.

Field names as the Arm architecture (and the generated description
arch/arm64/tools/sysreg) spells them, used to give fields named by older
sysreg.h macros (`ID_DFR0_PERFMON_SHIFT`) the same slug (`ID_DFR0_EL1/PerfMon`).
A list of names, not kernel text; regenerate when the architecture grows.
"""
from __future__ import annotations

# register -> (field, lsb, width), most significant first (the architecture's layout)
CANONICAL: dict[str, tuple[tuple[str, int, int], ...]] = {
    "CLIDR_EL1": (("Ttypen", 33, 14), ("ICB", 30, 3), ("LoUU", 27, 3), ("LoC", 24, 3), ("LoUIS", 21, 3), ("Ctype7", 18, 3), ("Ctype6", 15, 3), ("Ctype5", 12, 3), ("Ctype4", 9, 3), ("Ctype3", 6, 3), ("Ctype2", 3, 3), ("Ctype1", 0, 3)),
    "CTR_EL0": (("TminLine", 32, 6), ("DIC", 29, 1), ("IDC", 28, 1), ("CWG", 24, 4), ("ERG", 20, 4), ("DminLine", 16, 4), ("L1Ip", 14, 2), ("IminLine", 0, 4)),
    "ID_AA64AFR0_EL1": (("IMPDEF7", 28, 4), ("IMPDEF6", 24, 4), ("IMPDEF5", 20, 4), ("IMPDEF4", 16, 4), ("IMPDEF3", 12, 4), ("IMPDEF2", 8, 4), ("IMPDEF1", 4, 4), ("IMPDEF0", 0, 4)),
    "ID_AA64AFR1_EL1": (),
    "ID_AA64DFR0_EL1": (("HPMN0", 60, 4), ("ExtTrcBuff", 56, 4), ("BRBE", 52, 4), ("MTPMU", 48, 4), ("TraceBuffer", 44, 4), ("TraceFilt", 40, 4), ("DoubleLock", 36, 4), ("PMSVer", 32, 4), ("CTX_CMPs", 28, 4), ("WRPs", 20, 4), ("BRPs", 12, 4), ("PMUVer", 8, 4), ("TraceVer", 4, 4), ("DebugVer", 0, 4)),
    "ID_AA64DFR1_EL1": (("ABL_CMPs", 56, 8), ("DPFZS", 52, 4), ("EBEP", 48, 4), ("ITE", 44, 4), ("ABLE", 40, 4), ("PMICNTR", 36, 4), ("SPMU", 32, 4), ("CTX_CMPs", 24, 8), ("WRPs", 16, 8), ("BRPs", 8, 8), ("SYSPMUID", 0, 8)),
    "ID_AA64DFR2_EL1": (("TRBE_EXC", 24, 4), ("SPE_nVM", 20, 4), ("SPE_EXC", 16, 4), ("BWE", 4, 4), ("STEP", 0, 4)),
    "ID_AA64FPFR0_EL1": (("F8CVT", 31, 1), ("F8FMA", 30, 1), ("F8DP4", 29, 1), ("F8DP2", 28, 1), ("F8E4M3", 1, 1), ("F8E5M2", 0, 1)),
    "ID_AA64ISAR0_EL1": (("RNDR", 60, 4), ("TLB", 56, 4), ("TS", 52, 4), ("FHM", 48, 4), ("DP", 44, 4), ("SM4", 40, 4), ("SM3", 36, 4), ("SHA3", 32, 4), ("RDM", 28, 4), ("TME", 24, 4), ("ATOMIC", 20, 4), ("CRC32", 16, 4), ("SHA2", 12, 4), ("SHA1", 8, 4), ("AES", 4, 4)),
    "ID_AA64ISAR1_EL1": (("LS64", 60, 4), ("XS", 56, 4), ("I8MM", 52, 4), ("DGH", 48, 4), ("BF16", 44, 4), ("SPECRES", 40, 4), ("SB", 36, 4), ("FRINTTS", 32, 4), ("GPI", 28, 4), ("GPA", 24, 4), ("LRCPC", 20, 4), ("FCMA", 16, 4), ("JSCVT", 12, 4), ("API", 8, 4), ("APA", 4, 4), ("DPB", 0, 4)),
    "ID_AA64ISAR2_EL1": (("ATS1A", 60, 4), ("LUT", 56, 4), ("CSSC", 52, 4), ("RPRFM", 48, 4), ("PRFMSLC", 40, 4), ("SYSINSTR_128", 36, 4), ("SYSREG_128", 32, 4), ("CLRBHB", 28, 4), ("PAC_frac", 24, 4), ("BC", 20, 4), ("MOPS", 16, 4), ("APA3", 12, 4), ("GPA3", 8, 4), ("RPRES", 4, 4), ("WFxT", 0, 4)),
    "ID_AA64ISAR3_EL1": (("PACM", 12, 4), ("TLBIW", 8, 4), ("FAMINMAX", 4, 4), ("CPA", 0, 4)),
    "ID_AA64MMFR0_EL1": (("ECV", 60, 4), ("FGT", 56, 4), ("EXS", 44, 4), ("TGRAN4_2", 40, 4), ("TGRAN64_2", 36, 4), ("TGRAN16_2", 32, 4), ("TGRAN4", 28, 4), ("TGRAN64", 24, 4), ("TGRAN16", 20, 4), ("BIGENDEL0", 16, 4), ("SNSMEM", 12, 4), ("BIGEND", 8, 4), ("ASIDBITS", 4, 4), ("PARANGE", 0, 4)),
    "ID_AA64MMFR1_EL1": (("ECBHB", 60, 4), ("CMOW", 56, 4), ("TIDCP1", 52, 4), ("nTLBPA", 48, 4), ("AFP", 44, 4), ("HCX", 40, 4), ("ETS", 36, 4), ("TWED", 32, 4), ("XNX", 28, 4), ("SpecSEI", 24, 4), ("PAN", 20, 4), ("LO", 16, 4), ("HPDS", 12, 4), ("VH", 8, 4), ("VMIDBits", 4, 4), ("HAFDBS", 0, 4)),
    "ID_AA64MMFR2_EL1": (("E0PD", 60, 4), ("EVT", 56, 4), ("BBM", 52, 4), ("TTL", 48, 4), ("FWB", 40, 4), ("IDS", 36, 4), ("AT", 32, 4), ("ST", 28, 4), ("NV", 24, 4), ("CCIDX", 20, 4), ("VARange", 16, 4), ("IESB", 12, 4), ("LSM", 8, 4), ("UAO", 4, 4), ("CnP", 0, 4)),
    "ID_AA64MMFR3_EL1": (("Spec_FPACC", 60, 4), ("ADERR", 56, 4), ("SDERR", 52, 4), ("ANERR", 44, 4), ("SNERR", 40, 4), ("D128_2", 36, 4), ("D128", 32, 4), ("MEC", 28, 4), ("AIE", 24, 4), ("S2POE", 20, 4), ("S1POE", 16, 4), ("S2PIE", 12, 4), ("S1PIE", 8, 4), ("SCTLRX", 4, 4), ("TCRX", 0, 4)),
    "ID_AA64MMFR4_EL1": (("E3DSE", 36, 4), ("E2H0", 24, 4), ("NV_frac", 20, 4), ("FGWTE3", 16, 4), ("HACDBS", 12, 4), ("ASID2", 8, 4), ("EIESB", 4, 4)),
    "ID_AA64PFR0_EL1": (("CSV3", 60, 4), ("CSV2", 56, 4), ("RME", 52, 4), ("DIT", 48, 4), ("AMU", 44, 4), ("MPAM", 40, 4), ("SEL2", 36, 4), ("SVE", 32, 4), ("RAS", 28, 4), ("GIC", 24, 4), ("AdvSIMD", 20, 4), ("FP", 16, 4), ("EL3", 12, 4), ("EL2", 8, 4), ("EL1", 4, 4), ("EL0", 0, 4)),
    "ID_AA64PFR1_EL1": (("PFAR", 60, 4), ("DF2", 56, 4), ("MTEX", 52, 4), ("THE", 48, 4), ("GCS", 44, 4), ("MTE_frac", 40, 4), ("NMI", 36, 4), ("CSV2_frac", 32, 4), ("RNDR_trap", 28, 4), ("SME", 24, 4), ("MPAM_frac", 16, 4), ("RAS_frac", 12, 4), ("MTE", 8, 4), ("SSBS", 4, 4), ("BT", 0, 4)),
    "ID_AA64PFR2_EL1": (("FPMR", 32, 4), ("MTEFAR", 8, 4), ("MTESTOREONLY", 4, 4), ("MTEPERM", 0, 4)),
    "ID_AA64SMFR0_EL1": (("FA64", 63, 1), ("LUTv2", 60, 1), ("SMEver", 56, 4), ("I16I64", 52, 4), ("F64F64", 48, 1), ("I16I32", 44, 4), ("B16B16", 43, 1), ("F16F16", 42, 1), ("F8F16", 41, 1), ("F8F32", 40, 1), ("I8I32", 36, 4), ("F16F32", 35, 1), ("B16F32", 34, 1), ("BI32I32", 33, 1), ("F32F32", 32, 1), ("SF8FMA", 30, 1), ("SF8DP4", 29, 1), ("SF8DP2", 28, 1)),
    "ID_AA64ZFR0_EL1": (("F64MM", 56, 4), ("F32MM", 52, 4), ("I8MM", 44, 4), ("SM4", 40, 4), ("SHA3", 32, 4), ("B16B16", 24, 4), ("BF16", 20, 4), ("BitPerm", 16, 4), ("AES", 4, 4), ("SVEver", 0, 4)),
    "ID_AFR0_EL1": (("IMPDEF3", 12, 4), ("IMPDEF2", 8, 4), ("IMPDEF1", 4, 4), ("IMPDEF0", 0, 4)),
    "ID_DFR0_EL1": (("TraceFilt", 28, 4), ("PerfMon", 24, 4), ("MProfDbg", 20, 4), ("MMapTrc", 16, 4), ("CopTrc", 12, 4), ("MMapDbg", 8, 4), ("CopSDbg", 4, 4), ("CopDbg", 0, 4)),
    "ID_DFR1_EL1": (("HPMN0", 4, 4), ("MTPMU", 0, 4)),
    "ID_ISAR0_EL1": (("Divide", 24, 4), ("Debug", 20, 4), ("Coproc", 16, 4), ("CmpBranch", 12, 4), ("BitField", 8, 4), ("BitCount", 4, 4), ("Swap", 0, 4)),
    "ID_ISAR1_EL1": (("Jazelle", 28, 4), ("Interwork", 24, 4), ("Immediate", 20, 4), ("IfThen", 16, 4), ("Extend", 12, 4), ("Except_AR", 8, 4), ("Except", 4, 4), ("Endian", 0, 4)),
    "ID_ISAR2_EL1": (("Reversal", 28, 4), ("PSR_AR", 24, 4), ("MultU", 20, 4), ("MultS", 16, 4), ("Mult", 12, 4), ("MultiAccessInt", 8, 4), ("MemHint", 4, 4), ("LoadStore", 0, 4)),
    "ID_ISAR3_EL1": (("T32EE", 28, 4), ("TrueNOP", 24, 4), ("T32Copy", 20, 4), ("TabBranch", 16, 4), ("SynchPrim", 12, 4), ("SVC", 8, 4), ("SIMD", 4, 4), ("Saturate", 0, 4)),
    "ID_ISAR4_EL1": (("SWP_frac", 28, 4), ("PSR_M", 24, 4), ("SynchPrim_frac", 20, 4), ("Barrier", 16, 4), ("SMC", 12, 4), ("Writeback", 8, 4), ("WithShifts", 4, 4), ("Unpriv", 0, 4)),
    "ID_ISAR5_EL1": (("VCMA", 28, 4), ("RDM", 24, 4), ("CRC32", 16, 4), ("SHA2", 12, 4), ("SHA1", 8, 4), ("AES", 4, 4), ("SEVL", 0, 4)),
    "ID_ISAR6_EL1": (("I8MM", 24, 4), ("BF16", 20, 4), ("SPECRES", 16, 4), ("SB", 12, 4), ("FHM", 8, 4), ("DP", 4, 4), ("JSCVT", 0, 4)),
    "ID_MMFR0_EL1": (("InnerShr", 28, 4), ("FCSE", 24, 4), ("AuxReg", 20, 4), ("TCM", 16, 4), ("ShareLvl", 12, 4), ("OuterShr", 8, 4), ("PMSA", 4, 4), ("VMSA", 0, 4)),
    "ID_MMFR1_EL1": (("BPred", 28, 4), ("L1TstCln", 24, 4), ("L1Uni", 20, 4), ("L1Hvd", 16, 4), ("L1UniSW", 12, 4), ("L1HvdSW", 8, 4), ("L1UniVA", 4, 4), ("L1HvdVA", 0, 4)),
    "ID_MMFR2_EL1": (("HWAccFlg", 28, 4), ("WFIStall", 24, 4), ("MemBarr", 20, 4), ("UniTLB", 16, 4), ("HvdTLB", 12, 4), ("L1HvdRng", 8, 4), ("L1HvdBG", 4, 4), ("L1HvdFG", 0, 4)),
    "ID_MMFR3_EL1": (("Supersec", 28, 4), ("CMemSz", 24, 4), ("CohWalk", 20, 4), ("PAN", 16, 4), ("MaintBcst", 12, 4), ("BPMaint", 8, 4), ("CMaintSW", 4, 4), ("CMaintVA", 0, 4)),
    "ID_MMFR4_EL1": (("EVT", 28, 4), ("CCIDX", 24, 4), ("LSM", 20, 4), ("HPDS", 16, 4), ("CnP", 12, 4), ("XNX", 8, 4), ("AC2", 4, 4), ("SpecSEI", 0, 4)),
    "ID_MMFR5_EL1": (("nTLBPA", 4, 4), ("ETS", 0, 4)),
    "ID_PFR0_EL1": (("RAS", 28, 4), ("DIT", 24, 4), ("AMU", 20, 4), ("CSV2", 16, 4), ("State3", 12, 4), ("State2", 8, 4), ("State1", 4, 4), ("State0", 0, 4)),
    "ID_PFR1_EL1": (("GIC", 28, 4), ("Virt_frac", 24, 4), ("Sec_frac", 20, 4), ("GenTimer", 16, 4), ("Virtualization", 12, 4), ("MProgMod", 8, 4), ("Security", 4, 4), ("ProgMod", 0, 4)),
    "ID_PFR2_EL1": (("RAS_frac", 8, 4), ("SSBS", 4, 4), ("CSV3", 0, 4)),
    "MVFR0_EL1": (("FPRound", 28, 4), ("FPShVec", 24, 4), ("FPSqrt", 20, 4), ("FPDivide", 16, 4), ("FPTrap", 12, 4), ("FPDP", 8, 4), ("FPSP", 4, 4), ("SIMDReg", 0, 4)),
    "MVFR1_EL1": (("SIMDFMAC", 28, 4), ("FPHP", 24, 4), ("SIMDHP", 20, 4), ("SIMDSP", 16, 4), ("SIMDInt", 12, 4), ("SIMDLS", 8, 4), ("FPDNaN", 4, 4), ("FPFtZ", 0, 4)),
    "MVFR2_EL1": (("FPMisc", 4, 4), ("SIMDMisc", 0, 4)),
}

# (register, old macro spelling upper-cased) -> field name, for real renames
RENAMES: dict[tuple[str, str], str] = {
    ("ID_AA64PFR0_EL1", "ASIMD"): "AdvSIMD",
    ("ID_AA64MMFR1_EL1", "VHE"): "VH",
    ("ID_AA64MMFR1_EL1", "HPD"): "HPDS",
    ("ID_AA64MMFR1_EL1", "LOR"): "LO",
    ("ID_AA64MMFR1_EL1", "HADBS"): "HAFDBS",
    ("ID_AA64MMFR1_EL1", "VMIDBITS"): "VMIDBits",
    ("ID_AA64MMFR2_EL1", "LVA"): "VARange",
    ("ID_AA64MMFR0_EL1", "ASID"): "ASIDBITS",
    ("ID_AA64MMFR0_EL1", "BIGENDEL"): "BIGEND",
    ("ID_AA64ISAR0_EL1", "ATOMICS"): "ATOMIC",
    ("ID_AA64DFR0_EL1", "TRBE"): "TraceBuffer",
    ("MVFR0_EL1", "SIMD"): "SIMDReg",
    ("ID_AA64ISAR2_EL1", "CLEARBHB"): "CLRBHB",  # v5.10-v5.19 sysreg.h; arch/arm64/tools/sysreg (v6.0+): 31:28 CLRBHB
}

# (op0, op1, crn, crm, op2) -> register, for the feature-ID space and the cache/implementation registers.
# The architecture's name for an encoding wins over a tree's spelling (or its
# silence: ID_UNALLOCATED(5,2) before the description named it), so an item
# keeps one slug in every era; encodings the architecture leaves reserved stay
# S3_0_C0_Cm_n.
ENCODINGS: dict[tuple[int, int, int, int, int], str] = {
    (3, 0, 0, 0, 0): "MIDR_EL1",
    (3, 0, 0, 0, 6): "REVIDR_EL1",
    (3, 1, 0, 0, 7): "AIDR_EL1",
    (3, 0, 0, 1, 0): "ID_PFR0_EL1",
    (3, 0, 0, 1, 1): "ID_PFR1_EL1",
    (3, 0, 0, 1, 2): "ID_DFR0_EL1",
    (3, 0, 0, 1, 3): "ID_AFR0_EL1",
    (3, 0, 0, 1, 4): "ID_MMFR0_EL1",
    (3, 0, 0, 1, 5): "ID_MMFR1_EL1",
    (3, 0, 0, 1, 6): "ID_MMFR2_EL1",
    (3, 0, 0, 1, 7): "ID_MMFR3_EL1",
    (3, 0, 0, 2, 0): "ID_ISAR0_EL1",
    (3, 0, 0, 2, 1): "ID_ISAR1_EL1",
    (3, 0, 0, 2, 2): "ID_ISAR2_EL1",
    (3, 0, 0, 2, 3): "ID_ISAR3_EL1",
    (3, 0, 0, 2, 4): "ID_ISAR4_EL1",
    (3, 0, 0, 2, 5): "ID_ISAR5_EL1",
    (3, 0, 0, 2, 6): "ID_MMFR4_EL1",
    (3, 0, 0, 2, 7): "ID_ISAR6_EL1",
    (3, 0, 0, 3, 0): "MVFR0_EL1",
    (3, 0, 0, 3, 1): "MVFR1_EL1",
    (3, 0, 0, 3, 2): "MVFR2_EL1",
    (3, 0, 0, 3, 4): "ID_PFR2_EL1",
    (3, 0, 0, 3, 5): "ID_DFR1_EL1",
    (3, 0, 0, 3, 6): "ID_MMFR5_EL1",
    (3, 0, 0, 4, 0): "ID_AA64PFR0_EL1",
    (3, 0, 0, 4, 1): "ID_AA64PFR1_EL1",
    (3, 0, 0, 4, 2): "ID_AA64PFR2_EL1",
    (3, 0, 0, 4, 4): "ID_AA64ZFR0_EL1",
    (3, 0, 0, 4, 5): "ID_AA64SMFR0_EL1",
    (3, 0, 0, 4, 7): "ID_AA64FPFR0_EL1",
    (3, 0, 0, 5, 0): "ID_AA64DFR0_EL1",
    (3, 0, 0, 5, 1): "ID_AA64DFR1_EL1",
    (3, 0, 0, 5, 2): "ID_AA64DFR2_EL1",  # unnamed in 6.12's sources (ID_UNALLOCATED(5,2)), named by 7.x's sysreg
    (3, 0, 0, 5, 4): "ID_AA64AFR0_EL1",
    (3, 0, 0, 5, 5): "ID_AA64AFR1_EL1",
    (3, 0, 0, 6, 0): "ID_AA64ISAR0_EL1",
    (3, 0, 0, 6, 1): "ID_AA64ISAR1_EL1",
    (3, 0, 0, 6, 2): "ID_AA64ISAR2_EL1",
    (3, 0, 0, 6, 3): "ID_AA64ISAR3_EL1",
    (3, 0, 0, 7, 0): "ID_AA64MMFR0_EL1",
    (3, 0, 0, 7, 1): "ID_AA64MMFR1_EL1",
    (3, 0, 0, 7, 2): "ID_AA64MMFR2_EL1",
    (3, 0, 0, 7, 3): "ID_AA64MMFR3_EL1",
    (3, 0, 0, 7, 4): "ID_AA64MMFR4_EL1",
    (3, 1, 0, 0, 1): "CLIDR_EL1",
    (3, 3, 0, 0, 1): "CTR_EL0",
}
