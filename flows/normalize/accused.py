"""The accused of an accusation: the actor right before "of"/"de" after a verb of accusing ("accused Moscow of
deporting", "acusó a Rusia de violar"), or the antecedent of "al que acusó de", "which it accused of". It is the
subject of what it is accused of.
"""
from __future__ import annotations

import re

from flows.normalize.actors import ActorMention
from flows.normalize.roles_base import Act, Context, coordinated

_ACCUSING = re.compile(r"\b(?:accus\w*|blam\w*|charg\w*|suspect\w*|acus\w*|culp\w*|responsabiliz\w*)\s+(?:a\s+|al\s+)?"
                       r"(?:[\w-]+\s+){0,3}$")
# "accused Russia on Wednesday of using", "acusó a Rusia este lunes de violar": a day may stand before "of"
_OF_ACT = re.compile(r"\s+(?:(?:on|this|last|el|este)\s+\w+\s+)?(?:of|for|de|por)\s+(?:(?:\w+ly|having|haber|no)\s+)?$")


_ACCUSED_WHOM = re.compile(r"\b(?:al que|a la que|a quien|a los que|a las que|whom|which)\s+(?:\w+\s+){0,2}"
                           r"(?:acus\w*|accus\w*|culp\w*|blam\w*)\s+(?:\w+\s+){0,2}(?:de|of|for)\s+$")


def accused_of(ctx: Context, act: Act) -> list[ActorMention]:
    """The actor accused of the verb after "of"/"de" ("accused Moscow of deporting", "acusó a Rusia de
    violar"): the subject of what it is accused of."""
    f = ctx.folded
    if not act.nominal and (rel := _ACCUSED_WHOM.search(f, max(0, act.start - 60), act.start)):
        # "Israel, al que acusó de cometer", "Israel, which it accused of": the antecedent is the accused
        antecedent = [m for m in ctx.mentions if m.end <= rel.start() and rel.start() - m.end <= 3]
        return antecedent[-1:]
    before = [m for m in ctx.mentions if m.end <= act.start and act.start - m.end <= 24]
    if act.nominal or not before or not _OF_ACT.fullmatch(f, before[-1].end, act.start):
        return []
    accused = coordinated(f, ctx.mentions, before[-1], -1, act.lo, act.start)  # "accused Russia and Belarus of"
    return accused if _ACCUSING.search(f, max(0, accused[0].start - 40), accused[0].start) else []
