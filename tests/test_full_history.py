"""The ingest walks every commit, not git log's simplified history. Where a
merge leaves the watched files as its first parent has them, `git log --
<paths>` never walks the merged branch; but that branch may have changed a
watched file and changed it back, or carried a change the mainline also
got, and those are changes the ingest records. (Why bench/ingest.py also
measures the ingest against `git log --full-history`, and why a faster walk
may not simplify history as git does.)"""
from __future__ import annotations

import subprocess

from sqlmodel import Session, select
from toy import TOY, TOY_EXTRACTOR, toy_text

from app.models import Change
from ingest import pipeline


def git_log(history, *options: str) -> list[str]:
    """The commits `git log -- TOY` lists (with options)."""
    return subprocess.run(["git", "-C", history.repo.workdir, "log", "--format=%H", *options, "--", TOY],
                          check=True, capture_output=True, text=True).stdout.split()


def changes(history, engine) -> list[tuple[str, str | None, str | None]]:
    """Ingest, then every change as (commit subject, old default, new default), in walk order."""
    pipeline.ingest(history.repo.workdir, engine, extractors=(TOY_EXTRACTOR,), jobs=0)
    with Session(engine) as s:
        return [(history.repo[c.commit].message, c.old["default"] if c.old else None,
                 c.new["default"] if c.new else None) for c in s.exec(select(Change).order_by(Change.seq))]


def test_a_merged_branch_that_changes_a_watched_file_back_is_recorded(history, engine):
    base = history.commit({TOY: toy_text(A="1 1")}, "base")
    there = history.commit({TOY: toy_text(A="2 1,2")}, "side: A to 2", parents=[base], move_head=False)
    back = history.commit({TOY: toy_text(A="1 1")}, "side: A back to 1", parents=[there], move_head=False)
    history.commit({"other.c": "x\n"}, "main")
    history.merge(back, "Merge side")
    assert git_log(history) == [base]  # git's simplification skips the branch
    assert {there, back} <= set(git_log(history, "--full-history"))
    assert changes(history, engine) == [("base", None, "1"), ("side: A to 2", "1", "2"),
                                        ("side: A back to 1", "2", "1")]


def test_a_change_both_sides_made_is_recorded_on_both(history, engine):
    base = history.commit({TOY: toy_text(A="1 1")}, "base")
    side = history.commit({TOY: toy_text(A="2 1,2")}, "side: A to 2", parents=[base], move_head=False)
    main = history.commit({TOY: toy_text(A="2 1,2")}, "main: A to 2 (the same fix)")
    history.merge(side, "Merge side")
    assert git_log(history) == [main, base]
    assert side in git_log(history, "--full-history")
    assert sorted(changes(history, engine)) == [("base", None, "1"), ("main: A to 2 (the same fix)", "1", "2"),
                                                ("side: A to 2", "1", "2")]
