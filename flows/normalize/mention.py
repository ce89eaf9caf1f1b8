"""One actor named in a sentence: where it stands, what it names, and how the words around it qualify it."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    country: str | None
    sector: str
    code: str
    kind: str
    preposition: str = ""  # folded preposition right before the mention ("in", "en", "from"), "" if none
    is_place: bool = False  # a place after a locative preposition ("in Washington", "en Caracas")
    group: bool = False  # an agent noun standing alone ("the protesters"): a group with no country


__all__ = ["ActorMention"]
