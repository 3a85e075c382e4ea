"""Kernel-shaped ID-register files of our own writing, one shape per era.

These texts reproduce the *patterns* the idregs and reglist extractors read
(table macros, read-function shapes, mask spellings, visibility callbacks,
arm64_ftr_bits tables), for a handful of registers, so tests and the
benchmark can replay the history without kernel source. Nothing here is
copied kernel text.

Eras (and where the pattern was read):
  macros    v4.15-v5.1 shape: field positions only as `ID_AA64PFR0_SVE_SHIFT`
            macros in sysreg.h; read_id_reg(r, raz) with `if (id == SYS_X)`
            chains and `(0xfUL << X_SHIFT)` masks; ID_HIDDEN through
            access_raz_id_reg; set_id_reg accepts only the value read back; no
            visibility callbacks (WindRiver linux-yocto-5.2 5a0bc68e9a0d).
  switch    v5.19-v6.1 shape: arch/arm64/tools/sysreg for the AArch64 registers,
            sysreg.h macros for the AArch32 ones; read_id_reg() switch with
            ARM64_FEATURE_MASK(); visibility callbacks with REG_HIDDEN/REG_RAZ;
            set_id_aa64pfr0_el1() lets CSV2/CSV3 differ (Debian linux-source-6.1).
  writable  v6.7-v6.12 shape: ID_WRITABLE(name, mask), `.reset` read callbacks,
            arm64_check_features() with kvm_arm64_ftr_safe_value() overrides
            (Debian linux-source-6.12).
  sanitise  v6.15-v7.x shape: table macros taking their callbacks from the
            object-like ID_DESC_DEFAULT_CALLBACKS; __kvm_read_sanitised_id_reg()
            calling per-register `val = sanitise_<reg>(vcpu, val);` helpers
            (host conditions such as vgic_host_has_gicv3(), NV's
            limit_nv_id_reg()); ID_FILTERED(sysreg, name, mask) with a
            filtering set_<name>() before set_id_reg(); kvm_finalize_sys_regs()
            writing through kvm_set_vm_id_reg(); IMPLEMENTATION_ID(MIDR_EL1)
            with reset_imp_id_reg()/set_imp_id_reg(); config.c's idreg_feat_maps[]
            dependencies, enforced before the first run (Debian linux-source-7.3).
Knobs: `generated` moves field definitions from sysreg.h macros to the
generated description; `hidden` lists fields the read side clears;
`writable` lists fields in the writable mask; `visibility` gives a
register-list entry a visibility callback (register -> vCPU predicate);
`vm_csv` takes CSV2/CSV3 from per-VM variables arm.c sets (v5.10-v6.3).
"""
from __future__ import annotations

ERAS = ("macros", "switch", "writable", "sanitise")
SYS_REGS_C = "arch/arm64/kvm/sys_regs.c"
ARM_C = "arch/arm64/kvm/arm.c"
SYS_REGS_H = "arch/arm64/kvm/sys_regs.h"
SYSREG = "arch/arm64/tools/sysreg"
SYSREG_H = "arch/arm64/include/asm/sysreg.h"
CPUFEATURE = "arch/arm64/kernel/cpufeature.c"
CONFIG_C = "arch/arm64/kvm/config.c"

# register -> (encoding, fields (name, lsb), old macro prefix and spellings)
REGS = {
    "ID_DFR0_EL1": ((3, 0, 0, 1, 2), (("PerfMon", 24), ("CopDbg", 0)), "ID_DFR0", ("PERFMON", "COPDBG")),
    "ID_AA64PFR0_EL1": ((3, 0, 0, 4, 0), (("CSV3", 60), ("CSV2", 56), ("AMU", 44), ("SVE", 32), ("GIC", 24),
                                          ("AdvSIMD", 20), ("FP", 16), ("EL1", 4), ("EL0", 0)),
                        "ID_AA64PFR0", ("CSV3", "CSV2", "AMU", "SVE", "GIC", "ASIMD", "FP", "EL1", "EL0")),
    "ID_AA64DFR0_EL1": ((3, 0, 0, 5, 0), (("PMSVer", 32), ("PMUVer", 8), ("DebugVer", 0)),
                        "ID_AA64DFR0", ("PMSVER", "PMUVER", "DEBUGVER")),
    "ID_AA64ISAR1_EL1": ((3, 0, 0, 6, 1), (("GPI", 28), ("GPA", 24), ("LRCPC", 20), ("API", 8), ("APA", 4)),
                         "ID_AA64ISAR1", ("GPI", "GPA", "LRCPC", "API", "APA")),
}
HIDDEN_REG = ("ID_AFR0_EL1", (3, 0, 0, 1, 3))
OTHER = {  # plain system registers for the register list
    "SCTLR_EL1": (3, 0, 1, 0, 0), "ZCR_EL1": (3, 0, 1, 2, 0), "TCR2_EL1": (3, 0, 2, 0, 3),
    "DC_ISW": (1, 0, 7, 6, 2), "PMCR_EL0": (3, 3, 9, 12, 0), "MIDR_EL1": (3, 0, 0, 0, 0),
}
PREDICATES = {"SVE": "vcpu_has_sve(vcpu)", "PMU": "kvm_vcpu_has_pmu(vcpu)", "PTRAUTH": "vcpu_has_ptrauth(vcpu)"}
DEFAULT_HIDDEN = ("ID_AA64PFR0_EL1.AMU", "ID_AA64DFR0_EL1.PMSVer")


def idreg_files(era: str, *, generated: bool | None = None, hidden: tuple[str, ...] = DEFAULT_HIDDEN,
                writable: tuple[str, ...] = ("ID_AA64PFR0_EL1.CSV2", "ID_AA64PFR0_EL1.CSV3",
                                             "ID_AA64ISAR1_EL1.LRCPC"),
                visibility: dict[str, str] | None = None, tcr2: bool = False,
                host_lacks: tuple[str, ...] = (), vm_csv: bool = False) -> dict[str, str]:
    """The watched files of one commit in `era`. vm_csv (switch era, as
    v5.10-v6.3): read_id_reg() takes CSV2/CSV3 from kvm->arch.pfr0_csv2/3,
    which arm.c sets at VM creation on hosts unaffected by Spectre-v2/Meltdown."""
    if era not in ERAS:
        raise ValueError(f"unknown era {era!r}; one of {ERAS}")
    generated = era != "macros" if generated is None else generated
    vis = {"ZCR_EL1": "SVE", "PMCR_EL0": "PMU"} if era != "macros" else {}
    vis.update(visibility or {})
    return {
        SYSREG_H: _sysreg_h(era, generated, tcr2),
        **({SYSREG: _sysreg(generated)} if era != "macros" or generated else {}),
        SYS_REGS_H: _sys_regs_h(era),
        SYS_REGS_C: (_sys_regs_c(era, hidden, writable, vis, tcr2, generated, vm_csv) if era != "sanitise"
                     else sanitise_sys_regs_c(hidden, writable, vis)),
        CPUFEATURE: _cpufeature(host_lacks),
        **({ARM_C: _arm_c()} if vm_csv else {}),
        **({CONFIG_C: _config_c()} if era == "sanitise" else {}),
    }


def _arm_c() -> str:
    return "\n".join([
        "static void set_default_spectre(struct kvm *kvm)", "{",
        "\t/* The default is to expose CSV2 == 1 if the HW isn't affected. */",
        "\tif (arm64_get_spectre_v2_state() == SPECTRE_UNAFFECTED)", "\t\tkvm->arch.pfr0_csv2 = 1;",
        "\tif (arm64_get_meltdown_state() == SPECTRE_UNAFFECTED)", "\t\tkvm->arch.pfr0_csv3 = 1;", "}", "",
        "int kvm_arch_init_vm(struct kvm *kvm, unsigned long type)", "{", "\tint ret;", "",
        "\tret = kvm_share_hyp(kvm, kvm + 1);", "\tif (ret)", "\t\treturn ret;", "",
        "\tkvm->arch.max_vcpus = kvm_arm_default_max_vcpus();", "\tset_default_spectre(kvm);",
        "\treturn ret;", "}", ""])


def _field_macro(reg: str, field: str, generated: bool) -> str:
    """How the era spells a field in code: generated names, or the old macro."""
    if generated:
        return f"{reg}_{field}"
    enc, fields, prefix, spellings = REGS[reg]
    return f"{prefix}_{dict(zip((f for f, _ in fields), spellings))[field]}"


# --- arch/arm64/include/asm/sysreg.h ----------------------------------------------

def _sysreg_h(era: str, generated: bool, tcr2: bool) -> str:
    out = ["/* our own sysreg.h shape */", "#define Op0_shift 19", "#define Op1_shift 16",
           "#define CRn_shift 12", "#define CRm_shift 8", "#define Op2_shift 5",
           "#define sys_reg(op0, op1, crn, crm, op2) \\",
           "\t(((op0) << Op0_shift) | ((op1) << Op1_shift) | \\",
           "\t ((crn) << CRn_shift) | ((crm) << CRm_shift) | ((op2) << Op2_shift))",
           "#define sys_insn sys_reg", ""]
    names = dict(OTHER)
    names[HIDDEN_REG[0]] = HIDDEN_REG[1]
    if not tcr2:
        names.pop("TCR2_EL1")
    names.update({r: v[0] for r, v in REGS.items() if not generated or r == "ID_DFR0_EL1"})
    for name, enc in names.items():
        kind = "sys_insn" if name.startswith("DC_") else "sys_reg"
        out.append(f"#define SYS_{name}\t\t{kind}({', '.join(map(str, enc))})")
    out.append("")
    for reg, (enc, fields, prefix, spellings) in REGS.items():
        if generated and reg != "ID_DFR0_EL1":
            continue
        for (name, lsb), spelled in zip(fields, spellings):
            out.append(f"#define {prefix}_{spelled}_SHIFT\t\t{lsb}")
    out += ["", "#define ID_DFR0_PERFMON_8_4\t\t0x5", "#define ID_AA64DFR0_PMUVER_8_4\t\t0x5"]
    if era != "macros":
        out += ["#define ARM64_FEATURE_FIELD_BITS\t4",
                "#define ARM64_FEATURE_MASK(x)\t(GENMASK_ULL(x##_SHIFT + ARM64_FEATURE_FIELD_BITS - 1, x##_SHIFT))"]
    if era in ("writable", "sanitise"):
        out += ["#define SYS_FIELD_VALUE(reg, field, val)\treg##_##field##_##val",
                "#define SYS_FIELD_PREP(reg, field, val)\t\\", "\t\t FIELD_PREP(reg##_##field##_MASK, val)",
                "#define SYS_FIELD_PREP_ENUM(reg, field, val)\t\\",
                "\t\t FIELD_PREP(reg##_##field##_MASK, SYS_FIELD_VALUE(reg, field, val))"]
    return "\n".join(out) + "\n"


def _sysreg(generated: bool) -> str:
    out = ["# our own description in the generated-sysreg format", ""]
    for reg, (enc, fields, _, _) in REGS.items():
        if reg == "ID_DFR0_EL1" or not generated:
            continue
        out.append("\t".join(["Sysreg", reg] + [str(e) for e in enc]))
        prev = 64
        for name, lsb in fields:
            if prev > lsb + 4:
                out.append(f"Res0\t{prev - 1}:{lsb + 4}")
            out += [f"UnsignedEnum\t{lsb + 3}:{lsb}\t{name}", "\t0b0000\tNI", "\t0b0001\tIMP"]
            if name == "PMUVer":
                out.append("\t0b0101\tV3P4")
            if name == "DebugVer":
                out += ["\t0b0110\tIMP_V8", "\t0b1010\tV8P8"]
            out.append("EndEnum")
            prev = lsb
        if prev:
            out.append(f"Res0\t{prev - 1}:0")
        out += ["EndSysreg", ""]
    out += ["Sysreg\tTCR2_EL1\t3\t0\t2\t0\t3", "Res0\t63:0", "EndSysreg", ""]
    return "\n".join(out)


# --- arch/arm64/kvm/sys_regs.h ----------------------------------------------------

def _sys_regs_h(era: str) -> str:
    if era == "macros":
        return "/* no visibility in this era */\n#define SYS_DESC(reg) \\\n\t.name = #reg, Op0(sys_reg_Op0(reg))\n"
    return "\n".join([
        "#define REG_HIDDEN\t\t(1 << 0)", "#define REG_RAZ\t\t\t(1 << 1)", "#define REG_USER_WI\t\t(1 << 2)",
        "static inline bool sysreg_hidden(const struct kvm_vcpu *vcpu,",
        "\t\t\t\t const struct sys_reg_desc *r)", "{",
        "\treturn sysreg_visibility(vcpu, r) & REG_HIDDEN;", "}", ""])


# --- arch/arm64/kvm/sys_regs.c -----------------------------------------------------

def _sys_regs_c(era: str, hidden, writable, vis: dict[str, str], tcr2: bool, gen: bool, vm_csv: bool = False) -> str:
    parts = ["/* our own sys_regs.c shape, era " + era + " */", ""]
    parts += [_visibility_fns(vis)] if era != "macros" else []
    parts.append(_read_fn(era, hidden, gen, vm_csv))
    parts.append(_set_fns(era, gen))
    parts.append(_table_macros(era))
    parts.append(_table(era, writable, vis, tcr2, gen))
    parts.append(_walk(era))
    return "\n".join(parts) + "\n"


def _visibility_fns(vis: dict[str, str]) -> str:
    out = []
    for feature in sorted(set(vis.values())):
        out += [f"static unsigned int {feature.lower()}_visibility(const struct kvm_vcpu *vcpu,",
                "\t\t\t\t   const struct sys_reg_desc *rd)", "{",
                f"\tif ({PREDICATES[feature]})", "\t\treturn 0;", "", "\treturn REG_HIDDEN;", "}", ""]
    out += ["static unsigned int raz_visibility(const struct kvm_vcpu *vcpu,",
            "\t\t\t\t   const struct sys_reg_desc *r)", "{", "\treturn REG_RAZ;", "}", ""]
    return "\n".join(out)


def _mask(era: str, reg: str, field: str, gen: bool) -> str:
    if era == "macros":
        return f"(0xfUL << {_field_macro(reg, field, False)}_SHIFT)"
    if era == "switch" or reg == "ID_DFR0_EL1":
        return f"ARM64_FEATURE_MASK({_field_macro(reg, field, gen)})"
    return f"{reg}_{field}_MASK"


def _read_fn(era: str, hidden, gen: bool, vm_csv: bool = False) -> str:
    by_reg: dict[str, list[str]] = {}
    for h in hidden:
        reg, field = h.split(".")
        by_reg.setdefault(reg, []).append(f"\t\tval &= ~{_mask(era, reg, field, gen)};")
    pfr0 = by_reg.setdefault("ID_AA64PFR0_EL1", [])
    for field in ("CSV2", "CSV3") if vm_csv else ():
        mask = _mask(era, "ID_AA64PFR0_EL1", field, gen)
        pfr0 += [f"\t\tval &= ~{mask};",
                 f"\t\tval |= FIELD_PREP({mask}, (u64)vcpu->kvm->arch.pfr0_{field.lower()});"]
    pfr0.insert(0, f"\t\tif (!vcpu_has_sve(vcpu))\n\t\t\tval &= ~{_mask(era, 'ID_AA64PFR0_EL1', 'SVE', gen)};")
    isar1 = by_reg.setdefault("ID_AA64ISAR1_EL1", [])
    isar1.insert(0, "\t\tif (!vcpu_has_ptrauth(vcpu))\n\t\t\tval &= ~(" + " |\n\t\t\t\t ".join(
        _mask(era, "ID_AA64ISAR1_EL1", f, gen) for f in ("APA", "API", "GPA", "GPI")) + ");")
    dfr0 = by_reg.setdefault("ID_AA64DFR0_EL1", [])
    if era == "writable":
        dfr0 += ["\t\tval = ID_REG_LIMIT_FIELD_ENUM(val, ID_AA64DFR0_EL1, DebugVer, V8P8);",
                 "\t\tval &= ~ID_AA64DFR0_EL1_PMUVer_MASK;", "\t\tif (kvm_vcpu_has_pmu(vcpu))",
                 "\t\t\tval |= SYS_FIELD_PREP_ENUM(ID_AA64DFR0_EL1, PMUVer, V3P4);"]
    else:
        m = _mask(era, "ID_AA64DFR0_EL1", "DebugVer", gen)
        dfr0 += [f"\t\tval &= ~{m};", f"\t\tval |= FIELD_PREP({m}, 6);"]
        pmu = _field_macro("ID_AA64DFR0_EL1", "PMUVer", gen)
        dfr0 += [f"\t\tval = cpuid_feature_cap_perfmon_field(val, {pmu}_SHIFT,",
                 "\t\t\t\t\t\tkvm_vcpu_has_pmu(vcpu) ? ID_AA64DFR0_PMUVER_8_4 : 0);"]
    out = []
    if era == "macros":
        out += ["static u64 read_id_reg(struct sys_reg_desc const *r, bool raz)", "{",
                "\tu32 id = sys_reg((u32)r->Op0, (u32)r->Op1, (u32)r->CRn, (u32)r->CRm, (u32)r->Op2);",
                "\tu64 val = raz ? 0 : read_sanitised_ftr_reg(id);", ""]
        first = True
        for reg, lines in by_reg.items():
            out.append(("\tif" if first else "\t} else if") + f" (id == SYS_{reg}) {{")
            out += [ln[1:] if ln.startswith("\t\t") else ln for ln in lines]
            first = False
        out += ["\t}", "", "\treturn val;", "}", ""]
        return "\n".join(out)
    name = "__kvm_read_sanitised_id_reg" if era == "writable" else "read_id_reg"
    out += [f"static u64 {name}(const struct kvm_vcpu *vcpu, struct sys_reg_desc const *r)", "{",
            "\tu32 id = reg_to_encoding(r);", "\tu64 val;", "",
            "\tif (sysreg_visible_as_raz(vcpu, r))", "\t\treturn 0;", "",
            "\tval = read_sanitised_ftr_reg(id);", "", "\tswitch (id) {"]
    for reg, lines in by_reg.items():
        out += [f"\tcase SYS_{reg}:"] + lines + ["\t\tbreak;"]
    out += ["\t}", "", "\treturn val;", "}", ""]
    if era == "writable":
        out += ["#define ID_REG_LIMIT_FIELD_ENUM(val, reg, field, limit)\t\t\t       \\",
                "({\t\t\t\t\t\t\t\t\t       \\",
                "\tu64 __f_val = FIELD_GET(reg##_##field##_MASK, val);\t\t       \\",
                "\t(val) &= ~reg##_##field##_MASK;\t\t\t\t\t       \\",
                "\t(val) |= FIELD_PREP(reg##_##field##_MASK,\t\t\t       \\",
                "\t\t\t    min(__f_val, (u64)SYS_FIELD_VALUE(reg, field, limit)));     \\",
                "\t(val);\t\t\t\t\t\t\t\t       \\", "})", "",
                "static u64 kvm_read_sanitised_id_reg(struct kvm_vcpu *vcpu,",
                "\t\t\t\t     const struct sys_reg_desc *r)", "{",
                "\treturn __kvm_read_sanitised_id_reg(vcpu, r);", "}", ""]
    return "\n".join(out)


def _set_fns(era: str, gen: bool) -> str:
    csv2, csv3 = (_field_macro("ID_AA64PFR0_EL1", f, gen) for f in ("CSV2", "CSV3"))
    if era == "macros":
        return "\n".join([
            "static int __set_id_reg(const struct sys_reg_desc *rd, void __user *uaddr, bool raz)", "{",
            "\tu64 val;", "", "\tif (get_user(val, (u64 __user *)uaddr))", "\t\treturn -EFAULT;",
            "\t/* only the value read back */", "\tif (val != read_id_reg(rd, raz))", "\t\treturn -EINVAL;",
            "\treturn 0;", "}", "",
            "static int get_id_reg(struct kvm_vcpu *vcpu, const struct sys_reg_desc *rd, void __user *uaddr)",
            "{", "\treturn reg_to_user(uaddr, read_id_reg(rd, false));", "}", "",
            "static int set_id_reg(struct kvm_vcpu *vcpu, const struct sys_reg_desc *rd, void __user *uaddr)",
            "{", "\treturn __set_id_reg(rd, uaddr, false);", "}", ""])
    if era == "switch":
        return "\n".join([
            "static int set_id_aa64pfr0_el1(struct kvm_vcpu *vcpu, const struct sys_reg_desc *rd, u64 val)",
            "{", "\tu8 csv2, csv3;", "",
            f"\tcsv2 = cpuid_feature_extract_unsigned_field(val, {csv2}_SHIFT);",
            "\tif (csv2 > 1 ||", "\t    (csv2 && arm64_get_spectre_v2_state() != SPECTRE_UNAFFECTED))",
            "\t\treturn -EINVAL;", "",
            f"\tcsv3 = cpuid_feature_extract_unsigned_field(val, {csv3}_SHIFT);",
            "\tif (csv3 > 1 ||", "\t    (csv3 && arm64_get_meltdown_state() != SPECTRE_UNAFFECTED))",
            "\t\treturn -EINVAL;", "", "\tval ^= read_id_reg(vcpu, rd);",
            f"\tval &= ~(ARM64_FEATURE_MASK({csv2}) |",
            f"\t\t ARM64_FEATURE_MASK({csv3}));", "\tif (val)", "\t\treturn -EINVAL;",
            "\treturn 0;", "}", "",
            "static int get_id_reg(struct kvm_vcpu *vcpu, const struct sys_reg_desc *rd, u64 *val)", "{",
            "\t*val = read_id_reg(vcpu, rd);", "\treturn 0;", "}", "",
            "static int set_id_reg(struct kvm_vcpu *vcpu, const struct sys_reg_desc *rd, u64 val)", "{",
            "\tif (val != read_id_reg(vcpu, rd))", "\t\treturn -EINVAL;", "\treturn 0;", "}", ""])
    return "\n".join([
        "static s64 kvm_arm64_ftr_safe_value(u32 id, const struct arm64_ftr_bits *ftrp, s64 new, s64 cur)",
        "{", "\tstruct arm64_ftr_bits kvm_ftr = *ftrp;", "", "\tswitch (id) {", "\tcase SYS_ID_AA64DFR0_EL1:",
        "\t\tswitch (kvm_ftr.shift) {", "\t\tcase ID_AA64DFR0_EL1_PMUVer_SHIFT:",
        "\t\t\tkvm_ftr.type = FTR_LOWER_SAFE;", "\t\t\tbreak;", "\t\t}", "\t\tbreak;", "\t}",
        "\treturn arm64_ftr_safe_value(&kvm_ftr, new, cur);", "}", "",
        "static int arm64_check_features(struct kvm_vcpu *vcpu, const struct sys_reg_desc *rd, u64 val)",
        "{", "\tu64 writable_mask = rd->val;", "\tu64 limit = rd->reset(vcpu, rd);",
        "\t/* each writable field the host describes follows its safety rule */", "\treturn 0;", "}", "",
        "static int get_id_reg(struct kvm_vcpu *vcpu, const struct sys_reg_desc *rd, u64 *val)", "{",
        "\t*val = read_id_reg(vcpu, rd);", "\treturn 0;", "}", "",
        "static int set_id_reg(struct kvm_vcpu *vcpu, const struct sys_reg_desc *rd, u64 val)", "{",
        "\tint ret = arm64_check_features(vcpu, rd, val);", "", "\tif (!ret)",
        "\t\tkvm_set_vm_id_reg(vcpu->kvm, reg_to_encoding(rd), val);", "\treturn ret;", "}", ""])


def _table_macros(era: str) -> str:
    if era == "macros":
        return "\n".join([
            "#define ID_SANITISED(name) {\t\t\t\\", "\tSYS_DESC(SYS_##name),\t\t\t\\",
            "\t.access\t= access_id_reg,\t\t\\", "\t.get_user = get_id_reg,\t\t\t\\",
            "\t.set_user = set_id_reg,\t\t\t\\", "}", "",
            "#define ID_HIDDEN(name) {\t\t\t\\", "\tSYS_DESC(SYS_##name),\t\t\t\\",
            "\t.access = access_raz_id_reg,\t\t\\", "\t.get_user = get_raz_id_reg,\t\t\\",
            "\t.set_user = set_raz_id_reg,\t\t\\", "}", ""])
    common = ["#define ID_HIDDEN(name) {\t\t\t\\", "\tSYS_DESC(SYS_##name),\t\t\t\\",
              "\t.access = access_id_reg,\t\t\\", "\t.get_user = get_id_reg,\t\t\t\\",
              "\t.set_user = set_id_reg,\t\t\t\\", "\t.visibility = raz_visibility,\t\t\\", "}", ""]
    if era == "switch":
        return "\n".join(["#define ID_SANITISED(name) {\t\t\t\\", "\tSYS_DESC(SYS_##name),\t\t\t\\",
                          "\t.access\t= access_id_reg,\t\t\\", "\t.get_user = get_id_reg,\t\t\t\\",
                          "\t.set_user = set_id_reg,\t\t\t\\", "}", ""] + common)
    return "\n".join(["#define ID_DESC(name)\t\t\t\t\\", "\tSYS_DESC(SYS_##name),\t\t\t\\",
                      "\t.access\t= access_id_reg,\t\t\\", "\t.get_user = get_id_reg\t\t\t\\", "",
                      "#define ID_WRITABLE(name, mask) {\t\t\\", "\tID_DESC(name),\t\t\t\t\\",
                      "\t.set_user = set_id_reg,\t\t\t\\", "\t.reset = kvm_read_sanitised_id_reg,\t\\",
                      "\t.val = mask,\t\t\t\t\\", "}", ""] + common)


def _table(era: str, writable, vis: dict[str, str], tcr2: bool, gen: bool) -> str:
    rows = ["\t{ SYS_DESC(SYS_DC_ISW), access_dcsw },"]
    for reg in ("ID_DFR0_EL1",):
        rows.append(_id_row(era, reg, writable, gen))
    rows.append(f"\tID_HIDDEN({HIDDEN_REG[0]}),")
    for reg in ("ID_AA64PFR0_EL1", "ID_AA64DFR0_EL1", "ID_AA64ISAR1_EL1"):
        rows.append(_id_row(era, reg, writable, gen))
    rows.append("\t{ SYS_DESC(SYS_SCTLR_EL1), access_vm_reg, reset_val, SCTLR_EL1, 0x00C50078 },")
    rows.append(_row("ZCR_EL1", "NULL, reset_val, ZCR_EL1, 0", vis))
    if tcr2:
        rows.append(_row("TCR2_EL1", "access_vm_reg, reset_val, TCR2_EL1, 0", vis))
    rows.append(_row("PMCR_EL0", "access_pmcr, reset_pmcr, PMCR_EL0", vis))
    return "static const struct sys_reg_desc sys_reg_descs[] = {\n" + "\n".join(rows) + "\n};\n"


def _row(name: str, members: str, vis: dict[str, str]) -> str:
    extra = f", .visibility = {vis[name].lower()}_visibility" if name in vis else ""
    return f"\t{{ SYS_DESC(SYS_{name}), {members}{extra} }},"


def _id_row(era: str, reg: str, writable, gen: bool) -> str:
    if era == "switch" and reg == "ID_AA64PFR0_EL1":
        return ("\t{ SYS_DESC(SYS_ID_AA64PFR0_EL1), .access = access_id_reg,\n"
                "\t  .get_user = get_id_reg, .set_user = set_id_aa64pfr0_el1, },")
    if era != "writable":
        return f"\tID_SANITISED({reg}),"
    fields = [w.split(".")[1] for w in writable if w.startswith(reg + ".")]
    mask = " |\n\t\t\t\t".join(f"{reg}_{f}_MASK" if reg != "ID_DFR0_EL1" else f"ARM64_FEATURE_MASK(ID_DFR0_{f.upper()})"
                                for f in fields) or "0"
    return f"\tID_WRITABLE({reg}, {mask}),"


def _walk(era: str) -> str:
    hide = "" if era == "macros" else "\tif (sysreg_hidden(vcpu, rd))\n\t\treturn 0;\n"
    return ("static int walk_one_sys_reg(const struct kvm_vcpu *vcpu, const struct sys_reg_desc *rd,\n"
            "\t\t\t    u64 __user **uind, unsigned int *total)\n{\n"
            "\tif (!(rd->reg || rd->get_user))\n\t\treturn 0;\n" + hide +
            "\tif (!copy_reg_to_user(rd, uind))\n\t\treturn -EFAULT;\n\t(*total)++;\n\treturn 0;\n}\n")


# --- arch/arm64/kernel/cpufeature.c -------------------------------------------------

def _cpufeature(host_lacks: tuple[str, ...]) -> str:
    out = ["/* our own cpufeature.c shape */",
           "#define ARM64_FTR_BITS(VISIBLE, STRICT, TYPE, SHIFT, WIDTH, SAFE_VAL) \\",
           "\t__ARM64_FTR_BITS(FTR_UNSIGNED, VISIBLE, STRICT, TYPE, SHIFT, WIDTH, SAFE_VAL)", ""]
    regs = []
    for reg, (enc, fields, prefix, spellings) in REGS.items():
        table = "ftr_" + reg.lower().replace("_el1", "")
        out.append(f"static const struct arm64_ftr_bits {table}[] = {{")
        for name, lsb in fields:
            if f"{reg}.{name}" in host_lacks:
                continue
            kind = "FTR_EXACT" if name in ("EL1", "EL0") else "FTR_LOWER_SAFE"
            out.append(f"\tARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, {kind}, {lsb}, 4, 0),")
        out += ["\tARM64_FTR_END,", "};", ""]
        regs.append(f"\tARM64_FTR_REG(SYS_{reg}, {table}),")
    out += ["static const struct __ftr_reg_entry {", "\tu32 sys_id;", "} arm64_ftr_regs[] = {"] + regs + ["};", ""]
    return "\n".join(out)


# --- the sanitise era (v6.15-v7.x) ----------------------------------------------------

def sanitise_sys_regs_c(hidden, writable, vis: dict[str, str]) -> str:
    parts = ["/* our own sys_regs.c shape, era sanitise */", "", _visibility_fns(vis),
             _sanitise_helpers(hidden), _sanitise_read(), _set_fns("writable", True),
             _sanitise_filters(), _imp_id(), _sanitise_table_macros(),
             _sanitise_table(writable, vis), _walk("sanitise"), _finalize()]
    return "\n".join(parts) + "\n"


def _sanitise_helpers(hidden) -> str:
    extra = {reg: [f"\tval &= ~{reg}_{f}_MASK;" for r, f in (h.split(".") for h in hidden) if r == reg]
             for reg in ("ID_AA64PFR0_EL1", "ID_AA64DFR0_EL1")}
    return "\n".join([
        "static u64 sanitise_id_aa64pfr0_el1(const struct kvm_vcpu *vcpu, u64 val)", "{",
        "\tif (!vcpu_has_sve(vcpu))", "\t\tval &= ~ID_AA64PFR0_EL1_SVE_MASK;", "",
        "\t/* an unaffected host lets the guest know it */",
        "\tif (arm64_get_spectre_v2_state() == SPECTRE_UNAFFECTED) {",
        "\t\tval &= ~ID_AA64PFR0_EL1_CSV2_MASK;",
        "\t\tval |= SYS_FIELD_PREP_ENUM(ID_AA64PFR0_EL1, CSV2, IMP);", "\t}",
        "\tif (arm64_get_meltdown_state() == SPECTRE_UNAFFECTED) {",
        "\t\tval &= ~ID_AA64PFR0_EL1_CSV3_MASK;",
        "\t\tval |= SYS_FIELD_PREP_ENUM(ID_AA64PFR0_EL1, CSV3, IMP);", "\t}", "",
        "\tif (vgic_host_has_gicv3()) {", "\t\tval &= ~ID_AA64PFR0_EL1_GIC_MASK;",
        "\t\tval |= SYS_FIELD_PREP_ENUM(ID_AA64PFR0_EL1, GIC, IMP);", "\t}",
        *extra["ID_AA64PFR0_EL1"], "", "\treturn val;", "}", "",
        "static u64 sanitise_id_aa64dfr0_el1(const struct kvm_vcpu *vcpu, u64 val)", "{",
        "\tval = ID_REG_LIMIT_FIELD_ENUM(val, ID_AA64DFR0_EL1, DebugVer, V8P8);", "",
        "\t/* a PMU version only for a vCPU with a PMU */", "\tval &= ~ID_AA64DFR0_EL1_PMUVer_MASK;",
        "\tif (kvm_vcpu_has_pmu(vcpu))", "\t\tval |= SYS_FIELD_PREP_ENUM(ID_AA64DFR0_EL1, PMUVer, V3P4);",
        *extra["ID_AA64DFR0_EL1"], "", "\treturn val;", "}", ""])


def _sanitise_read() -> str:
    return "\n".join([
        "#define ID_REG_LIMIT_FIELD_ENUM(val, reg, field, limit)\t\t\t       \\",
        "({\t\t\t\t\t\t\t\t\t       \\",
        "\tu64 __f_val = FIELD_GET(reg##_##field##_MASK, val);\t\t       \\",
        "\t(val) &= ~reg##_##field##_MASK;\t\t\t\t\t       \\",
        "\t(val) |= FIELD_PREP(reg##_##field##_MASK,\t\t\t       \\",
        "\t\t\t    min(__f_val, (u64)SYS_FIELD_VALUE(reg, field, limit)));     \\",
        "\t(val);\t\t\t\t\t\t\t\t       \\", "})", "",
        "static u64 __kvm_read_sanitised_id_reg(const struct kvm_vcpu *vcpu,",
        "\t\t\t\t       const struct sys_reg_desc *r)", "{",
        "\tu32 id = reg_to_encoding(r);", "\tu64 val;", "",
        "\tif (sysreg_visible_as_raz(vcpu, r))", "\t\treturn 0;", "",
        "\tval = read_sanitised_ftr_reg(id);", "", "\tswitch (id) {",
        "\tcase SYS_ID_AA64PFR0_EL1:", "\t\tval = sanitise_id_aa64pfr0_el1(vcpu, val);", "\t\tbreak;",
        "\tcase SYS_ID_AA64DFR0_EL1:", "\t\tval = sanitise_id_aa64dfr0_el1(vcpu, val);", "\t\tbreak;",
        "\tcase SYS_ID_AA64ISAR1_EL1:", "\t\tif (!vcpu_has_ptrauth(vcpu))",
        "\t\t\tval &= ~(ID_AA64ISAR1_EL1_APA | ID_AA64ISAR1_EL1_API |",
        "\t\t\t\t ID_AA64ISAR1_EL1_GPA | ID_AA64ISAR1_EL1_GPI);",
        "\t\tif (!cpus_have_final_cap(ARM64_HAS_LRCPC_OURS) || has_broken_lrcpc())",
        "\t\t\tval &= ~ID_AA64ISAR1_EL1_LRCPC;", "\t\tbreak;", "\t}", "",
        "\t/* a nested guest sees less: not read field by field */",
        "\tif (vcpu_has_nv(vcpu))", "\t\tval = limit_nv_id_reg(vcpu->kvm, id, val);", "",
        "\treturn val;", "}", "",
        "static u64 kvm_read_sanitised_id_reg(struct kvm_vcpu *vcpu, const struct sys_reg_desc *r)", "{",
        "\treturn __kvm_read_sanitised_id_reg(vcpu, r);", "}", ""])


def _sanitise_filters() -> str:
    return "\n".join([
        "static int set_id_aa64pfr0_el1(struct kvm_vcpu *vcpu,",
        "\t\t\t       const struct sys_reg_desc *rd, u64 user_val)", "{",
        "\tu64 hw_val = read_sanitised_ftr_reg(SYS_ID_AA64PFR0_EL1);",
        "\tu64 amu_mask = ID_AA64PFR0_EL1_AMU_MASK;", "",
        "\t/* older kernels showed AMU: take their value back, keep it hidden */",
        "\tif ((hw_val & amu_mask) == (user_val & amu_mask))", "\t\tuser_val &= ~amu_mask;", "",
        "\tif (!FIELD_GET(ID_AA64PFR0_EL1_EL0, user_val) ||",
        "\t    !FIELD_GET(ID_AA64PFR0_EL1_EL1, user_val))", "\t\treturn -EINVAL;", "",
        "\treturn set_id_reg(vcpu, rd, user_val);", "}", "",
        "static int set_id_aa64dfr0_el1(struct kvm_vcpu *vcpu,",
        "\t\t\t       const struct sys_reg_desc *rd, u64 val)", "{",
        "\tu8 debugver = SYS_FIELD_GET(ID_AA64DFR0_EL1, DebugVer, val);", "",
        "\tif (debugver < ID_AA64DFR0_EL1_DebugVer_IMP)", "\t\treturn -EINVAL;", "",
        "\treturn set_id_reg(vcpu, rd, val);", "}", ""])


def _imp_id() -> str:
    return "\n".join([
        "static u64 __ro_after_init boot_cpu_midr_val;", "",
        "static void init_imp_id_regs(void)", "{", "\tboot_cpu_midr_val = read_sysreg(midr_el1);", "}", "",
        "static u64 reset_imp_id_reg(struct kvm_vcpu *vcpu, const struct sys_reg_desc *r)", "{",
        "\tswitch (reg_to_encoding(r)) {", "\tcase SYS_MIDR_EL1:", "\t\treturn boot_cpu_midr_val;",
        "\tdefault:", "\t\treturn 0;", "\t}", "}", "",
        "static int set_imp_id_reg(struct kvm_vcpu *vcpu, const struct sys_reg_desc *r, u64 val)", "{",
        "\tif (val == read_id_reg(vcpu, r))", "\t\treturn 0;",
        "\tif (!test_bit(KVM_ARCH_FLAG_WRITABLE_IMP_ID_REGS, &vcpu->kvm->arch.flags))",
        "\t\treturn -EINVAL;", "\tif ((val & r->val) != val)", "\t\treturn -EINVAL;",
        "\tkvm_set_vm_id_reg(vcpu->kvm, reg_to_encoding(r), val);", "\treturn 0;", "}", ""])


def _sanitise_table_macros() -> str:
    return "\n".join([
        "#define ID_DESC_DEFAULT_CALLBACKS\t\t\\", "\t.access\t= access_id_reg,\t\t\\",
        "\t.get_user = get_id_reg,\t\t\t\\", "\t.set_user = set_id_reg,\t\t\t\\",
        "\t.visibility = id_visibility,\t\t\\", "\t.reset = kvm_read_sanitised_id_reg", "",
        "#define ID_DESC(name)\t\t\t\t\\", "\tSYS_DESC(SYS_##name),\t\t\t\\",
        "\tID_DESC_DEFAULT_CALLBACKS", "",
        "#define ID_WRITABLE(name, mask) {\t\t\\", "\tID_DESC(name),\t\t\t\t\\",
        "\t.val = mask,\t\t\t\t\\", "}", "",
        "#define ID_FILTERED(sysreg, name, mask) {\t\\", "\tID_DESC(sysreg),\t\t\t\t\\",
        "\t.set_user = set_##name,\t\t\t\\", "\t.val = (mask),\t\t\t\t\\", "}", "",
        "#define ID_HIDDEN(name) {\t\t\t\\", "\tID_DESC(name),\t\t\t\t\\",
        "\t.visibility = raz_visibility,\t\t\\", "\t.val = 0,\t\t\t\t\\", "}", "",
        "#define IMPLEMENTATION_ID(reg, mask) {\t\t\\", "\tSYS_DESC(SYS_##reg),\t\t\t\\",
        "\t.access = access_imp_id_reg,\t\t\\", "\t.get_user = get_id_reg,\t\t\t\\",
        "\t.set_user = set_imp_id_reg,\t\t\\", "\t.reset = reset_imp_id_reg,\t\t\\",
        "\t.val = mask,\t\t\t\t\\", "}", "",
        "static unsigned int id_visibility(const struct kvm_vcpu *vcpu, const struct sys_reg_desc *r)", "{",
        "\treturn 0;", "}", ""])


def _sanitise_table(writable, vis: dict[str, str]) -> str:
    def mask(reg: str) -> str:
        return " |\n\t\t\t\t".join(f"{reg}_{w.split('.')[1]}_MASK" for w in writable
                                      if w.startswith(reg + ".")) or "0"
    rows = ["\t{ SYS_DESC(SYS_DC_ISW), access_dcsw },", "\tIMPLEMENTATION_ID(MIDR_EL1, GENMASK_ULL(31, 0)),",
            f"\tID_HIDDEN({HIDDEN_REG[0]}),",
            f"\tID_FILTERED(ID_AA64PFR0_EL1, id_aa64pfr0_el1, {mask('ID_AA64PFR0_EL1')}),",
            f"\tID_FILTERED(ID_AA64DFR0_EL1, id_aa64dfr0_el1, {mask('ID_AA64DFR0_EL1')}),",
            f"\tID_WRITABLE(ID_AA64ISAR1_EL1, {mask('ID_AA64ISAR1_EL1')}),",
            "\t{ SYS_DESC(SYS_SCTLR_EL1), access_vm_reg, reset_val, SCTLR_EL1, 0x00C50078 },",
            _row("ZCR_EL1", "NULL, reset_val, ZCR_EL1, 0", vis), _row("PMCR_EL0", "access_pmcr, reset_pmcr, PMCR_EL0", vis)]
    return "static const struct sys_reg_desc sys_reg_descs[] = {\n" + "\n".join(rows) + "\n};\n"


def _finalize() -> str:
    return "\n".join([
        "int kvm_finalize_sys_regs(struct kvm_vcpu *vcpu)", "{", "\tstruct kvm *kvm = vcpu->kvm;", "",
        "\tkvm_idregs_enforce_dependencies(kvm);", "",
        "\tif (!irqchip_in_kernel(kvm)) {", "\t\tu64 val;", "",
        "\t\tval = kvm_read_vm_id_reg(kvm, SYS_ID_AA64PFR0_EL1) & ~ID_AA64PFR0_EL1_GIC;",
        "\t\tkvm_set_vm_id_reg(kvm, SYS_ID_AA64PFR0_EL1, val);", "\t}", "", "\treturn 0;", "}", ""])


def _config_c() -> str:
    """config.c: a function-checked dependency (AdvSIMD needs FP and itself)."""
    return "\n".join([
        "/* our own config.c shape */", "#define FEAT_FP\t\tID_AA64PFR0_EL1, FP, IMP",
        "#define FEAT_AdvSIMD\tID_AA64PFR0_EL1, AdvSIMD, IMP", "",
        "static bool feat_simd(struct kvm *kvm)", "{",
        "\treturn (kvm_has_feat(kvm, FEAT_FP) &&", "\t\tkvm_has_feat(kvm, FEAT_AdvSIMD));", "}", "",
        "static const struct reg_bits_to_feat_map id_aa64pfr0_el1_feat_map[] = {",
        "\tNEEDS_FEAT(ID_AA64PFR0_EL1_AdvSIMD, feat_simd),", "\tNEEDS_FEAT(ID_AA64PFR0_EL1_FP, FEAT_FP),", "};", "",
        "static const DECLARE_IDREG_FEAT_MAP(id_aa64pfr0_el1_desc, ID_AA64PFR0_EL1,",
        "\t\t\t\t    id_aa64pfr0_el1_feat_map, FEAT_AA64EL1);", "",
        "static const struct reg_feat_map_desc *idreg_feat_maps[] = {", "\t&id_aa64pfr0_el1_desc,", "};", ""])
