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


# from the accused to the gerund of its means: "Washington on Tuesday of prolonging the war in Ukraine by "
_OF_ACT_BY = re.compile(r"\s+(?:(?:on|this|last)\s+\w+\s+)?of\s+\w+ing\b[^,.;]{0,60}?\s+by\s+")


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
    if not act.nominal and not (before and _OF_ACT.fullmatch(f, before[-1].end, act.start)):
        # "accused Washington of prolonging the war by supplying Kyiv": the means is the accused's act too
        before = [m for m in ctx.mentions if 0 <= act.start - m.end <= 90 and _OF_ACT_BY.fullmatch(f, m.end, act.start)]
    if act.nominal or not before:
        return []
    accused = coordinated(f, ctx.mentions, before[-1], -1, act.lo, act.start)  # "accused Russia and Belarus of"
    return accused if _ACCUSING.search(f, max(0, accused[0].start - 40), accused[0].start) else []


# from the verb of a finding to the subject of the clause it opens: "that", a day, an article ("concluded on
# Thursday that a North Korean torpedo", "concluyó Londres que agentes rusos")
_FINDING_SUBJECT = re.compile(r"\s+(?:[\w.-]+\s+){0,3}?(?:that|que)\s+"
                              r"(?:(?:a|an|the|un|una|unos|unas|el|la|los|las)\s+)?")
# what a found thing came from: "concluded that the missile came from a Russian army brigade", "que el misil
# pertenecía a una brigada del ejército ruso"
_FOUND_ORIGIN = re.compile(r"\b(?:came from|comes from|belonged to|belongs to|originated (?:in|from)|(?:was|were|had "
                           r"been) (?:fired|launched|brought in|supplied|sent) from|pertenec\w+ a|proced\w+ de|"
                           r"proven\w+ de|(?:fue|fueron) (?:disparad|lanzad|traid)\w* desde)\s+")
ORIGIN_WORDS = 8  # words between the origin verb and the state it names ("a launcher brought in from Russia")


def finding_targets(ctx: Context, act: Act, targets: list[ActorMention]) -> list[ActorMention]:
    """Whom a finding ("concluded that", "determinó que") is against: the subject of the clause it opens or,
    when that subject is a thing ("the missile"), the state the thing came from or belonged to."""
    subjects = [t for t in targets if _FINDING_SUBJECT.fullmatch(ctx.folded, act.end, t.start)]
    opened = _FINDING_SUBJECT.match(ctx.folded, act.end)
    if subjects or opened is None or any(opened.end() <= m.start < opened.end() + 60 and
                                         ctx.folded[opened.end():m.start].count(" ") <= 2 for m in ctx.mentions):
        return subjects
    origin = _FOUND_ORIGIN.search(ctx.folded, opened.end(), min(len(ctx.folded), opened.end() + 120))
    after = [m for m in ctx.mentions if origin and m.country and m.start >= origin.end()
             and len(ctx.folded[origin.end():m.start].split()) <= ORIGIN_WORDS]
    return after[:1]
