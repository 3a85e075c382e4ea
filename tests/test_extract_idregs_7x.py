"""The ID-register extractor on the v6.15-v7.x shape (ingest/demo/shapes/idregs.py,
era "sanitise", our own writing): sanitise helpers, host conditions judged
for the common host, NV's unread limit, filtering set functions, the
kvm_set_vm_id_reg() writer and the implementation registers."""
from __future__ import annotations

import pytest

from ingest.demo.shapes.idregs import SYS_REGS_C, idreg_files
from ingest.extract.idregs import extract_idregs, hostconds

WRITABLE = ("ID_AA64PFR0_EL1.CSV2", "ID_AA64PFR0_EL1.EL1", "ID_AA64DFR0_EL1.DebugVer", "ID_AA64ISAR1_EL1.LRCPC")


def states(**kw) -> dict:
    return {s.item: s for s in extract_idregs(idreg_files("sanitise", writable=WRITABLE, **kw))}


def extra(st) -> dict:
    return dict(st.extra)


@pytest.fixture(scope="module")
def got():
    return states()


def test_every_field_read_with_confidence(got):
    assert [k for k, s in got.items() if s.warnings] == []
    assert "idreg/ID_AA64PFR0_EL1/CSV2" in got  # the table's object-like callbacks macro was read


def test_sanitise_helpers_are_followed(got):
    assert got["idreg/ID_AA64PFR0_EL1/SVE"].default == "vcpu-feature:SVE"  # in sanitise_id_aa64pfr0_el1()
    assert got["idreg/ID_AA64PFR0_EL1/AMU"].default == "hidden"
    assert got["idreg/ID_AA64DFR0_EL1/DebugVer"].default == "capped:10"  # ID_REG_LIMIT_FIELD_ENUM
    pmu = got["idreg/ID_AA64DFR0_EL1/PMUVer"]
    assert pmu.default == "vcpu-feature:PMU" and extra(pmu)["feature_value"] == "fixed:5"
    assert got["idreg/ID_AA64DFR0_EL1/PMSVer"].default == "hidden"
    assert got["idreg/ID_AA64ISAR1_EL1/APA"].default == "vcpu-feature:PTRAUTH"  # inline in the switch


def test_host_conditions_take_the_common_host_with_when_and_otherwise(got):
    csv2 = got["idreg/ID_AA64PFR0_EL1/CSV2"]
    assert csv2.default == "fixed:1"
    assert (extra(csv2)["when"], extra(csv2)["otherwise"]) == (
        "arm64_get_spectre_v2_state() == SPECTRE_UNAFFECTED", "host")
    lrcpc = got["idreg/ID_AA64ISAR1_EL1/LRCPC"]  # no optional capability, no erratum: cleared
    assert lrcpc.default == "hidden" and extra(lrcpc)["otherwise"] == "host"
    assert extra(lrcpc)["when"] == "!cpus_have_final_cap(ARM64_HAS_LRCPC_OURS) || has_broken_lrcpc()"


def test_gic_is_set_on_gicv3_hosts_and_kept_only_with_an_in_kernel_vgic(got):
    gic = got["idreg/ID_AA64PFR0_EL1/GIC"]
    assert gic.default == "vcpu-feature:VGIC"  # kvm_finalize_sys_regs() clears it without irqchip
    assert extra(gic)["feature_value"] == "fixed:1"
    assert (extra(gic)["when"], extra(gic)["otherwise"]) == ("vgic_host_has_gicv3()", "host")


def test_without_the_finalize_writer_gic_is_fixed_on_the_common_host():
    files = idreg_files("sanitise", writable=WRITABLE)
    text = files[SYS_REGS_C]
    files[SYS_REGS_C] = text[:text.index("int kvm_finalize_sys_regs(")]
    gic = {s.item: s for s in extract_idregs(files)}["idreg/ID_AA64PFR0_EL1/GIC"]
    assert gic.default == "fixed:1" and not gic.warnings


def test_feature_dependencies_enforced_before_the_first_run(got):
    simd = got["idreg/ID_AA64PFR0_EL1/AdvSIMD"]  # config.c: NEEDS_FEAT(..._AdvSIMD, feat_simd)
    assert simd.default == "hidden" and extra(simd)["otherwise"] == "host"
    assert extra(simd)["when"] == "!(kvm_has_feat(kvm, FEAT_FP) && kvm_has_feat(kvm, FEAT_AdvSIMD))"
    assert got["idreg/ID_AA64PFR0_EL1/FP"].default == "host"  # NEEDS_FEAT(mask, FEAT_X): not a function


def test_feature_dependencies_only_where_the_finalizer_enforces_them():
    files = idreg_files("sanitise", writable=WRITABLE)
    files[SYS_REGS_C] = files[SYS_REGS_C].replace("kvm_idregs_enforce_dependencies(kvm);", "")
    assert {s.item: s for s in extract_idregs(files)}["idreg/ID_AA64PFR0_EL1/AdvSIMD"].default == "host"


def test_nested_virt_limit_is_named_on_the_register_not_guessed(got):
    whole = extra(got["idreg/ID_AA64PFR0_EL1"])
    assert "limit_nv_id_reg" in whole["feature_effects"] and whole["feature_effects"].startswith("NV:")
    assert got["idreg/ID_AA64PFR0_EL1/EL1"].default == "host"  # the default vCPU has no NV


def test_nv_limit_on_the_default_vcpu_would_warn():
    files = idreg_files("sanitise", writable=WRITABLE)
    files[SYS_REGS_C] = files[SYS_REGS_C].replace("if (vcpu_has_nv(vcpu))", "if (!vcpu_has_nv(vcpu))")
    el1 = {s.item: s for s in extract_idregs(files)}["idreg/ID_AA64PFR0_EL1/EL1"]
    assert any("limit_nv_id_reg" in w for w in el1.warnings)


def test_filtering_set_function_is_read(got):
    amu = got["idreg/ID_AA64PFR0_EL1/AMU"]  # the host's value accepted and ignored
    assert amu.settable == ("hidden", "host") and "host's value" in extra(amu)["set_rewrite"]
    assert "-EINVAL" in extra(got["idreg/ID_AA64PFR0_EL1/EL0"])["set_check"]
    assert got["idreg/ID_AA64PFR0_EL1/EL1"].settable == ("exact",)  # mask + host safety rule still apply
    assert "DebugVer_IMP" in extra(got["idreg/ID_AA64DFR0_EL1/DebugVer"])["set_check"]
    assert got["idreg/ID_AA64PFR0_EL1"].settable == ("CSV2", "EL1")


def test_filter_statement_not_understood_warns_on_its_field():
    files = idreg_files("sanitise", writable=WRITABLE)
    files[SYS_REGS_C] = files[SYS_REGS_C].replace(
        "\treturn set_id_reg(vcpu, rd, user_val);", "\tuser_val = frob(ID_AA64PFR0_EL1_CSV2_MASK);\n"
        "\treturn set_id_reg(vcpu, rd, user_val);")
    got = {s.item: s for s in extract_idregs(files)}
    assert any("statement not understood" in w for w in got["idreg/ID_AA64PFR0_EL1/CSV2"].warnings)
    assert not got["idreg/ID_AA64PFR0_EL1/SVE"].warnings


def test_implementation_register_is_the_boot_cpu_value(got):
    midr = got["idreg/MIDR_EL1"]
    assert (midr.default, midr.settable, midr.warnings) == ("host", ("none",), ())
    assert extra(midr)["writable_with"] == "KVM_ARCH_FLAG_WRITABLE_IMP_ID_REGS"


def test_implementation_register_of_another_shape_is_not_guessed():
    files = idreg_files("sanitise", writable=WRITABLE)
    files[SYS_REGS_C] = files[SYS_REGS_C].replace("return boot_cpu_midr_val;", "return frob();")
    midr = {s.item: s for s in extract_idregs(files)}["idreg/MIDR_EL1"]
    assert midr.warnings


# --- conditions -------------------------------------------------------------------

@pytest.mark.parametrize("cond, default_vcpu, all_features", [
    ("vgic_host_has_gicv3()", True, True),
    ("vgic_host_has_gicv5()", False, False),
    ("!cpus_have_final_cap(ARM64_HAS_WFXT) || has_broken_cntvoff()", True, True),
    ("!(cpus_have_final_cap(ARM64_HAS_RASV1P1_EXTN) && SYS_FIELD_GET(R, F, pfr0) == R_F_IMP)", True, True),
    ("SYS_FIELD_GET(R, F, pfr0) == R_F_IMP", None, None),
    ("!vcpu_has_sve(vcpu)", True, False),
    ("!(static_branch_unlikely(&kvm_vgic_global_state.gicv3_cpuif) && irqchip_in_kernel(kvm))", True, False),
    ("arm64_get_meltdown_state() == SPECTRE_UNAFFECTED", True, True),
])
def test_condition_truth_per_configuration(cond, default_vcpu, all_features):
    assert hostconds.truth(cond, False) is default_vcpu
    assert hostconds.truth(cond, True) is all_features


def test_condition_host_dependence():
    assert hostconds.depends_on_host("!cpus_have_final_cap(X) || has_broken_cntvoff()", False)
    assert not hostconds.depends_on_host("!vcpu_has_sve(vcpu)", False)
    assert hostconds.on_common_host("kvm_vgic_global_state.type == VGIC_V3") is True
    assert hostconds.on_common_host("frobnicate()") is None


# --- real code: host-conditioned defaults of the older trees (issue 11, item 6) ----------

@pytest.mark.realcode
def test_v6_1_gic_is_fixed_on_the_common_gicv3_host():
    """v6.1 read_id_reg(): `if (kvm_vgic_global_state.type == VGIC_V3)` sets GIC to 1."""
    from kernelsrc import kernel_tree, read_tree
    from ingest.extract import idregs

    got = {s.item: s for s in extract_idregs(read_tree(kernel_tree("6.1"), idregs.PATHS))}
    gic = got["idreg/ID_AA64PFR0_EL1/GIC"]
    assert gic.default == "fixed:1" and not gic.warnings
    assert (extra(gic)["when"], extra(gic)["otherwise"]) == ("kvm_vgic_global_state.type == VGIC_V3", "host")
    csv2 = got["idreg/ID_AA64PFR0_EL1/CSV2"]  # arm.c set_default_spectre() on an unaffected host
    assert csv2.default == "fixed:1" and extra(csv2)["otherwise"] == "hidden"


def test_judge_sees_the_feature_value_of_a_gated_field():
    """A GIC fixed at 1 that becomes gated by an in-kernel vGIC (6.1 -> 6.12
    shape) breaks a vCPU without vGIC only: with it the guest still sees 1."""
    from ingest import judge
    from ingest.facts import Change, State

    old = State("idreg/ID_AA64PFR0_EL1/GIC", "fixed:1", ("none",))
    new = State(old.item, "vcpu-feature:VGIC", ("lower-safe",), (), (("feature_value", "fixed:1"),))
    found = judge.break_of(Change(old.item, "c" * 40, 1, old, new))
    assert found is not None and found[2] == "default"
