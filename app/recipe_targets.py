"""Where a recipe step writes, and when: the KVM interface of each kind of
item (register index, device attribute, vCPU feature), how a value is
encoded in the register's bits, and the stages B's code enforces.

Pure facts of the KVM uapi and of the code paths that enforce an order;
tests/test_recipe_facts.py checks each one against the real kernel trees
(the uapi numbers, and each stage's evidence inside the function it names).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# KVM_REG_ARM64 | KVM_REG_SIZE_U64 | KVM_REG_ARM64_SYSREG (arch/arm64/include/uapi/asm/kvm.h)
SYSREG_BASE = 0x6030000000130000
DIST_REGS = "KVM_DEV_ARM_VGIC_GRP_DIST_REGS"
ITS_REGS = "KVM_DEV_ARM_VGIC_GRP_ITS_REGS"
WHOLE = (1 << 64) - 1


@dataclass(frozen=True)
class Stage:
    id: str
    order: int
    title: str
    rule: str
    evidence: tuple[tuple[str, str, str], ...] = ()  # (file, function, text the function holds)

    def to_json(self) -> dict:
        return {"id": self.id, "order": self.order, "title": self.title, "rule": self.rule,
                "evidence": [{"file": f, "function": fn, "text": t} for f, fn, t in self.evidence]}


STAGES = {s.id: s for s in (
    Stage("vm_cap", 1, "VM capabilities, before any vCPU exists",
          "KVM_ENABLE_CAP(KVM_CAP_ARM_MTE) is accepted only while no vCPU has been created",
          (("arch/arm64/kvm/arm.c", "kvm_vm_ioctl_enable_cap", "!kvm->created_vcpus"),)),
    Stage("vgic_create", 2, "vGIC device, before any vCPU runs",
          "KVM_CREATE_DEVICE(KVM_DEV_TYPE_ARM_VGIC_V3) returns -EBUSY once a vCPU has run",
          (("arch/arm64/kvm/vgic/vgic-init.c", "kvm_vgic_create", "vcpu_has_run_once(vcpu)"),)),
    Stage("vcpu_init", 3, "vCPU init features (KVM_ARM_VCPU_INIT)",
          "vCPU features are chosen once, in the features of KVM_ARM_VCPU_INIT",
          (("arch/arm64/kvm/arm.c", "kvm_arch_vcpu_ioctl_vcpu_init", "kvm_vcpu_set_target"),)),
    Stage("vcpu_finalize", 4, "before KVM_ARM_VCPU_FINALIZE (SVE)",
          "SVE's configuration freezes at KVM_ARM_VCPU_FINALIZE(KVM_ARM_VCPU_SVE); -EPERM after",
          (("arch/arm64/kvm/reset.c", "kvm_arm_vcpu_finalize", "kvm_arm_vcpu_sve_finalized(vcpu)"),)),
    Stage("vgic_init", 5, "after vGIC init, before the first KVM_RUN",
          "GICv3 distributor registers are written once the vGIC is initialised "
          "(KVM_DEV_ARM_VGIC_CTRL_INIT; -EBUSY before, except GICD_IIDR and GICD_TYPER2 on kernels "
          "with reg_allowed_pre_init(), e.g. v7.3); the guest reads GICD_IIDR from its first run",
          (("arch/arm64/kvm/vgic/vgic-kvm-device.c", "vgic_v3_attr_regs_access", "vgic_initialized(dev->kvm)"),)),
    Stage("first_run", 6, "before the first KVM_RUN",
          "ID registers (v6.7+) and the firmware bitmaps refuse a change once the VM has run "
          "(kvm_vm_has_ran_once -> -EBUSY); the guest reads ID registers and PSCI_VERSION from its "
          "first instruction, so every value is written before it",
          (("arch/arm64/kvm/sys_regs.c", "set_id_reg", "kvm_vm_has_ran_once(vcpu->kvm)"),
           ("arch/arm64/kvm/hypercalls.c", "kvm_arm_set_fw_reg_bmap", "ran_once"))),
)}

# What `vcpu-feature:<NAME>` asks the VMM to choose, and how (uapi names and numbers).
FEATURES = {
    "PMU": ("vcpu_feature", ("KVM_ARM_VCPU_PMU_V3",), (3,), "vcpu_init"),
    "SVE": ("vcpu_feature", ("KVM_ARM_VCPU_SVE",), (4,), "vcpu_init"),
    "PTRAUTH": ("vcpu_feature", ("KVM_ARM_VCPU_PTRAUTH_ADDRESS", "KVM_ARM_VCPU_PTRAUTH_GENERIC"), (5, 6), "vcpu_init"),
    "PSCI_0_2": ("vcpu_feature", ("KVM_ARM_VCPU_PSCI_0_2",), (2,), "vcpu_init"),
    "NV": ("vcpu_feature", ("KVM_ARM_VCPU_HAS_EL2",), (7,), "vcpu_init"),
    "HAS_EL2_E2H0": ("vcpu_feature", ("KVM_ARM_VCPU_HAS_EL2_E2H0",), (8,), "vcpu_init"),
    "MTE": ("vm_cap", ("KVM_CAP_ARM_MTE",), (205,), "vm_cap"),
    "VGIC": ("device", ("KVM_DEV_TYPE_ARM_VGIC_V3",), (), "vgic_create"),
}


def feature_target(name: str, enable: bool = True) -> tuple[dict, str]:
    """(target, stage id) of choosing vCPU/VM feature `name`; a name such
    as ID_AA64MMFR3_EL1/S1POE is an ID field the VMM's value decides."""
    if "/" in name:
        return {"kind": "id_field", "name": name, "feature": name, "enable": enable}, "first_run"
    kind, names, numbers, stage = FEATURES.get(name, ("vcpu_feature", (name,), (), "vcpu_init"))
    target = {"kind": kind, "name": " + ".join(names), "feature": name, "enable": enable}
    if kind == "vcpu_feature" and numbers:
        target["bits"] = list(numbers)  # bits of kvm_vcpu_init.features[0]
    if kind == "vm_cap" and numbers:
        target["cap"] = numbers[0]
    return target, stage


def sysreg_index(op0: int, op1: int, crn: int, crm: int, op2: int) -> str:
    """ARM64_SYS_REG(): the KVM_SET_ONE_REG index of a system register."""
    return f"0x{SYSREG_BASE | op0 << 14 | op1 << 11 | crn << 7 | crm << 3 | op2:016x}"


_ENCODED = re.compile(r"^S(\d)_(\d)_C(\d+)_C(\d+)_(\d)$")


def register_index(reg: str, states: list[dict]) -> str | None:
    """The index of ID register `reg`: its reglist entry at either release,
    else its encoding when the name is one (S3_0_C0_C3_3), else None."""
    for st in states:
        found = st.get(f"reglist/{reg}") or {}
        if found.get("index"):
            return found["index"]
    m = _ENCODED.match(reg)
    return sysreg_index(*map(int, m.groups())) if m else None


@dataclass(frozen=True)
class Where:
    """Where an item's value lives: a target, the field's shift and width
    (mask = ((1 << width) - 1) << shift), the stage, and how a view encodes."""
    target: dict
    shift: int
    width: int
    stage: str
    encode: Callable[[str], int | None]  # view -> int | None (None: host-dependent, A's saved value)
    requires: tuple[dict, ...] = ()

    @property
    def mask(self) -> int:
        return ((1 << self.width) - 1) << self.shift


def where(slug: str, sa: dict | None, sb: dict | None, states: list[dict]) -> Where | None:
    """Where `slug`'s value is written on B, or None when it has no value to
    write (a register-list entry) or the place cannot be known."""
    parts, s = slug.split("/"), sb or sa
    if parts[0] == "idreg" and len(parts) == 3:
        index = register_index(parts[1], states)
        lsb, width = _int(s, "lsb"), _int(s, "width")
        if index is None or lsb is None or width is None:
            return None
        return Where({"kind": "one_reg", "index": index, "register": parts[1]}, lsb, width, "first_run", idreg_value)
    if slug == "fw/PSCI_VERSION" and s and s.get("index"):
        req = (feature_target("PSCI_0_2")[0],)
        return Where({"kind": "one_reg", "index": s["index"], "register": "KVM_REG_ARM_PSCI_VERSION"}, 0, 32,
                     "first_run", psci_value, req)
    if parts[0] == "fw" and len(parts) == 3:
        bmap = next((st[f"fw/{parts[1]}"] for st in states if st.get(f"fw/{parts[1]}", {}).get("index")), None)
        bit = _int(s, "bit")
        if bmap is None or bit is None:
            return None
        return Where({"kind": "one_reg", "index": bmap["index"], "register": f"KVM_REG_ARM_{parts[1]}"}, bit, 1,
                     "first_run", bit_value)
    return VGIC.get(slug)


def _int(state: dict | None, key: str) -> int | None:
    try:
        return int(state[key]) if state and key in state else None
    except ValueError:
        return None


def idreg_value(view: str) -> int | None:
    """An ID field's value for a view: hidden 0, fixed:N N, a number itself;
    host and capped depend on the host (None: A's saved value)."""
    if view in ("hidden", "absent"):
        return 0
    if view.startswith("fixed:"):
        view = view[len("fixed:"):]
    return int(view) if view.isdigit() else None


def psci_value(view: str) -> int | None:
    """KVM_ARM_PSCI_x_y: major << 16 | minor."""
    m = re.fullmatch(r"(\d+)\.(\d+)", view)
    return int(m.group(1)) << 16 | int(m.group(2)) if m else None


def bit_value(view: str) -> int | None:
    return {"set": 1, "clear": 0, "absent": 0, "hidden": 0}.get(view)


def revision_value(view: str) -> int | None:
    return int(view) if view.isdigit() else None


def nassgi_value(view: str) -> int | None:
    return {"clear": 0, "set": 1}.get(view)  # "host": GICv4.1 hardware decides


# GICD_IIDR (0x0008) .Revision is bits 15:12; GITS_IIDR (0x0004) .Rev 15:12;
# GICD_TYPER2 (0x000c) .nASSGIcap is bit 8 (include/linux/irqchip/arm-gic-v3.h).
VGIC = {
    "vgic/v3/IIDR_REVISION": Where({"kind": "device_attr", "device": "KVM_DEV_TYPE_ARM_VGIC_V3", "group": DIST_REGS,
                                    "attr": "0x8", "register": "GICD_IIDR"}, 12, 4, "vgic_init", revision_value),
    "vgic/v2/IIDR_REVISION": Where({"kind": "device_attr", "device": "KVM_DEV_TYPE_ARM_VGIC_V2", "group": DIST_REGS,
                                    "attr": "0x8", "register": "GICD_IIDR"}, 12, 4, "first_run", revision_value),
    "vgic/its/ABI_REVISION": Where({"kind": "device_attr", "device": "KVM_DEV_TYPE_ARM_VGIC_ITS", "group": ITS_REGS,
                                    "attr": "0x4", "register": "GITS_IIDR"}, 12, 4, "first_run", revision_value),
    "vgic/v3/GICD_TYPER2_nASSGIcap": Where({"kind": "device_attr", "device": "KVM_DEV_TYPE_ARM_VGIC_V3",
                                            "group": DIST_REGS, "attr": "0xc", "register": "GICD_TYPER2"},
                                           8, 1, "vgic_init", nassgi_value),
}
