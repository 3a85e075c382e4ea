"""Release tags: which tags are releases, their order, and which release
first contains each commit."""
from __future__ import annotations

import re
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


def found_by(tags: list[Tag], tips: dict[str, str], start: int = 0) -> dict[str, str | None]:
    """sha -> first tag of tags[start:] containing it (None: no release
    yet, or an earlier tag already did), for commits a walk found, given
    the tip whose walk found each (walker.Walk: tips in release order, each
    walk hiding what the earlier ones reached, so the first tip reaching a
    commit finds it)."""
    index: dict[str, int] = {}
    for i, tag in enumerate(tags):
        index.setdefault(tag.sha, i)
    out: dict[str, str | None] = {}
    for sha, tip in tips.items():
        at = index.get(tip)
        out[sha] = tags[at].name if at is not None and at >= start else None
    return out
