"""Macro expansion as the C preprocessor does it: the one expander.

`expand(text, macros)` replaces macros in a piece of C (a table initialiser,
an expression) the way C11 6.10.3 says, and hands back C text:
  - object-like and function-like macros, nested, in any order;
  - arguments fully macro-expanded before substitution, except next to `#`
    or `##`, where the argument is taken as written;
  - `#` makes a string literal of an argument, `##` pastes two tokens (an
    empty argument is a placemarker: `r(,5)` of `x ## y` is `5`);
  - the result is rescanned with the rest of the text (so `#define g f`
    then `g(1)` calls f), and a macro is never expanded again inside its own
    expansion: every token carries the set of macros it came out of (the
    "hide set" of Prosser's algorithm, the "blue paint" of the standard);
  - variadic macros: `...` / `__VA_ARGS__`, GNU's named `args...` and its
    `, ## __VA_ARGS__` (the comma goes when nothing is passed).
`defines(text)` collects the #defines of a file in order (backslash
continuations joined, comments removed, a later #undef drops a name).

Why our own and not pcpp (PyPI, checked 2026-12-03: 1.30 of 2021-10-29, the
latest; it expands the C standard's 6.10.3.5 examples right): pcpp is a
whole-file preprocessor (it follows #include and evaluates #if, prints
#line markers) built on a vendored PLY lexer, while the extractors need the
opposite: expand fragments against a table of #defines gathered from several
files *without* choosing #if branches (the kernel's CONFIG_ alternatives are
all kept, the last definition wins), leave unknown names as they are, and
stay fast on the ingester's walk (expansions are cached by text). The
algorithm itself is short (below) and its corner cases are pinned by
tests/test_cpp.py, which also compares with the system's `cpp` where there
is one. No #if evaluation, no `__VA_OPT__` (the kernel does not use it in
the files read), `defined` is an ordinary name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Protocol, Sequence

__all__ = ["Define", "CppError", "Token", "tokenize", "expand", "expand_tokens", "render",
           "invocation", "defines", "define_lines"]


@dataclass(frozen=True)
class Define:
    """One #define: `params` is None for an object-like macro; a variadic
    macro's last parameter is `...` (or GNU's `name...`)."""

    params: tuple[str, ...] | None
    body: str


class Macros(Protocol):
    """What expand() looks macros up in: a Mapping[str, Define], or anything
    with its get()."""

    def get(self, name: str, /) -> Define | None: ...


class CppError(ValueError):
    """The text cannot be expanded (unterminated call, wrong argument count)."""


# --- tokens -------------------------------------------------------------------

_PUNCT = ("%:%:", "...", "<<=", ">>=", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||",
          "*=", "/=", "%=", "+=", "-=", "&=", "^=", "|=", "##", "<:", ":>", "<%", "%>", "%:")
_TOKEN = re.compile(
    r"(?P<ws>[ \t\r\n\f\v]+|\\\n)"
    r"|(?P<str>(?:u8|[uUL])?\"(?:[^\"\\\n]|\\.)*\"?)"
    r"|(?P<chr>(?:[uUL])?'(?:[^'\\\n]|\\.)*'?)"
    r"|(?P<id>[A-Za-z_$][\w$]*)"
    r"|(?P<num>\.?\d(?:[eEpP][+-]|[\w.])*)"
    r"|(?P<punct>" + "|".join(re.escape(p) for p in _PUNCT) + r"|.)", re.S)


class Token:
    """One preprocessing token: its spelling, kind, whether blanks precede
    it (for `#` and for the text handed back) and its hide set."""

    __slots__ = ("text", "kind", "space", "hide")

    def __init__(self, text: str, kind: str, space: bool = False, hide: frozenset = frozenset()):
        self.text, self.kind, self.space, self.hide = text, kind, space, hide

    def but(self, space: bool | None = None, hide: frozenset | None = None) -> "Token":
        return Token(self.text, self.kind, self.space if space is None else space,
                     self.hide if hide is None else hide)

    def __repr__(self) -> str:
        return f"Token({self.text!r})"


PLACEMARKER = Token("", "placemarker")


def tokenize(text: str) -> list[Token]:
    """The preprocessing tokens of `text` (comments must be gone already)."""
    return list(_tokenize(text))


@lru_cache(maxsize=8192)
def _tokenize(text: str) -> tuple[Token, ...]:
    # Cached by text: macro bodies and table items are tokenised again on every
    # run of the walk. Tokens are never mutated (but() makes new ones).
    out, space = [], False
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        assert kind is not None  # every alternative of _TOKEN is a named group
        if kind == "ws":
            space = True
            continue
        out.append(Token(m.group(0), kind, space))
        space = False
    return tuple(out)


def render(tokens: Iterable[Token]) -> str:
    """C text of tokens: one blank where the source had blanks, and where
    two tokens would otherwise read as one (`-` `-` is not `--`)."""
    out: list[str] = []
    prev: Token | None = None
    for t in tokens:
        if t.kind == "placemarker":
            continue
        if prev is not None and (t.space or _would_merge(prev, t)):
            out.append(" ")
        out.append(t.text)
        prev = t
    return "".join(out)


def _would_merge(a: Token, b: Token) -> bool:
    if a.kind == "punct" and b.kind in ("punct", "num"):
        return _punct_merges(a.text, b.text)
    if a.kind in ("id", "num") and b.kind in ("id", "num"):
        return True
    if a.kind == "num" and (b.text[:1] == "." or (a.text[-1] in "eEpP" and b.text[:1] in "+-")):
        return True
    return False


@lru_cache(maxsize=4096)
def _punct_merges(a: str, b: str) -> bool:
    joined = _tokenize(a + b)
    return len(joined) == 1 or joined[0].text != a


# --- macros -------------------------------------------------------------------

@lru_cache(maxsize=4096)
def _params(params: tuple[str, ...]) -> tuple[tuple[str, ...], str | None]:
    """Named parameters and the name the variadic part goes by (or None)."""
    if params and params[-1] == "...":
        return params[:-1], "__VA_ARGS__"
    if params and params[-1].endswith("..."):  # GNU: `#define pr(fmt, args...)`
        return params[:-1] + (params[-1][:-3].strip(),), params[-1][:-3].strip()
    return params, None


def expand(text: str, macros: Macros, keep: frozenset[str] = frozenset()) -> str:
    """`text` with every macro of `macros` expanded (names in `keep` are left
    as written, as if not defined). Raises CppError on an unterminated call
    or a wrong number of arguments."""
    return render(expand_tokens(tokenize(text), macros, keep))


def expand_tokens(tokens: list[Token], macros: Macros,
                  keep: frozenset[str] = frozenset()) -> list[Token]:
    return _Expander(macros, keep).run(list(tokens))


class _Expander:
    def __init__(self, macros: Macros, keep: frozenset[str]):
        self.macros, self.keep, self.depth = macros, keep, 0

    def run(self, tokens: list[Token]) -> list[Token]:
        self.depth += 1
        if self.depth > 200:
            raise CppError("macro arguments nested too deep")
        pending = tokens[::-1]  # a stack: the next token is pending[-1]
        out: list[Token] = []
        while pending:
            t = pending.pop()
            d = self._macro(t)
            if d is None:
                out.append(t)
            elif d.params is None:
                pending.extend(reversed(self._body(t, d, [], t.hide | {t.text})))
            elif not pending or pending[-1].text != "(":
                out.append(t)  # a function-like macro's name without a call
            else:
                args, rparen = self._arguments(t.text, pending)
                pending.extend(reversed(self._body(t, d, args, (t.hide & rparen.hide) | {t.text})))
        self.depth -= 1
        return out

    def _macro(self, t: Token) -> Define | None:
        if t.kind != "id" or t.text in t.hide or t.text in self.keep:
            return None
        return self.macros.get(t.text)

    def _arguments(self, name: str, pending: list[Token]) -> tuple[list[list[Token]], Token]:
        """The arguments of a call whose '(' is next on `pending` (consumed),
        split on commas outside parentheses, and the closing ')'."""
        pending.pop()
        args: list[list[Token]] = [[]]
        depth = 0
        while pending:
            t = pending.pop()
            if t.text == "(":
                depth += 1
            elif t.text == ")":
                if depth == 0:
                    return args, t
                depth -= 1
            elif t.text == "," and depth == 0:
                args.append([])
                continue
            args[-1].append(t)
        raise CppError(f"unterminated call of macro {name}")

    def _body(self, t: Token, d: Define, args: list[list[Token]], hide: frozenset) -> list[Token]:
        """The replacement list of one invocation, arguments substituted and
        pasted, every token's hide set grown by `hide`."""
        body: Sequence[Token]
        if d.params is None:
            body = _object_body(d.body)
        else:
            named, va = _params(d.params)
            body = _substitute(_tokenize(d.body), self._bind(t.text, d, named, va, args), self, va)
        # x.but(hide=...), without a call per token (the hot spot of a cold run)
        out = [Token(x.text, x.kind, x.space, x.hide | hide if x.hide else hide)
               for x in body if x.kind != "placemarker"]
        if out:
            out[0] = out[0].but(space=t.space)  # the expansion stands where the name stood
        return out

    def _bind(self, name, d, named, va, args) -> dict[str, list[Token]]:
        if d.params is None:
            return {}
        if not named and va is None:
            if args != [[]]:
                raise CppError(f"macro {name} takes no arguments, {len(args)} given")
            return {}
        fixed = len(named) - (1 if va not in (None, "__VA_ARGS__") else 0)
        if va is None and len(args) != len(named):
            raise CppError(f"macro {name} takes {len(named)} argument{'s' if len(named) != 1 else ''}, "
                           f"{len(args)} given")
        if va is not None and len(args) < fixed:
            raise CppError(f"macro {name} takes at least {fixed} arguments, {len(args)} given")
        actual = dict(zip(named[:fixed], args, strict=False))  # a variadic macro's extra args: after `fixed`
        if va is not None:
            rest = args[fixed:]
            joined: list[Token] = []
            for i, a in enumerate(rest):
                if i:
                    joined.append(Token(",", "punct"))
                joined.extend(a)
            actual[va] = joined
            if not rest:  # GNU: `, ## __VA_ARGS__` drops the comma (only) when none are passed
                actual["\0omitted"] = []
        return actual


@lru_cache(maxsize=8192)
def _object_body(body: str) -> tuple[Token, ...]:
    """An object-like macro's replacement list, `##` applied (the same every time)."""
    return tuple(_substitute(_tokenize(body), {}, None, None))


def _substitute(body: tuple[Token, ...], actual: dict[str, list[Token]], ex: "_Expander | None",
                va: str | None) -> list[Token]:
    """6.10.3.1-3: parameters replaced (expanded unless next to # or ##),
    `#` applied, then `##` applied left to right."""
    out: list[Token] = []
    i = 0
    while i < len(body):
        t = body[i]
        nxt = body[i + 1] if i + 1 < len(body) else None
        if t.text in ("#", "%:") and nxt is not None and nxt.text in actual:
            out.append(Token(_stringify(actual[nxt.text]), "str", t.space))
            i += 2
            continue
        if t.text in actual:
            pasted = ((nxt is not None and nxt.text == "##")
                      or (out and out[-1].text == "##" and out[-1].kind == "paste"))
            if va is not None and t.text == va and len(out) >= 2 and out[-1].kind == "paste" \
                    and out[-2].text == "," and "\0omitted" in actual:
                out.pop()  # GNU `, ## __VA_ARGS__` with no variable arguments: the comma goes
                out.pop()
                i += 1
                continue
            if pasted:
                arg = actual[t.text]
            else:
                assert ex is not None  # only _object_body passes none, with no parameters
                arg = ex.run(list(actual[t.text]))
            if arg:
                out.append(arg[0].but(space=t.space))
                out.extend(arg[1:])
            else:
                out.append(PLACEMARKER)
            i += 1
            continue
        if t.text in ("##", "%:%:"):
            out.append(Token("##", "paste", t.space))
        else:
            out.append(t)
        i += 1
    return _paste(out)


def _paste(tokens: list[Token]) -> list[Token]:
    if not any(t.kind == "paste" for t in tokens):
        return tokens
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.kind == "paste" and out and i + 1 < len(tokens):
            left, right = out.pop(), tokens[i + 1]
            out.extend(_glue(left, right))
            i += 2
            continue
        out.append(t)
        i += 1
    return out


def _glue(left: Token, right: Token) -> list[Token]:
    if left.kind == "placemarker":
        return [right]
    if right.kind == "placemarker":
        return [left]
    glued = tokenize(left.text + right.text)  # not one token: undefined; kept as tokens
    return [g.but(space=left.space if j == 0 else g.space) for j, g in enumerate(glued)]


def _stringify(arg: list[Token]) -> str:
    parts = []
    for j, a in enumerate(arg):
        text = a.text.replace("\\", "\\\\").replace('"', '\\"') if a.kind in ("str", "chr") else a.text
        parts.append((" " if j and a.space else "") + text)
    return '"' + "".join(parts) + '"'


def invocation(text: str) -> tuple[str, list[str]] | None:
    """`NAME(arg, ...)` at the start of `text`: the name and its arguments as
    written (split as the preprocessor splits them), or None."""
    toks = tokenize(text)
    if len(toks) < 2 or toks[0].kind != "id" or toks[1].text != "(":
        return None
    pending = toks[1:][::-1]
    try:
        args, _ = _Expander({}, frozenset())._arguments(toks[0].text, pending)
    except CppError:
        return None
    return toks[0].text, [render(a) for a in args]


# --- #define / #undef -----------------------------------------------------------

_COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)
_DIRECTIVE = re.compile(r"^[ \t]*#[ \t]*(define|undef)[ \t]+(\w+)(\([^)\n]*\))?[ \t]*(.*)$", re.M)


def define_lines(text: str) -> list[tuple[str, Define | None]]:
    """(name, Define) for each #define of `text` in order and (name, None) for
    each #undef; `text` has comments removed and continuations joined."""
    out: list[tuple[str, Define | None]] = []
    for m in _DIRECTIVE.finditer(text):
        kind, name, params, body = m.groups()
        if kind == "undef":
            out.append((name, None))
            continue
        plist = tuple(p.strip() for p in params[1:-1].split(",") if p.strip()) if params else None
        out.append((name, Define(plist, body.strip())))
    return out


def defines(text: str) -> dict[str, Define]:
    """Every macro a file leaves defined, in order of definition."""
    out: dict[str, Define] = {}
    joined = _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n") or " ", text).replace("\\\n", " ")
    for name, d in define_lines(joined):
        if d is None:
            out.pop(name, None)
        else:
            out[name] = d
    return out
