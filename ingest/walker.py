"""The walk: commits to ingest, oldest first, and which of them touch the
watched files.

libgit2's tree-to-tree diff expands every tree; instead a commit's watched
files are compared with its parents' by tree ids along the watched paths,
descending only where a directory's id differs. A commit whose watched
files equal its parent's costs a handful of lookups.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import pygit2
from pygit2.enums import SortMode

Signature = tuple  # blob ids (hex or None) of the watched files, in WATCHED_PATHS order


class NotARepository(Exception):
    pass


def open_repo(path: str) -> pygit2.Repository:
    try:
        return pygit2.Repository(path)
    except (pygit2.GitError, KeyError, ValueError, OSError) as exc:
        raise NotARepository(f"{path}: not a git repository ({exc})") from None


def resolve(repo: pygit2.Repository, ref: str) -> pygit2.Commit:
    """A tag, branch or commit (prefix) -> commit; KeyError when unknown."""
    try:
        return repo.revparse_single(ref).peel(pygit2.Commit)
    except (KeyError, ValueError, pygit2.GitError, pygit2.InvalidSpecError):
        raise KeyError(ref) from None


@dataclass
class Walked:
    commit: pygit2.Commit
    signature: Signature
    parents: list[Signature]  # one per parent

    @property
    def touches(self) -> bool:
        return not self.parents or all(p != self.signature for p in self.parents)


class SignatureReader:
    """Blob ids of the watched paths in a tree. Memoised per directory tree
    id, so a commit that leaves the watched directories alone costs a few
    lookups at the top of the tree."""

    def __init__(self, paths: Sequence[str]):
        self.paths = tuple(paths)
        self._trie = _trie(self.paths)
        self._keys: dict[tuple[int, pygit2.Oid], str] = {}
        self._sigs: dict[str, Signature] = {}

    def __call__(self, tree: pygit2.Tree) -> Signature:
        key = self._key(tree, self._trie)
        sig = self._sigs.get(key)
        if sig is None:
            sig = tuple(_blob_id(tree, p) for p in self.paths)
            self._sigs[key] = sig
        return sig

    def _key(self, tree: pygit2.Tree, trie: dict) -> str:
        memo = (id(trie), tree.id)
        key = self._keys.get(memo)
        if key is None:
            key = ",".join(self._part(tree, name, sub) for name, sub in trie.items() if name != ".")
            if len(self._keys) > 200_000:  # memory stays bounded
                self._keys.clear()
            self._keys[memo] = key
        return key

    def _part(self, tree: pygit2.Tree, name: str, sub: dict) -> str:
        try:
            entry = tree[name]
        except KeyError:
            return "-"
        if sub and "." not in sub and entry.type_str == "tree":
            return "(" + self._key(entry, sub) + ")"
        return str(entry.id)


def _trie(paths: Iterable[str]) -> dict:
    """Watched directories as nested dicts. A directory holding watched files
    (marked ".") is keyed by its own id; others by their watched children."""
    root: dict = {}
    for p in paths:
        node = root
        for part in p.split("/")[:-1]:
            node = node.setdefault(part, {})
        node["."] = {}
    return root


def _blob_id(tree: pygit2.Tree, path: str) -> str | None:
    try:
        entry = tree[path]
    except KeyError:
        return None
    return str(entry.id) if entry.type_str == "blob" else None


def walk(repo: pygit2.Repository, tips: Iterable[str], hide: Iterable[str],
         reader: SignatureReader) -> Iterator[Walked]:
    """Every commit reachable from tips and not from hide, parents first."""
    walker = repo.walk(None, SortMode.TOPOLOGICAL | SortMode.REVERSE)
    for t in tips:
        walker.push(pygit2.Oid(hex=t))
    for h in hide:
        walker.hide(pygit2.Oid(hex=h))
    seen: dict[pygit2.Oid, Signature] = {}
    for commit in walker:
        sig = reader(commit.tree)
        parents = [seen[p] if p in seen else reader(repo[p].tree) for p in commit.parent_ids]
        seen[commit.id] = sig
        yield Walked(commit, sig, parents)
