"""The shared vocabulary (app/vocab.py): each rule once, and both sides of
the ingest/app boundary follow it."""
import json

from app import apidoc, queries, vocab
from ingest import judge
from ingest.facts import Break, Evidence, State, Waiver

SHA = "d53c2c29ae0d1234567890abcdef1234567890ab"
# DESIGN.md "break": {"item", "commit", "direction", "status", "vcpu", "resolved_by", "waiver"}
DESIGN_BREAK = {"item", "commit", "direction", "status", "vcpu", "resolved_by", "waiver"}


def test_short_sha_is_12_hex_and_none_stays_none():
    assert vocab.short(SHA) == "d53c2c29ae0d"
    assert vocab.short(None) is None and vocab.short("") is None


def test_fixes_line_is_the_kernel_trailer():
    assert vocab.fixes_line(SHA, 'KVM: arm64: say "hi"') == 'Fixes: d53c2c29ae0d ("KVM: arm64: say "hi"")'


def test_kind_of_is_the_first_slug_part_on_both_sides():
    assert vocab.kind_of("idreg/ID_AA64PFR0_EL1/SVE") == "idreg"
    assert vocab.kind_of("fw") == "fw"
    assert judge.kind_of is vocab.kind_of and queries.kind_of is vocab.kind_of


def test_warnings_and_evidence_are_not_the_view():
    a = State("idreg/ID_AA64PFR0_EL1/SVE", "1", ("lower-safe",))
    b = a.with_warning("cannot read X").with_evidence(Evidence("default", "arch/arm64/kvm/sys_regs.c", 10, "f", "x"))
    assert a.same_view(b) and b.same_view(a)
    assert vocab.same_view(a.to_json(), b.to_json())
    assert vocab.view(b.to_json()) == {"item": a.item, "default": "1", "settable": ["lower-safe"]}


def test_a_different_default_settable_or_extra_is_another_view():
    a = State("fw/PSCI", "1.1", ("1.1",), extra=(("when", "x"),))
    for b in (State(a.item, "1.0", ("1.1",), extra=a.extra), State(a.item, "1.1", ("any",), extra=a.extra),
              State(a.item, "1.1", ("1.1",), extra=(("when", "y"),)), State(a.item, "1.1", ("1.1",))):
        assert not a.same_view(b) and not vocab.same_view(a.to_json(), b.to_json())
    assert not a.same_view(None) and not vocab.same_view(a.to_json(), None) and vocab.same_view(None, None)


def test_a_condition_respaced_is_the_same_view_on_both_sides():
    a = State("vgic/v3/IIDR", "2", extra=(("when", "kvm_vgic_global_state.type == VGIC_V3"),))
    b = State("vgic/v3/IIDR", "2", extra=(("when", "kvm_vgic_global_state.type==\n   VGIC_V3"),))
    assert a.same_view(b) and vocab.same_view(a.to_json(), b.to_json())


def test_stored_texts_differ_in_view_only_beyond_warnings_evidence_and_layout():
    def text(s: State) -> str:
        return json.dumps(s.to_json())
    a = State("fw/PSCI", "1.1", extra=(("when", "a == b"),))
    assert not vocab.texts_differ_in_view(text(a), text(a.with_warning("w")))
    assert not vocab.texts_differ_in_view(text(a), text(State("fw/PSCI", "1.1", extra=(("when", "a==b"),))))
    assert vocab.texts_differ_in_view(text(State("fw/PSCI", "1.1")), text(State("fw/PSCI", "1.2")))
    assert vocab.texts_differ_in_view(None, text(a))
    assert vocab.NO_WARNINGS in text(State("fw/PSCI", "1.1"))  # the spelling the SQL filter (queries.WARNED) matches


def test_break_json_has_the_design_keys_and_is_one_shape_everywhere():
    w = Waiver("fw/PSCI", "d53c2c29", "known", "https://x", "upgrade")
    fb = Break("fw/PSCI", SHA, "upgrade", "resolved", resolved_by="49a1a2c70a7f" + "0" * 28, waiver=w,
               reason="gone", vcpu="all")
    out = fb.to_json()
    assert tuple(out) == vocab.BREAK_KEYS and DESIGN_BREAK <= set(out)
    assert out == {"item": "fw/PSCI", "commit": "d53c2c29ae0d", "direction": "upgrade", "status": "resolved",
                   "resolved_by": "49a1a2c70a7f", "waiver": w.to_json(), "reason": "gone", "vcpu": "all"}
    assert tuple(apidoc._BREAK) == vocab.BREAK_KEYS
    assert Break("fw/PSCI", SHA, "rollback", "open").to_json()["resolved_by"] is None


def test_the_app_break_row_is_the_same_shape():
    from app.models import Break as Row
    row = Row(item="fw/PSCI", commit=SHA, direction="upgrade", status="open", reason="gone", seq=1, vcpu="default")
    assert queries.break_json(row, None) == Break("fw/PSCI", SHA, "upgrade", "open", reason="gone",
                                                  vcpu="default").to_json()
