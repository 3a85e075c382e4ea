"""The firmware extractor on real kernel code: Debian's linux-source-6.1,
linux-source-6.12 and linux-source-7.3, every state against tests/data/real_firmware.py (which
says where each value was read), and the indices against the release's own
get-reg-list selftest."""
from __future__ import annotations

import re

import pytest

from data.real_firmware import EXPECTED, INDEX
from ingest.extract.firmware import EXTRACTOR
from kernelsrc import kernel_tree, read_tree

pytestmark = pytest.mark.realcode

TAGS = {"v6.1": "6.1", "v6.12": "6.12", "v7.3": "7.3"}


@pytest.fixture(scope="module", params=sorted(TAGS))
def release(request):
    tag = request.param
    root = kernel_tree(TAGS[tag])
    return tag, root, {s.item: s for s in EXTRACTOR(read_tree(root, EXTRACTOR.paths))}


def test_every_state_is_expected(release):
    tag, _, states = release
    got = {item: (s.default, s.settable) for item, s in states.items()}
    assert got == EXPECTED[tag]


def test_no_warnings_on_real_code(release):
    _, _, states = release
    assert {item: s.warnings for item, s in states.items() if s.warnings} == {}


def test_registers_carry_their_index(release):
    tag, _, states = release
    got = {item: dict(s.extra)["index"] for item, s in states.items() if s.extra}
    assert got == INDEX[tag]


def test_indices_match_the_selftest_reg_list(release):
    """get-reg-list.c lists KVM_REG_ARM_FW_REG(n) /* KVM_REG_ARM_<X> */ lines."""
    _, root, states = release
    # tools/testing/selftests/kvm/aarch64/ until 6.13, arm64/ after
    sel = root / "tools/testing/selftests/kvm"
    text = next(f for f in (sel / "aarch64/get-reg-list.c", sel / "arm64/get-reg-list.c") if f.is_file()).read_text()
    bases = {"KVM_REG_ARM_FW_REG": 0x6030000000140000, "KVM_REG_ARM_FW_FEAT_BMAP_REG": 0x6030000000160000}
    listed = {f"fw/{name}": f"0x{bases[macro] | int(n):016x}" for macro, n, name in
              re.findall(r"\b(KVM_REG_ARM_FW(?:_FEAT_BMAP)?_REG)\((\d+)\),\s*/\*\s*KVM_REG_ARM_(\w+)\s*\*/", text)}
    assert listed, "selftest reg list not found"
    assert {item: dict(states[item].extra).get("index") for item in listed} == listed
