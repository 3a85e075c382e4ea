"""The command line as a user runs it: exit codes, messages, JSON shapes."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from ingest import cli as cli_mod
from ingest.commands import common
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
    assert {"walk", "extract_wait", "attribute", "release_states", "judge", "store"} <= summary["phase_seconds"].keys()
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


def test_help_imports_neither_the_database_nor_the_web_nor_the_extractors():
    """`guestabi --help` answers at once: the heavy modules load when a
    command runs, not when the CLI starts."""
    import subprocess
    import sys

    code = ("import sys\nfrom typer.testing import CliRunner\nfrom ingest.cli import cli\n"
            "res = CliRunner().invoke(cli, ['--help'])\nassert res.exit_code == 0, res.output\n"
            "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('sqlmodel', 'sqlalchemy', 'fastapi', 'app', 'pygit2', 'tree_sitter', 'alembic'))))\n"
            "print(res.output)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    heavy, listing = out.split("\n", 1)
    assert heavy == ""
    for name in ("ingest", "states", "check", "coverage", "mirror", "db"):
        assert f" {name} " in listing


@pytest.mark.parametrize("args, message", [
    (["--jobs", "2"], "Input should be less than or equal to 1"),
    (["--jobs", "-1"], "Input should be greater than or equal to 0"),
    (["-j", "x"], "Input should be a valid integer, unable to parse string as an integer"),
    ([], "Missing argument 'path'"),
])
def test_ingest_options_are_checked_as_typer_checks_them(args, message):
    """ingest's text, integer and flag options are coerced without typer's
    pydantic adapters (cli._plain), with typer's messages."""
    res = runner.invoke(cli_mod.cli, ["ingest", *args] + (["/no/such/path"] if args else []))
    assert res.exit_code == 2 and message in " ".join(res.output.replace("│", " ").split())


def test_ingest_with_nothing_new_loads_neither_sqlalchemy_nor_pydantic(history, tmp_path):
    """From a SQLite file, a run with nothing new is told and recorded with
    the standard library (ingest/noop.py), its options read without
    pydantic (a third of its time when it was loaded)."""
    import os
    import subprocess
    import sys

    story(history)
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'g.db'}"}
    ingest = [sys.executable, "-c", "import sys\nfrom ingest.cli import main\nsys.argv[0] = 'guestabi'\n"
              "try:\n    main()\nfinally:\n    print(' '.join(sorted({m.split('.')[0] for m in sys.modules} & "
              "{'sqlmodel', 'sqlalchemy', 'pydantic', 'alembic', 'app'})))\n",
              "ingest", history.repo.workdir, "--jobs", "0", "--json"]
    first = subprocess.run(ingest, env=env, capture_output=True, text=True, check=True).stdout
    assert first.splitlines()[-1] != ""  # the full run loads the database layer
    again = subprocess.run(ingest, env=env, capture_output=True, text=True, check=True).stdout
    assert again.splitlines()[-1] == "app" and json.loads(again.rsplit("\n", 2)[0])["commits_walked"] == 0


@pytest.mark.parametrize("name", sorted(cli_mod._LazyGroup.lazy))
def test_a_lazy_command_lists_its_own_help_line_and_runs(name):
    import typer

    listed = cli_mod._LazyGroup.lazy[name][1]
    group = typer.main.get_command(cli_mod.cli)
    with group.make_context("guestabi", [name]) as ctx:
        command = group.get_command(ctx, name)
    assert command.callback is not None  # the real command, loaded
    assert " ".join(command.help.split("\n\n")[0].split()) == listed  # the paragraph --help would list
    res = runner.invoke(cli_mod.cli, [name, "--help"])
    assert res.exit_code == 0 and "Usage" in res.output


def test_the_cli_reads_the_schema_head_as_alembic_does(db_url, tmp_path):
    """The CLI skips loading alembic when the schema is at head: it must
    tell head exactly as alembic does, before and after the upgrade."""
    from app.config import Settings
    from app.db import make_engine, upgrade
    from app.health import schema_head, schema_revision

    engine = make_engine(Settings(database_url=db_url))
    assert common.at_head(engine) is False
    upgrade(engine)
    assert schema_revision(engine) == schema_head()
    assert common.at_head(engine) is True
    engine.dispose()
