"""Host-wide conditions: a state's default is the common host's value, its
extras `when`/`otherwise` say where it holds and what other hosts see. The
judge judges the default and says so; the condition is part of the view."""
import pytest

from ingest.diff import diff
from ingest.facts import Change, State
from ingest.judge import COMMON_HOST, judge

GIC = "idreg/ID_AA64PFR0_EL1/GIC"
V3 = "kvm_vgic_global_state.type == VGIC_V3"


def gic(default, when=None, otherwise=None, settable=("none",)):
    extra = {"lsb": "24", "width": "4"}
    if when:
        extra["when"] = when
    if otherwise:
        extra["otherwise"] = otherwise
    return State(GIC, default, settable, (), tuple(sorted(extra.items())))


def judged(old, new):
    first = Change("idreg/ID_AA64PFR0_EL1/EL0", "0" * 40, 0, None, State("idreg/ID_AA64PFR0_EL1/EL0", "host"))
    breaks, _ = judge([first, Change(GIC, "1" * 40, 1, old, new)])
    return breaks


def test_the_61_gic_field_breaks_on_the_common_host_and_says_so():
    # 5.10: the host's value; 6.1: read_id_reg() sets 1 on GICv3 hosts
    (b,) = judged(gic("host"), gic("fixed:1", when=V3, otherwise="host"))
    assert (b.direction, b.status, b.vcpu) == ("upgrade", "open", "both")
    assert f"on the common host: {COMMON_HOST}" in b.reason
    assert COMMON_HOST == "GICv3, Spectre-unaffected, no optional features"
    assert f"where {V3}; elsewhere host" in b.reason


@pytest.mark.parametrize("old,new,is_change,breaks", [
    # the same condition re-spaced: no change at all
    (gic("fixed:1", V3, "host"), gic("fixed:1", "kvm_vgic_global_state.type==\n\t\tVGIC_V3", "host"), False, 0),
    # what other hosts see changed: a change, judged on the common host's default (same): no break
    (gic("fixed:1", V3, "host"), gic("fixed:1", V3, "fixed:3"), True, 0),
    # another condition: a change (other hosts differ), still no break on the common host
    (gic("fixed:1", V3, "host"), gic("fixed:1", "kvm_vgic_global_state.has_gicv4_1 == false", "fixed:3"), True, 0),
    # the condition goes away and with it the forced value
    (gic("fixed:1", V3, "host"), gic("host"), True, 1),
    # lower-safe is about numbers: the host's value (symbolic) is not reachable from fixed:1
    (gic("host", settable=("lower-safe",)), gic("fixed:1", V3, "host", settable=("lower-safe",)), True, 1),
])
def test_conditions_are_part_of_the_view_and_the_default_is_judged(old, new, is_change, breaks):
    changed = diff({GIC: old}, {GIC: new})
    assert bool(changed) == is_change
    if is_change:
        assert len(judged(old, new)) == breaks


def test_no_condition_no_host_note():
    (b,) = judged(gic("fixed:2"), gic("fixed:1"))
    assert "common host" not in b.reason
