"""Kernel-shaped firmware files, written by us, per era.

`firmware_files(era, **params)` returns {path: text} for the paths the
firmware extractor reads. The texts follow the kernel's *patterns* (function
names, switch shapes, macro chains, uapi enums) so the extractor meets what
it meets in real trees; they are not kernel source and do not compile.

Eras (what each reproduces):
  "pre-fwregs"          v3.16..v4.15 (psci_header="asm": KVM_ARM_PSCI_0_2 is
                        2 in arch/arm64/include/asm/kvm_psci.h) and the first
                        v4.16 commits (psci_header="kvm": include/kvm/arm_psci.h,
                        kvm_psci_version() in psci.c returns KVM_ARM_PSCI_LATEST).
                        No KVM_REG_ARM_PSCI_VERSION: the version cannot be set.
  "psci-fwregs"         v4.16..v5.18: firmware registers in psci.c.
                        set_style="if": `if (reg->id == KVM_REG_ARM_PSCI_VERSION)`
                        (v4.16..v5.1, workarounds=0); "switch": switch (reg->id)
                        with WORKAROUND_1..n (v5.2+; 3 from v5.17).
                        Services go to a hypercalls.c dispatcher (v5.5+).
  "hypercalls-bitmaps"  v5.19+: registers in hypercalls.c, kvm_arm_fw_reg_ids[],
                        feature bitmaps in the uapi header, kvm_arm_init_hypercalls,
                        kvm_arm_set_fw_reg_bmap.
Layouts: "arm" (arch/arm/kvm/psci.c, < v4.15), "virt" (virt/kvm/arm, until
v5.8), "arch" (arch/arm64/kvm, v5.8+).
"""
from __future__ import annotations

from typing import Mapping

from ingest.demo.shapes import firmware_text as T

ERAS = ("pre-fwregs", "psci-fwregs", "hypercalls-bitmaps")
SERVICES = ("PV_TIME", "TRNG", "FUNC_FEAT", "PTP")
BITMAPS_6_1 = {  # what v6.1 .. v6.15 expose
    "STD_BMAP": ("TRNG_V1_0",),
    "STD_HYP_BMAP": ("PV_TIME",),
    "VENDOR_HYP_BMAP": ("FUNC_FEAT", "PTP"),
}
LAYOUTS = {"arm": "arch/arm/kvm", "virt": "virt/kvm/arm", "arch": "arch/arm64/kvm"}
UAPI = "arch/arm64/include/uapi/asm/kvm.h"
SHAPE_PATHS = (  # every path a shape may write: delete the others when replaying
    UAPI, "include/uapi/linux/psci.h", "arch/arm64/include/asm/kvm_psci.h",
    "include/kvm/arm_psci.h", "arch/arm/kvm/psci.c", "virt/kvm/arm/psci.c",
    "virt/kvm/arm/hypercalls.c", "arch/arm64/kvm/psci.c", "arch/arm64/kvm/hypercalls.c",
)


def firmware_files(era: str, *, layout: str = "arch", psci_latest: str = "1.1",
                   psci_accepted: tuple[str, ...] | None = None, psci_header: str = "kvm",
                   set_style: str = "switch", workarounds: int = 3,
                   services: tuple[str, ...] = (),
                   bitmaps: Mapping[str, tuple[str, ...]] | None = None,
                   uninitialised: tuple[str, ...] = ()) -> dict[str, str]:
    """Files of one era. psci_accepted: versions the write path accepts for a
    PSCI 0.2 vCPU (default: 0.2 up to psci_latest). bitmaps: name -> bits
    (default BITMAPS_6_1); uninitialised: bitmaps kvm_arm_init_hypercalls
    leaves at 0 (all bits clear by default)."""
    if era not in ERAS or layout not in LAYOUTS:
        raise ValueError(f"unknown era {era!r} or layout {layout!r}")
    if layout == "arm" and era != "pre-fwregs":
        raise ValueError("arch/arm/kvm held psci.c only before the firmware registers")
    versions = _versions(psci_latest, psci_accepted)
    accepted = psci_accepted if psci_accepted is not None else versions[1:]
    base = LAYOUTS[layout]
    files = {"include/uapi/linux/psci.h": T.psci_uapi()}
    if era == "pre-fwregs":
        files.update(_pre_fwregs(base, psci_latest, versions, psci_header))
        files[UAPI] = T.uapi(fw=False, workarounds=0, bitmaps={})
        return files
    files["include/kvm/arm_psci.h"] = T.arm_psci_h(versions, psci_latest, selectable=True)
    if era == "psci-fwregs":
        files.update(_psci_fwregs(base, versions, accepted, set_style, workarounds, services))
        files[UAPI] = T.uapi(fw=True, workarounds=workarounds, bitmaps={})
        return files
    maps = dict(BITMAPS_6_1 if bitmaps is None else bitmaps)
    files[f"{base}/psci.c"] = T.psci_c(versions, extra="")
    files[f"{base}/hypercalls.c"] = T.hypercalls_bitmaps(
        accepted, workarounds, services or _services_of(maps), maps, uninitialised)
    files[UAPI] = T.uapi(fw=True, workarounds=workarounds, bitmaps=maps)
    return files


def _versions(latest: str, accepted: tuple[str, ...] | None) -> list[str]:
    """Every version macro the files define, oldest first."""
    known = {"0.1", "0.2", latest, *(accepted or ())}
    if latest not in ("0.1", "0.2"):
        known |= {v for v in ("1.0", "1.1", "1.2", "1.3") if _key(v) <= _key(latest)}
    return sorted(known, key=_key)


def _key(v: str) -> tuple[int, ...]:
    return tuple(int(x) for x in v.split("."))


def _services_of(bitmaps: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    bits = {b for names in bitmaps.values() for b in names}
    return tuple(s for s in SERVICES if s in bits or (s == "TRNG" and "TRNG_V1_0" in bits))


def _pre_fwregs(base: str, latest: str, versions: list[str], header: str) -> dict[str, str]:
    if header == "asm":
        if latest != "0.2":
            raise ValueError("the asm/kvm_psci.h era only knew PSCI 0.2")
        own = T.psci_version_fn("KVM_ARM_PSCI_0_2")
        return {"arch/arm64/include/asm/kvm_psci.h": T.asm_kvm_psci_h(),
                f"{base}/psci.c": T.psci_c(["0.1", "0.2"], extra=own)}
    own = T.psci_version_fn("KVM_ARM_PSCI_LATEST")
    return {"include/kvm/arm_psci.h": T.arm_psci_h(versions, latest, selectable=False),
            f"{base}/psci.c": T.psci_c(versions, extra=own)}


def _psci_fwregs(base: str, versions: list[str], accepted, style: str, workarounds: int,
                 services: tuple[str, ...]) -> dict[str, str]:
    if style == "if" and workarounds:
        raise ValueError('set_style="if" predates the workaround registers')
    regs = T.fw_regs_psci_era(accepted, style, workarounds)
    if not services:  # v4.16..v5.4: the dispatcher sat in psci.c
        dispatcher = T.dispatcher("kvm_hvc_call_handler", (), workarounds)
        return {f"{base}/psci.c": T.psci_c(versions, extra=regs + dispatcher)}
    return {f"{base}/psci.c": T.psci_c(versions, extra=regs),
            f"{base}/hypercalls.c": T.hypercalls_plain(services, workarounds)}
