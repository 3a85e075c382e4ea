"""A small world for the web tests, the browser test and bench/web.py: a
history whose items have real-looking slugs, hostile commit text, a break
resolved later, an open rollback break and a waiver."""
from __future__ import annotations

from dataclasses import dataclass

from ingest.facts import Extractor, State

WEB = "arch/arm64/kvm/web.h"
HOSTILE_SUBJECT = 'KVM: <script>alert("subject")</script> & "quotes" ünïcode'
HOSTILE_AUTHOR = 'Eve & "Mallory" O\'Hara ünï'  # git refuses < and > in names


def lines(**items: str) -> str:
    """lines(vgic__v3__IIDR_REVISION="1 1") -> 'vgic/v3/IIDR_REVISION 1 1\\n'."""
    return "".join(f"{k.replace('__', '/')} {v}\n" for k, v in items.items())


def extract_web(files) -> list[State]:
    text = files.get(WEB)
    if text is None:
        return []
    out = []
    for line in text.splitlines():
        words = line.split()  # slug default settable [index] [!warning_text ...]
        parts = [p for p in words if not p.startswith("!")]
        warnings = tuple(p[1:].replace("_", " ") for p in words if p.startswith("!"))
        extra = (("index", parts[3]),) if len(parts) == 4 else ()
        out.append(State(parts[0], parts[1], tuple(parts[2].split(",")), warnings, extra))
    return out


WEB_EXTRACTOR = Extractor("web", (WEB,), extract_web)

IIDR = "vgic/v3/IIDR_REVISION"
CSV2 = "idreg/ID_AA64PFR0_EL1/CSV2"
PSCI = "fw/PSCI_VERSION"
TCR2 = "reglist/TCR2_EL1"
SCTLR = "reglist/SCTLR_EL1"  # there from the start: the register list arrives with it


@dataclass
class World:
    hostile: str  # the commit with markup in its subject and author
    two: str  # IIDR 1 -> 2: an upgrade break, resolved by `back`
    three: str
    tcr2: str  # TCR2_EL1 appears unhideable: an open rollback break
    back: str  # gives IIDR 1 back (unreleased)
    psci: str  # PSCI 1.0 -> 1.1 with no way back, waived


def build(h) -> World:
    base = dict(vgic__v3__IIDR_REVISION="1 1", idreg__ID_AA64PFR0_EL1__CSV2="0 0,1",
                fw__PSCI_VERSION="1.0 1.0", reglist__SCTLR_EL1="present none 0x603000000013c080")
    hostile = h.commit({WEB: lines(**base)}, HOSTILE_SUBJECT + "\n\nbody", author=HOSTILE_AUTHOR)
    h.tag("v4.18")
    base["vgic__v3__IIDR_REVISION"] = "2 2"
    two = h.commit({WEB: lines(**base)}, "KVM: arm64: vgic: Allow configuration of interrupt groups")
    h.tag("v4.19-rc1")
    h.tag("v4.19")
    base["vgic__v3__IIDR_REVISION"] = "3 2,3"
    base["idreg__ID_AA64PFR0_EL1__CSV2"] = "1 0,1"
    three = h.commit({WEB: lines(**base)}, "KVM: arm64: vgic-v3: Advertise revision 3")
    h.tag("v6.0")
    base["reglist__TCR2_EL1"] = "present none 0x603000000013c103"
    tcr2 = h.commit({WEB: lines(**base)}, "KVM: arm64: Expose TCR2_EL1 to userspace")
    base["fw__PSCI_VERSION"] = "1.1 1.1"
    psci = h.commit({WEB: lines(**base)}, "KVM: arm64: Advertise PSCI 1.1")
    h.tag("v6.1")
    base["vgic__v3__IIDR_REVISION"] = "3 1,2,3"
    back = h.commit({WEB: lines(**base)}, "KVM: arm64: vgic: Let userspace select revision 1")
    return World(hostile, two, three, tcr2, back, psci)


# --- a wider world: one register's fields breaking in one commit, states read
# with warnings (a hostile warning text among them), two more releases --------

CTR = "idreg/CTR_EL0"
CTR_FIELDS = ("CWG", "DIC", "IDC")
CLRBHB = "idreg/ID_AA64ISAR2_EL1/CLRBHB"  # its new state is read with warnings: unconfirmed
APA3 = "idreg/ID_AA64ISAR2_EL1/APA3"  # read with warnings, never changes
PMCR = "reglist/PMCR_EL0"  # listed for every vCPU, then only with PMU: breaks the default vCPU
HOSTILE_WARNING = '<script>alert("warn")</script> & setctr() not read'


@dataclass
class Wide(World):
    ctr: str  # tagged v6.2: CTR_EL0 fields and the ISAR2 fields appear
    sanitise: str  # tagged v6.3: three CTR_EL0 fields fixed (grouped breaks), CLRBHB hidden with warnings,
    #                PMCR_EL0 listed only for a vCPU with PMU


def build_wide(h) -> Wide:
    w = build(h)
    base = dict(vgic__v3__IIDR_REVISION="3 1,2,3", idreg__ID_AA64PFR0_EL1__CSV2="1 0,1",
                fw__PSCI_VERSION="1.1 1.1", reglist__SCTLR_EL1="present none 0x603000000013c080",
                reglist__TCR2_EL1="present none 0x603000000013c103")
    for f in CTR_FIELDS:
        base[f"idreg__CTR_EL0__{f}"] = "host lower-safe"
    base["idreg__ID_AA64ISAR2_EL1__CLRBHB"] = "host lower-safe"
    base["idreg__ID_AA64ISAR2_EL1__APA3"] = "host lower-safe !read_function_not_found_whole"
    base["reglist__PMCR_EL0"] = "present none 0x603000000013dce0"
    ctr = h.commit({WEB: lines(**base)}, "KVM: arm64: Describe CTR_EL0 and ID_AA64ISAR2_EL1")
    h.tag("v6.2")
    for f in CTR_FIELDS:
        base[f"idreg__CTR_EL0__{f}"] = "fixed:0 none"
    base["idreg__ID_AA64ISAR2_EL1__CLRBHB"] = "hidden none !" + HOSTILE_WARNING.replace(" ", "_")
    base["reglist__PMCR_EL0"] = "vcpu-feature:PMU none 0x603000000013dce0"
    sanitise = h.commit({WEB: lines(**base)}, "KVM: arm64: Sanitise CTR_EL0 <b>for</b> \"all\"")
    h.tag("v6.3")
    return Wide(**vars(w), ctr=ctr, sanitise=sanitise)


def ingest_wide(history, engine, tmp) -> Wide:
    from ingest import pipeline

    w = build_wide(history)
    waivers = tmp / "waivers.toml"
    waivers.write_text(waivers_for(w))
    pipeline.ingest(history.repo.workdir, engine, extractors=(WEB_EXTRACTOR,), waivers_path=str(waivers))
    return w


def waivers_for(world: World) -> str:
    return (f'[[waiver]]\nitem = "{PSCI}"\ncommit = "{world.psci[:12]}"\n'
            f'reason = "no VMM pinned PSCI 1.0"\nlink = "https://lore.example/psci"\n')


BASE = "https://guestabi.example"


AMBIGUOUS = "abcdef1"  # add_twins() stores two commits starting with it


def add_twins(engine) -> None:
    """Two stored commits sharing the prefix AMBIGUOUS (abcdef100000...,
    abcdef111111...): a prefix that names no single commit."""
    from datetime import datetime, timezone

    from sqlalchemy import insert

    from app.models import Commit

    when = datetime(2020, 1, 1, tzinfo=timezone.utc)
    with engine.begin() as conn:
        conn.execute(insert(Commit), [dict(sha=AMBIGUOUS + c * 33, seq=10_000 + i, subject=f"twin {c}", author="x",
                                           date=when, parents="") for i, c in enumerate("01")])


def ingest_world(history, engine, tmp) -> World:
    """The world built in `history` and ingested with its waivers."""
    from ingest import pipeline

    w = build(history)
    waivers = tmp / "waivers.toml"
    waivers.write_text(waivers_for(w))
    pipeline.ingest(history.repo.workdir, engine, extractors=(WEB_EXTRACTOR,), waivers_path=str(waivers))
    return w


def on_sqlite(tmp, db_name: str, fill=ingest_world):
    """A history and database of their own for module-scoped fixtures
    (outside the per-test git config isolation): fill(history, engine, tmp)
    writes and ingests the history; returns (settings, engine, its result)."""
    import os

    from app.config import Settings
    from app.db import make_engine, upgrade
    from ingest.demo.history import History

    os.environ.update(GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1")
    h = History.create(tmp / "linux")
    settings = Settings(database_url=f"sqlite:///{tmp / db_name}", base_url="http://guestabi.test")
    engine = make_engine(settings)
    upgrade(engine)
    return settings, engine, fill(h, engine, tmp)


def serve_world(history, engine, db_url, tmp_path):
    """The world ingested (with its waivers) and an app serving it: (client, world)."""
    from fastapi.testclient import TestClient

    from app.config import Settings
    from app.main import create_app

    w = ingest_world(history, engine, tmp_path)
    app = create_app(Settings(database_url=db_url, base_url=BASE), engine)
    return TestClient(app, follow_redirects=False), w


def releases_of_trees(roots: dict, paths) -> "callable":
    """A fill for on_sqlite: each extracted kernel tree ({version: root})
    committed and tagged v<version>, in order, then ingested like a clone."""
    from ingest import pipeline
    from kernelsrc import read_tree

    def fill(h, engine, tmp):
        for version, root in roots.items():
            h.replace_tree(read_tree(root, paths), f"Linux {version}")
            h.tag(f"v{version}")
        pipeline.ingest(h.repo.workdir, engine)

    return fill
