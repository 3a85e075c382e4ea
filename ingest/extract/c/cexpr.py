"""C constant expressions with the kernel's bit helpers: the one evaluator.

`Env.value("~(ID_AA64PFR0_EL1_AMU | ID_AA64PFR0_EL1_SVE)")` expands macros
(with `##` token pasting), knows GENMASK, BIT, FIELD_PREP/FIELD_GET,
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

U64 = (1 << 64) - 1


@dataclass(frozen=True)
class Define:
    """One #define: `params` is None for an object-like macro."""

    params: tuple[str, ...] | None
    body: str


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
    "FIELD_GET": Define(("m", "v"), "(((v) & (m)) // ((m) & -(m)))"),
    "sys_reg": Define(("op0", "op1", "crn", "crm", "op2"),
                      "(((op0) << 19) | ((op1) << 16) | ((crn) << 12) | ((crm) << 8) | ((op2) << 5))"),
}

_IDENT = re.compile(r"\b[A-Za-z_]\w*\b")
_CAST = re.compile(r"\(\s*(?:const\s+)?(?:unsigned\s+|signed\s+)?(?:u8|u16|u32|u64|s8|s16|s32|s64|int|long|long\s+long|char)\s*\)")
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

    def expand(self, expr: str, depth: int = 0) -> str:
        """Macros expanded, known names replaced by numbers; raises
        Unresolved naming every identifier left over."""
        if depth > 30:
            raise ValueError("macro recursion")
        out, pos, missing = [], 0, []
        expr = _CAST.sub("", expr)
        while True:
            m = _IDENT.search(expr, pos)
            if m is None:
                break
            name = m.group(0)
            out.append(expr[pos:m.start()])
            pos = m.end()
            d = self.macros.get(name) or BUILTINS.get(name)
            if name in self.values:
                out.append(str(self.values[name]))
            elif d is None:
                if name not in ("min", "max") or not re.match(r"\s*\(", expr[pos:]):
                    missing.append(name)
                out.append(name)
            elif d.params is None and re.fullmatch(r"[A-Za-z_]\w*", d.body.strip()) and d.body.strip() != name:
                expr, pos = expr[:m.start()] + d.body.strip() + expr[pos:], m.start()  # rescan: `#define sys_insn sys_reg`
            elif d.params is None:
                out.append("(" + self.expand(d.body, depth + 1) + ")")
            else:
                args, pos = call_args(expr, pos)
                out.append("(" + self.expand(substitute(d, args), depth + 1) + ")")
        out.append(expr[pos:])
        if missing:
            raise Unresolved(tuple(dict.fromkeys(missing)))
        return "".join(out)


def evaluate(expr: str, macros: dict[str, Define], consts: dict[str, int] | None = None) -> int | None:
    """Integer value of a C constant expression through macro chains (names
    in `consts` taken as those numbers), or None when some name stays unknown."""
    return Env(macros, consts or {}).value(expr)


def substitute(d: Define, args: list[str]) -> str:
    """A function-like macro's body with its arguments in place (as the
    preprocessor does: unparenthesised), `##` pasted."""
    body = d.body
    params = d.params or ()
    if len(args) < len(params) and not (len(params) == 1 and args == [""]):
        raise ValueError(f"macro expects {len(params)} arguments")

    def repl(m: re.Match) -> str:
        name = m.group(0)
        if name not in params:
            return name
        i = params.index(name)
        return args[i].strip() if i < len(args) else ""

    body = re.sub(r"\b[A-Za-z_]\w*\b", repl, body)
    return re.sub(r"\s*##\s*", "", body)


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
