"""What the vGIC code of Debian's kernel source packages says, read by hand.

Trees: linux-source-6.1 6.1.192-2 and linux-source-6.12 6.12.117-1~deb12u1
(tests/kernelsrc.py). Both are stable updates that carry a0e6ae45af17
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

# By Debian package version (tests/test_realcode_vgic.py) and by the tag the
# end-to-end test gives each tree (tests/test_realcode_ingest.py).
DEBIAN = {"6.1": DEBIAN_6_1, "6.12": DEBIAN_6_12}
EXPECTED = {"v6.1": DEBIAN_6_1, "v6.12": DEBIAN_6_12}

# Mainline tags, for reference (torvalds/linux 02e3858f08fa vgic-mmio-v3.c:
# `reg = FIELD_GET(GICD_IIDR_REVISION_MASK, reg)`): writes are accepted but
# restore nothing, so settable is the default alone, with a warning.
MAINLINE = {
    tag: {**states, "vgic/v2/IIDR_REVISION": ("3", ("3",)), "vgic/v3/IIDR_REVISION": ("3", ("3",))}
    for tag, states in EXPECTED.items()
}
