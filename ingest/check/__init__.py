"""`guestabi check`: what a range of commits, a patch series or a work
tree's uncommitted changes do to the guest-visible ABI. No database.

The code paths are ingest's: Context (SignatureReader, and StateReader with
its blob-id cache), walker.walk, diff.diff_merge, judge.judge. Only where
the steps come from differs:

    range     A..B          walker.walk(B, hiding A), the commits that touch watched files
    series    --base REF    each patch applied in a scratch repository (ingest.check.mbox)
    worktree  (no args)     HEAD -> the watched files as they are on disk

A step is one commit (or patch, or the work tree) with the signatures of
its tree and its parents' trees; states, changes and breaks follow.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pygit2
from pygit2.enums import FileMode

from app.vocab import fixes_line, kind_of, short
from ingest import judge, pipeline
from ingest.check import mbox
from ingest.facts import Break, Change, Waiver
from ingest.states import Reader as Context
from ingest.walker import AmbiguousRef, NotARepository, Walk, open_repo, resolve

NULL_SHA = "0" * 40  # git's name for "not committed yet"


class CheckError(Exception):
    """Could not check (not a repository, unknown ref, ...): exit 2."""


@dataclass(frozen=True)
class Step:
    sha: str  # 40 hex; in a series the commit made in the scratch repository
    subject: str
    signature: tuple
    parents: tuple[tuple, ...]
    seq: int
    patch: str | None = None  # "[PATCH 2/5]" in a series
    committed: bool = True  # a commit of the repository: its breaks get a Fixes: line


@dataclass
class Report:
    mode: str  # "range" | "series" | "worktree"
    target: str  # what was asked: "v6.1..v6.2", "series.mbox", "uncommitted changes"
    base: dict[str, str]  # {"ref": ..., "commit": <12 hex>}
    walked: int  # commits (patches) looked at, touching watched files or not
    steps: list[Step] = field(default_factory=list)  # those touching watched files
    changes: list[Change] = field(default_factory=list)
    breaks: list[Break] = field(default_factory=list)
    strict: bool = False  # unconfirmed breaks (read from states with warnings) count as open

    @property
    def exit_code(self) -> int:
        """As the kernel's check-uapi.sh: 1 when a break stays open (no waiver,
        no later step of the range gives the way back), else 0. An
        unconfirmed break was read from a guess: it fails only `--strict`."""
        failing = ("open", "unconfirmed") if self.strict else ("open",)
        return 1 if any(b.status in failing for b in self.breaks) else 0


# -- the three sources of steps ------------------------------------------------

def check_range(path: str, spec: str, waivers: Sequence[Waiver] = (), extractors=None) -> Report:
    """`A..B` (either side may be empty: HEAD), or one commit `C` (C against its parents)."""
    ctx = _context(path, extractors)
    tip, hide, base = _range(ctx.repo, spec)
    steps, commits = [], Walk(ctx.repo, [tip], hide, ctx.signatures, touching_only=True)
    for w in commits:
        steps.append(Step(str(w.commit.id), _subject(w.commit), w.signature, tuple(w.parents), commits.walked))
    return _report(ctx, "range", spec, base, commits.walked, steps, waivers)


def check_series(path: str, series: str, base_ref: str, waivers: Sequence[Waiver] = (),
                 extractors=None, data: bytes | None = None) -> Report:
    """A patch series applied in memory onto `base_ref`; `data` is the
    mbox's bytes when it does not come from a file (stdin)."""
    repo = _open(path)
    base = _resolve(repo, base_ref, path)
    try:
        patches = mbox.read_series(series, data)
        with mbox.scratch(repo) as scratch:
            ctx = _context(scratch.path, extractors)
            steps, sig = [], ctx.signatures(base.tree_id)
            applied = mbox.apply_series(scratch, base, patches, f"{base_ref} ({short(str(base.id))})")
            for seq, (patch, commit) in enumerate(applied, start=1):
                after = ctx.signatures(commit.tree_id)
                if after != sig:
                    steps.append(Step(str(commit.id), patch.subject, after, (sig,), seq,
                                      patch=patch.label, committed=False))
                sig = after
            name = "(stdin)" if series == "-" else Path(series).name
            return _report(ctx, "series", name, _base(base_ref, base), len(patches), steps, waivers)
    except mbox.SeriesError as exc:
        raise CheckError(str(exc)) from None


def check_worktree(path: str, waivers: Sequence[Waiver] = (), extractors=None) -> Report:
    """The watched files as they are in the work tree, against HEAD."""
    repo = _open(path)
    if repo.is_bare or not repo.workdir:
        raise CheckError(f"{path}: a bare repository has no work tree; "
                         "check a range A..B or a series (--base REF SERIES)")
    if repo.head_is_unborn:
        raise CheckError(f"{path}: no commit yet to check the work tree against")
    head = repo.head.peel(pygit2.Commit)
    with mbox.scratch(repo) as scratch:
        ctx = _context(scratch.path, extractors)
        before = ctx.signatures(head.tree_id)
        after = ctx.signatures(_worktree_tree(scratch, head, Path(repo.workdir), ctx.signatures.paths))
        steps = [Step(NULL_SHA, "uncommitted changes", after, (before,), 1, committed=False)] if after != before else []
        return _report(ctx, "worktree", "uncommitted changes", _base("HEAD", head), 1, steps, waivers)


def _worktree_tree(scratch: pygit2.Repository, head: pygit2.Commit, workdir: Path,
                   paths: Sequence[str]) -> pygit2.Oid:
    """HEAD's tree with the watched paths as they are on disk (blobs and
    trees written to the scratch store only)."""
    index = scratch.index
    index.read_tree(head.tree)
    for path in paths:
        file = workdir / path
        if file.is_symlink():
            index.add(pygit2.IndexEntry(path, scratch.create_blob(str(file.readlink()).encode()), FileMode.LINK))
        elif file.is_file():
            index.add(pygit2.IndexEntry(path, scratch.create_blob(file.read_bytes()), FileMode.BLOB))
        elif path in index:
            index.remove(path)
    return index.write_tree()


# -- steps -> changes -> breaks -------------------------------------------------

def changes_of(ctx: Context, step: Step) -> list[Change]:
    """The same extract -> diff as ingest, for one step of the range/series."""
    return pipeline.changes_of(ctx, step.sha, step.signature, list(step.parents), step.seq)


def _report(ctx: Context, mode: str, target: str, base: dict, walked: int,
            steps: list[Step], waivers: Sequence[Waiver]) -> Report:
    changes = [c for step in steps for c in changes_of(ctx, step)]
    before = {kind_of(item) for sig in (steps[0].parents if steps else ())
              for item in ctx.states(sig)}
    # Waivers of other commits are not our business: unmatched ones go unsaid.
    breaks, _unmatched = judge.judge(changes, waivers, present_before=before)
    return Report(mode, target, base, walked, steps, changes, breaks)


# -- git helpers ---------------------------------------------------------------

def _open(path: str) -> pygit2.Repository:
    try:
        return open_repo(path)
    except NotARepository as exc:
        raise CheckError(str(exc)) from None


def _context(path: str, extractors) -> Context:
    try:
        return Context.open(path, extractors)
    except NotARepository as exc:
        raise CheckError(str(exc)) from None


def _resolve(repo: pygit2.Repository, ref: str, path: str) -> pygit2.Commit:
    try:
        return resolve(repo, ref)
    except AmbiguousRef:
        raise CheckError(f"{ref}: ambiguous in {path}: it names several objects; give more digits") from None
    except KeyError:
        raise CheckError(f"{ref}: unknown ref in {path}") from None


def _range(repo: pygit2.Repository, spec: str) -> tuple[str, list[str], dict[str, str | None]]:
    """(tip sha, shas to hide, base description) for `A..B` or a single commit."""
    if "..." in spec:
        raise CheckError(f"{spec}: a symmetric range A...B is not supported; use A..B")
    where = repo.workdir or repo.path
    if ".." not in spec:
        tip = _resolve(repo, spec, where)
        parent = tip.parents[0] if tip.parents else None
        base = _base(f"{spec}^", parent) if parent else {"ref": "(root)", "commit": None}
        return str(tip.id), [str(p) for p in tip.parent_ids], base
    a, b = spec.split("..", 1)
    start, tip = _resolve(repo, a or "HEAD", where), _resolve(repo, b or "HEAD", where)
    return str(tip.id), [str(start.id)], _base(a or "HEAD", start)


def _base(ref: str, commit: pygit2.Commit) -> dict[str, str | None]:
    return {"ref": ref, "commit": short(str(commit.id))}


def _subject(commit: pygit2.Commit) -> str:
    return commit.message.split("\n", 1)[0]


# -- the one data object the renderings share ----------------------------------

def to_json(report: Report) -> dict[str, Any]:
    """DESIGN.md's change and break shapes, grouped per step."""
    by_commit: dict[str, list[Change]] = defaultdict(list)
    for c in report.changes:
        by_commit[c.commit].append(c)
    steps = {s.sha: s for s in report.steps}
    breaks = {(b.item, b.commit): _break_json(b, steps) for b in report.breaks}
    commits = [{"commit": short(s.sha), "subject": s.subject, "patch": s.patch,
                "changes": [_change_json(c, breaks.get((c.item, c.commit))) for c in by_commit[s.sha]]}
               for s in report.steps if by_commit[s.sha]]
    return {
        "mode": report.mode, "target": report.target, "base": report.base,
        "summary": _summary(report),
        "commits": commits,
        "breaks": list(breaks.values()),
        "strict": report.strict,
        "exit_code": report.exit_code,
    }


def _summary(report: Report) -> dict[str, int]:
    out = {"walked": report.walked, "touching": len(report.steps), "changes": len(report.changes)}
    for status in ("open", "resolved", "waived", "unconfirmed"):
        out[f"breaks_{status}"] = sum(b.status == status for b in report.breaks)
    return out


def _change_json(c: Change, b: dict[str, Any] | None) -> dict[str, Any]:
    return {"item": c.item, "commit": short(c.commit), "release": None,
            "old": c.old.to_json() if c.old else None, "new": c.new.to_json() if c.new else None,
            "break": b}


def _break_json(b: Break, steps: dict[str, Step]) -> dict[str, Any]:
    step, fixer = steps[b.commit], steps.get(b.resolved_by or "")
    out = b.to_json()
    out.update(subject=step.subject, patch=step.patch,
               fixes=fixes_line(step.sha, step.subject) if step.committed else None,
               resolved_by_subject=fixer.subject if fixer else None,
               resolved_by_patch=fixer.patch if fixer else None)
    return out
