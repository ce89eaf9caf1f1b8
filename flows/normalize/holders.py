"""Whom a demand for the release or return of people or things is aimed at: the state that holds them.

"Washington demanded the immediate release of reporter Evan Gershkovich, a day after Russia's FSB detained him",
"Estonia demanded the return of an officer abducted by Russian security agents": the person or ship named after
"release of" is no target; the one who seized them is, told by "by"/"por" after the object or by its own verb
on a pronoun for them ("detained him", "lo detuvo"). The demand is then one to release persons or property (1053).
"""
from __future__ import annotations

import re
from dataclasses import replace

from flows.normalize.mention import ActorMention
from flows.normalize.planning import Planned
from flows.normalize.roles import Act, Context, same_side

RELEASE_DEMAND = "1053"
# the demand's own words: "demanded the immediate release of", "exigió la liberación inmediata del"
_RELEASE_OF = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:the\s+|la\s+|su\s+)?(?:(?:immediate|swift|unconditional|prompt|"
                         r"inmediata|pronta)\s+)?(?:release|return|liberacion|devolucion|excarcelacion|puesta en "
                         r"libertad)\b")
_SEIZED = r"(?:seized|captured|detained|abducted|arrested|held|kidnapped|taken|boarded|" \
          r"capturad|detenid|secuestrad|retenid|apresad|abordad|incautad)\w*"
# "an officer abducted by Russian security agents", "un petrolero retenido por la Guardia Revolucionaria"
_SEIZED_BY = re.compile(rf"\b{_SEIZED}\s+(?:[\w-]+\s+){{0,2}}?(?:by|por)\s+(?:(?:the|el|la|los|las)\s+)?$")
# "Russia's FSB detained him", "la Guardia Revolucionaria lo retuvo"
_SEIZED_HIM = re.compile(r"^(?:'s\s+[\w-]+\s+|\s+(?:[\w-]+\s+){0,2}?)(?:(?:had|has|have)\s+)?(?:detained|arrested|"
                         r"seized|abducted|captured|kidnapped|held)\s+(?:him|her|them|it)\b"
                         r"|^\s+(?:lo|la|los|las)\s+(?:detuv|captur|secuestr|retuv|apres)\w*")


def release_holder(ctx: Context, p: Planned, act: Act, sources: list[ActorMention],
                   targets: list[ActorMention]) -> tuple[Planned, list[ActorMention]]:
    """A demand for a release aimed at the one who holds what it asks back, unless it names another state of the
    other side as the one asked; otherwise ``p`` and ``targets`` unchanged."""
    f = ctx.folded
    if act.family != "10" or act.nominal or not sources or not _RELEASE_OF.match(f, act.end):
        return p, targets
    others = [m for m in ctx.mentions if m.country and m.start > act.end and not any(same_side(m, s) for s in sources)]
    holder = [m for m in others if _SEIZED_BY.search(f, max(act.end, m.start - 60), m.start)] or [
        m for m in others if _SEIZED_HIM.match(f[m.end:m.end + 60])]
    if not holder or any(t.country and t is not holder[0] and not any(same_side(t, s) for s in sources)
                         and t.sector not in ("MED", "CVL", "BUS") for t in targets):
        return p, targets  # a state of the other side named as the one asked stays the target
    return replace(p, res=replace(p.res, code=RELEASE_DEMAND, reciprocal=""), inner=[]), holder[:1]


__all__ = ["release_holder"]
