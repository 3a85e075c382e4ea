"""A guess is never a break: a change whose old or new state carries warnings
makes an `unconfirmed` break, and a warned state never resolves one."""
import pytest

from ingest.facts import Change, State, Waiver
from ingest.judge import judge

ITEM = "vgic/v3/IIDR_REVISION"


def st(default, *settable, warn=()):
    return State(ITEM, default, tuple(settable) or (default,), tuple(warn))


def ch(seq, old, new):
    return Change(ITEM, f"{seq:040x}", seq, old, new)


FIRST = ch(0, None, st("1"))  # the item arrives: what follows is judged
GUESS = "condition not understood: mystery() (in vgic_mmio_read_v3_misc())"


@pytest.mark.parametrize("old,new,status", [
    (st("1"), st("2"), "open"),                       # read with confidence: a break
    (st("1", warn=[GUESS]), st("2"), "unconfirmed"),  # the old state was a guess
    (st("1"), st("2", warn=[GUESS]), "unconfirmed"),  # the new state is a guess
    (st("1", warn=[GUESS]), st("2", warn=[GUESS]), "unconfirmed"),
    (st("1", warn=[GUESS]), st("2", "1", "2", warn=[GUESS]), None),  # no break to confirm
])
def test_a_warned_state_makes_an_unconfirmed_break(old, new, status):
    breaks, _ = judge([FIRST, ch(1, old, new)])
    assert [b.status for b in breaks] == ([status] if status else [])
    if status == "unconfirmed":
        assert "unconfirmed: the" in breaks[0].reason and "read with warnings" in breaks[0].reason


def test_a_warned_state_never_resolves_a_break():
    brk = ch(1, st("1"), st("2"))
    guessed_fix = ch(2, st("2"), st("2", "1", "2", warn=[GUESS]))  # "admits 1", but read from a guess
    real_fix = ch(3, guessed_fix.new, st("3", "1", "2", "3"))
    breaks, _ = judge([FIRST, brk, guessed_fix])
    assert [(b.status, b.resolved_by) for b in breaks] == [("open", None)]
    breaks, _ = judge([FIRST, brk, guessed_fix, real_fix])
    # real_fix's old state is warned: a break it made would be unconfirmed,
    # but giving the way back only needs its new state to be read cleanly
    assert [(b.status, b.resolved_by) for b in breaks] == [("resolved", real_fix.commit)]


def test_a_waiver_still_covers_an_unconfirmed_break():
    c = ch(1, st("1"), st("2", warn=[GUESS]))
    w = Waiver(ITEM, c.commit[:12], "reviewed: the guess is right and nobody saved IIDR")
    breaks, unmatched = judge([FIRST, c], [w])
    assert [(b.status, b.waiver) for b in breaks] == [("waived", w)] and unmatched == []


def test_unknown_values_are_still_not_judged():
    # "unknown" is no value at all, not even a guess to flag
    breaks, _ = judge([FIRST, ch(1, st("1"), st("unknown", "unknown", warn=[GUESS]))])
    assert breaks == []
