"""The restore recipe (issue 12): its computation on states of our own, the
demo's recipes in the JSON shape scripts rely on, the Firecracker and QEMU
renderings, the command line (exit codes, one-line errors), the page, its
.txt twin and the API (statuses, links from compare and the matrix)."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session
from typer.testing import CliRunner

from app import queries, recipe_formats
from app.main import create_app
from app.recipe import Pair, build
from app.recipe_query import recipe_of
from ingest import cli as cli_mod
from app.recipe_targets import STAGES
from recipe_worlds import demo_world, real_world

STAGES_ORDER = {k: v.order for k, v in STAGES.items()}

PFR0 = "0x603000000013c020"
SHAPE = {"from", "to", "direction", "vcpu", "steps", "cannot_keep", "drop", "unchanged"}
STEP = {"item", "stage", "target", "mask", "value", "requires", "why"}


def field(slug, default, settable, lsb="56", width="4", warnings=()):
    return {"item": slug, "default": default, "settable": list(settable), "warnings": list(warnings),
            "lsb": lsb, "width": width}


def pair(a: dict, b: dict, direction="upgrade", vcpu="default", breaks=()) -> dict:
    reg = {"reglist/ID_AA64PFR0_EL1": {"item": "reglist/ID_AA64PFR0_EL1", "default": "present",
                                       "settable": ["none"], "warnings": [], "index": PFR0}}
    return build(Pair("vA", "vB", direction, vcpu, {**reg, **a}, {**reg, **b}, list(breaks)))


# --- the computation, on states of our own ---------------------------------------

def test_a_hidden_field_is_hidden_again_in_its_bits():
    csv2 = "idreg/ID_AA64PFR0_EL1/CSV2"
    r = pair({csv2: field(csv2, "hidden", ["none"])}, {csv2: field(csv2, "host", ["lower-safe"])})
    (s,) = r["steps"]
    assert {k: s[k] for k in STEP - {"why", "requires"}} == {
        "item": csv2, "stage": "first_run", "target": {"kind": "one_reg", "index": PFR0, "register": "ID_AA64PFR0_EL1"},
        "mask": "0xf00000000000000", "value": "0x0"}
    assert s["states"]["from"]["default"] == "hidden" and s["states"]["to"]["default"] == "host"
    assert r["unchanged"] == 1 and r["cannot_keep"] == []


def test_a_fixed_value_is_written_and_a_host_value_is_the_saved_one():
    dv = "idreg/ID_AA64PFR0_EL1/EL1"
    r = pair({dv: field(dv, "fixed:6", ["none"], lsb="4")}, {dv: field(dv, "capped:10", ["lower-safe"], lsb="4")})
    assert (r["steps"][0]["mask"], r["steps"][0]["value"]) == ("0xf0", "0x60")
    r = pair({dv: field(dv, "capped:6", ["none"], lsb="4")}, {dv: field(dv, "capped:10", ["lower-safe"], lsb="4")})
    s = r["steps"][0]
    assert s["value"] is None and s["from_source"] is True and s["mask"] == "0xf0"


def test_a_state_with_warnings_gives_an_unconfirmed_step_never_a_value():
    dv = "idreg/ID_AA64PFR0_EL1/EL1"
    r = pair({dv: field(dv, "fixed:6", ["none"], lsb="4")},
             {dv: field(dv, "capped:10", ["lower-safe"], lsb="4", warnings=["set_x() adds its own checks"])})
    (s,) = r["steps"]
    assert s["status"] == "unconfirmed" and s["value"] is None and "set_x() adds its own checks" in s["why"]


def test_a_value_b_does_not_accept_cannot_be_kept_and_names_its_break():
    gic = "idreg/ID_AA64PFR0_EL1/GIC"
    brk = {"item": gic, "commit": "abcdef123456", "status": "open", "direction": "upgrade", "outstanding": True,
           "release": "vB", "reason": "r"}
    r = pair({gic: field(gic, "host", ["none"])}, {gic: field(gic, "hidden", ["none"])}, breaks=[brk])
    assert r["steps"] == []
    (c,) = r["cannot_keep"]
    assert {k: c[k] for k in ("item", "commit", "vcpu", "break")} == {
        "item": gic, "commit": "abcdef123456", "vcpu": "default", "break": "open"}


def test_a_register_gated_by_a_feature_on_b_is_kept_only_with_the_feature():
    """The judge's configurations: the default vCPU (no optional feature)
    loses PMCR_EL0; a vCPU with every feature keeps it."""
    pmcr = "reglist/PMCR_EL0"
    a = {pmcr: {"item": pmcr, "default": "present", "settable": ["none"], "warnings": [], "index": "0x603000000013dce0"}}
    b = {pmcr: {**a[pmcr], "default": "vcpu-feature:PMU"}}
    r = pair(a, b)
    assert r["steps"] == [] and [c["item"] for c in r["cannot_keep"]] == [pmcr]
    assert "on a vCPU with PMU" in r["cannot_keep"][0]["reason"]
    r = pair(a, b, vcpu="all")
    assert r["steps"] == [] and r["cannot_keep"] == [] and r["unchanged"] == 2


def test_a_field_gated_by_a_feature_needs_it_on_the_all_vcpu():
    zfr = "idreg/ID_AA64PFR0_EL1/SVE"
    r = pair({zfr: field(zfr, "hidden", ["none"], lsb="32")},
             {zfr: field(zfr, "vcpu-feature:SVE", ["lower-safe"], lsb="32")}, vcpu="all")
    (s,) = r["steps"]
    assert (s["mask"], s["value"]) == ("0xf00000000", "0x0")
    assert s["requires"] == [{"kind": "vcpu_feature", "name": "KVM_ARM_VCPU_SVE", "feature": "SVE",
                              "enable": True, "bits": [4]}]


def test_a_rollback_drops_the_registers_b_lacks():
    std = "fw/STD_BMAP"
    a = {std: {"item": std, "default": "present", "settable": ["none"], "warnings": [], "index": "0x6030000000160000"},
         std + "/TRNG_V1_0": {"item": std + "/TRNG_V1_0", "default": "set", "settable": ["clear", "set"],
                              "warnings": [], "bit": "0"}}
    r = pair(a, {}, direction="rollback")
    assert r["drop"] == [{"item": std, "index": "0x6030000000160000", "only_if": "STD_BMAP holds TRNG_V1_0=clear"}]
    assert {c["item"] for c in r["cannot_keep"]} == {std, std + "/TRNG_V1_0"}


# --- the demo ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    settings, engine, path = demo_world(tmp_path_factory.mktemp("recipe-demo"))
    yield settings, engine, path
    engine.dispose()


def demo_recipe(demo, a, b, vcpu="default"):
    with Session(demo[1]) as s:
        return recipe_of(s, a, b, vcpu)


def test_demo_upgrade_recipe(demo):
    r = demo_recipe(demo, "v4.15", "v6.7")
    assert SHAPE <= set(r) and r["direction"] == "upgrade"
    assert all(STEP <= set(s) for s in r["steps"])
    steps = {s["item"]: s for s in r["steps"]}
    iidr = steps["vgic/v3/IIDR_REVISION"]
    assert iidr["target"]["group"] == "KVM_DEV_ARM_VGIC_GRP_DIST_REGS" and iidr["target"]["attr"] == "0x8"
    assert (iidr["mask"], iidr["value"], iidr["stage"]) == ("0xf000", "0x1000", "vgic_init")
    psci = steps["fw/PSCI_VERSION"]
    assert (psci["target"]["index"], psci["value"]) == ("0x6030000000140000", "0x2")
    assert psci["requires"][0]["name"] == "KVM_ARM_VCPU_PSCI_0_2"
    pv = steps["fw/STD_HYP_BMAP/PV_TIME"]  # v4.15 had no PV time: the bit is cleared
    assert (pv["target"]["index"], pv["mask"], pv["value"]) == ("0x6030000000160001", "0x1", "0x0")
    order = [s["stage"] for s in r["steps"]]
    assert order.index("vgic_init") < order.index("first_run") and order == sorted(order, key=STAGES_ORDER.get)
    with Session(demo[1]) as s:
        debug = next(b for b in queries.breaks(s)["breaks"] if b["item"] == "idreg/ID_AA64DFR0_EL1/DebugVer")
        pmcr = next(b for b in queries.breaks(s)["breaks"] if b["item"] == "reglist/PMCR_EL0")
    assert pmcr["vcpu"] == "default"  # present -> vcpu-feature:PMU: the default vCPU loses it
    assert [(c["item"], c["commit"], c["break"]) for c in r["cannot_keep"]] == [
        ("idreg/ID_AA64DFR0_EL1/DebugVer", debug["commit"], "open"), ("reglist/PMCR_EL0", pmcr["commit"], "open"),
        ("reglist/ZCR_EL1", pmcr["commit"], "open")]
    on_all = {c["item"] for c in demo_recipe(demo, "v4.15", "v6.7", "all")["cannot_keep"]}
    assert not on_all & {"reglist/PMCR_EL0", "reglist/ZCR_EL1"}  # with PMU and SVE they stay


def test_demo_rollback_recipe(demo):
    r = demo_recipe(demo, "v6.7", "v4.19")
    assert r["direction"] == "rollback" and r["steps"] == []
    drop = {d["item"]: d for d in r["drop"]}
    assert drop["fw/VENDOR_HYP_BMAP"]["only_if"] == "VENDOR_HYP_BMAP holds FUNC_FEAT=clear, PTP=clear"
    assert drop["reglist/TCR2_EL1"]["index"] == "0x603000000013c103"
    cannot = {c["item"]: c for c in r["cannot_keep"]}
    assert cannot["reglist/TCR2_EL1"]["break"] == "open"
    assert cannot["fw/PSCI_VERSION"]["break"] is None  # 1.1 on v6.7, v4.19 stops at 1.0
    assert set(drop) <= set(cannot)


def test_firecracker_template_holds_exactly_the_known_writes(demo):
    r = demo_recipe(demo, "v4.15", "v6.7")
    out = recipe_formats.firecracker(r)
    mods = {m["addr"]: m["bitmap"] for m in out["template"]["reg_modifiers"]}
    for s in r["steps"]:
        if s["status"] == "ok" and s["value"] and s["target"]["kind"] == "one_reg":
            bits = mods[s["target"]["index"]][2:][::-1]  # bit 0 first
            mask, value = int(s["mask"], 16), int(s["value"], 16)
            assert all(bits[i] == str(value >> i & 1) for i in range(64) if mask >> i & 1), s["item"]
    assert all(len(b) == 66 for b in mods.values())
    assert out["template"]["vcpu_features"] == [{"index": 0, "bitmap": "0b100"}]  # PSCI_0_2 (PSCI_VERSION's)
    assert any("vgic/v3/IIDR_REVISION" in line for line in out["omitted"])  # a device attribute


def test_qemu_properties_name_the_fields():
    csv2, csv3 = "idreg/ID_AA64PFR0_EL1/CSV2", "idreg/ID_AA64PFR0_EL1/CSV3"
    r = pair({csv2: field(csv2, "hidden", ["none"]), csv3: field(csv3, "fixed:1", ["none"], lsb="60")},
             {csv2: field(csv2, "host", ["lower-safe"]), csv3: field(csv3, "host", ["0", "1", "fixed:1"], lsb="60")})
    text = recipe_formats.qemu(r)
    assert "-cpu host,SYSREG_ID_AA64PFR0_EL1_CSV2=0x0,SYSREG_ID_AA64PFR0_EL1_CSV3=0x1\n" in text


# --- the command line ------------------------------------------------------------------

runner = CliRunner()


@pytest.fixture
def guestabi(demo, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", demo[0].database_url)
    return lambda *args: runner.invoke(cli_mod.cli, ["recipe", *args])


def test_cli_json_is_the_api_shape(guestabi, demo):
    res = guestabi("v4.15..v6.7", "--json")
    assert res.exit_code == 0, res.output
    assert json.loads(res.output) == json.loads(json.dumps(demo_recipe(demo, "v4.15", "v6.7")))


def test_cli_text_and_formats(guestabi):
    res = guestabi("v6.7...v4.19")
    assert res.exit_code == 0 and res.output.startswith("Restore recipe v6.7 -> v4.19 (rollback, vCPU default)")
    assert "Drop from v6.7's saved state:" in res.output
    fc = guestabi("v4.15..v6.7", "--format", "firecracker")
    assert fc.exit_code == 0 and "reg_modifiers" in json.loads(fc.stdout)
    assert guestabi("v4.15..v6.7", "--format", "qemu").output.startswith("# guestabi recipe v4.15 -> v6.7")


@pytest.mark.parametrize("args, message", [
    (("v4.15..v9.9",), "v9.9: not a release of the database"),
    (("v4.15",), "is not a range"),
    (("v4.15..v6.7", "--format", "yaml"), "--format must be one of json, text, firecracker, qemu"),
    (("v4.15..v6.7", "--vcpu", "some"), "--vcpu must be one of default, all"),
    (("v4.15..v6.7", "--json", "--format", "qemu"), "exclude each other"),
    (("v4.15..v6.7", "--repo", "/nonexistent"), "not a git repository"),
])
def test_cli_bad_input_is_one_line_and_exit_2(guestabi, args, message):
    res = guestabi(*args)
    assert res.exit_code == 2 and message in res.output and len(res.output.strip().splitlines()) == 1


def test_cli_repo_mode_reads_the_refs_like_the_database(guestabi, demo):
    res = guestabi("v4.15..v6.7", "--repo", demo[2], "--json")
    assert res.exit_code == 0, res.output
    from_repo, from_db = json.loads(res.output), demo_recipe(demo, "v4.15", "v6.7")
    for key in ("steps", "drop", "appears", "unchanged"):
        assert from_repo[key] == from_db[key], key
    assert [(c["item"], c["commit"]) for c in from_repo["cannot_keep"]] == \
        [(c["item"], c["commit"]) for c in from_db["cannot_keep"]]


# --- the page and the API ------------------------------------------------------------

@pytest.fixture(scope="module")
def client(demo):
    with TestClient(create_app(demo[0], demo[1])) as c:
        yield c


def test_page_text_twin_and_api(client):
    page = client.get("/recipe/v4.15...v6.7")
    assert page.status_code == 200 and "KVM_SET_DEVICE_ATTR" in page.text and "0x6030000000140000" in page.text
    assert 'href="/api/v1/recipe/v4.15...v6.7"' in page.text and 'href="/recipe/v6.7...v4.15"' in page.text
    txt = client.get("/recipe/v4.15...v6.7.txt")
    assert txt.status_code == 200 and txt.text.rstrip().endswith("/recipe/v4.15...v6.7.txt")
    assert all(len(line) <= 80 for line in txt.text.splitlines())
    api = client.get("/api/v1/recipe/v4.15...v6.7?vcpu=all").json()
    assert api["ok"] is True and api["vcpu"] == "all" and SHAPE <= set(api)
    fc = client.get("/api/v1/recipe/v4.15...v6.7?format=firecracker").json()
    assert fc["ok"] and "reg_modifiers" in fc["template"]
    qemu = client.get("/api/v1/recipe/v4.15...v6.7?format=qemu")
    assert qemu.headers["content-type"].startswith("text/plain") and "-cpu host" in qemu.text


def test_git_habit_and_latest_redirect(client):
    r = client.get("/recipe/v4.15..v6.7", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/recipe/v4.15...v6.7"
    r = client.get("/api/v1/recipe/v4.15...latest?vcpu=all", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/api/v1/recipe/v4.15...v6.7?vcpu=all"


@pytest.mark.parametrize("url, status, code", [
    ("/api/v1/recipe/v4.15...v9.9", 404, "not_found"),
    ("/api/v1/recipe/nothing", 400, "malformed"),
    ("/api/v1/recipe/v4.15...v6.7?vcpu=x", 400, "bad_parameter"),
    ("/api/v1/recipe/v4.15...v6.7?format=x", 400, "bad_parameter"),
])
def test_api_errors(client, url, status, code):
    r = client.get(url)
    assert r.status_code == status and r.json()["error"]["code"] == code


def test_compare_pages_and_matrix_cells_link_to_the_recipe(client):
    assert 'href="/recipe/v4.15...v6.7"' in client.get("/compare/v4.15...v6.7").text
    matrix = client.get("/matrix").text
    assert 'href="/recipe/v4.16...v6.7"' in matrix and 'href="/recipe/v6.7...v4.16"' in matrix


# --- the real code ----------------------------------------------------------------------

@pytest.mark.realcode
def test_real_61_to_612_and_back(tmp_path_factory):
    _, engine, _ = real_world(tmp_path_factory.mktemp("recipe-real"))
    try:
        with Session(engine) as s:
            up, down = recipe_of(s, "v6.1", "v6.12"), recipe_of(s, "v6.12", "v6.1")
    finally:
        engine.dispose()
    isar1 = "0x603000000013c031"  # ID_AA64ISAR1_EL1: XS (FEAT_XS) hidden on 6.1, shown and lower-safe on 6.12
    xs = next(x for x in up["steps"] if x["item"] == "idreg/ID_AA64ISAR1_EL1/XS")
    assert (xs["target"]["index"], xs["mask"], xs["value"], xs["stage"]) == (isar1, "0xf00000000000000", "0x0",
                                                                            "first_run")
    assert "SYSREG_ID_AA64ISAR1_EL1_XS=0x0" in recipe_formats.qemu(up)
    assert any(m["addr"] == isar1 for m in recipe_formats.firecracker(up)["template"]["reg_modifiers"])
    assert all(c["break"] for c in up["cannot_keep"])
    assert {d["item"] for d in down["drop"]} >= {"reglist/TCR2_EL1", "reglist/PIR_EL1"}


def test_cli_inside_a_kernel_clone_reads_its_refs(demo, monkeypatch, tmp_path):
    """Not releases of the (empty) database, but refs of the clone we stand in."""
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'empty.db'}")
    monkeypatch.chdir(demo[2])
    res = runner.invoke(cli_mod.cli, ["recipe", "v6.7..v4.19", "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["drop"] == demo_recipe(demo, "v6.7", "v4.19")["drop"]
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(cli_mod.cli, ["recipe", "v6.7..v4.19"])
    assert res.exit_code == 2 and "not a release of the database (and not inside a kernel clone)" in res.output
