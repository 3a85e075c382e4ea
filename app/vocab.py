"""The words both sides use, defined once: the short sha, the `Fixes:` line,
an item's kind, when two states show the guest the same thing, and the
break's JSON (DESIGN.md). Pure and stdlib only: the ingester (and its
extraction worker) imports it without loading the web app (`app` never
imports `ingest`; ingest imports this, as it does app/rules.py)."""
from __future__ import annotations

import json
import re
from typing import Any

SHORT = 12  # hex digits of a commit's name in JSON, URLs and Fixes: lines (as the kernel's Fixes: tags)


def short(sha: str | None) -> str | None:
    return sha[:SHORT] if sha else None


def fixes_line(sha: str, subject: str) -> str:
    """The kernel's trailer naming the commit that broke something."""
    return f'Fixes: {sha[:SHORT]} ("{subject}")'


def kind_of(slug: str) -> str:
    """`idreg/ID_AA64PFR0_EL1/SVE` -> `idreg` (idreg, reglist, fw, vgic)."""
    return slug.split("/", 1)[0]


# --- the guest's view of a state ------------------------------------------------

NOT_VIEW = ("warnings", "evidence")  # what a state says about its reading, not what the guest sees
# Extras holding C condition text as the code spells it: their layout is not the view.
CONDITION_KEYS = ("when", "hidden_when", "override")
# A stored state's JSON text (json.dumps' spacing) whose warnings list is empty.
NO_WARNINGS = '"warnings": []'


def condition_text(text: str) -> str:
    """A C condition without layout: `a==b` and `a == b`, or a condition
    wrapped over two lines, read the same."""
    return re.sub(r"\s*([^\w\s])\s*", r"\1", " ".join(text.split()))


def view_value(key: str, value: Any) -> Any:
    """One key's value as far as the guest's view goes."""
    return condition_text(value) if key in CONDITION_KEYS and isinstance(value, str) else value


def view(state: dict | None) -> dict | None:
    """A state's JSON without what is not ABI (warnings, evidence, the layout of conditions)."""
    return {k: view_value(k, v) for k, v in state.items() if k not in NOT_VIEW} if state else None


def same_view(a: dict | None, b: dict | None) -> bool:
    """Two states (JSON) show the guest the same thing."""
    return view(a) == view(b)


def texts_differ_in_view(old: str | None, new: str | None) -> bool:
    """Two stored state texts that differ (the caller knows): do they differ
    in the view? Without warnings, evidence or conditions the texts say so
    without decoding them."""
    if old is None or new is None:
        return True
    if NO_WARNINGS in old and NO_WARNINGS in new and not any(
            f'"{k}"' in t for t in (old, new) for k in ("evidence", *CONDITION_KEYS)):
        return True  # nothing outside the view to ignore: the texts differ, so do the views
    return not same_view(json.loads(old), json.loads(new))


# --- the break's JSON (DESIGN.md "break") -------------------------------------------

BREAK_KEYS = ("item", "commit", "direction", "status", "resolved_by", "waiver", "reason", "vcpu")


def break_json(*, item: str, commit: str, direction: str, status: str, resolved_by: str | None,
               waiver: dict[str, Any] | None, reason: str, vcpu: str) -> dict[str, Any]:
    """The break as the API, the CLI and `check` show it (shas shortened)."""
    return {"item": item, "commit": short(commit), "direction": direction, "status": status,
            "resolved_by": short(resolved_by), "waiver": waiver, "reason": reason, "vcpu": vcpu}
