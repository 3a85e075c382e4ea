"""What the vGIC code of Debian's kernel source packages says, read by hand.

Trees: linux-source-6.1 6.1.192-3, linux-source-6.12 6.12.118-1~deb12u1 and
linux-source-7.3 7.3.4-1~bpo13+1 (pinned in tests/kernelsrc.py). The 6.x ones
are stable updates that carry a0e6ae45af17
("KVM: arm64: vgic: Fix IIDR revision field extracted from wrong value",
2026, Cc: stable): their uaccess handlers take the revision from `val`.
Mainline tags v6.1 and v6.12 still take it from `reg` (the current value),
so there userspace writes restore nothing: see MAINLINE below.

item -> (default, settable)
"""
from __future__ import annotations

DEBIAN_6_1 = {
    # vgic-init.c vgic_init(): `if (!dist->implementation_rev) ... = KVM_VGIC_IMP_REV_LATEST`;
    # include/kvm/arm_vgic.h: LATEST -> KVM_VGIC_IMP_REV_3 -> 3.
    # vgic-mmio-v2.c vgic_mmio_uaccess_write_v2_misc: `case GIC_DIST_IIDR`,
    # FIELD_GET(GICD_IIDR_REVISION_MASK, val), switch accepts REV_2, REV_3.
    "vgic/v2/IIDR_REVISION": ("3", ("2", "3")),
    # vgic-mmio-v3.c vgic_mmio_uaccess_write_v3_misc: `case GICD_IIDR`, same switch.
    "vgic/v3/IIDR_REVISION": ("3", ("2", "3")),
    # vgic-its.c: its_table_abi_versions[] has one entry ([0]); vgic_its_create()
    # calls vgic_its_set_abi(its, NR_ITS_ABIS - 1) -> 0;
    # vgic_mmio_uaccess_write_its_iidr rejects rev >= NR_ITS_ABIS -> {0}.
    "vgic/its/ABI_REVISION": ("0", ("0",)),
    # vgic-mmio-v3.c vgic_mmio_read_v3_misc `case GICD_TYPER2`: nASSGIcap set only
    # `if (kvm_vgic_global_state.has_gicv4_1 && gic_cpuif_has_vsgi())` -> host;
    # vgic_mmio_uaccess_write_v3_misc `case GICD_TYPER2`: `val != read` -> -EINVAL.
    "vgic/v3/GICD_TYPER2_nASSGIcap": ("host", ("host",)),
}

DEBIAN_6_12 = {
    # vgic-init.c vgic_init() (line ~371): same fallback to KVM_VGIC_IMP_REV_LATEST (3).
    # vgic-mmio-v2.c vgic_mmio_uaccess_write_v2_misc: FIELD_GET(..., val), REV_2, REV_3.
    "vgic/v2/IIDR_REVISION": ("3", ("2", "3")),
    # vgic-mmio-v3.c vgic_mmio_uaccess_write_v3_misc: same switch on REV_2, REV_3.
    "vgic/v3/IIDR_REVISION": ("3", ("2", "3")),
    # vgic-its.c: one ABI ([0]); vgic_its_create(): set_abi(NR_ITS_ABIS - 1);
    # vgic_mmio_uaccess_write_its_iidr: `rev >= NR_ITS_ABIS` -> -EINVAL.
    "vgic/its/ABI_REVISION": ("0", ("0",)),
    # vgic-mmio-v3.c: read `has_gicv4_1 && gic_cpuif_has_vsgi()`; uaccess exact match.
    "vgic/v3/GICD_TYPER2_nASSGIcap": ("host", ("host",)),
}

DEBIAN_7_3 = {
    # linux-source-7.3 7.3.4-1~bpo13+1. vgic-init.c kvm_vgic_create() line 143:
    # implementation_rev = KVM_VGIC_IMP_REV_LATEST (include/kvm/arm_vgic.h line 381: REV_3).
    # vgic-mmio-v2.c vgic_mmio_uaccess_write_v2_misc (lines 96-97): REV_2, REV_3 from `val`.
    "vgic/v2/IIDR_REVISION": ("3", ("2", "3")),
    # vgic-mmio-v3.c vgic_mmio_uaccess_write_v3_misc `case GICD_IIDR` (lines 192-200):
    # FIELD_GET(GICD_IIDR_REVISION_MASK, val), REV_2 and REV_3 accepted.
    "vgic/v3/IIDR_REVISION": ("3", ("2", "3")),
    # vgic-its.c: its_table_abi_versions[] (line 186) has [0] only; vgic_its_create()
    # line 1935: set_abi(NR_ITS_ABIS - 1); uaccess write refuses rev >= NR_ITS_ABIS (line 486).
    "vgic/its/ABI_REVISION": ("0", ("0",)),
    # vgic-mmio-v3.c vgic_mmio_read_v3_misc `case GICD_TYPER2` (line 105): nASSGIcap =
    # vgic_supports_direct_sgis() = kvm->arch.vgic.nassgicap, which vgic-init.c line 180 sets
    # to system_supports_direct_sgis() (vgic-mmio-v3.c line 64: has_gicv4_1 &&
    # gic_cpuif_has_vsgi()) for a vGICv3 -> host (0 on a GICv3 host, 1 on GICv4.1 with vSGIs),
    # the same vocabulary as 6.x. vgic_mmio_uaccess_write_v3_misc `case GICD_TYPER2`
    # (lines 178-191): new in 7.x, before vgic init the bit may be cleared (0 always passes),
    # set only `if system_supports_direct_sgis()` -> {clear, host}.
    "vgic/v3/GICD_TYPER2_nASSGIcap": ("host", ("clear", "host")),
}

# By Debian package version (tests/test_realcode_vgic.py) and by the tag the
# end-to-end test gives each tree (tests/test_realcode_ingest.py).
DEBIAN = {"6.1": DEBIAN_6_1, "6.12": DEBIAN_6_12, "7.3": DEBIAN_7_3}
EXPECTED = {"v6.1": DEBIAN_6_1, "v6.12": DEBIAN_6_12, "v7.3": DEBIAN_7_3}

# Mainline tags, for reference (torvalds/linux 02e3858f08fa vgic-mmio-v3.c:
# `reg = FIELD_GET(GICD_IIDR_REVISION_MASK, reg)`): writes are accepted but
# restore nothing, so settable is the default alone, with a warning.
MAINLINE = {
    tag: {**states, "vgic/v2/IIDR_REVISION": ("3", ("3",)), "vgic/v3/IIDR_REVISION": ("3", ("3",))}
    for tag, states in EXPECTED.items()
}
