"""The read side: one function per page, session in -> plain data out.
JSON shapes follow DESIGN.md (state, change, break)."""
from __future__ import annotations

import json
import re
import typing
from bisect import bisect_left
from collections import Counter, defaultdict
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Text, case, cast, func
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from app import vocab
from app.models import Break, Change, Commit, IngestRun, Item, ItemAlias, Release, ReleaseState, Waiver
from app.vocab import fixes_line, kind_of, same_view, short, texts_differ_in_view, view

BREAK_STATUSES = ("open", "resolved", "waived", "unconfirmed")
# `unconfirmed`: the old or new state was read with warnings, a guess and not a
# break: listed apart, never in open totals, the matrix or the feed
CONFIRMED = ("open", "resolved", "waived")
DIRECTIONS = ("upgrade", "rollback")
KINDS = ("idreg", "reglist", "fw", "vgic")
KIND_LABELS = {"idreg": "ID registers", "reglist": "Register list", "fw": "Firmware", "vgic": "vGIC"}
HEX = re.compile(r"^[0-9a-f]{7,40}$")
NEVER = 1 << 62  # the position of "not in any release yet"


def break_json(b: Break, waiver: Waiver | None) -> dict[str, Any]:
    return vocab.break_json(item=b.item, commit=b.commit, direction=b.direction, status=b.status,
                            resolved_by=b.resolved_by, waiver=waiver_json(waiver) if waiver else None,
                            reason=b.reason, vcpu=b.vcpu)


def waiver_json(w: Waiver) -> dict[str, Any]:
    return {"item": w.item, "commit": w.commit, "reason": w.reason, "link": w.link,
            "direction": w.direction, "matched": w.matched}


def breaks(session: Session, status: str | None = None, direction: str | None = None,
           kind: str | None = None, limit: int | None = None, confirmed: bool = False) -> dict[str, Any]:
    """Breaks newest first, each with its commit's subject and Fixes: line
    (`confirmed`: without the unconfirmed ones, for the feed and the overview)."""
    q = select(Break, Commit, Waiver).join(Commit, col(Commit.sha) == Break.commit)
    q = q.join(Waiver, col(Waiver.id) == Break.waiver_id, isouter=True)
    if status and status != "all":
        q = q.where(Break.status == status)
    elif confirmed:
        q = q.where(col(Break.status).in_(CONFIRMED))
    if direction:
        q = q.where(Break.direction == direction)
    if kind:
        q = q.where(col(Break.item).startswith(kind + "/"))
    rows = session.exec(q.order_by(col(Break.seq).desc(), Break.item).limit(limit)).all()
    out = [_break_row(b, c, w) for b, c, w in rows]
    unmatched = session.exec(select(Waiver).where(Waiver.matched == False)).all()  # noqa: E712
    return {"breaks": out, "unmatched_waivers": [waiver_json(w) for w in unmatched],
            "filters": {"status": status or "all", "direction": direction, "kind": kind}}


def _break_row(b: Break, c: Commit, w: Waiver | None) -> dict[str, Any]:
    data = break_json(b, w)
    data.update(release=c.release, subject=c.subject, author=c.author, date=_iso(c.date),
                fixes=fixes_line(c.sha, c.subject), seq=b.seq)
    return data


def changes(session: Session, item: str | None = None) -> dict[str, Any]:
    """Changes in history order, each with its break if it made one."""
    # columns: no ORM objects
    q = select(Change.item, Change.old, Change.new, Change.seq, Commit.sha, Commit.release, Commit.subject,  # type: ignore[call-overload]  # noqa: E501 sqlmodel types select() for up to 4 columns
               Commit.author, Commit.date).join(Commit, col(Commit.sha) == Change.commit)
    if item:
        q = q.where(Change.item == item)
    rows = session.exec(q.order_by(col(Change.seq), Change.item)).all()
    bq = select(Break, Waiver).join(Waiver, col(Waiver.id) == Break.waiver_id, isouter=True)
    if item:
        bq = bq.where(Break.item == item)
    found = {(b.item, b.commit): (b, w) for b, w in session.exec(bq)}
    out = []
    for slug, old, new, seq, sha, rel, subject, author, date in rows:
        hit = found.get((slug, sha))
        out.append({"item": slug, "commit": short(sha), "release": rel,
                    "subject": subject, "old": old, "new": new,
                    "break": break_json(*hit) if hit else None,
                    "author": author, "date": _iso(date), "fixes": fixes_line(sha, subject),
                    "seq": seq})
    return {"item": item, "changes": out}


def item_exists(session: Session, slug: str) -> bool:
    return session.get(Item, slug) is not None


def release_states(session: Session, tag: str) -> dict[str, Any] | None:
    rel = session.get(Release, tag)
    if rel is None:
        return None
    rows = session.exec(select(ReleaseState).where(ReleaseState.release == tag)
                        .order_by(col(ReleaseState.item))).all()
    return {"ref": tag, "commit": short(rel.sha), "states": [r.state for r in rows]}


def releases(session: Session) -> list[Release]:
    return list(session.exec(select(Release).order_by(col(Release.position))))


def last_run(session: Session) -> IngestRun | None:
    q = select(IngestRun).where(col(IngestRun.status) == "done").order_by(col(IngestRun.id).desc())
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
        "newest_breaks": breaks(session, limit=NEWEST, confirmed=True)["breaks"],
        "timeline": release_list(session)["releases"][::-1][:20],
    }


NEWEST = 30  # breaks on the overview (grouped by register and commit there)


# --- helpers shared by the pages below ---------------------------------------

def _iso(when: datetime | None) -> str | None:
    """ISO 8601 in UTC (SQLite hands datetimes back without their zone)."""
    if when is None:
        return None
    return (when.replace(tzinfo=timezone.utc) if when.tzinfo is None else when.astimezone(timezone.utc)).isoformat()


def commit_json(c: Commit) -> dict[str, Any]:
    return {"commit": short(c.sha), "sha": c.sha, "subject": c.subject, "author": c.author,
            "date": _iso(c.date), "release": c.release, "fixes": fixes_line(c.sha, c.subject)}


def group_of(slug: str) -> str:
    """ID register fields group by register; everything else by kind."""
    parts = slug.split("/")
    return "/".join(parts[:2]) if parts[0] == "idreg" and len(parts) > 2 else parts[0]


def latest_tag(session: Session) -> str | None:
    """The newest final release (the newest tag of any kind if none is final)."""
    q = select(Release.tag).order_by(col(Release.position).desc())
    return session.exec(q.where(Release.kind == "mainline")).first() or session.exec(q).first()


def _positions(session: Session) -> dict[str, int]:
    return dict(session.exec(select(Release.tag, Release.position)).all())


# --- releases -----------------------------------------------------------------

def release_list(session: Session) -> dict[str, Any]:
    """Every release, oldest first, with what changed in it."""
    changes = dict(session.exec(select(Commit.release, func.count(col(Change.id)))
                                .join(Change, col(Change.commit) == Commit.sha).group_by(Commit.release)).all())
    brk: Counter[tuple[str | None, str]] = Counter()
    for rel, status in session.exec(select(Commit.release, Break.status).join(Break, col(Break.commit) == Commit.sha)):
        brk[rel, "all"] += status in CONFIRMED
        brk[rel, status] += 1
    warned = warned_counts(session)
    out = [{"tag": r.tag, "commit": short(r.sha), "kind": r.kind, "series": r.series, "date": _iso(r.date),
            "position": r.position, "changes": changes.get(r.tag, 0), **_counts(brk, r.tag),
            **warned.get(r.tag, {"states": 0, "warned": 0})}
           for r in releases(session)]
    return {"releases": out, "latest": latest_tag(session),
            "unreleased": {"changes": changes.get(None, 0), **_counts(brk, None)}}


def _counts(brk: Counter, tag: str | None) -> dict[str, int]:
    """`breaks` counts the confirmed ones; unconfirmed apart."""
    return {"breaks": brk[tag, "all"], "open": brk[tag, "open"], "unconfirmed": brk[tag, "unconfirmed"]}


# a stored state read with warnings (its JSON's warnings list is not empty)
WARNED = col(ReleaseState.warned)


def warned_counts(session: Session, tag: str | None = None) -> dict[str, dict[str, int]]:
    """release -> {"states": how many items have a state there, "warned": how
    many of those were read with warnings}: counted in SQL, nothing decoded."""
    q = select(ReleaseState.release, func.count(), func.sum(case((WARNED, 1), else_=0)))
    if tag:
        q = q.where(ReleaseState.release == tag)
    return {rel: {"states": n, "warned": int(w or 0)} for rel, n, w in session.exec(q.group_by(ReleaseState.release))}


def release(session: Session, tag: str) -> dict[str, Any] | None:
    """What changed guest-visibly in one release: breaks first, then by kind."""
    rel = session.get(Release, tag)
    if rel is None:
        return None
    q = select(Change, Commit).join(Commit, col(Commit.sha) == Change.commit).where(Commit.release == tag)
    rows = session.exec(q.order_by(col(Change.seq), Change.item)).all()
    brk = _breaks_by_change(session, {c.sha for _, c in rows})
    out = []
    for ch, c in rows:
        b = brk.get((ch.item, c.sha))
        out.append({"item": ch.item, "kind": kind_of(ch.item), "old": ch.old, "new": ch.new,
                    "break": b, "seq": ch.seq, **commit_json(c)})
    out.sort(key=lambda r: (r["break"] is None, KINDS.index(r["kind"]) if r["kind"] in KINDS else 9))
    order = [r.tag for r in releases(session)]
    i = order.index(tag)
    confirmed = [r for r in out if r["break"] and r["break"]["status"] in CONFIRMED]
    return {"tag": tag, "commit": short(rel.sha), "kind": rel.kind, "date": _iso(rel.date),
            "previous": order[i - 1] if i else None, "next": order[i + 1] if i + 1 < len(order) else None,
            "changes": out, "breaks": confirmed,
            "unconfirmed": [r for r in out if r["break"] and r["break"]["status"] == "unconfirmed"],
            "fixes": sorted({r["fixes"] for r in confirmed}),
            **warned_counts(session, tag).get(tag, {"states": 0, "warned": 0})}


def _breaks_by_change(session: Session, shas: set[str]) -> dict[tuple[str, str], dict]:
    if not shas:
        return {}
    q = select(Break, Waiver).join(Waiver, col(Waiver.id) == Break.waiver_id, isouter=True)
    return {(b.item, b.commit): break_json(b, w) for b, w in session.exec(q.where(col(Break.commit).in_(shas)))}


# --- commits ------------------------------------------------------------------

def commit_candidates(session: Session, prefix: str, limit: int = 20) -> list[dict[str, Any]]:
    """Stored commits whose sha starts with `prefix` (lower-case hex)."""
    q = select(Commit).where(col(Commit.sha).startswith(prefix)).order_by(col(Commit.seq)).limit(limit)
    return [commit_json(c) for c in session.exec(q)]


def commit(session: Session, sha: str) -> dict[str, Any] | None:
    """One commit (full sha): its guest-visible changes, the breaks it made and resolved."""
    c = session.get(Commit, sha)
    if c is None:
        return None
    rows = session.exec(select(Change).where(Change.commit == sha).order_by(col(Change.item))).all()
    brk = _breaks_by_change(session, {sha})
    resolved = session.exec(select(Break, Commit).join(Commit, col(Commit.sha) == Break.commit)
                            .where(Break.resolved_by == sha).order_by(col(Break.item))).all()
    return {**commit_json(c), "parents": [short(p) for p in c.parents.split()],
            "changes": [{"item": ch.item, "old": ch.old, "new": ch.new, "break": brk.get((ch.item, sha))}
                        for ch in rows],
            "resolves": [{**break_json(b, None), "subject": bc.subject, "fixes": fixes_line(bc.sha, bc.subject)}
                         for b, bc in resolved]}


# --- items --------------------------------------------------------------------

def items(session: Session, q: str = "", since: str | None = None) -> dict[str, Any]:
    """Items grouped (ID registers by register, then the other kinds), filtered
    by a substring and by "changed in a release after `since`"."""
    query = select(Item.slug).order_by(col(Item.slug))
    if q:
        query = query.where(_slug_matches(q))
    if since:
        rel = session.get(Release, since)  # routes resolve `since` first (unknown: 404)
        pos = rel.position if rel else NEVER
        later = select(Release.tag).where(col(Release.position) > pos)
        touched = (select(Change.item).join(Commit, col(Commit.sha) == Change.commit)
                   .where(col(Commit.release).in_(later) | (Commit.release == None)))  # noqa: E711
        query = query.where(col(Item.slug).in_(touched))
    slugs = list(session.exec(query))
    counts = dict(session.exec(select(Change.item, func.count()).group_by(Change.item)).all())
    opened = dict(session.exec(select(Break.item, func.count()).where(Break.status == "open")
                               .group_by(Break.item)).all())
    latest = latest_tag(session)
    now = _states_at(session, latest) if latest else {}
    groups: dict[str, list] = defaultdict(list)
    for slug in slugs:
        groups[group_of(slug)].append({"slug": slug, "changes": counts.get(slug, 0),
                                       "open": opened.get(slug, 0), "state": now.get(slug)})
    order = sorted(groups, key=lambda g: (KINDS.index(kind_of(g)) if kind_of(g) in KINDS else 9, g))
    return {"q": q, "since": since, "latest": latest, "count": len(slugs),
            "releases": [r.tag for r in reversed(releases(session))],
            "groups": [{"group": g, "kind": kind_of(g), "label": KIND_LABELS.get(g, g), "items": groups[g]}
                       for g in order]}


def _slug_matches(q: str):
    """An item whose slug, or a former slug (a renamed field), contains q."""
    renamed = select(ItemAlias.item).where(func.lower(ItemAlias.alias).contains(q.lower()))
    return func.lower(Item.slug).contains(q.lower()) | col(Item.slug).in_(renamed)


def alias_target(session: Session, slug: str) -> str | None:
    """The item a former slug now names (a field renamed between eras), or None."""
    row = session.get(ItemAlias, slug)
    return row.item if row else None


def item(session: Session, slug: str) -> dict[str, Any] | None:
    """One item's timeline (a cell per release) and its changes."""
    kind = session.exec(select(Item.kind).where(Item.slug == slug)).first()
    if kind is None:
        return None
    q = select(ReleaseState.release, cast(ReleaseState.state, Text)).where(ReleaseState.item == slug)
    at = _decoded(session.exec(q))
    history = changes(session, slug)["changes"]
    by_release: dict[str | None, list] = defaultdict(list)
    for ch in history:
        by_release[ch["release"]].append(ch)
    cells, before = [], None
    for tag in session.exec(select(Release.tag).order_by(col(Release.position))):
        state = at.get(tag)
        cells.append(_cell(tag, state, before, by_release.get(tag, ())))
        before = state
    if by_release.get(None):
        cells.append(_cell(None, history[-1]["new"], before, by_release[None]))
    return {"item": slug, "kind": kind, "timeline": cells, "changes": history,
            "fixes": [ch["fixes"] for ch in history if ch["break"] and ch["break"]["status"] in CONFIRMED]}


def _decoded(rows) -> dict[str, dict]:
    """key -> state from (key, JSON text) rows; equal texts decode once, to
    one shared dict (an item's state repeats across most releases)."""
    seen: dict[str, dict] = {}
    return {key: seen.get(text) or seen.setdefault(text, json.loads(text)) for key, text in rows}


def _cell(tag: str | None, state: dict | None, before: dict | None, chs) -> dict[str, Any]:
    brk = [ch["break"] for ch in chs if ch["break"]]
    return {"release": tag, "state": state, "changed": state is not before and not same_view(state, before),
            "commits": [ch["commit"] for ch in chs], "breaks": brk,
            "open": any(b["status"] == "open" for b in brk)}


def lookup(session: Session, text: str) -> tuple[str, str] | None:
    """Where the search box goes: ("release"|"item"|"commit", key) or None."""
    text = text.strip()
    if text == "latest" or session.get(Release, text) is not None:
        return "release", text
    if session.get(Item, text):
        return "item", text
    target = alias_target(session, text)
    if target:
        return "item", target
    if HEX.match(text.lower()) and commit_candidates(session, text.lower(), 1):
        return "commit", text.lower()
    return None


# --- compare and the matrix ----------------------------------------------------

def _range_breaks(session: Session, positions: dict[str, int],
                  within: tuple[int, int] | None = None) -> list[dict[str, Any]]:
    """Every break (brought in by a release at a position in (lo, hi] when
    `within`) with the positions of the release that brought it (p) and of
    the release that resolved it (r); NEVER when not released."""
    fixer = aliased(Commit)
    q = select(*_BREAK_COLUMNS, Waiver, fixer.release)  # type: ignore[call-overload]  # sqlmodel types select() for up to 4 columns
    q = q.join(Commit, col(Commit.sha) == Break.commit)
    if within:
        q = q.join(Release, col(Release.tag) == Commit.release).where(Release.position > within[0],
                                                                 Release.position <= within[1])
    q = q.join(Waiver, col(Waiver.id) == Break.waiver_id, isouter=True)
    q = q.join(fixer, col(fixer.sha) == Break.resolved_by, isouter=True).order_by(col(Break.seq), Break.item)
    out = []
    for *cols, w, fixed_in in session.exec(q):
        row = _break_row_of(cols, w)
        row["p"] = positions.get(row["release"], NEVER)
        row["r"] = positions.get(fixed_in, NEVER)
        out.append(row)
    return out


# a break row from columns (ORM objects cost ~20 us each; a range has hundreds)
_BREAK_COLUMNS = (Break.item, Break.commit, Break.direction, Break.status, Break.resolved_by, Break.reason,
                  Break.seq, Commit.release, Commit.subject, Commit.author, Commit.date, Break.vcpu)


def _break_row_of(cols, w: Waiver | None) -> dict[str, Any]:
    """The same dict as _break_row(), from the columns of _BREAK_COLUMNS."""
    item, sha, direction, status, resolved_by, reason, seq, rel, subject, author, date, vcpu = cols
    return {**vocab.break_json(item=item, commit=sha, direction=direction, status=status, resolved_by=resolved_by,
                               waiver=waiver_json(w) if w else None, reason=reason, vcpu=vcpu),
            "release": rel, "subject": subject, "author": author, "date": _iso(date),
            "fixes": fixes_line(sha, subject), "seq": seq}


def compare(session: Session, a: str, b: str, limit: int | None = None) -> dict[str, Any] | None:
    """Items whose state differs between release tags a and b, with the
    breaks of the direction a -> b that no release up to the newer one undid.
    `limit` (the HTML page): at most that many items without breaks, every
    item with breaks; `more` counts the items left out."""
    ra, rb = session.get(Release, a), session.get(Release, b)
    if ra is None or rb is None:
        return None
    ra_, rb_ = _raw_states_at(session, a), _raw_states_at(session, b)
    differ = [slug for slug in sorted(set(ra_) | set(rb_)) if ra_.get(slug) != rb_.get(slug)]
    lo, hi = sorted((ra.position, rb.position))
    direction = "upgrade" if ra.position <= rb.position else "rollback"
    brk = [x for x in _range_breaks(session, _positions(session), (lo, hi)) if x["direction"] == direction]
    by_item: dict[str, list] = defaultdict(list)
    for x in brk:
        x["outstanding"] = x["r"] > hi and x["status"] in ("open", "resolved")
        by_item[x["item"]].append(_public(x))
    diff: list[dict[str, Any]] = []
    more = 0
    for slug in differ:
        old, new = ra_.get(slug), rb_.get(slug)
        if limit is not None and len(diff) >= limit and slug not in by_item:
            more += texts_differ_in_view(old, new)  # counted, not decoded when it can be helped
            continue
        old, new = json.loads(old) if old else None, json.loads(new) if new else None
        if not same_view(old, new):
            diff.append({"item": slug, "kind": kind_of(slug), "old": old, "new": new, "breaks": by_item.get(slug, [])})
    rows = [_public(x) for x in brk]
    return {"a": a, "b": b, "direction": direction, "commits": {a: short(ra.sha), b: short(rb.sha)},
            "items": diff, "more": more, "breaks": rows, "outstanding": sum(x["outstanding"] for x in rows),
            "unconfirmed": sum(x["status"] == "unconfirmed" and x["r"] > hi for x in brk),
            "fixes": sorted({x["fixes"] for x in rows if x["outstanding"]}),
            "releases": list(session.exec(select(Release.tag).order_by(col(Release.position))))}


def _states_at(session: Session, tag: str) -> dict[str, dict]:
    q = select(ReleaseState.item, ReleaseState.state).where(ReleaseState.release == tag)
    return typing.cast(dict[str, dict], dict(session.exec(q).all()))  # the JSON column holds objects


def _raw_states_at(session: Session, tag: str) -> dict[str, str]:
    """Item -> its state as stored (JSON text): equal texts, equal states."""
    q = select(ReleaseState.item, cast(ReleaseState.state, Text)).where(ReleaseState.release == tag)
    return dict(session.exec(q).all())


def _public(x: dict) -> dict:
    return {k: v for k, v in x.items() if k not in ("p", "r")}


def matrix(session: Session, first: str | None = None, last: str | None = None) -> dict[str, Any]:
    """Release x release (rows: source kernel, columns: destination): the
    number of breaks a VM meets migrating from the row to the column. Final
    releases by default, the newest 16; `first`..`last` choose a range of any tags."""
    rels = releases(session)
    if first or last:
        pos = _positions(session)
        lo, hi = pos.get(first or "", 0), pos.get(last or "", NEVER)
        tags = [r for r in rels if lo <= r.position <= hi]
    else:
        tags = [r for r in rels if r.kind == "mainline"] or rels
        tags = tags[-16:]
    cells = _matrix_counts([r.position for r in tags], _break_spans(session, _positions(session)))
    names = [r.tag for r in tags]
    return {"releases": names, "first": names[0] if names else None, "last": names[-1] if names else None,
            "all": [r.tag for r in rels],
            "rows": [{"source": src, "cells": [{"destination": dst, "breaks": cells[i][j]}
                                               for j, dst in enumerate(names)]}
                     for i, src in enumerate(names)]}


def _break_spans(session: Session, positions: dict[str, int]) -> Counter:
    """(direction, p, r) -> how many breaks (not waived) were brought in by the
    release at position p and resolved by the one at r (NEVER: not released).
    Columns only, counted: the matrix needs no more."""
    fixer = aliased(Commit)
    q = select(Break.direction, Commit.release, fixer.release).join(Commit, col(Commit.sha) == Break.commit)
    q = q.join(fixer, col(fixer.sha) == Break.resolved_by, isouter=True)
    q = q.where(col(Break.status).in_(("open", "resolved")))
    return Counter((d, positions.get(made or "", NEVER), positions.get(fixed or "", NEVER))
                   for d, made, fixed in session.exec(q))


def _matrix_counts(pos: list[int], spans: Counter) -> list[list[int | None]]:
    """counts[i][j]: breaks brought in by (min, max] of releases i, j in the
    migration's direction and not undone by the newer of the two."""
    n = len(pos)
    counts: list[list[int | None]] = [[None] * n for _ in range(n)]
    bucketed = [(d, p, r, _bucket(pos, p), k) for (d, p, r), k in spans.items()]
    for hi in range(n):
        for direction in DIRECTIONS:
            # per release index k: breaks brought in by (pos[k-1], pos[k]] still open at pos[hi]
            per: Counter[int] = Counter()
            for d, p, r, bucket, k in bucketed:
                if d == direction and p <= pos[hi] < r:
                    per[bucket] += k
            total = 0
            for lo in range(hi - 1, -1, -1):
                total += per[lo + 1]
                if direction == "upgrade":
                    counts[lo][hi] = total
                else:
                    counts[hi][lo] = total
    return counts


def _bucket(pos: list[int], p: int) -> int:
    """The index of the first listed release at or after position p."""
    return bisect_left(pos, p)


# --- the API's lists: sort keys for keyset pagination ---------------------------
# Each list of the API is in the order of its key; a cursor is the key of the
# last row served (app/pagination.py). Keys are made of stable facts (commit
# order, slugs), never of row ids an ingest renumbers.

def _kind_index(kind: str) -> int:
    return KINDS.index(kind) if kind in KINDS else 9


def item_key(row: dict) -> tuple[int, str, str]:
    """The order of `items()`: by group (kinds in KINDS order), then slug."""
    g = group_of(row["slug"])
    return _kind_index(kind_of(g)), g, row["slug"]


def flat_items(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [i for g in data["groups"] for i in g["items"]]


def regroup(data: dict[str, Any], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The groups of `data` keeping only `rows` (one page of items)."""
    keep = {r["slug"] for r in rows}
    out = [{**g, "items": [i for i in g["items"] if i["slug"] in keep]} for g in data["groups"]]
    return [g for g in out if g["items"]]


def change_key(row: dict) -> tuple[int, str]:
    return row["seq"], row["item"]


def break_key(row: dict) -> tuple[int, str, str]:
    """Newest first: the order of `breaks()`."""
    return -row["seq"], row["item"], row["direction"]


def release_change_key(row: dict) -> tuple[int, int, int, str]:
    """The order of `release()`'s changes: breaks first, then by kind, then history."""
    return int(row["break"] is None), _kind_index(row["kind"]), row["seq"], row["item"]


def by_item(row: dict) -> tuple[str]:
    return (row["item"],)


def change_list(session: Session, after: tuple[int, str] | None, limit: int,
                item: str | None = None, kind: str | None = None) -> list[dict[str, Any]]:
    """Up to `limit` changes in history order after the key `after` (seq,
    item), each with its break: one page of every change, straight from SQL."""
    q = select(Change, Commit).join(Commit, col(Commit.sha) == Change.commit)
    if item:
        q = q.where(Change.item == item)
    if kind:
        q = q.where(col(Change.item).startswith(kind + "/"))
    if after:
        seq, slug = after
        q = q.where((Change.seq > seq) | ((Change.seq == seq) & (Change.item > slug)))
    rows = session.exec(q.order_by(col(Change.seq), Change.item).limit(limit)).all()
    brk = _breaks_by_change(session, {c.sha for _, c in rows})
    return [{"item": ch.item, "old": ch.old, "new": ch.new, "break": brk.get((ch.item, c.sha)),
             "seq": ch.seq, "kind": kind_of(ch.item), **commit_json(c)} for ch, c in rows]


# --- the register list between two releases ------------------------------------

REGLIST = "reglist/"


def _listed(state: dict | None) -> bool:
    """In KVM_GET_REG_LIST for some VM (`hidden` never is; absent neither)."""
    return state is not None and state.get("default") != "hidden"


def reglist_entry(state: dict) -> dict[str, Any]:
    """How one register is listed at one release: always, or under a condition."""
    default = state["default"]
    listed = "always" if default == "present" and not state.get("hidden_when") else "conditional"
    return {"default": default, "listed": listed, "hidden_when": state.get("hidden_when"),
            "hidden_from": state.get("hidden_from"), "warnings": state.get("warnings") or []}


def reglist_diff(session: Session, a: str, b: str) -> dict[str, Any]:
    """The register indices KVM_GET_REG_LIST gains and loses from release a
    to release b, keyed by index (what a VMM's migration table keys by):
    `appears`, `disappears`, or `condition` (listed at both, under different
    conditions). A register without a known index is keyed by its name."""
    sa = {k: v for k, v in _reglist_at(session, a).items() if _listed(v)}
    sb = {k: v for k, v in _reglist_at(session, b).items() if _listed(v)}
    rows = []
    for key in sorted(set(sa) | set(sb)):
        old, new = sa.get(key), sb.get(key)
        ea, eb = (reglist_entry(s) if s else None for s in (old, new))
        if old and new and view(ea) == view(eb):
            continue
        change = "appears" if old is None else "disappears" if new is None else "condition"
        s = new or old
        assert s is not None  # the key came from one of them
        rows.append({"index": s.get("index"), "name": s["item"][len(REGLIST):], "item": s["item"],
                     "change": change, "a": ea, "b": eb, "key": key})
    pos = _positions(session)
    counts = Counter(r["change"] for r in rows)
    return {"a": a, "b": b, "direction": "upgrade" if pos[a] <= pos[b] else "rollback",
            "counts": {c: counts[c] for c in ("appears", "disappears", "condition")},
            "registers": rows}


def _reglist_at(session: Session, tag: str) -> dict[str, dict]:
    """Index (or `name:<REG>` when unknown) -> the reglist state at a release."""
    q = select(ReleaseState.state).where(ReleaseState.release == tag,
                                         col(ReleaseState.item).startswith(REGLIST))
    out: dict[str, Any] = {}
    for state in session.exec(q):
        out[state.get("index") or "name:" + state["item"][len(REGLIST):]] = state
    return out


def reglist_key(row: dict) -> tuple[str]:
    return (row["key"],)
