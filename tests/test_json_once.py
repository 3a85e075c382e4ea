"""JSON columns' text is json.dumps's; inside json_once a value shared by
many rows is serialised once, and the rows read back the same."""
from __future__ import annotations

import json

from sqlmodel import Session, select

from app import db
from app.models import ReleaseState


def test_the_same_object_is_serialised_once_inside_only(monkeypatch):
    calls = []
    real = json.dumps
    monkeypatch.setattr(db.json, "dumps", lambda v: calls.append(1) or real(v))
    shared = {"value": "0x1", "evidence": [{"path": "arch/arm64/kvm/sys_regs.c", "line": 3}]}
    with db.json_once():
        texts = [db._to_json(shared) for _ in range(5)]
        other = db._to_json(dict(shared))  # equal, but another object: its own text
    assert texts == [real(shared)] * 5 and other == real(shared)
    assert len(calls) == 2
    shared["value"] = "0x2"  # outside: every call serialises what it is given
    assert db._to_json(shared) == real(shared) and len(calls) == 3


def test_rows_sharing_a_value_read_back_as_written(engine):
    shared = {"item": "idreg/ID_AA64PFR0_EL1.CSV2", "value": "0x1", "warnings": []}
    rows = [{"release": f"v6.{i}", "item": shared["item"], "state": shared} for i in range(3)]
    rows.append({"release": "v6.3", "item": shared["item"], "state": {**shared, "value": "0x2"}})
    with Session(engine) as s, s.begin(), db.json_once():
        s.connection().execute(ReleaseState.__table__.insert(), rows)  # type: ignore[attr-defined]
    with Session(engine) as s:
        got = {r.release: r.state for r in s.exec(select(ReleaseState))}
    assert got == {r["release"]: r["state"] for r in rows}
