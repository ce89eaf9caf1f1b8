"""A plural reference to the states an earlier act was aimed at, as the doers of a later criticism: "ordered diplomats
from Argentina and Chile to leave after their governments questioned the results", "expulsó a los diplomáticos de
Argentina, Chile y Perú, entre otros países que cuestionaron los resultados", "tras las críticas de ambos gobiernos".
Those states criticised the earlier act's doer, at whom their criticism is aimed; so is a refusal by "cuyos gobiernos"
or "sus gobiernos" ("cuyos gobiernos se negaron a reconocer los resultados")."""
from __future__ import annotations

import re

from flows.normalize.mention import ActorMention
from flows.normalize.roles_base import Act, Context, same_side, verb_lemma

CRITICISM = "11"
JUDGING = frozenset({CRITICISM, "12"})  # and a refusal ("cuyos gobiernos se negaron a reconocer los resultados")
_DESCRIBING = frozenset({"describe", "call", "term", "label", "calificar", "describir", "tildar", "considerar"})
# right before the verb: "their governments questioned", "(entre) otros países latinoamericanos que cuestionaron"
_REFERENCE_BEFORE = re.compile(r"\b(?:their governments|both governments|ambos gobiernos|los dos gobiernos|"
                               r"(?:otros|los) (?:\w+ ){0,2}?(?:paises|countries)(?: \w+)? (?:que|that))\s+$")
# "cuyos gobiernos se negaron a reconocer", "después de que sus gobiernos se negaran": a refusal too
_WHOSE_GOVERNMENTS = re.compile(r"\b(?:sus|cuyos) gobiernos\s+(?:se\s+)?$")
# right after the noun: "las críticas de ambos gobiernos", "criticism by both governments"
_REFERENCE_AFTER = re.compile(r"\s+(?:de|of|by|por)\s+(?:both governments|ambos gobiernos|los dos gobiernos)\b")


def referred_doers(ctx: Context, act: Act, sources: list[ActorMention],
                   targets: list[ActorMention]) -> tuple[list[ActorMention], list[ActorMention]]:
    """``sources`` and ``targets``, or the earlier act's targets as the doers and its doers as the target when a
    criticism's doer (or a refusal's, after "cuyos/sus gobiernos") is a plural reference to the states that earlier
    act was aimed at."""
    earlier = [m for m in ctx.last_targets if m.country]
    if act.family not in JUDGING or not earlier or not ctx.last_sources or verb_lemma(ctx, act) in _DESCRIBING:
        return sources, targets  # "a gesture both governments described as a step toward peace": a label
    f = ctx.folded
    if act.nominal:
        referred = _REFERENCE_AFTER.match(f, act.end)
    else:
        referred = (act.family == CRITICISM and _REFERENCE_BEFORE.search(f, max(0, act.start - 60), act.start)) \
            or _WHOSE_GOVERNMENTS.search(f, max(0, act.start - 24), act.start)
    if not referred:
        return sources, targets
    judged = [m for m in ctx.last_sources if m.country and not any(same_side(m, e) for e in earlier)]
    return (earlier, judged) if judged else (sources, targets)


__all__ = ["referred_doers"]
