"""Real code: the ID-register and register-list extractors on Debian's
linux-source-6.1 and linux-source-6.12, against expectations read in that
code (tests/data/real_idregs.py says how), cross-checked with each release's
get-reg-list selftest, and timed per file version."""
from __future__ import annotations

import re
import time

import pytest

from data import real_idregs
from ingest.commands.coverage import coverage
from ingest.extract import idregs, reglist
from ingest.extract.idregs import sysregtable
from ingest.extract.reglist import kvm_index
from kernelsrc import kernel_tree, read_tree

pytestmark = pytest.mark.realcode
TAGS = {"v6.1": "6.1", "v6.12": "6.12"}
# Timer registers KVM lists from arch/arm64/kvm/guest.c, not from sys_regs.c.
TIMER_INDICES = {kvm_index(e) for e in ((3, 3, 14, 0, 1), (3, 3, 14, 0, 2), (3, 3, 14, 2, 1),
                                        (3, 3, 14, 2, 2), (3, 3, 14, 3, 1), (3, 3, 14, 3, 2))}
SELFTEST_FEATURE = {"pmu_regs": "vcpu-feature:PMU", "sve_regs": "vcpu-feature:SVE",
                    "pauth_addr_regs": "vcpu-feature:PTRAUTH", "pauth_generic_regs": "vcpu-feature:PTRAUTH"}


@pytest.fixture(scope="module", params=list(TAGS))
def release(request):
    root = kernel_tree(TAGS[request.param])
    files = read_tree(root, set(idregs.PATHS) | set(reglist.PATHS))
    sysregtable._load.cache_clear()
    sysregtable._space.cache_clear()
    t0 = time.perf_counter()
    id_states = idregs.extract_idregs(files)
    t1 = time.perf_counter()
    rl_states = reglist.extract_reglist(files)
    t2 = time.perf_counter()
    print(f"\n{request.param}: idregs {t1 - t0:.3f} s (parses sys_regs.c, cpufeature.c, sysreg, sysreg.h), "
          f"reglist {t2 - t1:.3f} s (tables shared with idregs)")
    return request.param, root, {s.item: s for s in id_states + rl_states}


def test_every_state_matches_the_regression_snapshot(release):
    """real_idregs.EXPECTED is the extractor's reviewed output: this catches a
    change; where each value is decided in the code is NOTES' business
    (test_realcode_idreg_notes.py)."""
    tag, _, got = release
    expected = real_idregs.EXPECTED[tag]
    assert sorted(set(got) - set(expected)) == [] and sorted(set(expected) - set(got)) == []
    wrong = {k: (got[k].default, got[k].settable, v) for k, v in expected.items()
             if (got[k].default, got[k].settable) != v}
    assert wrong == {}


def test_no_field_left_unexplained(release):
    tag, _, got = release
    warned = {k: s.warnings for k, s in got.items() if s.warnings}
    documented = real_idregs.WARNED[tag]
    assert sorted(warned) == sorted(documented)
    for item, reason in documented.items():
        assert any(reason in w for w in warned[item]), item


def test_register_list_agrees_with_the_release_selftest(release):
    tag, root, got = release
    text = (root / "tools/testing/selftests/kvm/aarch64/get-reg-list.c").read_text()
    ours = {dict(s.extra)["index"]: s for s in got.values() if s.item.startswith("reglist/")}
    for m in re.finditer(r"static __u64 (\w+)\[\] = \{(.*?)\n\};", text, re.S):
        listed = {kvm_index(tuple(int(x) for x in a.groups()))
                  for a in re.finditer(r"ARM64_SYS_REG\((\d+), (\d+), (\d+), (\d+), (\d+)\)", m.group(2))}
        assert listed - set(ours) - TIMER_INDICES == set(), m.group(1)
        want = SELFTEST_FEATURE.get(m.group(1))
        for idx in listed & set(ours):
            if want:
                assert ours[idx].default == want, ours[idx].item
            elif m.group(1) == "base_regs":
                assert ours[idx].default in ("present", "vcpu-feature:ID_AA64MMFR3_EL1/S1POE"), ours[idx].item


def test_coverage_summary(release):
    tag, _, got = release
    cov = coverage(got.values())
    print(f"\n{tag}: coverage {cov['totals']}")
    assert cov["totals"]["percent"] >= 97.0
