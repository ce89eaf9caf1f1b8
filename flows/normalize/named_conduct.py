"""Another state's conduct named by the one who acts: "announced a boycott over what it called China's genocide in
Xinjiang", "citing what Baku called France's anti-Azerbaijani stance".

Naming a state's conduct with the namer's own word ("what it called", "what X described as") right before that
state's possessive ("China's ...") accuses it (112): the namer is the act's doer for "it"/"he"/"they", else the state
named between "what" and the verb of naming. The act the phrase hangs on is coded on its own.
"""
from __future__ import annotations

import re
from dataclasses import replace

from flows.normalize.coded import CodedEvent
from flows.normalize.derived import actor_of, coded_before, derived
from flows.normalize.roles_base import Context

ACCUSE = "112"
_NAMED = re.compile(r"\bwhat\s+(?:(?P<pronoun>it|he|she|they)|(?P<namer>[^,;.]{1,40}?))\s+(?:called|calls|"
                    r"described as|describes as|termed|terms|branded|brands)\s+(?:an?\s+|the\s+)?")


def named_conduct_events(ctx: Context, events: list[CodedEvent]) -> list[CodedEvent]:
    """An accusation (112) from the namer to each state whose conduct the namer names by its possessive."""
    out: list[CodedEvent] = []
    if ctx.language == "es" or "what " not in ctx.folded:
        return out
    for found in _NAMED.finditer(ctx.folded):
        owner = next((m for m in ctx.mentions if m.start == found.end() and m.country and not m.group
                      and ctx.folded.startswith("'s", m.end)), None)
        before = coded_before(ctx.sentence, events, found.start())
        if owner is None or not before:
            continue
        base = max(before, key=lambda pair: pair[0])[1]
        if found.group("pronoun"):
            namer = base.source
        else:
            named = [m for m in ctx.mentions if found.start("namer") <= m.start < found.end("namer") and m.country]
            if not named:
                continue
            namer = actor_of(named[0])
        if namer.country is None or namer.country == owner.country or any(
                e.cameo.startswith("11") and e.source.country == namer.country and e.target is not None
                and e.target.country == owner.country for e in events):
            continue
        event = derived(base, ACCUSE, namer, actor_of(owner))
        out.append(replace(event, evidence=ctx.sentence[found.start():owner.end]))
    return out


__all__ = ["named_conduct_events"]
