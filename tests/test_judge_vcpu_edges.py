"""The judge's per-configuration code at its edges (DESIGN.md: a change is
judged for the default vCPU and for the vCPU with every feature): the words
naming a configuration, a reason naming several features, which
configurations a later change must give the way back on, a register-list
entry's way back (presence, not value), and the notes a reason carries
(host condition, warnings, a waiver matching two breaks). Table-driven,
through judge() unless said otherwise."""
from __future__ import annotations

import pytest

from ingest import judge as judge_mod
from ingest.facts import Change, State, Waiver
from ingest.judge import COMMON_HOST, judge, vcpu_words

PMCR = "reglist/PMCR_EL0"
SVE = "idreg/ID_AA64PFR0_EL1/SVE"
GIC = "idreg/ID_AA64PFR0_EL1/GIC"
X = "vgic/v3/IIDR_REVISION"


def st(item, default, *settable, warnings=(), **extra):
    return State(item, default, tuple(settable) or ("none",), tuple(warnings), tuple(sorted(extra.items())))


def reg(default, *settable):
    """A register-list entry (reglist/ items always stand for one)."""
    return st(PMCR, default, *settable, index="0x603000000013dce0")


def sha(seq):
    return f"{seq:040x}"


def ch(item, seq, old, new, commit=None):
    return Change(item, commit or sha(seq), seq, old, new)


def judged(*steps, waivers=()):
    """judge() on one item's changes [(seq, old, new)], after its kind arrived at seq 0."""
    item = next(s.item for _, old, new in steps for s in (old, new) if s is not None)
    first = ch(item.split("/", 1)[0] + "/FIRST", 0, None, st(item.split("/", 1)[0] + "/FIRST", "1", "1"))
    return judge([first] + [ch(item, seq, old, new) for seq, old, new in steps], list(waivers))


def rows(found):
    return [(b.seq, b.direction, b.status, b.resolved_by, b.vcpu, b.reason) for b in found]


# --- the words naming a configuration ----------------------------------------------

@pytest.mark.parametrize("vcpu,names,words", [
    ("default", ["PMU"], "a vCPU without PMU"),
    ("all", ["PMU", "SVE"], "a vCPU with PMU, SVE"),
    ("both", ["PMU"], "every vCPU"),
    ("default", [], "every vCPU"),  # no feature decides it: every vCPU sees the same
    ("all", [], "every vCPU"),
])
def test_vcpu_words(vcpu, names, words):
    assert vcpu_words(vcpu, names) == words


# --- reasons and resolutions per configuration ----------------------------------------

OPEN = None  # resolved_by of an open break

# (name, [(seq, old, new)], [(seq, direction, status, resolved_by seq | OPEN, vcpu, reason)])
CASES = [
    ("a register behind two features leaves the default vCPU's list: both named",
     [(1, reg("present"), reg("vcpu-feature:PMU+SVE"))],
     [(1, "upgrade", "open", OPEN, "default",
       "leaves the register list (was present, now vcpu-feature:PMU+SVE), for a vCPU without PMU, SVE")]),
    ("features of the old and the new state are both named, old first",
     [(1, st(SVE, "vcpu-feature:PTRAUTH", feature_value="fixed:1"), st(SVE, "vcpu-feature:SVE"))],
     [(1, "upgrade", "open", OPEN, "all",
       "default fixed:1 -> host; settable ['none'] does not admit fixed:1, for a vCPU with PTRAUTH, SVE")]),
    ("a break on both needs a way back on both: the feature's return gives it to one only",
     [(1, reg("present"), reg("hidden")), (2, reg("hidden"), reg("vcpu-feature:PMU")),
      (3, reg("vcpu-feature:PMU"), reg("present"))],
     [(1, "upgrade", "resolved", 3, "both", "leaves the register list (was present, now hidden)"),
      (3, "rollback", "open", OPEN, "default",
       "joins the register list (present) and the VMM cannot keep it out, for a vCPU without PMU")]),
    ("a break on the default vCPU is resolved by a way back on the default vCPU alone",
     # the SVE vCPU read fixed:1 all along; the default vCPU read 0 (hidden) and then 1;
     # lower-safe lets the default vCPU be set back to 0, not the SVE vCPU to 1
     [(1, st(SVE, "vcpu-feature:SVE", feature_value="fixed:1"), st(SVE, "fixed:1")),
      (2, st(SVE, "fixed:1"), st(SVE, "host", "lower-safe"))],
     [(1, "upgrade", "resolved", 2, "default",
       "default hidden -> fixed:1; settable ['none'] does not admit hidden, for a vCPU without SVE"),
      (2, "upgrade", "open", OPEN, "both",
       "default fixed:1 -> host; settable ['lower-safe'] does not admit fixed:1")]),
    ("a register-list entry that joined stays a break while its value alone is settable",
     [(1, None, reg("present")), (2, reg("present"), reg("present", "lower-safe")),
      (3, reg("present", "lower-safe"), reg("present", "hidden", "present"))],
     [(1, "rollback", "resolved", 3, "both", "joins the register list (present) and the VMM cannot keep it out")]),
    ("a register-list entry that left comes back only by presence: `any` is about its value",
     [(1, reg("present"), reg("hidden")), (2, reg("hidden"), reg("hidden", "any")),
      (3, reg("hidden", "any"), reg("hidden", "hidden", "present"))],
     [(1, "upgrade", "resolved", 3, "both", "leaves the register list (was present, now hidden)")]),
    ("a state read as unknown resolves nothing, even without a warning",
     [(1, st(X, "1", "1"), st(X, "2", "2")), (2, st(X, "2", "2"), st(X, "1", "unknown")),
      (3, st(X, "1", "unknown"), st(X, "1", "1", "2"))],
     [(1, "upgrade", "resolved", 3, "both", "default 1 -> 2; settable ['2'] does not admit 1")]),
    ("a host condition without an `otherwise` names the condition only",
     [(1, st(GIC, "fixed:1"), st(GIC, "hidden", when="!kvm_vgic_global_state.has_gicv3"))],
     [(1, "upgrade", "open", OPEN, "both",
       "default fixed:1 -> hidden; settable ['none'] does not admit fixed:1"
       f" (judged on the common host: {COMMON_HOST}, where !kvm_vgic_global_state.has_gicv3)")]),
    ("a host condition with an `otherwise` says what other hosts see",
     [(1, st(GIC, "host"), st(GIC, "fixed:1", when="kvm_vgic_global_state.has_gicv3", otherwise="host"))],
     [(1, "upgrade", "open", OPEN, "both",
       "default host -> fixed:1; settable ['none'] does not admit host"
       f" (judged on the common host: {COMMON_HOST}, where kvm_vgic_global_state.has_gicv3; elsewhere host)")]),
    ("the old state read with warnings",
     [(1, st(X, "1", "1", warnings=("guessed",)), st(X, "2", "2"))],
     [(1, "upgrade", "unconfirmed", OPEN, "both",
       "default 1 -> 2; settable ['2'] does not admit 1; unconfirmed: the old state read with warnings")]),
    ("the new state read with warnings",
     [(1, st(X, "1", "1"), st(X, "2", "2", warnings=("guessed",)))],
     [(1, "upgrade", "unconfirmed", OPEN, "both",
       "default 1 -> 2; settable ['2'] does not admit 1; unconfirmed: the new state read with warnings")]),
    ("both states read with warnings",
     [(1, st(X, "1", "1", warnings=("guessed",)), st(X, "2", "2", warnings=("guessed",)))],
     [(1, "upgrade", "unconfirmed", OPEN, "both",
       "default 1 -> 2; settable ['2'] does not admit 1; unconfirmed: the old and new states read with warnings")]),
]


@pytest.mark.parametrize("name,steps,expected", CASES, ids=[c[0] for c in CASES])
def test_per_configuration(name, steps, expected):
    found, _ = judged(*steps)
    assert rows(found) == [(seq, d, s, sha(r) if r is not None else None, v, why) for seq, d, s, r, v, why in expected]


# --- a waiver whose commit prefix matches two breaks -------------------------------------

def test_a_waiver_matching_two_breaks_waives_neither_and_each_keeps_its_own_status():
    a, b = "abcdef01" + "0" * 32, "abcdef02" + "0" * 32
    changes = [ch("vgic/FIRST", 0, None, st("vgic/FIRST", "1", "1")),
               ch(X, 1, st(X, "1", "1"), st(X, "2", "2"), commit=a),
               ch(X, 2, st(X, "2", "2"), st(X, "3", "3", warnings=("guessed",)), commit=b),
               ch(X, 3, st(X, "3", "3", warnings=("guessed",)), st(X, "3", "1", "2", "3"))]
    waiver = Waiver(X, "abcdef", "reviewed one of them")
    found, unmatched = judge(changes, [waiver])
    assert [(f.commit, f.status, f.resolved_by, f.waiver) for f in found] == [
        (a, "resolved", sha(3), None), (b, "unconfirmed", sha(3), None)]
    assert unmatched == [waiver]
    # the same waiver with the full commit waives the one it names
    found, unmatched = judge(changes, [Waiver(X, a, "reviewed")])
    assert [(f.commit, f.status) for f in found] == [(a, "waived"), (b, "unconfirmed")] and unmatched == []


# --- the reason's wording where the configurations disagree ---------------------------------
# No pair of states today's rules produce reaches these two branches (a gated
# item looks different to the two configurations, so their reasons differ,
# and a break's direction follows from which side of the change is missing
# or listed, which both configurations share). break_of() promises the
# wording all the same; it is checked with break_on() stubbed.

def _stubbed(monkeypatch, per_vcpu):
    monkeypatch.setattr(judge_mod, "break_on", lambda change, vcpu: per_vcpu.get(vcpu))


def test_configurations_breaking_in_two_directions_report_the_upgrade_and_name_the_other(monkeypatch):
    _stubbed(monkeypatch, {"default": ("rollback", "joins"), "all": ("upgrade", "leaves")})
    change = ch(PMCR, 1, reg("vcpu-feature:PTRAUTH"), reg("vcpu-feature:PMU+SVE"))
    assert judge_mod.break_of(change) == (
        "upgrade", "leaves, for a vCPU with PTRAUTH, PMU, SVE; rollback: joins, for a vCPU without PTRAUTH, PMU, SVE",
        "all")


def test_one_reason_on_both_configurations_with_features_says_every_vcpu(monkeypatch):
    _stubbed(monkeypatch, {"default": ("upgrade", "leaves"), "all": ("upgrade", "leaves")})
    assert judge_mod.break_of(ch(PMCR, 1, reg("present"), reg("vcpu-feature:PMU"))) == (
        "upgrade", "leaves, for every vCPU", "both")
    assert judge_mod.break_of(ch(PMCR, 1, reg("present"), reg("hidden"))) == ("upgrade", "leaves", "both")
