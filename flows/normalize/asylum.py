"""Asylum is given to people: whoever a state grants or offers it to is a private person, never the state the
person comes from ("granted asylum to a former prime minister", "ofrecieron asilo al exanalista estadounidense")."""
from __future__ import annotations

import re
from dataclasses import replace

from flows.normalize.coded import Actor, CodedEvent
from flows.normalize.roles_base import DOMESTIC_OTHERS, Context

_ASYLUM = re.compile(r"\b(?:asylum|asilo)\b")
_GIVING = frozenset({"03", "07"})  # offers and aid: "offered asylum", "granted asylum" (075)
_NOT_THE_STATE = DOMESTIC_OTHERS | {"ELI", "IGO", "NGO", "MED"}


def asylum_to_people(ctx: Context, events: list[CodedEvent]) -> list[CodedEvent]:
    """Events that give asylum, with their target made a private person of its country."""
    return [_to_person(e) if _gives_asylum(ctx, e) else e for e in events]


def _gives_asylum(ctx: Context, e: CodedEvent) -> bool:
    if e.target is None or e.target.sector in _NOT_THE_STATE or e.cameo[:2] not in _GIVING:
        return False
    start = ctx.sentence.find(e.evidence)
    if start < 0:
        return False
    # the words up to the target when it follows ("ofrecieron asilo al exanalista estadounidense"), else the act's
    found = ctx.sentence.find(e.target.text, start)
    end = found + len(e.target.text) if found >= 0 else start + len(e.evidence)
    return _ASYLUM.search(ctx.folded, start, end) is not None


def _to_person(e: CodedEvent) -> CodedEvent:
    t = e.target
    return replace(e, target=Actor(t.text, t.country, "CVL", f"{t.country or ''}CVL"))


__all__ = ["asylum_to_people"]
