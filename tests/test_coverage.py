"""A history of ID-register eras through the pipeline, and `guestabi coverage`
on it (registered here on a local app: the lead wires it into ingest/cli.py)."""
from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from ingest import pipeline, watched
from ingest.commands.coverage import coverage, coverage_command, fidelity, render_fidelity, render_text
from ingest.extract import idregs, reglist
from ingest.demo.shapes.idregs import SYS_REGS_C, idreg_files

EXTRACTORS = (idregs.EXTRACTOR, reglist.EXTRACTOR)


def eras(h):
    h.commit(idreg_files("macros"), "arm64: KVM: sanitised ID registers")
    h.tag("v4.17")
    h.commit(idreg_files("switch", hidden=("ID_AA64DFR0_EL1.PMSVer",)), "KVM: arm64: expose AMU")
    h.tag("v6.1")
    mangled = idreg_files("writable", hidden=("ID_AA64DFR0_EL1.PMSVer",))
    mangled[SYS_REGS_C] = mangled[SYS_REGS_C].replace(
        "val &= ~ID_AA64DFR0_EL1_PMSVer_MASK;", "val &= ~MYSTERY(PMSVer);")
    h.commit(mangled, "KVM: arm64: writable ID registers")
    h.tag("v6.7")


def test_eras_ingest_into_changes_and_breaks(history, engine):
    eras(history)
    summary = pipeline.ingest(history.repo.workdir, engine, extractors=EXTRACTORS)
    assert summary["extractor_errors"] == 0
    assert summary["breaks_open"] >= 1  # AMU hidden -> host with no way back in v6.1
    from sqlmodel import Session

    from app import queries
    with Session(engine) as s:
        amu = [c for c in queries.changes(s, "idreg/ID_AA64PFR0_EL1/AMU")["changes"]]
        zcr = queries.changes(s, "reglist/ZCR_EL1")["changes"]
    assert [c["new"]["default"] for c in amu] == ["hidden", "host"]
    assert amu[1]["break"]["direction"] == "upgrade"
    assert zcr[-1]["new"]["default"] == "vcpu-feature:SVE" and zcr[-1]["new"]["index"] == "0x603000000013c090"


@pytest.fixture
def app():
    a = typer.Typer()
    a.command("coverage")(coverage_command)
    a.command("noop")(lambda: None)
    return a


def test_coverage_command_lists_fields_with_warnings(app, history, db_url, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.setattr(watched, "EXTRACTORS", EXTRACTORS)
    eras(history)
    from app.config import Settings
    from app.db import make_engine, upgrade
    engine = make_engine(Settings(database_url=db_url))
    upgrade(engine)
    pipeline.ingest(history.repo.workdir, engine, extractors=EXTRACTORS)
    res = CliRunner().invoke(app, ["coverage", "--at", "v6.7", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    dfr0 = next(r for r in data["registers"] if r["register"] == "ID_AA64DFR0_EL1")
    # an unresolved mask could clear any field of the register: all are in doubt
    assert sorted(f["field"] for f in dfr0["warned"]) == ["DebugVer", "PMSVer", "PMUVer"]
    assert dfr0["unresolved"] == ["~MYSTERY(PMSVer)"] and dfr0["confident"] == 0
    assert data["totals"]["warned"] == 3
    res = CliRunner().invoke(app, ["coverage", "--at", "v6.1"])
    assert res.exit_code == 0 and "read with confidence" in res.output and "(100.0%)" in res.output


def test_render_text_names_what_is_unknown():
    files = idreg_files("switch")
    files[SYS_REGS_C] = files[SYS_REGS_C].replace("if (!vcpu_has_sve(vcpu))", "if (frob(vcpu))")
    text = render_text(coverage(idregs.extract_idregs(files)))
    assert "SVE (host): condition not understood: frob(vcpu)" in text


def _state(item, warnings=()):
    return {"item": item, "default": "host", "settable": ["none"], "warnings": list(warnings)}


def test_fidelity_counts_fields_warnings_and_breaks_by_status():
    """Pure: per release the ID-register fields (register items and other kinds
    are not fields), states with warnings of any kind; per pair the breaks of the
    newer release's commits by status, `unconfirmed` counted apart from `open`."""
    releases = [
        {"release": "v1", "states": [_state("idreg/R"), _state("idreg/R/A"), _state("idreg/R/B"), _state("fw/X")]},
        {"release": "v2", "states": [_state("idreg/R", ["w"]), _state("idreg/R/A"), _state("idreg/R/B", ["w"]),
                                     _state("fw/X", ["w"])]},
        {"release": "v3", "states": [_state("idreg/R/A")]},
    ]
    breaks = [{"release": "v2", "status": "open"}, {"release": "v2", "status": "unconfirmed"},
              {"release": "v2", "status": "unconfirmed"}, {"release": "v2", "status": "resolved"},
              {"release": "v1", "status": "open"}, {"release": None, "status": "open"}]
    data = fidelity(releases, breaks)
    assert [(r["release"], r["fields"], r["confident"], r["warned"], r["states_warned"]) for r in data["releases"]] == [
        ("v1", 2, 2, 0, 0), ("v2", 2, 1, 1, 3), ("v3", 1, 1, 0, 0)]
    assert data["pairs"] == [
        {"from": "v1", "to": "v2", "breaks": {"open": 1, "unconfirmed": 2, "resolved": 1}},
        {"from": "v2", "to": "v3", "breaks": {"open": 0, "unconfirmed": 0}},
    ]
    text = render_fidelity(data)
    assert "v1..v2: 1 open, 2 unconfirmed (1 resolved)" in text
    assert "v2..v3: 0 open, 0 unconfirmed" in text


def test_coverage_all_on_an_ingested_history(app, history, db_url, monkeypatch):
    """End to end: three releases ingested, `coverage --all` (text and JSON)
    agrees with the breaks the database holds and with `coverage --at`."""
    monkeypatch.setenv("DATABASE_URL", db_url)
    eras(history)
    from sqlmodel import Session

    from app import queries
    from app.config import Settings
    from app.db import make_engine, upgrade
    engine = make_engine(Settings(database_url=db_url))
    upgrade(engine)
    pipeline.ingest(history.repo.workdir, engine, extractors=EXTRACTORS)
    res = CliRunner().invoke(app, ["coverage", "--all", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert [r["release"] for r in data["releases"]] == ["v4.17", "v6.1", "v6.7"]
    at = {tag: json.loads(CliRunner().invoke(app, ["coverage", "--at", tag, "--json"]).output)["totals"]
          for tag in ("v4.17", "v6.1", "v6.7")}
    for r in data["releases"]:
        assert (r["fields"], r["confident"], r["warned"]) == (
            at[r["release"]]["fields"], at[r["release"]]["confident"], at[r["release"]]["warned"])
    assert data["releases"][2]["warned"] == 3 and data["releases"][1]["warned"] == 0
    with Session(engine) as s:
        made = [(b["release"], b["status"]) for b in queries.breaks(s, status="all")["breaks"]]
    # AMU: hidden at v4.17, host at v6.1 with no way back: an open upgrade break of v6.1
    assert data["pairs"][0]["from"] == "v4.17" and data["pairs"][0]["breaks"]["open"] >= 1
    for p in data["pairs"]:
        for status in ("open", "unconfirmed"):
            assert p["breaks"][status] == made.count((p["to"], status)), (p, status)
    text = CliRunner().invoke(app, ["coverage", "--all"]).output
    assert f"v4.17..v6.1: {data['pairs'][0]['breaks']['open']} open, " in text
    assert "v6.7" in text and "ID fields" in text


def test_coverage_wants_at_or_all(app):
    for args in ([], ["--at", "v6.1", "--all"]):
        res = CliRunner().invoke(app, ["coverage", *args])
        assert res.exit_code == 2 and "either --at REF or --all" in res.output
