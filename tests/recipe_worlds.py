"""The two worlds the recipe tests read, each built once per module: the
demo history (`guestabi demo`) ingested with its waivers, and the real-code
repository (the watched paths of Debian's 6.1, 6.12 and 7.3 trees, one
commit and tag per release)."""
from __future__ import annotations

from ingest import pipeline
from ingest.demo import build_demo
from ingest.watched import WATCHED_PATHS
from kernelsrc import kernel_tree, read_tree
from webworld import on_sqlite

REAL = (("v6.1", "6.1"), ("v6.12", "6.12"), ("v7.3", "7.3"))


def _demo(history, engine, tmp):
    build_demo(tmp / "demo")
    pipeline.ingest(str(tmp / "demo"), engine, waivers_path=str(tmp / "demo" / "waivers.toml"))
    return str(tmp / "demo")


def _real(history, engine, tmp):
    for tag, version in REAL:
        history.replace_tree(read_tree(kernel_tree(version), WATCHED_PATHS), f"Linux {version}")
        history.tag(tag)
    pipeline.ingest(history.repo.workdir, engine)
    return history.repo.workdir


def demo_world(tmp):
    """(settings, engine, repository path) of the ingested demo."""
    return on_sqlite(tmp, "demo.db", _demo)


def real_world(tmp):
    """(settings, engine, repository path) of the ingested real trees (skips without them)."""
    return on_sqlite(tmp, "real.db", _real)
