"""Write git histories from plain dicts (pygit2, no working tree, no global
git config). Used by `guestabi demo`, the tests and the benchmark:

    h = History.create(path)
    a = h.commit({"arch/arm64/kvm/psci.c": text}, "KVM: arm64: add PSCI 1.0")
    h.tag("v4.16")
    side = h.commit({...}, "...", parents=[a], branch=False)
    h.merge(side, "Merge branch 'kvm-arm64/psci'")
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pygit2

Files = Mapping[str, "str | bytes | None"]  # None deletes the path


class History:
    def __init__(self, repo: pygit2.Repository, start_time: int = 1_500_000_000):
        self.repo = repo
        self.time = start_time
        self.files: dict[str, pygit2.Oid] = {}  # the branch head's flat tree
        self.head: str | None = None
        self._trees: dict[str, dict[str, pygit2.Oid]] = {}

    @classmethod
    def create(cls, path: str | Path, **kw) -> "History":
        repo = pygit2.init_repository(str(path), bare=False, initial_head="master")
        return cls(repo, **kw)

    def commit(self, files: Files, message: str, *, author: str = "A. Developer",
               email: str = "dev@example.org", parents: list[str] | None = None,
               move_head: bool = True) -> str:
        """Apply `files` to the tree of parents[0] (default: head) and commit."""
        parents = [self.head] if parents is None and self.head else (parents or [])
        flat = dict(self._trees[parents[0]]) if parents else {}
        for path, text in files.items():
            if text is None:
                flat.pop(path, None)
            else:
                data = text.encode() if isinstance(text, str) else text
                flat[path] = self.repo.create_blob(data)
        self.time += 3600
        sig = pygit2.Signature(author, email, self.time, 0)
        oid = self.repo.create_commit(None, sig, sig, message, self._tree(flat),
                                      [pygit2.Oid(hex=p) for p in parents])
        sha = str(oid)
        self._trees[sha] = flat
        if move_head:
            self._move(sha)
        return sha

    def _head(self) -> str:
        if self.head is None:
            raise ValueError("the demo history has no commit yet")
        return self.head

    def merge(self, other: str, message: str, files: Files | None = None, **kw) -> str:
        """A merge of `other` into head; the result tree is head's plus `files`."""
        return self.commit(files or {}, message, parents=[self._head(), other], **kw)

    def paths(self) -> set[str]:
        """Paths in the head's tree."""
        return set(self._trees[self.head]) if self.head else set()

    def replace_tree(self, files: Mapping[str, str], message: str, **kw) -> str:
        """Commit a tree holding exactly `files` (deleting what is not there)."""
        gone = {p: None for p in self.paths() if p not in files}
        return self.commit({**gone, **files}, message, **kw)

    def tag(self, name: str, target: str | None = None) -> None:
        self.repo.references.create(f"refs/tags/{name}", pygit2.Oid(hex=target or self._head()))

    def checkout(self, sha: str) -> None:
        """Make `sha` the head later commits build on."""
        self._move(sha)

    def _move(self, sha: str) -> None:
        self.head = sha
        self.repo.references.create("refs/heads/master", pygit2.Oid(hex=sha), force=True)

    def _tree(self, flat: dict[str, pygit2.Oid]) -> pygit2.Oid:
        nested: dict = {}
        for path, oid in flat.items():
            node = nested
            *dirs, name = path.split("/")
            for d in dirs:
                node = node.setdefault(d, {})
            node[name] = oid
        return self._write(nested)

    def _write(self, node: dict) -> pygit2.Oid:
        tb = self.repo.TreeBuilder()
        for name, value in sorted(node.items()):
            if isinstance(value, dict):
                tb.insert(name, self._write(value), pygit2.enums.FileMode.TREE)
            else:
                tb.insert(name, value, pygit2.enums.FileMode.BLOB)
        return tb.write()
