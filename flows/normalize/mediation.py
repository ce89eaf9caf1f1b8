"""Mediation: a state named as the mediator or broker of what the sentence's parties agree or discuss.

"Russia and Ukraine met in Istanbul with the mediation of Turkey", "un acuerdo mediado por Catar": the
mediator is no party to the meeting or the deal (roles skip it as a target), and it mediates toward each
party (CAMEO 045, "mediate"). A verb of mediation ("Norway mediated between A and B") is coded by its own
row; these are the phrases that name a mediator beside another act.
"""
from __future__ import annotations

import re

from flows.normalize.actors import ActorMention
from flows.normalize.coded import CodedEvent
from flows.normalize.derived import actor_of, derived
from flows.normalize.modality import cue_regex
from flows.normalize.roles_base import Context

MEDIATE = "045"
MEDIATED = frozenset({"03", "04", "05", "06", "08"})  # agreements, talks, support, cooperation, releases


def mediators(ctx: Context) -> list[ActorMention]:
    """States after a mediator phrase, and those joined to them ("con la mediación de Cuba y Noruega")."""
    if ctx.mediators is None:
        ctx.mediators = _mediators(ctx)
    return ctx.mediators


def _mediators(ctx: Context) -> list[ActorMention]:
    lead = cue_regex("mediator_lead", r"\s+(?:(?:the|el|la|los|las)\s+)?$", language=ctx.language)
    out: list[ActorMention] = []
    for i, m in enumerate(ctx.mentions):
        joined = out and ctx.mentions[i - 1] is out[-1] and _AND.fullmatch(ctx.folded, out[-1].end, m.start)
        if m.country and (joined or lead.search(ctx.folded, max(0, m.start - 45), m.start) or _owns_mediation(ctx, m)):
            out.append(m)
    return out


def _owns_mediation(ctx: Context, m: ActorMention) -> bool:
    """A demonym that qualifies the mediation: "under Chinese mediation", "con mediación qatarí"."""
    if m.kind != "demonym":
        return False
    if ctx.language == "es":
        return ctx.folded[:m.start].endswith("mediacion ")
    return ctx.folded.startswith(" mediation", m.end)


_AND = re.compile(r"\s+(?:and|y|e)\s+(?:(?:the|el|la)\s+)?")  # a comma ends the mediators' list


def mediation_events(ctx: Context, events: list[CodedEvent]) -> list[CodedEvent]:
    """045 from each mediator the sentence names to each state party of its talks or agreements."""
    named = mediators(ctx)
    talks = [e for e in events if not e.negated and e.target is not None and e.cameo[:2] in MEDIATED]
    if not named or not talks:
        return []
    out, seen = [], set()
    for m in named:
        mediator = actor_of(m)
        for e in talks:
            for party in (e.source, e.target):
                if party.country is None or party.country in {x.country for x in named} \
                        or (m.code, party.code) in seen:
                    continue
                seen.add((m.code, party.code))
                out.append(derived(e, MEDIATE, mediator, party))
    return out
