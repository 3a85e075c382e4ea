"""The walk: commits to ingest, oldest first, and which of them touch the
watched files.

libgit2's tree-to-tree diff expands every tree; instead a commit's watched
files are compared with its parents' by tree ids along the watched paths,
descending only where a directory's id differs. A commit whose watched
files equal its parent's costs a handful of lookups.
"""
from __future__ import annotations

import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

import pygit2
from pygit2.enums import SortMode

Signature = tuple  # blob ids (hex or None) of the watched files, in WATCHED_PATHS order


class NotARepository(Exception):
    pass


def open_repo(path: str) -> pygit2.Repository:
    _tune_libgit2()
    try:
        return pygit2.Repository(path)
    except (pygit2.GitError, KeyError, ValueError, OSError) as exc:
        raise NotARepository(f"{path}: not a git repository ({exc})") from None


def _tune_libgit2() -> None:
    """Process-wide libgit2 options for one pass over a large history.
    The walk reads each object about once, so libgit2's object cache only
    grows (to 256 MB by default) without serving hits; checking each
    object's hash as it is read (libgit2's strict mode; git log does not)
    costs a quarter of the walk; and pack files are mapped in bounded
    windows, so resident memory does not grow with the pack."""
    pygit2.settings.enable_caching(False)
    pygit2.settings.enable_strict_hash_verification(False)
    pygit2.settings.mwindow_size = 16 * 2**20
    pygit2.settings.mwindow_mapped_limit = 32 * 2**20


class AmbiguousRef(KeyError):
    """A commit prefix that names more than one object."""


def resolve(repo: pygit2.Repository, ref: str) -> pygit2.Commit:
    """A tag, branch or commit (prefix) -> commit; KeyError when unknown,
    AmbiguousRef (a KeyError) when a prefix names several objects."""
    try:
        return repo.revparse_single(ref).peel(pygit2.Commit)
    except pygit2.AmbiguousError:
        raise AmbiguousRef(ref) from None
    except (KeyError, ValueError, pygit2.GitError, pygit2.InvalidSpecError):
        raise KeyError(ref) from None


@dataclass(slots=True)
class Walked:
    commit: pygit2.Commit
    signature: Signature
    parents: list[Signature]  # one per parent
    touches: bool  # no parent has its signature (a root commit always touches)
    tip: str  # the tip whose walk found it: with tips in release order, the first release containing it


class SignatureReader:
    """Blob ids of the watched paths in a tree. Each watched directory's
    part of the signature is memoised by that directory's tree id, so a
    commit that leaves the watched directories alone costs one lookup per
    top-level watched directory. Equal signatures are the same object.

    A part is a small int naming a distinct tuple (blob ids of the
    directory's files, then its subdirectories' parts): a directory's
    tuple is hashed once when read, never again with its subtrees."""

    def __init__(self, repo: pygit2.Repository, paths: Sequence[str], memo_size: int = 2_048):
        self.repo = repo
        self.paths = tuple(paths)
        self._root = _trie(self.paths)
        self._memo_size = memo_size
        self._ids: dict[tuple, int] = {}  # a directory's tuple -> its part
        self._tuples: list[tuple] = []  # part -> the tuple it names
        self._sigs: dict[int, Signature] = {}  # root part -> signature
        self._lookup = repo.git_object_lookup_prefix  # repo[oid] without its Python frame: None when missing

    def __call__(self, oid: pygit2.Oid) -> Signature:
        """The signature of a tree (by id) of this reader's repository."""
        part = self._part(self._root, oid)
        sig = self._sigs.get(part)
        if sig is None:
            flat: list[str | None] = [None] * len(self.paths)
            self._flatten(self._root, part, flat)
            sig = self._sigs[part] = tuple(flat)
        return sig

    def _part(self, node: "_Dir", oid: pygit2.Oid) -> int:
        """A directory's part, read from its tree (None in the tuple where
        a file or subdirectory is missing). Runs for every commit's root
        tree and every changed watched directory: one plain loop (the
        walk's hottest code)."""
        out: list = []
        if node.large:
            for (_, _, sub), entry in zip(node.wants, _raw_entries(self.repo.read(oid)[1], node), strict=False):
                if entry is None or sub is None:
                    out.append(None if entry is None else str(entry))
                else:
                    got = sub.memo.get(entry)
                    out.append(self._part(sub, entry) if got is None else got)
        else:
            tree = typing.cast("pygit2.Tree | None", self._lookup(oid))  # a directory's id: a tree
            if tree is None:
                raise KeyError(oid)
            node.large = len(tree) > _LARGE
            for name, want, sub in node.wants:
                try:
                    obj = tree[name]
                except KeyError:
                    out.append(None)
                    continue
                if obj.type != want:
                    out.append(None)
                elif sub is None:
                    out.append(str(obj.id))
                else:
                    eid = obj.id
                    got = sub.memo.get(eid)
                    out.append(self._part(sub, eid) if got is None else got)
        key = tuple(out)
        part = self._ids.get(key)
        if part is None:
            part = self._ids[key] = len(self._tuples)
            self._tuples.append(key)
        if node is not self._root:  # a root tree is new with every commit
            if len(node.memo) >= self._memo_size:  # memory stays bounded
                node.memo.clear()
            node.memo[oid] = part
        return part

    def _flatten(self, node: "_Dir", part: int | None, out: list) -> None:
        if part is None:
            return
        values = self._tuples[part]
        for slot, blob in zip(node.slots, values, strict=False):
            out[slot] = blob
        for (_, sub), subpart in zip(node.dirs, values[len(node.files):], strict=False):
            self._flatten(sub, subpart, out)


_TREE = int(pygit2.enums.ObjectType.TREE)
_BLOB = int(pygit2.enums.ObjectType.BLOB)


class _Dir:
    """A watched directory: its watched files (names, and their positions in
    the signature) and watched subdirectories; tree id -> part memo."""

    __slots__ = ("files", "slots", "dirs", "memo", "large", "keys", "wants")

    def __init__(self):
        self.files: list[str] = []
        self.slots: list[int] = []
        self.dirs: list[tuple[str, _Dir]] = []
        self.memo: dict[pygit2.Oid, int] = {}
        self.large = False  # its tree is searched in raw bytes
        # Files, then directories (set by _trie): (name, object type, _Dir or
        # None for a file), and b" name\0" as raw trees spell the name.
        self.wants: list[tuple[str, int, _Dir | None]] = []
        self.keys: list[bytes] = []


def _trie(paths: Sequence[str]) -> _Dir:
    """The watched directories, from the root down."""
    root = _Dir()
    for slot, path in enumerate(paths):
        node = root
        *dirs, name = path.split("/")
        for d in dirs:
            node = next((sub for n, sub in node.dirs if n == d), None) or _add(node, d)
        node.files.append(name)
        node.slots.append(slot)
    _name(root)
    return root


def _name(node: _Dir) -> None:
    node.wants = [(n, _BLOB, None) for n in node.files] + [(n, _TREE, sub) for n, sub in node.dirs]
    node.keys = [b" " + n.encode() + b"\0" for n, _, _ in node.wants]
    for _, sub in node.dirs:
        _name(sub)


def _add(node: _Dir, name: str) -> _Dir:
    sub = _Dir()
    node.dirs.append((name, sub))
    return sub


_LARGE = 256  # entries: beyond this a tree is searched in its raw bytes
_BLOB_MODES = (b"100644", b"100755", b"120000")


def _raw_entries(data: bytes, node: _Dir) -> list[pygit2.Oid | None]:
    """A tree's raw form is `<mode> <name>\\0<20-byte id>` per entry. An
    entry is where ` name\\0` follows a mode that itself starts an entry
    (the data's start, or 21 bytes after the previous entry's name ends)."""
    out = []
    for i, key in enumerate(node.keys):
        modes = _BLOB_MODES if i < len(node.files) else (b"40000",)
        j, found = data.find(key), None
        while j >= 0 and found is None:
            mode = next((m for m in modes if data.endswith(m, 0, j)), None)
            start = j - len(mode) if mode else -1
            if mode and (start == 0 or (start >= 21 and data[start - 21] == 0)):
                found = pygit2.Oid(raw=data[j + len(key):j + len(key) + 20])
            else:
                j = data.find(key, j + 1)
        out.append(found)
    return out


class Walk:
    """Every commit reachable from tips and not from hide, parents first
    (or only those that touch the watched files: `touching_only`); after
    the walk, `walked` counts them all and `frontier` is what the next
    run hides.

    One tip after another, in the order given (releases oldest first, then
    HEAD), each walk hiding the frontier of what the walks before it
    reached: libgit2's topological sort loads every commit of a walk
    before it yields the first (about 170 bytes a commit: 220 MB for a
    full kernel history in one walk), so memory follows the largest
    release instead of the history. The frontier is the walked tips that
    no other walked tip reaches; a walk's commits reach an earlier one
    only as a parent, which keeps it exact. A commit is found by the walk
    of the first tip (in the order given) that reaches it: with releases
    in order, its first release (Walked.tip)."""

    def __init__(self, repo: pygit2.Repository, tips: Iterable[str], hide: Iterable[str],
                 reader: SignatureReader, touching_only: bool = False, tick: Callable[[int], None] | None = None):
        self.repo, self.tips, self.reader = repo, list(tips), reader
        self.touching_only, self.tick = touching_only, tick
        self._frontier = {pygit2.Oid(hex=h) for h in hide}
        self.walked = 0

    @property
    def frontier(self) -> list[str]:
        return sorted(str(oid) for oid in self._frontier)

    def __iter__(self) -> Iterator[Walked]:
        seen: dict[pygit2.Oid, Signature] = {}  # the latest commits' signatures
        for tip in self.tips:
            oid = pygit2.Oid(hex=tip)
            if oid in self._frontier:  # a tip the last run (or walk) had already walked from starts nothing
                continue
            reached: set[pygit2.Oid] = set()  # frontier commits this walk's commits have as parents
            before = self.walked
            yield from self._one(oid, tip, seen, reached)
            if self.walked > before:
                self._frontier = (self._frontier - reached) | {oid}

    def _one(self, oid: pygit2.Oid, tip: str, seen: dict, reached: set) -> Iterator[Walked]:
        """The walk from one tip: per commit, its signature against its
        parents' (equal signatures are the same object, so `is` compares)."""
        repo, reader, frontier, tick = self.repo, self.reader, self._frontier, self.tick
        walker = repo.walk(None, SortMode.TOPOLOGICAL | SortMode.REVERSE)
        walker.push(oid)
        for h in frontier:
            walker.hide(h)
        walked = self.walked
        for commit in walker:
            walked += 1
            if tick is not None and not walked & 4095:
                tick(walked)
            sig = reader(commit.tree_id)
            parents, touches = [], True
            for p in commit.parent_ids:
                if p in frontier:
                    reached.add(p)
                psig = seen.get(p)
                if psig is None:
                    psig = reader(typing.cast(pygit2.Commit, repo[p]).tree_id)
                if psig is sig:
                    touches = False
                parents.append(psig)
            seen[commit.id] = sig
            if len(seen) > _SEEN:  # memory stays bounded; an older parent is read again
                for old in list(islice(seen, _SEEN // 4)):
                    del seen[old]
            if touches or not self.touching_only:
                self.walked = walked
                yield Walked(commit, sig, parents, touches, tip)
        self.walked = walked


_SEEN = 20_000
