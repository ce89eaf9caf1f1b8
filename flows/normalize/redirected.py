"""Acts whose target the sentence around them names better than their own words: forces deployed at home against
the state they answer (:mod:`deployments`), a demand for a release aimed at whoever holds what it asks back
(:mod:`holders`), the verb of an object relative aimed at what the relative stands for (:mod:`antecedents`), an
ask an opening "despite" phrase names aimed at the main clause's subject (:mod:`concessions`), a criticism by "their
governments" or "ambos gobiernos" done by the states an earlier act was aimed at (:mod:`referents`)."""
from __future__ import annotations

from flows.normalize.antecedents import antecedent_object
from flows.normalize.concessions import defied_opening
from flows.normalize.deployments import home_deployment
from flows.normalize.holders import release_holder
from flows.normalize.mention import ActorMention
from flows.normalize.planning import Planned
from flows.normalize.referents import referred_doers
from flows.normalize.roles import ANSWERED, Act, Context


def redirected(ctx: Context, p: Planned, act: Act, sources: list[ActorMention],
               targets: list[ActorMention]) -> tuple[Planned, list[ActorMention], list[ActorMention]]:
    """``p``, ``sources`` and ``targets``, recoded and re-aimed where a rule of this kind applies."""
    p, targets = home_deployment(ctx, p, act, sources, targets)
    p, targets = release_holder(ctx, p, act, sources, targets)
    targets = defied_opening(ctx, act, sources, targets, ANSWERED)
    p, targets = antecedent_object(ctx, p, act, sources, targets)
    sources, targets = referred_doers(ctx, act, sources, targets)
    return p, sources, targets


__all__ = ["redirected"]
