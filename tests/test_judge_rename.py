"""Renames are not disappearances: ID_AA64ISAR2_EL1's Spectre-BHB field is
`ID_AA64ISAR2_CLEARBHB_SHIFT` (28) in a v5.10-v5.19 sysreg.h and `CLRBHB`
(31:28) in arch/arm64/tools/sysreg from v6.0: one item, and the old name
stays findable (search, the old URL and its API twin redirect)."""
from __future__ import annotations

from fastapi.testclient import TestClient
from sqlmodel import Session, select

from app.config import Settings
from app.main import create_app
from app.models import Break, Change, ItemAlias
from ingest import pipeline
from ingest.demo.shapes.idregs import CPUFEATURE, SYS_REGS_C, SYSREG, SYSREG_H, idreg_files
from ingest.extract.idregs import EXTRACTOR
from ingest.renames import aliases

ISAR2 = "idreg/ID_AA64ISAR2_EL1"
FTR = ("static const struct arm64_ftr_bits ftr_id_aa64isar2[] = {\n"
       "\tARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, FTR_HIGHER_SAFE, 28, 4, 0),\n\tARM64_FTR_END,\n};\n\n")


def with_isar2(era: str) -> dict[str, str]:
    """A demo era's files with ID_AA64ISAR2_EL1 added the way that era
    spells its fields: a sysreg.h macro (macros), the description (switch)."""
    files = idreg_files(era)
    files[SYSREG_H] += "#define SYS_ID_AA64ISAR2_EL1\t\tsys_reg(3, 0, 0, 6, 2)\n"
    if era == "macros":
        files[SYSREG_H] += "#define ID_AA64ISAR2_CLEARBHB_SHIFT\t28\n"
    else:
        files[SYSREG] += ("\nSysreg\tID_AA64ISAR2_EL1\t3\t0\t0\t6\t2\nRes0\t63:32\n"
                          "UnsignedEnum\t31:28\tCLRBHB\n\t0b0000\tNI\n\t0b0001\tIMP\nEndEnum\nRes0\t27:0\nEndSysreg\n")
    files[SYS_REGS_C] = files[SYS_REGS_C].replace("\tID_SANITISED(ID_AA64ISAR1_EL1),",
                                                  "\tID_SANITISED(ID_AA64ISAR1_EL1),\n\tID_SANITISED(ID_AA64ISAR2_EL1),")
    cpu = files[CPUFEATURE].replace("static const struct __ftr_reg_entry", FTR + "static const struct __ftr_reg_entry")
    files[CPUFEATURE] = cpu.replace("\tARM64_FTR_REG(SYS_ID_AA64ISAR1_EL1, ftr_id_aa64isar1),",
                                    "\tARM64_FTR_REG(SYS_ID_AA64ISAR1_EL1, ftr_id_aa64isar1),\n"
                                    "\tARM64_FTR_REG(SYS_ID_AA64ISAR2_EL1, ftr_id_aa64isar2),")
    return files


def test_both_spellings_read_as_one_field_with_its_bits():
    fields = {}
    for era in ("macros", "switch"):
        states = {s.item: s for s in EXTRACTOR(with_isar2(era)) if s.item.startswith(ISAR2 + "/")}
        assert list(states) == [f"{ISAR2}/CLRBHB"], era
        s = states[f"{ISAR2}/CLRBHB"]
        assert not s.warnings, (era, s.warnings)
        fields[era] = (dict(s.extra)["lsb"], dict(s.extra)["width"], s.default)
    assert fields["macros"] == fields["switch"] == ("28", "4", "host")


def test_a_renamed_field_keeps_its_item_and_its_old_name(history, engine, db_url):
    history.commit(with_isar2("macros"), "arm64: add Spectre-BHB detection (CLEARBHB)")
    history.tag("v5.10")
    history.commit(with_isar2("switch"), "arm64/sysreg: convert ID_AA64ISAR2_EL1 to automatic generation")
    history.tag("v6.1")
    pipeline.ingest(history.repo.workdir, engine, extractors=(EXTRACTOR,), jobs=0)
    with Session(engine) as s:
        items = {c.item for c in s.exec(select(Change)) if c.item.startswith(ISAR2 + "/")}
        assert items == {f"{ISAR2}/CLRBHB"}  # no CLEARBHB disappearing, no CLRBHB appearing
        assert not [b for b in s.exec(select(Break)) if b.item.startswith(ISAR2)]
        assert {(a.alias, a.item) for a in s.exec(select(ItemAlias)) if a.item.startswith(ISAR2)} == {
            (f"{ISAR2}/CLEARBHB", f"{ISAR2}/CLRBHB")}

    client = TestClient(create_app(Settings(database_url=db_url), engine), follow_redirects=False)
    for old, new in ((f"/items/{ISAR2}/CLEARBHB", f"/items/{ISAR2}/CLRBHB"),
                     (f"/items/{ISAR2}/CLEARBHB.txt", f"/items/{ISAR2}/CLRBHB.txt"),
                     (f"/api/v1/items/{ISAR2}/CLEARBHB", f"/api/v1/items/{ISAR2}/CLRBHB"),
                     (f"/search?q={ISAR2}/CLEARBHB", f"/items/{ISAR2}/CLRBHB")):
        res = client.get(old)
        assert res.status_code == 307 and res.headers["location"] == new, (old, res.status_code)
    assert client.get(f"/items/{ISAR2}/CLRBHB").status_code == 200
    found = client.get("/api/v1/items?q=clearbhb").json()
    assert [i["slug"] for g in found["groups"] for i in g["items"]] == [f"{ISAR2}/CLRBHB"]
    assert client.get(f"/items/{ISAR2}/NOSUCH").status_code == 404


def test_aliases_only_for_renamed_items_present_and_never_over_an_item():
    assert aliases({f"{ISAR2}/CLRBHB"}) == {f"{ISAR2}/CLEARBHB": f"{ISAR2}/CLRBHB"}
    assert aliases({f"{ISAR2}/CLRBHB", f"{ISAR2}/CLEARBHB"}) == {}
    assert aliases(set()) == {}
