"""The judge's refinements end to end: ingest writes them, the API serves
them (unconfirmed status and its filter, the vcpu of a break)."""
from __future__ import annotations

from dataclasses import replace

from fastapi.testclient import TestClient
from sqlmodel import Session, select

from app.config import Settings
from app.main import create_app
from app.models import Break
from ingest import pipeline
from ingest.facts import Extractor
from toy import TOY, extract_toy, toy_text

GUESS = "condition not understood: <mystery>() (toy)"


def _guessing(files):
    """The toy, but a default written `2?` was read from a guess."""
    return [replace(s, default=s.default[:-1]).with_warning(GUESS) if s.default.endswith("?") else s
            for s in extract_toy(files)]


TOYW = Extractor("toy", (TOY,), _guessing)


def test_unconfirmed_and_vcpu_are_stored_and_served(history, engine, db_url):
    history.commit({TOY: toy_text(IIDR="1 1", PSCI="1.0 1.0", PMCR_EL0="present none 0x603000000013dce0")}, "base")
    history.tag("v5.10")
    guess = history.commit({TOY: toy_text(IIDR="2? 2", PSCI="1.0 1.0",
                                           PMCR_EL0="present none 0x603000000013dce0")}, "read from a guess")
    real = history.commit({TOY: toy_text(IIDR="2? 2", PSCI="1.1 1.1",
                                          PMCR_EL0="vcpu-feature:PMU none 0x603000000013dce0")}, "PMU regs only with PMU")
    history.tag("v6.1")
    summary = pipeline.ingest(history.repo.workdir, engine, extractors=(TOYW,))
    assert summary["breaks_open"] == 2  # the guess is not counted as open
    with Session(engine) as s:
        got = sorted((b.item, b.commit, b.status, b.vcpu) for b in s.exec(select(Break)))
    assert got == [("toy/IIDR", guess, "unconfirmed", "both"),
                   ("toy/PMCR_EL0", real, "open", "default"),  # a VM without PMU lost PMCR_EL0
                   ("toy/PSCI", real, "open", "both")]

    client = TestClient(create_app(Settings(database_url=db_url), engine))
    res = client.get("/api/v1/breaks?status=unconfirmed")
    assert res.status_code == 200, res.text
    (b,) = res.json()["breaks"]
    assert (b["item"], b["status"], b["vcpu"], b["commit"]) == ("toy/IIDR", "unconfirmed", "both", guess[:12])
    assert "read with warnings" in b["reason"]
    opened = client.get("/api/v1/breaks?status=open").json()["breaks"]
    assert {(x["item"], x["vcpu"]) for x in opened} == {("toy/PSCI", "both"), ("toy/PMCR_EL0", "default")}
    assert "for a vCPU without PMU" in next(x["reason"] for x in opened if x["item"] == "toy/PMCR_EL0")
    assert client.get("/api/v1/breaks?status=bogus").status_code in (400, 422)
