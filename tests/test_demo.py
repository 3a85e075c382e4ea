"""The demo history replays the documented story, and ingests to it."""
from __future__ import annotations

from sqlmodel import Session

from app import queries
from ingest import pipeline
from ingest.demo import build_demo
from ingest.walker import open_repo


def test_demo_is_deterministic(tmp_path):
    build_demo(tmp_path / "a")
    build_demo(tmp_path / "b")
    assert str(open_repo(str(tmp_path / "a")).head.target) == str(open_repo(str(tmp_path / "b")).head.target)


def test_demo_tells_the_iidr_story(tmp_path, engine):
    build_demo(tmp_path / "demo")
    summary = pipeline.ingest(str(tmp_path / "demo"), engine, waivers_path=str(tmp_path / "demo" / "waivers.toml"))
    assert summary["unmatched_waivers"] == [] and summary["extractor_errors"] == 0
    with Session(engine) as s:
        breaks = {(b["item"], b["direction"]): b for b in queries.breaks(s)["breaks"]}
        iidr = [c for c in queries.changes(s, "vgic/v2/IIDR_REVISION")["changes"]]
        psci = queries.changes(s, "fw/PSCI_VERSION")["changes"]
        pv = queries.changes(s, "fw/STD_HYP_BMAP/PV_TIME")["changes"]
        # Evidence names the files where they are, before and after the move: not a view.
        v58 = {st["item"]: {k: v for k, v in st.items() if k != "evidence"}
               for st in queries.release_states(s, "v5.8")["states"]}
        v55 = {st["item"]: {k: v for k, v in st.items() if k != "evidence"}
               for st in queries.release_states(s, "v5.5")["states"]}
    # 1 -> 2 with no way back at v4.19 (merged from a topic branch), resolved
    # when revision 1 becomes selectable again; 3 with 2 selectable is no break.
    v2 = breaks[("vgic/v2/IIDR_REVISION", "upgrade")]
    assert (v2["status"], v2["release"]) == ("resolved", "v4.19-rc1")
    assert [(c["new"]["default"], c["new"]["settable"], c["release"]) for c in iidr] == [
        ("1", ["1"], "v4.15"), ("2", ["2"], "v4.19-rc1"), ("3", ["2", "3"], "v6.0-rc1"),
        ("3", ["1", "2", "3"], "v6.2-rc1")]
    assert v2["resolved_by"] == iidr[-1]["commit"]
    assert breaks[("vgic/v3/IIDR_REVISION", "upgrade")]["status"] == "waived"
    assert any(b["status"] == "open" for b in breaks.values())
    # PSCI 0.2 -> 1.0 -> 1.1, each with a restore path.
    assert [c["new"]["default"] for c in psci] == ["0.2", "1.0", "1.1"]
    assert all(c["break"] is None for c in psci)
    # PV time exposed before its bitmap (settable none), then the bitmap.
    assert [c["new"]["settable"] for c in pv] == [["none"], ["clear", "set"]]
    # The v5.8 move changes nothing a guest sees.
    assert v58 == v55
    # ID registers arrive with the first commit (no break), TCR2_EL1 later (a
    # rollback break: no VMM can hide it from the register list).
    assert breaks[("reglist/TCR2_EL1", "rollback")]["status"] == "open"
    assert not any(b["release"] == "v4.15" for b in breaks.values())
