"""`guestabi coverage`: what the ID-register extractor read with confidence.

`--all`: a fidelity report of the whole database, so a regression in the
extractors shows as a number (issue 11): per release, fields read with
confidence and states with warnings; per consecutive release pair, the open
and unconfirmed breaks (counted by status string).

coverage(states) -> {"registers": [{"register", "policy", "fields", "confident",
"warned": [{"field", "warnings"}], "unresolved": [...]}, ...], "totals": {...}}
Per ID register: the fields whose state carries no warning, those that do
(with the warnings), and the expressions that could not be resolved, so a
maintainer sees at once what the tool does not know yet.
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Optional

import typer

from ingest.commands import common

_UNRESOLVED = re.compile(r"^unresolved expression: (.+?)(?: \(.*\))?$")


def _as_dict(st: Any) -> dict:
    return st if isinstance(st, dict) else st.to_json()


def coverage(states: Iterable[Any]) -> dict:
    regs: dict[str, dict] = {}
    for st in map(_as_dict, states):
        parts = st["item"].split("/")
        if parts[0] != "idreg":
            continue
        reg = regs.setdefault(parts[1], {"register": parts[1], "policy": None, "fields": 0,
                                         "confident": 0, "warned": [], "unresolved": [],
                                         "register_warnings": []})
        if len(parts) == 2:
            reg["policy"] = st["default"]
            reg["register_warnings"] = list(st["warnings"])
        else:
            reg["fields"] += 1
            if st["warnings"]:
                reg["warned"].append({"field": parts[2], "default": st["default"], "warnings": list(st["warnings"])})
            else:
                reg["confident"] += 1
        for w in st["warnings"]:
            m = _UNRESOLVED.match(w)
            if m and m.group(1) not in reg["unresolved"]:
                reg["unresolved"].append(m.group(1))
    rows = sorted(regs.values(), key=lambda r: r["register"])
    fields = sum(r["fields"] for r in rows)
    confident = sum(r["confident"] for r in rows)
    return {"registers": rows,
            "totals": {"registers": len(rows), "fields": fields, "confident": confident,
                       "warned": fields - confident,
                       "percent": round(100.0 * confident / fields, 1) if fields else 100.0}}


def render_text(data: dict) -> str:
    t = data["totals"]
    lines = [f"{t['registers']} ID registers, {t['fields']} fields: {t['confident']} read with confidence, "
             f"{t['warned']} with warnings ({t['percent']}%)"]
    for r in data["registers"]:
        lines.append(f"{r['register']}  [{r['policy']}]  {r['confident']}/{r['fields']} fields confident")
        for w in r["register_warnings"]:
            lines.append(f"    ! {w}")
        for f in r["warned"]:
            lines.append(f"    {f['field']} ({f['default']}): " + "; ".join(f["warnings"]))
        for u in r["unresolved"]:
            lines.append(f"    unresolved: {u}")
    return "\n".join(lines)


def fidelity(releases: list[dict], breaks: list[dict]) -> dict:
    """Per release (oldest first): its ID-register coverage and how many of its
    states carry warnings; per consecutive release pair: the breaks made by the
    commits of the newer release, counted by status (open, unconfirmed, ...).

    releases: [{"release": tag, "states": [state JSON]}]; breaks: queries.breaks() rows."""
    rows = []
    for r in releases:
        t = coverage(r["states"])["totals"]
        rows.append({"release": r["release"], "fields": t["fields"], "confident": t["confident"],
                     "warned": t["warned"], "percent": t["percent"],
                     "states": len(r["states"]), "states_warned": sum(1 for st in map(_as_dict, r["states"])
                                                                      if st["warnings"])})
    by_release: dict[str, dict[str, int]] = {}
    for b in breaks:
        counts = by_release.setdefault(b["release"] or "", {})
        counts[b["status"]] = counts.get(b["status"], 0) + 1
    pairs = [{"from": old["release"], "to": new["release"],
              "breaks": {"open": 0, "unconfirmed": 0, **by_release.get(new["release"], {})}}
             for old, new in zip(rows, rows[1:])]
    return {"releases": rows, "pairs": pairs}


def render_fidelity(data: dict) -> str:
    lines = [f"{'release':<14}{'ID fields':>10}{'confident':>11}{'warned':>8}{'%':>8}{'states warned':>15}"]
    for r in data["releases"]:
        lines.append(f"{r['release']:<14}{r['fields']:>10}{r['confident']:>11}{r['warned']:>8}"
                     f"{r['percent']:>8.1f}{r['states_warned']:>10}/{r['states']}")
    for p in data["pairs"]:
        rest = ", ".join(f"{n} {s}" for s, n in sorted(p["breaks"].items()) if s not in ("open", "unconfirmed"))
        lines.append(f"{p['from']}..{p['to']}: {p['breaks']['open']} open, {p['breaks']['unconfirmed']} unconfirmed"
                     + (f" ({rest})" if rest else ""))
    return "\n".join(lines)


def fidelity_report() -> dict:
    """fidelity() of every release of the database."""
    from sqlmodel import Session

    from app import queries

    with Session(common.engine()) as s:
        tags = [r.tag for r in queries.releases(s)]
        if not tags:
            common.fail("no release in the database: run `guestabi ingest` first")
        releases = [{"release": t, "states": queries.release_states(s, t)["states"]} for t in tags]
        breaks = queries.breaks(s, status="all")["breaks"]
    return fidelity(releases, breaks)


def coverage_command(at: Optional[str] = typer.Option(None, "--at", help="A release tag, or any ref/commit of the repository."),
                     all_releases: bool = typer.Option(False, "--all", help="Every release of the database: fields read with confidence, warnings, open and unconfirmed breaks per release pair."),
                     repo: Optional[str] = typer.Option(None, help="Repository for refs that are not releases (default: the last ingested one)."),
                     json_out: bool = typer.Option(False, "--json")) -> None:
    """Per ID register: fields read with confidence, fields with warnings, unresolved expressions (--at);
    or the fidelity of every release (--all)."""
    if (at is None) == (not all_releases):
        common.fail("give either --at REF or --all")
    if all_releases:
        data = fidelity_report()
        common.print_json(data) if json_out else common.out.print(render_fidelity(data), highlight=False, markup=False)
        return
    result = _coverage_at(at, repo)
    if json_out:
        common.print_json(result)
    else:
        common.out.print(render_text(result), highlight=False, markup=False)


def _coverage_at(at: str, repo: Optional[str]) -> dict:
    from sqlmodel import Session

    from app import queries

    with Session(common.engine()) as s:
        data = queries.release_states(s, at)
        run = queries.last_run(s)
    if data is None:
        data = common.states_from_repo(at, repo or (run.repo if run else None))
    result = coverage(data["states"])
    result["ref"] = data.get("ref", at)
    return result
