"""The judge alone: restore paths, breaks, resolutions, waivers."""
from ingest.facts import Change, State, Waiver
from ingest.judge import admits, judge


def st(item, default, *settable, index=None):
    return State(item, default, tuple(settable) or ("none",), (), (("index", index),) if index else ())


def ch(item, seq, old, new):
    return Change(item, f"{seq:040x}", seq, old, new)


def arrival(item):
    """The first item of its kind, at seq 0: what the later changes follow."""
    return ch(item, 0, None, st(item, "present", index="0x1"))


def test_admits_policies_and_values():
    assert admits(st("x", "3", "2", "3"), "2")
    assert not admits(st("x", "3", "2", "3"), "1")
    assert admits(st("x", "host", "lower-safe"), "hidden")
    assert admits(st("x", "fixed:3", "lower-safe"), "fixed:2")
    assert not admits(st("x", "fixed:3", "lower-safe"), "fixed:4")
    assert admits(st("x", "fixed:3", "higher-safe"), "fixed:4")
    assert admits(st("x", "1", "any"), "7")
    assert not admits(st("x", "1", "none"), "0")
    # a vcpu-feature default is no longer "whatever the VMM picks": it is
    # judged per vCPU configuration (seen(), tests/test_judge_vcpu.py)
    assert not admits(st("reglist/SVE", "vcpu-feature:SVE"), "present")


def test_unknown_states_are_not_judged():
    changes = [ch("vgic/v2/IIDR_REVISION", 1, st("vgic/v2/IIDR_REVISION", "2", "2"),
                  st("vgic/v2/IIDR_REVISION", "unknown", "unknown"))]
    assert judge(changes)[0] == []


def test_whole_register_summaries_are_not_judged_but_fields_are():
    changes = [arrival("idreg/ID_AA64ISAR0_EL1/AES"),
               ch("idreg/ID_AA64PFR0_EL1", 1, st("idreg/ID_AA64PFR0_EL1", "sanitised"), None),
               ch("idreg/ID_AA64PFR0_EL1/CSV2", 1, st("idreg/ID_AA64PFR0_EL1/CSV2", "host"), None)]
    breaks, _ = judge(changes)
    assert [(b.item, b.direction) for b in breaks] == [("idreg/ID_AA64PFR0_EL1/CSV2", "upgrade")]


def test_waiver_by_prefix_and_direction():
    old, new = st("fw/X", "1", "1", index="0x1"), st("fw/X", "2", "2", index="0x1")
    c = ch("fw/X", 5, old, new)
    w_ok = Waiver("fw/X", c.commit[:12], "accepted")
    w_dir = Waiver("fw/X", c.commit[:12], "wrong direction", direction="rollback")
    breaks, unmatched = judge([arrival("fw/PSCI_VERSION"), c], [w_dir, w_ok])
    assert breaks[0].status == "waived" and breaks[0].waiver == w_ok
    assert unmatched == [w_dir]


def test_a_register_appearing_with_a_value_policy_is_still_a_rollback_break():
    wa3 = st("fw/SMCCC_ARCH_WORKAROUND_3", "present", "lower-safe", index="0x6030000000140003")
    hideable = st("reglist/TCR2_EL1", "present", "hidden", "present", index="0x603000000013c103")
    breaks, _ = judge([arrival("fw/PSCI_VERSION"), arrival("reglist/SCTLR_EL1"),
                       ch(wa3.item, 1, None, wa3), ch(hideable.item, 2, None, hideable)])
    assert [(b.item, b.direction, b.status) for b in breaks] == [(wa3.item, "rollback", "open")]


def test_what_arrives_with_the_first_item_of_its_kind_is_not_a_break():
    first = st("reglist/SCTLR_EL1", "present", index="0x603000000013c080")
    later = st("reglist/TCR2_EL1", "present", index="0x603000000013c103")
    breaks, _ = judge([ch(first.item, 1, None, first), ch(later.item, 2, None, later)])
    assert [(b.item, b.direction) for b in breaks] == [(later.item, "rollback")]
