"""A run with nothing to do is told and recorded without the walk, the
attribution and the judge (ingest/noop.py), and a run whose changes and
waivers are the stored ones keeps the stored judgement. Every run here goes
to two databases: one as the ingest runs it, one with both shortcuts turned
off; they must end the same, and anything new (a tag, a moved or deleted
tag, other waivers, a rewritten branch, a killed run's batches) must reach
the full run and the judge."""
from __future__ import annotations

import json

import pytest
from sqlmodel import Session, select
from typer.testing import CliRunner

from app.config import Settings
from app.db import make_engine, upgrade
from app.models import IngestRun, Waiver
from ingest import cli as cli_mod, fingerprint, judge as judge_mod, noop, pipeline, watched
from test_pipeline import dump
from toy import TOY, TOY_EXTRACTOR, toy_text

TIMINGS = ("seconds", "phase_seconds", "worker_peak_rss_kb")


class Twins:
    """The same runs on two databases: `engine` takes the shortcut when it
    can, `full` never does. `shortcuts` counts the runs it answered."""

    def __init__(self, history, engine, tmp_path, monkeypatch):
        self.history, self.engine, self.waivers = history, engine, None
        self.full = make_engine(Settings(database_url=f"sqlite:///{tmp_path / 'full.db'}"))
        upgrade(self.full)
        self.shortcuts = 0
        real = noop.attempt
        self._off = False

        def attempt(*a, **kw):
            if self._off:
                return None
            found = real(*a, **kw)
            self.shortcuts += found is not None
            return found
        monkeypatch.setattr(noop, "attempt", attempt)
        self.judged = 0
        real_judge = pipeline._judge

        def judge(run):
            if self._off:  # the reference judges every time
                return judge_mod.judge(run.store.all_changes(), run.waivers)
            found = real_judge(run)
            self.judged += found[0] is not None
            return found
        monkeypatch.setattr(pipeline, "_judge", judge)

    def run(self, **kw) -> dict:
        kw = {"extractors": (TOY_EXTRACTOR,), "waivers_path": self.waivers, **kw}
        path = self.history.repo.workdir
        self._off = True
        try:
            reference = pipeline.ingest(path, self.full, **kw)
        finally:
            self._off = False
        summary = pipeline.ingest(path, self.engine, **kw)
        assert _untimed(summary) == _untimed(reference)
        assert _everything(self.engine) == _everything(self.full)
        return summary


def _untimed(summary: dict) -> dict:
    out = {k: v for k, v in summary.items() if k not in TIMINGS}
    out["extract_ms"] = {name: t["runs"] for name, t in out.get("extract_ms", {}).items()}
    return out


def _everything(engine) -> dict:
    with Session(engine) as s:
        runs = [(r.status, r.walked, r.tips, _untimed(r.stats)) for r in s.exec(select(IngestRun).order_by(IngestRun.id))]
        # In the file's order (their ids' order); the ids themselves are the
        # database's: PostgreSQL's sequences do not reuse those of deleted rows.
        waivers = [(w.item, w.commit, w.reason, w.link, w.direction, w.matched)
                   for w in s.exec(select(Waiver).order_by(Waiver.id))]
    return {**dump(engine), "runs": runs, "waivers": waivers}


@pytest.fixture
def twins(history, engine, tmp_path, monkeypatch):
    t = Twins(history, engine, tmp_path, monkeypatch)
    yield t
    t.full.dispose()


def story(h):
    h.commit({TOY: toy_text(A="1 1", B="0 0")}, "first")
    h.tag("v6.0")
    two = h.commit({TOY: toy_text(A="2 2", B="0 0")}, "A moves on, no way back")
    h.commit({"README": "docs\n"}, "docs")
    h.tag("v6.1-rc1")
    h.commit({TOY: toy_text(A="2 2", B="1 0,1")}, "B moves on")
    return two


def test_nothing_new_is_recorded_as_the_full_run_would(twins):
    story(twins.history)
    twins.run()
    again = twins.run()
    assert twins.shortcuts == 1 and again["commits_walked"] == 0
    assert again["breaks_open"] == 1 and set(again["phase_seconds"]) == set(noop.PHASES)
    twins.run(jobs=0)
    assert twins.shortcuts == 2


def test_new_commits_touching_nothing_are_recorded_as_the_full_run_would(twins):
    story(twins.history)
    twins.run()
    main = twins.history.head
    side = twins.history.commit({"README": "side\n"}, "side", parents=[main], move_head=False)
    twins.history.commit({"docs/x": "main\n"}, "main moves on")
    twins.history.merge(side, "Merge side", files={"README": "side\n", "docs/x": "main\n"})
    assert twins.run()["commits_walked"] == 3 and twins.shortcuts == 1
    twins.history.commit({"README": "again\n"}, "docs")
    twins.history.commit({TOY: toy_text(A="3 2,3", B="1 0,1")}, "touches")  # the walk meets it: the full run
    summary = twins.run()
    assert summary["commits_walked"] == 2 and summary["commits_touching"] == 1 and twins.shortcuts == 1
    twins.history.commit({"README": "once more\n"}, "docs")
    twins.history.tag("v6.1")
    assert twins.run()["commits_walked"] == 1 and twins.shortcuts == 1  # a new release: the full run
    twins.history.commit({TOY: toy_text(A="3 2,3", B="1 0,1")}, "same text as before: touches nothing")
    assert twins.run()["commits_touching"] == 0 and twins.shortcuts == 2
    twins.history.commit({TOY: toy_text(A="4 4", B="1 0,1")}, "numbered after the walked ones")
    assert twins.run()["commits_touching"] == 1 and twins.shortcuts == 2


def test_too_many_new_commits_go_to_the_full_run(twins, monkeypatch):
    story(twins.history)
    twins.run()
    monkeypatch.setattr(noop, "LIMIT", 2)
    for i in range(3):
        twins.history.commit({"README": f"{i}\n"}, "docs")
    assert twins.run()["commits_walked"] == 3 and twins.shortcuts == 0
    twins.history.commit({"README": "two\n"}, "docs")
    twins.history.commit({"README": "three\n"}, "docs")
    assert twins.run()["commits_walked"] == 2 and twins.shortcuts == 1


def test_a_new_tag_on_an_old_commit_is_picked_up(twins):
    two = story(twins.history)
    twins.run()
    twins.history.tag("v6.0-rc9", two)  # not a tip the last run saw
    twins.run()
    assert twins.shortcuts == 0
    twins.history.tag("v6.1-rc2")  # at HEAD: a known tip, a new release
    twins.run()
    assert twins.shortcuts == 0
    twins.run()
    assert twins.shortcuts == 1


def test_new_commits_on_a_released_head_are_picked_up(twins):
    story(twins.history)
    twins.history.tag("v6.1")  # the head: the last run's frontier is a release
    twins.run()
    twins.history.commit({TOY: toy_text(A="5 5", B="1 0,1")}, "after the release")
    assert twins.run()["commits_walked"] == 1 and twins.shortcuts == 0


def test_a_head_moved_back_to_a_release_is_picked_up(twins):
    story(twins.history)
    released = twins.history.head
    twins.history.tag("v6.1")
    twins.history.commit({TOY: toy_text(A="5 5", B="1 0,1")}, "left behind")
    twins.run()
    twins.history.checkout(released)  # every tip a known one, the frontier gone
    assert twins.run()["dropped_commits"] == 1 and twins.shortcuts == 0


def test_a_moved_or_deleted_tag_is_picked_up(twins):
    two = story(twins.history)
    twins.run()
    twins.history.repo.references.delete("refs/tags/v6.1-rc1")
    twins.history.tag("v6.1-rc1", two)
    twins.run()
    assert twins.shortcuts == 0
    twins.history.repo.references.delete("refs/tags/v6.0")
    twins.run()
    assert twins.shortcuts == 0


def test_the_stable_flag_is_picked_up(twins):
    story(twins.history)
    twins.history.tag("v6.0.1")
    twins.run()
    twins.run(stable=True)
    assert twins.shortcuts == 0
    twins.run(stable=True)
    assert twins.shortcuts == 1


def test_changed_waivers_are_picked_up(twins, tmp_path):
    two = story(twins.history)
    twins.run()
    path = tmp_path / "waivers.toml"
    twins.waivers = str(path)
    path.write_text(f'[[waiver]]\nitem = "toy/A"\ncommit = "{two[:12]}"\nreason = "nobody saved A"\n')
    assert twins.run()["breaks_waived"] == 1 and twins.shortcuts == 0
    twins.run()
    assert twins.shortcuts == 1
    path.write_text(f'[[waiver]]\nitem = "toy/A"\ncommit = "{two[:12]}"\nreason = "another reason"\n'
                    f'[[waiver]]\nitem = "toy/B"\ncommit = "deadbeef1234"\nreason = "stale"\n')
    again = twins.run()
    assert twins.shortcuts == 1 and [w["commit"] for w in again["unmatched_waivers"]] == ["deadbeef1234"]
    again = twins.run()  # unmatched waivers are reported by the shortcut too
    assert twins.shortcuts == 2 and [w["commit"] for w in again["unmatched_waivers"]] == ["deadbeef1234"]
    twins.waivers = None
    assert twins.run()["breaks_waived"] == 0 and twins.shortcuts == 2


def test_a_rewritten_branch_or_a_head_moved_back_is_picked_up(twins):
    story(twins.history)
    base = twins.history.head
    twins.history.commit({TOY: toy_text(A="3 3", B="1 0,1")}, "to be rewritten")
    twins.run()
    twins.history.checkout(base)
    twins.run()
    assert twins.shortcuts == 0
    twins.history.commit({TOY: toy_text(A="3 2,3", B="1 0,1")}, "rewritten")
    summary = twins.run()
    assert twins.shortcuts == 0 and summary["commits_walked"] == 1
    twins.run()
    assert twins.shortcuts == 1


def test_a_killed_runs_batches_are_picked_up(twins, monkeypatch):
    story(twins.history)
    twins.run()
    known = twins.history.head
    twins.history.commit({TOY: toy_text(A="4 4", B="1 0,1")}, "new")
    real = pipeline._conclude

    def killed(run, ex):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "_conclude", killed)
    for engine in (twins.engine, twins.full):
        with pytest.raises(KeyboardInterrupt):
            pipeline.ingest(twins.history.repo.workdir, engine, extractors=(TOY_EXTRACTOR,), batch_size=1)
    monkeypatch.setattr(pipeline, "_conclude", real)
    assert dump(twins.engine)["pending"] > 0
    twins.history.checkout(known)  # every tip seen before: only the batches are new
    twins.run()
    assert twins.shortcuts == 0 and dump(twins.engine)["pending"] == 0
    twins.run()
    assert twins.shortcuts == 1


def test_the_judge_runs_when_its_inputs_changed(twins, tmp_path):
    story(twins.history)
    twins.run()
    assert twins.judged == 1
    twins.history.commit({"README": "more docs\n"}, "docs again")
    twins.history.tag("v6.1")
    assert twins.run()["commits_walked"] == 1 and twins.judged == 1  # nothing for the judge
    twins.history.commit({TOY: toy_text(B="1 0,1", A="2 2")}, "touches, changes nothing")
    assert twins.run()["commits_touching"] == 1 and twins.judged == 1
    twins.history.commit({TOY: toy_text(A="1 1", B="1 0,1")}, "A back to 1: a change")
    assert twins.run()["changes"] == 5 and twins.judged == 2
    path = tmp_path / "waivers.toml"
    twins.waivers = str(path)
    path.write_text('[[waiver]]\nitem = "toy/B"\ncommit = "deadbeef1234"\nreason = "stale"\n')
    twins.history.commit({"README": "docs, third\n"}, "docs")
    assert twins.run()["unmatched_waivers"] and twins.judged == 3
    twins.history.commit({"README": "docs, fourth\n"}, "docs")
    assert twins.run()["unmatched_waivers"] and twins.judged == 3


def test_a_run_killed_after_dropping_orphans_leaves_the_judge_to_the_next(twins, monkeypatch):
    story(twins.history)
    base = twins.history.head
    twins.history.commit({TOY: toy_text(A="1 1", B="1 0,1")}, "A back to 1: resolves the break")
    assert twins.run()["breaks_resolved"] == 1
    twins.history.checkout(base)
    twins.history.commit({"README": "rewritten\n"}, "rewritten")
    real = pipeline._conclude

    def killed(run, ex):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "_conclude", killed)
    for engine in (twins.engine, twins.full):
        with pytest.raises(KeyboardInterrupt):  # after the orphans went, before the judge
            pipeline.ingest(twins.history.repo.workdir, engine, extractors=(TOY_EXTRACTOR,))
    monkeypatch.setattr(pipeline, "_conclude", real)
    summary = twins.run()  # nothing dropped by this run, but the judgement is stale
    assert summary["breaks_resolved"] == 0 and summary["breaks_open"] == 1 and twins.judged == 2


# --- the command line: SQLite read without SQLAlchemy ---------------------------------------------

def test_the_cli_records_nothing_new_as_the_store_does(history, db_url, tmp_path, monkeypatch):
    """`guestabi ingest` tells a no-op from a SQLite file with the standard
    library; what it writes and prints is what the Store would."""
    if not db_url.startswith("sqlite"):
        pytest.skip("the standard-library reader is SQLite's")
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.setattr(watched, "EXTRACTORS", (TOY_EXTRACTOR,))
    two = story(history)
    waivers = tmp_path / "waivers.toml"
    waivers.write_text(f'[[waiver]]\nitem = "toy/A"\ncommit = "{two[:12]}"\nreason = "r"\n'
                       f'[[waiver]]\nitem = "toy/B"\ncommit = "deadbeef1234"\nreason = "stale"\n')
    runner = CliRunner()
    opened = []
    real = noop.SqliteFile.open

    def spy(*a):
        found = real(*a)
        opened.append(found is not None)
        return found
    monkeypatch.setattr(noop.SqliteFile, "open", spy)

    def ingest() -> dict:
        res = runner.invoke(cli_mod.cli, ["ingest", history.repo.workdir, "--waivers", str(waivers), "--json"])
        assert res.exit_code == 0, res.output
        return json.loads(res.output)

    first = ingest()
    assert opened == [False]  # no database yet: the full run makes it
    history.commit({"README": "docs\n"}, "docs")
    grown = ingest()
    assert opened == [False, True] and grown["commits_walked"] == 1
    cli_run = ingest()
    assert opened == [False, True, True] and cli_run["commits_walked"] == 0
    engine = make_engine(Settings(database_url=db_url))
    store_run = noop.attempt(history.repo.workdir, pipeline.Store(engine), pipeline.waivers_mod.load(str(waivers)),
                             False, 0.0)
    assert store_run is not None and _untimed(store_run) == _untimed(cli_run)
    assert cli_run["unmatched_waivers"] == first["unmatched_waivers"] != []
    with Session(engine) as s:
        runs = s.exec(select(IngestRun).order_by(IngestRun.id)).all()
        assert [(r.status, r.walked, r.tips) for r in runs] == [("done", 4, runs[0].tips), ("done", 1, [history.head]),
                                                                 ("done", 0, [history.head]), ("done", 0, [history.head])]
        assert _untimed(runs[2].stats) == _untimed(runs[3].stats)
        assert runs[1].finished == runs[1].started
    with engine.connect() as conn:  # stored alike, byte for byte (but the times)
        rows = conn.exec_driver_sql("SELECT started, tips, typeof(stats) FROM ingestrun").all()
        assert len({len(r[0]) for r in rows}) == 1 and rows[2][1:] == rows[3][1:]
    engine.dispose()


def test_the_cli_leaves_other_databases_to_the_full_run(tmp_path):
    assert noop.SqliteFile.open(f"sqlite:///{tmp_path / 'missing.db'}", {"head"}) is None
    assert noop.SqliteFile.open("sqlite://", {"head"}) is None
    assert noop.SqliteFile.open("postgresql://u@h/db", {"head"}) is None
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert noop.SqliteFile.open(f"sqlite:///{empty}", {"head"}) is None  # no schema yet


def _judged_by_other_code(engine) -> None:
    """The stored judgement as an older judge left it: another fingerprint,
    and (say) no breaks at all."""
    from app.models import Break

    with Session(engine) as s:
        for b in s.exec(select(Break)):
            s.delete(b)
        run = s.exec(select(IngestRun).where(IngestRun.status == "done").order_by(IngestRun.id.desc())).first()
        run.stats = {**run.stats, "judge": "0123456789abcdef"}
        s.add(run)
        s.commit()


def test_breaks_judged_by_other_code_are_judged_again(twins):
    """An upgraded guestabi judges again on its first run, even one with
    nothing new: neither the shortcut nor the kept judgement answers it."""
    story(twins.history)
    twins.run()
    assert twins.judged == 1
    _judged_by_other_code(twins.engine)
    _judged_by_other_code(twins.full)
    again = twins.run()
    assert twins.shortcuts == 0 and twins.judged == 2 and again["breaks_open"] == 1
    assert again["judge"] == fingerprint.judge()
    twins.run()
    assert twins.shortcuts == 1 and twins.judged == 2


def test_the_cli_judges_again_after_an_upgrade(history, db_url, monkeypatch):
    """The standard-library reader sees the fingerprint too."""
    if not db_url.startswith("sqlite"):
        pytest.skip("the standard-library reader is SQLite's")
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.setattr(watched, "EXTRACTORS", (TOY_EXTRACTOR,))
    story(history)
    runner = CliRunner()

    def ingest() -> dict:
        res = runner.invoke(cli_mod.cli, ["ingest", history.repo.workdir, "--json"])
        assert res.exit_code == 0, res.output
        return json.loads(res.output)

    assert ingest()["breaks_open"] == 1
    engine = make_engine(Settings(database_url=db_url))
    _judged_by_other_code(engine)
    ledger = noop.SqliteFile.open(db_url, _heads())
    assert ledger is not None and ledger.last_judge() == "0123456789abcdef"
    ledger.close()
    assert ingest()["breaks_open"] == 1
    assert ingest()["commits_walked"] == 0
    engine.dispose()


def _heads() -> set[str]:
    from ingest.commands.common import schema_heads

    return set(schema_heads())


def test_the_cli_asks_the_shortcut_once_a_run(history, db_url, monkeypatch):
    """When the standard-library reader has found something new, the full
    run does not ask again (it would walk the new commits once more)."""
    if not db_url.startswith("sqlite"):
        pytest.skip("the standard-library reader is SQLite's")
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.setattr(watched, "EXTRACTORS", (TOY_EXTRACTOR,))
    story(history)
    asked: list[str] = []
    real = noop.attempt

    def counted(path, ledger, *a, **kw):
        asked.append(type(ledger).__name__)
        return real(path, ledger, *a, **kw)
    monkeypatch.setattr(noop, "attempt", counted)
    runner = CliRunner()

    def ingest() -> dict:
        res = runner.invoke(cli_mod.cli, ["ingest", history.repo.workdir, "--json"])
        assert res.exit_code == 0, res.output
        return json.loads(res.output)

    ingest()
    assert asked == ["Store"]  # no database yet: the full run asks
    history.commit({TOY: toy_text(A="3 3", B="1 0,1")}, "A moves on again")
    assert ingest()["commits_touching"] == 1
    assert asked == ["Store", "SqliteFile"]
    assert ingest()["commits_walked"] == 0
    assert asked == ["Store", "SqliteFile", "SqliteFile"]
