"""Where a match sits in a file: its line number and the function holding it.

Extractors read comment-free texts (csrc.strip_comments keeps every newline),
so an offset into such a text has the same line number as in the file as
committed. Everything here is cached per text: an extractor asks for many
lines of the same few files, and the tables are built once per file version.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ingest.extract.c.csrc import function_body, functions
from ingest.facts import Evidence

TEXT_WIDTH = 160  # an evidence line is quoted, not a whole macro continuation


@lru_cache(maxsize=64)
def _line_starts(text: str) -> tuple[int, ...]:
    return (0,) + tuple(m.end() for m in re.finditer("\n", text))


def line_at(text: str, offset: int) -> int:
    """The 1-based line number of `text[offset]` (lines end at '\\n' only,
    as git.kernel.org and editors count them)."""
    return bisect_right(_line_starts(text), offset)


def line_text(text: str, line: int) -> str:
    """Line `line` (1-based) of a text, blanks collapsed, cut at TEXT_WIDTH."""
    starts = _line_starts(text)
    start = starts[line - 1]
    end = starts[line] - 1 if line < len(starts) else len(text)
    words = " ".join(text[start:end].split())
    return words if len(words) <= TEXT_WIDTH else words[:TEXT_WIDTH - 1] + "…"


@lru_cache(maxsize=64)
def _spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of every function body found in the text, by start."""
    out = []
    for name, body in functions(text).items():
        start = text.find(body)
        if start >= 0:
            out.append((start, start + len(body), name))
    return tuple(sorted(out))


@lru_cache(maxsize=64)
def _reach(text: str) -> tuple[int, ...]:
    """For each span of _spans(text), the furthest end among it and the spans
    before it: walking back from a span, none earlier can hold an offset at
    or past this (file-scope offsets no longer walk back through every function)."""
    out, far = [], -1
    for _, end, _ in _spans(text):
        far = max(far, end)
        out.append(far)
    return tuple(out)


def enclosing(text: str, offset: int) -> str | None:
    """The function whose body holds `offset`, or None (file scope)."""
    spans, reach = _spans(text), _reach(text)
    i = bisect_right(spans, (offset, float("inf"), "")) - 1
    while i >= 0 and reach[i] > offset:
        start, end, name = spans[i]
        if start <= offset < end:
            return name
        i -= 1
    return None


@lru_cache(maxsize=512)
def body_offset(text: str, name: str) -> int | None:
    """Where the body (from its `{`) of function `name` starts in `text`."""
    body = function_body(text, name)
    if body is None:
        return None
    at = text.find(body)
    return at if at >= 0 else None


def at_offset(what: str, path: str, text: str, offset: int, function: str | None = None) -> Evidence:
    """Evidence for the line holding `text[offset]`; the function is looked
    up when the caller does not know it."""
    line = line_at(text, offset)
    name = function if function is not None else enclosing(text, offset)
    return Evidence(what, path, line, name, line_text(text, line))


def search(what: str, path: str, text: str, *patterns: str | re.Pattern, function: str | None = None,
           group: int = 0) -> Evidence | None:
    """Evidence for the line where the last of `patterns` matches, each
    pattern searched after the previous one's match (`case GICD_IIDR:`, then
    the `case KVM_VGIC_IMP_REV_2:` below it), inside function `function`'s
    body or the whole text when None; None when anything is not found."""
    pos: int | None
    pos, end = 0, len(text)
    if function is not None:
        pos = body_offset(text, function)
        body = function_body(text, function)
        if pos is None or body is None:  # the body is None only where pos is
            return None
        end = pos + len(body)
    m = None
    for pattern in patterns:
        m = re.compile(pattern).search(text, pos, end)
        if m is None:
            return None
        pos = m.end()
    return at_offset(what, path, text, m.start(group), function) if m else None


def define(what: str, path: str, text: str, name: str) -> Evidence | None:
    """Evidence for the `#define name` line of a text, or None."""
    return search(what, path, text, r"(?m)^[ \t]*#[ \t]*define[ \t]+%s\b" % re.escape(name))


def define_in(what: str, texts, name: str) -> Evidence | None:
    """The `#define name` line in the first of `texts` ({path: text}) holding one."""
    for path, text in texts.items():
        if name in text:
            found = define(what, path, text, name)
            if found is not None:
                return found
    return None


# --- words: where names occur, indexed once per text ---------------------------

# Only what names registers and fields: words with an underscore, and pairs
# whose first word is a register (`ID_AA64PFR0_EL1, CSV2`): a third of the words.
_WORD = re.compile(r"\b[A-Za-z]\w*_\w+")
_PAIR = re.compile(r"\b(?=([A-Z][A-Z0-9_]*_EL\d)\s*,\s*(\w+)\b)")


class WordIndex:
    """Where each name (a word with an underscore) of a text occurs,
    case-insensitive, and each `<register>, <word>` pair: one pass over the
    text answers every name looked up in it afterwards (a regex per name over
    a 200 KB file, hundreds of times, does not scale)."""

    def __init__(self, text: str):
        self.memo: dict = {}  # answers its users keep with it (as many as the names they ask)
        self.words: dict[str, list[int]] = {}
        for m in _WORD.finditer(text):
            self.words.setdefault(m.group(0).lower(), []).append(m.start())
        self.vocab = sorted(self.words)
        self.pairs: dict[tuple[str, str], list[int]] = {}
        for m in _PAIR.finditer(text):
            self.pairs.setdefault((m.group(1).lower(), m.group(2).lower()), []).append(m.start(1))

    def with_prefix(self, prefix: str, tokens: int = 1) -> list[str]:
        """Words equal to `prefix` or to it followed by up to `tokens` more
        `_X` parts (ID_AA64PFR0_EL1_CSV2 -> _CSV2_MASK, _CSV2_SHIFT)."""
        prefix = prefix.lower()
        i = bisect_right(self.vocab, prefix) - 1
        out = [prefix] if i >= 0 and self.vocab[i] == prefix else []
        j = bisect_right(self.vocab, prefix + "_")
        while j < len(self.vocab) and self.vocab[j].startswith(prefix + "_"):
            if self.vocab[j][len(prefix) + 1:].count("_") < tokens:
                out.append(self.vocab[j])
            j += 1
        return out

    def first(self, offsets_lists, start: int, end: int) -> int | None:
        """The smallest offset in [start, end) among several ascending lists."""
        best = None
        for offsets in offsets_lists:
            k = bisect_right(offsets, start - 1)
            if k < len(offsets) and offsets[k] < end and (best is None or offsets[k] < best):
                best = offsets[k]
        return best


@lru_cache(maxsize=8)
def word_index(text: str) -> WordIndex:
    return WordIndex(text)


@lru_cache(maxsize=256)
def body_word_index(body: str) -> WordIndex:
    """word_index for function bodies: many small texts, most of them the
    same from one file version to the next (memory stays bounded)."""
    return WordIndex(body)
