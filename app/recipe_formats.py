"""Renderings of a recipe (app/recipe.py's dict) that its readers consume:
plain text for a review thread, a Firecracker custom CPU template, QEMU's
`-cpu host,SYSREG_<REG>_<FIELD>=<value>` properties. The JSON is the dict.

Firecracker (docs/cpu_templates/cpu-templates.md): `reg_modifiers` of
`{"addr": "0x6030...", "bitmap": "0b..."}` with 0/1 for the bits to write
and x for the bits left alone, `vcpu_features` of `{"index": 0, "bitmap"}`
for kvm_vcpu_init.features[0], `kvm_capabilities` of capability numbers.
"""
from __future__ import annotations

from collections import defaultdict

FORMATS = ("json", "text", "firecracker", "qemu")


def kept(recipe: dict) -> list[dict]:
    """The steps with a value to write (not unconfirmed, not A's saved value)."""
    return [s for s in recipe["steps"] if s["status"] == "ok" and s["value"] is not None]


def register_writes(recipe: dict) -> dict[str, tuple[int, int]]:
    """KVM register index -> (mask, value) of every known one_reg write,
    the fields of one register merged."""
    out: dict[str, tuple[int, int]] = defaultdict(lambda: (0, 0))
    for s in kept(recipe):
        if s["target"]["kind"] == "one_reg":
            mask, value = out[s["target"]["index"]]
            out[s["target"]["index"]] = (mask | int(s["mask"], 16), value | int(s["value"], 16))
    return dict(out)


def bitmap(mask: int, value: int, width: int = 64) -> str:
    """0b + one character per bit, most significant first: 0/1 where the mask
    says, x elsewhere."""
    return "0b" + "".join(("1" if value >> i & 1 else "0") if mask >> i & 1 else "x"
                          for i in range(width - 1, -1, -1))


def firecracker(recipe: dict) -> dict:
    """A custom CPU template for arm64, and `omitted`: the steps it cannot
    express (A's saved values, device attributes, unconfirmed steps), for
    the caller to say, never to put in the template."""
    mods = [{"addr": index, "bitmap": bitmap(*mv)} for index, mv in sorted(register_writes(recipe).items())]
    feats, caps = 0, set()
    for t in _features(recipe):
        if t["kind"] == "vcpu_feature" and t.get("enable"):
            feats |= sum(1 << b for b in t.get("bits", []))
        if t["kind"] == "vm_cap" and t.get("cap"):
            caps.add(str(t["cap"]))
    template: dict = {}
    if caps:
        template["kvm_capabilities"] = sorted(caps)
    if feats:
        template["vcpu_features"] = [{"index": 0, "bitmap": f"0b{feats:b}"}]
    template["reg_modifiers"] = mods
    omitted = [s for s in recipe["steps"] if s not in kept(recipe) and s["target"] and s["target"]["kind"] == "one_reg"]
    omitted += [s for s in recipe["steps"] if s["target"] is None or s["target"]["kind"] == "device_attr"]
    return {"template": template, "omitted": [_one_line(s) for s in omitted]}


def _features(recipe: dict) -> list[dict]:
    out = []
    for s in recipe["steps"]:
        if s["status"] == "ok" and s["target"] and s["target"]["kind"] != "one_reg":
            out.append(s["target"])
        out += [r for r in s["requires"] if s["status"] == "ok"]
    return out


def qemu(recipe: dict) -> str:
    """-cpu host,SYSREG_<REG>_<FIELD>=<value> for the ID-register steps
    (field names as arch/arm64/tools/sysreg writes them); every other step
    as a comment."""
    props, notes = [], []
    for s in recipe["steps"]:
        parts = s["item"].split("/")
        if s["status"] == "ok" and s["value"] is not None and parts[0] == "idreg":
            shift = _shift(int(s["mask"], 16))
            props.append(f"SYSREG_{parts[1]}_{parts[2]}={int(s['value'], 16) >> shift:#x}")
        else:
            notes.append("# " + _one_line(s))
    notes += [f"# cannot keep {c['item']}: {c['reason']}" for c in recipe["cannot_keep"]]
    notes += [f"# drop {d['item']} ({d['index']})" + (f" only if {d['only_if']}" if d["only_if"] else "")
              for d in recipe["drop"]]
    head = f"# guestabi recipe {recipe['from']} -> {recipe['to']} ({recipe['direction']}, vCPU {recipe['vcpu']})"
    cpu = "-cpu host" + "".join("," + p for p in props)
    return "\n".join([head, cpu, *notes]) + "\n"


def _shift(mask: int) -> int:
    return (mask & -mask).bit_length() - 1 if mask else 0


def _one_line(s: dict) -> str:
    """A step in one line: what, where, when."""
    t = s["target"]
    where = ("?" if t is None else f"KVM_SET_ONE_REG {t['index']}" if t["kind"] == "one_reg"
             else f"KVM_SET_DEVICE_ATTR {t['group']} {t['attr']}" if t["kind"] == "device_attr"
             else f"{'enable' if t.get('enable') else 'do not enable'} {t['name']}")
    if s["status"] != "ok":
        what = "UNCONFIRMED: value not known"
    elif s["value"] is None and s["mask"] is None:
        what = f"shows {s['sets']}"
    elif s["value"] is None:
        what = f"mask {s['mask']} = the value saved on the source host"
    else:
        what = f"mask {s['mask']} = {s['value']}"
    return f"{s['item']}: {where}: {what} [{s['stage']}]"


def text(recipe: dict) -> str:
    """The recipe for a review thread (within 80 columns once wrapped)."""
    r = recipe
    lines = [f"Restore recipe {r['from']} -> {r['to']} ({r['direction']}, vCPU {r['vcpu']})",
             f"{len(r['steps'])} steps, {len(r['cannot_keep'])} cannot be kept, {len(r['drop'])} to drop, "
             f"{len(r['appears'])} appear, {r['unchanged']} unchanged.", ""]
    stages = {st["id"]: st for st in r["stages"]}
    current = None
    for s in r["steps"]:
        if s["stage"] != current:
            current = s["stage"]
            lines += ["", f"[{stages[current]['title']}]", f"  ({stages[current]['rule']})"]
        lines.append("  " + _one_line(s).replace(f" [{s['stage']}]", ""))
        lines.append(f"    why: {s['why']}")
        lines += [f"    requires: {q['name']}" for q in s["requires"]]
    if r["cannot_keep"]:
        lines += ["", "Cannot keep:"]
        for c in r["cannot_keep"]:
            brk = f", break {c['break']}" if c.get("break") else ""
            lines.append(f"  {c['item']} ({c['commit'] or '?'} {c['release'] or ''}{brk}, vCPU {c['vcpu']})")
            lines.append(f"    {c['reason']}")
    if r["drop"]:
        lines += ["", f"Drop from {r['from']}'s saved state:"]
        lines += [f"  {d['item']} {d['index']}" + (f" only if {d['only_if']}" if d["only_if"] else
                                                    " (no stored state says when that is safe)") for d in r["drop"]]
    if r["appears"]:
        lines += ["", f"New on {r['to']} (nothing to restore):"]
        lines += [f"  {x['item']}: {x['why']}" for x in r["appears"]]
    return "\n".join(lines) + "\n"
