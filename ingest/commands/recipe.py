"""`guestabi recipe A..B`: the restore recipe of a host move from release A
to release B (app/recipe.py), from the database; with --repo (or inside a
kernel clone when A and B are not both releases of the database) from the
repository's refs directly, like `check`. Registered in ingest/cli.py with

    cli.command("recipe")(recipe_command)

Exit status: 0 the recipe was made, 2 could not (bad range, unknown ref,
unknown --format or --vcpu).
"""
from __future__ import annotations

import json
import sys
from typing import Optional

import pygit2
import typer
from sqlmodel import Session

from app import recipe, recipe_formats
from app.config import Settings
from app.db import make_engine, upgrade
from app.recipe_query import recipe_of


def recipe_command(
    spec: str = typer.Argument(..., metavar="A..B", help="Two releases (A...B works too): the VM moves from A to B."),
    vcpu: str = typer.Option("default", "--vcpu", help="default (no optional vCPU feature) | all (every one)."),
    fmt: Optional[str] = typer.Option(None, "--format", help="json | text | firecracker | qemu (default text)."),
    json_out: bool = typer.Option(False, "--json", help="Same as --format json."),
    text_out: bool = typer.Option(False, "--text", help="Same as --format text."),
    repo: Optional[str] = typer.Option(None, "--repo", help="Read A and B from this kernel repository, not the database."),
) -> None:
    """The writes that keep a guest's view across a host kernel move, and what cannot be kept."""
    fmt = _format(fmt, json_out, text_out)
    if vcpu not in recipe.VCPUS:
        _fail(f"--vcpu must be one of {', '.join(recipe.VCPUS)} (not {vcpu!r})")
    a, b = _pair(spec)
    data = _from_repo(repo, a, b, vcpu) if repo else _from_database(a, b, vcpu)
    _print(data, fmt)


def _in_a_clone() -> bool:
    """Is the working directory a kernel clone (a git repository whose HEAD
    has arch/arm64)? Any other repository is not a place to read refs from."""
    from ingest.walker import NotARepository, open_repo

    try:
        open_repo(".").revparse_single("HEAD:arch/arm64")
    except (NotARepository, pygit2.GitError, KeyError, ValueError):
        return False
    return True


def _format(fmt: str | None, json_out: bool, text_out: bool) -> str:
    asked = [f for f, on in ((fmt, fmt is not None), ("json", json_out), ("text", text_out)) if on]
    if len(set(asked)) > 1:
        _fail("--format, --json and --text exclude each other")
    chosen = asked[0] if asked else "text"
    if chosen not in recipe_formats.FORMATS:
        _fail(f"--format must be one of {', '.join(recipe_formats.FORMATS)} (not {chosen!r})")
    return chosen


def _pair(spec: str) -> tuple[str, str]:
    a, sep, b = spec.replace("...", "..").partition("..")
    if not sep or not a or not b or ".." in b:
        _fail(f"{spec!r} is not a range: write A..B with two releases")
    return a, b


def _from_database(a: str, b: str, vcpu: str) -> dict:
    engine = make_engine(Settings())
    try:
        upgrade(engine)
    except Exception as exc:  # unreachable server, bad URL: one line, no traceback
        _fail(f"database {engine.url.render_as_string(hide_password=True)}: {exc}")
    with Session(engine) as session:
        data = recipe_of(session, a, b, vcpu)
    if data is None:
        if _in_a_clone():  # inside a kernel clone: read the refs themselves, like `check`
            return _from_repo(".", a, b, vcpu)
        _fail(f"{a if _not_release(engine, a) else b}: not a release of the database (and not inside a kernel clone)")
    return data


def _not_release(engine, tag: str) -> bool:
    from app.models import Release

    with Session(engine) as session:
        return session.get(Release, tag) is None


def _from_repo(path: str, a: str, b: str, vcpu: str) -> dict:
    from ingest.commands.recipe_repo import recipe_from_repo, RepoError

    try:
        return recipe_from_repo(path, a, b, vcpu)
    except RepoError as exc:
        _fail(str(exc))


def _print(data: dict, fmt: str) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    elif fmt == "firecracker":
        out = recipe_formats.firecracker(data)
        sys.stdout.write(json.dumps(out["template"], indent=2) + "\n")
        for line in out["omitted"]:
            typer.echo(f"not in the template: {_printable(line)}", err=True)
    elif fmt == "qemu":
        sys.stdout.write(_printable_lines(recipe_formats.qemu(data)))
    else:
        sys.stdout.write(_printable_lines(recipe_formats.text(data)))


def _printable(text: str) -> str:
    """Control characters (terminal escapes) shown as escapes."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


def _printable_lines(text: str) -> str:
    return "".join(_printable(line) + "\n" for line in text.splitlines())


def _fail(message: str) -> None:
    typer.echo(f"error: {_printable(message)}", err=True)
    raise typer.Exit(2)
