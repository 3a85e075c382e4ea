"""Real code, end to end: a two-release repository (v6.1, v6.12) built from
the watched paths of Debian's linux-source-6.1 and linux-source-6.12, ingested
like a clone, and every firmware and vGIC state at each tag checked against
expectations read from that code (tests/data/real_*.py say where)."""
from __future__ import annotations

import pytest
from sqlmodel import Session

from app import queries
from data import real_firmware, real_idregs, real_timers, real_vgic
from ingest import pipeline
from ingest.watched import WATCHED_PATHS
from kernelsrc import kernel_tree, read_tree

pytestmark = pytest.mark.realcode

EXPECTED = {tag: {**real_vgic.EXPECTED[tag], **real_firmware.EXPECTED[tag], **real_idregs.EXPECTED[tag],
                  **real_timers.EXPECTED[tag]}
            for tag in ("v6.1", "v6.12")}


@pytest.fixture(scope="module")
def trees():
    return {"v6.1": kernel_tree("6.1"), "v6.12": kernel_tree("6.12")}


def test_two_release_repository_ingests_to_the_expected_states(trees, history, engine):
    for tag in ("v6.1", "v6.12"):
        files = read_tree(trees[tag], WATCHED_PATHS)
        history.replace_tree(files, f"Linux {tag[1:]}")
        history.tag(tag)
    summary = pipeline.ingest(history.repo.workdir, engine)
    assert summary["extractor_errors"] == 0
    with Session(engine) as s:
        for tag, expected in EXPECTED.items():
            got = {st["item"]: (st["default"], tuple(st["settable"]))
                   for st in queries.release_states(s, tag)["states"]}
            assert got == expected, tag

