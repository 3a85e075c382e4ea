"""`guestabi coverage`: what the ID-register extractor read with confidence.

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


def coverage_command(at: str = typer.Option(..., "--at", help="A release tag, or any ref/commit of the repository."),
                     repo: Optional[str] = typer.Option(None, help="Repository for refs that are not releases (default: the last ingested one)."),
                     json_out: bool = typer.Option(False, "--json")) -> None:
    """Per ID register: fields read with confidence, fields with warnings, unresolved expressions."""
    from sqlmodel import Session

    from app import queries
    from ingest import cli

    engine = cli._engine()
    with Session(engine) as s:
        data = queries.release_states(s, at)
        run = queries.last_run(s)
    if data is None:
        data = cli._states_from_repo(at, repo or (run.repo if run else None))
    result = coverage(data["states"])
    result["ref"] = data.get("ref", at)
    if json_out:
        cli._print_json(result)
    else:
        cli.out.print(render_text(result), highlight=False, markup=False)
