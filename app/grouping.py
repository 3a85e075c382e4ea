"""Breaks grouped for reading: one row per register (or firmware bitmap, or
the register list) and commit, its items inside. The JSON keeps one entry
per item; the HTML and text renderings group with this (a jinja filter).

    groups(rows)                 rows of breaks (queries.breaks, compare)
    groups(rows, nested=True)    rows of changes whose "break" is set (release pages)
"""
from __future__ import annotations

from typing import Any, Iterable

# the worst status of a group decides its colour
RANK = {"open": 4, "unconfirmed": 3, "waived": 2, "resolved": 1}


def family(slug: str) -> str:
    """What a row of breaks is about: idreg/<REG> for its fields, fw/<BITMAP>
    for its bits, `reglist` for registers of KVM_GET_REG_LIST, else the item."""
    parts = slug.split("/")
    if parts[0] == "reglist":
        return "reglist"
    if parts[0] in ("idreg", "fw") and len(parts) > 2:
        return "/".join(parts[:2])
    return slug


def groups(rows: Iterable[dict[str, Any]], nested: bool = False) -> list[dict[str, Any]]:
    """Rows sharing (commit, family), in the order of their first row."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        brk = row["break"] if nested else row
        key = (row["commit"], family(row["item"]))
        g = out.get(key)
        if g is None:
            g = out[key] = {"family": key[1], "commit": row["commit"], "subject": row.get("subject"),
                            "release": row.get("release"), "fixes": row.get("fixes"), "rows": [],
                            "statuses": {}, "status": brk["status"]}
        g["rows"].append({**row, "break": brk})
        g["statuses"][brk["status"], brk["direction"]] = g["statuses"].get((brk["status"], brk["direction"]), 0) + 1
        if RANK.get(brk["status"], 0) > RANK.get(g["status"], 0):
            g["status"] = brk["status"]
    return [_finish(g) for g in out.values()]


def _finish(g: dict[str, Any]) -> dict[str, Any]:
    g["badges"] = [{"status": s, "direction": d, "count": n}
                   for (s, d), n in sorted(g["statuses"].items(), key=lambda kv: -RANK.get(kv[0][0], 0))]
    g["vcpu"] = sorted({r["break"].get("vcpu") for r in g["rows"] if r["break"].get("vcpu")})
    g["names"] = [r["item"].rsplit("/", 1)[-1] if g["family"] != r["item"] else r["item"] for r in g["rows"]]
    return g
