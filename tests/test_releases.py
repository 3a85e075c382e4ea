"""Release tags: which are releases, their order, attribution, stable series."""

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


def test_the_tip_that_finds_a_commit_names_its_first_release(history):
    """With tips in release order (as ingest gives them), the tip whose
    walk finds a commit names the release releases.attribute finds by
    walking from the tags: for all tags, and for the tags after those of
    an earlier run (whose tips the walk then hides)."""
    from ingest import ancestry
    from ingest.releases import attribute, found_by
    from ingest.walker import SignatureReader, Walk

    _branchy(history)
    repo = history.repo
    tags = find_tags(repo)
    tips = ancestry.tips(repo, tags)
    for start in range(len(tags) + 1):
        hide = [t.sha for t in tags[:start]]
        found = {str(w.commit.id): w.tip for w in Walk(repo, ancestry.new_tips(tips, hide), hide,
                                                       SignatureReader(repo, ["a"]))}
        expected = attribute(repo, tags, set(found), start)
        assert found_by(tags, found, start) == {sha: expected.get(sha) for sha in found}, start
    found = {str(w.commit.id): w.tip for w in Walk(repo, tips, [], SignatureReader(repo, ["a"]))}
    named = {repo[sha].message: tag for sha, tag in found_by(tags, found).items()}
    assert named["more side work"] == "v1.1" and named["side work"] == "v1.1-rc2"
    assert named["late topic"] == "v1.2" and named["unreleased"] is None
    assert named["base"] == "v1.0" and named["Merge side"] == "v1.1"


def test_two_tags_on_one_commit_attribute_to_the_first(history, engine):
    """A release and its -rc at the same commit: the commits are the -rc's
    (the first of the two in release order), as a walk from the tags says."""
    history.commit({TOY: toy_text(A="1 1")}, "base")
    history.tag("v6.1")
    history.commit({TOY: toy_text(A="2 1,2")}, "A to 2")
    history.tag("v6.2-rc1")
    history.tag("v6.2")
    pipeline.ingest(history.repo.workdir, engine, extractors=(TOY_EXTRACTOR,))
    with Session(engine) as s:
        changes = {c["subject"]: c["release"] for c in queries.changes(s)["changes"]}
    assert changes == {"base": "v6.1", "A to 2": "v6.2-rc1"}
