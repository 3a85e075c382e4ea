"""The read side: one function per page, session in -> plain data out.
JSON shapes follow DESIGN.md (state, change, break)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from app.models import Break, Change, Commit, IngestRun, Item, Release, ReleaseState, Waiver

BREAK_STATUSES = ("open", "resolved", "waived")


def short(sha: str | None) -> str | None:
    return sha[:12] if sha else None


def fixes_line(sha: str, subject: str) -> str:
    return f'Fixes: {sha[:12]} ("{subject}")'


def break_json(b: Break, waiver: Waiver | None) -> dict[str, Any]:
    return {
        "item": b.item, "commit": short(b.commit), "direction": b.direction,
        "status": b.status, "resolved_by": short(b.resolved_by),
        "waiver": waiver_json(waiver) if waiver else None, "reason": b.reason,
    }


def waiver_json(w: Waiver) -> dict[str, Any]:
    return {"item": w.item, "commit": w.commit, "reason": w.reason, "link": w.link,
            "direction": w.direction, "matched": w.matched}


def breaks(session: Session, status: str | None = None) -> dict[str, Any]:
    """Breaks newest first, each with its commit's subject and Fixes: line."""
    q = select(Break, Commit, Waiver).join(Commit, Commit.sha == Break.commit)
    q = q.join(Waiver, Waiver.id == Break.waiver_id, isouter=True)
    if status and status != "all":
        q = q.where(Break.status == status)
    rows = session.exec(q.order_by(Break.seq.desc(), Break.item)).all()
    out = []
    for b, c, w in rows:
        data = break_json(b, w)
        data.update(release=c.release, subject=c.subject, fixes=fixes_line(c.sha, c.subject))
        out.append(data)
    unmatched = session.exec(select(Waiver).where(Waiver.matched == False)).all()  # noqa: E712
    return {"breaks": out, "unmatched_waivers": [waiver_json(w) for w in unmatched]}


def changes(session: Session, item: str | None = None) -> dict[str, Any]:
    """Changes in history order, each with its break if it made one."""
    q = select(Change, Commit).join(Commit, Commit.sha == Change.commit)
    if item:
        q = q.where(Change.item == item)
    rows = session.exec(q.order_by(Change.seq, Change.item)).all()
    found = {(b.item, b.commit): (b, w) for b, w in session.exec(
        select(Break, Waiver).join(Waiver, Waiver.id == Break.waiver_id, isouter=True))}
    out = []
    for ch, c in rows:
        hit = found.get((ch.item, ch.commit))
        out.append({"item": ch.item, "commit": short(c.sha), "release": c.release,
                    "subject": c.subject, "old": ch.old, "new": ch.new,
                    "break": break_json(*hit) if hit else None})
    return {"item": item, "changes": out}


def item_exists(session: Session, slug: str) -> bool:
    return session.get(Item, slug) is not None


def release_states(session: Session, tag: str) -> dict[str, Any] | None:
    rel = session.get(Release, tag)
    if rel is None:
        return None
    rows = session.exec(select(ReleaseState).where(ReleaseState.release == tag)
                        .order_by(ReleaseState.item)).all()
    return {"ref": tag, "commit": short(rel.sha), "states": [r.state for r in rows]}


def releases(session: Session) -> list[Release]:
    return list(session.exec(select(Release).order_by(Release.position)))


def last_run(session: Session) -> IngestRun | None:
    q = select(IngestRun).where(IngestRun.status == "done").order_by(IngestRun.id.desc())
    return session.exec(q).first()


def overview(session: Session) -> dict[str, Any]:
    counts = {s: session.exec(select(func.count()).select_from(Break).where(Break.status == s)).one()
              for s in BREAK_STATUSES}
    rels = releases(session)
    run = last_run(session)
    return {
        "items": session.exec(select(func.count()).select_from(Item)).one(),
        "changes": session.exec(select(func.count()).select_from(Change)).one(),
        "breaks": counts,
        "latest_release": rels[-1].tag if rels else None,
        "releases": [r.tag for r in rels],
        "last_ingest": run.finished.isoformat() if run and run.finished else None,
    }
