"""One ID register as a grid: its fields (rows) x releases (columns), each
cell classed by what the guest sees (exposure) and what the VMM may write
(writability). Session in -> plain data out, for the HTML page, its .txt
twin and /api/v1/registers/<REG>.

    register_grid(session, "ID_AA64PFR0_EL1") -> {"register", "releases", "rows", ...} | None
    register_list(session) -> {"registers": [...], "latest": tag}
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import Text, cast, func
from sqlmodel import Session, col, select

from app.models import Break, Change, Commit, Item, Release, ReleaseState
from app.queries import latest_tag
from app.vocab import fixes_line, view

NAME = re.compile(r"^[A-Za-z0-9_]{1,64}$")
POLICIES = ("lower-safe", "higher-safe", "exact", "any")
# exposure: what a new VM reads, by the state's default (absent: no state)
EXPOSURE = {"host": "host", "sanitised": "host", "present": "host", "hidden": "hidden",
            "unallocated": "hidden", "synthesised": "fixed", "unknown": "unknown"}
PREFIXES = (("fixed:", "fixed"), ("capped:", "capped"), ("vcpu-feature:", "vcpu"))
STATUS_RANK = {"open": 4, "unconfirmed": 3, "waived": 2, "resolved": 1}  # the cell shows its worst break


def exposure(state: dict | None) -> str:
    """absent | host | hidden | fixed | capped | vcpu | unknown | value."""
    if not state:
        return "absent"
    default = str(state.get("default", ""))
    for prefix, name in PREFIXES:
        if default.startswith(prefix):
            return name
    return EXPOSURE.get(default, "value")


def writability(state: dict | None) -> str:
    """none (read-only, or absent) | a policy of POLICIES | values (explicit values)."""
    settable = (state or {}).get("settable") or ["none"]
    if settable == ["none"]:
        return "none"
    return settable[0] if len(settable) == 1 and settable[0] in POLICIES else "values"


def bits(state: dict | None) -> tuple[int | None, int | None]:
    """The field's (lsb, width) when the extractor recorded them ("lsb" or "shift", "width")."""
    s = state or {}
    return _int(s.get("lsb", s.get("shift"))), _int(s.get("width"))


def _int(value: Any) -> int | None:
    try:
        return int(value, 0) if isinstance(value, str) else int(value) if isinstance(value, int) else None
    except ValueError:
        return None


def _slugs(session: Session, reg: str) -> list[str]:
    """idreg/<REG> and idreg/<REG>/<FIELD>... (a range scan on the primary key)."""
    whole, prefix = f"idreg/{reg}", f"idreg/{reg}/"
    q = select(Item.slug).where((Item.slug == whole) | ((Item.slug >= prefix) & (Item.slug < f"idreg/{reg}0")))
    return list(session.exec(q.order_by(col(Item.slug))))


def exists(session: Session, reg: str) -> bool:
    """An ID register of that name (exact) has been ingested."""
    return bool(NAME.match(reg)) and session.get(Item, f"idreg/{reg}") is not None


def _states(session: Session, slugs: list[str]) -> dict[str, dict[str, dict]]:
    """item -> release -> state; equal JSON texts are decoded once."""
    q = select(ReleaseState.item, ReleaseState.release, cast(ReleaseState.state, Text))
    decoded: dict[str, dict] = {}
    out: dict[str, dict[str, dict]] = defaultdict(dict)
    for item, rel, text in session.exec(q.where(col(ReleaseState.item).in_(slugs))):
        out[item][rel] = decoded.get(text) or decoded.setdefault(text, json.loads(text))
    return out


def _breaks(session: Session, slugs: list[str]) -> tuple[dict[tuple[str, str | None], str], list[str]]:
    """(item, release) -> the worst status of the breaks made there; their Fixes: lines."""
    q = select(Break.item, Break.status, Commit.release, Commit.sha, Commit.subject)  # type: ignore[call-overload]  # sqlmodel types select() for up to 4 columns
    q = q.join(Commit, col(Commit.sha) == Break.commit).where(col(Break.item).in_(slugs)).order_by(col(Break.seq))
    out: dict[tuple[str, str | None], str] = {}
    fixes = []
    for item, status, rel, sha, subject in session.exec(q):
        if STATUS_RANK.get(status, 0) > STATUS_RANK.get(out.get((item, rel), ""), 0):
            out[item, rel] = status
        if status != "unconfirmed":  # a guess earns no Fixes: tag
            fixes.append(fixes_line(sha, subject))
    return out, list(dict.fromkeys(fixes))


def _row(slug: str, label: str, kind: str, tags: list[str], at: dict[str, dict],
         brk: dict, changes: int) -> dict[str, Any]:
    cells, before = [], None
    for tag in tags:
        state = at.get(tag)
        cells.append({"release": tag, "state": state, "exposure": exposure(state),
                      "writable": writability(state), "changed": view(state) != view(before),
                      "break": brk.get((slug, tag))})
        before = state
    newest = next((at[t] for t in reversed(tags) if t in at), None)
    lsb, width = bits(newest)
    return {"item": slug, "label": label, "kind": kind, "lsb": lsb, "width": width,
            "bits": f"[{lsb + width - 1}:{lsb}]" if lsb is not None and width else None,
            "changes": changes, "open": sum(1 for (i, _), s in brk.items() if i == slug and s == "open"),
            "cells": cells, "state": newest}


def _order(fields: list[dict]) -> tuple[list[dict], str]:
    """By bit position, highest first (as the Arm ARM draws a register) when
    the states carry it; else by name."""
    if fields and all(f["lsb"] is not None for f in fields):
        return sorted(fields, key=lambda f: -f["lsb"]), "bits"
    return sorted(fields, key=lambda f: (f["lsb"] is None, -(f["lsb"] or 0), f["label"])), "name"


def register_grid(session: Session, reg: str) -> dict[str, Any] | None:
    """One ID register's fields x releases (oldest first), None if unknown."""
    if not NAME.match(reg):
        return None
    slugs = _slugs(session, reg)
    if not slugs:
        return None
    whole, listed = f"idreg/{reg}", f"reglist/{reg}"
    if session.get(Item, listed) is not None:
        slugs.append(listed)
    tags = list(session.exec(select(Release.tag).order_by(col(Release.position))))
    states, (brk, fixes) = _states(session, slugs), _breaks(session, slugs)
    counts = dict(session.exec(select(Change.item, func.count()).where(col(Change.item).in_(slugs))
                               .group_by(Change.item)).all())
    rows = {s: _row(s, s.rsplit("/", 1)[-1], "field", tags, states.get(s, {}), brk, counts.get(s, 0))
            for s in slugs if s not in (whole, listed)}
    fields, order = _order(list(rows.values()))
    extra = [_row(s, name, kind, tags, states.get(s, {}), brk, counts.get(s, 0))
             for s, name, kind in ((whole, "whole register", "register"), (listed, "KVM_GET_REG_LIST", "reglist"))
             if s in slugs]
    return {"register": reg, "releases": tags, "latest": tags[-1] if tags else None,
            "register_rows": extra, "fields": fields, "ordered_by": order,
            "open": sum(r["open"] for r in extra + fields), "fixes": fixes}


def register_list(session: Session) -> dict[str, Any]:
    """Every ID register with its field count, its whole-register state at the
    newest release, its changes and open breaks."""
    slugs = list(session.exec(select(Item.slug).where(Item.kind == "idreg").order_by(col(Item.slug))))
    regs: dict[str, list[str]] = defaultdict(list)
    for slug in slugs:
        parts = slug.split("/")
        regs[parts[1]].extend(parts[2:3])
    latest = latest_tag(session)
    now = {}
    if latest:
        q = select(ReleaseState.item, ReleaseState.state).where(ReleaseState.release == latest)
        now = dict(session.exec(q.where(col(ReleaseState.item).in_([f"idreg/{r}" for r in regs]))).all())
    changes: Counter[str] = Counter()
    opened: Counter[str] = Counter()
    for item, n in session.exec(select(Change.item, func.count()).where(col(Change.item).startswith("idreg/"))
                                .group_by(Change.item)):
        changes[item.split("/")[1]] += n
    for item in session.exec(select(Break.item).where(Break.status == "open", col(Break.item).startswith("idreg/"))):
        opened[item.split("/")[1]] += 1
    out = [{"register": r, "fields": len(f), "state": now.get(f"idreg/{r}"), "changes": changes[r],
            "open": opened[r]} for r, f in sorted(regs.items())]
    return {"registers": out, "latest": latest, "count": len(out)}
