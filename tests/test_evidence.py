"""Evidence plumbing: the line helper (ingest/extract/c/lines.py) and the
Evidence carried by a State (JSON both ways, never part of the ABI view)."""
from __future__ import annotations

import pickle

from ingest.extract.c import lines
from ingest.extract.c.csrc import strip_comments
from ingest.facts import Evidence, State

C = """\
/* a header comment
 * over three lines */
#define REV_LATEST\tREV_3   /* newest */

static int helper(int x)
{
\treturn x + 1;
}

int kvm_vgic_create(struct kvm *kvm, u32 type)
{
\t/* a comment holding implementation_rev = 1; */
\tkvm->arch.vgic.implementation_rev = REV_LATEST;
\tswitch (type) {
\tcase 1:
\t\treturn helper(1);
\tcase 2:
\t\treturn helper(2);
\t}
\treturn 0;
}
"""


def text_line(n: int) -> str:
    return " ".join(C.split("\n")[n - 1].split())


def test_line_numbers_survive_comment_stripping():
    clean = strip_comments(C)
    at = clean.index("kvm->arch.vgic.implementation_rev")
    assert lines.line_at(clean, at) == 13 and "implementation_rev = REV_LATEST" in text_line(13)
    assert lines.line_at(clean, 0) == 1 and lines.line_at(clean, len(clean) - 1) == C.count("\n")


def test_search_in_a_function_skips_comments_and_other_functions():
    clean = strip_comments(C)
    e = lines.search("default", "vgic-init.c", clean, r"implementation_rev\s*=(?!=)", function="kvm_vgic_create")
    assert e == Evidence("default", "vgic-init.c", 13, "kvm_vgic_create",
                         "kvm->arch.vgic.implementation_rev = REV_LATEST;")
    assert lines.search("default", "f.c", clean, r"return\s+x", function="kvm_vgic_create") is None
    assert lines.search("default", "f.c", clean, r"x", function="no_such_function") is None


def test_chained_patterns_find_the_label_below_the_first_match():
    clean = strip_comments(C)
    e = lines.search("settable", "f.c", clean, r"case\s+2\s*:", r"return", function="kvm_vgic_create")
    assert (e.line, e.text) == (18, "return helper(2);")
    assert lines.search("settable", "f.c", clean, r"case\s+9\s*:", r"return") is None


def test_enclosing_function_and_file_scope():
    clean = strip_comments(C)
    assert lines.enclosing(clean, clean.index("x + 1")) == "helper"
    assert lines.enclosing(clean, clean.index("switch")) == "kvm_vgic_create"
    d = lines.define("default", "h.h", clean, "REV_LATEST")
    assert (d.line, d.function, d.text) == (3, None, "#define REV_LATEST REV_3")
    assert lines.define("default", "h.h", clean, "REV") is None  # a whole name, not a prefix


def test_a_long_line_is_cut():
    text = "int f(void)\n{\n\treturn " + " + ".join(["A"] * 200) + ";\n}\n"
    e = lines.search("default", "f.c", text, r"return", function="f")
    assert e.line == 3 and len(e.text) == lines.TEXT_WIDTH and e.text.endswith("…")


def test_state_json_carries_evidence_both_ways():
    ev = (Evidence("default", "arch/arm64/kvm/vgic/vgic-init.c", 143, "kvm_vgic_create",
                   "kvm->arch.vgic.implementation_rev = KVM_VGIC_IMP_REV_LATEST;"),
          Evidence("default", "include/kvm/arm_vgic.h", 381, None, "#define KVM_VGIC_IMP_REV_LATEST <x>"))
    s = State("vgic/v3/IIDR_REVISION", "3", ("2", "3"), (), (("when", "a == b"),), ev)
    data = s.to_json()
    assert data["evidence"][0] == {"what": "default", "file": "arch/arm64/kvm/vgic/vgic-init.c", "line": 143,
                                   "function": "kvm_vgic_create",
                                   "text": "kvm->arch.vgic.implementation_rev = KVM_VGIC_IMP_REV_LATEST;"}
    back = State.from_json(data)
    assert back == s and back.extra == (("when", "a == b"),)  # evidence is not an extra
    assert pickle.loads(pickle.dumps(s)) == s  # the extraction worker sends states through a queue


def test_no_evidence_no_key_and_old_json_reads():
    s = State("fw/PSCI_VERSION", "1.1", ("1.0", "1.1"))
    assert "evidence" not in s.to_json()
    assert State.from_json({"item": "x", "default": "1", "settable": ["1"], "warnings": []}).evidence == ()


def test_a_moved_line_is_not_a_change():
    a = State("x", "3", ("2", "3"), evidence=(Evidence("default", "f.c", 10, "f", "x = 3;"),))
    b = State("x", "3", ("2", "3"), evidence=(Evidence("default", "f.c", 12, "f", "x = 3;"),))
    assert a.same_view(b) and a != b  # distinct states (interning keeps each), same ABI view
    assert not a.same_view(State("x", "2", ("2", "3"), evidence=a.evidence))


def test_warning_and_more_evidence_keep_what_was_there():
    e = Evidence("settable", "f.c", 5, None, "case A:")
    s = State("x", "1", ("1",), evidence=(e,)).with_warning("w")
    assert s.evidence == (e,) and s.warnings == ("w",)
    assert s.with_evidence(None, e).evidence == (e, e)


def test_word_index_finds_field_names_with_one_more_part_and_register_pairs():
    text = ("val &= ~ID_AA64PFR0_EL1_SVE_MASK;\n"
            "x = ID_AA64PFR0_EL1_CSV2_MASK | id_aa64pfr0_el1_csv2_shift;\n"
            "y = SYS_FIELD_GET(ID_AA64PFR0_EL1, CSV2, v);\n"
            "z = ID_AA64PFR0_EL1_CSV2_FOO_BAR;\n")
    index = lines.word_index(text)
    assert index.with_prefix("ID_AA64PFR0_EL1_CSV2") == ["id_aa64pfr0_el1_csv2_mask", "id_aa64pfr0_el1_csv2_shift"]
    assert index.with_prefix("ID_AA64PFR0_EL1_EL1") == []  # not ID_AA64PFR0_EL1_SVE_MASK
    pair = index.pairs[("id_aa64pfr0_el1", "csv2")]
    assert [lines.line_at(text, o) for o in pair] == [3]
    found = [index.words[w] for w in index.with_prefix("ID_AA64PFR0_EL1_CSV2")] + [pair]
    assert lines.line_at(text, index.first(found, 0, len(text))) == 2
    assert lines.line_at(text, index.first(found, text.index("y ="), len(text))) == 3
    assert index.first(found, text.index("z ="), len(text)) is None
