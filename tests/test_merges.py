"""Merges, table-driven: a merge changes an item only where its result
differs from every parent, reported against the first parent. Each row
is checked on diff_merge alone and through a real ingest (walk -> extract
-> diff), so comparing with the first parent only, or all() for any(),
fails a row."""
from __future__ import annotations

import pytest
from sqlmodel import Session, select

from app.models import Change
from ingest import pipeline
from ingest.diff import diff_merge
from ingest.facts import State
from toy import TOY, TOY_EXTRACTOR, toy_text

# A row: (name, base, parents, merge, expected changes at the merge).
# base/parents/merge: {item: "default settable"}; a parent of None keeps
# base unchanged; expected: [(item, old default | None, new default | None)],
# old being the first parent's.
ROWS = [
    ("file differs from both parents",
     {"A": "1 1"}, [{"A": "2 1,2"}, {"A": "3 1,3"}], {"A": "4 1,4"},
     [("A", "2", "4")]),
    ("item taken from parent 2 while the merge changes another",
     {"A": "1 1", "B": "1 1"}, [None, {"A": "2 1,2", "B": "1 1"}], {"A": "2 1,2", "B": "5 1,5"},
     [("B", "1", "5")]),
    ("item taken from parent 2 which parent 1 also changed",
     {"A": "1 1", "B": "1 1"}, [{"A": "3 3", "B": "1 1"}, {"A": "2 1,2", "B": "1 1"}],
     {"A": "2 1,2", "B": "7 7"},
     [("B", "1", "7")]),
    ("octopus: an item from each side branch, one of its own",
     {"A": "1 1", "B": "1 1", "C": "1 1"},
     [None, {"A": "2 2", "B": "1 1", "C": "1 1"}, {"A": "1 1", "B": "3 3", "C": "1 1"}],
     {"A": "2 2", "B": "3 3", "C": "9 9"},
     [("C", "1", "9")]),
    ("octopus: taken from the last parent only",
     {"A": "1 1"}, [None, None, {"A": "4 4"}], {"A": "4 4", "B": "1 1"},
     [("B", None, "1")]),
    ("octopus: differs from all three",
     {"A": "1 1"}, [{"A": "2 2"}, {"A": "3 3"}, {"A": "4 4"}], {"A": "5 5"},
     [("A", "2", "5")]),
    ("delete in a merge: both parents had it",
     {"A": "1 1", "B": "1 1"}, [None, {"A": "2 1,2", "B": "1 1"}], {"A": "2 1,2"},
     [("B", "1", None)]),
    ("delete taken from parent 2",
     {"A": "1 1", "B": "1 1"}, [None, {"A": "1 1"}], {"A": "6 6"},
     [("A", "1", "6")]),
    ("an item parent 2 added, deleted again by the merge",
     {"A": "1 1"}, [None, {"A": "1 1", "N": "1 1"}], {"A": "2 2"},
     [("A", "1", "2")]),
    ("an item parent 1 added, kept, while parent 2's change is taken",
     {"A": "1 1"}, [{"A": "1 1", "N": "1 1"}, {"A": "3 3"}], {"A": "3 3", "N": "1 1", "Z": "1 1"},
     [("Z", None, "1")]),
]


def _states(items: dict[str, str]) -> dict[str, State]:
    out = {}
    for name, text in items.items():
        default, settable = text.split()
        out[f"toy/{name}"] = State(f"toy/{name}", default, tuple(settable.split(",")))
    return out


def _view(state: State | None) -> str | None:
    return state.default if state else None


@pytest.mark.parametrize("name,base,parents,merge,expected", ROWS, ids=[r[0] for r in ROWS])
def test_diff_merge_table(name, base, parents, merge, expected):
    before = [_states(p if p is not None else base) for p in parents]
    got = [(item, _view(old), _view(new)) for item, old, new in diff_merge(before, _states(merge))]
    assert got == [(f"toy/{i}", o, n) for i, o, n in expected]


def _build(history, base, parents, merge) -> str:
    """base <- each parent (a commit of its own even when it changes no
    item) <- the merge of them all, its tree holding `merge`'s toy file."""
    b = history.commit({TOY: toy_text(**base)}, "base")
    shas = [history.commit({TOY: toy_text(**(p if p is not None else base)), f"side{i}.c": "x\n"},
                           f"side {i}", parents=[b], move_head=False)
            for i, p in enumerate(parents)]
    return history.commit({TOY: toy_text(**merge)}, "Merge", parents=shas)


@pytest.mark.parametrize("name,base,parents,merge,expected", ROWS, ids=[r[0] for r in ROWS])
def test_ingested_merge_table(history, engine, name, base, parents, merge, expected):
    sha = _build(history, base, parents, merge)
    pipeline.ingest(history.repo.workdir, engine, extractors=(TOY_EXTRACTOR,), jobs=0)
    with Session(engine) as s:
        rows = s.exec(select(Change).where(Change.commit == sha).order_by(Change.item)).all()
        got = [(c.item, c.old["default"] if c.old else None, c.new["default"] if c.new else None) for c in rows]
    assert got == [(f"toy/{i}", o, n) for i, o, n in expected]


def test_a_merge_equal_to_a_parent_changes_nothing(history, engine):
    """A merge whose watched files equal its second parent's: nothing to
    extract, no change (the side commit had it)."""
    b = history.commit({TOY: toy_text(A="1 1")}, "base")
    side = history.commit({TOY: toy_text(A="2 1,2")}, "side", parents=[b], move_head=False)
    history.commit({"other.c": "x\n"}, "main")
    m = history.merge(side, "Merge side", files={TOY: toy_text(A="2 1,2")})
    summary = pipeline.ingest(history.repo.workdir, engine, extractors=(TOY_EXTRACTOR,), jobs=0)
    with Session(engine) as s:
        assert s.exec(select(Change).where(Change.commit == m)).all() == []
        assert [(c.commit, c.item) for c in s.exec(select(Change).where(Change.commit == side))] == [(side, "toy/A")]
    assert summary["changes"] == 2  # base's arrival and side's change
