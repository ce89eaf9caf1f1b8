"""Forces a state deploys with no one to receive them: a mobilisation (154), aimed at the state it answers.

"La Armada de Venezuela desplegó buques y drones en la costa caribeña en respuesta al despliegue naval de Estados
Unidos", "deployed 200,000 troops across the country in response to the U.S. naval deployment", "España desplegó al
Ejército en la playa del Tarajal y acusó a Marruecos": the dictionaries read "deploy" as giving (07), which needs a
recipient; with none that is a state, the forces are the doer's own, raised against the state whose act they
answer or that the sentence accuses; a deployment already read as a mobilisation with no target gets that target
too. With neither, the act stays as it was (no target: no event).
"""
from __future__ import annotations

import re
from dataclasses import replace

from flows.normalize.mention import ActorMention
from flows.normalize.planning import Planned
from flows.normalize.roles import Act, Context, same_side

MOBILISATION = "154"
_DEPLOYING = frozenset({"deploy", "desplegar"})
# the doer's forces right after the verb ("desplegó buques y drones", "deployed about 10,000 soldiers")
_FORCES = re.compile(r"\s+(?:[\w.,-]+\s+){0,4}?(?:troops|soldiers|forces|warships|destroyers|frigates|drones|"
                     r"naval units|missile systems|batteries|army|navy|tropas|soldados|efectivos|militares|buques|"
                     r"fragatas|destructores|baterias|ejercito|armada)\b")
# the state answered or accused: "en respuesta al despliegue naval de", "in response to the U.S.", "acusó a"
_ANSWERED_OR_ACCUSED = re.compile(r"\b(?:in (?:response|reply|answer) to|en respuesta al?|ante|accus\w*|acus\w*)\s+"
                                  r"(?:[\w.'-]+\s+){0,4}$")


def home_deployment(ctx: Context, p: Planned, act: Act, sources: list[ActorMention],
                    targets: list[ActorMention]) -> tuple[Planned, list[ActorMention]]:
    """A deployment of the doer's forces that no state receives, recoded as a mobilisation against the state it
    answers or accuses; otherwise ``p`` and ``targets`` unchanged."""
    f = ctx.folded
    if act.family not in ("07", "15") or act.nominal or not sources or any(t.country for t in targets) \
            or ctx.tokens[p.trig.start].lemma not in _DEPLOYING or not _FORCES.match(f, act.end):
        return p, targets
    against = [m for m in ctx.mentions if m.country and m.start >= act.end and not any(same_side(m, s) for s in sources)
               and _ANSWERED_OR_ACCUSED.search(f, max(0, m.start - 60), m.start)]
    against = against or [m for m in ctx.mentions if m.country and m.end <= act.start and not any(
        same_side(m, s) for s in sources) and _ANSWERED_OR_ACCUSED.search(f, max(0, m.start - 60), m.start)]
    if not against:
        return p, targets
    if act.family == "15":  # already a mobilisation ("desplegó al Ejército en la frontera"): only its target
        return p, against[:1]
    return replace(p, res=replace(p.res, code=MOBILISATION, reciprocal=""), inner=[]), against[:1]


__all__ = ["home_deployment"]
