"""New commits on top of a cached benchmark history, without copying it:
a small bare repository borrowing the history's objects (git alternates)
and its refs, then `git fast-import` of commits on top of its master."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from bench._content import filler_text


def borrow(history: Path, where: Path) -> Path:
    """A bare repository at `where` with the history's objects and refs."""
    if where.exists():
        shutil.rmtree(where)
    subprocess.run(["git", "init", "-q", "--bare", "-b", "master", str(where)], check=True)
    (where / "objects" / "info" / "alternates").write_text(str((history / "objects").resolve()) + "\n")
    refs = subprocess.run(["git", "-C", str(history), "for-each-ref", "--format=%(objectname) %(refname)"],
                          check=True, capture_output=True, text=True).stdout
    subprocess.run(["git", "-C", str(where), "update-ref", "--stdin"], check=True, text=True,
                   input="".join(f"create {ref} {sha}\n" for sha, ref in (line.split() for line in refs.splitlines())))
    return where


def grow(repo: Path, commits: int, touching: int, watched: str, seed: int = 0) -> None:
    """`commits` new commits on master, `touching` of them (spread evenly)
    appending a comment to the watched file `watched`."""
    head = subprocess.run(["git", "-C", str(repo), "rev-parse", "master"], check=True, capture_output=True,
                          text=True).stdout.strip()
    text = subprocess.run(["git", "-C", str(repo), "show", f"master:{watched}"], check=True,
                          capture_output=True).stdout
    every = commits // touching if touching else commits + 1
    now = 1_800_000_000  # fixed: the same commits every time
    lines = []
    for i in range(commits):
        if (i + 1) % every == 0 and touching:
            touching -= 1
            text += f"/* guestabi benchmark: new commit {seed}.{i} */\n".encode()
            path, data = watched, text
        else:
            path, data = f"Documentation/bench-grow-{seed}.txt", filler_text(f"grow/{seed}", i)
        msg = f"bench: new commit {seed}.{i}".encode()
        who = f"Bench <bench@example.org> {now + i} +0000"
        lines.append(b"commit refs/heads/master\ncommitter %s\ndata %d\n%s\n" % (who.encode(), len(msg), msg))
        if i == 0:
            lines.append(b"from %s\n" % head.encode())
        lines.append(b"M 100644 inline %s\ndata %d\n%s\n\n" % (path.encode(), len(data), data))
    subprocess.run(["git", "-C", str(repo), "fast-import", "--quiet"], input=b"".join(lines), check=True)
