"""A patch series (git format-patch or b4 mbox) read and applied in memory.

Messages are split the way `git mailsplit` does (a From_ line must carry a
time, so a commit message line "From the spec..." does not start a new
mail) and parsed with the stdlib `email` package. Patches are applied with
libgit2 in a scratch bare repository whose object store borrows the real
one's (alternates): neither the work tree, the index nor the object store
of the repository under check is written.
"""
from __future__ import annotations

import contextlib
import email
import email.policy
import email.utils
import re
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pygit2
from pygit2.enums import ApplyLocation

FROM_LINE = re.compile(rb"^From \S+ .*\d\d:\d\d(:\d\d)?")  # git mailsplit's is_from_line, roughly
REPLY = re.compile(r"^\s*(re|fwd?|aw)\s*:", re.I)
BRACKETS = re.compile(r"^\s*\[([^\]]*)\]\s*")
NUMBER = re.compile(r"(\d+)\s*/\s*(\d+)")
HUNK = re.compile(rb"^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@")


class SeriesError(Exception):
    """The series cannot be read or does not apply: `guestabi check` exits 2."""


@dataclass(frozen=True)
class Patch:
    label: str  # "[PATCH v2 3/5]" as the mail wrote it, or "patch 3/5" by position
    subject: str  # without the bracketed prefix
    number: int | None
    author: pygit2.Signature
    message: str  # the commit message: subject, blank line, body
    diff: bytes


# -- reading -----------------------------------------------------------------

def read_series(path: str | Path, data: bytes | None = None) -> list[Patch]:
    """The patches of an mbox file (or `data` read elsewhere, e.g. stdin),
    in series order; cover letters and replies are left out."""
    if data is None:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise SeriesError(f"{path}: {exc.strerror or exc}") from None
    if data.lstrip().startswith(b"diff --git "):  # a bare `git diff`, no mail headers
        return [_bare_patch(Path(path).name, data)]
    patches = [p for p in (_patch(m) for m in split_mbox(data)) if p is not None]
    if not patches:
        raise SeriesError(f"{path}: no patch in it (no message with a 'diff --git' section)")
    return _ordered(path, patches)


def split_mbox(data: bytes) -> list[email.message.EmailMessage]:
    """Messages of an mbox (CRLF line ends made LF); a file without From_
    lines is one message."""
    chunks: list[list[bytes]] = [[]]
    for line in data.splitlines(keepends=True):
        if line.endswith(b"\r\n"):  # as git mailsplit does unless --keep-cr
            line = line[:-2] + b"\n"
        if FROM_LINE.match(line):
            chunks.append([])
        else:
            chunks[-1].append(line)
    return [email.message_from_bytes(b"".join(c), policy=email.policy.default)
            for c in chunks if b"".join(c).strip()]


def _patch(msg: email.message.EmailMessage) -> Patch | None:
    subject = " ".join(str(msg.get("subject", "")).split())
    if REPLY.match(subject):
        return None
    label, number, subject = _prefix(subject)
    if number == 0:  # the cover letter
        return None
    body = _body(msg)
    start = re.search(rb"^diff --git ", body, re.M)
    if start is None:
        return None
    text = _commit_text(body[:start.start()])
    return Patch(label, subject, number, _author(msg), f"{subject}\n\n{text}".rstrip() + "\n",
                 _diff_only(body[start.start():]))


def _prefix(subject: str) -> tuple[str, int | None, str]:
    """"[PATCH v2 3/5] KVM: x" -> ("[PATCH v2 3/5]", 3, "KVM: x")."""
    label, number = "", None
    while m := BRACKETS.match(subject):
        if not label:
            label = f"[{m.group(1).strip()}]"
            n = NUMBER.search(m.group(1))
            number = int(n.group(1)) if n else None
        subject = subject[m.end():]
    return label, number, subject.strip()


def _body(msg: email.message.EmailMessage) -> bytes:
    """The text parts, decoded from their transfer encoding and charset to UTF-8."""
    parts = msg.walk() if msg.is_multipart() else [msg]
    out = []
    for part in parts:
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        payload = part.get_payload(decode=True)
        raw = payload if isinstance(payload, bytes) else b""
        charset = part.get_content_charset() or "utf-8"
        try:
            out.append(raw.decode(charset, errors="surrogateescape").encode("utf-8", errors="surrogateescape"))
        except LookupError:  # an unknown charset: keep the bytes
            out.append(raw)
    return b"\n".join(out)


def _commit_text(before_diff: bytes) -> str:
    """The body up to format-patch's '---' line (the diffstat follows it)."""
    text = before_diff.decode("utf-8", errors="replace")
    return re.split(r"^---\s*$", text, maxsplit=1, flags=re.M)[0].strip()


def _diff_only(diff: bytes) -> bytes:
    """The diff without the mail signature ("-- \\n2.43.0") that follows it.
    Hunk lengths are counted, so a removed line reading "- " is kept."""
    out, old, new = [], 0, 0
    for line in diff.splitlines(keepends=True):
        bare = line.rstrip(b"\r\n")
        if old <= 0 and new <= 0:
            if bare == b"-- ":
                break
            if m := HUNK.match(line):
                old, new = int(m.group(1) or 1), int(m.group(2) or 1)
        elif bare[:1] == b"-":
            old -= 1
        elif bare[:1] == b"+":
            new -= 1
        elif bare[:1] != b"\\":  # a context line (mailers may strip its space)
            old, new = old - 1, new - 1
        out.append(line)
    return b"".join(out)


def _author(msg: email.message.EmailMessage) -> pygit2.Signature:
    name, addr = email.utils.parseaddr(str(msg.get("from", "")))
    when, offset = 0, 0
    with contextlib.suppress(TypeError, ValueError, IndexError):
        date = email.utils.parsedate_to_datetime(str(msg.get("date", "")))
        when = int(date.timestamp())
        utc = date.utcoffset()
        offset = int(utc.total_seconds() // 60) if utc else 0
    name, addr = _sig_text(name) or _sig_text(addr), _sig_text(addr)
    return pygit2.Signature(name or "unknown", addr or "unknown", when, offset)


def _sig_text(text: str) -> str:
    """What libgit2 accepts in a signature: no angle brackets, one line."""
    return " ".join(re.sub(r"[<>\x00-\x1f\x7f]", " ", text).split())


def _bare_patch(name: str, data: bytes) -> Patch:
    who = pygit2.Signature("unknown", "unknown", 0, 0)
    return Patch("[PATCH]", name, None, who, name + "\n", _diff_only(data.lstrip()))


def _ordered(path, patches: list[Patch]) -> list[Patch]:
    """Numbered patches in number order; a repeated or missing number is an
    error (two versions of a series in one mbox: pick one with `b4 am`)."""
    if any(p.number is None for p in patches):
        return _positional(patches) if len(patches) > 1 else patches
    numbers = [p.number for p in patches if p.number is not None]  # all of them (see above)
    dup = sorted({n for n in numbers if numbers.count(n) > 1})
    if dup:
        raise SeriesError(f"{path}: patch {dup[0]} appears more than once "
                          "(several versions of the series? pick one with b4 am)")
    missing = sorted(set(range(1, max(numbers) + 1)) - set(numbers))
    if missing:
        raise SeriesError(f"{path}: patch {missing[0]} of the series is missing")
    return sorted(patches, key=lambda p: p.number or 0)


def _positional(patches: list[Patch]) -> list[Patch]:
    n = len(patches)
    return [Patch(p.label or f"patch {i}/{n}", p.subject, i, p.author, p.message, p.diff)
            for i, p in enumerate(patches, start=1)]


# -- applying ----------------------------------------------------------------

@contextlib.contextmanager
def scratch(repo: pygit2.Repository) -> Iterator[pygit2.Repository]:
    """A throwaway bare repository that reads `repo`'s objects and writes
    its own: what check creates (blobs, trees, commits) goes away with it."""
    with tempfile.TemporaryDirectory(prefix="guestabi-check-") as tmp:
        pygit2.init_repository(tmp, bare=True)
        Path(tmp, "objects", "info", "alternates").write_text(_objects_dir(repo) + "\n")
        yield pygit2.Repository(tmp)


def _objects_dir(repo: pygit2.Repository) -> str:
    gitdir = Path(repo.path)
    common = gitdir / "commondir"  # a linked work tree keeps its objects in the main one
    if common.is_file():
        gitdir = (gitdir / common.read_text().strip()).resolve()
    return str((gitdir / "objects").resolve())


def apply_series(scratch_repo: pygit2.Repository, base: pygit2.Commit,
                 patches: Sequence[Patch], base_name: str) -> Iterator[tuple[Patch, pygit2.Commit]]:
    """Each patch applied in turn onto `base`: (patch, its commit in the
    scratch repository). SeriesError names the first patch that does not apply."""
    index = scratch_repo.index
    index.read_tree(base.tree)
    index.write()
    parent = base
    for patch in patches:
        tree = _apply(scratch_repo, patch, base_name)
        oid = scratch_repo.create_commit(None, patch.author, patch.author, patch.message, tree, [parent.id])
        parent = scratch_repo[oid].peel(pygit2.Commit)
        yield patch, parent


def _apply(repo: pygit2.Repository, patch: Patch, base_name: str) -> pygit2.Oid:
    where = f"{patch.label} {patch.subject!r}".strip()
    try:
        diff = pygit2.Diff.parse_diff(patch.diff)
    except pygit2.GitError as exc:
        raise SeriesError(f"{where}: not a readable diff ({exc})") from None
    try:
        repo.apply(diff, ApplyLocation.INDEX)
    except pygit2.GitError as exc:
        raise SeriesError(f"{where} does not apply on {base_name}: {_failing_file(repo, diff)}{exc}") from None
    index = repo.index
    index.read(force=True)
    return index.write_tree()


def _failing_file(repo: pygit2.Repository, diff: pygit2.Diff) -> str:
    for p in diff:
        if p is None:  # pygit2 yields None for a binary delta's missing patch
            continue
        one = pygit2.Diff.parse_diff(p.data)
        if not repo.applies(one, ApplyLocation.INDEX):
            return f"{p.delta.new_file.path or p.delta.old_file.path}: "
    return ""

