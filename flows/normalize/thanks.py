"""Aid named as the reason for thanks: "thanked Mexico for sending tankers of crude oil", "expresó su
agradecimiento a China por el donativo de paneles solares".

The one thanked gave the aid to the one thanking (07x, from the thanked to the thanker): military aid (072) when the
reason says so, humanitarian aid (073) likewise, else economic aid (070). Thanks for cooperation, solidarity or
support name no aid and derive nothing; an aid event already coded between the two is not added again.
"""
from __future__ import annotations

import re

from flows.normalize.coded import CodedEvent
from flows.normalize.derived import derived
from flows.normalize.roles_base import Context

PRAISE = "051"
ECONOMIC_AID, MILITARY_AID, HUMANITARIAN_AID = "070", "072", "073"
# the reason right after the one thanked (a day or a time phrase may stand between)
_FOR_AID = re.compile(
    r"(?:\s+(?:on|this|el|este|esta)\s+\w+)?\s+(?:for|por)\s+(?:"
    r"(?:sending|donating|supplying|delivering|shipping|providing)\b"
    r"|(?:its|his|her|their|the|a|an|el|la|los|las|su|sus|un|una)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:help|aid|assistance|donations?|supplies|shipments?|envios?|donativos?|donaci\w+|ayuda|asistencia|"
    r"suministros?)\b)")
_MILITARY = re.compile(r"\b(?:military|weapons?|arms|militar|armas|armamento)\b")
_HUMANITARIAN = re.compile(r"\b(?:humanitarian|rescue|medical|vaccines?|humanitari\w+|rescate|medic\w+|vacunas?)\b")
_REASON_CHARS = 90


def thanked_aid_events(ctx: Context, events: list[CodedEvent]) -> list[CodedEvent]:
    """07x from the one thanked to the thanker, for each thanks whose reason names aid."""
    out: list[CodedEvent] = []
    for e in events:
        if e.cameo != PRAISE or e.negated or e.target is None or not e.target.country or not e.source.country:
            continue
        at = ctx.sentence.find(e.evidence)
        end = at + len(e.evidence)
        target_end = next((m.end for m in ctx.mentions if m.country == e.target.country and at <= m.start < end + 30),
                          None) if at >= 0 else None
        if target_end is None or _FOR_AID.match(ctx.folded, target_end) is None:
            continue
        reason = ctx.folded[target_end:target_end + _REASON_CHARS]
        code = MILITARY_AID if _MILITARY.search(reason) else HUMANITARIAN_AID if _HUMANITARIAN.search(reason) \
            else ECONOMIC_AID
        if not any(x.cameo.startswith("07") and x.source.country == e.target.country and x.target is not None
                   and x.target.country == e.source.country for x in events + out):
            out.append(derived(e, code, e.target, e.source))
    return out


__all__ = ["thanked_aid_events"]
