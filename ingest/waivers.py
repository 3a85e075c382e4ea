"""The reviewed waivers file (TOML):

    [[waiver]]
    item = "vgic/v3/IIDR_REVISION"
    commit = "d53c2c29ae0d"          # 7+ hex, a prefix of the breaking commit
    reason = "Userspace of the time never saved IIDR"
    link = "https://lore.kernel.org/..."
    direction = "upgrade"             # optional
"""
from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path

from ingest.facts import Waiver


class WaiverError(ValueError):
    pass


def default_path(given: str | None) -> str | None:
    """--waivers, else $GUESTABI_WAIVERS, else ./waivers.toml when present."""
    return given or os.environ.get("GUESTABI_WAIVERS") or ("waivers.toml" if os.path.exists("waivers.toml") else None)


def load(path: str | Path | None) -> list[Waiver]:
    if path is None:
        return []
    p = Path(path)
    if not p.is_file():
        raise WaiverError(f"{p}: waivers file not found")
    try:
        data = tomllib.loads(p.read_text())
    except tomllib.TOMLDecodeError as exc:
        raise WaiverError(f"{p}: not valid TOML ({exc})") from None
    entries = data.get("waiver", [])
    if not isinstance(entries, list) or not all(isinstance(w, dict) for w in entries):
        raise WaiverError(f"{p}: 'waiver' must be an array of tables ([[waiver]] sections)")
    return [_waiver(p, i, w) for i, w in enumerate(entries)]


def _waiver(path: Path, i: int, w: dict) -> Waiver:
    where = f"{path}: waiver #{i + 1}"
    for key in ("item", "commit", "reason"):
        if not isinstance(w.get(key), str) or not w[key].strip():
            raise WaiverError(f"{where}: '{key}' is required")
    if not re.fullmatch(r"[0-9a-fA-F]{7,40}", w["commit"]):
        raise WaiverError(f"{where}: commit must be 7 to 40 hex digits, not {w['commit']!r}")
    if not isinstance(w.get("link", ""), str):
        raise WaiverError(f"{where}: 'link' must be a string")
    if w.get("direction") not in (None, "upgrade", "rollback"):
        raise WaiverError(f"{where}: direction must be 'upgrade' or 'rollback'")
    return Waiver(item=w["item"], commit=w["commit"].lower(), reason=w["reason"],
                  link=w.get("link", ""), direction=w.get("direction"))
