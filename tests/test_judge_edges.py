"""The judge at its edges, table-driven, through judge() (the public call):
which changes break, in which direction, and which later commit resolves
them. States carry no warnings here (a warned state is judged apart)."""
from __future__ import annotations

import pytest

from ingest.facts import Change, State, Waiver
from ingest.judge import admits, can_hide, judge

REG = "0x6030000000140003"  # a KVM register index: the item is in KVM_GET_REG_LIST


def st(item, default, *settable, index=None, warnings=()):
    return State(item, default, tuple(settable) or ("none",), tuple(warnings), (("index", index),) if index else ())


def ch(item, seq, old, new):
    return Change(item, f"{seq:040x}", seq, old, new)


def arrival(item, seq=0):
    """The first item of its kind: what arrives with it is never a break."""
    return ch(item, seq, None, st(item, "1", "1"))


def sha(seq):
    return f"{seq:040x}"


def breaks_of(*changes, waivers=(), present_before=()):
    found, unmatched = judge(list(changes), list(waivers), present_before)
    return [(b.item, b.seq, b.direction, b.status, b.resolved_by) for b in found], unmatched


X = "vgic/v3/IIDR_REVISION"
F = "idreg/ID_AA64DFR0_EL1/DebugVer"
R = "fw/SMCCC_ARCH_WORKAROUND_3"

# (name, item, [(seq, old, new)], expected breaks [(seq, direction, status, resolved_by seq | None)])
EDGES = [
    ("unknown -> known is not a break",
     X, [(1, st(X, "unknown", "unknown", warnings=("not read",)), st(X, "3", "3"))], []),
    ("unknown settable -> known is not a break",
     X, [(1, st(X, "2", "unknown", warnings=("not read",)), st(X, "3", "3"))], []),
    ("known -> unknown default is not a break",
     X, [(1, st(X, "2", "2"), st(X, "unknown", "3", warnings=("not read",)))], []),
    ("under lower-safe, host -> capped:N is a break",
     F, [(1, st(F, "host", "lower-safe"), st(F, "capped:6", "lower-safe"))], [(1, "upgrade", "open", None)]),
    ("under lower-safe, capped:N -> host is a break too (host is not a number)",
     F, [(1, st(F, "capped:6", "lower-safe"), st(F, "host", "lower-safe"))], [(1, "upgrade", "open", None)]),
    ("under lower-safe, capped:6 -> capped:8 admits 6",
     F, [(1, st(F, "capped:6", "lower-safe"), st(F, "capped:8", "lower-safe"))], []),
    ("under lower-safe, capped:8 -> capped:6 does not admit 8",
     F, [(1, st(F, "capped:8", "lower-safe"), st(F, "capped:6", "lower-safe"))], [(1, "upgrade", "open", None)]),
    ("under higher-safe, fixed:2 -> fixed:1 admits 2",
     F, [(1, st(F, "fixed:2"), st(F, "fixed:1", "higher-safe"))], []),
    ("under higher-safe, fixed:1 -> fixed:2 does not admit 1",
     F, [(1, st(F, "fixed:1"), st(F, "fixed:2", "higher-safe"))], [(1, "upgrade", "open", None)]),
    ("under lower-safe, hidden is always reachable",
     F, [(1, st(F, "hidden"), st(F, "host", "lower-safe"))], []),
    ("under higher-safe, hidden is not",
     F, [(1, st(F, "hidden"), st(F, "host", "higher-safe"))], [(1, "upgrade", "open", None)]),
    ("under lower-safe, the same number in another form is admitted",
     F, [(1, st(F, "fixed:6"), st(F, "capped:6", "lower-safe"))], []),
    ("under higher-safe, the same number in another form is admitted",
     F, [(1, st(F, "capped:2"), st(F, "fixed:2", "higher-safe"))], []),
    ("a value with two colons is not a number",
     F, [(1, st(F, "fixed:1:2"), st(F, "fixed:1:8", "lower-safe"))], [(1, "upgrade", "open", None)]),
    ("a register-list entry appearing is a rollback break even without an index",
     "reglist/TCR2_EL1", [(1, None, st("reglist/TCR2_EL1", "present"))], [(1, "rollback", "open", None)]),
    ("any admits every value",
     F, [(1, st(F, "host"), st(F, "fixed:0", "any"))], []),
    ("a value outside an explicit set breaks",
     X, [(1, st(X, "1", "1"), st(X, "3", "2", "3"))], [(1, "upgrade", "open", None)]),
    ("a value inside an explicit set does not",
     X, [(1, st(X, "2", "2"), st(X, "3", "2", "3"))], []),
    ("a disappearance is an upgrade break",
     X, [(1, st(X, "2", "2"), None)], [(1, "upgrade", "open", None)]),
    ("a disappearance resolves a rollback break",
     R, [(1, None, st(R, "present", index=REG)), (2, None, None)], [(1, "rollback", "resolved", 2)]),
    ("a register the VMM can hide resolves a rollback break",
     R, [(1, None, st(R, "present", index=REG)), (2, st(R, "present", index=REG), st(R, "present", "hidden", "present", index=REG))],
     [(1, "rollback", "resolved", 2)]),
    ("a register still not hideable does not resolve it",
     R, [(1, None, st(R, "present", index=REG)), (2, st(R, "present", index=REG), st(R, "present", "lower-safe", index=REG))],
     [(1, "rollback", "open", None)]),
    ("an item without a register index appearing is not a rollback break",
     X, [(1, None, st(X, "3", "3"))], []),
    ("a register appearing hidden is not a rollback break",
     R, [(1, None, st(R, "hidden", index=REG))], []),
    ("a register behind a vCPU feature is not a rollback break",
     R, [(1, None, st(R, "vcpu-feature:PMU", index=REG))], []),
    ("with two restoring commits, resolved_by is the first",
     X, [(1, st(X, "1", "1"), st(X, "2", "2")), (2, st(X, "2", "2"), st(X, "3", "3")),
         (3, st(X, "3", "3"), st(X, "3", "1", "3")), (4, st(X, "3", "1", "3"), st(X, "4", "1", "3", "4"))],
     [(1, "upgrade", "resolved", 3), (2, "upgrade", "open", None)]),
    ("a later change that does not give the way back resolves nothing",
     X, [(1, st(X, "1", "1"), st(X, "2", "2")), (3, st(X, "2", "2"), st(X, "3", "2", "3"))],
     [(1, "upgrade", "open", None)]),
    ("a reappearance resolves a disappearance",
     X, [(1, st(X, "2", "2"), None), (5, None, st(X, "2", "2"))], [(1, "upgrade", "resolved", 5)]),
]


@pytest.mark.parametrize("name,item,steps,expected", EDGES, ids=[e[0] for e in EDGES])
def test_judge_edges(name, item, steps, expected):
    # An item of another kind arrived first, and one of this kind at seq 0:
    # the changes below are judged, not taken for the kind's arrival.
    first = arrival(item.split("/", 1)[0] + "/FIRST")
    got, _ = breaks_of(first, *[ch(item, seq, old, new) for seq, old, new in steps])
    assert got == [(item, seq, d, status, sha(r) if r is not None else None) for seq, d, status, r in expected]


def test_reasons_name_the_values():
    found, _ = judge([arrival("vgic/FIRST"), arrival("fw/FIRST"), ch(X, 1, st(X, "1", "1"), st(X, "2", "2")), ch(X, 2, st(X, "2", "2"), None),
                      ch(R, 3, None, st(R, "present", index=REG))])
    assert [b.reason for b in found] == ["default 1 -> 2; settable ['2'] does not admit 1",
                                         "disappears (was 2)",
                                         "appears as present and the VMM cannot hide it"]


def test_summary_items_are_not_judged_but_deeper_slugs_are():
    first = arrival("idreg/FIRST")
    reg, field = "idreg/ID_AA64PFR0_EL1", "idreg/ID_AA64PFR0_EL1/CSV2"
    got, _ = breaks_of(first, ch(reg, 1, st(reg, "sanitised", "CSV2"), st(reg, "sanitised")),
                       ch(field, 1, st(field, "host"), None))
    assert got == [(field, 1, "upgrade", "open", None)]


def test_breaks_come_in_history_order_then_by_item():
    first = arrival("vgic/FIRST")
    a, b = "vgic/A", "vgic/B"
    got, _ = breaks_of(ch(b, 2, st(b, "1", "1"), None), first, ch(a, 2, st(a, "1", "1"), None),
                       ch(b, 1, st(b, "0", "0"), st(b, "1", "1")))
    assert [(i, s) for i, s, *_ in got] == [(b, 1), (a, 2), (b, 2)]


def test_what_arrives_with_its_kind_is_not_a_break_unless_the_kind_was_there():
    reg = "fw/PSCI_VERSION"
    appear = ch(reg, 3, None, st(reg, "1.0", index=REG))
    assert breaks_of(appear)[0] == []  # fw arrives at seq 3: KVM gained firmware registers
    assert breaks_of(appear, present_before=("fw",))[0] == [(reg, 3, "rollback", "open", None)]
    other = ch("fw/OTHER", 1, None, st("fw/OTHER", "1", "1"))
    assert breaks_of(other, appear)[0] == [(reg, 3, "rollback", "open", None)]  # fw arrived at 1


# --- waivers -----------------------------------------------------------------

BROKEN = "abcdef12" + "0" * 32


def _broken():
    return [arrival("vgic/FIRST"), Change(X, BROKEN, 1, st(X, "1", "1"), st(X, "2", "2"))]


@pytest.mark.parametrize("waiver,status", [
    (Waiver(X, "abcdef12", "r"), "waived"),
    (Waiver(X, "ABCDEF12", "r"), "waived"),  # hex case does not matter
    (Waiver(X, BROKEN, "r", direction="upgrade"), "waived"),
    (Waiver(X, "abcdef12", "r", direction="rollback"), "open"),
    (Waiver(X, "bcdef120", "r"), "open"),  # inside the commit, not a prefix of it
    (Waiver("vgic/v2/IIDR_REVISION", "abcdef12", "r"), "open"),  # another item
])
def test_waiver_matching(waiver, status):
    found, unmatched = judge(_broken(), [waiver])
    assert [b.status for b in found] == [status]
    assert (found[0].waiver == waiver) == (status == "waived")
    assert unmatched == ([] if status == "waived" else [waiver])


def test_a_waived_break_keeps_its_resolution():
    changes = _broken() + [ch(X, 2, st(X, "2", "2"), st(X, "2", "1", "2"))]
    (b,), _ = judge(changes, [Waiver(X, "abcdef12", "r")])
    assert (b.status, b.resolved_by) == ("waived", sha(2))


def test_admits_and_can_hide_on_nothing():
    assert not admits(None, "1")
    assert can_hide(None)
    assert admits(st(F, "host", "lower-safe"), "clear") and admits(st(F, "host", "lower-safe"), "absent")
    assert not admits(st(F, "host", "lower-safe"), "present")
    assert not admits(st(F, "fixed:2", "lower-safe", "higher-safe"), "fixed:1")  # two words: not a policy


# --- vCPU configurations (DESIGN.md: the default vCPU and the all-features vCPU) ---

PMCR, SVE = "reglist/PMCR_EL0", "idreg/ID_AA64PFR0_EL1/SVE"


def _r(default, *settable):
    return st(PMCR, default, *settable, index="0x603000000013dce0")


# (name, first item of the kind, [(seq, old, new)], [(seq, direction, status, resolved_by, vcpu, reason)])
VCPU_EDGES = [
    ("present -> vcpu-feature:PMU leaves the default vCPU's list", "reglist/FIRST",
     [(1, _r("present"), _r("vcpu-feature:PMU"))],
     [(1, "upgrade", "open", None, "default",
       "leaves the register list (was present, now vcpu-feature:PMU), for a vCPU without PMU")]),
    ("vcpu-feature:PMU -> present joins it", "reglist/FIRST",
     [(1, _r("vcpu-feature:PMU"), _r("present"))],
     [(1, "rollback", "open", None, "default",
       "joins the register list (present) and the VMM cannot keep it out, for a vCPU without PMU")]),
    ("present -> hidden leaves every vCPU's list", "reglist/FIRST",
     [(1, _r("present"), _r("hidden"))],
     [(1, "upgrade", "open", None, "both", "leaves the register list (was present, now hidden)")]),
    ("a later way back for the default vCPU resolves it", "reglist/FIRST",
     [(1, _r("present"), _r("vcpu-feature:PMU")), (2, _r("vcpu-feature:PMU"), _r("vcpu-feature:PMU", "present", "hidden"))],
     [(1, "upgrade", "resolved", 2, "default",
       "leaves the register list (was present, now vcpu-feature:PMU), for a vCPU without PMU")]),
    ("host -> vcpu-feature:SVE hides the field from the default vCPU", "idreg/FIRST",
     [(1, st(SVE, "host"), st(SVE, "vcpu-feature:SVE"))],
     [(1, "upgrade", "open", None, "default",
       "default host -> hidden; settable ['none'] does not admit host, for a vCPU without SVE")]),
    ("capped:1 -> vcpu-feature:SVE breaks both, each said", "idreg/FIRST",
     [(1, st(SVE, "capped:1"), st(SVE, "vcpu-feature:SVE"))],
     [(1, "upgrade", "open", None, "both",
       "default capped:1 -> hidden; settable ['none'] does not admit capped:1, for a vCPU without SVE; "
       "default capped:1 -> host; settable ['none'] does not admit capped:1, for a vCPU with SVE")]),
]


@pytest.mark.parametrize("name,first,steps,expected", VCPU_EDGES, ids=[e[0] for e in VCPU_EDGES])
def test_vcpu_configurations(name, first, steps, expected):
    item = steps[0][1].item
    found, _ = judge([arrival(first)] + [ch(item, seq, old, new) for seq, old, new in steps])
    assert [(b.seq, b.direction, b.status, b.resolved_by, b.vcpu, b.reason) for b in found] == [
        (seq, d, s, sha(r) if r is not None else None, v, why) for seq, d, s, r, v, why in expected]


# --- unconfirmed: a change read with warnings (DESIGN.md) ----------------------------

@pytest.mark.parametrize("old_warned,new_warned", [(True, False), (False, True), (True, True)])
def test_a_break_read_with_warnings_is_unconfirmed(old_warned, new_warned):
    old = st(X, "1", "1", warnings=("not read",) if old_warned else ())
    new = st(X, "2", "2", warnings=("not read",) if new_warned else ())
    (b,), _ = judge([arrival("vgic/FIRST"), ch(X, 1, old, new)])
    assert (b.direction, b.status) == ("upgrade", "unconfirmed")


def test_a_warned_state_resolves_nothing_and_a_waiver_still_wins():
    changes = [arrival("vgic/FIRST"), ch(X, 1, st(X, "1", "1"), st(X, "2", "2")),
               ch(X, 2, st(X, "2", "2"), st(X, "2", "1", "2", warnings=("guessed",)))]
    (b,), _ = judge(changes)
    assert (b.status, b.resolved_by) == ("open", None)  # the way back was read with a warning
    found, _ = judge(changes[:2] + [ch(X, 2, st(X, "2", "2", warnings=("guessed",)), st(X, "3", "3"))],
                     [Waiver(X, sha(1), "reviewed")])
    assert [(b.seq, b.status) for b in found] == [(1, "waived"), (2, "unconfirmed")]
