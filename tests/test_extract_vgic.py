"""The vGIC extractor on kernel-shaped files of our own writing (ingest/demo/shapes/vgic.py)."""
from __future__ import annotations

import pytest

from ingest.extract.vgic import EXTRACTOR, extract_vgic
from ingest.facts import State
from ingest.demo.shapes.vgic import ERAS, HEADER, vgic_files

V2, V3 = "vgic/v2/IIDR_REVISION", "vgic/v3/IIDR_REVISION"
ITS, TYPER2 = "vgic/its/ABI_REVISION", "vgic/v3/GICD_TYPER2_nASSGIcap"
ARCH, VIRT = "arch/arm64/kvm/vgic/", "virt/kvm/arm/vgic/"


def states(files) -> dict[str, tuple[str, tuple[str, ...]]]:
    out = extract_vgic(files)
    assert all(isinstance(s, State) for s in out)
    return {s.item: (s.default, s.settable) for s in out}


def by_item(files) -> dict[str, State]:
    return {s.item: s for s in extract_vgic(files)}


# --- each era ------------------------------------------------------------------

ERA_EXPECTED = {
    "legacy": {V2: ("0", ("0",)), V3: ("0", ("0",))},
    "pre-revision": {V2: ("0", ("0",)), V3: ("0", ("0",))},
    "literal-rev1": {V2: ("1", ("1",)), V3: ("1", ("1",))},
    "v4.19": {V2: ("2", ("2",)), V3: ("2", ("2",)), ITS: ("0", ("0",))},
    "v6.0": {V2: ("3", ("2", "3")), V3: ("3", ("2", "3")), ITS: ("0", ("0",)),
             TYPER2: ("host", ("host",))},
    "v6.17": {V2: ("3", ("2", "3")), V3: ("3", ("2", "3")), ITS: ("0", ("0",)),
              TYPER2: ("host", ("clear", "host"))},
}


@pytest.mark.parametrize("era", ERAS)
def test_each_era(era):
    files = vgic_files(era)
    assert states(files) == ERA_EXPECTED[era]
    assert all(not s.warnings for s in extract_vgic(files))


def test_every_shape_path_is_watched():
    for era in ERAS:
        for layout in ("virt", "arch"):
            assert set(vgic_files(era, layout=layout)) <= set(EXTRACTOR.paths)


@pytest.mark.parametrize("era", ["pre-revision", "v4.19", "v6.0"])
def test_layout_move_keeps_the_states(era):
    virt, arch = vgic_files(era, layout="virt"), vgic_files(era, layout="arch")
    assert any(p.startswith(VIRT) for p in virt) and any(p.startswith(ARCH) for p in arch)
    assert states(virt) == states(arch)


def test_demo_history_parameters():
    # 1 -> 2 without a way back, 3 with a way to 2, then 1 selectable again.
    assert states(vgic_files("literal-rev1"))[V3] == ("1", ("1",))
    assert states(vgic_files("v4.19"))[V3] == ("2", ("2",))
    assert states(vgic_files("v4.19", layout="arch"))[V3] == ("2", ("2",))
    assert states(vgic_files("v6.0", accepted=(2, 3)))[V3] == ("3", ("2", "3"))
    assert states(vgic_files("v6.0", accepted=(1, 2, 3)))[V2] == ("3", ("1", "2", "3"))


def test_v2_revision_1_by_fall_through():
    files = vgic_files("v6.17", accepted=(1, 2, 3))
    assert "fallthrough;\n\t\tcase KVM_VGIC_IMP_REV_1:" in files[ARCH + "vgic-mmio-v2.c"]
    assert states(files)[V2] == ("3", ("1", "2", "3"))


def test_default_can_be_below_the_newest_accepted():
    assert states(vgic_files("v6.0", accepted=(2, 3, 4), default_rev=3))[V3] == ("3", ("2", "3", "4"))


def test_legacy_three_x_literal_iidr():
    text = ("static bool handle_mmio_misc(struct kvm_vcpu *vcpu, struct kvm_exit_mmio *mmio,"
            " u32 offset)\n{\n\tu32 reg;\n\tswitch (offset & ~3) {\n\tcase 8:\t/* IIDR */\n"
            "\t\treg = 0x4B00143B;\n\t\tbreak;\n\t}\n\treturn false;\n}\n")
    assert states({"virt/kvm/arm/vgic.c": text}) == {V2: ("1", ("1",))}
    assert states({"virt/kvm/arm/vgic.c": text.replace("143B", "043B")}) == {V2: ("0", ("0",))}


def test_new_vgic_wins_over_the_old_one_in_v4_7():
    files = {**vgic_files("legacy"), **vgic_files("literal-rev1")}
    assert states(files)[V2] == ("1", ("1",))


# --- macros, scope, handler bugs --------------------------------------------------

def test_macro_chain_resolves_the_default():
    files = vgic_files("v6.0")
    files[HEADER] = files[HEADER].replace(
        "#define KVM_VGIC_IMP_REV_LATEST\tKVM_VGIC_IMP_REV_3",
        "#define KVM_VGIC_IMP_REV_NEWEST\tKVM_VGIC_IMP_REV_2\n"
        "#define KVM_VGIC_IMP_REV_LATEST\tKVM_VGIC_IMP_REV_NEWEST")
    assert states(files)[V3] == ("2", ("2", "3"))


def test_the_create_time_default_wins():
    files = vgic_files("v6.17")
    init = ARCH + "vgic-init.c"
    files[init] = files[init].replace(
        "\tdist->initialized = true;",
        "\tif (!dist->implementation_rev)\n\t\tdist->implementation_rev = KVM_VGIC_IMP_REV_2;\n"
        "\tdist->initialized = true;")
    state = by_item(files)[V3]
    assert state.default == "3"
    assert state.warnings and "kvm_vgic_create" in state.warnings[0]


DECOY = """
static void vgic_mmio_decoy(struct kvm_vcpu *vcpu, gpa_t addr, unsigned long val)
{
	struct vgic_dist *dist = &vcpu->kvm->arch.vgic;
	u32 value, reg;

	switch (addr & 0x0c) {
	case GICD_IIDR:
		value = (PRODUCT_ID_KVM << 24) | (9 << GICD_IIDR_REVISION_SHIFT);
		reg = FIELD_GET(GICD_IIDR_REVISION_MASK, val);
		switch (reg) {
		case 7:
			dist->implementation_rev = reg;
			return;
		}
	}
}
"""


def test_same_case_label_in_several_functions_is_scoped():
    files = vgic_files("v6.0")
    path = ARCH + "vgic-mmio-v3.c"
    head, sep, rest = files[path].partition("static unsigned long vgic_mmio_read_v3_misc")
    files[path] = head + DECOY + sep + rest + DECOY.replace("decoy", "decoy_tail")
    assert "case GICD_IIDR:" in files[path]
    assert states(files)[V3] == ("3", ("2", "3"))


def test_revision_taken_from_the_current_value():
    state = by_item(vgic_files("v6.0", extract_from="reg"))[V3]
    assert (state.default, state.settable) == ("3", ("3",))
    assert "`reg` (the current value)" in state.warnings[0]
    assert "restore nothing" in state.warnings[0]


def test_exact_match_handler_means_default_only():
    state = by_item(vgic_files("v4.19"))[V2]
    assert (state.default, state.settable, state.warnings) == ("2", ("2",), ())


def test_its_abi_table_size_decides():
    assert states(vgic_files("v6.0", its_abis=3))[ITS] == ("2", ("0", "1", "2"))
    assert states(vgic_files("pre-revision", its="pre-abi"))[ITS] == ("0", ("0",))
    assert ITS not in states(vgic_files("v6.0", its=None))


def test_typer2_is_absent_before_gicv4_1():
    assert TYPER2 not in states(vgic_files("v6.0", typer2=None))
    assert TYPER2 not in states(vgic_files("v4.19"))


# --- bad input: warnings, never a wrong value, never a crash -------------------------

def test_missing_files_give_no_states():
    assert extract_vgic({}) == []
    assert extract_vgic({HEADER: vgic_files("v6.0")[HEADER]}) == []
    assert extract_vgic({"Makefile": "obj-y += nothing.o\n"}) == []


def test_truncated_uaccess_handler():
    files = vgic_files("v6.0")
    path = ARCH + "vgic-mmio-v3.c"
    text = files[path]
    files[path] = text[:text.index("case KVM_VGIC_IMP_REV_3:")]
    state = by_item(files)[V3]
    assert state.default == "3" and state.settable == ("unknown",)
    assert any("unreadable" in w for w in state.warnings)
    assert any("looks truncated" in w for w in state.warnings)


def test_truncated_read_function():
    files = vgic_files("v6.0")
    path = ARCH + "vgic-mmio-v2.c"
    files[path] = files[path][:files[path].index("case GIC_DIST_IIDR:") + 40]
    state = by_item(files)[V2]
    assert (state.default, state.settable) == ("unknown", ("unknown",)) and state.warnings


def test_unknown_macro_for_the_default():
    files = vgic_files("v6.0")
    files[HEADER] = files[HEADER].replace("KVM_VGIC_IMP_REV_LATEST\tKVM_VGIC_IMP_REV_3",
                                          "KVM_VGIC_IMP_REV_LATEST\tKVM_VGIC_IMP_REV_NEXT")
    state = by_item(files)[V3]
    assert state.default == "unknown"
    assert "KVM_VGIC_IMP_REV_LATEST" in state.warnings[0]


def test_unknown_macro_in_an_accepted_label():
    files = vgic_files("v6.0")
    path = ARCH + "vgic-mmio-v3.c"
    files[path] = files[path].replace("case KVM_VGIC_IMP_REV_2:", "case KVM_VGIC_IMP_REV_MYSTERY:")
    state = by_item(files)[V3]
    assert state.settable == ("3",)
    assert "KVM_VGIC_IMP_REV_MYSTERY" in state.warnings[0]


def test_missing_init_file():
    files = vgic_files("v6.0")
    del files[ARCH + "vgic-init.c"]
    state = by_item(files)[V2]
    assert state.default == "unknown" and "vgic-init.c" in state.warnings[0]


def test_every_truncation_of_the_uaccess_handler_warns_or_is_right():
    full = vgic_files("v6.0")
    path = ARCH + "vgic-mmio-v3.c"
    text = full[path]
    start = text.index("static int vgic_mmio_uaccess_write_v3_misc")
    end = text.index("vgic_mmio_write_v3_misc(vcpu, addr, len, val);\n\treturn 0;\n}", start) + 48
    right = by_item(full)[V3]
    for cut in range(start + 1, end, 3):
        state = by_item({**full, path: text[:cut]})[V3]
        assert state.warnings or state.same_view(right), cut


HOSTILE = "<script>alert('x')</script> \"quoted\" 'single' ünïcødé 🐧 \\ %s {{ }} \x00"


@pytest.mark.parametrize("era", ERAS)
def test_hostile_text_in_comments(era):
    assert states(vgic_files(era, note=HOSTILE)) == ERA_EXPECTED[era]


@pytest.mark.parametrize("junk", [
    "", "}}}}{{{{", "case GICD_IIDR:", "#define KVM_VGIC_IMP_REV_LATEST KVM_VGIC_IMP_REV_LATEST\n",
    HOSTILE, "\ufffd" * 1000, "static int f(" * 200, "switch (x) { case : default: }",
    "static unsigned long vgic_mmio_read_v3_misc(void) { switch (a) { case GICD_IIDR: value = ((((; } }",
])
def test_garbage_files_never_crash(junk):
    for path in EXTRACTOR.paths:
        out = extract_vgic({path: junk})
        assert all(isinstance(s, State) for s in out)
        assert all(s.warnings for s in out if s.default == "unknown")
    out = extract_vgic({p: junk for p in EXTRACTOR.paths})
    assert all(s.warnings or s.default != "unknown" for s in out)


def test_self_referencing_macro_is_a_warning():
    files = vgic_files("v6.0")
    files[HEADER] = files[HEADER].replace("KVM_VGIC_IMP_REV_LATEST\tKVM_VGIC_IMP_REV_3",
                                          "KVM_VGIC_IMP_REV_LATEST\tKVM_VGIC_IMP_REV_LATEST")
    state = by_item(files)[V2]
    assert state.default == "unknown" and state.warnings


def _clean_end(text: str) -> bool:
    tail = text.rstrip()
    return (text.count("{") == text.count("}") and text.count("(") == text.count(")")
            and (not tail or tail[-1] in "};" or tail.splitlines()[-1].lstrip().startswith("#")))


@pytest.mark.parametrize("era", ["v4.19", "v6.0", "v6.17"])
def test_any_truncation_mid_statement_warns_or_is_right(era):
    full = vgic_files(era, accepted=(1, 2, 3)) if era != "v4.19" else vgic_files(era)
    right = by_item(full)
    for path, text in full.items():
        for cut in range(1, len(text), 11):
            prefix = text[:cut]
            if _clean_end(prefix) and not path.endswith(".h"):
                continue  # a shorter but complete file: nothing to notice
            for item, state in by_item({**full, path: prefix}).items():
                assert state.warnings or state.same_view(right.get(item)), (path, cut, item)


def test_legacy_v3_iidr_as_a_case_label():
    text = ("static bool handle_mmio_ctlr_typer_iidr(struct kvm_vcpu *vcpu,\n"
            "\t\tstruct kvm_exit_mmio *mmio, phys_addr_t offset)\n{\n\tu32 reg = 0;\n\n"
            "\tswitch (offset & ~3) {\n\tcase GICD_TYPER:\n\t\treg = 31;\n\t\tbreak;\n"
            "\tcase GICD_IIDR:\n\t\treg = (PRODUCT_ID_KVM << 24) | (IMPLEMENTER_ARM << 0);\n"
            "\t\tbreak;\n\t}\n\treturn false;\n}\n")
    assert states({"virt/kvm/arm/vgic-v3-emul.c": text}) == {V3: ("0", ("0",))}
    cut = by_item({"virt/kvm/arm/vgic-v3-emul.c": text[:text.index("(IMPLEMENTER")]})[V3]
    assert cut.default == "unknown" and cut.warnings
