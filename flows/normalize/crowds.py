"""Demonstrations told by verbs of marching and gathering: "thousands of people marched through Caracas".

The dictionaries code these verbs by what a state does with them: "march" 140, "rally" and "parade" 150 (a
show of force), "gather", "congregar" and "reunir" 040 (a consultation); the Spanish one also files
"marchar" among verbs of harm. When every subject is a crowd of people who hold no state or armed role
(civilians, students, workers, protesters), the act is a demonstration (CAMEO 141). A crowd marches
*through* a city and *to* a square: such places are where it happens, not whom it addresses, so the
event is then one-sided unless a target stands after "against", "contra", "ante" or in front of it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from flows.normalize.actors import ActorMention
from flows.normalize.modality import cue_words
from flows.normalize.planning import Planned
from flows.normalize.roles import Act, Context
from flows.normalize.roles_base import same_side, word_before
from flows.normalize.sides import protesters

DEMONSTRATION = "141"
# Group sectors that demonstrate rather than govern or fight ("the rebels marched" is a movement of troops).
CROWD_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "AGR", "HLH", "IND", "REF", "SOC", "NGM", "HRI", "ENV",
                           "JEW", "CHR", "MUS", "BUD", "HIN"})
# The readings a crowd cannot have: meeting (04), posturing force (15), harm (18, the Spanish misfiling).
CROWD_READINGS = frozenset({"04", "14", "15", "18"})
PLACE_PREPOSITIONS = frozenset({"in", "through", "across", "around", "along", "into", "to", "toward", "towards",
                                "from", "en", "por", "hacia", "hasta", "desde", "de", "del"})
# a state's mission a crowd marches to stands for that state, whatever the preposition ("hacia la embajada británica")
MISSION = re.compile(r"\b(?:embass(?:y|ies)|consulates?|embajadas?|consulados?)\b")
MEETING_PREPOSITIONS = frozenset({"with", "con"})  # "los vecinos se reunieron con el alcalde": a meeting


def is_crowd(m: ActorMention) -> bool:
    return m.group and m.sector in CROWD_SECTORS


def _crowd_verb(ctx: Context, p: Planned) -> bool:
    """A verb of marching or gathering (cue kind ``crowd_verb``), not its noun."""
    return not p.trig.nominal and ctx.tokens[p.trig.start].lemma in cue_words("crowd_verb", ctx.language)


def crowd_demonstration(ctx: Context, p: Planned, act: Act, sources: list[ActorMention],
                        targets: list[ActorMention]) -> tuple[Planned, Act, list[ActorMention]] | None:
    """The act recoded as a demonstration, with the places dropped from its targets; None when it is not one."""
    if not _crowd_verb(ctx, p) or act.family not in CROWD_READINGS:
        return None
    if not sources or not all(is_crowd(s) for s in sources):
        return None
    if any(t.preposition in MEETING_PREPOSITIONS for t in targets):
        return None
    kept = [t for t in targets if not t.is_place and (word_before(ctx.folded, t.start) not in PLACE_PREPOSITIONS
                                                      or MISSION.search(ctx.folded, t.start, t.end))]
    p = replace(p, res=replace(p.res, code=DEMONSTRATION, reciprocal=""))
    return p, replace(act, family=DEMONSTRATION[:2]), kept


_IN_PLACE = re.compile(r"\s+(?:in|across|throughout|en)\s+(?:the\s+)?$")
_PLACE_KINDS = frozenset({"place", "capital", "country"})


def protest_sides(ctx: Context, act: Act, sources: list[ActorMention],
                  targets: list[ActorMention]) -> tuple[list[ActorMention], list[ActorMention]]:
    """Protesters named by no state are of the place they protest in: "Protesters in Seoul rallied against
    Japan" are South Koreans, "Thousands protested in Caracas against U.S. sanctions" Venezuelans. A state's
    protest "in protest at Washington's decision to ..." is aimed at the decision's owner."""
    if sources and any(s.country for s in sources):
        return sources, _protested_owner(ctx, act, targets)
    crowd = sources or [protesters(act)]
    place = next((m for m in ctx.mentions if m.country and m.kind in _PLACE_KINDS and act.lo <= m.start < act.hi
                  and _IN_PLACE.search(ctx.folded, max(0, m.start - 14), m.start)
                  and not any(same_side(m, t) for t in targets)), None)
    if place is None:
        return sources, targets
    return [replace(s, country=place.country, code=place.country + s.sector) for s in crowd], targets


# "in protest at Washington's decision to exclude Cuba": the decision's owner is protested, not those it names
_PROTEST_AT_OWNER = re.compile(r"\s*(?:[\w'-]+\s+){0,10}?(?:in protest (?:at|over|against)|en protesta (?:por|contra))"
                               r"\s+(?:(?:the|la|el)\s+)?(?:(?:decision|decisi\w+|move|medida)\s+(?:of|de|del)\s+)?$")


def _protested_owner(ctx: Context, act: Act, targets: list[ActorMention]) -> list[ActorMention]:
    """The owner of the decision a protest is "in protest at", when the targets found stand after it."""
    owner = next((m for m in ctx.mentions if m.start >= act.end and m.country
                  and _PROTEST_AT_OWNER.fullmatch(ctx.folded, act.end, m.start)), None)
    if owner is None or not targets or targets[0].start <= owner.start:
        return targets
    return [owner]


ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "INS", "UAF", "SEP", "IMG"})


def armed_march(ctx: Context, p: Planned, act: Act, sources: list[ActorMention]) -> bool:
    """"Russian troops marched into Crimea", "las tropas marcharon sobre Kiev": forces that march move; the
    dictionaries' protest (march 140) and visit readings are no act of theirs, so no event is coded from the
    verb (a parade of troops stays a show of force, 15)."""
    return (act.family in ("04", "14") and bool(sources) and _crowd_verb(ctx, p)
            and all(s.sector in ARMED_SECTORS for s in sources))


__all__ = ["CROWD_SECTORS", "armed_march", "crowd_demonstration", "is_crowd", "protest_sides"]
