"""Territory an act strikes or leaves: a place the dictionaries know ("Aleppo", "Kharkiv", "Crimea") that stands
as the object of violence, occupation or annexation, or as where forces withdraw from, is its state's land, so the
act is aimed at that state. Force aimed past a naming ("struck what New Delhi called a camp near Balakot in
Pakistan") is aimed at the state the named object lies in, and a strike on a base that houses another state's
troops at those troops.

Places are no actors (``find_actors`` leaves them out: "met in Aleppo" says where, not with whom). Only an act
of violence (CAMEO 18-20) or a withdrawal (08) that names no other target looks for one, so the extra phrase pass
runs rarely.
"""
from __future__ import annotations

import re
from dataclasses import replace

from flows.normalize.actors import ActorMention
from flows.normalize.dictionary import name, phrase_hits
from flows.normalize.roles_base import NAMER_LEAD, Act, Context, same_side, word_before

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
        if lead in _HELD_PLACE:  # "the mayor of occupied Melitopol": the lead stands before the adjective
            lead = word_before(f, start - len(lead) - 1)
        direct = all(w in ARTICLES or w in _HELD_PLACE for w in f[act.end:start].split())  # "abandonaron la franja"
        if gap > near or (not direct and (gap > 1 or strict) and lead not in leads):
            continue  # too far from the verb, or not where it struck ("a Oviedo", "desde la ciudad de")
        place = ActorMention(start, stop, ctx.sentence[start:stop], found.country, "GOV", f"{found.country}GOV",
                             "place", lead)
        return [] if any(same_side(place, s) for s in sources) else [place]
    return []


_HELD_PLACE = frozenset({"occupied", "besieged", "annexed", "liberated", "ocupada", "ocupado", "sitiada", "sitiado",
                         "anexionada", "anexionado", "liberada", "liberado"})
HARM_FAMILIES = frozenset({"17", "18", "19", "20"})
_PLACE_LEADS = frozenset({"in", "inside", "near", "en", "cerca"})


def place_past_naming(ctx: Context, act: Act, sources: list[ActorMention]) -> list[ActorMention]:
    """"Indian jets struck what New Delhi called a militant camp near Balakot in Pakistan": the clause ends at
    "what" and the naming is no target; the state the named object lies in, past the naming, is."""
    f = ctx.folded
    namer = next((m for m in ctx.mentions if act.end <= m.start <= act.hi
                  and NAMER_LEAD.search(f, max(act.end, m.start - 16), m.start)), None)
    if namer is None:
        return []
    for m in (m for m in ctx.mentions if namer.end <= m.start < namer.end + 90):
        if f.find(",", namer.end, m.start) >= 0 or f.find(";", namer.end, m.start) >= 0:
            break
        if m.country and word_before(f, m.start) in _PLACE_LEADS and not any(same_side(m, s) for s in sources):
            return [m]
    return []


# "fired missiles at two Iraqi bases housing U.S. troops": the troops a struck base houses are whom it is aimed at
_HOUSING = re.compile(r"\s+(?:housing|hosting|that house|that houses|which house|que albergan?|que alojan?|"
                      r"donde hay)\s+(?:the\s+|las\s+|los\s+)?")


def housed_troops(ctx: Context, targets: list[ActorMention]) -> list[ActorMention]:
    """The armed forces a struck base houses, named right after it; [] when the targets house none."""
    for t in targets:
        after = next((m for m in ctx.mentions if m.start > t.end), None)
        if after is not None and after.country and after.country != t.country and after.sector == "MIL" \
                and _HOUSING.fullmatch(ctx.folded, t.end, after.start):
            return [after]
    return []


__all__ = ["HARM_FAMILIES", "housed_troops", "place_past_naming", "struck_place", "visited_place"]
