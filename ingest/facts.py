"""Plain facts shared by extract -> diff -> judge -> store.

Frozen dataclasses only: no git, no database. JSON shapes follow DESIGN.md.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from app.vocab import break_json, view_value

# Settable policies (a settable set is either explicit values or one policy).
POLICIES = ("none", "lower-safe", "higher-safe", "exact", "any")


@dataclass(frozen=True)
class Evidence:
    """Where in a commit's code a state's value was decided: the line (1-based,
    in the file as committed) and the function holding it (None at file scope,
    e.g. a #define), with that line's code as `text`."""

    what: str  # "default" | "settable"
    file: str
    line: int
    function: str | None
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"what": self.what, "file": self.file, "line": self.line,
                "function": self.function, "text": self.text}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Evidence":
        return cls(str(data["what"]), str(data["file"]), int(data["line"]),
                   data.get("function"), str(data.get("text", "")))


@dataclass(frozen=True)
class State:
    """One item's state at one commit.

    default:  what a new VM sees (`3`, `1.1`, `set`, `present`, `host`, ...)
    settable: what userspace may write: explicit values, or a single policy
              word from POLICIES (`("none",)`).
    extra:    optional facts shown beside the state, e.g. (("index", "0x6030...")).
    evidence: where the default and the settable set were read (not ABI:
              a moved line is not a change, so same_view ignores it).
    """

    item: str
    default: str
    settable: tuple[str, ...] = ("none",)
    warnings: tuple[str, ...] = ()
    extra: tuple[tuple[str, str], ...] = ()
    evidence: tuple[Evidence, ...] = ()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "item": self.item,
            "default": self.default,
            "settable": list(self.settable),
            "warnings": list(self.warnings),
        }
        out.update(dict(self.extra))
        if self.evidence:  # "a state may carry" it: absent rather than empty
            out["evidence"] = [e.to_json() for e in self.evidence]
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "State":
        known = {"item", "default", "settable", "warnings", "evidence"}
        extra = tuple(sorted((k, str(v)) for k, v in data.items() if k not in known))
        return cls(
            item=data["item"],
            default=data["default"],
            settable=tuple(data.get("settable") or ("none",)),
            warnings=tuple(data.get("warnings") or ()),
            extra=extra,
            evidence=tuple(Evidence.from_json(e) for e in data.get("evidence") or ()),
        )

    def same_view(self, other: "State | None") -> bool:
        """Equal as far as the ABI goes: app.vocab.same_view on the states'
        JSON, without building it (warnings and evidence are not ABI). A host-wide
        condition (`when`, `otherwise`: HELPERS/DESIGN) is part of the view:
        another condition or another value elsewhere is a change (judged on
        the common host's default), but its C text re-spaced is not."""
        return (
            other is not None
            and self.default == other.default
            and self.settable == other.settable
            and _view_extra(self.extra) == _view_extra(other.extra)
        )

    def with_warning(self, text: str) -> "State":
        return replace(self, warnings=self.warnings + (text,))

    def with_evidence(self, *found: "Evidence | None") -> "State":
        """This state with more evidence (None: a line that was not found)."""
        return replace(self, evidence=self.evidence + tuple(e for e in found if e is not None))


def _view_extra(extra: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    return tuple((k, view_value(k, v)) for k, v in extra)


@dataclass(frozen=True)
class Change:
    """A commit where an item's state differs from its parent's."""

    item: str
    commit: str  # full 40-hex sha
    seq: int  # topological position of the commit (parents first)
    old: State | None
    new: State | None


@dataclass(frozen=True)
class Waiver:
    item: str
    commit: str  # a 7+ hex prefix
    reason: str
    link: str = ""
    direction: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"item": self.item, "commit": self.commit, "reason": self.reason,
                "link": self.link, "direction": self.direction}


@dataclass(frozen=True)
class Break:
    item: str
    commit: str
    direction: str  # "upgrade" | "rollback"
    status: str  # "open" | "resolved" | "waived" | "unconfirmed" (old or new state read with warnings)
    resolved_by: str | None = None
    waiver: Waiver | None = None
    reason: str = ""
    seq: int = 0
    vcpu: str = "both"  # the vCPU configuration it hits: "default" (no optional feature) | "all" | "both"

    def to_json(self) -> dict[str, Any]:
        return break_json(item=self.item, commit=self.commit, direction=self.direction, status=self.status,
                          resolved_by=self.resolved_by, waiver=self.waiver.to_json() if self.waiver else None,
                          reason=self.reason, vcpu=self.vcpu)


@dataclass(frozen=True)
class Extractor:
    """A pure function from file texts to states, and the files it reads.

    `paths` lists every path the extractor may read in any era; the walker
    hands it {path: text} for those that exist at a commit.
    """

    name: str
    paths: tuple[str, ...]
    fn: Any = field(compare=False)  # Callable[[Mapping[str, str]], list[State]]

    def __call__(self, files):
        return self.fn(files)
