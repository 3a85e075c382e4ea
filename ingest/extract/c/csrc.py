"""Reading kernel C: functions, switch cases, #defines, enums and brackets.

Tree-sitter (C grammar) finds function bodies and case labels; kernel macros
make any parse partial, so callers get None (never a guess) when something
cannot be found, and turn that into a warning on the state. Macro arithmetic
is cexpr's (`evaluate` and `Define` are re-exported from there).
"""
from __future__ import annotations

import re
from functools import lru_cache
from types import MappingProxyType
from typing import Iterator, Mapping

import tree_sitter_c
from tree_sitter import Language, Node, Parser

from ingest.extract.c import cpp
from ingest.extract.c.cexpr import Define, evaluate

__all__ = ["Define", "evaluate", "strip_comments", "defines", "enum_values", "mentions", "closing", "inside",
           "functions", "function_body", "case_block", "case_labels"]

_C = Language(tree_sitter_c.language())

_COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)


@lru_cache(maxsize=64)
def strip_comments(text: str) -> str:
    """Comments out, line structure kept (so line numbers stay true).
    Cached: every run strips the unchanged files again, and handing back the
    same str object lets the caches keyed by the clean text hit cheaply."""
    return _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n") or " ", text)


def defines(text: str) -> dict[str, Define]:
    """Every macro a file leaves defined (continuations joined, comments
    removed, a later #undef drops a name: cpp.define_lines).
    A fresh dict each call (callers add to it); the reading is cached."""
    return dict(_defines(text))


@lru_cache(maxsize=64)
def _defines(text: str) -> dict[str, Define]:
    out: dict[str, Define] = {}
    joined = strip_comments(text).replace("\\\n", " ")
    # Paragraph by paragraph (blank lines never hold a #define): a new version
    # of a file mostly changes a paragraph or two, the others are read already.
    for paragraph in joined.split("\n\n"):
        for name, d in _paragraph_defines(paragraph):
            if d is None:
                out.pop(name, None)
            else:
                out[name] = d
    return out


@lru_cache(maxsize=16384)
def _paragraph_defines(text: str) -> tuple[tuple[str, Define | None], ...]:
    return tuple(cpp.define_lines(text))


def enum_values(text: str) -> dict[str, int]:
    """Enumerators of every enum in a file, with their implicit numbering.
    A fresh dict each call; the reading is cached (the uapi header is read
    again on every run)."""
    return dict(_enum_values(text))


@lru_cache(maxsize=64)
def _enum_values(text: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for body in re.findall(r"\benum\b[^{;]*\{(.*?)\}", strip_comments(text), re.S):
        value = -1
        for entry in body.split(","):
            entry = entry.strip()
            if not entry or not re.match(r"^\w+", entry):
                continue
            name, _, init = entry.partition("=")
            init = init.strip()
            read = evaluate(init, {}, out) if init else value + 1
            if read is None:  # unreadable initialiser: later implicit values unknown
                break
            value = read
            out[name.strip()] = value
    return out


_WORD_CHAR = re.compile(r"\w")


def search_word(name: str, rest: str, text: str, pos: int = 0) -> re.Match | None:
    r"""`re.compile(r"\b" + re.escape(name) + rest).search(text, pos)`, faster:
    without the leading \b the regex engine skips ahead to the name's letters
    instead of trying every position; the boundary is checked on each candidate."""
    if not _WORD_CHAR.match(name[:1]):
        return re.compile(r"\b" + re.escape(name) + rest).search(text, pos)
    pattern = re.compile(re.escape(name) + rest)
    m = pattern.search(text, pos)
    while m is not None and m.start() > 0 and _WORD_CHAR.match(text, m.start() - 1):
        m = pattern.search(text, m.start() + 1)
    return m


def finditer_word(name: str, rest: str, text: str) -> Iterator[re.Match]:
    r"""`re.finditer(r"\b" + re.escape(name) + rest, text)`, as search_word."""
    m = search_word(name, rest, text)
    while m is not None:
        yield m
        m = search_word(name, rest, text, m.end())  # never empty: it holds the name


@lru_cache(maxsize=256)
def mentions(text: str, name: str) -> bool:
    """Whether `name` appears as a whole word. Cached: extractors ask the
    same names of the unchanged files on every run."""
    return re.search(r"\b%s\b" % re.escape(name), text) is not None


# --- brackets --------------------------------------------------------------

_PAIRS = {"{": "}", "(": ")", "[": "]"}
_BRACKETS = {op: re.compile(re.escape(op) + "|" + re.escape(cl)) for op, cl in _PAIRS.items()}


def closing(text: str, start: int) -> int | None:
    """Index of the bracket closing the one at `text[start]` (`{`, `(` or `[`),
    or None when the text ends first."""
    op = text[start] if 0 <= start < len(text) else ""
    if op not in _PAIRS:
        return None
    depth = 0
    for m in _BRACKETS[op].finditer(text, start):
        depth += 1 if m.group(0) == op else -1
        if depth == 0:
            return m.start()
    return None


def inside(text: str, start: int) -> str | None:
    """The text between the bracket at `text[start]` and the one closing it."""
    end = closing(text, start)
    return text[start + 1:end] if end is not None else None


# --- functions and switches (tree-sitter) --------------------------------

def _declarator_name(node: Node | None) -> str | None:
    while node is not None and node.type not in ("identifier", "field_identifier"):
        node = node.child_by_field_name("declarator")
    if node is None:
        return None
    assert node.text is not None  # parsed from text, so every node has its text
    return node.text.decode()


# Nodes a function definition can sit in, outside another function: the file,
# preprocessor branches, error recovery, and statements a kernel macro left at
# file scope (`MACRO(args) { ... }` parses as a compound statement). Walking
# only these (and any node holding a parse error) finds what walking every
# node finds, checked on the Debian 6.1/6.12 trees and the benchmark history.
_CONTAINERS = frozenset({
    "translation_unit", "ERROR", "linkage_specification", "declaration_list",
    "preproc_if", "preproc_ifdef", "preproc_else", "preproc_elif", "preproc_elifdef",
    "compound_statement", "attributed_statement", "labeled_statement", "case_statement",
    "if_statement", "else_clause", "switch_statement", "while_statement", "do_statement",
    "for_statement", "seh_try_statement", "seh_except_clause", "seh_finally_clause"})


@lru_cache(maxsize=64)
def functions(text: str) -> Mapping[str, str]:
    """name -> body text (with braces) of every function definition; parsed
    once per text (extractors ask again and again), hence read-only.
    Where a name is defined twice (#ifdef branches) the last definition
    wins, and names come last-defined first."""
    out: dict[str, str] = {}
    stack = [Parser(_C).parse(text.encode()).root_node]
    while stack:
        node = stack.pop()
        if node.type == "function_definition":
            name = _declarator_name(node.child_by_field_name("declarator"))
            body = node.child_by_field_name("body")
            if name and body is not None:
                assert body.text is not None
                out.setdefault(name, body.text.decode())
        elif node.type in _CONTAINERS or node.has_error:
            # Declarations (the huge sys_reg_descs[] initialiser) and expressions
            # hold no definition unless the parser had to recover inside them.
            stack.extend(node.children)
    return MappingProxyType(out)


def function_body(text: str, name: str) -> str | None:
    """The body of one function, or None when it cannot be found whole."""
    body = functions(text).get(name)
    if body is not None:
        return body
    return _brace_body(text, name)


@lru_cache(maxsize=256)
def _brace_body(text: str, name: str) -> str | None:
    # Fallback when a kernel macro hides the definition from the parser (or the
    # function does not exist: asked again on every run, hence cached).
    if name not in text:
        return None
    # re.search(pattern, text, re.M), tried only at the starts of lines holding
    # the name (a match cannot cross a newline before it): same first match.
    pattern = re.compile(r"^[^\n;{}]*\b%s\s*\([^;{]*\)\s*\{" % re.escape(name), re.M)
    m, tried, at = None, -1, text.find(name)
    while at >= 0:
        line = text.rfind("\n", 0, at) + 1
        if line != tried:
            tried = line
            m = pattern.match(text, line)
            if m:
                break
        at = text.find(name, at + 1)
    if not m:
        return None
    start = m.end() - 1
    end = closing(text, start)
    return text[start:end + 1] if end is not None else None  # None: truncated


def case_block(body: str, label: str) -> str | None:
    """Statements under `case label:` in a switch of `body`, up to the next
    label of the same switch (or its end). Fall-through labels share the
    block; a nested switch's labels stay inside it."""
    m = re.search(r"\bcase\s+%s\s*:" % re.escape(label), body)
    if not m:
        return None
    depth, out, statements = 0, [], False
    for line in body[m.end():].splitlines(keepends=True):
        stripped = line.strip()
        is_label = depth == 0 and re.match(r"(case\b.*:|default\s*:)", stripped)
        if is_label and statements:
            break
        statements = statements or bool(stripped and not is_label)
        depth += line.count("{") - line.count("}")
        if depth < 0:
            break
        out.append(line)
    return "".join(out)


def case_labels(block: str) -> list[str]:
    """The labels of every `case X:` in a text, in order."""
    return re.findall(r"\bcase\s+([\w()., ]+?)\s*:", block)
