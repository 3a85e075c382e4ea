"""Reading kernel C: functions, switch cases, #defines and macro arithmetic.

Tree-sitter (C grammar) finds function bodies and case labels; kernel macros
make any parse partial, so callers get None (never a guess) when something
cannot be found, and turn that into a warning on the state.
"""
from __future__ import annotations

import ast
import operator
import re
from dataclasses import dataclass
from functools import lru_cache

import tree_sitter_c
from tree_sitter import Language, Node, Parser

_C = Language(tree_sitter_c.language())


@dataclass(frozen=True)
class Define:
    params: tuple[str, ...] | None  # None: object-like macro
    body: str


_COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)


def strip_comments(text: str) -> str:
    """Comments out, line structure kept (so line numbers stay true)."""
    return _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n") or " ", text)


_DEFINE = re.compile(r"^[ \t]*#[ \t]*define[ \t]+(\w+)(\([^)]*\))?[ \t]*(.*)$")


def defines(text: str) -> dict[str, Define]:
    """Every #define of a file (continuations joined, comments removed)."""
    out: dict[str, Define] = {}
    joined = strip_comments(text).replace("\\\n", " ")
    for line in joined.splitlines():
        m = _DEFINE.match(line)
        if not m:
            continue
        name, params, body = m.group(1), m.group(2), m.group(3).strip()
        plist = tuple(p.strip() for p in params[1:-1].split(",") if p.strip()) if params else None
        out[name] = Define(plist, body)
    return out


def enum_values(text: str) -> dict[str, int]:
    """Enumerators of every enum in a file, with their implicit numbering."""
    out: dict[str, int] = {}
    for body in re.findall(r"\benum\b[^{;]*\{(.*?)\}", strip_comments(text), re.S):
        value = -1
        for entry in body.split(","):
            entry = entry.strip()
            if not entry or not re.match(r"^\w+", entry):
                continue
            name, _, init = entry.partition("=")
            init = init.strip()
            value = evaluate(init, {}, out) if init else value + 1
            if value is None:  # unreadable initialiser: later implicit values unknown
                break
            out[name.strip()] = value
    return out


# --- functions and switches (tree-sitter) --------------------------------

@lru_cache(maxsize=64)
def _parse(text: str):
    return Parser(_C).parse(text.encode())


def _declarator_name(node: Node) -> str | None:
    while node is not None and node.type not in ("identifier", "field_identifier"):
        node = node.child_by_field_name("declarator")
    return node.text.decode() if node is not None else None


def functions(text: str) -> dict[str, str]:
    """name -> body text (with braces) of every function definition."""
    out: dict[str, str] = {}
    stack = [_parse(text).root_node]
    while stack:
        node = stack.pop()
        if node.type == "function_definition":
            name = _declarator_name(node.child_by_field_name("declarator"))
            body = node.child_by_field_name("body")
            if name and body is not None:
                out.setdefault(name, body.text.decode())
            continue
        stack.extend(node.children)
    return out


def function_body(text: str, name: str) -> str | None:
    """The body of one function, or None when it cannot be found whole."""
    body = functions(text).get(name)
    if body is not None:
        return body
    return _brace_body(text, name)


def _brace_body(text: str, name: str) -> str | None:
    # Fallback when a kernel macro hides the definition from the parser.
    m = re.search(r"^[^\n;{}]*\b%s\s*\([^;{]*\)\s*\{" % re.escape(name), text, re.M)
    if not m:
        return None
    depth, start = 0, m.end() - 1
    for i in range(start, len(text)):
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        if depth == 0:
            return text[start:i + 1]
    return None  # truncated


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


# --- macro arithmetic ------------------------------------------------------

_OPS = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
    ast.LShift: operator.lshift, ast.RShift: operator.rshift,
    ast.BitOr: operator.or_, ast.BitAnd: operator.and_, ast.BitXor: operator.xor,
    ast.FloorDiv: operator.floordiv,
}


def _eval(node: ast.AST) -> int:
    if isinstance(node, ast.Expression):
        return _eval(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, int):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_eval(node.left), _eval(node.right))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Invert):
        return ~_eval(node.operand)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval(node.operand)
    raise ValueError("not arithmetic")


_INT = re.compile(r"\b(0[xX][0-9a-fA-F]+|\d+)[uUlL]*\b")


def expand(expr: str, macros: dict[str, Define], depth: int = 0) -> str:
    """Expand object-like and function-like macros (no token pasting)."""
    if depth > 20:
        raise ValueError("macro recursion")
    out, pos = [], 0
    for m in re.finditer(r"\b[A-Za-z_]\w*\b", expr):
        if m.start() < pos:
            continue
        name, d = m.group(0), macros.get(m.group(0))
        out.append(expr[pos:m.start()])
        pos = m.end()
        if d is None:
            out.append(name)
        elif d.params is None:
            out.append("(" + expand(d.body, macros, depth + 1) + ")")
        else:
            args, pos = _call_args(expr, pos)
            body = d.body
            for p, a in zip(d.params, args):
                body = re.sub(r"\b%s\b" % re.escape(p), "(" + a + ")", body)
            out.append("(" + expand(body, macros, depth + 1) + ")")
    out.append(expr[pos:])
    return "".join(out)


def _call_args(expr: str, pos: int) -> tuple[list[str], int]:
    m = re.compile(r"\s*\(").match(expr, pos)
    if not m:
        raise ValueError("function-like macro without arguments")
    depth, args, cur, i = 1, [], [], m.end()
    while i < len(expr) and depth:
        ch = expr[i]
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 1 and ch == ",":
            args.append("".join(cur).strip()); cur = []
        elif depth:
            cur.append(ch)
        i += 1
    args.append("".join(cur).strip())
    return args, i


def evaluate(expr: str, macros: dict[str, Define], consts: dict[str, int] | None = None) -> int | None:
    """Integer value of a C constant expression through macro chains,
    or None when some name stays unknown."""
    try:
        text = expand(expr, macros)
        for name, value in (consts or {}).items():
            text = re.sub(r"\b%s\b" % re.escape(name), str(value), text)
        text = re.sub(r"\(\s*(?:unsigned\s+)?(?:u8|u16|u32|u64|int|long)\s*\)", "", text)
        text = _INT.sub(lambda m: str(int(m.group(1), 0)), text)
        text = text.replace("/", "//")
        return _eval(ast.parse(text.strip(), mode="eval"))
    except (ValueError, SyntaxError, TypeError, RecursionError):
        return None
