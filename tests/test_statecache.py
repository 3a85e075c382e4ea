"""Extractor results kept across runs (ingest/statecache.py): a run reads
its first new commit's parent from them instead of parsing its files, and
writes what a run without them writes. A result kept for other code or
another file version is never read: the poisoned-cache tests below would
see it in the changes."""
from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from app.config import Settings
from app.db import make_engine, upgrade
from app.models import Change, StateCache
from ingest import pipeline, statecache
from ingest.facts import Evidence, Extractor, State
from ingest.states import Reader
from test_pipeline import dump
from toy import TOY, TOY_EXTRACTOR, toy_text

POISON = statecache.encode((State("toy/A", "99", ("99",)),))


def run(history, engine, **kw):
    return pipeline.ingest(history.repo.workdir, engine, extractors=(TOY_EXTRACTOR,), **kw)


@pytest.fixture
def reference(tmp_path):
    """A second database, whose runs never find kept results."""
    eng = make_engine(Settings(database_url=f"sqlite:///{tmp_path / 'reference.db'}"))
    upgrade(eng)
    yield eng
    eng.dispose()


def _forget(engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM statecache"))


def _poison(engine) -> int:
    with engine.begin() as conn:
        return conn.execute(text("UPDATE statecache SET states = :s"), {"s": POISON}).rowcount


def _grow(history) -> None:
    history.commit({TOY: toy_text(A="1 1", B="0 0")}, "first")
    history.tag("v6.0")
    history.commit({TOY: toy_text(A="2 2", B="0 0")}, "A moves on")


def _more(history) -> None:
    history.commit({"README": "docs\n"}, "docs")
    history.commit({TOY: toy_text(A="3 2,3", B="0 0")}, "A 3, 2 selectable")
    history.commit({TOY: toy_text(A="3 2,3", B="1 0,1")}, "B moves on")


@pytest.mark.parametrize("jobs", [0, 1])
def test_the_next_run_reads_the_parent_from_the_kept_results(history, engine, reference, jobs):
    _grow(history)
    run(history, engine, jobs=jobs)
    run(history, reference, jobs=jobs)
    with Session(engine) as s:
        assert len(s.exec(select(StateCache)).all()) == 1  # the toy extractor at the frontier
    _forget(reference)
    _more(history)
    cached, parsed = run(history, engine, jobs=jobs), run(history, reference, jobs=jobs)
    assert dump(engine) == dump(reference)
    assert cached["file_versions_parsed"] == 2 and parsed["file_versions_parsed"] == 3  # not the parent's
    assert cached["extract_ms"]["toy"]["runs"] == 2 and parsed["extract_ms"]["toy"]["runs"] == 3


def test_a_kept_result_is_read_as_it_is(history, engine):
    """The poison shows: the cache is read (the tests below rely on it)."""
    _grow(history)
    run(history, engine)
    assert _poison(engine) == 1
    _more(history)
    run(history, engine)
    with Session(engine) as s:
        assert any(c.old and c.old["default"] == "99" for c in s.exec(select(Change)))


def test_results_kept_by_other_extractor_code_are_not_read(history, engine, reference, monkeypatch):
    _grow(history)
    run(history, engine)
    run(history, reference)
    assert _poison(engine) == 1
    statecache._code.cache_clear()
    real = statecache._code
    monkeypatch.setattr(statecache, "_code", lambda module_file: "edited" + real(module_file))  # the code changed
    _forget(reference)
    _more(history)
    run(history, engine)
    run(history, reference)
    assert dump(engine) == dump(reference)


def test_the_cache_keeps_the_frontier_only(history, engine):
    _grow(history)
    run(history, engine)
    first = _keys(engine)
    history.commit({"README": "docs\n"}, "docs")  # the frontier moves, its files do not
    run(history, engine)
    assert _keys(engine) == first
    history.commit({TOY: toy_text(A="5 5", B="0 0")}, "A 5")
    run(history, engine)
    assert len(_keys(engine)) == 1 and _keys(engine) != first


def _keys(engine) -> set[str]:
    with Session(engine) as s:
        return set(s.exec(select(StateCache.key)))


def test_a_key_names_the_extractor_its_code_and_every_blob():
    other = Extractor("other", TOY_EXTRACTOR.paths, TOY_EXTRACTOR.fn)
    keys = {statecache.key(TOY_EXTRACTOR, ("a", None), "c1"), statecache.key(TOY_EXTRACTOR, ("b", None), "c1"),
            statecache.key(TOY_EXTRACTOR, (None, "a"), "c1"), statecache.key(TOY_EXTRACTOR, ("a", None), "c2"),
            statecache.key(other, ("a", None), "c1")}
    assert len(keys) == 5
    assert statecache.code(TOY_EXTRACTOR) == statecache.code(TOY_EXTRACTOR) is not None


def test_a_reader_reads_a_kept_result_for_its_own_blobs_only(history):
    history.commit({TOY: toy_text(A="1 1")}, "one")
    one = history.head
    history.commit({TOY: toy_text(A="2 2")}, "two")
    reader = Reader.open(history.repo.workdir, (TOY_EXTRACTOR,))
    sig_one = reader.signatures(history.repo[one].tree_id)
    sig_two = reader.signatures(history.repo[history.head].tree_id)
    (kept,) = statecache.keys((TOY_EXTRACTOR,), reader.signatures.paths, [sig_one])
    reader.states.preload({kept: POISON})
    assert reader.states(sig_two)["toy/A"].default == "2"  # another blob: extracted
    assert reader.states(sig_one)["toy/A"].default == "99"  # its own: read
    assert reader.states.kept([sig_two]) == {
        statecache.key(TOY_EXTRACTOR, statecache.blobs_of(TOY_EXTRACTOR, sig_two, {p: i for i, p in
                                                          enumerate(reader.signatures.paths)}),
                       statecache.code(TOY_EXTRACTOR)): statecache.encode((State("toy/A", "2", ("2",)),))}


def test_states_come_back_from_json_exactly_or_are_not_kept():
    states = (State("idreg/X/Y", "capped:1", ("lower-safe",), ("a <warning> \"quoted\" ü",),
                    (("when", "x == 1"), ("index", "0x6030")),
                    (Evidence("default", "arch/arm64/kvm/sys_regs.c", 12, None, "\tval &= ~X;"),)),
              State("fw/A", "1.1"))
    assert statecache.decode(statecache.encode(states)) == states
    assert statecache.encode((State("x", "1", extra=(("k", ("not", "a", "str")),)),)) is None  # type: ignore[arg-type]
