"""C constant expressions with the kernel's bit helpers: the one evaluator.

`Env.value("~(ID_AA64PFR0_EL1_AMU | ID_AA64PFR0_EL1_SVE)")` expands macros
as the C preprocessor does (cpp.expand, the one expander), knows GENMASK, BIT, FIELD_PREP/FIELD_GET,
UL()/ULL() and casts, and evaluates to a 64-bit integer, or None with the
names it could not resolve in `Env.unknown`. `evaluate()` is the one-shot
form (csrc.evaluate is this).
"""
from __future__ import annotations

import ast
import operator
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ingest.extract.c import cpp
from ingest.extract.c.cpp import Define

U64 = (1 << 64) - 1


# Kernel helpers written as arithmetic (x & -x is the lowest set bit of a mask).
BUILTINS: dict[str, Define] = {
    "GENMASK": Define(("h", "l"), "(((1 << ((h) - (l) + 1)) - 1) << (l))"),
    "GENMASK_ULL": Define(("h", "l"), "(((1 << ((h) - (l) + 1)) - 1) << (l))"),
    "BIT": Define(("n",), "(1 << (n))"),
    "BIT_ULL": Define(("n",), "(1 << (n))"),
    "UL": Define(("x",), "(x)"),
    "ULL": Define(("x",), "(x)"),
    "_AC": Define(("x", "y"), "(x)"),
    "_UL": Define(("x",), "(x)"),
    "_ULL": Define(("x",), "(x)"),
    "FIELD_PREP": Define(("m", "v"), "((((v) * ((m) & -(m)))) & (m))"),
    "FIELD_GET": Define(("m", "v"), "(((v) & (m)) / ((m) & -(m)))"),
    "sys_reg": Define(("op0", "op1", "crn", "crm", "op2"),
                      "(((op0) << 19) | ((op1) << 16) | ((crn) << 12) | ((crm) << 8) | ((op2) << 5))"),
}

_IDENT = re.compile(r"\b[A-Za-z_]\w*\b")
_CAST = re.compile(r"\(\s*(?:const\s+)?(?:unsigned\s+|signed\s+)?"
                   r"(?:u8|u16|u32|u64|s8|s16|s32|s64|int|long|long\s+long|char)\s*\)")
_INT = re.compile(r"\b(0[xX][0-9a-fA-F]+|0[bB][01]+|\d+)[uUlL]*\b")
_OPS = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
    ast.LShift: operator.lshift, ast.RShift: operator.rshift, ast.BitOr: operator.or_,
    ast.BitAnd: operator.and_, ast.BitXor: operator.xor, ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
}


class Unresolved(ValueError):
    pass


@dataclass
class Env:
    """Macros (name -> Define) and known integer names, shared by one call."""

    macros: dict[str, Define]
    values: dict[str, int] = field(default_factory=dict)
    unknown: tuple[str, ...] = ()
    _cache: dict[str, tuple[int | None, tuple[str, ...]]] = field(default_factory=dict)
    # Readings that depend on these macros, kept by their callers (an Env
    # lives as long as its tree's macros stay the same: across file versions).
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    def value(self, expr: str) -> int | None:
        """The value of `expr` as an unsigned 64-bit integer, or None
        (the unresolved names are then in self.unknown)."""
        expr = " ".join(expr.split())
        if expr in self._cache:
            out, self.unknown = self._cache[expr]
            return out
        try:
            text = self.expand(expr)
            out = _evaluate(text) & U64
            self.unknown = ()
        except Unresolved as exc:
            self.unknown = tuple(exc.args[0]) if exc.args and isinstance(exc.args[0], tuple) else (str(exc),)
            out = None
        except (ValueError, SyntaxError, TypeError, ZeroDivisionError, RecursionError) as exc:
            self.unknown = (f"{expr} ({type(exc).__name__})",)
            out = None
        self._cache[expr] = (out, self.unknown)
        return out

    def expand(self, expr: str) -> str:
        """Macros expanded as the preprocessor does (cpp.expand; known names
        stand for their numbers), casts dropped; raises Unresolved naming
        every identifier left over."""
        try:
            text = cpp.expand(expr, _Lookup(self))
        except cpp.CppError as exc:
            raise ValueError(str(exc)) from None
        text = _CAST.sub("", text)
        missing = [m.group(0) for m in _IDENT.finditer(text)
                   if m.group(0) not in ("min", "max") or not re.match(r"\s*\(", text[m.end():])]
        if missing:
            raise Unresolved(tuple(dict.fromkeys(missing)))
        return text


class _Lookup:
    """The macros an Env expands: known integer names first (they stand for
    what the generated header would #define), then the tree's, then BUILTINS."""

    def __init__(self, env: Env):
        self.env = env

    def get(self, name: str) -> Define | None:
        if name in self.env.values:
            return Define(None, str(self.env.values[name]))
        return self.env.macros.get(name) or BUILTINS.get(name)


def evaluate(expr: str, macros: dict[str, Define], consts: dict[str, int] | None = None) -> int | None:
    """Integer value of a C constant expression through macro chains (names
    in `consts` taken as those numbers), or None when some name stays unknown."""
    return Env(macros, consts or {}).value(expr)


def call_args(expr: str, pos: int) -> tuple[list[str], int]:
    """The comma-separated arguments of a call whose '(' follows `pos`."""
    m = re.compile(r"\s*\(").match(expr, pos)
    if not m:
        raise ValueError("function-like macro without arguments")
    depth, args, start = 1, [], m.end()
    for d in _CALL_DELIMS.finditer(expr, start):  # from bracket to comma, not char by char
        ch = d.group(0)
        if ch == ",":
            if depth == 1:
                args.append(expr[start:d.start()].strip())
                start = d.end()
            continue
        depth += 1 if ch in "({" else -1
        if depth == 0:
            args.append(expr[start:d.start()].strip())
            return args, d.end()
    raise ValueError("unbalanced parentheses")


_CALL_DELIMS = re.compile(r"[(){},]")


@lru_cache(maxsize=4096)
def _evaluate(text: str) -> int:
    # Cached: every run evaluates the same expanded expressions again, and
    # ast.parse (a compile) is most of an evaluation's cost.
    text = _INT.sub(lambda m: str(int(m.group(1), 0)), text)
    text = re.sub(r"(?<![/])/(?![/])", "//", text)
    return _eval(ast.parse(text.strip(), mode="eval").body)


def _eval(node: ast.AST) -> int:
    if isinstance(node, ast.Constant) and isinstance(node.value, int):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_eval(node.left), _eval(node.right))
    if isinstance(node, ast.UnaryOp):
        v = _eval(node.operand)
        if isinstance(node.op, ast.Invert):
            return ~v & U64
        if isinstance(node.op, ast.USub):
            return -v
        if isinstance(node.op, ast.Not):
            return int(not v)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("min", "max"):
        values = [_eval(a) for a in node.args]
        return min(values) if node.func.id == "min" else max(values)
    raise ValueError("not arithmetic")


_DELIMS = {",": re.compile(r"[(){}\[\],]"), ";": re.compile(r"[(){}\[\];]")}


def split_top(text: str, sep: str = ",") -> list[str]:
    """Split on `sep` (',' or ';') outside parentheses, brackets and braces."""
    out, depth, start = [], 0, 0
    for m in _DELIMS[sep].finditer(text):
        ch = m.group(0)
        if ch in "({[":
            depth += 1
        elif ch in ")}]":
            depth -= 1
        elif depth == 0:
            out.append(text[start:m.start()])
            start = m.end()
    out.append(text[start:])
    return [p.strip() for p in out if p.strip()]


def lowest_bit(mask: int) -> int:
    return (mask & -mask).bit_length() - 1 if mask else 0
