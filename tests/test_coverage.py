"""A history of ID-register eras through the pipeline, and `guestabi coverage`
on it (registered here on a local app: the lead wires it into ingest/cli.py)."""
from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from ingest import pipeline, watched
from ingest.commands.coverage import coverage, coverage_command, render_text
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
