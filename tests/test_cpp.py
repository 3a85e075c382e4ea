"""The macro expander (ingest/extract/c/cpp.py) against the C standard's
examples (C11 6.10.3.5), the corner cases of the algorithm, kernel-shaped
descriptor macros, and the system's own preprocessor where there is one."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from ingest.extract.c import cpp
from ingest.extract.c.cexpr import Env, evaluate

# C11 6.10.3.5 EXAMPLE 3 (definitions and the invocations with their results).
EXAMPLE3 = r"""
#define x 3
#define f(a) f(x * (a))
#undef x
#define x 2
#define g f
#define z z[0]
#define h g(~
#define m(a) a(w)
#define w 0,1
#define t(a) a
#define p() int
#define q(x) x
#define r(x,y) x ## y
#define str(x) # x
"""
EXAMPLE3_CASES = [
    ("f(y+1) + f(f(z)) % t(t(g)(0) + t)(1);",
     "f(2 * (y+1)) + f(2 * (f(2 * (z[0])))) % f(2 * (0)) + t(1);"),
    ("g(x+(3,4)-w) | h 5) & m\n(f)^m(m);",
     "f(2 * (2+(3,4)-0,1)) | f(2 * (~ 5)) & f(2 * (0,1))^m(0,1);"),
    ("p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };",
     "int i[] = { 1, 23, 4, 5, };"),
    ("char c[2][6] = { str(hello), str() };",
     'char c[2][6] = { "hello", "" };'),
]

# EXAMPLE 4: # and ## together, and argument expansion through a second level.
EXAMPLE4 = r"""
#define str(s) # s
#define xstr(s) str(s)
#define debug(s, t) printf("x" # s "= %d, x" # t "= %s", \
                           x ## s, x ## t)
#define INCFILE(n) vers ## n
#define glue(a, b) a ## b
#define xglue(a, b) glue(a, b)
#define HIGHLOW "hello"
#define LOW LOW ", world"
"""
EXAMPLE4_CASES = [
    ("debug(1, 2);", 'printf("x" "1" "= %d, x" "2" "= %s", x1, x2);'),
    ("fputs(str(strncmp(\"abc\\0d\", \"abc\", '\\4')\n == 0) str(: @\\n), s);",
     "fputs(\"strncmp(\\\"abc\\\\0d\\\", \\\"abc\\\", '\\\\4') == 0\" \": @\\n\", s);"),
    ("xstr(INCFILE(2).h)", '"vers2.h"'),
    ("glue(HIGH, LOW);", '"hello";'),
    ("xglue(HIGH, LOW)", '"hello" ", world"'),
]

# EXAMPLE 5: placemarkers.
EXAMPLE5 = "#define t(x,y,z) x ## y ## z\n"
EXAMPLE5_CASE = ("int j[] = { t(1,2,3), t(,4,5), t(6,,7), t(8,9,),\n t(10,,), t(,11,), t(,,12), t(,,) };",
                 "int j[] = { 123, 45, 67, 89,\n 10, 11, 12, };")

# EXAMPLE 7: variadic macros.
EXAMPLE7 = r"""
#define debug(...) fprintf(stderr, __VA_ARGS__)
#define showlist(...) puts(#__VA_ARGS__)
#define report(test, ...) ((test)?puts(#test): printf(__VA_ARGS__))
"""
EXAMPLE7_CASES = [
    ('debug("Flag");', 'fprintf(stderr, "Flag");'),
    ('debug("X = %d\\n", x);', 'fprintf(stderr, "X = %d\\n", x);'),
    ("showlist(The first, second, and third items.);", 'puts("The first, second, and third items.");'),
    ('report(x>y, "x is %d but y is %d", x, y);', '((x>y)?puts("x>y"): printf("x is %d but y is %d", x, y));'),
]


def same_tokens(a: str, b: str) -> bool:
    """Equal as token sequences (the standard leaves blanks between tokens open)."""
    return [t.text for t in cpp.tokenize(a)] == [t.text for t in cpp.tokenize(b)]


@pytest.mark.parametrize("defs,case", [(EXAMPLE3, c) for c in EXAMPLE3_CASES] + [(EXAMPLE4, c) for c in EXAMPLE4_CASES]
                         + [(EXAMPLE5, EXAMPLE5_CASE)] + [(EXAMPLE7, c) for c in EXAMPLE7_CASES])
def test_c_standard_examples(defs, case):
    text, want = case
    got = cpp.expand(text, cpp.defines(defs))
    assert same_tokens(got, want), got


def test_self_reference_is_not_expanded_again():
    # The "blue paint" rule: a macro's own name in its expansion stays, even
    # through another macro (mutual recursion), and later too.
    m = cpp.defines("#define foo foo + 1\n#define a b\n#define b a\n#define lp (\n#define f(x) f(x) x\n")
    assert cpp.expand("foo", m) == "foo + 1"
    assert cpp.expand("a b", m) == "a b"
    assert cpp.expand("f(f(2))", m) == "f(f(2) 2) f(2) 2"


def test_painted_name_stays_painted_when_rescanned_later():
    # `f` painted inside the expansion of g is not called by a '(' that only
    # follows after the expansion ends (the hide set travels with the token).
    m = cpp.defines("#define f(x) [x]\n#define g f g\n")
    assert cpp.expand("g(1)", m) == "f g(1)"


def test_arguments_are_expanded_before_substitution_but_not_next_to_hash():
    m = cpp.defines("#define ONE 1\n#define id(x) x\n#define s(x) #x\n#define xs(x) s(x)\n"
                    "#define cat(a, b) a ## b\n#define ONE2 twelve\n")
    assert cpp.expand("id(ONE)", m) == "1"
    assert cpp.expand("s(ONE)", m) == '"ONE"'
    assert cpp.expand("xs(ONE)", m) == '"1"'
    assert cpp.expand("cat(ONE, 2)", m) == "twelve"  # pasted first, then rescanned


def test_function_like_name_without_call_is_left_alone():
    m = cpp.defines("#define f(x) (x)\n#define g f\n")
    assert cpp.expand("f + f", m) == "f + f"
    assert cpp.expand("g (3)", m) == "(3)"  # the '(' after the object-like macro's result


def test_gnu_variadic_forms():
    m = cpp.defines("#define pr(fmt, args...) printk(fmt, ## args)\n#define e(fmt, ...) f(fmt, ## __VA_ARGS__)\n")
    assert cpp.expand('pr("a")', m) == 'printk("a")'
    assert same_tokens(cpp.expand('pr("a", 1, 2)', m), 'printk("a", 1, 2)')
    assert cpp.expand('e("b")', m) == 'f("b")'


def test_stringify_escapes_and_collapses_blanks():
    m = cpp.defines('#define s(x) #x\n')
    assert cpp.expand('s(  a   +\n b  )', m) == '"a + b"'
    source = 's("q\\n" \'\\\\\')'  # s("q\n" '\\'), as C text
    assert source == r'''s("q\n" '\\')'''
    assert cpp.expand(source, m) == r'''"\"q\\n\" '\\\\'"'''


def test_errors_are_clear():
    m = cpp.defines("#define f(a, b) a b\n#define g() 1\n")
    with pytest.raises(cpp.CppError, match="unterminated call of macro f"):
        cpp.expand("f(1, 2", m)
    with pytest.raises(cpp.CppError, match="takes 2 arguments, 3 given"):
        cpp.expand("f(1, 2, 3)", m)
    with pytest.raises(cpp.CppError, match="takes no arguments"):
        cpp.expand("g(1)", m)


def test_defines_continuations_comments_and_undef():
    text = ("#define A 1 /* one */ \\\n  + 2\n#define B(x) \\\n\t(x) // b\n"
            "#define C 3\n#undef C\n  #  define D(a, ...) a\n")
    m = cpp.defines(text)
    assert m["A"].params is None and m["A"].body.split() == ["1", "+", "2"]
    assert m["B"] == cpp.Define(("x",), "(x)")
    assert "C" not in m
    assert m["D"].params == ("a", "...")


def test_keep_leaves_a_macro_as_written():
    m = cpp.defines("#define SYS_DESC(r) .name = #r\n#define ID(n) { SYS_DESC(SYS_##n), .v = 1 }\n")
    assert cpp.expand("ID(X)", m, frozenset({"SYS_DESC"})) == "{ SYS_DESC(SYS_X), .v = 1 }"
    assert cpp.expand("ID(X)", m) == '{ .name = "SYS_X", .v = 1 }'


# --- kernel-shaped: the 7.x descriptor macros (written for this test) ---------

KERNEL_7X = r"""
#define ID_DESC_DEFAULT_CALLBACKS		\
	.access	= access_id_reg,		\
	.get_user = get_id_reg,			\
	.set_user = set_id_reg,			\
	.visibility = id_visibility,		\
	.reset = kvm_read_sanitised_id_reg

#define ID_DESC(name)				\
	SYS_DESC(SYS_##name),			\
	ID_DESC_DEFAULT_CALLBACKS

#define ID_FILTERED(sysreg, name, mask) {	\
	ID_DESC(sysreg),				\
	.set_user = set_##name,				\
	.val = (mask),					\
}

#define ID_UNALLOCATED(crm, op2) {			\
	.name = "S3_0_0_" #crm "_" #op2,		\
	Op0(3), Op1(0), CRn(0), CRm(crm), Op2(op2),	\
	ID_DESC_DEFAULT_CALLBACKS,			\
	.visibility = raz_visibility,			\
	.val = 0,					\
}
#define Op0(_x) 	.Op0 = _x
#define CRm(_x) 	.CRm = _x
"""


def test_object_like_callbacks_inside_table_macros():
    m = cpp.defines(KERNEL_7X)
    got = cpp.expand("ID_FILTERED(CTR_EL0, ctr_el0, CTR_EL0_DIC_MASK | CTR_EL0_IDC_MASK)", m,
                     frozenset({"SYS_DESC"}))
    assert got == ("{ SYS_DESC(SYS_CTR_EL0), .access = access_id_reg, .get_user = get_id_reg, "
                   ".set_user = set_id_reg, .visibility = id_visibility, .reset = kvm_read_sanitised_id_reg, "
                   ".set_user = set_ctr_el0, .val = (CTR_EL0_DIC_MASK | CTR_EL0_IDC_MASK), }")


def test_unallocated_stringifies_its_encoding():
    got = cpp.expand("ID_UNALLOCATED(3,3)", cpp.defines(KERNEL_7X))
    assert '.name = "S3_0_0_" "3" "_" "3"' in got
    assert ".Op0 = 3" in got and ".CRm = 3" in got and ".reset = kvm_read_sanitised_id_reg" in got


def test_expressions_go_through_the_same_expander():
    macros = cpp.defines("#define ARM64_FEATURE_MASK(x) (x##_MASK)\n#define sys_insn sys_reg\n"
                         "#define TWICE(x) ((x) + (x))\n#define N TWICE(N)\n")
    env = Env(macros, {"R_F_MASK": 0xF0})
    assert env.value("ARM64_FEATURE_MASK(R_F)") == 0xF0
    assert env.value("sys_insn(1, 0, 7, 5, 1)") == (1 << 19) | (7 << 12) | (5 << 8) | (1 << 5)
    assert env.value("N") is None and env.unknown == ("N",)  # self-reference: left, then unknown
    assert evaluate("GENMASK(7, 4) | BIT(0)", {}) == 0xF1


# --- the system's preprocessor as an oracle -----------------------------------

ORACLE_CASES = [
    (EXAMPLE3, "\n".join(c[0] for c in EXAMPLE3_CASES)),
    (EXAMPLE5, EXAMPLE5_CASE[0]),
    (EXAMPLE7, "\n".join(c[0] for c in EXAMPLE7_CASES)),
    (KERNEL_7X, "ID_FILTERED(CTR_EL0, ctr_el0, A | B) ID_UNALLOCATED(3,3)"),
    ("#define f(x) [x]\n#define g f g\n", "g(1)"),
    ("#define pr(fmt, args...) printk(fmt, ## args)\n#define e(fmt, ...) f(fmt, ## __VA_ARGS__)\n",
     'pr("a") pr("a", 1, 2) e("b") e("b",) e("b", c)'),
    ("#define a(x) b(x) + x\n#define b(y) a(y) * y\n#define c a\n", "c(c(1)) a(b)(2) b(a(3))"),
    ("#define f(x, y) x ## y\n#define g(x) #x f(x, 1)\n#define OBJ f(1,\n", "g(f(2, 3)) OBJ 4) g(x_)"),
]


@pytest.mark.skipif(shutil.which("cpp") is None, reason="no system cpp to compare with")
@pytest.mark.parametrize("defs,text", ORACLE_CASES)
def test_same_tokens_as_the_system_cpp(defs, text):
    src = defs + "\n#line 1\n" + text + "\n"
    run = subprocess.run(["cpp", "-P", "-undef", "-nostdinc"], input=src, capture_output=True, text=True, timeout=30)
    assert run.returncode == 0, run.stderr
    assert same_tokens(cpp.expand(text, cpp.defines(defs)), run.stdout), (cpp.expand(text, cpp.defines(defs)),
                                                                          run.stdout)
