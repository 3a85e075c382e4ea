"""Judging per vCPU configuration: the default vCPU (no optional feature)
and a vCPU with every feature. `vcpu-feature:<F>` is no longer "whatever the
VMM picks": a VM without F saved on the old kernel must restore on the new."""
import pytest

from ingest.facts import Change, State
from ingest.judge import judge, seen

PMCR = "0x603000000013dce0"


def reg(default, *settable, item="reglist/PMCR_EL0"):
    return State(item, default, tuple(settable) or ("none",), (), (("index", PMCR),))


def field(default, *settable, cap=None, item="idreg/ID_AA64DFR0_EL1/PMUVer"):
    extra = (("cap", cap),) if cap else ()
    return State(item, default, tuple(settable) or ("none",), (), extra + (("lsb", "8"), ("width", "4")))


def verdict(old, new):
    """(direction, vcpu) of the break old -> new makes, or None."""
    item = (old or new).item
    first = Change(item.split("/")[0] + "/FIRST", "0" * 40, 0, None, State(item.split("/")[0] + "/FIRST", "present"))
    breaks, _ = judge([first, Change(item, f"{1:040x}", 1, old, new)])
    assert len(breaks) <= 1
    return (breaks[0].direction, breaks[0].vcpu) if breaks else None


PMU = "vcpu-feature:PMU"


@pytest.mark.parametrize("old,new,expected", [
    # the issue's case: every vCPU in 5.10, only vCPUs with PMU in 6.1
    (reg("present"), reg(PMU), ("upgrade", "default")),
    # a register joining the list of vCPUs with the feature only: an upgrade
    # restores fine; going back, a VM without PMU saved PMCR_EL0 on the new
    # kernel, which the old one refuses (the mirror of the issue's case)
    (reg(PMU), reg("present"), ("rollback", "default")),
    (reg("hidden"), reg(PMU), None),  # the default vCPU still lacks it; with PMU the VMM opted in
    (reg(PMU), reg("hidden"), ("upgrade", "all")),  # a VM with PMU loses it
    (reg(PMU), reg("vcpu-feature:PMU+SVE"), None),  # the default vCPU never had it; every feature still shows it
    (None, reg(PMU), None),  # appears for a feature the VMM picks: a VMM going back does not pick it
    (reg(PMU), None, ("upgrade", "all")),
    (reg("present"), reg("hidden", "hidden", "present"), None),  # the VMM may keep it listed
    (reg("present"), reg("present"), None),
    # joining the list is a rollback matter, never an upgrade one
    (reg("hidden"), reg("present"), ("rollback", "both")),
    (reg("hidden"), reg("present", "hidden", "present"), None),
    # ID register fields: the default vCPU reads the field as 0 (hidden)
    (field("host"), field(PMU), ("upgrade", "default")),
    # without PMU the field reads 0, and 0 is where lower-safe stops: the host's value is gone
    (field("host", "lower-safe"), field(PMU, "lower-safe"), ("upgrade", "default")),
    (field(PMU), field("host"), ("upgrade", "default")),  # the VM without PMU now sees PMUVer, fixed
    (field(PMU), field("host", "lower-safe"), None),
    (field("hidden"), field(PMU), ("upgrade", "all")),  # with PMU it now reads the host's, unsettable
    (field(PMU, cap="1"), field(PMU, cap="4"), ("upgrade", "all")),
    (field(PMU, cap="4"), field(PMU, "lower-safe", cap="4"), None),
])
def test_each_configuration(old, new, expected):
    assert verdict(old, new) == expected


def test_the_reason_names_the_configuration_in_words():
    breaks, _ = judge([Change("reglist/A", "0" * 40, 0, None, reg("present", item="reglist/A")),
                       Change("reglist/PMCR_EL0", "1" * 40, 1, reg("present"), reg(PMU))])
    (b,) = breaks
    assert (b.status, b.vcpu) == ("open", "default")
    assert b.reason.endswith("for a vCPU without PMU") and b.to_json()["vcpu"] == "default"
    breaks, _ = judge([Change("reglist/A", "0" * 40, 0, None, reg("present", item="reglist/A")),
                       Change("reglist/PMCR_EL0", "1" * 40, 1, reg(PMU), reg("hidden"))])
    assert breaks[0].reason.endswith("for a vCPU with PMU")


def test_a_break_on_both_configurations_names_what_each_saw():
    first = Change("idreg/X/Y", "0" * 40, 0, None, field("host", item="idreg/X/Y"))
    c = Change(field("host").item, "1" * 40, 1, field("host"), field(PMU, cap="1"))
    (b,), _ = judge([first, c])
    assert (b.direction, b.vcpu) == ("upgrade", "both")
    assert b.reason == ("default host -> hidden; settable ['none'] does not admit host, for a vCPU without PMU; "
                        "default host -> capped:1; settable ['none'] does not admit host, for a vCPU with PMU")
    same = Change(field("host").item, "1" * 40, 1, field("fixed:2"), field("fixed:1"))
    (b,), _ = judge([first, same])
    assert b.vcpu == "both" and "vCPU" not in b.reason  # nothing gated: one view, no words


def test_a_break_resolves_only_when_every_configuration_it_hits_has_the_way_back():
    first = Change("reglist/A", "0" * 40, 0, None, reg("present", item="reglist/A"))
    gated = Change("reglist/PMCR_EL0", "1" * 40, 1, reg("present"), reg(PMU))
    still = Change("reglist/PMCR_EL0", "2" * 40, 2, reg(PMU), reg("vcpu-feature:PMU+SVE"))
    back = Change("reglist/PMCR_EL0", "3" * 40, 3, still.new, reg("present"))
    breaks, _ = judge([first, gated, still, back])
    assert [(b.commit, b.status, b.resolved_by) for b in breaks if b.direction == "upgrade"] == [
        (gated.commit, "resolved", back.commit)]  # `still` keeps the default vCPU without it
    # and `back` lists it for every vCPU again: the rollback side of the same story
    assert [(b.commit, b.vcpu) for b in breaks if b.direction == "rollback"] == [(back.commit, "default")]


def test_seen_per_configuration():
    assert seen(reg(PMU), "default").default == "hidden"
    assert seen(reg(PMU), "all").default == "present"
    assert seen(field(PMU), "all").default == "host"
    assert seen(field(PMU, cap="1"), "all").default == "capped:1"
    assert seen(field("fixed:1"), "default").default == "fixed:1"  # not gated: one view
    assert seen(None, "all") is None


def test_the_issue_case_on_a_history_read_by_the_real_extractor(history, engine):
    """Demo shapes of the v5.x tables (no visibility callbacks: PMCR_EL0 and
    ZCR_EL1 listed for every vCPU) then of v6.1 (listed with PMU / SVE only)."""
    from sqlmodel import Session, select

    from app.models import Break
    from ingest import pipeline
    from ingest.demo.shapes.idregs import idreg_files
    from ingest.extract.reglist import EXTRACTOR

    history.commit(idreg_files("macros"), "the v5.x tables")
    history.tag("v5.10")
    gated = history.commit(idreg_files("switch"), "visibility callbacks for PMU and SVE registers")
    history.tag("v6.1")
    pipeline.ingest(history.repo.workdir, engine, extractors=(EXTRACTOR,), jobs=0)
    with Session(engine) as s:
        got = {b.item: b for b in s.exec(select(Break))}
    for item, feature in (("reglist/PMCR_EL0", "PMU"), ("reglist/ZCR_EL1", "SVE")):
        b = got[item]
        assert (b.commit, b.direction, b.status, b.vcpu) == (gated, "upgrade", "open", "default")
        assert b.reason.endswith(f"for a vCPU without {feature}"), b.reason
