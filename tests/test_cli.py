"""The command line as a user runs it: exit codes, messages, JSON shapes."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from ingest import cli as cli_mod
from ingest import watched
from toy import TOY, TOY_EXTRACTOR, toy_text

runner = CliRunner()


@pytest.fixture
def guestabi(db_url, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", db_url)
    # The toy extractor stands in for the real ones: histories stay readable.
    monkeypatch.setattr(watched, "EXTRACTORS", (TOY_EXTRACTOR,))

    def call(*args):
        return runner.invoke(cli_mod.cli, list(args))
    return call


def story(h):
    h.commit({TOY: toy_text(IIDR="1 1")}, "KVM: <script>alert(1)</script> \"quoted\" ünïcode")
    h.tag("v4.18")
    two = h.commit({TOY: toy_text(IIDR="2 2")}, "KVM: vgic: revision 2")
    h.tag("v4.19")
    return two


def test_ingest_then_read_states_changes_breaks(guestabi, history):
    two = story(history)
    res = guestabi("ingest", history.repo.workdir, "--json")
    assert res.exit_code == 0, res.output
    summary = json.loads(res.output)
    assert summary["commits_touching"] == 2 and summary["breaks_open"] == 1

    res = guestabi("states", "--at", "v4.18", "--json")
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["states"] == [
        {"item": "toy/IIDR", "default": "1", "settable": ["1"], "warnings": []}]

    res = guestabi("states", "--at", two[:10], "--json")  # not a release: read from the repository
    assert json.loads(res.output)["states"][0]["default"] == "2"

    res = guestabi("changes", "--item", "toy/IIDR", "--json")
    changes = json.loads(res.output)["changes"]
    assert [c["release"] for c in changes] == ["v4.18", "v4.19"]
    assert changes[1]["break"] == {"item": "toy/IIDR", "commit": two[:12], "direction": "upgrade",
                                   "status": "open", "resolved_by": None, "waiver": None,
                                   "reason": changes[1]["break"]["reason"], "vcpu": "both"}

    res = guestabi("breaks", "--status", "open")
    assert res.exit_code == 0
    assert f'Fixes: {two[:12]} ("KVM: vgic: revision 2")' in res.output
    res = guestabi("breaks", "--status", "resolved", "--json")
    assert json.loads(res.output)["breaks"] == []


@pytest.mark.parametrize("jobs", ["0", "1"])
def test_ingest_jobs_choose_where_the_extractors_run(guestabi, history, jobs):
    story(history)
    res = guestabi("ingest", history.repo.workdir, "--jobs", jobs, "--json")
    assert res.exit_code == 0, res.output
    summary = json.loads(res.output)
    assert summary["breaks_open"] == 1 and summary["file_versions_parsed"] == 2
    assert (summary["worker_peak_rss_kb"] > 0) == (jobs == "1")
    assert {"walk", "extract_wait", "attribute", "release_states", "judge"} <= summary["phase_seconds"].keys()
    assert guestabi("ingest", history.repo.workdir, "--jobs", "2").exit_code == 2


def test_ingest_prints_a_summary(guestabi, history):
    story(history)
    res = guestabi("ingest", history.repo.workdir)
    assert res.exit_code == 0, res.output
    for word in ("commits walked 2", "touching watched files 2", "file versions parsed 2",
                 "items 1", "changes 2", "breaks open 1"):
        assert word in res.output


@pytest.mark.parametrize("args, message", [
    (("ingest", "/nonexistent/linux"), "no such file"),
    (("states", "--at", "v9.9"), "not a release"),
    (("breaks", "--status", "bogus"), "--status must be"),
    (("changes", "--item", "fw/NOPE"), "unknown item"),
])
def test_bad_input_exits_2_with_a_message(guestabi, args, message):
    res = guestabi(*args)
    assert res.exit_code == 2
    assert message in res.output


def test_not_a_repository(guestabi, tmp_path):
    res = guestabi("ingest", str(tmp_path))
    assert res.exit_code == 2 and "not a git repository" in res.output


def test_unknown_ref_in_a_known_repository(guestabi, history):
    story(history)
    guestabi("ingest", history.repo.workdir)
    res = guestabi("states", "--at", "no-such-ref")
    assert res.exit_code == 2 and "unknown ref" in res.output


def test_bad_waivers_file_writes_nothing(guestabi, history, tmp_path):
    story(history)
    bad = tmp_path / "w.toml"
    bad.write_text('[[waiver]]\nitem = "toy/IIDR"\ncommit = "xyz"\nreason = "r"\n')
    res = guestabi("ingest", history.repo.workdir, "--waivers", str(bad))
    assert res.exit_code == 2 and "hex" in res.output
    res = guestabi("changes", "--json")
    assert json.loads(res.output)["changes"] == []


def test_every_registered_extractor_has_a_test_module():
    from pathlib import Path
    here = Path(__file__).parent
    for ext in watched.EXTRACTORS:
        assert (here / f"test_extract_{ext.name}.py").exists(), ext.name
