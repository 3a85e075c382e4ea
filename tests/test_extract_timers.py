"""Timer registers from guest.c, in both eras, on our own kernel-shaped text
and on Debian's trees."""
import pytest

from data import real_timers
from ingest.extract.reglist.timers import GUEST_C, PATHS, UAPI, extract_timers
from kernelsrc import kernel_tree, read_tree

UAPI_TEXT = """
#define ARM64_SYS_REG(...) (__ARM64_SYS_REG(__VA_ARGS__) | KVM_REG_SIZE_U64)
#define KVM_REG_ARM_PTIMER_CTL\t\tARM64_SYS_REG(3, 3, 14, 2, 1)
#define KVM_REG_ARM_PTIMER_CVAL\t\tARM64_SYS_REG(3, 3, 14, 2, 2)
#define KVM_REG_ARM_PTIMER_CNT\t\tARM64_SYS_REG(3, 3, 14, 0, 1)
/* CVAL and CNT swapped, kept for ABI's sake */
#define KVM_REG_ARM_TIMER_CTL\t\tARM64_SYS_REG(3, 3, 14, 3, 1)
#define KVM_REG_ARM_TIMER_CVAL\t\tARM64_SYS_REG(3, 3, 14, 0, 2)
#define KVM_REG_ARM_TIMER_CNT\t\tARM64_SYS_REG(3, 3, 14, 3, 2)
"""

PUT_USER_ERA = """
static int copy_timer_indices(struct kvm_vcpu *vcpu, u64 __user *uindices)
{
\tif (put_user(KVM_REG_ARM_TIMER_CTL, uindices))
\t\treturn -EFAULT;
\tuindices++;
\tif (put_user(KVM_REG_ARM_TIMER_CNT, uindices))
\t\treturn -EFAULT;
\tuindices++;
\tif (put_user(KVM_REG_ARM_TIMER_CVAL, uindices))
\t\treturn -EFAULT;
\treturn 0;
}
"""

ARRAY_ERA = """
static const u64 timer_reg_list[] = {
\tKVM_REG_ARM_TIMER_CTL,
\tKVM_REG_ARM_TIMER_CNT,
\tKVM_REG_ARM_TIMER_CVAL,
\tKVM_REG_ARM_PTIMER_CTL,
\tKVM_REG_ARM_PTIMER_CNT,
\tKVM_REG_ARM_PTIMER_CVAL,
};
"""


def got(files):
    return {s.item: (s.default, dict(s.extra).get("index"), s.warnings) for s in extract_timers(files)}


def test_put_user_era_lists_the_virtual_timer_by_encoding():
    assert got({GUEST_C: PUT_USER_ERA, UAPI: UAPI_TEXT}) == {
        "reglist/CNTV_CTL_EL0": ("present", "0x603000000013df19", ()),
        "reglist/CNTV_CVAL_EL0": ("present", "0x603000000013df1a", ()),  # TIMER_CNT's encoding
        "reglist/CNTVCT_EL0": ("present", "0x603000000013df02", ()),    # TIMER_CVAL's encoding
    }


def test_array_era_adds_the_physical_timer():
    assert set(got({GUEST_C: ARRAY_ERA, UAPI: UAPI_TEXT})) == set(real_timers.INDEX)


def test_a_define_missing_from_the_header_is_a_warning_not_a_guess():
    uapi = "\n".join(l for l in UAPI_TEXT.splitlines() if "PTIMER_CNT" not in l)
    states = got({GUEST_C: ARRAY_ERA, UAPI: uapi})
    default, index, warnings = states["reglist/KVM_REG_ARM_PTIMER_CNT"]
    assert (default, index) == ("unknown", None) and "no ARM64_SYS_REG()" in warnings[0]


def test_missing_files_give_no_states():
    assert extract_timers({GUEST_C: ARRAY_ERA}) == []
    assert extract_timers({UAPI: UAPI_TEXT}) == []


@pytest.mark.realcode
@pytest.mark.parametrize("tag, version", [("v6.1", "6.1"), ("v6.12", "6.12")])
def test_debian_trees(tag, version):
    states = got(read_tree(kernel_tree(version), PATHS))
    assert {k: v[0] for k, v in states.items()} == {k: v[0] for k, v in real_timers.EXPECTED[tag].items()}
    assert all(states[k][1] == real_timers.INDEX[k] for k in states)


# --- 7.x: guest.c lists no timer register of its own (our own shapes) ---------

COPY_7X = """
int kvm_arm_copy_reg_indices(struct kvm_vcpu *vcpu, u64 __user *uindices)
{
\tint ret;

\tret = copy_core_reg_indices(vcpu, uindices);
\tif (ret < 0)
\t\treturn ret;
\tuindices += ret;

\tret = kvm_arm_copy_fw_reg_indices(vcpu, uindices);
\tif (ret < 0)
\t\treturn ret;
\tuindices += kvm_arm_get_fw_num_regs(vcpu);

\treturn kvm_arm_copy_sys_reg_indices(vcpu, uindices);
}
"""


def test_table_era_guest_c_gives_no_timer_state_on_purpose():
    assert extract_timers({GUEST_C: COPY_7X, UAPI: UAPI_TEXT}) == []


def test_unread_guest_c_shapes_warn_instead_of_giving_nothing():
    loop = COPY_7X.replace("\treturn kvm_arm_copy_sys_reg_indices", "\tret = copy_timer_regs(vcpu, uindices);\n"
                           "\treturn kvm_arm_copy_sys_reg_indices")
    looped = ("static int copy_timer_indices(struct kvm_vcpu *vcpu, u64 __user *uindices)\n{\n"
              "\tfor (int i = 0; i < NUM_TIMERS; i++)\n\t\tif (put_user(timers_of(i), uindices++))\n"
              "\t\t\treturn -EFAULT;\n\treturn 0;\n}\n")
    for guest, why in ((loop, "copies timer registers in a way not read"),
                       (looped, "copy_timer_indices() lists no KVM_REG_ARM_* register"),
                       ("/* nothing here */", "kvm_arm_copy_reg_indices() not found whole")):
        states = got({GUEST_C: guest, UAPI: UAPI_TEXT})
        assert list(states) == ["reglist/timer-registers"], why
        default, index, warnings = states["reglist/timer-registers"]
        assert default == "unknown" and why in warnings[0]


@pytest.mark.realcode
def test_debian_7_3_timers_are_table_entries_with_the_same_items_and_indices():
    from ingest.extract import reglist

    files = read_tree(kernel_tree("7.3"), set(PATHS) | set(reglist.PATHS))
    assert extract_timers(files) == []
    listed = {s.item: s for s in reglist.extract_reglist(files)}
    want = real_timers.EXPECTED["v7.3"]
    assert {k: (listed[k].default, listed[k].settable) for k in want} == want
    assert {k: dict(listed[k].extra)["index"] for k in want} == {k: real_timers.INDEX[k] for k in want}
