"""Two ID-field changes that leave the common host's guest reading what it
read (ingest/judge.py's docstring): a field hidden only where the host lacks
optional features, and a hidden field whose bits became RES0."""
import pytest

from ingest.facts import Change, State
from ingest.judge import judge

OPTIONAL = "optional-features"  # extra `when_kind` (the extractor marks it, the judge reads it)

S1PIE = "idreg/ID_AA64MMFR3_EL1/S1PIE"
FEATS = "!(kvm_has_feat(kvm, FEAT_S1PIE) && kvm_has_feat(kvm, FEAT_TCR2) && kvm_has_feat(kvm, FEAT_ATS1A))"
V3 = "kvm_vgic_global_state.type == VGIC_V3"


def field(default, settable=("lower-safe",), item=S1PIE, **extra):
    return State(item, default, settable, (), tuple(sorted({"lsb": "8", "width": "4", **extra}.items())))


def judged(old, new):
    item = (old or new).item
    first = Change("idreg/ID_AA64PFR0_EL1/EL0", "0" * 40, 0, None, State("idreg/ID_AA64PFR0_EL1/EL0", "host"))
    breaks, _ = judge([first, Change(item, "1" * 40, 1, old, new)])
    return breaks


OPT = dict(when=FEATS, otherwise="host", when_kind=OPTIONAL)


@pytest.mark.parametrize("old,new,breaks", [
    # 6.12 -> 7.3 S1PIE / RAS_frac: hidden only without optional features, the host's value elsewhere
    (field("host"), field("hidden", **OPT), 0),
    # the same with settable none: nothing to write, nothing changed on the common host
    (field("host", ("none",)), field("hidden", ("none",), **OPT), 0),
    # the same condition not marked as optional features (the extractor could not tell): judged as before
    (field("host"), field("hidden", when=FEATS, otherwise="host"), 1),
    # plain host -> hidden (6.12 MMFR2.CCIDX): a break
    (field("host", ("none",)), field("hidden", ("none",)), 1),
    # elsewhere something other than the host's value: a break
    (field("host", ("none",)), field("hidden", ("none",), when=FEATS, otherwise="capped:1", when_kind=OPTIONAL), 1),
    # only an old default of `host`: fixed:1 was visible on the common host
    (field("fixed:1", ("none",)), field("hidden", ("none",), **OPT), 1),
])
def test_hidden_only_without_optional_features(old, new, breaks):
    assert len(judged(old, new)) == breaks


def test_the_61_gic_condition_is_still_judged_on_the_default():
    gic = "idreg/ID_AA64PFR0_EL1/GIC"
    (b,) = judged(field("host", ("none",), item=gic), field("fixed:1", ("none",), item=gic, when=V3, otherwise="host"))
    assert (b.direction, b.status) == ("upgrade", "open") and f"where {V3}" in b.reason


@pytest.mark.parametrize("old,breaks", [
    (field("hidden", ("none",), item="idreg/ID_AA64ISAR0_EL1/TME"), 0),  # 7.3 sysreg: its bits are Res0
    (field("host", ("none",), item="idreg/ID_AA64ISAR0_EL1/TME"), 1),  # the guest saw the host's value
    (field("vcpu-feature:SVE", ("none",), item="idreg/ID_AA64PFR0_EL1/SVE"), 1),  # a vCPU with SVE saw it
])
def test_a_hidden_field_whose_bits_became_res0_does_not_break(old, breaks):
    got = judged(old, None)
    assert len(got) == breaks
    if got:
        assert "disappears" in got[0].reason


def test_a_hidden_register_list_entry_that_disappears_is_judged_as_before():
    # only ID fields read RES0: a register-list entry is about presence
    reg = State("reglist/FOO_EL1", "present", ("none",), (), (("index", "0x1"),))
    first = Change("reglist/BAR_EL1", "0" * 40, 0, None, State("reglist/BAR_EL1", "present"))
    breaks, _ = judge([first, Change("reglist/FOO_EL1", "1" * 40, 1, reg, None)])
    assert len(breaks) == 1
