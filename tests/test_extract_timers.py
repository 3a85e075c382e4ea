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
