"""The walk's signatures: blob ids of the watched paths, read through
memoised directory parts and, for large directories, raw tree bytes."""
from __future__ import annotations

import pygit2
import pytest

from ingest.demo.history import History
from ingest.walker import SignatureReader, Walk

WATCHED = ("include/linux/irqchip/arm-gic.h", "include/linux/kvm_host.h", "arch/arm64/kvm/sys_regs.c")
CROWD = {f"include/linux/filler{i:04d}.h": f"/* {i} */\n" for i in range(400)}  # a large tree


def by_path(tree: pygit2.Tree, path: str) -> str | None:
    """The reference: libgit2's own path lookup."""
    try:
        entry = tree[path]
    except KeyError:
        return None
    return str(entry.id) if entry.type == pygit2.enums.ObjectType.BLOB else None


def assert_signatures(h: History) -> None:
    reader = SignatureReader(h.repo, WATCHED)
    for w in Walk(h.repo, [h.head], [], reader):
        assert w.signature == tuple(by_path(w.commit.tree, p) for p in WATCHED), w.commit.message


def test_large_directory_read_from_raw_bytes_matches_path_lookup(tmp_path):
    h = History.create(tmp_path / "repo")
    h.commit({**CROWD, "include/linux/kvm_host.h": "v1\n", "arch/arm64/kvm/sys_regs.c": "a\n"}, "base")
    # Decoys: names ending in a watched name, a file where a directory is
    # watched, a directory where a file is watched.
    h.commit({"include/linux/x irqchip": "decoy\n", "include/linux/40000 irqchip": "decoy\n",
              "include/linux/100644 kvm_host.h": "decoy\n"}, "decoys")
    h.commit({"include/linux/irqchip/arm-gic.h": "gic\n"}, "the watched directory appears")
    h.commit({"include/linux/kvm_host.h": None, "include/linux/kvm_host.h/inner": "dir\n"}, "file -> directory")
    h.commit({"include/linux/filler0001.h": "changed\n"}, "a neighbour changes")
    h.commit({"include/linux/irqchip/arm-gic.h": None, "include/linux/irqchip": "now a file\n"}, "directory -> file")
    assert_signatures(h)


def test_small_trees_and_missing_directories(tmp_path):
    h = History.create(tmp_path / "repo")
    h.commit({"README": "hi\n"}, "nothing watched")
    h.commit({"arch/arm64/kvm/sys_regs.c": "a\n"}, "one file")
    h.commit({"arch/arm64/kvm/sys_regs.c": "b\n", "arch/arm64/kvm/other.c": "x\n"}, "it changes")
    h.commit({"arch/arm64/kvm/sys_regs.c": None}, "it goes")
    assert_signatures(h)


@pytest.mark.parametrize("large", [False, True])
def test_touches_only_where_a_watched_blob_changes(tmp_path, large):
    h = History.create(tmp_path / "repo")
    h.commit({**(CROWD if large else {}), "include/linux/irqchip/arm-gic.h": "1\n"}, "base")
    h.commit({"include/linux/filler0002.h": "x\n"}, "neighbour")
    h.commit({"include/linux/irqchip/arm-gic.h": "2\n"}, "watched")
    reader = SignatureReader(h.repo, WATCHED)
    touching = [w.commit.message for w in Walk(h.repo, [h.head], [], reader) if w.touches]
    assert touching == ["base", "watched"]
