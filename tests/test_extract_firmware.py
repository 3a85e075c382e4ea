"""The firmware extractor on kernel-shaped files of our own (ingest/shapes):
every era, macro chains, scoping to the right function, services before and
after their bitmap, mangled and missing files."""
from __future__ import annotations

import random

import pytest

from ingest.extract.firmware import source
from ingest.extract.firmware import EXTRACTOR, extract_firmware
from ingest.demo.shapes.firmware import BITMAPS_6_1, SHAPE_PATHS, firmware_files
from ingest.demo.shapes.firmware_text import vmacro

FW = "0x60300000001400"
BMAP = "0x60300000001600"
ALL_SERVICES = ("PV_TIME", "TRNG", "FUNC_FEAT", "PTP")


def states(files):
    return {s.item: s for s in extract_firmware(files)}


def view(files):
    """{item: (default, settable, index)} and no warnings anywhere."""
    got = states(files)
    assert {i: s.warnings for i, s in got.items() if s.warnings} == {}
    return {i: (s.default, s.settable, dict(s.extra).get("index")) for i, s in got.items()}


def test_paths_cover_every_shape_path_and_era():
    assert set(SHAPE_PATHS) <= set(EXTRACTOR.paths)
    for path in ("virt/kvm/arm/psci.c", "arch/arm64/kvm/psci.c", "arch/arm/kvm/psci.c",
                 "arch/arm64/kvm/hypercalls.c", "virt/kvm/arm/hypercalls.c",
                 "include/kvm/arm_psci.h", "arch/arm64/include/asm/kvm_psci.h",
                 "include/uapi/linux/psci.h", "arch/arm64/include/uapi/asm/kvm.h"):
        assert path in EXTRACTOR.paths


# --- eras ---------------------------------------------------------------------

def test_pre_fwregs_asm_header_psci_0_2_raw_number():
    files = firmware_files("pre-fwregs", layout="arm", psci_latest="0.2", psci_header="asm")
    assert view(files) == {"fw/PSCI_VERSION": ("0.2", ("none",), None)}


def test_pre_fwregs_psci_1_0_latest_cannot_be_set():
    files = firmware_files("pre-fwregs", layout="virt", psci_latest="1.0")
    assert view(files) == {"fw/PSCI_VERSION": ("1.0", ("none",), None)}


def test_psci_register_if_style_v4_16():
    files = firmware_files("psci-fwregs", layout="virt", psci_latest="1.0", set_style="if", workarounds=0)
    assert view(files) == {"fw/PSCI_VERSION": ("1.0", ("0.2", "1.0"), FW + "00")}


def test_psci_register_switch_style_with_two_workarounds_v5_2():
    files = firmware_files("psci-fwregs", layout="virt", psci_latest="1.0", workarounds=2)
    assert view(files) == {
        "fw/PSCI_VERSION": ("1.0", ("0.2", "1.0"), FW + "00"),
        "fw/SMCCC_ARCH_WORKAROUND_1": ("present", ("lower-safe",), FW + "01"),
        "fw/SMCCC_ARCH_WORKAROUND_2": ("present", ("lower-safe",), FW + "02"),
    }


def test_workaround_3_and_psci_1_1_under_arch_layout():
    files = firmware_files("psci-fwregs", layout="arch", psci_latest="1.1", workarounds=3)
    got = view(files)
    assert got["fw/PSCI_VERSION"] == ("1.1", ("0.2", "1.0", "1.1"), FW + "00")
    assert got["fw/SMCCC_ARCH_WORKAROUND_3"] == ("present", ("lower-safe",), FW + "03")


def test_the_v5_8_move_changes_nothing():
    before = firmware_files("psci-fwregs", layout="virt", workarounds=2, services=("PV_TIME",))
    after = firmware_files("psci-fwregs", layout="arch", workarounds=2, services=("PV_TIME",))
    assert "virt/kvm/arm/psci.c" in before and "arch/arm64/kvm/psci.c" in after
    assert view(before) == view(after)


def test_hypercalls_bitmaps_era_like_v6_1():
    got = view(firmware_files("hypercalls-bitmaps"))
    assert got == {
        "fw/PSCI_VERSION": ("1.1", ("0.2", "1.0", "1.1"), FW + "00"),
        "fw/SMCCC_ARCH_WORKAROUND_1": ("present", ("lower-safe",), FW + "01"),
        "fw/SMCCC_ARCH_WORKAROUND_2": ("present", ("lower-safe",), FW + "02"),
        "fw/SMCCC_ARCH_WORKAROUND_3": ("present", ("lower-safe",), FW + "03"),
        "fw/STD_BMAP": ("present", ("none",), BMAP + "00"),
        "fw/STD_HYP_BMAP": ("present", ("none",), BMAP + "01"),
        "fw/VENDOR_HYP_BMAP": ("present", ("none",), BMAP + "02"),
        "fw/STD_BMAP/TRNG_V1_0": ("set", ("clear", "set"), None),
        "fw/STD_HYP_BMAP/PV_TIME": ("set", ("clear", "set"), None),
        "fw/VENDOR_HYP_BMAP/FUNC_FEAT": ("set", ("clear", "set"), None),
        "fw/VENDOR_HYP_BMAP/PTP": ("set", ("clear", "set"), None),
    }


def test_a_later_bitmap_is_found_from_the_header_and_starts_clear():
    maps = dict(BITMAPS_6_1, VENDOR_HYP_BMAP_2=("DISCOVER_IMPL_VER", "DISCOVER_IMPL_CPUS"))
    got = view(firmware_files("hypercalls-bitmaps", bitmaps=maps, uninitialised=("VENDOR_HYP_BMAP_2",)))
    assert got["fw/VENDOR_HYP_BMAP_2"] == ("present", ("none",), BMAP + "03")
    assert got["fw/VENDOR_HYP_BMAP_2/DISCOVER_IMPL_VER"] == ("clear", ("clear", "set"), None)
    assert got["fw/VENDOR_HYP_BMAP_2/DISCOVER_IMPL_CPUS"] == ("clear", ("clear", "set"), None)
    assert got["fw/VENDOR_HYP_BMAP/PTP"] == ("set", ("clear", "set"), None)  # same bit prefix, own enum


def test_invented_bitmap_and_bit_names_are_read_not_assumed():
    maps = {"STD_BMAP": ("TRNG_V1_0", "FOO_V2"), "NEW_THING_BMAP": ("ALPHA", "BETA", "GAMMA")}
    got = view(firmware_files("hypercalls-bitmaps", bitmaps=maps))
    assert got["fw/STD_BMAP/FOO_V2"] == ("set", ("clear", "set"), None)
    assert got["fw/NEW_THING_BMAP"] == ("present", ("none",), BMAP + "01")
    assert {i for i in got if i.startswith("fw/NEW_THING_BMAP/")} == {
        "fw/NEW_THING_BMAP/ALPHA", "fw/NEW_THING_BMAP/BETA", "fw/NEW_THING_BMAP/GAMMA"}


# --- PSCI: macro chains and the write path ------------------------------------

def test_macro_chain_latest_to_psci_version_encoding():
    files = firmware_files("hypercalls-bitmaps", psci_latest="1.3")
    assert "#define KVM_ARM_PSCI_LATEST\tKVM_ARM_PSCI_1_3" in files["include/kvm/arm_psci.h"]
    assert view(files)["fw/PSCI_VERSION"][:2] == ("1.3", ("0.2", "1.0", "1.1", "1.2", "1.3"))


def test_psci_version_macro_without_the_uapi_psci_header_uses_the_spec_encoding():
    files = firmware_files("psci-fwregs", workarounds=0, psci_latest="1.0")
    del files["include/uapi/linux/psci.h"]
    assert view(files)["fw/PSCI_VERSION"][:2] == ("1.0", ("0.2", "1.0"))


def test_settable_is_read_from_the_set_function_only():
    # kvm_psci_call's switch and kvm_arm_get_fw_reg name 1.1 and the PSCI
    # register too; only kvm_arm_set_fw_reg decides what may be written.
    files = firmware_files("hypercalls-bitmaps", psci_latest="1.1", psci_accepted=("0.2", "1.0"))
    hyper = files["arch/arm64/kvm/hypercalls.c"]
    assert f"case {vmacro('1.1')}:" in files["arch/arm64/kvm/psci.c"]
    assert hyper.index("int kvm_arm_get_fw_reg") < hyper.index("int kvm_arm_set_fw_reg(")
    assert view(files)["fw/PSCI_VERSION"][:2] == ("1.1", ("0.2", "1.0"))


def test_psci_0_1_case_is_not_settable_for_a_psci_0_2_vcpu():
    got = view(firmware_files("psci-fwregs", workarounds=1, psci_latest="1.0",
                              psci_accepted=("0.2", "1.0")))
    assert "0.1" not in got["fw/PSCI_VERSION"][1]


def test_unknown_latest_macro_gives_a_warning_not_a_value():
    files = firmware_files("hypercalls-bitmaps")
    files["include/kvm/arm_psci.h"] = files["include/kvm/arm_psci.h"].replace(
        "KVM_ARM_PSCI_LATEST\tKVM_ARM_PSCI_1_1", "KVM_ARM_PSCI_LATEST\tKVM_ARM_PSCI_9_9")
    psci = states(files)["fw/PSCI_VERSION"]
    assert psci.default == "unknown"
    assert any("KVM_ARM_PSCI_LATEST" in w for w in psci.warnings)


def test_a_restriction_it_does_not_understand_is_reported():
    files = firmware_files("psci-fwregs", workarounds=0)
    path = "arch/arm64/kvm/psci.c"
    files[path] = files[path].replace("\t\t\tif (!has_02)", "\t\t\tif (val > host_max())\n\t\t\t\treturn -EINVAL;\n\t\t\tif (!has_02)")
    psci = states(files)["fw/PSCI_VERSION"]
    assert psci.warnings and "1.1" not in psci.settable


# --- workarounds -------------------------------------------------------------

def test_workaround_write_rule_not_recognised_is_a_warning():
    files = firmware_files("psci-fwregs", workarounds=1)
    path = "arch/arm64/kvm/psci.c"
    files[path] = files[path].replace("if (get_kernel_wa_level(vcpu, reg->id) < val)", "if (val != 1)")
    wa = states(files)["fw/SMCCC_ARCH_WORKAROUND_1"]
    assert wa.settable == ("none",) and wa.warnings


def test_a_workaround_defined_but_not_listed_is_absent():
    files = firmware_files("psci-fwregs", workarounds=3)
    path = "arch/arm64/kvm/psci.c"
    files[path] = files[path].replace("\tif (put_user(KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_3, uindices++))\n"
                                      "\t\treturn -EFAULT;\n", "")
    got = states(files)
    assert "fw/SMCCC_ARCH_WORKAROUND_3" not in got
    assert any("kvm_arm_get_fw_num_regs says 4" in w for w in got["fw/PSCI_VERSION"].warnings)


# --- services before their bitmap ------------------------------------------------

def test_service_before_its_bitmap_then_after_is_a_restore_path():
    old = view(firmware_files("psci-fwregs", workarounds=3, services=ALL_SERVICES))
    new = view(firmware_files("hypercalls-bitmaps"))
    for item in ("fw/STD_BMAP/TRNG_V1_0", "fw/STD_HYP_BMAP/PV_TIME",
                 "fw/VENDOR_HYP_BMAP/FUNC_FEAT", "fw/VENDOR_HYP_BMAP/PTP"):
        assert old[item] == ("set", ("none",), None)
        assert new[item] == ("set", ("clear", "set"), None)
        assert old[item][0] in new[item][1]
    assert "fw/STD_BMAP" not in old


def test_services_appear_with_their_dispatcher_case():
    assert "fw/STD_BMAP/TRNG_V1_0" not in view(firmware_files("psci-fwregs", services=("PV_TIME",)))
    got = view(firmware_files("psci-fwregs", services=("PV_TIME", "TRNG")))
    assert got["fw/STD_BMAP/TRNG_V1_0"] == ("set", ("none",), None)
    assert got["fw/STD_HYP_BMAP/PV_TIME"] == ("set", ("none",), None)


def test_one_bitmap_arrived_the_other_service_still_legacy():
    got = view(firmware_files("hypercalls-bitmaps", services=ALL_SERVICES,
                              bitmaps={"STD_BMAP": ("TRNG_V1_0",), "STD_HYP_BMAP": ("PV_TIME",)}))
    assert got["fw/STD_BMAP/TRNG_V1_0"] == ("set", ("clear", "set"), None)
    assert got["fw/VENDOR_HYP_BMAP/PTP"] == ("set", ("none",), None)
    assert "fw/VENDOR_HYP_BMAP" not in got


# --- mangled and missing files ------------------------------------------------------

def test_truncated_set_function_warns_and_invents_nothing():
    files = firmware_files("hypercalls-bitmaps")
    path = "arch/arm64/kvm/hypercalls.c"
    files[path] = files[path][:files[path].index("\tcase KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_1:",
                                                 files[path].index("int kvm_arm_set_fw_reg("))]
    got = states(files)
    assert got["fw/PSCI_VERSION"].default == "1.1"
    assert got["fw/PSCI_VERSION"].settable == ("none",) and got["fw/PSCI_VERSION"].warnings
    assert got["fw/SMCCC_ARCH_WORKAROUND_1"].warnings
    assert got["fw/STD_BMAP/TRNG_V1_0"].warnings


def test_truncated_init_function_is_not_read_as_never_assigning():
    # init moved to the end of the file, then the file cut inside it: the
    # parser closes the body itself, and vendor_hyp_bmap looks unassigned.
    files = firmware_files("hypercalls-bitmaps")
    path = "arch/arm64/kvm/hypercalls.c"
    text = files[path]
    start = text.index("void kvm_arm_init_hypercalls")
    end = text.index("}\n", start) + 2
    moved = text[:start] + text[end:] + text[start:end]
    files[path] = moved[:moved.index("\tfeat->vendor_hyp_bmap = ")]
    got = states(files)
    assert got["fw/VENDOR_HYP_BMAP/PTP"].default == "unknown"
    assert any("kvm_arm_init_hypercalls" in w for w in got["fw/VENDOR_HYP_BMAP/PTP"].warnings)
    assert got["fw/VENDOR_HYP_BMAP/PTP"].settable == ("clear", "set")  # the set path is whole


def test_a_define_cut_mid_token_does_not_give_a_wrong_index():
    files = firmware_files("hypercalls-bitmaps")
    uapi = files["arch/arm64/include/uapi/asm/kvm.h"]
    cut = uapi.index("KVM_REG_ARM_FW_REG(3)") + len("KVM_REG_ARM_FW")
    wa3 = states({**files, "arch/arm64/include/uapi/asm/kvm.h": uapi[:cut]})["fw/SMCCC_ARCH_WORKAROUND_3"]
    assert wa3.extra == () and any("index" in w for w in wa3.warnings)


def _worlds():
    return [
        firmware_files("pre-fwregs", layout="arm", psci_latest="0.2", psci_header="asm"),
        firmware_files("psci-fwregs", layout="virt", set_style="if", workarounds=0, psci_latest="1.0"),
        firmware_files("psci-fwregs", workarounds=3, services=ALL_SERVICES),
        firmware_files("hypercalls-bitmaps"),
    ]


@pytest.mark.parametrize("world", range(4))
def test_any_truncation_warns_or_keeps_the_value(world):
    files = _worlds()[world]
    whole = states(files)
    rnd = random.Random(world)
    for path, text in files.items():
        for cut in rnd.sample(range(len(text)), min(60, len(text))):
            for s in extract_firmware({**files, path: text[:cut]}):  # never raises
                if not s.warnings and s.item in whole:
                    assert s.same_view(whole[s.item]), (path, cut, s)


def test_garbage_code_never_crashes_and_every_state_warns():
    junk = "#define KVM_ARM_PSCI_LATEST KVM_ARM_PSCI_LATEST\n}}}{{ case : switch ( ) int (\n\x00\u2603"
    files = firmware_files("hypercalls-bitmaps")
    mangled = {p: (t if p.endswith("uapi/asm/kvm.h") else junk) for p, t in files.items()}
    got = extract_firmware(mangled)
    assert got and all(s.warnings for s in got if s.item.count("/") == 1)
    assert all(s.default == "unknown" and s.warnings for s in got if s.item.count("/") == 2)
    assert extract_firmware({p: "" for p in EXTRACTOR.paths}) == []


def test_missing_files_give_no_states():
    files = firmware_files("hypercalls-bitmaps")
    assert extract_firmware({}) == []
    assert extract_firmware({p: t for p, t in files.items() if p.endswith(".h")}) == []
    no_uapi = {p: t for p, t in files.items() if p != "arch/arm64/include/uapi/asm/kvm.h"}
    assert extract_firmware(no_uapi) == []


def test_states_are_sorted_and_values_are_strings():
    got = extract_firmware(firmware_files("hypercalls-bitmaps"))
    assert [s.item for s in got] == sorted(s.item for s in got)
    for s in got:
        assert isinstance(s.default, str) and all(isinstance(v, str) for v in s.settable)
        assert s.settable == tuple(sorted(s.settable))


# --- reading helpers ------------------------------------------------------------------

def test_find_definition_skips_prototypes_and_call_sites():
    text = ("int kvm_psci_version(struct kvm_vcpu *vcpu);\n"
            "int other(void)\n{\n\tswitch (kvm_psci_version(vcpu)) {\n\tcase 1:\n\t\treturn 1;\n\t}\n\treturn 0;\n}\n")
    assert source.find_definition(text, "kvm_psci_version") is None
    text += "int kvm_psci_version(struct kvm_vcpu *vcpu)\n{\n\treturn 7;\n}\n"
    assert source.find_definition(text, "kvm_psci_version").strip() == "{\n\treturn 7;\n}"


def test_enum_count_behind_ifdef_kernel_is_counted():
    src = source.Source.read(firmware_files("hypercalls-bitmaps"))
    assert src.consts["KVM_REG_ARM_VENDOR_HYP_BMAP_BIT_COUNT"] == 2
    assert src.value("GENMASK(KVM_REG_ARM_VENDOR_HYP_BMAP_BIT_COUNT - 1, 0)") == 0b11
