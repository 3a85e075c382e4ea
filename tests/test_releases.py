"""Release tags: which are releases, their order, attribution, stable series."""

import pytest
from sqlmodel import Session

from app import queries
from ingest import pipeline
from ingest.releases import find_tags, tag_key
from toy import TOY, TOY_EXTRACTOR, toy_text


def test_order_of_mainline_rc_and_stable_tags():
    names = ["v6.2-rc1", "v6.1.12", "v6.1", "v6.1-rc10", "v6.1-rc2", "v6.1.3", "v5.10", "v6.10"]
    assert sorted(names, key=lambda n: tag_key(n, stable=True)) == [
        "v5.10", "v6.1-rc2", "v6.1-rc10", "v6.1", "v6.1.3", "v6.1.12", "v6.2-rc1", "v6.10"]


def test_only_release_shaped_tags_count():
    assert tag_key("v6.1.3") is None  # stable only when asked
    for name in ("next-20240101", "v6.1-foo", "6.1", "v6", "kvmarm-6.12"):
        assert tag_key(name, stable=True) is None


def test_stable_series_states_and_attribution(history, engine):
    history.commit({TOY: toy_text(A="1 1")}, "base")
    v61 = history.head
    history.tag("v6.1")
    history.commit({TOY: toy_text(A="2 1,2")}, "mainline: A to 2")
    history.tag("v6.2-rc1")
    history.tag("v6.2")
    backport = history.commit({TOY: toy_text(A="1 1", B="1 1")}, "stable: backport B", parents=[v61], move_head=False)
    history.tag("v6.1.1", backport)
    assert [t.name for t in find_tags(history.repo, stable=True)] == ["v6.1", "v6.1.1", "v6.2-rc1", "v6.2"]
    pipeline.ingest(history.repo.workdir, engine, extractors=(TOY_EXTRACTOR,), stable=True)
    with Session(engine) as s:
        states = {st["item"] for st in queries.release_states(s, "v6.1.1")["states"]}
        assert states == {"toy/A", "toy/B"}
        changes = {c["commit"]: c["release"] for c in queries.changes(s)["changes"]}
    assert changes[backport[:12]] == "v6.1.1"


def _branchy(history):
    """Topic branches merged late, a tag on a side branch, an untagged tip."""
    base = history.commit({"a": "1"}, "base")
    history.tag("v1.0")
    side = history.commit({"s": "1"}, "side work", parents=[base], move_head=False)
    side2 = history.commit({"s": "2"}, "more side work", parents=[side], move_head=False)
    history.tag("v1.1-rc2", side)  # a release cut from the side branch
    history.commit({"a": "2"}, "mainline work")
    history.tag("v1.1-rc1")
    history.merge(side2, "Merge side")
    history.tag("v1.1")
    late = history.commit({"l": "1"}, "late topic", parents=[base], move_head=False)
    history.commit({"a": "3"}, "after v1.1")
    history.merge(late, "Merge late topic")
    history.tag("v1.2")
    history.commit({"a": "4"}, "unreleased")


@pytest.mark.parametrize("window", [1 << 16, 1, 3])
def test_lineage_attributes_like_a_walk_from_the_tags(history, window):
    """The lineage gathered by the main walk answers as releases.attribute
    does: for all tags, and for the tags after those of an earlier run
    (with its latest commits in a dict, or nearly all in sorted batches)."""
    from ingest.releases import Lineage, attribute
    from ingest.walker import SignatureReader, walk

    _branchy(history)
    repo = history.repo
    tags = find_tags(repo)
    tips = sorted({t.sha for t in tags} | {history.head})
    for start in range(len(tags) + 1):
        hide = [t.sha for t in tags[:start]]
        lineage, walked = Lineage(window=window), set()
        for w in walk(repo, tips, hide, SignatureReader(repo, ["a"])):
            lineage.add(w.commit.id, w.commit.parent_ids)
            walked.add(str(w.commit.id))
        got = lineage.attribute(tags, walked, start)
        expected = attribute(repo, tags, walked, start)
        assert got == {sha: expected.get(sha) for sha in walked}, start
    whole = Lineage(window=window)
    for w in walk(repo, tips, [], SignatureReader(repo, ["a"])):
        whole.add(w.commit.id, w.commit.parent_ids)
    named = {repo[sha].message: tag for sha, tag in whole.attribute(tags, {str(c.id) for c in repo.walk(history.head)}).items()}
    assert named["more side work"] == "v1.1" and named["side work"] == "v1.1-rc2"
    assert named["late topic"] == "v1.2" and named["unreleased"] is None


def test_a_lineage_over_its_limit_leaves_attribution_to_the_walk(history, engine):
    """Past its limit the lineage answers nothing, and ingest attributes
    every commit by walking from the tags instead: same releases."""
    from ingest import releases
    from test_pipeline import iidr_story

    iidr_story(history)
    small = releases.Lineage(limit=2)
    for c in history.repo.walk(history.head):
        small.add(c.id, c.parent_ids)
    assert small.overflowed and small.attribute(find_tags(history.repo), {history.head}) == {}

    real = releases.Lineage
    try:
        releases.Lineage = lambda: real(limit=2)
        pipeline.ingest(history.repo.workdir, engine, extractors=(TOY_EXTRACTOR,))
    finally:
        releases.Lineage = real
    with Session(engine) as s:
        from app.models import Commit
        from sqlmodel import select
        got = {c.subject: c.release for c in s.exec(select(Commit))}
    assert got["KVM: vgic: allow configuration of interrupt groups"] == "v4.19-rc1"
    assert got["KVM: add the distributor"] == "v4.18" and got["KVM: vgic: let userspace select revision 1"] is None
