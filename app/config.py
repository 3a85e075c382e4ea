"""Settings, read from the environment when asked for, never at import."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

ALEMBIC_DIR = Path(__file__).resolve().parent.parent / "alembic"  # the migrations
KERNEL_GIT = "https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git"


def _default_url() -> str:
    return os.environ.get("DATABASE_URL") or "sqlite:///guestabi.db"


@dataclass(frozen=True)
class Settings:
    database_url: str = field(default_factory=_default_url)
    base_url: str = field(default_factory=lambda: os.environ.get("GUESTABI_BASE_URL", "http://127.0.0.1:8000"))
    # Where evidence links point: a cgit of the kernel (git.kernel.org or a mirror).
    source_url: str = field(default_factory=lambda: os.environ.get("GUESTABI_SOURCE_URL", KERNEL_GIT))

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        return cls(**{k: v for k, v in overrides.items() if v is not None})
