"""Carry-forward: an extractor that raises on one file version keeps the
previous version's states, with a warning, and makes no change or break
there; a difference in warnings alone is no change."""
from __future__ import annotations

import pytest
from sqlmodel import Session, select

from app.models import Break, Change, ReleaseState
from ingest import extraction, pipeline
from ingest.states import Reader
from ingest.diff import diff, diff_merge
from ingest.facts import Extractor, State
from toy import TOY, extract_toy, toy_text

FAILED = "extractor picky failed on this file version"


def extract_picky(files) -> list[State]:
    """The toy extractor, except that a `BOOM` line makes it raise and a
    `WARN <word>` line (ignored by the toy format) puts a warning on every state."""
    text = files.get(TOY, "")
    if "BOOM" in text:
        raise ValueError("cannot read this version")
    notes = tuple(line[5:] for line in text.splitlines() if line.startswith("WARN "))
    return [State(s.item, s.default, s.settable, notes, s.extra) for s in extract_toy(files)]


PICKY = Extractor("picky", (TOY,), extract_picky)


def run(history, engine, jobs=0):
    return pipeline.ingest(history.repo.workdir, engine, extractors=(PICKY,), jobs=jobs)


def changes_by_commit(engine) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    with Session(engine) as s:
        for c in s.exec(select(Change).order_by(Change.seq, Change.item)):
            out.setdefault(c.commit, []).append((c.item, c.old and c.old["default"], c.new and c.new["default"]))
    return out


@pytest.mark.parametrize("jobs", [0, 1], ids=["inline", "worker"])
def test_a_failing_version_carries_the_previous_states(history, engine, jobs):
    first = history.commit({TOY: toy_text(A="1 1", B="1 1")}, "base")
    history.tag("v5.0")
    bad = history.commit({TOY: toy_text(A="2 2", B="1 1") + "BOOM\n"}, "a version the extractor cannot read")
    history.tag("v5.1")
    good = history.commit({TOY: toy_text(A="2 2", B="1 1")}, "readable again")
    summary = run(history, engine, jobs)
    assert summary["extractor_errors"] == 1
    got = changes_by_commit(engine)
    assert bad not in got  # no change where nothing could be read
    assert got[first] == [("toy/A", None, "1"), ("toy/B", None, "1")]
    assert got[good] == [("toy/A", "1", "2")]  # the change shows once readable, against the carried state
    with Session(engine) as s:
        assert [b.commit for b in s.exec(select(Break))] == [good]
        carried = s.get(ReleaseState, ("v5.1", "toy/A")).state
        old = s.exec(select(Change).where(Change.commit == good)).one().old
    assert carried["default"] == "1" and any(w.startswith(FAILED) and "cannot read" in w for w in carried["warnings"])
    assert old["warnings"] == carried["warnings"]


def test_two_failing_versions_in_a_row_carry_the_last_good_states(history, engine):
    history.commit({TOY: toy_text(A="1 1")}, "base")
    bad1 = history.commit({TOY: toy_text(A="2 2") + "BOOM\n"}, "unreadable")
    bad2 = history.commit({TOY: toy_text(A="3 3") + "BOOM 2\n"}, "unreadable too")
    summary = run(history, engine)
    assert summary["extractor_errors"] == 2
    got = changes_by_commit(engine)
    assert bad1 not in got and bad2 not in got


def test_a_first_version_that_fails_makes_nothing(history, engine):
    history.commit({TOY: toy_text(A="1 1") + "BOOM\n"}, "unreadable from the start")
    good = history.commit({TOY: toy_text(A="1 1")}, "readable")
    summary = run(history, engine)
    assert summary["extractor_errors"] == 1
    assert changes_by_commit(engine) == {good: [("toy/A", None, "1")]}
    with Session(engine) as s:
        assert s.exec(select(Break)).all() == []


def test_a_failing_version_on_a_side_branch_makes_no_change(history):
    """The failing commit's parent is not the last version the extractor
    read (main's newer version was read just before): what it carries must
    not look like a change of its own. Asked in that order, as a walk may."""
    base = history.commit({TOY: toy_text(A="1 1")}, "base")
    main = history.commit({TOY: toy_text(A="5 5")}, "main: A to 5")
    bad = history.commit({TOY: toy_text(A="1 1") + "BOOM\n"}, "side: unreadable", parents=[base],
                         move_head=False)
    ctx = Reader.open(history.repo.workdir, (PICKY,))
    sig = {sha: ctx.signatures(history.repo[sha].tree_id) for sha in (base, main, bad)}
    for sha in (base, main):
        extraction.changes(ctx.states, extraction.Step(sha, 0, sig[sha], ()))
    found = extraction.changes(ctx.states, extraction.Step(bad, 2, sig[bad], (sig[base],)))
    assert [(c.item, c.old.default, c.new.default) for c in found] == []


def test_warnings_alone_are_no_change(history, engine):
    history.commit({TOY: toy_text(A="1 1")}, "base")
    warned = history.commit({TOY: toy_text(A="1 1") + "WARN mask_not_resolved\n"}, "now read with a warning")
    clean = history.commit({TOY: toy_text(A="1 1") + "#comment\n"}, "read cleanly again")
    summary = run(history, engine)
    assert summary["commits_touching"] == 3 and summary["changes"] == 1
    got = changes_by_commit(engine)
    assert warned not in got and clean not in got


A, B = State("toy/A", "1", ("1",)), State("toy/B", "2", ("2",))


def test_diff_ignores_warnings_but_not_extras():
    warned = A.with_warning("not read")
    assert diff({"toy/A": A}, {"toy/A": warned}) == []
    assert diff({"toy/A": warned}, {"toy/A": A}) == []
    indexed = State("toy/A", "1", ("1",), (), (("index", "0x1"),))
    assert diff({"toy/A": A}, {"toy/A": indexed}) == [("toy/A", A, indexed)]
    assert diff_merge([{"toy/A": A}, {"toy/A": A}], {"toy/A": warned}) == []
    assert diff_merge([{"toy/A": warned}, {"toy/B": B}], {"toy/A": A, "toy/B": B}) == []


def test_diff_lists_appearances_disappearances_and_changes_in_item_order():
    b3 = State("toy/B", "3", ("3",))
    c = State("toy/C", "1", ("1",))
    assert diff({"toy/B": B, "toy/A": A}, {"toy/C": c, "toy/B": b3}) == [
        ("toy/A", A, None), ("toy/B", B, b3), ("toy/C", None, c)]
    assert diff({}, {}) == [] and diff({"toy/A": A}, {"toy/A": A}) == []
    assert diff({"toy/A": A}, {"toy/A": State("toy/A", "1", ("1", "2"))}) != []  # settable is ABI
