"""The act a naming noun sums up, and who did it.

"..., después de que La Haya suspendiera la financiación de un hospital, una decisión que Managua calificó de
injerencista": when the namer did the last act coded (Nicaragua broke off relations), the noun sums up the clause of
time or cause right before it, and the namer judges that clause's doer (the Netherlands), not itself.
"""
from __future__ import annotations

import re

from flows.normalize.actors import ActorMention
from flows.normalize.modality import cue_words
from flows.normalize.roles_base import NAMER_LEAD, Act, Context, same_side

# a clause of time or cause the naming noun may sum up: "después de que La Haya suspendiera ..., una decisión que"
_AFTER_LEAD = re.compile(r"(?:after|following|when|despues de que|luego de que|tras|cuando)\b")


def _named_act_doers(ctx: Context, act: Act, subjects: list[ActorMention]) -> list[ActorMention]:
    """The subject of the clause before ", <a decision / a move / what> <namer> called ..." when it is another
    state: the first actor of that clause no preposition introduces."""
    f, tokens = ctx.folded, ctx.tokens
    lead = NAMER_LEAD.search(f, max(0, subjects[0].start - 40), subjects[0].start)
    if lead is None or not f[:lead.start()].rstrip().endswith(","):
        return []
    comma = next((i for i in range(len(tokens) - 1, 0, -1)
                  if tokens[i].word == "," and tokens[i].start < lead.start()), None)
    if comma is None or ctx.clauses is None:
        return []
    lo = tokens[ctx.clauses.span(comma - 1, len(tokens))[0]].start
    if not _AFTER_LEAD.match(f, lo):  # the main clause's act is the last one coded, which earlier rules judge
        return []
    not_subject = cue_words("not_subject", ctx.language)
    doer = next((m for m in ctx.mentions if lo <= m.start and m.end <= tokens[comma].start
                 and m.preposition not in not_subject and m.country and not m.group), None)
    if doer is None or any(same_side(doer, s) for s in subjects):
        return []
    return [doer]


def named_act_targets(ctx: Context, act: Act, subjects: list[ActorMention]) -> list[ActorMention] | None:
    """Whom a criticism after a naming lead judges: the doer of the clause the noun sums up; none when the namer
    did the last act ("landed in Caracas, in what Moscow described as cooperation": its own framing); None when
    no naming lead comes before the namer."""
    if act.family != "11" or not subjects or not NAMER_LEAD.search(ctx.folded, 0, subjects[0].start):
        return None
    if any(same_side(m, s) for m in ctx.last_sources for s in subjects):
        return _named_act_doers(ctx, act, subjects)
    return None


__all__ = ["named_act_targets"]
