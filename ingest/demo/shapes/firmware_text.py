"""Text builders for ingest/demo/shapes/firmware.py (our own writing, kernel-shaped)."""
from __future__ import annotations

from typing import Mapping

_WA_LEVELS = {
    1: ("NOT_AVAIL", "AVAIL", "NOT_REQUIRED"),
    2: ("NOT_AVAIL", "UNKNOWN", "AVAIL", "NOT_REQUIRED"),
    3: ("NOT_AVAIL", "AVAIL", "NOT_REQUIRED"),
}


def vmacro(version: str) -> str:
    return "KVM_ARM_PSCI_" + version.replace(".", "_")


def bit_prefix(bitmap: str) -> str:
    """KVM_REG_ARM_<X>_BIT_: STD_BMAP -> STD, VENDOR_HYP_BMAP_2 -> VENDOR_HYP."""
    return "KVM_REG_ARM_" + bitmap.split("_BMAP")[0] + "_BIT_"


def features_macro(bitmap: str) -> str:
    return "KVM_ARM_SMCCC_" + bitmap.replace("_BMAP", "") + "_FEATURES"


def field(bitmap: str) -> str:
    return bitmap.lower()


# --- headers ------------------------------------------------------------------

def psci_uapi() -> str:
    return """#ifndef SHAPE_UAPI_PSCI_H
#define SHAPE_UAPI_PSCI_H

#define PSCI_VERSION_MAJOR_SHIFT	16
#define PSCI_VERSION_MINOR_MASK	((1U << PSCI_VERSION_MAJOR_SHIFT) - 1)
#define PSCI_VERSION(major, minor)	\\
	(((major) << PSCI_VERSION_MAJOR_SHIFT) | ((minor) & PSCI_VERSION_MINOR_MASK))

#endif
"""


def asm_kvm_psci_h() -> str:
    return """#ifndef SHAPE_ASM_KVM_PSCI_H
#define SHAPE_ASM_KVM_PSCI_H

/* plain numbers, not PSCI_VERSION() encodings */
#define KVM_ARM_PSCI_0_1	1
#define KVM_ARM_PSCI_0_2	2

int kvm_psci_version(struct kvm_vcpu *vcpu);

#endif
"""


def arm_psci_h(versions: list[str], latest: str, selectable: bool) -> str:
    macros = "".join(f"#define {vmacro(v)}\tPSCI_VERSION({v.replace('.', ', ')})\n" for v in versions)
    body = _version_inline() if selectable else "int kvm_psci_version(struct kvm_vcpu *vcpu);\n"
    return f"""#ifndef SHAPE_KVM_ARM_PSCI_H
#define SHAPE_KVM_ARM_PSCI_H

#include <uapi/linux/psci.h>

{macros}
#define KVM_ARM_PSCI_LATEST	{vmacro(latest)}

{body}
int kvm_psci_call(struct kvm_vcpu *vcpu);

#endif
"""


def _version_inline() -> str:
    return """/* userspace may have picked an older version through the firmware register */
static inline int kvm_psci_version(struct kvm_vcpu *vcpu)
{
	if (!vcpu_has_feature(vcpu, KVM_ARM_VCPU_PSCI_0_2))
		return KVM_ARM_PSCI_0_1;

	if (vcpu->kvm->arch.psci_version)
		return vcpu->kvm->arch.psci_version;

	return KVM_ARM_PSCI_LATEST;
}
"""


def uapi(fw: bool, workarounds: int, bitmaps: Mapping[str, tuple[str, ...]]) -> str:
    parts = ["""#ifndef SHAPE_ARM64_UAPI_KVM_H
#define SHAPE_ARM64_UAPI_KVM_H

#define KVM_ARM_VCPU_POWER_OFF		0
#define KVM_ARM_VCPU_EL1_32BIT		1
#define KVM_ARM_VCPU_PSCI_0_2		2

#define KVM_REG_ARM_COPROC_SHIFT	16
"""]
    if fw:
        parts.append("""
/* firmware pseudo-registers */
#define KVM_REG_ARM_FW			(0x0014 << KVM_REG_ARM_COPROC_SHIFT)
#define KVM_REG_ARM_FW_REG(r)	(KVM_REG_ARM64 | KVM_REG_SIZE_U64 | KVM_REG_ARM_FW | ((r) & 0xffff))
#define KVM_REG_ARM_PSCI_VERSION	KVM_REG_ARM_FW_REG(0)
""")
    for n in range(1, workarounds + 1):
        name = f"KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_{n}"
        parts.append(f"#define {name}\tKVM_REG_ARM_FW_REG({n})\n")
        parts += [f"#define {name}_{lvl}\t{i}\n" for i, lvl in enumerate(_WA_LEVELS.get(n, _WA_LEVELS[1]))]
    if bitmaps:
        parts.append(_uapi_bitmaps(bitmaps))
    parts.append("\n#endif\n")
    return "".join(parts)


def _uapi_bitmaps(bitmaps: Mapping[str, tuple[str, ...]]) -> str:
    out = ["""
/* hypercall service bitmaps */
#define KVM_REG_ARM_FW_FEAT_BMAP		(0x0016 << KVM_REG_ARM_COPROC_SHIFT)
#define KVM_REG_ARM_FW_FEAT_BMAP_REG(r)	\\
	(KVM_REG_ARM64 | KVM_REG_SIZE_U64 | KVM_REG_ARM_FW_FEAT_BMAP | ((r) & 0xffff))
"""]
    for n, (name, bits) in enumerate(bitmaps.items()):
        entries = "".join(f"\t{bit_prefix(name)}{b}\t= {i},\n" for i, b in enumerate(bits))
        out.append(f"""
#define KVM_REG_ARM_{name}\tKVM_REG_ARM_FW_FEAT_BMAP_REG({n})

enum {{
{entries}#ifdef __KERNEL__
	KVM_REG_ARM_{name}_BIT_COUNT,
#endif
}};
""")
    return "".join(out)


# --- psci.c -------------------------------------------------------------------

def psci_version_fn(returned: str) -> str:
    return f"""
int kvm_psci_version(struct kvm_vcpu *vcpu)
{{
	if (test_bit(KVM_ARM_VCPU_PSCI_0_2, vcpu->arch.features))
		return {returned};

	return KVM_ARM_PSCI_0_1;
}}
"""


def psci_c(versions: list[str], extra: str) -> str:
    """psci.c: the per-version call switch (its case labels are PSCI version
    macros too, for every known version), plus `extra` functions."""
    cases = "".join(f"\tcase {vmacro(v)}:\n\t\treturn kvm_psci_{v.replace('.', '_')}_call(vcpu);\n"
                    for v in reversed(versions))
    return f"""#include <linux/arm-smccc.h>
#include <linux/kvm_host.h>
#include <kvm/arm_psci.h>

/* shaped like the kernel's PSCI emulation; not kernel source */

int kvm_psci_call(struct kvm_vcpu *vcpu)
{{
	switch (kvm_psci_version(vcpu)) {{
{cases}	default:
		return -EINVAL;
	}}
}}
{extra}"""


def fw_regs_psci_era(accepted, style: str, workarounds: int) -> str:
    wa = [f"KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_{n}" for n in range(1, workarounds + 1)]
    puts = "".join(f"\tif (put_user({r}, uindices++))\n\t\treturn -EFAULT;\n\n"
                   for r in ["KVM_REG_ARM_PSCI_VERSION"] + wa)
    head = f"""
int kvm_arm_get_fw_num_regs(struct kvm_vcpu *vcpu)
{{
	return {1 + workarounds};
}}

int kvm_arm_copy_fw_reg_indices(struct kvm_vcpu *vcpu, u64 __user *uindices)
{{
{puts}	return 0;
}}
"""
    if style == "if":
        return head + _set_if_style(accepted)
    return head + wa_level_fn(workarounds) + get_fw_reg(workarounds, {}) + set_fw_reg(accepted, workarounds, {})


def _set_if_style(accepted) -> str:
    return f"""
int kvm_arm_get_fw_reg(struct kvm_vcpu *vcpu, const struct kvm_one_reg *reg)
{{
	if (reg->id == KVM_REG_ARM_PSCI_VERSION) {{
		void __user *uaddr = (void __user *)(long)reg->addr;
		u64 val = kvm_psci_version(vcpu);

		return copy_to_user(uaddr, &val, KVM_REG_SIZE(reg->id)) ? -EFAULT : 0;
	}}
	return -EINVAL;
}}

int kvm_arm_set_fw_reg(struct kvm_vcpu *vcpu, const struct kvm_one_reg *reg)
{{
	if (reg->id == KVM_REG_ARM_PSCI_VERSION) {{
		void __user *uaddr = (void __user *)(long)reg->addr;
		bool has_02;
		u64 val;

		if (copy_from_user(&val, uaddr, KVM_REG_SIZE(reg->id)))
			return -EFAULT;

		has_02 = test_bit(KVM_ARM_VCPU_PSCI_0_2, vcpu->arch.features);

{_psci_switch(accepted, "has_02", indent=2)}	}}

	return -EINVAL;
}}
"""


def _psci_switch(accepted, flag: str, indent: int) -> str:
    t = "\t" * indent
    labels = "".join(f"{t}case {vmacro(v)}:\n" for v in accepted)
    return f"""{t}switch (val) {{
{t}case KVM_ARM_PSCI_0_1:
{t}	if ({flag})
{t}		return -EINVAL;
{t}	vcpu->kvm->arch.psci_version = val;
{t}	return 0;
{labels}{t}	if (!{flag})
{t}		return -EINVAL;
{t}	vcpu->kvm->arch.psci_version = val;
{t}	return 0;
{t}}}
"""


def wa_level_fn(workarounds: int) -> str:
    cases = "".join(f"""	case KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_{n}:
		return host_wa_state({n}) ? KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_{n}_NOT_REQUIRED
					  : KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_{n}_NOT_AVAIL;
""" for n in range(1, workarounds + 1))
    return f"""
#define KVM_REG_FEATURE_LEVEL_MASK	GENMASK(3, 0)

/* larger level, better protected */
static int get_kernel_wa_level(struct kvm_vcpu *vcpu, u64 regid)
{{
	switch (regid) {{
{cases}	}}
	return -EINVAL;
}}
"""


def get_fw_reg(workarounds: int, bitmaps: Mapping[str, tuple[str, ...]]) -> str:
    wa = "".join(f"\tcase KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_{n}:\n" for n in range(1, workarounds + 1))
    wa += "\t\tval = get_kernel_wa_level(vcpu, reg->id) & KVM_REG_FEATURE_LEVEL_MASK;\n\t\tbreak;\n" if wa else ""
    maps = "".join(f"\tcase KVM_REG_ARM_{b}:\n\t\tval = READ_ONCE(feat->{field(b)});\n\t\tbreak;\n" for b in bitmaps)
    return f"""
int kvm_arm_get_fw_reg(struct kvm_vcpu *vcpu, const struct kvm_one_reg *reg)
{{
	struct kvm_smccc_features *feat = &vcpu->kvm->arch.smccc_feat;
	void __user *uaddr = (void __user *)(long)reg->addr;
	u64 val;

	switch (reg->id) {{
	case KVM_REG_ARM_PSCI_VERSION:
		val = kvm_psci_version(vcpu);
		break;
{wa}{maps}	default:
		return -ENOENT;
	}}

	return copy_to_user(uaddr, &val, KVM_REG_SIZE(reg->id)) ? -EFAULT : 0;
}}
"""


def set_fw_reg(accepted, workarounds: int, bitmaps: Mapping[str, tuple[str, ...]]) -> str:
    maps = "".join(f"\tcase KVM_REG_ARM_{b}:\n" for b in bitmaps)
    maps += "\t\treturn kvm_arm_set_fw_reg_bmap(vcpu, reg->id, val);\n" if maps else ""
    return f"""
int kvm_arm_set_fw_reg(struct kvm_vcpu *vcpu, const struct kvm_one_reg *reg)
{{
	void __user *uaddr = (void __user *)(long)reg->addr;
	u64 val;

	if (copy_from_user(&val, uaddr, KVM_REG_SIZE(reg->id)))
		return -EFAULT;

	switch (reg->id) {{
	case KVM_REG_ARM_PSCI_VERSION:
	{{
		bool has_02 = vcpu_has_feature(vcpu, KVM_ARM_VCPU_PSCI_0_2);

{_psci_switch(accepted, "has_02", indent=2)}		break;
	}}
{_set_workarounds(workarounds)}{maps}	default:
		return -ENOENT;
	}}

	return -EINVAL;
}}
"""


def _set_workarounds(workarounds: int) -> str:
    simple = [n for n in (1, 3) if n <= workarounds]
    out = "".join(f"\tcase KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_{n}:\n" for n in simple)
    if simple:
        out += """		if (val & ~KVM_REG_FEATURE_LEVEL_MASK)
			return -EINVAL;
		if (get_kernel_wa_level(vcpu, reg->id) < val)
			return -EINVAL;
		return 0;
"""
    if workarounds >= 2:
        out += """	case KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2:
	{
		int level = (val & KVM_REG_FEATURE_LEVEL_MASK) >= KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_AVAIL ?
			    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_NOT_REQUIRED :
			    KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_2_NOT_AVAIL;

		if (get_kernel_wa_level(vcpu, reg->id) < level)
			return -EINVAL;
		return 0;
	}
"""
    return out


# --- hypercalls.c -------------------------------------------------------------

_SERVICE_CASES = {
    "PV_TIME": """	case ARM_SMCCC_HV_PV_TIME_FEATURES:
		ret[0] = kvm_hypercall_pv_features(vcpu);
		break;
	case ARM_SMCCC_HV_PV_TIME_ST:
		ret[0] = kvm_init_stolen_time(vcpu);
		break;
""",
    "FUNC_FEAT": """	case ARM_SMCCC_VENDOR_HYP_CALL_UID_FUNC_ID:
		kvm_uid_to_regs(ret);
		break;
	case ARM_SMCCC_VENDOR_HYP_KVM_FEATURES_FUNC_ID:
		ret[0] = kvm_vendor_features(vcpu);
		break;
""",
    "PTP": """	case ARM_SMCCC_VENDOR_HYP_KVM_PTP_FUNC_ID:
		kvm_ptp_get_time(vcpu, ret);
		break;
""",
    "TRNG": """	case ARM_SMCCC_TRNG_VERSION:
	case ARM_SMCCC_TRNG_FEATURES:
	case ARM_SMCCC_TRNG_GET_UUID:
	case ARM_SMCCC_TRNG_RND32:
	case ARM_SMCCC_TRNG_RND64:
		return kvm_trng_call(vcpu);
""",
}


def dispatcher(name: str, services, workarounds: int) -> str:
    nested = "".join(f"\t\tcase ARM_SMCCC_ARCH_WORKAROUND_{n}:\n" for n in range(1, workarounds + 1))
    nested += "\t\t\tret[0] = kvm_wa_discovery(vcpu, feature);\n\t\t\tbreak;\n" if nested else ""
    if "PV_TIME" in services:
        nested += "\t\tcase ARM_SMCCC_HV_PV_TIME_FEATURES:\n\t\t\tret[0] = SMCCC_RET_SUCCESS;\n\t\t\tbreak;\n"
    cases = "".join(_SERVICE_CASES[s] for s in services)
    return f"""
int {name}(struct kvm_vcpu *vcpu)
{{
	u32 func_id = smccc_get_function(vcpu);
	u64 ret[4] = {{SMCCC_RET_NOT_SUPPORTED}};
	u32 feature;

	switch (func_id) {{
	case ARM_SMCCC_VERSION_FUNC_ID:
		ret[0] = ARM_SMCCC_VERSION_1_1;
		break;
	case ARM_SMCCC_ARCH_FEATURES_FUNC_ID:
		feature = smccc_get_arg1(vcpu);
		switch (feature) {{
{nested}		}}
		break;
{cases}	default:
		return kvm_psci_call(vcpu);
	}}

	smccc_set_retval(vcpu, ret[0], ret[1], ret[2], ret[3]);
	return 1;
}}
"""


def hypercalls_plain(services, workarounds: int) -> str:
    return _hc_head() + dispatcher("kvm_hvc_call_handler", services, workarounds)


def _hc_head(macros: str = "") -> str:
    return f"""#include <linux/arm-smccc.h>
#include <linux/kvm_host.h>
#include <kvm/arm_hypercalls.h>
#include <kvm/arm_psci.h>

/* shaped like the kernel's SMCCC handling; not kernel source */
{macros}"""


def hypercalls_bitmaps(accepted, workarounds: int, services, bitmaps: Mapping[str, tuple[str, ...]],
                       uninitialised) -> str:
    macros = "".join(f"#define {features_macro(b)}\t\\\n\tGENMASK(KVM_REG_ARM_{b}_BIT_COUNT - 1, 0)\n"
                     for b in bitmaps)
    return (_hc_head(macros) + dispatcher("kvm_smccc_call_handler", services, workarounds)
            + _reg_table(workarounds, bitmaps, uninitialised) + wa_level_fn(workarounds)
            + get_fw_reg(workarounds, bitmaps) + set_bmap(bitmaps) + set_fw_reg(accepted, workarounds, bitmaps))


def _reg_table(workarounds: int, bitmaps, uninitialised) -> str:
    ids = ["KVM_REG_ARM_PSCI_VERSION"] + [f"KVM_REG_ARM_SMCCC_ARCH_WORKAROUND_{n}"
                                          for n in range(1, workarounds + 1)]
    ids += [f"KVM_REG_ARM_{b}" for b in bitmaps]
    table = "".join(f"\t{i},\n" for i in ids)
    inits = "".join(f"\tfeat->{field(b)} = {features_macro(b)};\n" for b in bitmaps if b not in uninitialised)
    return f"""
static const u64 kvm_arm_fw_reg_ids[] = {{
{table}}};

void kvm_arm_init_hypercalls(struct kvm *kvm)
{{
	struct kvm_smccc_features *feat = &kvm->arch.smccc_feat;

{inits}}}

int kvm_arm_get_fw_num_regs(struct kvm_vcpu *vcpu)
{{
	return ARRAY_SIZE(kvm_arm_fw_reg_ids);
}}

int kvm_arm_copy_fw_reg_indices(struct kvm_vcpu *vcpu, u64 __user *uindices)
{{
	int i;

	for (i = 0; i < ARRAY_SIZE(kvm_arm_fw_reg_ids); i++)
		if (put_user(kvm_arm_fw_reg_ids[i], uindices++))
			return -EFAULT;
	return 0;
}}
"""


def set_bmap(bitmaps: Mapping[str, tuple[str, ...]]) -> str:
    cases = "".join(f"""	case KVM_REG_ARM_{b}:
		slot = &feat->{field(b)};
		allowed = {features_macro(b)};
		break;
""" for b in bitmaps)
    return f"""
static int kvm_arm_set_fw_reg_bmap(struct kvm_vcpu *vcpu, u64 reg_id, u64 val)
{{
	struct kvm_smccc_features *feat = &vcpu->kvm->arch.smccc_feat;
	unsigned long *slot, allowed;

	switch (reg_id) {{
{cases}	default:
		return -ENOENT;
	}}

	if (val & ~allowed)
		return -EINVAL;
	if (kvm_vm_has_ran_once(vcpu->kvm) && val != *slot)
		return -EBUSY;

	WRITE_ONCE(*slot, val);
	return 0;
}}
"""
