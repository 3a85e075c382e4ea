"""The vGIC IIDR reader's other branches, word for word (as
tests/test_iidr_warnings.py): the old vgic's reader (a named handler, or
any function with a `case GICD_IIDR`), a read expression whose revision
cannot be evaluated, where vgic-init.c sets implementation_rev when more
than one function does, and the userspace write handler's own cases."""
from __future__ import annotations

import pytest

from ingest.demo.shapes.vgic import vgic_files
from ingest.extract.vgic import extract_vgic

ARCH = "arch/arm64/kvm/vgic/"
OLD = "virt/kvm/arm/"
V2, V3 = "vgic/v2/IIDR_REVISION", "vgic/v3/IIDR_REVISION"
TRUNC = "the file looks truncated (unbalanced or ends mid-statement)"


def _replace(path, old, new):
    def mangle(files):
        assert old in files[path]
        files[path] = files[path].replace(old, new)
    return mangle


def _cut(path, at):
    def mangle(files):
        files[path] = files[path][:files[path].index(at)]
    return mangle


def _unchanged(files):
    pass


# the old vgic-v3-emul.c with its IIDR under a `case GICD_IIDR` of a shared handler
# instead of handle_mmio_iidr() (the reader's second place to look)
V3_MISC = "\n".join([
    "static bool handle_mmio_misc(struct kvm_vcpu *vcpu,",
    "\t\t\t     struct kvm_exit_mmio *mmio, phys_addr_t offset)",
    "{", "\tu32 reg = 0;", "",
    "\tswitch (offset & ~3) {",
    "\tcase GICD_CTLR:", "\t\treg = vcpu->kvm->arch.vgic.enabled;", "\t\tbreak;",
    "\tcase GICD_IIDR:", "\t\treg = (PRODUCT_ID_KVM << 24) | (IMPLEMENTER_ARM << 0);", "\t\tbreak;",
    "\t}",
    "\tvgic_reg_access(mmio, &reg, offset & 3, ACCESS_READ_VALUE | ACCESS_WRITE_IGNORED);",
    "\treturn false;", "}", ""])


def _v3_under_a_case(files):
    text = files[OLD + "vgic-v3-emul.c"]
    files[OLD + "vgic-v3-emul.c"] = text[:text.index("static bool handle_mmio_iidr")] + V3_MISC


EARLY_INIT = ("void kvm_vgic_early_init(struct kvm *kvm)\n{\n"
              "\tkvm->arch.vgic.implementation_rev = KVM_VGIC_IMP_REV_2;\n}\n\nint vgic_init(")

# (name, era, knobs, mangle, item, (default, settable, warnings))
CASES = [
    ("old vgic: a handler under another name is not guessed at", "legacy", {},
     _replace(OLD + "vgic-v2-emul.c", "handle_mmio_misc(", "handle_mmio_misc_regs("), V2,
     ("unknown", ("unknown",), (f"{OLD}vgic-v2-emul.c: no readable IIDR value in handle_mmio_misc()",))),
    ("old vgic: v3 file cut short", "legacy", {}, _cut(OLD + "vgic-v3-emul.c", "ACCESS_READ_VALUE"), V3,
     ("unknown", ("unknown",), (f"{OLD}vgic-v3-emul.c: {TRUNC}",
                                f"{OLD}vgic-v3-emul.c: no readable IIDR value in handle_mmio_iidr()"))),
    ("old vgic: v3's IIDR under `case GICD_IIDR` of another handler", "legacy", {}, _v3_under_a_case, V3,
     ("0", ("0",), ())),
    ("old vgic: v2 as written (writes ignored)", "legacy", {}, _unchanged, V2, ("0", ("0",), ())),
    ("the revision placed outside bits [15:12] cannot be evaluated", "v6.0", {},
     _replace(ARCH + "vgic-mmio-v3.c", "(vgic->implementation_rev << GICD_IIDR_REVISION_SHIFT)",
              "(vgic->implementation_rev << GICD_IIDR_VARIANT_SHIFT)"), V3,
     ("unknown", ("unknown",),
      (f"{ARCH}vgic-mmio-v3.c vgic_mmio_read_v3_misc(): cannot evaluate the IIDR revision of "
       "`((PRODUCT_ID_KVM << GICD_IIDR_PRODUCT_ID_SHIFT) | (vgic->implementation_rev << GICD_IIDR_VARIANT_SHIFT)"
       " | (IMPLEMENTER_ARM << GICD_IIDR_IMPLEMENTER_SHIFT))`",))),
    ("implementation_rev from a call spanning two lines cannot be evaluated", "v6.0", {},
     _replace(ARCH + "vgic-init.c", "dist->implementation_rev = KVM_VGIC_IMP_REV_LATEST;",
              "dist->implementation_rev = vgic_pick_rev(kvm,\n\t\t\t\t\t\t      KVM_VGIC_IMP_REV_LATEST);"), V3,
     ("unknown", ("unknown",),
      (f"{ARCH}vgic-init.c vgic_init(): cannot evaluate implementation_rev = "
       "vgic_pick_rev(kvm, KVM_VGIC_IMP_REV_LATEST)",))),
    ("set in vgic_init() and in another function: vgic_init()'s value, the other named", "v6.0", {},
     _replace(ARCH + "vgic-init.c", "int vgic_init(", EARLY_INIT), V2,
     ("3", ("2", "3"), (f"{ARCH}vgic-init.c: implementation_rev also set to ['2']; using vgic_init()'s 3",))),
    ("the write handler takes the revision from the current value", "v6.0", {"extract_from": "reg"}, _unchanged, V3,
     ("3", ("3",), (f"{ARCH}vgic-mmio-v3.c vgic_mmio_uaccess_write_v3_misc(): the revision is taken from `reg` "
                    "(the current value), not from `val` (the written one): "
                    "writes are accepted but restore nothing",))),
    ("a write handler without an IIDR case: the guest handler ignores the write", "pre-revision", {"typer2": "exact"},
     _unchanged, V3, ("0", ("0",), ())),
    ("literal revision 1 in the read function", "literal-rev1", {}, _unchanged, V2, ("1", ("1",), ())),
]


@pytest.mark.parametrize("name,era,knobs,mangle,item,expected", CASES, ids=[c[0] for c in CASES])
def test_iidr_branch(name, era, knobs, mangle, item, expected):
    files = vgic_files(era, **knobs)
    mangle(files)
    state = {s.item: s for s in extract_vgic(files)}[item]
    assert (state.default, state.settable, state.warnings) == expected


# --- where the old vgic's value was read (the evidence a page links to) -----------------

# v3.x's virt/kvm/arm/vgic.c: GICv2 only, the IIDR a bare constant (revision 0)
VGIC_C = "\n".join([
    '#include "vgic.h"', "",
    "static bool handle_mmio_misc(struct kvm_vcpu *vcpu,",
    "\t\t\t     struct kvm_exit_mmio *mmio, phys_addr_t offset)",
    "{", "\tu32 reg;", "\tu32 word_offset = offset & 3;", "",
    "\tswitch (offset & ~3) {",
    "\tcase 8:\t\t\t/* IIDR */", "\t\treg = 0x4B00043B;",
    "\t\tvgic_reg_access(mmio, &reg, word_offset, ACCESS_READ_VALUE | ACCESS_WRITE_IGNORED);",
    "\t\tbreak;", "\t}", "\treturn false;", "}", ""])


def _vgic_c_only(files):
    for path in [p for p in files if p.endswith("emul.c")]:
        del files[path]
    files[OLD + "vgic.c"] = VGIC_C


def _unfinished_tail(files):
    files[OLD + "vgic-v2-emul.c"] += "\nstatic int vgic_v2_unfinished(void)\n{\n\treturn"


# (name, mangle, item, (default, warnings), (file, line, function, text) of the evidence)
EVIDENCE = [
    ("v2 in vgic-v2-emul.c", _unchanged, V2, ("0", ()),
     (OLD + "vgic-v2-emul.c", 16, "handle_mmio_misc", "reg = (PRODUCT_ID_KVM << 24) | (IMPLEMENTER_ARM << 0);")),
    ("v3 in vgic-v3-emul.c", _unchanged, V3, ("0", ()),
     (OLD + "vgic-v3-emul.c", 8, "handle_mmio_iidr", "reg = (PRODUCT_ID_KVM << 24) | (IMPLEMENTER_ARM << 0);")),
    ("v2 as a constant in vgic.c", _vgic_c_only, V2, ("0", ()),
     (OLD + "vgic.c", 11, "handle_mmio_misc", "reg = 0x4B00043B;")),
    ("v2 read, the file cut short after it: read with a warning", _unfinished_tail, V2,
     ("0", (f"{OLD}vgic-v2-emul.c: {TRUNC}",)),
     (OLD + "vgic-v2-emul.c", 16, "handle_mmio_misc", "reg = (PRODUCT_ID_KVM << 24) | (IMPLEMENTER_ARM << 0);")),
]


@pytest.mark.parametrize("name,mangle,item,state,where", EVIDENCE, ids=[e[0] for e in EVIDENCE])
def test_old_vgic_value_and_where_it_was_read(name, mangle, item, state, where):
    files = vgic_files("legacy")
    mangle(files)
    s = {s.item: s for s in extract_vgic(files)}[item]
    assert (s.default, s.warnings) == state and s.settable == (s.default,)
    assert [(e.what, e.file, e.line, e.function, e.text) for e in s.evidence] == [("default", *where)]
    assert files[where[0]].splitlines()[where[1] - 1].strip() == where[3]  # the line says what the evidence quotes


# --- where the new vgic's default was read, when the file or vgic-init.c hold decoys -------

def _write_handler_first(files):
    """vgic-mmio-v3.c with the guest write handler (its own `case GICD_IIDR:`) above the read function."""
    path = "virt/kvm/arm/vgic/vgic-mmio-v3.c"
    text = files[path]
    read = text.index("static unsigned long vgic_mmio_read_v3_misc")
    write = text.index("static void vgic_mmio_write_v3_misc")
    end = text.index("}\n}\n", write) + 4
    files[path] = text[:read] + text[write:end] + "\n" + text[read:write] + text[end:]


NEW_EVIDENCE = [
    ("the literal is read in the read function, not in the write handler above it", "literal-rev1",
     _write_handler_first, [("virt/kvm/arm/vgic/vgic-mmio-v3.c", "vgic_mmio_read_v3_misc",
                             "(1 << GICD_IIDR_REVISION_SHIFT) |")]),
    ("implementation_rev's assignment is vgic_init()'s, not the function above it", "v6.0",
     _replace(ARCH + "vgic-init.c", "int vgic_init(", EARLY_INIT),
     [(ARCH + "vgic-init.c", "vgic_init", "dist->implementation_rev = KVM_VGIC_IMP_REV_LATEST;"),
      ("include/kvm/arm_vgic.h", None, "#define KVM_VGIC_IMP_REV_LATEST\tKVM_VGIC_IMP_REV_3")]),
]


@pytest.mark.parametrize("name,era,mangle,where", NEW_EVIDENCE, ids=[e[0] for e in NEW_EVIDENCE])
def test_default_read_where_the_reader_looks(name, era, mangle, where):
    files = vgic_files(era)
    mangle(files)
    s = {s.item: s for s in extract_vgic(files)}[V3]
    got = [e for e in s.evidence if e.what == "default"]
    assert [(e.file, e.function, e.text) for e in got] == [(f, fn, " ".join(t.split())) for f, fn, t in where]
    for e, (path, _, text) in zip(got, where, strict=True):
        assert files[path].splitlines()[e.line - 1].strip() == text  # the line it names holds that text
