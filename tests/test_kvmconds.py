"""kvmconds.on_common_host: a C condition's value on the common host of the
shared contract (GICv3, no optional CPU feature or capability, no erratum)."""
import pytest

from ingest.extract.c.kvmconds import common_host_value, expand_helpers, on_common_host, required_features


@pytest.mark.parametrize("cond, value", [
    ("kvm_vgic_global_state.type == VGIC_V3", True),
    ("kvm_vgic_global_state.type != VGIC_V3", False),
    ("kvm_vgic_global_state.type == VGIC_V2", False),
    ("kvm_vgic_global_state.has_gicv4_1", False),
    ("arm64_get_spectre_v2_state() == SPECTRE_UNAFFECTED", True),
    ("arm64_get_meltdown_state() != SPECTRE_UNAFFECTED", False),
    ("arm64_get_spectre_v4_state() == SPECTRE_MITIGATED", False),
    ("cpus_have_final_cap(ARM64_WORKAROUND_1508412)", False),
    ("!cpus_have_final_cap(ARM64_HAS_S1PIE)", True),
    ("system_supports_sme()", False),
    ("system_supports_fpsimd()", True),
    ("kvm_has_feat(kvm, ID_AA64MMFR3_EL1, S1PIE, IMP)", False),
    ("kvm_has_feat(vcpu->kvm, ID_AA64PFR0_EL1, RAS, IMP)", True),
    ("!kvm_has_s1pie(vcpu->kvm)", True),             # kvm_host.h helper, expanded
    ("kvm_has_tcr2(vcpu->kvm) || kvm_has_fpmr(vcpu->kvm)", False),
    ("!(vcpu_has_nv(vcpu) && kvm_has_feat(vcpu->kvm, ID_AA64MMFR0_EL1, FGT, IMP))", True),
    ("vcpu_has_nv(vcpu) && !kvm_has_s1pie(vcpu->kvm) || !vcpu_has_nv(vcpu)", True),  # whatever the VMM does
    ("!vcpu_has_sve(vcpu)", None),                   # the VMM decides
    ("vcpu_has_sve(vcpu) && kvm_vgic_global_state.type == VGIC_V3", None),
    ("kvm_has_mystery(vcpu->kvm)", None),            # not understood
    ("kvm_has_feat(kvm, ID_AA64ZFR0_EL1, B16B16, IMP)", None),  # a feature the table does not know
    ("(a ||", None),                                 # not a condition at all
])
def test_on_common_host(cond, value):
    assert on_common_host(cond) is value


def test_what_is_left_open_is_named():
    value, vmm, unknown = common_host_value("!vcpu_has_sve(vcpu) || kvm_has_mystery(vcpu->kvm)")
    assert value is None and vmm == ("vcpu_has_sve(vcpu)",) and unknown == ("kvm_has_mystery(vcpu->kvm)",)


def test_helpers_expand_through_the_one_expander():
    assert expand_helpers("!kvm_has_s1poe(vcpu->kvm)") == (
        "!(system_supports_poe() && kvm_has_feat((vcpu->kvm), ID_AA64MMFR3_EL1, S1POE, IMP))")


@pytest.mark.parametrize("hidden_when, needed", [
    ("!vcpu_has_sve(vcpu)", ("SVE",)),
    ("!(vcpu_has_nv(vcpu) && kvm_has_feat(vcpu->kvm, ID_AA64MMFR0_EL1, FGT, IMP))", ("NV", "ID_AA64MMFR0_EL1/FGT")),
    ("!(vcpu_has_nv(vcpu) && !vcpu_has_feature(vcpu, KVM_ARM_VCPU_HAS_EL2_E2H0))", ("NV",)),  # E2H0 must be off
    ("vcpu_has_nv(vcpu) && !kvm_has_s1pie(vcpu->kvm) || !vcpu_has_nv(vcpu)", ("NV", "ID_AA64MMFR3_EL1/S1PIE")),
    ("!vcpu_has_sve(vcpu) && !kvm_vcpu_has_pmu(vcpu)", ()),  # either one is enough: neither is needed
    ("!cpus_have_final_cap(ARM64_HAS_X)", ()),               # a host condition only
    ("1", None),                                             # never visible
])
def test_required_features(hidden_when, needed):
    assert required_features(hidden_when) == needed
