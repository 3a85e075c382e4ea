"""What /api/v1/openapi.json says about each endpoint: the shape of its
answer (open objects: within v1 fields are only added, so clients must
ignore fields they do not know), an example, and the errors it can give.

    @router.get("/breaks", **apidoc.doc(BreakList, EXAMPLES["breaks"], 400, 422))
"""
from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

from app import vocab


class Open(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class Evidence(Open):
    """Where in the code of that commit (or release) the value was decided."""
    what: Literal["default", "settable"]
    file: str
    line: int = Field(ge=1)
    function: Optional[str]
    text: str


class State(Open):
    item: str
    default: str
    settable: list[str]
    warnings: list[str] = []
    evidence: list[Evidence] = []


class Waiver(Open):
    item: str
    commit: str
    reason: str
    link: str
    direction: Optional[str]
    matched: bool


class Break(Open):
    item: str
    commit: str
    direction: Literal["upgrade", "rollback"]
    status: Literal["open", "resolved", "waived", "unconfirmed"] = Field(
        description="`unconfirmed`: the old or new state was read with warnings (never counted as open)")
    resolved_by: Optional[str]
    waiver: Optional[Waiver]
    vcpu: Literal["default", "all", "both"] = Field(
        description="the vCPU configuration it hits: default (no optional feature), all (every feature), both")


class Change(Open):
    item: str
    commit: str
    release: Optional[str]
    old: Optional[State]
    new: Optional[State]
    break_: Optional[Break] = Field(alias="break")


class Page(Open):
    of: str = Field(description="the list this response cuts")
    limit: int
    cursor: Optional[str] = Field(description="pass as ?cursor= to continue (null: last page)")
    next: Optional[str] = Field(description="the URL of the next page (null: last page)")


class Ok(Open):
    ok: Literal[True]


class Paged(Ok):
    page: Page


class ErrorBody(Open):
    code: str
    message: str


class Error(Open):
    ok: Literal[False]
    error: ErrorBody


class BreakRow(Break):
    release: Optional[str]
    subject: str
    fixes: str


class Overview(Ok):
    items: int
    changes: int
    breaks: dict[str, int]
    latest_release: Optional[str]
    releases: list[str]
    last_ingest: Optional[str]
    newest_breaks: list[BreakRow]


class BreakList(Paged):
    breaks: list[BreakRow]
    unmatched_waivers: list[Waiver]
    filters: dict[str, Optional[str]]


class ChangeList(Paged):
    changes: list[Change]


class ItemRow(Open):
    slug: str
    changes: int
    open: int
    state: Optional[State]


class ItemGroup(Open):
    group: str
    kind: str
    label: str
    items: list[ItemRow]


class ItemList(Paged):
    count: int
    latest: Optional[str]
    groups: list[ItemGroup]


class Cell(Open):
    release: Optional[str]
    state: Optional[State]
    changed: bool
    commits: list[str]
    breaks: list[Break]


class ItemPage(Paged):
    item: str
    kind: str
    timeline: list[Cell]
    changes: list[Change]
    fixes: list[str]


class CommitChange(Open):
    item: str
    old: Optional[State]
    new: Optional[State]
    break_: Optional[Break] = Field(alias="break")


class CommitPage(Paged):
    commit: str
    sha: str
    subject: str
    release: Optional[str]
    fixes: str
    parents: list[str]
    changes: list[CommitChange]
    resolves: list[Break]


class ReleaseRow(Open):
    tag: str
    commit: str
    kind: str
    changes: int
    breaks: int = Field(description="confirmed breaks (open, resolved, waived)")
    open: int
    unconfirmed: int
    states: int
    warned: int = Field(description="states read with warnings")


class ReleaseList(Paged):
    releases: list[ReleaseRow]
    latest: Optional[str]


class ReleasePage(Paged):
    tag: str
    commit: str
    previous: Optional[str]
    next: Optional[str]
    changes: list[Change]
    breaks: list[Change]
    unconfirmed: list[Change]
    fixes: list[str]
    states: int
    warned: int


class CoverageRow(Open):
    tag: str
    kind: str
    states: int
    warned: int


class CoverageList(Ok):
    releases: list[CoverageRow]
    latest: Optional[str]


class WarningCount(Open):
    text: str
    count: int


class CoverageGroup(Open):
    group: str
    kind: str
    label: str
    register_: Optional[str] = Field(alias="register")
    states: list[State]
    warnings: list[WarningCount]


class Coverage(Ok):
    tag: str
    states: int
    warned: int
    groups: list[CoverageGroup]


class CompareItem(Open):
    item: str
    old: Optional[State]
    new: Optional[State]
    breaks: list[BreakRow]


class Compare(Paged):
    a: str
    b: str
    direction: Literal["upgrade", "rollback"]
    items: list[CompareItem]
    breaks: list[BreakRow]
    outstanding: int
    unconfirmed: int
    fixes: list[str]


class MatrixCell(Open):
    destination: str
    breaks: Optional[int]


class MatrixRow(Open):
    source: str
    cells: list[MatrixCell]


class Matrix(Ok):
    releases: list[str]
    rows: list[MatrixRow]


class Listing(Open):
    default: str
    listed: Literal["always", "conditional"]
    hidden_when: Optional[str]
    hidden_from: Optional[str]


class RegRow(Open):
    index: Optional[str] = Field(description="the KVM register index, hex (null: not resolved)")
    name: str
    item: str
    change: Literal["appears", "disappears", "condition"]
    a: Optional[Listing]
    b: Optional[Listing]


class Reglist(Paged):
    a: str
    b: str
    direction: Literal["upgrade", "rollback"]
    counts: dict[str, int]
    registers: list[RegRow]


class GridCell(Open):
    release: str
    state: Optional[State]
    exposure: str
    writable: str
    changed: bool
    break_: Optional[str] = Field(alias="break", description="the worst status of the breaks made there")


class GridRow(Open):
    item: str
    label: str
    kind: str
    cells: list[GridCell]


class Register(Ok):
    register_: str = Field(alias="register")
    releases: list[str]
    register_rows: list[GridRow]
    fields: list[GridRow]


class RegisterRow(Open):
    register_: str = Field(alias="register")
    fields: int
    state: Optional[State]
    changes: int
    open: int


class RegisterList(Paged):
    registers: list[RegisterRow]
    latest: Optional[str]



class RecipeStep(Open):
    item: str
    stage: str
    target: Optional[dict[str, Any]]
    mask: Optional[str]
    value: Optional[str]
    requires: list[dict[str, Any]]
    why: str
    status: Literal["ok", "unconfirmed"]


class Recipe(Ok):
    """A restore recipe (app/recipe.py); `format=firecracker` answers
    {"ok", "template", "omitted"}, `format=text|qemu` plain text."""

    from_: Optional[str] = Field(None, alias="from")
    to: Optional[str] = None
    direction: Optional[Literal["upgrade", "rollback"]] = None
    vcpu: Optional[Literal["default", "all"]] = None
    steps: Optional[list[RecipeStep]] = None
    cannot_keep: Optional[list[dict[str, Any]]] = None
    drop: Optional[list[dict[str, Any]]] = None
    unchanged: Optional[int] = None

# --- examples ------------------------------------------------------------------

IIDR = "vgic/v3/IIDR_REVISION"
_S1 = {"item": IIDR, "default": "1", "settable": ["1"], "warnings": []}
_S2 = {"item": IIDR, "default": "2", "settable": ["2"], "warnings": []}
_BREAK = vocab.break_json(item=IIDR, commit="d53c2c29ae0d", direction="upgrade", status="resolved",
                          resolved_by="49a1a2c70a7f", waiver=None, reason="the old default 1 is not settable",
                          vcpu="both")
_SUBJ = "KVM: arm64: vgic: Allow configuration of interrupt groups"
_FIXES = vocab.fixes_line("d53c2c29ae0d", _SUBJ)
_BREAK_ROW = {**_BREAK, "release": "v4.19", "subject": _SUBJ, "author": "A. Developer",
              "date": "2018-07-16T10:06:24+00:00", "fixes": _FIXES, "seq": 1042}
_CHANGE = {"item": IIDR, "commit": "d53c2c29ae0d", "release": "v4.19", "subject": _SUBJ, "old": _S1, "new": _S2,
           "break": _BREAK, "author": "A. Developer", "date": "2018-07-16T10:06:24+00:00", "fixes": _FIXES,
           "seq": 1042}


def _page(of: str, nxt: str | None = None) -> dict[str, Any]:
    cursor = "WzEwNDIsInZnaWMvdjMvSUlEUl9SRVZJU0lPTiJd" if nxt else None
    return {"of": of, "limit": 100, "cursor": cursor, "next": f"{nxt}?cursor={cursor}" if nxt else None}


def _row(item: str, label: str, kind: str, default: str, settable: list[str], exposure: str) -> dict[str, Any]:
    state = {"item": item, "default": default, "settable": settable, "warnings": []}
    writable = settable[0] if kind == "field" else "values"
    cells = [{"release": tag, "state": state, "exposure": exposure, "writable": writable,
              "changed": tag == "v6.0", "break": None} for tag in ("v6.0", "v6.1")]
    return {"item": item, "label": label, "kind": kind, "lsb": None, "width": None, "bits": None, "changes": 1,
            "open": 0, "cells": cells, "state": state}


EXAMPLES: dict[str, dict[str, Any]] = {
    "overview": {"ok": True, "items": 1310, "changes": 5120,
                 "breaks": {"open": 3, "resolved": 11, "waived": 2, "unconfirmed": 4},
                 "latest_release": "v6.12", "releases": ["v4.18", "v4.19", "v6.12"],
                 "last_ingest": "2024-11-18T09:00:00+00:00", "newest_breaks": [_BREAK_ROW], "timeline": []},
    "breaks": {"ok": True, "breaks": [_BREAK_ROW], "unmatched_waivers": [],
               "filters": {"status": "all", "direction": "upgrade", "kind": None},
               "page": _page("breaks", "/api/v1/breaks")},
    "changes": {"ok": True, "changes": [_CHANGE], "page": _page("changes", "/api/v1/changes")},
    "items": {"ok": True, "q": "IIDR", "since": None, "latest": "v6.12", "count": 2, "releases": ["v6.12", "v4.19"],
              "groups": [{"group": "vgic", "kind": "vgic", "label": "vGIC",
                          "items": [{"slug": IIDR, "changes": 3, "open": 0,
                                     "state": {**_S2, "default": "3", "settable": ["2", "3"]}}]}],
              "page": _page("items")},
    "item": {"ok": True, "item": IIDR, "kind": "vgic",
             "timeline": [{"release": "v4.18", "state": _S1, "changed": True, "commits": [], "breaks": [],
                           "open": False},
                          {"release": "v4.19", "state": _S2, "changed": True, "commits": ["d53c2c29ae0d"],
                           "breaks": [_BREAK], "open": False}],
             "changes": [_CHANGE], "fixes": [_FIXES], "page": _page("changes")},
    "commit": {"ok": True, "commit": "d53c2c29ae0d", "sha": "d53c2c29ae0d" + "0" * 28, "subject": _SUBJ,
               "author": "A. Developer", "date": "2018-07-16T10:06:24+00:00", "release": "v4.19", "fixes": _FIXES,
               "parents": ["1d2b3c4d5e6f"], "changes": [{"item": IIDR, "old": _S1, "new": _S2, "break": _BREAK}],
               "resolves": [], "page": _page("changes")},
    "releases": {"ok": True, "releases": [{"tag": "v4.19", "commit": "84df9525b0c2", "kind": "mainline",
                                           "series": "4.19", "date": "2018-10-22T06:37:37+00:00", "position": 7,
                                           "changes": 4, "breaks": 1, "open": 0, "unconfirmed": 0,
                                           "states": 40, "warned": 0}],
                 "latest": "v6.12", "unreleased": {"changes": 0, "breaks": 0, "open": 0, "unconfirmed": 0},
                 "page": _page("releases")},
    "release": {"ok": True, "tag": "v4.19", "commit": "84df9525b0c2", "kind": "mainline",
                "date": "2018-10-22T06:37:37+00:00", "previous": "v4.19-rc8", "next": "v4.20-rc1",
                "changes": [{**_CHANGE, "kind": "vgic"}], "breaks": [{**_CHANGE, "kind": "vgic"}], "unconfirmed": [],
                "fixes": [_FIXES], "states": 40, "warned": 0,
                "page": _page("changes")},
    "compare": {"ok": True, "a": "v4.18", "b": "v4.19", "direction": "upgrade",
                "commits": {"v4.18": "94710cac0ef4", "v4.19": "84df9525b0c2"},
                "items": [{"item": IIDR, "kind": "vgic", "old": _S1, "new": _S2,
                           "breaks": [{**_BREAK_ROW, "outstanding": False}]}],
                "breaks": [{**_BREAK_ROW, "outstanding": False}], "outstanding": 0, "unconfirmed": 0, "fixes": [],
                "releases": ["v4.18", "v4.19"], "page": _page("items")},
    "matrix": {"ok": True, "releases": ["v4.18", "v4.19"], "first": "v4.18", "last": "v4.19",
               "all": ["v4.18", "v4.19-rc1", "v4.19"],
               "rows": [{"source": "v4.18", "cells": [{"destination": "v4.18", "breaks": None},
                                                      {"destination": "v4.19", "breaks": 1}]},
                        {"source": "v4.19", "cells": [{"destination": "v4.18", "breaks": 0},
                                                      {"destination": "v4.19", "breaks": None}]}]},
    "reglist": {"ok": True, "a": "v6.0", "b": "v6.1", "direction": "upgrade",
                "counts": {"appears": 1, "disappears": 0, "condition": 1},
                "registers": [
                    {"index": "0x603000000013c103", "name": "TCR2_EL1", "item": "reglist/TCR2_EL1",
                     "change": "appears", "a": None, "key": "0x603000000013c103",
                     "b": {"default": "present", "listed": "conditional",
                           "hidden_when": "!kvm_has_feat(kvm, ID_AA64MMFR3_EL1, TCRX, IMP)",
                           "hidden_from": "userspace and guest", "warnings": []}},
                    {"index": "0x603000000013c4f0", "name": "PMINTENSET_EL1", "item": "reglist/PMINTENSET_EL1",
                     "change": "condition", "key": "0x603000000013c4f0",
                     "a": {"default": "present", "listed": "always", "hidden_when": None, "hidden_from": None,
                           "warnings": []},
                     "b": {"default": "vcpu-feature:PMU_V3", "listed": "conditional",
                           "hidden_when": "!kvm_vcpu_has_pmu(vcpu)", "hidden_from": "userspace and guest",
                           "warnings": []}}],
                "page": _page("registers")},
    "register": {"ok": True, "register": "ID_AA64PFR0_EL1", "releases": ["v6.0", "v6.1"], "latest": "v6.1",
                 "register_rows": [_row("idreg/ID_AA64PFR0_EL1", "whole register", "register", "sanitised",
                                        ["CSV2", "CSV3"], "host")],
                 "fields": [_row("idreg/ID_AA64PFR0_EL1/CSV2", "CSV2", "field", "host", ["lower-safe"], "host")],
                 "ordered_by": "bits", "open": 0},
    "coverage_list": {"ok": True, "latest": "v7.3",
                      "releases": [{"tag": "v7.3", "kind": "mainline", "states": 759, "warned": 12},
                                   {"tag": "v6.12", "kind": "mainline", "states": 744, "warned": 0}]},
    "coverage": {"ok": True, "tag": "v7.3", "states": 759, "warned": 1,
                 "groups": [{"group": "idreg/CLIDR_EL1", "kind": "idreg", "label": "idreg/CLIDR_EL1",
                             "register": "CLIDR_EL1",
                             "states": [{"item": "idreg/CLIDR_EL1", "default": "synthesised", "settable": ["any"],
                                         "warnings": ["value computed by reset_clidr(), not read field by field"]}],
                             "warnings": [{"text": "value computed by reset_clidr(), not read field by field",
                                           "count": 1}]}]},
    "registers": {"ok": True, "registers": [{"register": "ID_AA64PFR0_EL1", "fields": 16, "changes": 9, "open": 0,
                                             "state": {"item": "idreg/ID_AA64PFR0_EL1", "default": "sanitised",
                                                       "settable": ["CSV2", "CSV3"], "warnings": []}}],
                  "latest": "v6.1", "count": 1, "page": _page("registers")},
}

EXAMPLES["recipe"] = {
    "ok": True, "from": "v4.18", "to": "v4.19", "direction": "upgrade", "vcpu": "default",
    "steps": [{"item": IIDR, "sets": "1", "status": "ok", "stage": "vgic_init",
               "target": {"kind": "device_attr", "device": "KVM_DEV_TYPE_ARM_VGIC_V3",
                          "group": "KVM_DEV_ARM_VGIC_GRP_DIST_REGS", "attr": "0x8", "register": "GICD_IIDR"},
               "mask": "0xf000", "value": "0x1000", "requires": [],
               "why": "v4.18 shows 1; v4.19 shows 2 and accepts 1, 2", "states": {"from": _S1, "to": _S2}}],
    "cannot_keep": [{"item": "reglist/TCR2_EL1", "commit": "c3d3d77f46db", "release": "v4.19",
                     "reason": "v4.18 lacks the register", "vcpu": "default", "break": "open"}],
    "drop": [{"item": "reglist/TCR2_EL1", "index": "0x603000000013c103", "only_if": None}],
    "appears": [], "unchanged": 41,
    "stages": [{"id": "vgic_init", "order": 5, "title": "after vGIC init, before the first KVM_RUN",
                "rule": "GICv3 distributor registers are written only once the vGIC is initialised",
                "evidence": []}],
    "commits": {"v4.18": "94710cac0ef4", "v4.19": "84df9525b0c2"}}

ERROR_EXAMPLES = {
    400: {"code": "malformed", "message": "'xyz' is not a commit: a commit is 7 to 40 hex digits"},
    404: {"code": "not_found", "message": "no release 'v9.9'"},
    409: {"code": "ambiguous", "message": "'abcdef1' names 2 commits; give more digits",
          "candidates": [{"commit": "abcdef100000", "subject": "one", "release": "v6.1"},
                         {"commit": "abcdef111111", "subject": "two", "release": None}]},
    422: {"code": "invalid", "message": "limit: Input should be less than or equal to 1000"},
}
# any request may carry a NUL (400) or break a parameter's schema (422)
ALWAYS = (400, 422)
TOO_LONG: dict[int | str, Any] = {414: {"description": "a path or query string longer than any real link",
                  "content": {"text/plain": {"schema": {"type": "string"}, "example": "414 URI too long\n"}}}}
ERROR_TEXT = {400: "a NUL character in the URL, or a malformed reference",
              404: "unknown item, commit or release, or a cursor this API did not hand out",
              409: "ambiguous commit prefix (the candidates are listed)", 422: "invalid parameter"}
NOT_MODIFIED: dict[int | str, Any] = {
    304: {"description": "If-None-Match matched the ETag: the data has not changed since"}}
REDIRECT: dict[int | str, Any] = {307: {"description": "`latest` or a short reference, redirected to its permalink"}}


def doc(model: type[Open], example: str, *errors: int, redirects: bool = False,
        summary: str | None = None) -> dict[str, Any]:
    """Keyword arguments for a route decorator: its 200 shape, the errors it
    may give, 304 and 307; `example` names its entry in EXAMPLES (put in
    by `with_examples`: FastAPI drops the nulls of examples it serialises)."""
    responses: dict[int | str, Any] = {200: {"model": model}, **NOT_MODIFIED, **TOO_LONG}
    if redirects:
        responses.update(REDIRECT)
    for status in sorted({*errors, *ALWAYS}):
        responses[status] = {"model": Error, "description": ERROR_TEXT[status]}
    return {"responses": responses, "summary": summary, "openapi_extra": {"x-example": example}}


def with_examples(spec: dict[str, Any]) -> dict[str, Any]:
    """Each operation's examples, from EXAMPLES and ERROR_EXAMPLES, as written;
    only /api/v1 (a page or feed some router left in would be documented as
    JSON and answer HTML or text)."""
    spec["paths"] = {p: ops for p, ops in spec.get("paths", {}).items() if p.startswith("/api/v1/")}
    for methods in spec.get("paths", {}).values():
        for op in methods.values():
            name = op.pop("x-example", None)
            if name is None:
                continue
            for status, r in op.get("responses", {}).items():
                body = (r.get("content") or {}).get("application/json")
                if body is None:
                    continue
                if status == "200":
                    body["example"] = EXAMPLES[name]
                elif int(status) in ERROR_EXAMPLES:
                    body["example"] = {"ok": False, "error": ERROR_EXAMPLES[int(status)]}
    return spec


def operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The OpenAPI document as plain rows for the docs page: one per
    endpoint, with its parameters and each response's example as text."""
    import json

    out = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "type": _type(p.get("schema", {})), "description": p.get("description", "")}
                      for p in op.get("parameters", [])]
            responses = []
            for status, r in op.get("responses", {}).items():
                content = r.get("content", {})
                media, body = next(iter(content.items()), (None, None))
                ex = body.get("example") if body else None
                text = ex if isinstance(ex, str) else json.dumps(ex, indent=2, ensure_ascii=False) if ex else ""
                responses.append({"status": status, "description": r.get("description", ""),
                                  "media": media, "example": text})
            out.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "description": op.get("description", ""), "params": params, "responses": responses,
                        "anchor": (method + path).replace("/", "-").replace("{", "").replace("}", "")})
    return out


def _type(schema: dict[str, Any]) -> str:
    kinds = [s.get("type", "") for s in schema.get("anyOf", [schema])]
    return " | ".join(k for k in kinds if k) or "string"
