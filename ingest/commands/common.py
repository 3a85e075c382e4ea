"""What the command modules share with ingest/cli.py: the consoles, the
error exit, the database engine (migrated to head), JSON output and the
states of a ref read from a repository. Here rather than in cli.py so a
command module never imports the CLI that registers it (issue 13)."""
from __future__ import annotations

import json
import sys
from typing import NoReturn, Optional

import typer
from rich.console import Console

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def fail(message: str, code: int = 2) -> NoReturn:
    err.print(f"[bold red]error:[/] {message}", markup=True, highlight=False)
    raise typer.Exit(code)


def engine():
    from app.config import Settings
    from app.db import make_engine, upgrade

    eng = make_engine(Settings())
    try:
        if not at_head(eng):  # alembic itself takes a fifth of a second to load
            upgrade(eng)
    except Exception as exc:  # unreachable server, bad URL: say so, no traceback
        fail(f"database {eng.url.render_as_string(hide_password=True)}: {exc}")
    return eng


def at_head(eng) -> bool:
    """Whether the database's schema is the newest migration's, read
    without loading alembic (False whenever that cannot be told)."""
    from sqlalchemy import text

    heads = schema_heads()
    try:
        with eng.connect() as conn:
            current = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except Exception:  # no table yet, or no server: upgrade() says which
        return False
    return len(heads) == 1 and current == list(heads)


def schema_heads() -> set[str]:
    """The migrations' heads, read from their files without loading alembic
    or SQLAlchemy (empty when a file cannot be read that way)."""
    import re

    from app.config import ALEMBIC_DIR

    revs, downs = set(), set()
    for f in (ALEMBIC_DIR / "versions").glob("*.py"):
        src = f.read_text()
        rev = re.search(r"^revision\b[^=]*=\s*['\"](\w+)['\"]", src, re.M)
        down = re.search(r"^down_revision\b[^=]*=\s*(.+)$", src, re.M)
        if rev is None or down is None:
            return set()
        revs.add(rev.group(1))
        downs.update(re.findall(r"['\"](\w+)['\"]", down.group(1)))
    return revs - downs


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def states_from_repo(ref: str, repo_path: Optional[str]) -> dict:
    """{"ref", "commit", "states"} of any ref of a repository (not only releases)."""
    from app.vocab import short
    from ingest.states import Reader
    from ingest.walker import AmbiguousRef, NotARepository, resolve

    if repo_path is None:
        fail(f"{ref}: not a release in the database, and no repository to resolve it (use --repo)")
    try:
        reader = Reader.open(repo_path)
        commit = resolve(reader.repo, ref)
    except NotARepository as exc:
        fail(str(exc))
    except AmbiguousRef:
        fail(f"{ref}: ambiguous in {repo_path}: it names several objects; give more digits")
    except KeyError:
        fail(f"{ref}: unknown ref in {repo_path}")
    found = sorted(reader.states_at(commit).values(), key=lambda st: st.item)
    return {"ref": ref, "commit": short(str(commit.id)), "states": [st.to_json() for st in found]}
