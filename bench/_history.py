"""A synthetic kernel-like history, written with `git fast-import`.

Topic branches (1 to 17 commits) fork from mainline and merge back (the
merge's tree is mainline's plus the branch's changes), so about one commit
in twelve is a merge; under one in a hundred touches the watched files (on
a "kvmarm" branch when one is open); mainline is tagged like kernel
releases every few thousand commits. Deterministic for given Params and
generator sources.
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
from bisect import bisect_right
from dataclasses import asdict, dataclass, field
from pathlib import Path

from bench._content import KVM_NEIGHBOURS, delta, filler_paths, filler_text

GENERATOR = 5  # bump when the history's shape changes: cached repositories rebuild
START_TIME = 1_420_000_000  # fixed timestamps: the same stream every run
RCS = 7


@dataclass(frozen=True)
class Params:
    commits: int = 200_000
    seed: int = 1
    watched_share: float = 0.007
    tag_every: int = 2500
    max_open: int = 8
    watched: tuple[str, ...] = ()
    series: str = "generic"  # which generators wrote the watched files
    lean: bool = False  # small filler directories, no new files: a long history builds in minutes

    def key(self) -> str:
        """Names a cached repository by its parameters (and GENERATOR: bump
        it when the generators change the history they write)."""
        fields = asdict(self)
        if not self.lean:  # histories built before the option keep their names
            del fields["lean"]
        digest = hashlib.sha1(json.dumps(fields | {"generator": GENERATOR}, sort_keys=True).encode())
        lean = "-lean" if self.lean else ""
        return f"c{self.commits}-w{self.watched_share:g}{lean}-s{self.seed}-" + digest.hexdigest()[:10]


@dataclass
class Branch:
    slot: int
    tip: int  # mark
    target: int  # commits before it merges
    kvm: bool = False
    commits: int = 0
    changes: dict[str, int | None] = field(default_factory=dict)  # path -> blob mark | None


@dataclass
class Stats:
    commits: int = 0
    merges: int = 0
    watched: int = 0
    tags: list[str] = field(default_factory=list)


def tag_names():
    """v4.0, v4.1-rc1 ... v4.1-rc7, v4.1, v4.2-rc1, ... v4.20, v5.0-rc1, ..."""
    major, minor = 4, 0
    yield "v4.0"
    while True:
        minor += 1
        if minor > 20:
            major, minor = major + 1, 0
        for rc in range(1, RCS + 1):
            yield f"v{major}.{minor}-rc{rc}"
        yield f"v{major}.{minor}"


class Stream:
    """Writes the fast-import commands; holds the marks."""

    def __init__(self, out):
        self.out = out
        self.mark = 0
        self.time = START_TIME

    def blob(self, data: bytes) -> int:
        self.mark += 1
        self.out.write(b"blob\nmark :%d\ndata %d\n%s\n" % (self.mark, len(data), data))
        return self.mark

    def commit(self, ref: str, message: str, author: str, parents: list[int],
               files: dict[str, int | None]) -> int:
        self.mark += 1
        self.time += 157
        who = f"{author} <{author.split()[-1].lower()}@example.org> {self.time} +0000"
        msg = message.encode()
        head = f"commit {ref}\nmark :{self.mark}\nauthor {who}\ncommitter {who}\n"
        lines = [head.encode(), b"data %d\n%s\n" % (len(msg), msg)]
        if parents:
            lines.append(b"from :%d\n" % parents[0])
        lines += [b"merge :%d\n" % p for p in parents[1:]]
        for path, blob in sorted(files.items()):
            lines.append(b"D %s\n" % path.encode() if blob is None else b"M 100644 :%d %s\n" % (blob, path.encode()))
        self.out.write(b"".join(lines) + b"\n")
        return self.mark

    def tag(self, name: str, target: int) -> None:
        msg = f"Linux {name[1:]}".encode()
        self.out.write(b"tag %s\nfrom :%d\ntagger Linus T <linus@example.org> %d +0000\ndata %d\n%s\n"
                       % (name.encode(), target, self.time, len(msg), msg))


AUTHORS = ("Ada Lovelace", "Alan Kay", "Barbara Liskov", "Dennis Ritchie", "Edsger Dijkstra",
           "Frances Allen", "Grace Hopper", "Ken Thompson", "Leslie Lamport", "Niklaus Wirth",
           "Radia Perlman", "Tony Hoare", "Margaret Hamilton", "John Backus", "Sophie Wilson")


class Builder:
    def __init__(self, params: Params, series, out):
        self.p = params
        self.rng = random.Random(params.seed)
        self.s = Stream(out)
        self.series = series
        self.stats = Stats()
        self.tags = tag_names()
        exclude = set(params.watched)
        self.files, weights = filler_paths(self.rng, exclude, 8 if params.lean else 1)
        neighbours = [p for p in KVM_NEIGHBOURS if p not in exclude]
        self.kvm_files = neighbours
        self.files += neighbours
        weights += [4] * len(neighbours)
        self.cum = _cumulative(weights)
        self.rev = 0
        self.version = 0
        self.watched_now: dict[str, str] = {}
        self.main = 0
        self.branches: list[Branch] = []
        self.free_slots = list(range(params.max_open))

    def run(self) -> Stats:
        self._initial()
        while self.stats.commits < self.p.commits:
            self._step()
            if self.stats.commits % self.p.tag_every == 0:
                name = next(self.tags)
                self.s.tag(name, self.main)
                self.stats.tags.append(name)
        self.s.out.write(b"reset refs/heads/master\nfrom :%d\n\n" % self.main)
        return self.stats

    def _initial(self) -> None:
        files = {p: self._blob(filler_text(p, 0)) for p in self.files}
        self.watched_now = self.series.snapshot(0)
        files.update({p: self.s.blob(t.encode()) for p, t in self.watched_now.items()})
        self.main = self.s.commit("refs/heads/master", "Initial import", "Linus T", [], files)
        self.stats.commits += 1

    def _step(self) -> None:
        ready = [b for b in self.branches if b.commits >= b.target]
        if ready and self.rng.random() < 0.6:
            return self._merge(self.rng.choice(ready))
        watched = self.rng.random() < self.p.watched_share
        branch = self._pick(watched)
        changes = self._edits(branch)
        if watched:
            changes.update(self._watched_edit())
            self.stats.watched += 1
        if branch is None:
            self.main = self.s.commit("refs/heads/master", self._subject(changes), self._author(), [self.main], changes)
        else:
            ref = f"refs/heads/topic-{branch.slot}"
            branch.tip = self.s.commit(ref, self._subject(changes), self._author(), [branch.tip], changes)
            branch.commits += 1
            branch.changes.update(changes)
        self.stats.commits += 1

    def _pick(self, watched: bool) -> Branch | None:
        if watched:
            kvm = next((b for b in self.branches if b.kvm), None)
            return kvm or (self._open(kvm=True) if self.free_slots else None)
        r = self.rng.random()
        if r < 0.15:
            return None
        if not self.branches or (r < 0.3 and self.free_slots):
            return self._open(kvm=False) if self.free_slots else None
        return self.rng.choice(self.branches)

    def _open(self, kvm: bool) -> Branch:
        b = Branch(self.free_slots.pop(0), self.main, self.rng.randint(1, 17), kvm)
        self.branches.append(b)
        return b

    def _merge(self, b: Branch) -> None:
        kind = "kvmarm" if b.kvm else self.rng.choice(("net-next", "drm-next", "for-linus", "core-mm", "tip"))
        msg = f"Merge tag '{kind}-{self.stats.commits}' of git://git.example.org/pub/{kind}\n\nPull {kind} updates."
        self.main = self.s.commit("refs/heads/master", msg, "Linus T", [self.main, b.tip], dict(b.changes))
        self.branches.remove(b)
        self.free_slots.append(b.slot)
        self.stats.commits += 1
        self.stats.merges += 1

    def _edits(self, branch: Branch | None) -> dict[str, int | None]:
        n = 1 + (self.rng.random() < 0.35) + (self.rng.random() < 0.1)
        out = {}
        for _ in range(n):
            if branch is not None and branch.kvm and self.rng.random() < 0.5:
                path = self.rng.choice(self.kvm_files)
            elif self.rng.random() < 0.02 and not self.p.lean:
                path = self._new_file()
            else:
                path = self.files[_index(self.cum, self.rng.random() * self.cum[-1])]
            self.rev += 1
            out[path] = self._blob(filler_text(path, self.rev))
        return out

    def _new_file(self) -> str:
        base = self.files[_index(self.cum, self.rng.random() * self.cum[-1])]
        path = f"{base.rsplit('/', 1)[0]}/new_{self.rev}.c"
        self.files.append(path)
        self.cum.append(self.cum[-1] + 1)
        return path

    def _watched_edit(self) -> dict[str, int | None]:
        self.version += 1
        after = self.series.snapshot(self.version)
        change = delta(self.watched_now, after)
        self.watched_now = after
        return {p: None if t is None else self.s.blob(t.encode()) for p, t in change.items()}

    def _blob(self, data: bytes) -> int:
        return self.s.blob(data)

    def _subject(self, changes) -> str:
        path = next(iter(changes))
        subsys = path.rsplit("/", 1)[0].replace("/", ": ", 1).split("/")[0]
        return f"{subsys}: {self.rng.choice(('fix', 'add', 'clean up', 'rework', 'drop'))} " \
               f"{self.rng.choice(('locking', 'error path', 'stats', 'init', 'reset', 'docs'))}"

    def _author(self) -> str:
        return self.rng.choice(AUTHORS)


def _cumulative(weights: list[int]) -> list[int]:
    out, total = [], 0
    for w in weights:
        total += w
        out.append(total)
    return out


def _index(cum: list[int], x: float) -> int:
    return min(bisect_right(cum, x), len(cum) - 1)


# fast-import frees and re-allocates a large zlib/delta buffer per object; with
# glibc's defaults each round trips through the kernel (brk/mmap + page faults).
_NO_TRIM = {"GLIBC_TUNABLES": "glibc.malloc.trim_threshold=536870912:glibc.malloc.mmap_threshold=536870912"}


def build(path: Path, params: Params, series) -> Stats:
    """A bare repository at `path` holding the history."""
    subprocess.run(["git", "init", "-q", "--bare", "-b", "master", str(path)], check=True)
    proc = subprocess.Popen(["git", "-C", str(path), "fast-import", "--quiet", "--active-branches=32"],
                            stdin=subprocess.PIPE, bufsize=1 << 20, env=os.environ | _NO_TRIM)
    try:
        stats = Builder(params, series, proc.stdin).run()
        proc.stdin.close()
    finally:
        if proc.wait():
            raise RuntimeError(f"git fast-import failed ({proc.returncode})")
    _drop_topics(path)
    return stats


def _drop_topics(path: Path) -> None:
    refs = subprocess.run(["git", "-C", str(path), "for-each-ref", "--format=%(refname)", "refs/heads/topic-*"],
                          check=True, capture_output=True, text=True).stdout.split()
    if refs:
        subprocess.run(["git", "-C", str(path), "update-ref", "--stdin"], check=True, text=True,
                       input="".join(f"delete {r}\n" for r in refs))
