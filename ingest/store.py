"""The only writer. Each function is one transaction: a batch's commits and
changes land together (they are the progress mark), and the releases,
breaks and the run's end land together, so a killed ingest leaves a
consistent database that the next run completes."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timezone

from sqlalchemy import delete, func, insert, update
from sqlmodel import Session, select

from app.models import (Break, Change, Commit, IngestRun, Item, ItemAlias, PendingChange, PendingCommit,
                        Release, ReleaseState, Waiver)
from ingest import facts, renames
from ingest.releases import Tag


def item_kind(slug: str) -> str:
    return slug.split("/", 1)[0]


# --- reading what earlier runs left -----------------------------------------

def last_done_run(session: Session) -> IngestRun | None:
    q = select(IngestRun).where(IngestRun.status == "done").order_by(IngestRun.id.desc())
    return session.exec(q).first()


def known_commits(session: Session) -> set[str]:
    """Commits written already, by finished runs or by batches of one that
    was killed (those wait in the pending tables)."""
    return set(session.exec(select(Commit.sha))) | set(session.exec(select(PendingCommit.sha)))


def walked_before(session: Session) -> int:
    q = select(func.coalesce(func.sum(IngestRun.walked), 0)).where(IngestRun.status == "done")
    return int(session.exec(q).one())


def stored_releases(session: Session) -> dict[str, str]:
    return {r.tag: r.sha for r in session.exec(select(Release))}


def all_changes(session: Session) -> list[facts.Change]:
    rows = [*session.exec(select(Change)), *session.exec(select(PendingChange))]
    rows.sort(key=lambda c: (c.item, c.seq))
    return [facts.Change(c.item, c.commit, c.seq, _state(c.old), _state(c.new)) for c in rows]


def _state(data: dict | None) -> facts.State | None:
    return facts.State.from_json(data) if data else None


def unattributed(session: Session, tags_from: Sequence[str]) -> set[str]:
    q = select(Commit.sha).where((Commit.release == None) | Commit.release.in_(tags_from))  # noqa: E711
    return set(session.exec(q)) | set(session.exec(select(PendingCommit.sha)))


# --- writing ----------------------------------------------------------------

def start_run(session: Session, repo: str) -> int:
    with session.begin():
        # A run killed earlier left a "running" row; this run takes its place.
        session.exec(delete(IngestRun).where(IngestRun.status == "running"))
        run = IngestRun(repo=repo, started=_now())
        session.add(run)
        session.flush()
        return run.id


def write_batch(session: Session, commits: Sequence[PendingCommit], changes: Sequence[facts.Change]) -> None:
    """One batch and its progress mark: the commits it wrote."""
    with session.begin():
        session.add_all(commits)
        session.add_all(PendingChange(item=c.item, commit=c.commit, seq=c.seq,
                                      old=c.old.to_json() if c.old else None,
                                      new=c.new.to_json() if c.new else None) for c in changes)


def _publish_pending(session: Session) -> None:
    """Move the run's commits and changes where the web reads them, in the
    transaction that also writes their breaks and releases."""
    known_items = set(session.exec(select(Item.slug)))
    new_items = set(session.exec(select(PendingChange.item).distinct())) - known_items
    session.add_all(Item(slug=slug, kind=item_kind(slug)) for slug in sorted(new_items))
    session.flush()
    _copy(session, PendingCommit, Commit, order=PendingCommit.seq)
    _copy(session, PendingChange, Change, order=PendingChange.id)
    session.exec(delete(PendingChange))
    session.exec(delete(PendingCommit))
    _write_aliases(session)


def _copy(session: Session, source, target, order) -> None:
    """INSERT INTO target SELECT ... FROM source, inside the database (ids
    of the target are its own)."""
    names = [c.name for c in target.__table__.columns if c.name != "id"]
    cols = [source.__table__.c[n] for n in names]
    session.exec(insert(target).from_select(names, select(*cols).order_by(order)))


def drop_commits(session: Session, shas: Iterable[str]) -> int:
    """Forget commits no longer in the history (it was rewritten)."""
    shas = list(shas)
    with session.begin():
        for i in range(0, len(shas), 500):
            chunk = shas[i:i + 500]
            for table in (Change, PendingChange):
                session.exec(delete(table).where(table.commit.in_(chunk)))
            for table in (Commit, PendingCommit):
                session.exec(delete(table).where(table.sha.in_(chunk)))
        _drop_unused_items(session)
    return len(shas)


def _drop_unused_items(session: Session) -> None:
    used = select(Change.item).distinct()
    session.exec(delete(Item).where(Item.slug.not_in(used)))


def finish(session: Session, run_id: int, *, tags: Sequence[Tag], dropped_tags: Sequence[str],
           attribution: dict[str, str], release_states: dict[str, Sequence[facts.State]],
           breaks: Sequence[facts.Break], waivers: Sequence[facts.Waiver],
           unmatched: Sequence[facts.Waiver], tips: Sequence[str], stats: dict) -> None:
    """Releases, attribution, breaks, waivers and the run's end, together."""
    with session.begin():
        _publish_pending(session)
        _write_releases(session, tags, dropped_tags, release_states)
        _attribute(session, attribution)
        _write_judgement(session, breaks, waivers, unmatched)
        run = session.get(IngestRun, run_id)
        run.status, run.finished, run.tips = "done", _now(), list(tips)
        run.walked, run.stats = stats["commits_walked"], stats
        session.add(run)


def _attribute(session: Session, attribution: dict[str, str | None]) -> None:
    """One UPDATE per release (and chunk), not per commit."""
    by_tag: dict[str | None, list[str]] = {}
    for sha, tag in attribution.items():
        by_tag.setdefault(tag, []).append(sha)
    for tag, shas in by_tag.items():
        for i in range(0, len(shas), 500):
            session.exec(update(Commit).where(Commit.sha.in_(shas[i:i + 500])).values(release=tag))


def _write_releases(session, tags, dropped_tags, release_states) -> None:
    if dropped_tags:
        session.exec(delete(ReleaseState).where(ReleaseState.release.in_(dropped_tags)))
        session.exec(delete(Release).where(Release.tag.in_(dropped_tags)))
        session.exec(update(Commit).where(Commit.release.in_(dropped_tags)).values(release=None))
    for pos, tag in enumerate(tags):
        row = session.get(Release, tag.name)
        if row is None:
            row = Release(tag=tag.name, sha=tag.sha, series=tag.series, kind=tag.kind, position=pos)
        row.position = pos
        session.add(row)
    rows = [{"release": tag, "item": s.item, "state": s.to_json()}
            for tag, states in release_states.items() for s in states]
    if rows:  # tens of thousands on a real history: one executemany, no ORM objects
        session.exec(insert(ReleaseState), params=rows)


def _write_judgement(session, breaks, waivers, unmatched) -> None:
    session.exec(delete(Break))
    session.exec(delete(Waiver))
    ids = {}
    for w in waivers:
        row = Waiver(item=w.item, commit=w.commit, reason=w.reason, link=w.link,
                     direction=w.direction, matched=w not in unmatched)
        session.add(row)
        session.flush()
        ids[w] = row.id
    session.add_all(Break(item=b.item, commit=b.commit, seq=b.seq, direction=b.direction,
                          status=b.status, resolved_by=b.resolved_by, reason=b.reason,
                          vcpu=b.vcpu, waiver_id=ids.get(b.waiver)) for b in breaks)


def _write_aliases(session: Session) -> None:
    """The former slugs of renamed items (ingest/renames.py), for the items stored."""
    session.exec(delete(ItemAlias))
    found = renames.aliases(set(session.exec(select(Item.slug))))
    session.add_all(ItemAlias(alias=alias, item=item) for alias, item in found.items())


def _now() -> datetime:
    return datetime.now(timezone.utc)
