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
