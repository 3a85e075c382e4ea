"""Release tags: which tags are releases, their order, and which release
first contains each commit."""
from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass

import pygit2

_MAINLINE = re.compile(r"^v(\d+)\.(\d+)(?:-rc(\d+))?$")
_STABLE = re.compile(r"^v(\d+)\.(\d+)\.(\d+)$")
FINAL = 10_000  # sorts a final release after all its -rcN
NO_TAGS = "no release tags (vX.Y, vX.Y-rcN) in this repository: commits stay unreleased"


@dataclass(frozen=True)
class Tag:
    name: str
    sha: str
    key: tuple[int, int, int, int]  # (major, minor, rc or FINAL, stable patch)

    @property
    def series(self) -> str:
        return f"{self.key[0]}.{self.key[1]}"

    @property
    def kind(self) -> str:
        if self.key[3]:
            return "stable"
        return "rc" if self.key[2] != FINAL else "mainline"


def tag_key(name: str, stable: bool = False) -> tuple[int, int, int, int] | None:
    """Sort key of a release tag name, or None when it is not a release.
    v6.1-rc1 < v6.1 < v6.1.1 < ... < v6.1.176 < v6.2-rc1."""
    m = _MAINLINE.match(name)
    if m:
        rc = int(m.group(3)) if m.group(3) else FINAL
        return int(m.group(1)), int(m.group(2)), rc, 0
    m = _STABLE.match(name) if stable else None
    if m and int(m.group(3)) > 0:
        return int(m.group(1)), int(m.group(2)), FINAL, int(m.group(3))
    return None


def find_tags(repo: pygit2.Repository, stable: bool = False) -> list[Tag]:
    """Release tags of a repository, oldest first, peeled to commits."""
    out = []
    for ref in repo.references:
        if not ref.startswith("refs/tags/"):
            continue
        name = ref[len("refs/tags/"):]
        key = tag_key(name, stable)
        if key is None:
            continue
        try:
            commit = repo.references[ref].peel(pygit2.Commit)  # the name is exact: no rev-parse
        except (KeyError, ValueError, pygit2.GitError):
            continue
        out.append(Tag(name, str(commit.id), key))
    return sorted(out, key=lambda t: t.key)


def attribute(repo: pygit2.Repository, tags: list[Tag], wanted: set[str],
              start: int = 0) -> dict[str, str]:
    """sha -> first tag (from tags[start:]) containing it, for shas in
    `wanted`; a commit an earlier tag already contains is left out.

    One walk over the history, children before parents: a commit's first
    containing tag is the earliest of its own tags and its children's, and
    is handed down to its parents. Only the walk's frontier is remembered."""
    pending = {pygit2.Oid(hex=sha): sha for sha in wanted}
    if start >= len(tags) or not pending:
        return {}
    first: dict[pygit2.Oid, int] = {}  # commit -> earliest tag index so far
    walker = repo.walk(None, pygit2.enums.SortMode.TOPOLOGICAL)
    for i in range(len(tags) - 1, start - 1, -1):
        oid = pygit2.Oid(hex=tags[i].sha)
        first[oid] = i
        walker.push(oid)
    for earlier in tags[:start]:
        walker.hide(pygit2.Oid(hex=earlier.sha))
    out: dict[str, str] = {}
    for commit in walker:
        index = first.pop(commit.id)
        sha = pending.pop(commit.id, None)
        if sha is not None:
            out[sha] = tags[index].name
            if not pending:
                break
        for parent in commit.parent_ids:
            if first.get(parent, index + 1) > index:
                first[parent] = index
    return out


class Lineage:
    """The commits of one walk, parents first, as small integers: enough to
    find the first release containing each without walking again.

    A release tag reaches a walked commit only through walked commits (a
    commit on the path that an earlier run had walked would make the
    target one too), so propagating tag indices from children to parents
    over this walk alone gives `attribute`'s answer for its commits.

    About 40 bytes a commit (50 MB for the 1.3 million of a full kernel
    history): the latest `window` commits in a dict (raw id -> position),
    older ones in sorted batches of fixed-width arrays (8-byte id prefix,
    the whole 20-byte id to confirm, position), searched by bisection;
    walks find most parents among the latest commits. Beyond `limit`
    commits it gives up and leaves every commit to `attribute`, which
    keeps only its walk's frontier."""

    def __init__(self, limit: int = 20_000_000, window: int = 1 << 16):
        self._recent: dict[bytes, int] = {}  # raw commit id -> position, the latest commits
        self._batches: list[tuple[array, bytes, array]] = []  # (prefixes, ids, positions), sorted
        self._first = array("i")  # position of the first walked parent, or -1
        self._more: dict[int, tuple[int, ...]] = {}  # a merge's other walked parents
        self._limit = limit
        self._window = window
        self.overflowed = False
        self.outside: set[bytes] = set()  # parents of walked commits that were not walked

    def add(self, oid: pygit2.Oid, parent_ids) -> None:
        if len(self._first) >= self._limit:
            if not self.overflowed:
                self.overflowed = True
                self._recent, self._batches, self._first, self._more = {}, [], array("i"), {}
            return
        recent = self._recent
        only = recent.get(parent_ids[0].raw) if len(parent_ids) == 1 else None
        parents = [only] if only is not None else self._positions(parent_ids)  # the usual case first
        at = len(self._first)
        self._first.append(parents[0] if parents else -1)
        if len(parents) > 1:
            self._more[at] = tuple(parents[1:])
        recent[oid.raw] = at
        if len(recent) >= self._window:
            self._spill()

    def _positions(self, parent_ids) -> list[int]:
        out = []
        for p in parent_ids:
            at = self._find(p.raw)
            if at is None:
                self.outside.add(p.raw)
            else:
                out.append(at)
        return out

    def unreached(self, shas: list[str]) -> list[str]:
        """Those of `shas` this walk saw that no other of them reaches."""
        if self.overflowed:  # cannot tell: every one of them, as before the frontier
            return list(shas)
        at = {sha: self._find(bytes.fromhex(sha)) for sha in shas}
        tips = {a for a in at.values() if a is not None}
        reached = bytearray(len(self._first))
        first, more = self._first, self._more
        for a in range(len(reached) - 1, -1, -1):  # children before parents
            if reached[a] or a in tips:
                if first[a] >= 0:
                    reached[first[a]] = 1
                for p in more.get(a, ()):
                    reached[p] = 1
        return [sha for sha, a in at.items() if a is not None and not reached[a]]

    def _find(self, raw: bytes) -> int | None:
        """A walked commit's position (None: not walked)."""
        at = self._recent.get(raw)
        if at is not None:
            return at
        key = int.from_bytes(raw[:8], "big")
        for prefixes, ids, positions in self._batches:
            i = bisect_left(prefixes, key)
            while i < len(prefixes) and prefixes[i] == key:  # a shared prefix: the whole id decides
                if ids[20 * i:20 * i + 20] == raw:
                    return positions[i]
                i += 1
        return None

    def _spill(self) -> None:
        """The latest commits into one sorted batch of fixed-width arrays."""
        order = sorted(self._recent.items())
        self._batches.append((array("Q", [int.from_bytes(raw[:8], "big") for raw, _ in order]),
                              b"".join(raw for raw, _ in order), array("i", [at for _, at in order])))
        self._recent = {}

    def attribute(self, tags: list[Tag], wanted: set[str], start: int = 0) -> dict[str, str | None]:
        """sha -> first tag of tags[start:] containing it (None: no release
        yet, or an earlier tag already did), for the wanted commits of this
        walk; commits it did not walk are left out."""
        if self.overflowed:
            return {}
        never = len(tags)
        earliest = array("i", [never]) * len(self._first)
        for i, tag in enumerate(tags):
            at = self._find(bytes.fromhex(tag.sha))
            if at is not None:
                earliest[at] = min(earliest[at], i)
        first, more = self._first, self._more
        for at in range(len(earliest) - 1, -1, -1):  # children before parents
            mine = earliest[at]
            if mine == never:
                continue
            p = first[at]
            if p >= 0 and earliest[p] > mine:
                earliest[p] = mine
            for p in more.get(at, ()):
                if earliest[p] > mine:
                    earliest[p] = mine
        out: dict[str, str | None] = {}
        for sha in wanted:
            at = self._find(bytes.fromhex(sha))
            if at is not None:
                out[sha] = tags[earliest[at]].name if start <= earliest[at] < never else None
        return out
