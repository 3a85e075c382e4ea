"""`guestabi check`: the command and its text and Markdown renderings
(the JSON is check.to_json itself). Registered in ingest/cli.py with

    cli.command("check")(check_command)
"""
from __future__ import annotations

import json
import os
import re
import sys
from typing import Any, Optional

import pygit2
import typer

from ingest import check
from ingest.waivers import WaiverError, default_path, load


def check_command(
    target: Optional[str] = typer.Argument(
        None, help="A..B (a range), C (one commit), or a patch series (an mbox file, - for stdin). "
                   "Nothing: the work tree's uncommitted changes against HEAD."),
    base: Optional[str] = typer.Option(None, "--base", help="Apply the series onto this ref, in memory (default HEAD)."),
    repo: str = typer.Option(".", "--repo", help="The kernel repository."),
    waivers: Optional[str] = typer.Option(None, help="Waivers file (default: $GUESTABI_WAIVERS, else ./waivers.toml if present)."),
    json_out: bool = typer.Option(False, "--json", help="Print JSON."),
    markdown: bool = typer.Option(False, "--markdown", help="Print Markdown."),
    strict: bool = typer.Option(False, "--strict", help="Unconfirmed breaks (read from states with warnings) fail too."),
) -> None:
    """Guest-visible changes and breaks of a range, a patch series or the work tree.

    Exit status: 0 nothing breaks (waived breaks included; unconfirmed ones,
    read from states with warnings, unless --strict), 1 a break no waiver
    covers, 2 could not check.
    """
    if json_out and markdown:
        _fail("--json and --markdown exclude each other")
    try:
        report = _run(target, base, repo, load(default_path(waivers)))
    except (check.CheckError, WaiverError, pygit2.GitError, OSError) as exc:
        _fail(str(exc))
    report.strict = strict
    data = check.to_json(report)
    if json_out:
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render_markdown(data) if markdown else render_text(data))
    raise typer.Exit(report.exit_code)


def _run(target: str | None, base: str | None, repo: str, waivers) -> check.Report:
    series = target == "-" or (target is not None and os.path.isfile(target))
    if base is not None and target is None:
        raise check.CheckError("--base needs a patch series: an mbox file, or - for stdin")
    if base is not None or series:  # a series without --base goes onto HEAD, as `git am` would
        data = sys.stdin.buffer.read() if target == "-" else None
        return check.check_series(repo, target, base or "HEAD", waivers, data=data)
    if target is None:
        return check.check_worktree(repo, waivers)
    return check.check_range(repo, target, waivers)


def _fail(message: str) -> None:
    typer.echo(f"error: {printable(message)}", err=True)
    raise typer.Exit(2)


# -- renderings of check.to_json ------------------------------------------------

def printable(text: str) -> str:
    """Control characters (terminal escapes, newlines in a subject) shown as escapes."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


def render_text(data: dict[str, Any]) -> str:
    """Plain text to paste in a review: one block per commit or patch."""
    lines = [_title(data), _counts(data), ""]
    for step in data["commits"]:
        lines.append(printable(_step_name(step)))
        for c in step["changes"]:
            lines.append(f"  {printable(c['item'])}: {_brief(c['old'])} -> {_brief(c['new'])}")
            if c["break"]:
                lines += ["    " + printable(t) for t in _break_lines(data, c["break"])]
        lines.append("")
    unsure = _unconfirmed(data)
    if unsure:
        lines.append(UNCONFIRMED)
        for head, warnings in unsure:
            lines += ["  " + printable(head)] + ["    warning: " + printable(w) for w in warnings]
        lines.append("")
    lines.append(_verdict(data))
    return "\n".join(lines) + "\n"


def render_markdown(data: dict[str, Any]) -> str:
    """The same, as Markdown (every piece of repository text escaped)."""
    lines = [f"### {md(_title(data))}", "", md(_counts(data)), ""]
    for step in data["commits"]:
        lines += [f"#### {md(_step_name(step))}", ""]
        for c in step["changes"]:
            lines.append(f"- {md(c['item'])}: {md(_brief(c['old']))} → {md(_brief(c['new']))}")
            if c["break"]:
                first, *rest = _break_lines(data, c["break"])
                lines.append(f"  - **{md(first)}**")
                lines += [f"  - {code(t)}" if t.startswith("Fixes:") else f"  - {md(t)}" for t in rest]
        lines.append("")
    unsure = _unconfirmed(data)
    if unsure:
        lines += [f"#### {md(UNCONFIRMED)}", ""]
        for head, warnings in unsure:
            lines += [f"- {md(head)}"] + [f"  - warning: {md(w)}" for w in warnings]
        lines.append("")
    lines.append(f"**{md(_verdict(data))}**")
    return "\n".join(lines) + "\n"


def md(text: str) -> str:
    """Markdown text: control characters escaped, and the punctuation that can
open markup or raw HTML backslashed (lines never start with repository text)."""
    return re.sub(r"([\\`*_\[\]<#|~&])", r"\\\1", printable(text))


def code(text: str) -> str:
    """A code span whose fence is longer than any backtick run inside."""
    text = printable(text)
    fence = "`" * (max((len(r) for r in re.findall(r"`+", text)), default=0) + 1)
    return f"{fence} {text} {fence}"


def _title(data: dict) -> str:
    base = data["base"]
    at = f"{base['ref']} = {base['commit']}" if base["commit"] else base["ref"]
    what = {"range": f"range {data['target']}", "series": f"series {data['target']}",
            "worktree": "uncommitted changes"}[data["mode"]]
    return f"guestabi check: {what} (base {at})"


def _counts(data: dict) -> str:
    s = data["summary"]
    unit = "patches" if data["mode"] == "series" else "commits"
    if data["mode"] == "worktree":
        touched = "watched files differ from HEAD" if s["touching"] else "no watched file differs from HEAD"
    else:
        touched = f"{s['walked']} {unit}, {s['touching']} touching watched files"
    return (f"{touched}, {s['changes']} changes; "
            f"breaks: {s['breaks_open']} open, {s['breaks_resolved']} resolved, {s['breaks_waived']} waived, "
            f"{s['breaks_unconfirmed']} unconfirmed")


def _step_name(step: dict) -> str:
    if step["patch"]:
        return f"{step['patch']} {step['subject']}"
    if set(step["commit"]) == {"0"}:
        return step["subject"]
    return f"{step['commit']} {step['subject']}"


def _brief(state: dict | None) -> str:
    if state is None:
        return "absent"
    return f"{state['default']} [{', '.join(state['settable'])}]"


def _break_lines(data: dict, b: dict) -> list[str]:
    head = f"BREAK ({b['direction']}): {b['reason']}"
    if b["status"] == "waived":
        w = b["waiver"]
        return [f"break ({b['direction']}), waived: {w['reason']}" + (f" <{w['link']}>" if w["link"] else ""),
                b["reason"]]
    if b["status"] == "unconfirmed":  # listed apart, with the warnings, under UNCONFIRMED
        return [f"unconfirmed break ({b['direction']}): {b['reason']}"]
    if b["status"] == "resolved":
        by = b["resolved_by_patch"] or b["resolved_by"]
        return [f"break ({b['direction']}), resolved later in the {data['mode']} by {by} {b['resolved_by_subject']}",
                b["reason"]]
    return [head] + ([b["fixes"]] if b["fixes"] else [])


UNCONFIRMED = "Unconfirmed breaks (a state read with warnings: a guess, not counted unless --strict):"


def _unconfirmed(data: dict) -> list[tuple[str, list[str]]]:
    """Each unconfirmed break, with the warnings of the states it was read from."""
    out = []
    for step in data["commits"]:
        for c in step["changes"]:
            b = c["break"]
            if b and b["status"] == "unconfirmed":
                warnings = [w for s in (c["old"], c["new"]) if s for w in s["warnings"]]
                out.append((f"{_step_name(step)}: {c['item']} ({b['direction']})", list(dict.fromkeys(warnings))))
    return out


def _verdict(data: dict) -> str:
    s = data["summary"]
    n, unsure = s["breaks_open"], s["breaks_unconfirmed"]
    if data["strict"] and unsure:
        n += unsure
        return (f"{n} open or unconfirmed break{'s' if n > 1 else ''} with --strict: not waived, "
                "no later step gives the way back (exit 1)")
    also = f"; {unsure} unconfirmed (--strict fails on them)" if unsure else ""
    if n:
        return f"{n} open break{'s' if n > 1 else ''}: not waived, no later step gives the way back{also} (exit 1)"
    if not data["commits"]:
        return "no guest-visible change (exit 0)"
    return f"no open break{also} (exit 0)"
