"""Territory an act strikes or leaves: a place the dictionaries know ("Aleppo", "Kharkiv", "Crimea") that stands
as the object of violence, occupation or annexation, or as where forces withdraw from, is its state's land, so the
act is aimed at that state.

Places are no actors (``find_actors`` leaves them out: "met in Aleppo" says where, not with whom). Only an act
of violence (CAMEO 18-20) or a withdrawal (08) that names no other target looks for one, so the extra phrase pass
runs rarely.
"""
from __future__ import annotations

from dataclasses import replace

from flows.normalize.actors import ActorMention
from flows.normalize.dictionary import name, phrase_hits
from flows.normalize.roles_base import Act, Context, same_side, word_before

VIOLENCE = frozenset({"18", "19", "20"})
# "bombed Aleppo", "struck targets in Kharkiv", "bombardearon Alepo", "misiles sobre Járkov"
# ("la península ucraniana de Crimea", "the city of Aleppo"); not the Spanish "a" of persons ("a Oviedo de Jesús")
STRIKE_LEADS = frozenset({"on", "in", "at", "into", "against", "over", "near", "of", "sobre", "en", "contra", "cerca",
                          "de"})
REACH = 60  # characters after the verb where the struck place may stand
NEAR = 5  # words after the verb within which it stands


# "withdrew from Kharkiv", "pulled out of Aleppo", "se retiraron de Járkov"
LEAVE_LEADS = frozenset({"from", "of", "de", "desde"})
ARTICLES = frozenset({"the", "el", "la", "los", "las"})


def struck_place(ctx: Context, act: Act, sources: list[ActorMention]) -> list[ActorMention]:
    """The state of the first known place after a verb of violence, as the verb's object or after a preposition
    of where it struck, or after a withdrawal's "from"; empty when there is none or it is the doer's own land."""
    if act.family in VIOLENCE:
        # "fired missiles at the port of Odesa", "used Iranian-made drones against the port of Odesa"; a person
        # harmed is named by an office a few words longer ("abducted the mayor of the occupied city of Melitopol")
        near = NEAR + (4 if act.family == "18" else 2)
        return _place_after(ctx, act, sources, STRIKE_LEADS, strict=False, near=near)
    if act.family == "08":  # "retiró sus tropas de la ciudad de Jersón": a few more words than a strike's
        return _place_after(ctx, act, sources, LEAVE_LEADS, strict=True, near=NEAR + 2)
    if act.family == "16":  # "recalled its ambassador from Tel Aviv", "llamó a consultas a su embajador en Tel Aviv"
        return _place_after(ctx, replace(act, end=act.last_end), sources, LEAVE_LEADS | {"in", "en"}, strict=True,
                            near=NEAR + 2)
    return []


# "visited Shanghai", "arrived in Cienfuegos", "llegó a Cienfuegos", "atracaron en Cienfuegos"
VISIT_LEADS = frozenset({"in", "to", "at", "into", "en", "a"})


def visited_place(ctx: Context, act: Act, sources: list[ActorMention]) -> list[ActorMention]:
    """The state of a known place a verb of travel goes to ("visited Shanghai", "docked in Cienfuegos"); the
    caller decides the verb is one."""
    return _place_after(ctx, act, sources, VISIT_LEADS, strict=False)


def _place_after(ctx: Context, act: Act, sources: list[ActorMention], leads: frozenset[str],
                 strict: bool, near: int = NEAR) -> list[ActorMention]:
    """The first known place within a few words after the verb, right after it or after one of ``leads``
    (always after one when ``strict``), as its state; empty when it is a doer's own land."""
    f, end = ctx.folded, min(act.hi, act.end + REACH)
    taken = -1
    for start, stop, key in sorted(phrase_hits(f, ctx.sentence), key=lambda h: (h[0], h[0] - h[1])):
        if not act.end <= start < end or start < taken:
            continue
        taken = stop
        found = name(key, ctx.sentence[start:stop], ctx.day)
        if found is None or found.kind != "place" or not found.country:
            continue
        lead, gap = word_before(f, start), f[act.end:start].count(" ")
        direct = all(w in ARTICLES for w in f[act.end:start].split())  # the verb's object: "abandonaron la franja"
        if gap > near or (not direct and (gap > 1 or strict) and lead not in leads):
            continue  # too far from the verb, or not where it struck ("a Oviedo", "desde la ciudad de")
        place = ActorMention(start, stop, ctx.sentence[start:stop], found.country, "GOV", f"{found.country}GOV",
                             "place", lead)
        return [] if any(same_side(place, s) for s in sources) else [place]
    return []


__all__ = ["struck_place", "visited_place"]
