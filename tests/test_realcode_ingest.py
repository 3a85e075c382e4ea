"""Real code, end to end: a three-release repository (v6.1, v6.12, v7.3) built
from the watched paths of Debian's linux-source-6.1, -6.12 and -7.3 (versions
pinned in tests/kernelsrc.py), one commit and tag each, ingested like a clone;
every state at each tag checked against expectations read from that code
(tests/data/real_*.py say where). For v7.3 the expectations cover the ID
registers, the vGIC, the firmware registers and the timers; the rest of its
register list is checked against its selftest in test_realcode_idregs.py."""
from __future__ import annotations

import pytest
from sqlmodel import Session

from app import queries
from data import real_firmware, real_idregs, real_idregs_v7_3, real_timers, real_vgic
from ingest import pipeline
from ingest.commands.coverage import coverage
from ingest.watched import WATCHED_PATHS
from kernelsrc import PINNED, kernel_tree, read_tree

pytestmark = pytest.mark.realcode

TAGS = {"v6.1": "6.1", "v6.12": "6.12", "v7.3": "7.3"}
IDREGS = {**real_idregs.EXPECTED, "v7.3": real_idregs_v7_3.EXPECTED}
EXPECTED = {tag: {**real_vgic.EXPECTED[tag], **real_firmware.EXPECTED[tag], **IDREGS[tag],
                  **real_timers.EXPECTED[tag]}
            for tag in TAGS}


def covered(tag: str, states: dict) -> dict:
    """The states the expectations of `tag` speak for (all of them for 6.x)."""
    if tag != "v7.3":
        return states
    return {k: v for k, v in states.items()
            if k.startswith(("idreg/", "vgic/", "fw/")) or k in real_timers.EXPECTED[tag]}


@pytest.fixture(scope="module")
def trees():
    return {tag: kernel_tree(version) for tag, version in TAGS.items()}


def test_three_release_repository_ingests_to_the_expected_states(trees, history, engine, capsys):
    for tag in TAGS:
        history.replace_tree(read_tree(trees[tag], WATCHED_PATHS), f"Linux {tag[1:]}")
        history.tag(tag)
    summary = pipeline.ingest(history.repo.workdir, engine)
    assert summary["extractor_errors"] == 0
    wrong = {}
    with Session(engine) as s:
        for tag, expected in EXPECTED.items():
            states = queries.release_states(s, tag)["states"]
            t = coverage(states)["totals"]
            with capsys.disabled():  # shown even when the test passes
                print(f"\n{tag} (linux-source-{TAGS[tag]} {PINNED[TAGS[tag]]}) ingested: ID-register fields "
                      f"read with confidence {t['confident']}/{t['fields']} ({t['percent']}%)")
            got = covered(tag, {st["item"]: (st["default"], tuple(st["settable"])) for st in states})
            wrong[tag] = {k: (got.get(k), expected.get(k)) for k in set(got) | set(expected)
                          if got.get(k) != expected.get(k)}
    assert wrong == {tag: {} for tag in TAGS}
