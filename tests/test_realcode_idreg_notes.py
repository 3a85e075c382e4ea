"""The ID-register expectations (tests/data/real_idregs.py) against the code
they cite, read here with plain text search, not with the extractor:
every non-trivial entry cites the line that decides it, each cited line
says what the note quotes inside the function or table it names, every
name the tree does not define is explained, and where the code says
otherwise than the snapshot a strict xfail states the code's value."""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from data import real_idregs
from kernelsrc import kernel_tree

pytestmark = pytest.mark.realcode
TAGS = {"v6.1": "6.1", "v6.12": "6.12"}


@cache
def _lines(tag: str, path: str) -> list[str]:
    return (Path(kernel_tree(TAGS[tag])) / path).read_text(errors="replace").splitlines()


def _needs(tag: str, item: str, expected: tuple) -> set[str]:
    """What a note must say for this entry: its default, settable, warning."""
    default, settable = expected
    out = set()
    if default != "host":
        out.add("default")
    if settable != ("none",) and item.count("/") == 2:
        out.add("settable")
    if item in real_idregs.WARNED[tag]:
        out.add("warning")
    return out


def _owner(lines: list[str], i: int) -> str | None:
    """The function or table whose definition (at column 0) holds line i."""
    for j in range(i, -1, -1):
        line = lines[j]
        if not line or line[0].isspace() or line[0] in "#{}/*":
            continue
        m = re.match(r"^[\w\s\*]*?\b(\w+)\s*(\[\s*\]\s*(?:__\w+\s*)?)?[\(=]", line)
        return (m.group(1) + ("[]" if m.group(2) else "()")) if m else None
    return None


@pytest.mark.parametrize("tag", TAGS)
def test_every_non_trivial_entry_cites_its_code(tag):
    missing = {}
    for item, expected in real_idregs.EXPECTED[tag].items():
        need = _needs(tag, item, expected)
        have = {what.split("-")[0] for what, *_ in real_idregs.NOTES[tag].get(item, [])}
        if need - have and item not in real_idregs.UNDEFINED_IN_TREE[tag]:
            missing[item] = sorted(need - have)
    assert missing == {}


@pytest.mark.parametrize("tag", TAGS)
def test_each_cited_line_says_what_the_note_quotes(tag):
    wrong = []
    for item, notes in real_idregs.NOTES[tag].items():
        for what, path, owner, line, text in notes:
            lines = _lines(tag, path)
            said = " ".join(lines[line - 1].split()) if line <= len(lines) else ""
            if text not in said or _owner(lines, line - 1) != owner:
                wrong.append((item, what, path, line, owner, text, said, _owner(lines, line - 1)))
    assert wrong == []


def _field_words(item: str) -> list[str]:
    reg, field = item.split("/")[1:3]
    short = reg.rsplit("_EL", 1)[0]
    return [rf"\b{reg}_{field}\b", rf"\b{reg}_{field}_(?:SHIFT|MASK)\b", rf"\b{short}_{field.upper()}_SHIFT\b"]


@pytest.mark.parametrize("tag", TAGS)
def test_absent_host_entries_are_absent(tag):
    """`default-absent`: the cited arm64_ftr_bits table has no entry naming
    the field, so the sanitised value keeps it 0."""
    present = []
    for item, notes in real_idregs.NOTES[tag].items():
        for what, path, owner, line, _ in notes:
            if what != "default-absent":
                continue
            lines = _lines(tag, path)
            end = next(i for i in range(line, len(lines)) if lines[i].startswith("};"))
            body = "\n".join(lines[line - 1:end])
            if any(re.search(w, body, re.I) for w in _field_words(item)):
                present.append(item)
    assert present == []


def _defined(tag: str) -> tuple[set[str], set[tuple[str, str]]]:
    """The identifiers of the watched files (lower case), and the (register,
    field) pairs of arch/arm64/tools/sysreg's descriptions."""
    from ingest.extract import idregs
    from kernelsrc import read_tree

    files = read_tree(kernel_tree(TAGS[tag]), set(idregs.PATHS))
    words = {w.lower() for text in files.values() for w in re.findall(r"\w+", text)}
    pairs, reg = set(), None
    for line in files.get("arch/arm64/tools/sysreg", "").splitlines():
        w = line.split()
        if w[:1] == ["Sysreg"]:
            reg = w[1]
        elif reg and len(w) >= 3 and ":" in w[1]:
            pairs.add((reg, w[2].lower()))
    return words, pairs


@pytest.mark.parametrize("tag", TAGS)
def test_names_the_tree_does_not_define_are_explained(tag):
    words, pairs = _defined(tag)
    unexplained = []
    for item in real_idregs.EXPECTED[tag]:
        parts = item.split("/")
        if parts[0] != "idreg":
            continue
        if len(parts) == 3:
            reg, field = parts[1], parts[2].lower()
            short = reg.rsplit("_EL", 1)[0].lower()
            known = ((reg, field) in pairs or f"{reg.lower()}_{field}" in words
                     or f"{reg.lower()}_{field}_shift" in words or f"{short}_{field}_shift" in words)
        else:
            known = parts[1].lower() in words
        if not known and item not in real_idregs.UNDEFINED_IN_TREE[tag]:
            unexplained.append(item)
    assert unexplained == []


CODE_READ = [(t, i) for t, d in real_idregs.CODE_READ.items() for i in d]


@pytest.mark.parametrize("tag,item", CODE_READ)
def test_the_snapshot_holds_the_value_read_by_hand(tag, item):
    old, code, why = real_idregs.CODE_READ[tag][item]
    assert real_idregs.EXPECTED[tag][item] == code != old and why


@pytest.fixture(scope="module")
def extracted():
    from ingest.extract import idregs
    from kernelsrc import read_tree

    out = {}
    for tag, version in TAGS.items():
        files = read_tree(kernel_tree(version), set(idregs.PATHS))
        out[tag] = {s.item: (s.default, s.settable) for s in idregs.extract_idregs(files)}
    return out


@pytest.mark.parametrize("tag,item", CODE_READ)
def test_the_extractor_gives_the_value_read_by_hand(extracted, tag, item):
    _, code, _ = real_idregs.CODE_READ[tag][item]
    assert extracted[tag][item] == code
