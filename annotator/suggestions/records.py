"""Suggestions as plain records: spans, and what one accept takes (a `Group`).

A suggested span is named by its kind (claim, speaker, cue), its offsets and the pattern
that found it. A link end is either a suggested span or an existing annotation's id, so an
elided subject can point at a speaker the analyst already marked.
"""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("claim", "speaker", "cue")
PROJECT_MATCH = "project-match"


@dataclass(frozen=True)
class Suggested:
    kind: str
    start: int
    end: int
    pattern: str

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.kind, self.start, self.end)

    def origin(self, edited: bool = False) -> str:
        """The origin an accepted span keeps (`suggested:<pattern>`, `:edited` when the
        analyst changed its boundaries first)."""
        return f"suggested:{self.pattern}" + (":edited" if edited else "")


Ref = Suggested | int  # a suggested span, or the id of an annotation already in the project


@dataclass(frozen=True)
class Attribution:
    """A claim found by a pattern with its cue and speaker; `inherited`: the speaker was not
    expressed next to the cue and is the nearest earlier one."""

    claim: Suggested
    cue: Suggested | None = None
    speaker: Suggested | None = None
    inherited: bool = False


@dataclass(frozen=True)
class Group:
    """What one accept stores: `own` spans (claim first), plus links to `speaker` and `cue`,
    which may be annotations already made or spans of another group."""

    own: tuple[Suggested, ...]
    claim: Suggested | None = None
    speaker: Ref | None = None
    cue: Ref | None = None
    entity_hint: str = field(default="", compare=False)

    @property
    def start(self) -> int:
        return min(s.start for s in self.own)

    @property
    def end(self) -> int:
        return max(s.end for s in self.own)

    def spans(self) -> tuple[Suggested, ...]:
        """Every suggested span an accept creates: its own, and a suggested speaker or cue
        of another group it links to."""
        extra = tuple(
            r for r in (self.speaker, self.cue) if isinstance(r, Suggested) and r not in self.own
        )
        return self.own + extra
