"""The CLI's read-ahead (ingest/cli.py `_ReadAhead`): when the no-op check
meets new commits touching the watched files, the extraction worker is
forked there and told what the full run will read first, so it parses
while the full run starts. The database and the summary must be those of
the same runs without it (`--jobs 0`: no worker, nothing read ahead),
failing extractors (whose states carry the version read before) included."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from app.config import Settings
from app.db import make_engine
from ingest import cli as cli_mod, extraction, noop, watched
from ingest.facts import Extractor
from test_noop import _everything, _untimed
from toy import OLD_TOY, TOY, extract_toy, toy_text


def _flaky(files):
    """The toy extractor, failing on a version that says BOOM."""
    if "BOOM" in (files.get(TOY) or ""):
        raise ValueError("boom")
    return extract_toy(files)


FLAKY = Extractor("toy", (OLD_TOY, TOY), _flaky)


class _Told(list):
    """The signatures told to workers to read ahead (per call), and the
    kept results they were handed."""

    def __init__(self):
        super().__init__()
        self.preloaded: dict[str, str] = {}


@pytest.fixture
def read_ahead(monkeypatch):
    told = _Told()
    warm, preload = extraction.Worker.warm, extraction.Worker.preload

    def warm_spy(self, signatures):
        told.append(list(signatures))
        return warm(self, signatures)

    def preload_spy(self, found):
        told.preloaded.update(found)
        return preload(self, found)
    monkeypatch.setattr(extraction.Worker, "warm", warm_spy)
    monkeypatch.setattr(extraction.Worker, "preload", preload_spy)
    monkeypatch.setattr(watched, "EXTRACTORS", (FLAKY,))
    return told


def _ingest(repo: str, url: str, jobs: int, monkeypatch) -> dict:
    monkeypatch.setenv("DATABASE_URL", url)
    res = CliRunner().invoke(cli_mod.cli, ["ingest", repo, "--jobs", str(jobs), "--json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.output)


def _both(history, tmp_path, monkeypatch) -> dict:
    """The same run with read-ahead (a worker) and without (inline): the
    same summary and database; returns the former's summary."""
    repo = history.repo.workdir
    ahead = _ingest(repo, f"sqlite:///{tmp_path / 'ahead.db'}", 1, monkeypatch)
    inline = _ingest(repo, f"sqlite:///{tmp_path / 'inline.db'}", 0, monkeypatch)
    assert _untimed(ahead) == _untimed(inline)
    engines = [make_engine(Settings(database_url=f"sqlite:///{tmp_path / name}")) for name in ("ahead.db", "inline.db")]
    try:
        assert _everything(engines[0]) == _everything(engines[1])
    finally:
        for e in engines:
            e.dispose()
    return ahead


def test_reading_ahead_writes_what_the_run_without_it_writes(history, tmp_path, monkeypatch, read_ahead):
    history.commit({TOY: toy_text(A="1 1", B="0 0")}, "first")
    history.tag("v6.0")
    _both(history, tmp_path, monkeypatch)
    assert read_ahead == []  # a first run: the no-op check is not asked
    main = history.commit({TOY: toy_text(A="2 2", B="0 0")}, "A moves on")
    side = history.commit({TOY: toy_text(A="2 2", B="1 0,1")}, "side: B", parents=[main], move_head=False)
    history.commit({"README": "docs\n"}, "docs")
    history.commit({TOY: toy_text(A="2 2", B="0 0") + "BOOM\n"}, "the extractor fails here")
    history.commit({TOY: toy_text(A="3 2,3", B="0 0") + "BOOM\n"}, "and here, carrying A 2")
    history.merge(side, "Merge side", files={TOY: toy_text(A="3 2,3", B="1 0,1")})
    for i in range(noop.READ_AHEAD + 2):  # more than are read ahead: the walk submits the rest
        history.commit({TOY: toy_text(A=f"{4 + i} {4 + i}", B="1 0,1")}, f"A to {4 + i}")
    summary = _both(history, tmp_path, monkeypatch)
    assert summary["commits_touching"] == 5 + noop.READ_AHEAD + 2 and summary["extractor_errors"] == 2
    assert len(read_ahead) == noop.READ_AHEAD
    first = read_ahead[0]
    assert len(first) == 2 and first[0] != first[1]  # the first touching commit's parent, then itself
    assert [len(told) for told in read_ahead].count(3) == 1  # the merge: both parents, then the merge
    assert len(read_ahead.preloaded) == 1  # the first run's result at its frontier, read from the SQLite file


def test_nothing_touching_forks_no_worker(history, tmp_path, monkeypatch, read_ahead):
    history.commit({TOY: toy_text(A="1 1")}, "first")
    _both(history, tmp_path, monkeypatch)
    history.commit({"README": "docs\n"}, "docs")
    assert _both(history, tmp_path, monkeypatch)["commits_walked"] == 1
    assert read_ahead == []
