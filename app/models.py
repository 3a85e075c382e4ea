"""Every table. The schema is made only by the Alembic migrations in
alembic/versions; tests check the two never disagree."""
from __future__ import annotations

from datetime import datetime
from typing import Any, Optional

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel


class Release(SQLModel, table=True):
    """A release tag: mainline vX.Y / vX.Y-rcN, or stable vX.Y.Z when asked."""

    tag: str = Field(primary_key=True, max_length=64)
    sha: str = Field(max_length=40)
    series: str = Field(max_length=32)  # "6.1"
    kind: str = Field(max_length=16)  # "mainline" | "rc" | "stable"
    position: int = Field(index=True)  # order among all releases, oldest first
    date: Optional[datetime] = None


class CommitFields(SQLModel):
    sha: str = Field(primary_key=True, max_length=40)
    seq: int = Field(index=True)  # topological order, parents first
    subject: str
    author: str
    date: datetime
    parents: str  # space-separated shas
    release: Optional[str] = Field(default=None, index=True, max_length=64)


class Commit(CommitFields, table=True):
    """A commit that touched watched files (the only ones stored)."""


class PendingCommit(CommitFields, table=True):
    """Written by an ingest batch, moved to `commit` when the run ends: the web
    never sees changes whose breaks and releases are not written yet."""


class Item(SQLModel, table=True):
    slug: str = Field(primary_key=True, max_length=200)
    kind: str = Field(index=True, max_length=16)  # "vgic" | "fw" | "idreg" | "reglist"


class ChangeFields(SQLModel):
    id: Optional[int] = Field(default=None, primary_key=True)
    item: str = Field(max_length=200)
    commit: str = Field(index=True, max_length=40)
    seq: int
    old: Optional[dict[str, Any]] = Field(default=None, sa_type=JSON)
    new: Optional[dict[str, Any]] = Field(default=None, sa_type=JSON)


class Change(ChangeFields, table=True):
    __table_args__ = (Index("ix_change_item_seq", "item", "seq"),)


class PendingChange(ChangeFields, table=True):
    """A batch's changes until the run ends (see PendingCommit)."""


class Break(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    item: str = Field(index=True, max_length=200)
    commit: str = Field(index=True, max_length=40)
    seq: int
    direction: str = Field(max_length=16)  # "upgrade" | "rollback"
    # "open" | "resolved" | "waived" | "unconfirmed" (old or new state read with warnings)
    status: str = Field(index=True, max_length=16)
    resolved_by: Optional[str] = Field(default=None, max_length=40)
    waiver_id: Optional[int] = None
    reason: str = ""
    vcpu: str = Field(default="both", max_length=8)  # "default" | "all" | "both": the vCPU configuration hit


class ItemAlias(SQLModel, table=True):
    """An item's former slug (a field renamed between eras): search finds
    it and its old URL redirects to the item."""

    alias: str = Field(primary_key=True, max_length=200)
    item: str = Field(max_length=200)


class StateCache(SQLModel, table=True):
    """Extractor results kept across runs (ingest/statecache.py): the
    states one extractor read from one set of file versions, by a hash of
    the extractor's name, its code and the blob ids it read. Only those at
    the last run's frontier, so the next run does not parse the files its
    first new commit's parent shares with them."""

    key: str = Field(primary_key=True, max_length=64)
    states: str  # JSON, as ingest/statecache.py encodes it


class Waiver(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    item: str = Field(max_length=200)
    commit: str = Field(max_length=40)  # a 7+ hex prefix as written in the file
    reason: str
    link: str = ""
    direction: Optional[str] = Field(default=None, max_length=16)
    matched: bool = False


class ReleaseState(SQLModel, table=True):
    """An item's state at a release tag (for compare and the matrix).
    `warned`: the state was read with warnings, kept beside its JSON so the
    releases' counts read an index, not every state's text (hundreds of
    thousands of rows on a full kernel history)."""

    __table_args__ = (Index("ix_releasestate_release_warned", "release", "warned"),)

    release: str = Field(primary_key=True, max_length=64)
    item: str = Field(primary_key=True, index=True, max_length=200)  # item pages read by item
    state: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    warned: bool = False


class IngestRun(SQLModel, table=True):
    """One ingest. `tips` of the newest finished run are where the next one
    starts; `stats` is its summary."""

    id: Optional[int] = Field(default=None, primary_key=True)
    repo: str
    started: datetime
    finished: Optional[datetime] = None
    status: str = Field(default="running", max_length=16)  # "running" | "done"
    walked: int = 0
    tips: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    stats: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
