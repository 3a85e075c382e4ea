"""Kernel-shaped vGIC files of our own writing, one shape per era.

These texts reproduce the *patterns* the vGIC extractor reads (function
names, switch/case shapes, header macros, where the revision is set) so the
tests, the demo history and the benchmark can replay the history without
kernel source. They are written by us; nothing here is copied kernel text.

Eras (what each shape reproduces, and where we read it):
  legacy        old vgic, v3.x-v4.6: virt/kvm/arm/vgic-v2-emul.c handle_mmio_misc()
                `case 8` and vgic-v3-emul.c handle_mmio_iidr(); IIDR from
                PRODUCT_ID_KVM/IMPLEMENTER_ARM only (torvalds/linux 47a98b15ba7c,
                0ba10d53920d). Writes ignored.
  pre-revision  new vgic, v4.7-v4.18: virt/kvm/arm/vgic/vgic-mmio-v{2,3}.c read
                `(PRODUCT_ID_KVM << 24) | (IMPLEMENTER_ARM << 0)`, no uaccess IIDR
                handler (torvalds/linux 055658bf48fc, eauger/linux 42aa5e6865c9).
  literal-rev1  the revision as a bare literal in the read function, no uaccess
                handler. A stand-in for the mid-v4.19 "revision 1" step
                (GICv2 groups read as 0): no mainline commit with exactly this
                shape was found, the pattern is supported all the same.
  v4.19         d53c2c29ae0d series: reads use vgic->implementation_rev, vgic_init()
                sets a literal 2, uaccess handlers accept only the value read back
                (nojick/test419 115e53cacd02, WindRiver linux-yocto-5.2 7be7244533d2).
  v6.0          49a1a2c70a7f (posted March 2022, in v6.1 and later): KVM_VGIC_IMP_REV_*
                in include/kvm/arm_vgic.h, vgic_init() falls back to
                KVM_VGIC_IMP_REV_LATEST, uaccess switch over accepted revisions.
                Mainline took the revision from `reg` (the current value) until
                a0e6ae45af17 (2026, backported to stable 6.1.y/6.12.y): pass
                extract_from="reg" for mainline v5.19..v7.0 tags. GICD_TYPER2
                writes must match exactly (GICv4.1, since v5.7). Read in Debian
                linux-source 6.1.192 and 6.12.117, torvalds/linux 02e3858f08fa.
  v6.17         f26e6af75782 (implementation_rev set in kvm_vgic_create()) and
                c652887a9288 (userspace may clear GICD_TYPER2.nASSGIcap); the
                GICv2 handler lets revision 1 fall through as in the 2026
                "revision 1" patch. Read from posted patches and a transliterated
                copy, not from a tagged tree.
Layouts: "virt" = virt/kvm/arm/vgic/ (before v5.8), "arch" = arch/arm64/kvm/vgic/.
"""
from __future__ import annotations

ERAS = ("legacy", "pre-revision", "literal-rev1", "v4.19", "v6.0", "v6.17")
DIRS = {"virt": "virt/kvm/arm/vgic/", "arch": "arch/arm64/kvm/vgic/"}
HEADER = "include/kvm/arm_vgic.h"
GIC_H = "include/linux/irqchip/arm-gic.h"
GIC_V3_H = "include/linux/irqchip/arm-gic-v3.h"

_DEFAULTS = {
    # era: (layout, default revision, accepted, IIDR write kind, init site, its, typer2)
    "legacy": ("virt", 0, (), "none", None, None, None),
    "pre-revision": ("virt", 0, (), "none", None, None, None),
    "literal-rev1": ("virt", 1, (), "none", None, None, None),
    "v4.19": ("virt", 2, (), "exact", "init-literal", "abi", None),
    "v6.0": ("arch", None, (2, 3), "switch", "init-latest", "abi", "exact"),
    "v6.17": ("arch", None, (2, 3), "switch", "create-latest", "abi", "writable"),
}


def vgic_files(era: str, *, layout: str | None = None, default_rev: int | None = None,
               accepted: tuple[int, ...] | None = None, extract_from: str = "val",
               its: str | None = "era", its_abis: int = 1, typer2: str | None = "era",
               note: str = "") -> dict[str, str]:
    """{path: text} of one commit's vGIC files in the shape of `era`.

    default_rev:  the revision a new VM reports (v6.0/v6.17: KVM_VGIC_IMP_REV_LATEST,
                  default max(accepted))
    accepted:     revisions the uaccess switch takes (v6.0/v6.17)
    extract_from: "val" (the written value) or "reg" (the current value: the bug)
    its:          None | "pre-abi" | "abi"; its_abis: entries of the ABI table
    typer2:       None | "exact" | "writable" (GICD_TYPER2.nASSGIcap)
    note:         free text placed in a comment of every file (hostile text tests)
    """
    if era not in _DEFAULTS:
        raise ValueError(f"unknown era {era!r}; one of {ERAS}")
    lay, rev, acc, kind, site, its_kind, t2 = _DEFAULTS[era]
    layout = layout or lay
    accepted = tuple(sorted(set(accepted if accepted is not None else acc)))
    if rev is None:
        rev = default_rev if default_rev is not None else max(accepted)
    elif default_rev is not None:
        rev = default_rev
    its_kind = its_kind if its == "era" else its
    t2 = t2 if typer2 == "era" else typer2
    if era == "legacy":
        files = _legacy()
    else:
        files = _new(era, DIRS[layout], rev, accepted, kind, site, extract_from, t2)
        if its_kind:
            files[DIRS[layout] + "vgic-its.c"] = _its(its_kind, its_abis)
        files[HEADER] = _header(rev if kind == "switch" else None, accepted)
    if note:
        files = {p: f"/* {note} */\n{t}" for p, t in files.items()}
    return files


# --- the old vgic ------------------------------------------------------------

def _legacy() -> dict[str, str]:
    v2 = """#include "vgic.h"

static bool handle_mmio_misc(struct kvm_vcpu *vcpu,
			     struct kvm_exit_mmio *mmio, phys_addr_t offset)
{
	u32 reg;
	u32 word_offset = offset & 3;

	switch (offset & ~3) {
	case 0:			/* control */
		reg = vcpu->kvm->arch.vgic.enabled;
		vgic_reg_access(mmio, &reg, word_offset,
				ACCESS_READ_VALUE | ACCESS_WRITE_VALUE);
		break;
	case 8:			/* identification */
		reg = (PRODUCT_ID_KVM << 24) | (IMPLEMENTER_ARM << 0);
		vgic_reg_access(mmio, &reg, word_offset,
				ACCESS_READ_VALUE | ACCESS_WRITE_IGNORED);
		break;
	}
	return false;
}
"""
    v3 = """#include "vgic.h"

static bool handle_mmio_iidr(struct kvm_vcpu *vcpu,
			     struct kvm_exit_mmio *mmio, phys_addr_t offset)
{
	u32 reg;

	reg = (PRODUCT_ID_KVM << 24) | (IMPLEMENTER_ARM << 0);
	vgic_reg_access(mmio, &reg, offset,
			ACCESS_READ_VALUE | ACCESS_WRITE_IGNORED);
	return false;
}
"""
    return {"virt/kvm/arm/vgic-v2-emul.c": v2, "virt/kvm/arm/vgic-v3-emul.c": v3,
            "virt/kvm/arm/vgic.h": _VGIC_H, HEADER: _header(None, ())}


_VGIC_H = """#ifndef __KVM_VGIC_H__
#define __KVM_VGIC_H__

#define PRODUCT_ID_KVM		0x4b
#define IMPLEMENTER_ARM		0x43b

#endif
"""


# --- the new vgic --------------------------------------------------------------

def _new(era, d, rev, accepted, kind, site, src, typer2) -> dict[str, str]:
    if era == "literal-rev1":
        rev_term = f"({rev} << GICD_IIDR_REVISION_SHIFT)"
    elif kind == "none":
        rev_term = None
    else:
        rev_term = "(vgic->implementation_rev << GICD_IIDR_REVISION_SHIFT)"
    v2 = _mmio("v2", "GIC_DIST_IIDR", rev_term, kind, accepted, src, None, era == "v6.17")
    v3 = _mmio("v3", "GICD_IIDR", rev_term, kind, accepted, src, typer2, False)
    files = {d + "vgic-mmio-v2.c": v2, d + "vgic-mmio-v3.c": v3,
             d + "vgic-init.c": _init(site, rev), d + "vgic.h": _VGIC_H}
    if rev_term is not None:
        files[GIC_H] = _GIC_DEFS
        files[GIC_V3_H] = _GIC_DEFS + "#define GICD_TYPER2_nASSGIcap\t\t(1U << 8)\n"
    return files


_GIC_DEFS = """#define GICD_IIDR_IMPLEMENTER_SHIFT	0
#define GICD_IIDR_REVISION_SHIFT	12
#define GICD_IIDR_REVISION_MASK		(0xf << GICD_IIDR_REVISION_SHIFT)
#define GICD_IIDR_VARIANT_SHIFT		16
#define GICD_IIDR_PRODUCT_ID_SHIFT	24
"""


def _iidr_value(rev_term: str | None) -> str:
    if rev_term is None:
        return "(PRODUCT_ID_KVM << 24) | (IMPLEMENTER_ARM << 0)"
    return ("(PRODUCT_ID_KVM << GICD_IIDR_PRODUCT_ID_SHIFT) |\n\t\t\t" + rev_term
            + " |\n\t\t\t(IMPLEMENTER_ARM << GICD_IIDR_IMPLEMENTER_SHIFT)")


def _mmio(v, label, rev_term, kind, accepted, src, typer2, v2_rev1_fallthrough) -> str:
    ctl = "GIC_DIST_CTRL" if v == "v2" else "GICD_CTLR"
    typer2_read = ("\tcase GICD_TYPER2:\n"
                   "\t\tif (kvm_vgic_global_state.has_gicv4_1 && gic_cpuif_has_vsgi())\n"
                   "\t\t\tvalue = GICD_TYPER2_nASSGIcap;\n\t\tbreak;\n") if typer2 else ""
    if typer2 == "writable":
        typer2_read = ("\tcase GICD_TYPER2:\n\t\tif (vgic_supports_direct_sgis(vcpu->kvm))\n"
                       "\t\t\tvalue = GICD_TYPER2_nASSGIcap;\n\t\tbreak;\n")
    helper = ("bool vgic_supports_direct_sgis(struct kvm *kvm)\n{\n"
              "\treturn kvm->arch.vgic.nassgicap;\n}\n\n") if typer2 == "writable" else ""
    text = f"""#include <kvm/arm_vgic.h>
#include "vgic.h"
#include "vgic-mmio.h"

{helper}static unsigned long vgic_mmio_read_{v}_misc(struct kvm_vcpu *vcpu,
					    gpa_t addr, unsigned int len)
{{
	struct vgic_dist *vgic = &vcpu->kvm->arch.vgic;
	u32 value = 0;

	switch (addr & 0x0c) {{
	case {ctl}:
		value = vgic->enabled ? 1 : 0;
		break;
{typer2_read}	case {label}:
		value = {_iidr_value(rev_term)};
		break;
	default:
		return 0;
	}}

	return value;
}}

static void vgic_mmio_write_{v}_misc(struct kvm_vcpu *vcpu,
				    gpa_t addr, unsigned int len,
				    unsigned long val)
{{
	struct vgic_dist *dist = &vcpu->kvm->arch.vgic;

	switch (addr & 0x0c) {{
	case {ctl}:
		dist->enabled = val & 1;
		break;
	case {label}:
		/* read-only for the guest */
		return;
	}}
}}
"""
    uaccess = _uaccess(v, label, kind, accepted, src, typer2, v2_rev1_fallthrough)
    table_uw = f"vgic_mmio_uaccess_write_{v}_misc" if uaccess else "NULL"
    return text + uaccess + f"""
static const struct vgic_register_region vgic_{v}_dist_registers[] = {{
	REGISTER_DESC_WITH_LENGTH_UACCESS({ctl},
		vgic_mmio_read_{v}_misc, vgic_mmio_write_{v}_misc,
		NULL, {table_uw}, 12, VGIC_ACCESS_32bit),
}};
"""


def _uaccess(v, label, kind, accepted, src, typer2, v2_rev1_fallthrough) -> str:
    read = f"vgic_mmio_read_{v}_misc(vcpu, addr, len)"
    cases = _typer2_write(typer2, read)
    if kind == "none" and not cases:
        return ""
    if kind == "exact":
        groups = "\t\tdist->v2_groups_user_writable = true;\n" if v == "v2" else ""
        cases += (f"\tcase {label}:\n\t\tif (val != {read})\n\t\t\treturn -EINVAL;\n"
                  f"{groups}\t\treturn 0;\n")
    elif kind == "switch":
        cases += f"\tcase {label}:\n" + _iidr_switch(v, read, accepted, src, v2_rev1_fallthrough)
    return f"""
static int vgic_mmio_uaccess_write_{v}_misc(struct kvm_vcpu *vcpu,
					   gpa_t addr, unsigned int len,
					   unsigned long val)
{{
	struct vgic_dist *dist = &vcpu->kvm->arch.vgic;
	u32 reg;

	switch (addr & 0x0c) {{
{cases}	}}

	vgic_mmio_write_{v}_misc(vcpu, addr, len, val);
	return 0;
}}
"""


def _iidr_switch(v, read, accepted, src, v2_rev1_fallthrough) -> str:
    late = [n for n in accepted if not (v2_rev1_fallthrough and v == "v2" and n == 1)]
    labels = "".join(f"\t\tcase KVM_VGIC_IMP_REV_{n}:\n" for n in late)
    groups = "\t\t\tdist->v2_groups_user_writable = true;\n" if v == "v2" else ""
    if len(late) != len(accepted):
        groups += "\t\t\tfallthrough;\n\t\tcase KVM_VGIC_IMP_REV_1:\n"
    return (f"\t\treg = {read};\n"
            "\t\tif ((reg ^ val) & ~GICD_IIDR_REVISION_MASK)\n\t\t\treturn -EINVAL;\n\n"
            f"\t\treg = FIELD_GET(GICD_IIDR_REVISION_MASK, {src});\n"
            f"\t\tswitch (reg) {{\n{labels}{groups}"
            "\t\t\tdist->implementation_rev = reg;\n\t\t\treturn 0;\n"
            "\t\tdefault:\n\t\t\treturn -EINVAL;\n\t\t}\n")


def _typer2_write(typer2, read) -> str:
    if typer2 == "exact":
        return f"\tcase GICD_TYPER2:\n\t\tif (val != {read})\n\t\t\treturn -EINVAL;\n\t\treturn 0;\n"
    if typer2 == "writable":
        return (f"\tcase GICD_TYPER2:\n\t\treg = {read};\n\t\tif (reg == val)\n\t\t\treturn 0;\n"
                "\t\tif (vgic_initialized(vcpu->kvm))\n\t\t\treturn -EBUSY;\n"
                "\t\tif ((reg ^ val) & ~GICD_TYPER2_nASSGIcap)\n\t\t\treturn -EINVAL;\n"
                "\t\tif (!system_supports_direct_sgis() && val)\n\t\t\treturn -EINVAL;\n"
                "\t\tdist->nassgicap = val & GICD_TYPER2_nASSGIcap;\n\t\treturn 0;\n")
    return ""


def _init(site, rev) -> str:
    create_extra = init_extra = ""
    if site == "init-literal":
        init_extra = f"\tdist->implementation_rev = {rev};\n"
    elif site == "init-latest":
        init_extra = ("\tif (!dist->implementation_rev)\n"
                      "\t\tdist->implementation_rev = KVM_VGIC_IMP_REV_LATEST;\n")
    elif site == "create-latest":
        create_extra = ("\tkvm->arch.vgic.implementation_rev = KVM_VGIC_IMP_REV_LATEST;\n"
                        "\tif (type == KVM_DEV_TYPE_ARM_VGIC_V3)\n"
                        "\t\tkvm->arch.vgic.nassgicap = system_supports_direct_sgis();\n")
    return f"""#include <kvm/arm_vgic.h>
#include "vgic.h"

int kvm_vgic_create(struct kvm *kvm, u32 type)
{{
	if (irqchip_in_kernel(kvm))
		return -EEXIST;

	kvm->arch.vgic.in_kernel = true;
	kvm->arch.vgic.vgic_model = type;
{create_extra}	return 0;
}}

int vgic_init(struct kvm *kvm)
{{
	struct vgic_dist *dist = &kvm->arch.vgic;
	int ret = 0;

	if (vgic_initialized(kvm))
		return 0;

	if (!dist->nr_spis)
		dist->nr_spis = VGIC_NR_IRQS_LEGACY - VGIC_NR_PRIVATE_IRQS;
{init_extra}	dist->initialized = true;
	return ret;
}}
"""


def _header(latest: int | None, accepted: tuple[int, ...]) -> str:
    revs = ""
    if latest is not None:
        for n in sorted(set(accepted) | {latest}):
            revs += f"#define KVM_VGIC_IMP_REV_{n}\t{n}\n"
        revs += f"#define KVM_VGIC_IMP_REV_LATEST\tKVM_VGIC_IMP_REV_{latest}\n"
    return f"""#ifndef __KVM_ARM_VGIC_H
#define __KVM_ARM_VGIC_H

struct vgic_its {{
	gpa_t			vgic_its_base;
	bool			enabled;
	u32			abi_rev;
}};

struct vgic_dist {{
	bool			in_kernel;
	bool			initialized;
	u32			vgic_model;

	u32			implementation_rev;
{revs}
	bool			v2_groups_user_writable;
	bool			nassgicap;
	int			nr_spis;
}};

#endif
"""


# --- the ITS -------------------------------------------------------------------

def _its(kind: str, abis: int) -> str:
    if kind == "pre-abi":
        return """#include "vgic.h"

static unsigned long vgic_mmio_read_its_iidr(struct kvm *kvm,
					     struct vgic_its *its,
					     gpa_t addr, unsigned int len)
{
	return (PRODUCT_ID_KVM << 24) | (IMPLEMENTER_ARM << 0);
}
"""
    entries = "".join(f"\t[{i}] = {{\n\t .cte_esz = ABI_0_ESZ,\n\t .commit = vgic_its_commit_v{i},\n\t}},\n"
                      for i in range(abis))
    return f"""#include "vgic.h"

#define ABI_0_ESZ	8

static const struct vgic_its_abi its_table_abi_versions[] = {{
{entries}}};

#define NR_ITS_ABIS	ARRAY_SIZE(its_table_abi_versions)

static int vgic_its_set_abi(struct vgic_its *its, u32 rev)
{{
	its->abi_rev = rev;
	return its_table_abi_versions[rev].commit(its);
}}

static unsigned long vgic_mmio_read_its_iidr(struct kvm *kvm,
					     struct vgic_its *its,
					     gpa_t addr, unsigned int len)
{{
	u32 val;

	val = (its->abi_rev << GITS_IIDR_REV_SHIFT) & GITS_IIDR_REV_MASK;
	val |= (PRODUCT_ID_KVM << GITS_IIDR_PRODUCTID_SHIFT) | IMPLEMENTER_ARM;
	return val;
}}

static int vgic_mmio_uaccess_write_its_iidr(struct kvm *kvm,
					    struct vgic_its *its,
					    gpa_t addr, unsigned int len,
					    unsigned long val)
{{
	u32 rev = GITS_IIDR_REV(val);

	if (rev >= NR_ITS_ABIS)
		return -EINVAL;
	return vgic_its_set_abi(its, rev);
}}

static int vgic_its_create(struct kvm_device *dev, u32 type)
{{
	struct vgic_its *its;

	its = kzalloc(sizeof(struct vgic_its), GFP_KERNEL_ACCOUNT);
	if (!its)
		return -ENOMEM;
	dev->private = its;
	return vgic_its_set_abi(its, NR_ITS_ABIS - 1);
}}
"""
