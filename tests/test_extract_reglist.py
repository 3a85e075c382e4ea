"""The register-list extractor on kernel-shaped files of our own writing."""
from __future__ import annotations

import pytest

from ingest.extract import reglist
from ingest.extract.reglist import extract_reglist, kvm_index
from ingest.demo.shapes.idregs import SYS_REGS_C, SYS_REGS_H, SYSREG_H, idreg_files
from ingest.extract.idregs import sysregtable


def states(files) -> dict:
    return {s.item: s for s in extract_reglist(files)}


def test_registered_extractor_reads_every_shape_path():
    for era in ("macros", "switch", "writable"):
        assert {p for p in idreg_files(era) if "cpufeature" not in p} <= set(reglist.EXTRACTOR.paths)


def test_index_is_computed_as_kvm_does():
    assert kvm_index((3, 0, 2, 0, 3)) == "0x603000000013c103"  # TCR2_EL1
    assert kvm_index((2, 0, 0, 1, 4)) == "0x603000000013800c"  # DBGBVR1_EL1
    assert kvm_index((3, 3, 14, 0, 2)) == "0x603000000013df02"


def test_entries_with_storage_or_get_user_are_listed():
    got = states(idreg_files("switch"))
    assert "reglist/DC_ISW" not in got  # trapped, not saved, no get_user
    assert got["reglist/SCTLR_EL1"].default == "present"
    assert dict(got["reglist/SCTLR_EL1"].extra)["index"] == "0x603000000013c080"
    assert got["reglist/ID_AFR0_EL1"].default == "present"  # REG_RAZ: still listed
    assert not [s for s in got.values() if s.warnings]


def test_before_visibility_callbacks_everything_stored_is_present():
    got = states(idreg_files("macros", visibility={"ZCR_EL1": "SVE"}))
    assert got["reglist/ZCR_EL1"].default == "present"  # walk_one_sys_reg() does not ask
    assert got["reglist/PMCR_EL0"].default == "present"


def test_visibility_callback_makes_it_a_vcpu_feature():
    got = states(idreg_files("switch"))
    zcr = got["reglist/ZCR_EL1"]
    assert zcr.default == "vcpu-feature:SVE"
    assert dict(zcr.extra)["hidden_when"] == "!vcpu_has_sve(vcpu)"
    assert dict(zcr.extra)["hidden_from"] == "userspace and guest"
    assert got["reglist/PMCR_EL0"].default == "vcpu-feature:PMU"


def test_a_register_gaining_a_visibility_function():
    before = states(idreg_files("switch", tcr2=True))
    after = states(idreg_files("switch", tcr2=True, visibility={"TCR2_EL1": "PTRAUTH"}))
    assert before["reglist/TCR2_EL1"].default == "present"
    assert after["reglist/TCR2_EL1"].default == "vcpu-feature:PTRAUTH"
    assert dict(before["reglist/TCR2_EL1"].extra)["index"] == dict(after["reglist/TCR2_EL1"].extra)["index"]
    assert "reglist/TCR2_EL1" not in states(idreg_files("switch"))


def test_unconditional_hiding_and_composed_callbacks():
    files = idreg_files("switch")
    text = files[SYS_REGS_C]
    text = text.replace("static unsigned int raz_visibility(", """static unsigned int gone_visibility(const struct kvm_vcpu *vcpu,
				   const struct sys_reg_desc *rd)
{
	return REG_HIDDEN;
}

static unsigned int both_visibility(const struct kvm_vcpu *vcpu,
				   const struct sys_reg_desc *rd)
{
	unsigned int r;

	r = pmu_visibility(vcpu, rd);
	if (r)
		return r;

	return sve_visibility(vcpu, rd);
}

static unsigned int raz_visibility(""")
    text = text.replace("reset_val, SCTLR_EL1, 0x00C50078 }", "reset_val, SCTLR_EL1, 0x00C50078, .visibility = gone_visibility }")
    text = text.replace(".visibility = sve_visibility", ".visibility = both_visibility")
    files[SYS_REGS_C] = text
    got = states(files)
    assert got["reglist/SCTLR_EL1"].default == "hidden"
    assert got["reglist/ZCR_EL1"].default == "vcpu-feature:PMU+SVE"


def test_hidden_from_userspace_only_era():
    files = idreg_files("switch")
    files[SYS_REGS_H] = files[SYS_REGS_H].replace("REG_HIDDEN;", "REG_HIDDEN_USER;").replace(
        "sysreg_hidden(", "sysreg_hidden_user(")
    files[SYS_REGS_C] = files[SYS_REGS_C].replace("return REG_HIDDEN;", "return REG_HIDDEN_USER;").replace(
        "sysreg_hidden(", "sysreg_hidden_user(")
    zcr = states(files)["reglist/ZCR_EL1"]
    assert zcr.default == "vcpu-feature:SVE" and dict(zcr.extra)["hidden_from"] == "userspace"


# --- mangled files -------------------------------------------------------------

def test_truncated_visibility_function_warns():
    files = idreg_files("switch")
    text = files[SYS_REGS_C]
    start = text.index("static unsigned int sve_visibility(")
    end = text.index("}", start)
    files[SYS_REGS_C] = text[:start] + text[start:end].replace("return REG_HIDDEN;", "return mystery();") + text[end:]
    zcr = states(files)["reglist/ZCR_EL1"]
    assert zcr.default == "present" and any("not understood" in w for w in zcr.warnings)


def test_unknown_table_macro_warns_and_keeps_the_others():
    files = idreg_files("switch")
    files[SYS_REGS_C] = files[SYS_REGS_C].replace(
        "\t{ SYS_DESC(SYS_SCTLR_EL1),", "\tMYSTERY_REGS(7),\n\t{ SYS_DESC(SYS_SCTLR_EL1),")
    got = states(files)
    assert {"reglist/SCTLR_EL1", "reglist/ZCR_EL1"} <= set(got)
    assert got["reglist/unread-table-entries"].warnings == ("table entry not understood: MYSTERY_REGS(7)",)


def test_table_macro_called_wrongly_warns():
    files = files_7x()
    files[SYS_REGS_C] = files[SYS_REGS_C].replace("ID_HIDDEN(ID_AFR0_EL1),", "ID_HIDDEN(ID_AFR0_EL1, 3),")
    got = states(files)
    assert "reglist/ID_AFR0_EL1" not in got and got["reglist/ID_DFR0_EL1"].default == "present"
    assert got["reglist/unread-table-entries"].warnings == (
        "table entry ID_HIDDEN(ID_AFR0_EL1, 3): macro ID_HIDDEN takes 1 argument, 2 given",)


def test_missing_table_is_refused():
    files = idreg_files("switch")
    files[SYS_REGS_C] = files[SYS_REGS_C].replace("sys_reg_descs[] = {", "sys_reg_descs_gone[] = {")
    with pytest.raises(ValueError):
        extract_reglist(files)
    assert extract_reglist({}) == []


# --- 7.x shapes (our own writing, after the 7.x sys_regs.c) ----------------------

TABLE_MACROS_7X = r"""
#define ID_DESC_DEFAULT_CALLBACKS		\
	.access	= access_id_reg,		\
	.get_user = get_id_reg,			\
	.set_user = set_id_reg,			\
	.visibility = id_visibility,		\
	.reset = kvm_read_sanitised_id_reg

#define ID_DESC(name)				\
	SYS_DESC(SYS_##name),			\
	ID_DESC_DEFAULT_CALLBACKS

#define ID_WRITABLE(name, mask) {		\
	ID_DESC(name),				\
	.val = mask,				\
}

#define ID_FILTERED(sysreg, name, mask) {	\
	ID_DESC(sysreg),				\
	.set_user = set_##name,				\
	.val = (mask),					\
}

#define ID_HIDDEN(name) {			\
	ID_DESC(name),				\
	.visibility = raz_visibility,		\
	.val = 0,				\
}

#define EL2_REG_FILTERED(name, acc, rst, v, filter) { \
	SYS_DESC(SYS_##name), .access = acc, .reset = rst, .reg = name, .visibility = filter, .val = v, }
"""

VISIBILITY_7X = """
static unsigned int id_visibility(const struct kvm_vcpu *vcpu, const struct sys_reg_desc *r)
{
\treturn 0;
}

static unsigned int el2_visibility(const struct kvm_vcpu *vcpu, const struct sys_reg_desc *rd)
{
\tif (vcpu_has_nv(vcpu))
\t\treturn 0;

\treturn REG_HIDDEN;
}

static unsigned int __el2_visibility(const struct kvm_vcpu *vcpu,
\t\t\t\t     const struct sys_reg_desc *rd,
\t\t\t\t     unsigned int (*fn)(const struct kvm_vcpu *,
\t\t\t\t\t\t\tconst struct sys_reg_desc *))
{
\treturn el2_visibility(vcpu, rd) ?: fn(vcpu, rd);
}

static unsigned int tcr2_visibility(const struct kvm_vcpu *vcpu, const struct sys_reg_desc *rd)
{
\tif (kvm_has_tcr2(vcpu->kvm))
\t\treturn 0;

\treturn REG_HIDDEN;
}

static unsigned int tcr2_el2_visibility(const struct kvm_vcpu *vcpu, const struct sys_reg_desc *rd)
{
\treturn __el2_visibility(vcpu, rd, tcr2_visibility);
}

static unsigned int fgt_visibility(const struct kvm_vcpu *vcpu, const struct sys_reg_desc *rd)
{
\tif (el2_visibility(vcpu, rd) == 0 &&
\t    kvm_has_feat(vcpu->kvm, ID_AA64MMFR0_EL1, FGT, IMP))
\t\treturn 0;

\treturn REG_HIDDEN;
}

static unsigned int gicv3_visibility(const struct kvm_vcpu *vcpu, const struct sys_reg_desc *rd)
{
\tif (kvm_vgic_global_state.type == VGIC_V3)
\t\treturn 0;

\treturn REG_HIDDEN;
}

static unsigned int mystery_visibility(const struct kvm_vcpu *vcpu, const struct sys_reg_desc *rd)
{
\tif (kvm_has_mystery(vcpu->kvm))
\t\treturn 0;

\treturn REG_HIDDEN;
}
"""

EXTRA_ENCODINGS_7X = {"TCR2_EL2": (3, 4, 2, 0, 3), "HFGRTR_EL2": (3, 4, 1, 1, 4), "ICC_SRE_EL1": (3, 0, 12, 12, 5),
                      "CTR_EL0": (3, 3, 0, 0, 1), "AMAIR_EL1": (3, 0, 10, 3, 0)}


def files_7x() -> dict:
    """The writable-era shapes turned 7.x: ID descriptors through an
    object-like ID_DESC_DEFAULT_CALLBACKS, CTR_EL0 filtered, registers gated
    by kvm_has_tcr2()/kvm_has_feat(), an EL2 register through __el2_visibility()."""
    files = idreg_files("writable", tcr2=True)
    text = files[SYS_REGS_C]
    start, end = text.index("#define ID_DESC(name)"), text.index("static const struct sys_reg_desc sys_reg_descs[]")
    text = text[:start] + TABLE_MACROS_7X + VISIBILITY_7X + "\n" + text[end:]
    text = text.replace("{ SYS_DESC(SYS_TCR2_EL1), access_vm_reg, reset_val, TCR2_EL1, 0 },",
                        "{ SYS_DESC(SYS_TCR2_EL1), access_vm_reg, reset_val, TCR2_EL1, 0,\n"
                        "\t  .visibility = tcr2_visibility },\n"
                        "\tID_FILTERED(CTR_EL0, ctr_el0, CTR_EL0_DIC_MASK | CTR_EL0_IDC_MASK),\n"
                        "\tEL2_REG_FILTERED(TCR2_EL2, access_rw, reset_val, 0, tcr2_el2_visibility),\n"
                        "\tEL2_REG_FILTERED(HFGRTR_EL2, access_rw, reset_val, 0, fgt_visibility),\n"
                        "\t{ SYS_DESC(SYS_ICC_SRE_EL1), access_gic_sre, .reg = ICC_SRE_EL1,\n"
                        "\t  .visibility = gicv3_visibility },\n"
                        "\t{ SYS_DESC(SYS_AMAIR_EL1), access_vm_reg, reset_val, AMAIR_EL1,\n"
                        "\t  .visibility = mystery_visibility },")
    files[SYS_REGS_C] = text
    files[SYSREG_H] += "".join(f"#define SYS_{n}\tsys_reg({', '.join(map(str, e))})\n"
                               for n, e in EXTRA_ENCODINGS_7X.items())
    return files


def test_7x_id_descriptors_get_their_callbacks_from_the_object_like_macro():
    loaded = sysregtable.load(files_7x())
    ids = {d.name: d for d in loaded.descs if d.name and d.name.startswith(("ID_", "CTR_"))}
    assert set(ids) == {"ID_DFR0_EL1", "ID_AFR0_EL1", "ID_AA64PFR0_EL1", "ID_AA64DFR0_EL1", "ID_AA64ISAR1_EL1", "CTR_EL0"}
    for d in ids.values():
        assert d.member("reset") == "kvm_read_sanitised_id_reg" and d.member("get_user") == "get_id_reg"
    assert ids["ID_AFR0_EL1"].member("visibility") == "raz_visibility"  # the later designation wins, as in C
    assert ids["ID_AA64PFR0_EL1"].member("visibility") == "id_visibility"
    assert ids["CTR_EL0"].member("set_user") == "set_ctr_el0" and ids["CTR_EL0"].macro == "ID_FILTERED"
    assert ids["CTR_EL0"].members["val"] == "(CTR_EL0_DIC_MASK | CTR_EL0_IDC_MASK)"
    assert ids["ID_AA64ISAR1_EL1"].macro_args == ("ID_AA64ISAR1_EL1", "ID_AA64ISAR1_EL1_LRCPC_MASK")


def test_7x_register_list_holds_the_id_registers():
    got = states(files_7x())
    for reg in ("ID_DFR0_EL1", "ID_AFR0_EL1", "ID_AA64PFR0_EL1", "ID_AA64DFR0_EL1", "ID_AA64ISAR1_EL1", "CTR_EL0"):
        assert got[f"reglist/{reg}"].default == "present", reg
    assert dict(got["reglist/CTR_EL0"].extra)["index"] == kvm_index((3, 3, 0, 0, 1))


def test_7x_optional_feature_gate_is_hidden_on_the_common_host():
    tcr2 = states(files_7x())["reglist/TCR2_EL1"]
    extra = dict(tcr2.extra)
    assert tcr2.default == "hidden" and not tcr2.warnings
    assert extra["when"] == "!kvm_has_tcr2(vcpu->kvm)"
    assert extra["otherwise"] == "vcpu-feature:ID_AA64MMFR3_EL1/TCRX"


def test_7x_el2_helpers_with_callbacks_and_nested_visibility():
    got = states(files_7x())
    tcr2_el2, hfgrtr = got["reglist/TCR2_EL2"], got["reglist/HFGRTR_EL2"]
    # Hidden without NV, and hidden with NV on a host without TCR2: hidden on the common host.
    assert tcr2_el2.default == "hidden" and not tcr2_el2.warnings
    assert dict(tcr2_el2.extra)["otherwise"] == "vcpu-feature:NV+ID_AA64MMFR3_EL1/TCRX"
    assert hfgrtr.default == "hidden"
    assert "vcpu_has_nv(vcpu)" in dict(hfgrtr.extra)["when"]  # el2_visibility() == 0 read as what decides it
    assert dict(hfgrtr.extra)["otherwise"] == "vcpu-feature:NV+ID_AA64MMFR0_EL1/FGT"


def test_7x_host_condition_true_on_the_common_host_keeps_it_present():
    sre = states(files_7x())["reglist/ICC_SRE_EL1"]
    assert sre.default == "present" and not sre.warnings
    assert dict(sre.extra)["when"] == "kvm_vgic_global_state.type == VGIC_V3"
    assert dict(sre.extra)["otherwise"] == "hidden"


def test_7x_unknown_helper_is_a_warning_not_a_guess():
    amair = states(files_7x())["reglist/AMAIR_EL1"]
    assert amair.default == "present"
    assert amair.warnings == ("condition not understood: !kvm_has_mystery(vcpu->kvm) (in mystery_visibility())",)
