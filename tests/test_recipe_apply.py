"""A recipe is checked by applying it. For a release pair A -> B: take B's
stored states, apply each step under B's settable rule (app/rules.py, the
judge's own), and the guest view must equal A's for every item the recipe
claims to keep; every other differing item must be in cannot_keep, drop or
appears (or an unconfirmed step, with the warning that makes it so); the
breaks of the pair must all be in cannot_keep; each written value must
decode, in its field's bits, to the view it claims. On every pair of the
demo (both vCPU configurations, hypothesis over the pairs) and every pair of
the real-code repository (6.1, 6.12, 7.3)."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session

from app import queries
from app.recipe import VCPUS, effective, judged, listed, same, view, wanted
from app.recipe_query import recipe_of, states_at
from app.rules import HIDDEN, admits_value, gone_reads_zero, hideable, same_on_common_host
from recipe_worlds import demo_world, real_world


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    _, engine, _ = demo_world(tmp_path_factory.mktemp("recipe-demo"))
    yield engine
    engine.dispose()


def releases(engine) -> list[str]:
    with Session(engine) as s:
        return [r.tag for r in queries.releases(s)]


def applied(recipe: dict, states_b: dict[str, dict], vcpu: str) -> dict[str, dict]:
    """B's states once every confirmed step is applied; each write must be
    one B's settable rule admits."""
    out = {k: effective(v, vcpu) for k, v in states_b.items()}
    for s in recipe["steps"]:
        if s["status"] != "ok":
            continue
        b = out[s["item"]]
        assert admits_value(b["default"], b["settable"], s["sets"], b), (s["item"], b, s["sets"])
        out[s["item"]] = {**b, "default": s["sets"]}
    return out


def check_recipe(engine, a: str, b: str, vcpu: str) -> dict:
    """Every property of a recipe the harness can check; returns the recipe."""
    with Session(engine) as session:
        r = recipe_of(session, a, b, vcpu)
        sa, sb = states_at(session, a), states_at(session, b)
        brk = queries.compare(session, a, b)["breaks"]
    after = applied(r, sb, vcpu)
    placed = _placed(r)
    unchanged = 0
    for slug in sorted(set(sa) | set(sb)):
        if not judged(slug):
            continue
        va = view(sa.get(slug), vcpu)
        where = placed.get(slug)
        if where is None:  # nothing to do: B already shows A's view (on the common host: app/rules.py)
            eb = effective(sb.get(slug), vcpu)
            assert same(va, view(eb, vcpu)) or (gone_reads_zero(slug, va) if eb is None
                                                else same_on_common_host(va, eb["default"], eb)), (slug, a, b, vcpu)
            unchanged += 1
        elif where == "step":
            assert same(va, view(after[slug], vcpu)), (slug, after[slug], va)
        elif where == "unconfirmed":
            assert (sa.get(slug) or {}).get("warnings") or (sb.get(slug) or {}).get("warnings") \
                or "unknown" in (sa.get(slug) or {}, sb.get(slug) or {})[1].get("default", ""), slug
        elif where == "cannot_keep":
            b_state = effective(sb.get(slug), vcpu)
            assert b_state is None or not admits_value(b_state["default"], b_state["settable"], wanted(slug, va), b_state) \
                or (va in HIDDEN and listed(b_state)), slug
        elif where == "appears":
            assert va in HIDDEN, slug
    assert r["unchanged"] == unchanged
    _check_breaks(r, brk, vcpu, sa, sb)
    _check_bits(r, sb, sa)
    return r


def _placed(r: dict) -> dict[str, str]:
    """item -> the one list it is in (drop goes with cannot_keep)."""
    out: dict[str, str] = {}
    for s in r["steps"]:
        _once(out, s["item"], "step" if s["status"] == "ok" else "unconfirmed")
    for c in r["cannot_keep"]:
        _once(out, c["item"], "cannot_keep")
    for x in r["appears"]:
        _once(out, x["item"], "appears")
    for d in r["drop"]:
        assert out.get(d["item"]) == "cannot_keep", d  # a dropped register is not kept
    return out


def _once(out: dict, item: str, where: str) -> None:
    assert item not in out, (item, out[item], where)
    out[item] = where


def _check_breaks(r: dict, brk: list[dict], vcpu: str, sa: dict, sb: dict) -> None:
    """The cannot-keep list matches the breaks of the pair: every break not
    undone up to the newer release (or waived and never undone) is there, or is an
    unconfirmed step; every break an entry names is a break of the pair."""
    mine = [b for b in brk if b["direction"] == r["direction"] and b.get("vcpu") in (None, "both", vcpu)]
    listed_items = {c["item"] for c in r["cannot_keep"]} | {s["item"] for s in r["steps"] if s["status"] != "ok"}
    kept = {s["item"] for s in r["steps"] if s["status"] == "ok"}
    for b in mine:
        if b["outstanding"] or (b["status"] == "waived" and not b["resolved_by"]):
            # A break of the range that the two ends do not make (host ->
            # hidden -> host; absent -> vcpu-feature -> present) is not met
            # by a VM moving from one end to the other.
            met = _met(r["direction"], sa.get(b["item"]), sb.get(b["item"]), vcpu)
            assert b["item"] in listed_items or (not met and b["item"] not in kept), \
                (b["item"], b["commit"], r["from"], r["to"])
    known = {(b["item"], b["commit"]) for b in mine}
    for c in r["cannot_keep"]:
        if c["break"]:
            assert (c["item"], c["commit"]) in known, c
        elif r["direction"] == "upgrade":
            assert False, f"upgrade entry without a break: {c}"


def _met(direction: str, a: dict | None, b: dict | None, vcpu: str) -> bool:
    """The judge's rule on the pair's two ends as the vCPU configuration
    sees them (a `vcpu-feature:` default is the feature on or off), as if
    one commit made the move."""
    a, b = effective(a, vcpu), effective(b, vcpu)
    if a is None or view(a, vcpu) in HIDDEN and b is not None:
        return False
    if direction == "rollback":
        return b is None and not hideable(listed(a), a["default"], a["settable"])
    return b is None or not admits_value(b["default"], b["settable"], view(a, vcpu), b)


def _check_bits(r: dict, sb: dict, sa: dict) -> None:
    """A value decodes, in the bits of its field, to the view it sets."""
    for s in r["steps"]:
        if s["status"] != "ok" or s["mask"] is None:
            continue
        mask = int(s["mask"], 16)
        state = sb.get(s["item"]) or sa.get(s["item"])
        if s["item"].startswith("idreg/"):
            assert mask == ((1 << int(state["width"])) - 1) << int(state["lsb"]), s
        if s["value"] is None:
            assert s.get("from_source") and s["sets"] in ("host",) or s["sets"].startswith("capped:"), s
            continue
        value = int(s["value"], 16)
        assert value & ~mask == 0, s
        assert (value & mask) >> _shift(mask) == _number(s["item"], s["sets"]), s


def _shift(mask: int) -> int:
    return (mask & -mask).bit_length() - 1


def _number(item: str, sets: str) -> int:
    """What a view means as a number, written out independently of the recipe."""
    if item == "fw/PSCI_VERSION":
        major, minor = sets.split(".")
        return int(major) * 65536 + int(minor)
    named = {"hidden": 0, "absent": 0, "clear": 0, "set": 1}
    if sets in named:
        return named[sets]
    return int(re.sub(r"^fixed:", "", sets))


# --- the demo: every pair, both configurations -----------------------------------

def test_every_demo_pair_of_final_releases_applies(demo):
    """Every pair of final releases (the rcs are in the random pairs below)."""
    tags = [t for t in releases(demo) if "-rc" not in t]
    counts = {"steps": 0, "cannot_keep": 0, "drop": 0}
    for a in tags:
        for b in tags:
            for vcpu in VCPUS:
                r = check_recipe(demo, a, b, vcpu)
                for k in counts:
                    counts[k] += len(r[k])
    # the harness had something to check: steps, breaks and drops all occur
    assert all(counts.values()), counts


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_random_demo_pairs_apply(demo, data):
    tags = releases(demo)
    a, b = data.draw(st.sampled_from(tags)), data.draw(st.sampled_from(tags))
    check_recipe(demo, a, b, data.draw(st.sampled_from(VCPUS)))


def test_the_harness_catches_a_wrong_step(demo):
    """A recipe whose step writes something else than A's view fails."""
    with Session(demo) as session:
        r = recipe_of(session, "v4.15", "v6.7", "default")
        sb = states_at(session, "v6.7")
    iidr = next(s for s in r["steps"] if s["item"] == "vgic/v3/IIDR_REVISION")
    iidr["sets"] = "2"
    after = applied(r, sb, "default")
    assert not same("1", view(after["vgic/v3/IIDR_REVISION"], "default"))
    iidr["sets"] = "4"  # not a revision v6.7 accepts
    with pytest.raises(AssertionError):
        applied(r, sb, "default")


# --- the real code ---------------------------------------------------------------

@pytest.fixture(scope="module")
def real(tmp_path_factory):
    _, engine, _ = real_world(tmp_path_factory.mktemp("recipe-real"))
    yield engine
    engine.dispose()


@pytest.mark.realcode
@pytest.mark.parametrize("vcpu", VCPUS)
def test_every_real_pair_applies(real, vcpu):
    tags = releases(real)
    assert tags[:2] == ["v6.1", "v6.12"]
    done = [(a, b) for a in tags for b in tags if a != b and check_recipe(real, a, b, vcpu)]
    assert len(done) == len(tags) * (len(tags) - 1)
