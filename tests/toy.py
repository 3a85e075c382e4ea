"""A toy extractor for pipeline tests: one line per item in a header,
`ITEM default settable,settable`, so histories read like the states they make."""
from __future__ import annotations

from ingest.facts import Extractor, State

TOY = "arch/arm64/kvm/toy.h"
OLD_TOY = "virt/kvm/arm/toy.h"


def toy_text(**items: str) -> str:
    """toy_text(IIDR="2 2,3") -> the header text."""
    return "".join(f"{k.replace('__', '/')} {v}\n" for k, v in items.items())


def extract_toy(files) -> list[State]:
    text = files.get(TOY) or files.get(OLD_TOY)
    if text is None:
        return []
    out = []
    for line in text.splitlines():
        parts = line.split()  # item default settable [register index]
        if len(parts) not in (3, 4):
            continue
        extra = (("index", parts[3]),) if len(parts) == 4 else ()
        out.append(State("toy/" + parts[0], parts[1], tuple(parts[2].split(",")), (), extra))
    return out


TOY_EXTRACTOR = Extractor("toy", (OLD_TOY, TOY), extract_toy)
