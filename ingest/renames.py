"""Former slugs of renamed items. A field renamed between eras keeps its
item: the ID-register extractor names it as the architecture does from the
first era on (ingest/extract/idregs/names.RENAMES: `ID_AA64ISAR2_CLEARBHB_SHIFT`
in a 5.10 sysreg.h is `ID_AA64ISAR2_EL1.CLRBHB`, same bits). Its old name
stays findable: the store keeps old slug -> item (table itemalias), search
finds it and the old URL redirects."""
from __future__ import annotations

from collections.abc import Collection

from ingest.extract.idregs import names


def aliases(slugs: Collection[str]) -> dict[str, str]:
    """Old slug -> item, for the renamed items among `slugs` (an old slug
    that is an item of its own is left alone)."""
    out = {}
    for (reg, old), new in sorted(names.RENAMES.items()):
        alias, item = f"idreg/{reg}/{old}", f"idreg/{reg}/{new}"
        if item in slugs and alias not in slugs:
            out[alias] = item
    return out
