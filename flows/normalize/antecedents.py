"""The object of a verb of labelling in an object relative whose subject is named: "el buque de guerra británico HMS
Trent, al que Caracas calificó de provocación". The relative stands for what comes before it, so the state named
there is the target; the name after "al que" is the subject.
"""
from __future__ import annotations

import re

from flows.normalize.mention import ActorMention
from flows.normalize.planning import Planned
from flows.normalize.roles import Act, Context, same_side

# "al que Madrid", "a la que el Gobierno de X", "a quienes Washington": the relative and its named subject
_OBJECT_RELATIVE = re.compile(r",\s+(?:(?:el\s+)?(?:pais|gobierno|estado)\s+)?"
                              r"(?:(?:al|a la|a los|a las)\s+que|a quiene?s?)\s+$")
# verbs of naming with a label ("calificó de provocación", "tildó de"); "al que Madrid acusó" was tried and cost a
# guard batch a false event; narrower than subjects' list of labelling stems, which was not measured here
_MEASURED_LABELS = ("calific", "tild")
ANTECEDENT_REACH = 30  # characters from the end of the antecedent's state to the relative's comma


def antecedent_object(ctx: Context, p: Planned, act: Act, sources: list[ActorMention],
                      targets: list[ActorMention]) -> tuple[Planned, list[ActorMention]]:
    """The state the relative stands for as the target of a labelling verb whose named subject follows "al que"; else
    ``targets`` unchanged."""
    f = ctx.folded
    if ctx.language != "es" or act.nominal or not f.startswith(_MEASURED_LABELS, act.start) or not sources or any(
            t.country and not any(same_side(t, s) for s in sources) for t in targets):
        return p, targets
    subject = next((s for s in sources if s.end <= act.start and act.start - s.end <= 3), None)
    relative = _OBJECT_RELATIVE.search(f, max(0, subject.start - 40), subject.start) if subject else None
    if relative is None:
        return p, targets
    before = [m for m in ctx.mentions if m.country and m.end <= relative.start()
              and relative.start() - m.end <= ANTECEDENT_REACH and not any(same_side(m, s) for s in sources)]
    return p, (before[-1:] or targets)


__all__ = ["antecedent_object"]
