"""The pipeline end to end on small histories (a toy extractor keeps the
histories readable; the real extractors have their own tests)."""
from __future__ import annotations

import os

import pytest
from sqlmodel import Session, select

from app import queries
from app.models import Break, Change, Commit, Item, PendingChange, PendingCommit, Release, ReleaseState
from ingest import pipeline, store
from toy import OLD_TOY, TOY, TOY_EXTRACTOR, toy_text


def run(history, engine, **kw):
    return pipeline.ingest(history.repo.workdir, engine, extractors=(TOY_EXTRACTOR,), **kw)


def dump(engine) -> dict:
    """Everything ingest writes but the run log, comparable across runs."""
    with Session(engine) as s:
        return {
            "commits": sorted((c.sha, c.seq, c.release, c.subject) for c in s.exec(select(Commit))),
            "changes": sorted((c.item, c.commit, c.seq, str(c.old), str(c.new)) for c in s.exec(select(Change))),
            "breaks": sorted((b.item, b.commit, b.direction, b.status, b.resolved_by) for b in s.exec(select(Break))),
            "releases": sorted((r.tag, r.sha, r.position) for r in s.exec(select(Release))),
            "states": sorted((r.release, r.item, str(r.state)) for r in s.exec(select(ReleaseState))),
            "items": sorted(i.slug for i in s.exec(select(Item))),
            "pending": len(s.exec(select(PendingCommit)).all()) + len(s.exec(select(PendingChange)).all()),
        }


def iidr_story(h):
    """IIDR 1 -> 2 with no way back, then 3 with 2 selectable, then 1 again."""
    h.commit({TOY: toy_text(IIDR="1 1")}, "KVM: add the distributor")
    h.tag("v4.18")
    h.commit({"README": "unrelated\n"}, "Docs: unrelated")
    two = h.commit({TOY: toy_text(IIDR="2 2")}, "KVM: vgic: allow configuration of interrupt groups")
    h.tag("v4.19-rc1")
    h.tag("v4.19")
    three = h.commit({TOY: toy_text(IIDR="3 2,3")}, "KVM: vgic-v3: advertise a new revision")
    h.tag("v6.0")
    back = h.commit({TOY: toy_text(IIDR="3 1,2,3")}, "KVM: vgic: let userspace select revision 1")
    return two, three, back


def test_break_opened_then_resolved_and_attributed(history, engine):
    two, three, back = iidr_story(history)
    summary = run(history, engine)
    assert summary["commits_walked"] == 5
    assert summary["commits_touching"] == 4
    assert summary["breaks_resolved"] == 1 and summary["breaks_open"] == 0
    with Session(engine) as s:
        (b,) = s.exec(select(Break)).all()
        assert (b.item, b.commit, b.direction, b.resolved_by) == ("toy/IIDR", two, "upgrade", back)
        assert s.get(Commit, two).release == "v4.19-rc1"  # the first tag that contains it
        assert s.get(Commit, three).release == "v6.0"
        assert s.get(Commit, back).release is None  # not released yet
        state = s.get(ReleaseState, ("v4.19", "toy/IIDR")).state
        assert (state["default"], state["settable"]) == ("2", ["2"])
    with Session(engine) as s:
        changes = queries.changes(s, "toy/IIDR")["changes"]
    assert [c["new"]["default"] for c in changes] == ["1", "2", "3", "3"]
    assert changes[1]["break"]["status"] == "resolved"
    assert changes[2]["break"] is None  # 2 -> 3 admits 2: a restore path


def test_rerun_walks_only_new_commits_and_ends_like_a_fresh_ingest(history, engine, tmp_path):
    two, three, back = iidr_story(history)
    run(history, engine)
    again = run(history, engine)
    assert again["commits_walked"] == 0 and again["file_versions_parsed"] == 0
    history.commit({TOY: toy_text(IIDR="4 1,2,3,4")}, "KVM: revision 4")
    history.tag("v6.1")
    third = run(history, engine)
    assert third["commits_walked"] == 1
    with Session(engine) as s:
        assert s.get(Commit, back).release == "v6.1"  # attributed once its tag exists
    from app.config import Settings
    from app.db import make_engine, upgrade
    fresh = make_engine(Settings(database_url=f"sqlite:///{tmp_path / 'fresh.db'}"))
    upgrade(fresh)
    run(history, fresh)
    assert dump(fresh) == dump(engine)


def test_interrupted_ingest_resumes_to_the_same_database(history, engine, tmp_path, monkeypatch):
    iidr_story(history)
    real = store.Store.write_batch
    calls = {"n": 0}

    def dying(*a, **kw):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt("killed")
        return real(*a, **kw)

    monkeypatch.setattr(store.Store, "write_batch", dying)
    with pytest.raises(KeyboardInterrupt):
        run(history, engine, batch_size=1)
    monkeypatch.setattr(store.Store, "write_batch", real)
    with Session(engine) as s:
        # The batches before the kill are whole, and wait unseen by the web
        # until a run ends with their breaks and releases.
        assert len(s.exec(select(PendingCommit)).all()) == 2
        assert {c.commit for c in s.exec(select(PendingChange))} <= {c.sha for c in s.exec(select(PendingCommit))}
        assert s.exec(select(Commit)).all() == [] and s.exec(select(Change)).all() == []
    run(history, engine, batch_size=1)
    from app.config import Settings
    from app.db import make_engine, upgrade
    fresh = make_engine(Settings(database_url=f"sqlite:///{tmp_path / 'fresh.db'}"))
    upgrade(fresh)
    run(history, fresh)
    assert dump(fresh) == dump(engine)


def test_merge_changes_only_where_it_differs_from_every_parent(history, engine):
    base = history.commit({TOY: toy_text(A="1 1", B="1 1")}, "base")
    side = history.commit({TOY: toy_text(A="2 1,2", B="1 1")}, "side: A to 2", parents=[base], move_head=False)
    history.commit({"other.c": "x\n"}, "main: unrelated")
    merge = history.merge(side, "Merge branch 'side'", files={TOY: toy_text(A="2 1,2", B="1 1")})
    evil = history.merge(history.commit({"z": "1"}, "z", parents=[base], move_head=False),
                         "Merge with a resolution of its own", files={TOY: toy_text(A="2 1,2", B="5 1,5")})
    run(history, engine)
    with Session(engine) as s:
        by_commit = {(c.commit, c.item) for c in s.exec(select(Change))}
    assert (side, "toy/A") in by_commit
    assert not any(c == merge for c, _ in by_commit)  # equals its second parent
    assert (evil, "toy/B") in by_commit and (evil, "toy/A") not in by_commit


def test_rollback_break_and_disappearance(history, engine):
    history.commit({TOY: toy_text(A="1 1")}, "base")
    appear = history.commit({TOY: toy_text(A="1 1", NEWREG="present none 0x6030000000140003")}, "add a register")
    hide = history.commit({TOY: toy_text(A="1 1", NEWREG="present hidden,present 0x6030000000140003")}, "let the VMM hide it")
    gone = history.commit({TOY: toy_text(NEWREG="present hidden,present 0x6030000000140003")}, "drop A")
    run(history, engine)
    with Session(engine) as s:
        got = {(b.item, b.commit): (b.direction, b.status, b.resolved_by) for b in s.exec(select(Break))}
    assert got == {("toy/NEWREG", appear): ("rollback", "resolved", hide),
                   ("toy/A", gone): ("upgrade", "open", None)}


def test_waivers_mark_breaks_and_unmatched_ones_are_reported(history, engine, tmp_path):
    two, _, _ = iidr_story(history)
    history.commit({TOY: toy_text(IIDR="4 4")}, "KVM: revision 4 only")
    waivers = tmp_path / "waivers.toml"
    waivers.write_text(f'[[waiver]]\nitem = "toy/IIDR"\ncommit = "{two[:12]}"\n'
                       f'reason = "no userspace saved IIDR then"\nlink = "https://lore.example/x"\n\n'
                       f'[[waiver]]\nitem = "toy/IIDR"\ncommit = "deadbeef1234"\nreason = "stale"\n')
    summary = run(history, engine, waivers_path=str(waivers))
    assert summary["breaks_waived"] == 1 and summary["breaks_open"] == 1
    assert [w["commit"] for w in summary["unmatched_waivers"]] == ["deadbeef1234"]
    with Session(engine) as s:
        data = queries.breaks(s, "waived")
    assert data["breaks"][0]["waiver"]["link"] == "https://lore.example/x"
    assert [w["commit"] for w in data["unmatched_waivers"]] == ["deadbeef1234"]


def test_file_move_is_not_a_change(history, engine):
    history.commit({OLD_TOY: toy_text(A="1 1")}, "in virt/kvm/arm")
    history.tag("v5.7")
    history.commit({OLD_TOY: None, TOY: toy_text(A="1 1")}, "KVM: arm64: Move virt/kvm/arm to arch/arm64")
    history.tag("v5.8")
    summary = run(history, engine)
    assert summary["changes"] == 1 and summary["commits_touching"] == 2


def test_rewritten_history_drops_orphans(history, engine):
    base = history.commit({TOY: toy_text(A="1 1")}, "base")
    history.commit({TOY: toy_text(A="2 2")}, "to be rewritten")
    run(history, engine)
    history.checkout(base)
    replacement = history.commit({TOY: toy_text(A="2 1,2")}, "rewritten")
    summary = run(history, engine)
    assert summary["dropped_commits"] == 1
    assert any("rewritten" in w for w in summary["warnings"])
    with Session(engine) as s:
        assert {c.sha for c in s.exec(select(Commit))} == {base, replacement}
        assert s.exec(select(Break)).all() == []


def test_no_tags_is_a_warning_not_an_error(history, engine):
    history.commit({TOY: toy_text(A="1 1")}, "base")
    summary = run(history, engine)
    assert summary["changes"] == 1
    assert any("no release tags" in w for w in summary["warnings"])


def _merges(history):
    iidr_story(history)
    main = history.head
    side = history.commit({TOY: toy_text(IIDR="3 1,2,3", PSCI="1.0 1.0")}, "side: PSCI", parents=[main],
                          move_head=False)
    history.commit({TOY: toy_text(IIDR="4 4")}, "main: IIDR 4")
    history.merge(side, "Merge side", files={TOY: toy_text(IIDR="4 4", PSCI="1.0 1.0")})
    history.tag("v6.1")


def test_a_worker_process_and_inline_extraction_write_the_same(history, engine, tmp_path):
    from app.config import Settings
    from app.db import make_engine, upgrade

    _merges(history)
    inline = run(history, engine, jobs=0, batch_size=2)
    other = make_engine(Settings(database_url=f"sqlite:///{tmp_path / 'worker.db'}"))
    upgrade(other)
    worker = run(history, other, jobs=1, batch_size=3)
    assert dump(engine) == dump(other)
    assert inline["worker_peak_rss_kb"] == 0 < worker["worker_peak_rss_kb"]
    assert inline["extract_ms"].keys() == worker["extract_ms"].keys() == {"toy"}
    assert inline["file_versions_parsed"] == worker["file_versions_parsed"] > 0


def _dies(files):
    os._exit(3)


def test_a_dead_worker_stops_the_ingest_with_nothing_published(history, engine):
    from ingest.extraction import WorkerError
    from ingest.facts import Extractor

    iidr_story(history)
    with pytest.raises(WorkerError, match="exit code 3"):
        pipeline.ingest(history.repo.workdir, engine, extractors=(Extractor("dies", (TOY,), _dies),), jobs=1)
    with Session(engine) as s:
        assert s.exec(select(Commit)).all() == [] and s.exec(select(Change)).all() == []
