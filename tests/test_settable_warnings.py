"""The ID-register settable reader (ingest/extract/idregs/settable.py) on
mangled kernel shapes, word for word: what userspace may write to each field
of ID_AA64PFR0_EL1, and the warning when the reader cannot tell.

Two eras (ingest/demo/shapes/idregs.py):
- writable (v6.7-): ID_WRITABLE(name, mask) puts the mask in `.val`;
  set_id_reg() -> arm64_check_features() lets a field in the mask differ
  by its host arm64_ftr_bits safety type (FTR_LOWER_SAFE, FTR_EXACT with
  its safe value, ...); a descriptor with its own `.set_user` wraps it.
- switch (v5.x-v6.1): set_id_aa64pfr0_el1() does `val ^= read_id_reg();
  val &= ~(masks); if (val) return -EINVAL;`, each freed field bounded by
  `if (x > N ...) return -EINVAL;` on cpuid_feature_extract_unsigned_field().
"""
from __future__ import annotations

import re

import pytest

from ingest.demo.shapes.idregs import CPUFEATURE, SYS_REGS_C, idreg_files
from ingest.extract.idregs import extract_idregs

REG = "ID_AA64PFR0_EL1"
FIELDS = ("CSV3", "CSV2", "AMU", "EL1")  # CSV3 (bits 63:60) is read first, then CSV2 (59:56)
LOWER = ("lower-safe",)
NONE = ("none",)


# --- mangles: each reads like the kernel text it writes -------------------------------

def pfr0_row(text):
    """The writable era's ID_AA64PFR0_EL1 table row replaced by `text`."""
    def mangle(files):
        files[SYS_REGS_C], n = re.subn(r"\tID_WRITABLE\(ID_AA64PFR0_EL1,[^)]*\),", "\t" + text + ",", files[SYS_REGS_C])
        assert n == 1
    return mangle


def wrapped(*, mask="ID_AA64PFR0_EL1_CSV2_MASK | ID_AA64PFR0_EL1_CSV3_MASK", body=None):
    """A descriptor whose .set_user is set_id_aa64pfr0_el1(), with that body (None: not defined)."""
    row = pfr0_row("{ ID_DESC(ID_AA64PFR0_EL1), .set_user = set_id_aa64pfr0_el1,"
                   f" .reset = kvm_read_sanitised_id_reg, .val = {mask} }}")

    def mangle(files):
        row(files)
        if body is not None:
            at = files[SYS_REGS_C].index("static const struct sys_reg_desc sys_reg_descs")
            fn = ("static int set_id_aa64pfr0_el1(struct kvm_vcpu *vcpu, const struct sys_reg_desc *rd, u64 val)\n"
                  f"{{\n\t{body}\n}}\n\n")
            files[SYS_REGS_C] = files[SYS_REGS_C][:at] + fn + files[SYS_REGS_C][at:]
    return mangle


def host_type(lsb, old, new, safe="0"):
    """cpufeature.c's arm64_ftr_bits entry at `lsb`: safety type `old` -> `new`, safe value `safe`."""
    def mangle(files):
        line = f"\tARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, {old}, {lsb}, 4, 0),"
        assert line in files[CPUFEATURE]
        files[CPUFEATURE] = files[CPUFEATURE].replace(
            line, f"\tARM64_FTR_BITS(FTR_HIDDEN, FTR_STRICT, {new}, {lsb}, 4, {safe}),")
    return mangle


def no_cpufeature(files):
    del files[CPUFEATURE]


def sys_regs(old, new):
    def mangle(files):
        assert old in files[SYS_REGS_C]
        files[SYS_REGS_C] = files[SYS_REGS_C].replace(old, new)
    return mangle


def unchanged(files):
    pass


CSV2_IF = ("\tif (csv2 > 1 ||\n\t    (csv2 && arm64_get_spectre_v2_state() != SPECTRE_UNAFFECTED))\n"
           "\t\treturn -EINVAL;\n")
CSV3_IF = "\tif (csv3 > 1 ||\n\t    (csv3 && arm64_get_meltdown_state() != SPECTRE_UNAFFECTED))\n\t\treturn -EINVAL;\n"
FREED = "\tval &= ~(ARM64_FEATURE_MASK(ID_AA64PFR0_EL1_CSV2) |\n\t\t ARM64_FEATURE_MASK(ID_AA64PFR0_EL1_CSV3));"
CSV2_CHECK = "csv2 > 1 || (csv2 && arm64_get_spectre_v2_state() != SPECTRE_UNAFFECTED)"
CSV3_CHECK = "csv3 > 1 || (csv3 && arm64_get_meltdown_state() != SPECTRE_UNAFFECTED)"
NOT_READ = "userspace writes go through set_id_aa64pfr0_el1(), not read"
NOT_UNDERSTOOD = "userspace writes go through set_id_aa64pfr0_el1(), not understood"
NO_BOUND = "set_id_aa64pfr0_el1() lets this field differ; its accepted values were not read"


def each(warning):
    """The same warning on every field."""
    return {f: (warning,) for f in FIELDS}


# (name, era, shape knobs, mangle, register (settable, warnings),
#  {field: settable}, {field: warnings} (others: none), {field: extras beyond lsb/width} (others: none))
CASES = [
    # --- writable era ---
    ("writable: the shape as written", "writable", {}, unchanged,
     (("CSV3", "CSV2"), ()), {"CSV3": LOWER, "CSV2": LOWER}, {}, {}),
    ("writable: set_id_reg() itself is known, not read: the mask and the host's rules decide", "writable", {},
     sys_regs("static int set_id_reg(struct kvm_vcpu", "static int set_id_reg_elsewhere(struct kvm_vcpu"),
     (("CSV3", "CSV2"), ()), {"CSV3": LOWER, "CSV2": LOWER}, {}, {}),
    ("writable: a wrapper that is not defined is not read", "writable", {}, wrapped(),
     (NONE, ()), {}, each(NOT_READ), {}),
    ("writable: a wrapper that stores the value without set_id_reg() is not read", "writable", {},
     wrapped(body="return kvm_set_vm_id_reg(vcpu->kvm, reg_to_encoding(rd), val);"),
     (("CSV3", "CSV2"), ()), {"CSV3": LOWER, "CSV2": LOWER}, each(NOT_READ), {}),
    ("writable: a wrapper ending in set_id_reg() keeps the mask's rules", "writable", {},
     wrapped(body="return set_id_reg(vcpu, rd, val);"),
     (("CSV3", "CSV2"), ()), {"CSV3": LOWER, "CSV2": LOWER}, {}, {}),
    ("writable: a mask that does not resolve", "writable", {},
     pfr0_row("ID_WRITABLE(ID_AA64PFR0_EL1, ID_AA64PFR0_EL1_CSV2_MASK |\n\t\t\t\tID_AA64PFR0_EL1_CSV4_MASK)"),
     (NONE, ("unresolved expression: ID_AA64PFR0_EL1_CSV2_MASK | ID_AA64PFR0_EL1_CSV4_MASK (writable mask)",)),
     {}, each("writable mask not resolved"), {}),
    ("writable: an empty mask writes nothing", "writable", {}, pfr0_row("ID_WRITABLE(ID_AA64PFR0_EL1, )"),
     (NONE, ()), {}, {}, {}),
    ("writable: no .val at all writes nothing", "writable", {},
     pfr0_row("{ ID_DESC(ID_AA64PFR0_EL1), .set_user = set_id_reg, .reset = kvm_read_sanitised_id_reg }"),
     (NONE, ()), {}, {}, {}),
    ("writable: a register read as zero has no writable field, mask or not", "writable", {},
     pfr0_row("{ ID_DESC(ID_AA64PFR0_EL1), .set_user = set_id_reg, .reset = kvm_read_sanitised_id_reg,"
              " .visibility = raz_visibility, .val = ID_AA64PFR0_EL1_CSV2_MASK }"),
     (NONE, ()), {}, {}, {}),
    ("writable: without cpufeature.c no safety rule is known", "writable", {}, no_cpufeature,
     (NONE, ()), {}, each("host arm64_ftr_bits not read (cpufeature.c missing)"), {}),
    ("writable: a field the host does not describe is not relaxed; the next one is",
     "writable", {"host_lacks": ("ID_AA64PFR0_EL1.CSV3",)}, unchanged,
     (("CSV2",), ()), {"CSV2": LOWER}, {}, {}),
    ("writable: an unknown safety type warns on its field only", "writable", {},
     host_type(60, "FTR_LOWER_SAFE", "FTR_ODD_SAFE"),
     (("CSV2",), ()), {"CSV2": LOWER}, {"CSV3": ("unknown safety type FTR_ODD_SAFE",)}, {}),
    ("writable: FTR_HIGHER_OR_ZERO_SAFE is higher-safe, 0 noted as safe too", "writable", {},
     host_type(56, "FTR_LOWER_SAFE", "FTR_HIGHER_OR_ZERO_SAFE"),
     (("CSV3", "CSV2"), ()), {"CSV3": LOWER, "CSV2": ("higher-safe",)}, {},
     {"CSV2": {"safety": "higher-or-zero-safe"}}),
    ("writable: FTR_EXACT takes its safe value", "writable", {"writable": ("ID_AA64PFR0_EL1.EL1",)},
     host_type(4, "FTR_EXACT", "FTR_EXACT", safe="1"),
     (("EL1",), ()), {"EL1": ("exact",)}, {}, {"EL1": {"safe": "1"}}),
    ("writable: FTR_EXACT with a safe value that does not resolve", "writable", {"writable": ("ID_AA64PFR0_EL1.EL1",)},
     host_type(4, "FTR_EXACT", "FTR_EXACT", safe="ID_AA64PFR0_EL1_EL1_SAFE"),
     (("EL1",), ()), {"EL1": ("exact",)},
     {"EL1": ("unresolved expression: ID_AA64PFR0_EL1_EL1_SAFE (safe value of an FTR_EXACT field)",)}, {}),
    # --- switch era: set_id_aa64pfr0_el1() ---
    ("switch: the shape as written", "switch", {}, unchanged,
     (("CSV3", "CSV2"), ()), {"CSV3": ("0", "1"), "CSV2": ("0", "1")}, {},
     {"CSV3": {"set_check": CSV3_CHECK}, "CSV2": {"set_check": CSV2_CHECK}}),
    ("switch: CSV3 freed without a bound; CSV2 still read", "switch", {}, sys_regs(CSV3_IF, ""),
     (("CSV2",), ()), {"CSV2": ("0", "1")}, {"CSV3": (NO_BOUND,)}, {"CSV2": {"set_check": CSV2_CHECK}}),
    ("switch: CSV2 freed without a bound; CSV3 still read", "switch", {}, sys_regs(CSV2_IF, ""),
     (("CSV3",), ()), {"CSV3": ("0", "1")}, {"CSV2": (NO_BOUND,)}, {"CSV3": {"set_check": CSV3_CHECK}}),
    ("switch: a bound on a shift that does not resolve is no bound", "switch", {},
     sys_regs("(val, ID_AA64PFR0_EL1_CSV2_SHIFT)", "(val, ID_AA64PFR0_CSV2_OLD_SHIFT)"),
     (("CSV3",), ()), {"CSV3": ("0", "1")}, {"CSV2": (NO_BOUND,)}, {"CSV3": {"set_check": CSV3_CHECK}}),
    ("switch: a bound that does not resolve is no bound", "switch", {}, sys_regs("csv2 > 1 ||", "csv2 > CSV2_MAX ||"),
     (("CSV3",), ()), {"CSV3": ("0", "1")}, {"CSV2": (NO_BOUND,)}, {"CSV3": {"set_check": CSV3_CHECK}}),
    ("switch: only CSV2 freed; CSV3 is read first and left alone", "switch", {},
     sys_regs(FREED, "\tval &= ~ARM64_FEATURE_MASK(ID_AA64PFR0_EL1_CSV2);"),
     (("CSV2",), ()), {"CSV2": ("0", "1")}, {}, {"CSV2": {"set_check": CSV2_CHECK}}),
    ("switch: freed masks that do not resolve", "switch", {},
     sys_regs(FREED, "\tval &= ~(ARM64_FEATURE_MASK(ID_AA64PFR0_EL1_CSV2) |\n\t\t ID_AA64PFR0_CSV4_MASK);"),
     (NONE, ()), {},
     each("unresolved expression: (ARM64_FEATURE_MASK(ID_AA64PFR0_EL1_CSV2) | ID_AA64PFR0_CSV4_MASK)"
          " (in set_id_aa64pfr0_el1())"), {}),
    ("switch: a set function without `val ^= read_id_reg()` is not understood", "switch", {},
     sys_regs("\tval ^= read_id_reg(vcpu, rd);\n", ""), (NONE, ()), {}, each(NOT_UNDERSTOOD), {}),
    ("switch: a set function that is not defined is not understood", "switch", {},
     sys_regs("static int set_id_aa64pfr0_el1(", "static int set_id_aa64pfr0_el1_old("),
     (NONE, ()), {}, each(NOT_UNDERSTOOD), {}),
    ("switch: set_raz_id_reg() accepts only what is read: nothing to read", "switch", {},
     sys_regs(".set_user = set_id_aa64pfr0_el1", ".set_user = set_raz_id_reg"), (NONE, ()), {}, {}, {}),
]


def _extras(state):
    return {k: v for k, v in state.extra if k not in ("lsb", "width")}


@pytest.mark.parametrize("name,era,knobs,mangle,whole,settable,warnings,extras", CASES, ids=[c[0] for c in CASES])
def test_settable_and_warnings(name, era, knobs, mangle, whole, settable, warnings, extras):
    files = idreg_files(era, **knobs)
    mangle(files)
    got = {s.item: s for s in extract_idregs(files)}
    reg = got[f"idreg/{REG}"]
    assert (reg.settable, reg.warnings) == whole
    fields = {f: got[f"idreg/{REG}/{f}"] for f in FIELDS}
    assert {f: s.settable for f, s in fields.items()} == {f: settable.get(f, NONE) for f in FIELDS}
    assert {f: s.warnings for f, s in fields.items()} == {f: warnings.get(f, ()) for f in FIELDS}
    assert {f: _extras(s) for f, s in fields.items()} == {f: extras.get(f, {}) for f in FIELDS}
