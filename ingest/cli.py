"""The command line: guestabi ingest | states | changes | breaks | serve | demo | db.

A command imports what it needs when it runs (the database layer, the web
app, the extractors): `guestabi --help` and a mistyped option answer at
once. Commands of their own module are registered by name (`_LazyGroup`)."""
from __future__ import annotations

import functools
import importlib
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

import typer
from typer import _click as click  # typer vendors click: TyperGroup's hooks take its classes
from typer._click.exceptions import BadParameter
from typer._coercion import RuntimeParam
from typer.core import TyperCommand, TyperGroup

from ingest.commands.common import (
    engine as _engine,
    err,
    fail,
    out,
    print_json as _print_json,
    states_from_repo as _states_from_repo,
)

if TYPE_CHECKING:
    from rich.progress import Progress

    from ingest.extraction import Worker
    from ingest.noop import SqliteFile


class _LazyGroup(TyperGroup):
    """Commands living in their own module, imported when the command is
    asked for; the command list of `--help` shows their one-line help
    without importing them."""

    lazy: dict[str, tuple[str, str]] = {}  # name -> ("module:function", one-line help)
    _listing = False

    def get_params(self, ctx: click.Context) -> list:
        return _plain(super().get_params(ctx))

    def list_commands(self, ctx: click.Context) -> list[str]:
        names = [n for n in super().list_commands(ctx) if n not in self.lazy]
        groups = [n for n in names if isinstance(self.commands[n], TyperGroup)]
        return [n for n in names if n not in groups] + list(self.lazy) + groups

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in self.lazy or name in self.commands:
            return super().get_command(ctx, name)
        target, short = self.lazy[name]
        if self._listing:  # a stand-in for the list: its name and help line
            return TyperCommand(name, short_help=short)
        module, function = target.split(":")
        one = typer.Typer()
        one.command(name)(getattr(importlib.import_module(module), function))
        self.commands[name] = typer.main.get_command(one)
        return self.commands[name]

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self._listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self._listing = False


def _plain(params: list) -> list:
    """Text, integer and boolean parameters coerced here, as typer would
    (its messages), instead of by typer's pydantic adapters: loading
    pydantic takes a sixth of a second, a third of a `guestabi ingest`
    with nothing new. Other parameters are left to typer."""
    for param in params:
        desc = getattr(param, "type_descriptor", None)
        if (desc is not None and desc.annotation in _PLAIN and not desc.is_choice
                and not desc.is_path and not desc.is_file and not desc.parameter_info.clamp):
            param._runtime_param = _Plain(parameter_info=desc.parameter_info, annotation=desc.annotation)
    return params


class _PlainCommand(TyperCommand):
    def get_params(self, ctx: click.Context) -> list:
        return _plain(super().get_params(ctx))


@dataclass(frozen=True)
class _Plain(RuntimeParam):
    def _coerce_value(self, value, param, ctx):
        if self.annotation is str:
            if not isinstance(value, str):
                raise BadParameter("Input should be a valid string", ctx=ctx, param=param)
            return value
        if self.annotation is bool:
            return value if type(value) is bool else _bool(str(value), param, ctx)
        number = value if type(value) is int else _int(str(value), param, ctx)
        low, high = self.parameter_info.min, self.parameter_info.max
        if low is not None and number < low:
            raise BadParameter(f"Input should be greater than or equal to {low}", ctx=ctx, param=param)
        if high is not None and number > high:
            raise BadParameter(f"Input should be less than or equal to {high}", ctx=ctx, param=param)
        return number


def _bool(text: str, param, ctx) -> bool:
    found = _BOOLS.get(text.strip().lower())
    if found is None:
        raise BadParameter("Input should be a valid boolean, unable to interpret input", ctx=ctx, param=param)
    return found


def _int(text: str, param, ctx) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise BadParameter("Input should be a valid integer, unable to parse string as an integer",
                           ctx=ctx, param=param) from None


_PLAIN = (str, int, bool)
_BOOLS = {**dict.fromkeys(("1", "on", "t", "true", "y", "yes"), True),
          **dict.fromkeys(("0", "off", "f", "false", "n", "no"), False)}


def lazy(name: str, target: str, short_help: str) -> None:
    """Register `guestabi NAME`, the function `target` ("module:function")."""
    _LazyGroup.lazy[name] = (target, short_help)


cli = typer.Typer(add_completion=False, no_args_is_help=True, cls=_LazyGroup,
                  help="Track guest-visible KVM/arm64 ABI changes across kernel releases.")
db_cli = typer.Typer(help="Database schema.", no_args_is_help=True)
cli.add_typer(db_cli, name="db")
@cli.command(cls=_PlainCommand)
def ingest(path: str = typer.Argument(..., help="A kernel git repository (clone or bare mirror)."),
           waivers: Optional[str] = typer.Option(
               None, help="Waivers file (default: $GUESTABI_WAIVERS, else ./waivers.toml if present)."),
           stable: bool = typer.Option(False, "--stable", help="Also treat stable tags vX.Y.Z as releases."),
           jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=0, max=1,
                                              help="1: run the extractors in a worker process beside the walk; "
                                                   "0: in this process. Default: 1 when there are two CPUs or more."),
           json_out: bool = typer.Option(False, "--json", help="Print the summary as JSON.")) -> None:
    """Walk the history (only what is new since the last run) into the database."""
    import time

    from ingest.waivers import WaiverError, default_path
    from ingest.walker import NotARepository

    t0 = time.monotonic()
    if not os.path.exists(path):
        fail(f"{path}: no such file or directory")
    waivers = default_path(waivers)
    ahead = _ReadAhead(path, jobs)
    try:
        asked, summary = _nothing_to_do(path, waivers, stable, t0, ahead)
        if summary is None:
            summary = _ingest(path, waivers, stable, jobs, shortcut=not asked, worker=ahead.worker)
    except (NotARepository, WaiverError) as exc:
        fail(str(exc))
    finally:
        if ahead.worker is not None:
            ahead.worker.close()  # the ingest's to close; here when it did not start
    if json_out:
        _print_json(summary)
        return
    _print_summary(summary)


class _ReadAhead:
    """The extraction worker of a run with new touching commits, forked as
    soon as the no-op check meets the first of them and told what to read
    first, so it parses while this process loads the database layer (half
    a second) and starts the ingest (ingest/noop.py, extraction.Worker.warm)."""

    def __init__(self, path: str, jobs: int | None):
        self.path, self.jobs = path, jobs
        self.worker: Worker | None = None
        self.ledger: SqliteFile | None = None  # where earlier runs kept extractor results

    def __call__(self, signatures: list[tuple]) -> None:
        from ingest import extraction, statecache, watched

        if self.worker is None:
            if not extraction.wants_worker(self.jobs):
                return
            self.worker = extraction.Worker(self.path, watched.EXTRACTORS)
        if self.ledger is not None:
            paths = watched.paths_of(watched.EXTRACTORS)
            self.worker.preload(self.ledger.cached_states(sorted(statecache.keys(watched.EXTRACTORS, paths,
                                                                                  signatures))))
        self.worker.warm(signatures)


def _nothing_to_do(path: str, waivers: str | None, stable: bool, t0: float,
                   ahead: _ReadAhead | None = None) -> tuple[bool, dict | None]:
    """A run with nothing new on a SQLite database, told and recorded
    without loading SQLAlchemy (ingest/noop.py): (whether it was asked,
    the summary or None: run the ingest)."""
    from app.config import Settings
    from ingest import noop
    from ingest.commands.common import schema_heads
    from ingest.waivers import load

    found = load(waivers)  # a bad file fails here, before anything is written
    db = noop.SqliteFile.open(Settings().database_url, schema_heads())
    if db is None:
        return False, None
    if ahead is not None:
        ahead.ledger = db
    try:
        return True, noop.attempt(path, db, found, stable, t0, read_ahead=ahead)
    finally:
        if ahead is not None:
            ahead.ledger = None
        db.close()


def _ingest(path: str, waivers: str | None, stable: bool, jobs: int | None, shortcut: bool, worker=None) -> dict:
    from ingest.extraction import WorkerError
    from ingest.pipeline import ingest as run_ingest
    from ingest.waivers import WaiverError
    from ingest.walker import NotARepository

    engine = _engine()
    run = functools.partial(run_ingest, path, engine, waivers_path=waivers, stable=stable, jobs=jobs,
                            shortcut=shortcut, worker=worker)
    try:
        if not err.is_terminal:  # no bar to show: rich.progress is not loaded (0.03 s)
            return run()
        with _progress() as bar:
            task = bar.add_task("walking", total=None)
            return run(progress=lambda n, t: bar.update(
                task, completed=n, description=f"walked {n} commits, {t} touching watched files"))
    except (NotARepository, WaiverError, WorkerError) as exc:
        fail(str(exc))


def _progress() -> "Progress":
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                    console=err, transient=True)


def _print_summary(s: dict) -> None:
    for w in s.get("warnings", []):
        err.print(f"[yellow]warning:[/] {w}", highlight=False)
    for w in s.get("unmatched_waivers", []):
        err.print(f"[yellow]warning:[/] waiver for {w['item']} at {w['commit']} matches no break", highlight=False)
    out.print(
        f"commits walked {s['commits_walked']}, touching watched files {s['commits_touching']}, "
        f"file versions parsed {s['file_versions_parsed']}\n"
        f"items {s['items']}, changes {s['changes']}, breaks open {s['breaks_open']} / "
        f"resolved {s['breaks_resolved']} / waived {s['breaks_waived']}\n"
        f"{s['seconds']:.2f} s", highlight=False)


@cli.command()
def states(at: str = typer.Option(..., "--at", help="A release tag, or any ref/commit of the repository."),
           repo: Optional[str] = typer.Option(
               None, help="Repository for refs that are not releases (default: the last ingested one)."),
           json_out: bool = typer.Option(False, "--json")) -> None:
    """Every item's state at a tag or commit."""
    from rich.table import Table
    from sqlmodel import Session

    from app import queries

    engine = _engine()
    with Session(engine) as s:
        data = queries.release_states(s, at)
        run = queries.last_run(s)
    if data is None:
        data = _states_from_repo(at, repo or (run.repo if run else None))
    if json_out:
        _print_json(data)
        return
    table = Table("item", "default", "settable", "warnings", title=f"states at {data['ref']} ({data['commit']})")
    for st in data["states"]:
        table.add_row(st["item"], st["default"], ", ".join(st["settable"]), "; ".join(st["warnings"]))
    out.print(table)


@cli.command()
def changes(item: Optional[str] = typer.Option(None, help="Only this item (slug)."),
            json_out: bool = typer.Option(False, "--json")) -> None:
    """Guest-visible changes, oldest first."""
    from sqlmodel import Session

    from app import queries

    with Session(_engine()) as s:
        if item and not queries.item_exists(s, item):
            fail(f"{item}: unknown item")
        data = queries.changes(s, item)
    if json_out:
        _print_json(data)
        return
    for c in data["changes"]:
        b = c["break"]
        mark = f"  BREAK {b['direction']} ({b['status']})" if b else ""
        out.print(f"{c['commit']} {c['release'] or 'unreleased':10} {c['item']}: "
                  f"{_brief(c['old'])} -> {_brief(c['new'])}{mark}", highlight=False, markup=False)


def _brief(state: dict | None) -> str:
    if state is None:
        return "absent"
    return f"{state['default']} [{', '.join(state['settable'])}]"


@cli.command()
def breaks(status: str = typer.Option("all", help="open | resolved | waived | all"),
           json_out: bool = typer.Option(False, "--json")) -> None:
    """Breaks: changes a VMM cannot undo, with their Fixes: lines."""
    from sqlmodel import Session

    from app import queries

    if status not in queries.BREAK_STATUSES + ("all",):
        fail(f"--status must be one of open, resolved, waived, all (not {status!r})")
    with Session(_engine()) as s:
        data = queries.breaks(s, status)
    if json_out:
        _print_json(data)
        return
    for b in data["breaks"]:
        extra = f" resolved by {b['resolved_by']}" if b["resolved_by"] else ""
        out.print(f"[{b['status']}] {b['direction']} {b['item']} at {b['release'] or 'unreleased'}{extra}\n"
                  f"    {b['reason']}\n    {b['fixes']}", highlight=False, markup=False)
        if b["waiver"]:
            out.print(f"    waived: {b['waiver']['reason']} {b['waiver']['link']}", highlight=False, markup=False)
    if not data["breaks"]:
        out.print(f"no breaks ({status})")
    for w in data["unmatched_waivers"]:
        err.print(f"warning: waiver for {w['item']} at {w['commit']} matches no break", highlight=False, markup=False)


@cli.command()
def serve(host: str = typer.Option("127.0.0.1", envvar="GUESTABI_HOST"),
          port: int = typer.Option(8000, envvar="GUESTABI_PORT"),
          workers: int = typer.Option(1, envvar="GUESTABI_WORKERS", min=1, help="Worker processes."),
          proxy_headers: bool = typer.Option(True, envvar="GUESTABI_PROXY_HEADERS",
                                             help="Trust X-Forwarded-For/-Proto from --forwarded-allow-ips."),
          forwarded_allow_ips: str = typer.Option("127.0.0.1", envvar="GUESTABI_FORWARDED_ALLOW_IPS",
                                                  help="Proxies whose X-Forwarded-* headers are trusted ('*': any)."),
          root_path: str = typer.Option("", envvar="GUESTABI_ROOT_PATH", help="Path prefix the proxy mounts us under."),
          log_level: str = typer.Option("info", envvar="GUESTABI_LOG_LEVEL")) -> None:
    """Serve the dashboard and the JSON API (the schema must be at head: `guestabi db upgrade`)."""
    import uvicorn

    from app.middleware import configure_logging

    _require_current_schema()
    uvicorn.run("app.main:from_env", factory=True, host=host, port=port, workers=workers,
                proxy_headers=proxy_headers, forwarded_allow_ips=forwarded_allow_ips, root_path=root_path,
                log_config=configure_logging(log_level), access_log=False, server_header=False)


def _require_current_schema() -> None:
    """serve never migrates: an older (or unknown) schema is an error."""
    from app.config import Settings
    from app.db import make_engine
    from app.health import schema_head, schema_revision

    engine = make_engine(Settings())
    where = engine.url.render_as_string(hide_password=True)
    try:
        current = schema_revision(engine)
    except Exception as exc:  # unreachable server, bad URL
        fail(f"database {where}: {str(exc).strip().splitlines()[0]}")
    finally:
        engine.dispose()
    if current != schema_head():
        fail(f"database {where} has schema {current or 'none'}, this guestabi needs {schema_head()}: "
             "run `guestabi db upgrade` first")


@cli.command()
def demo(path: str = typer.Argument("demo-linux"),
         force: bool = typer.Option(False, "--force", help="Replace an existing demo repository.")) -> None:
    """Write the demo history (a kernel-shaped repository) to PATH."""
    from ingest.demo import build_demo

    try:
        summary = build_demo(path, force=force)
    except FileExistsError as exc:
        fail(str(exc))
    out.print(summary, highlight=False)


@db_cli.command("upgrade")
def db_upgrade() -> None:
    """Run the migrations up to head."""
    engine = _engine()
    out.print(f"schema at head: {engine.url.render_as_string(hide_password=True)}")


lazy("check", "ingest.commands.check:check_command",
     "Guest-visible changes and breaks of a range, a patch series or the work tree.")
lazy("coverage", "ingest.commands.coverage:coverage_command",
     "Per ID register: fields read with confidence, fields with warnings, unresolved expressions (--at); "
     "or the fidelity of every release (--all).")
lazy("mirror", "ingest.commands.mirror:mirror_command",
     "Keep a bare mirror up to date and ingest it: clone once, fetch on a schedule.")
lazy("recipe", "ingest.commands.recipe:recipe_command",
     "The writes that keep a guest's view across a host kernel move, and what cannot be kept.")


def main() -> None:
    cli()
