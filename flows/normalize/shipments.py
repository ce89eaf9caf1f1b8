"""Goods whose giver the words right after them name, when no verb of giving has the giver as its subject.

"Paraguay recibió 100.000 dosis donadas por India", "received vaccines supplied by China": the giver of what a
state receives; "Vaccines donated by China arrived in Managua", "The first tanks from Germany have arrived in
Ukraine": the giver of what arrives, which the arrival sends to the place reached. A state is only the giver
when a goods word (``object_terms.csv``) comes first, so "migrants from Venezuela arrived" names no giver.
"""
from __future__ import annotations

import re

from flows.normalize.actors import ActorMention
from flows.normalize.roles_base import PERSON_KINDS, Act, Context, coordinated
from flows.normalize.targets import find_agent

# after the goods: up to two more words ("dosis de la vacuna Covaxin"), a participle of giving, its agent
_GIVEN_BY = re.compile(
    r"(?:\s+[\w.-]+){0,2}?\s*,?\s+(?:(?:which|that|que)\s+(?:were|was|had\s+been|fueron|fue)\s+)?"
    r"(?:donated|supplied|sent|delivered|provided|gifted|shipped|given|donad[oa]s?|enviad[oa]s?|"
    r"suministrad[oa]s?|entregad[oa]s?|regalad[oa]s?|proporcionad[oa]s?|aportad[oa]s?|cedid[oa]s?)"
    r"\s+(?:\w+\s+)?(?:by|por)\s+(?:(?:the|el|la|los|las)\s+)?")
# what arrives may say where it came from: "tanks from Germany", "vacunas procedentes de China"
_FROM = re.compile(r"(?:\s+[\w.-]+){0,2}?\s+(?:from|procedentes?\s+de|enviad[oa]s?\s+desde|desde)\s+"
                   r"(?:(?:the|el|la|los|las)\s+)?")
_REACH = 60  # characters from the end of a goods word to its giver's name


def goods_giver(ctx: Context, lo: int, hi: int, arriving: bool) -> list[ActorMention]:
    """The state named as giving goods found in folded[lo:hi], with any states joined to it."""
    for start, end, _cls in ctx.goods:
        if not lo <= start < hi:
            continue
        for m in ctx.mentions:
            if m.start < end or m.start > end + _REACH or not m.country:
                continue
            gap = ctx.folded[end:m.start]
            if _GIVEN_BY.fullmatch(gap) or (arriving and _FROM.fullmatch(gap)):
                return coordinated(ctx.folded, ctx.mentions, m, 1, m.start, hi)
    return []


def arrival_giver(ctx: Context, act: Act) -> list[ActorMention]:
    """The giver of goods that arrive: named in the subject before the verb, or after a verb that opens its
    clause ("Llegaron a Managua las vacunas donadas por China")."""
    if act.family != "M" or act.nominal:
        return []
    # the participle of "tanks supplied by Germany" opens a clause of its own, so the subject may start before
    lo = max(0, act.lo - _REACH)
    before = [m for m in goods_giver(ctx, lo, act.start, True) if m.end <= act.start]
    if before or any(act.lo <= m.start < act.start for m in ctx.mentions):
        return before
    return goods_giver(ctx, act.end, act.hi, True) if ctx.language == "es" else []


def receivers_givers(ctx: Context, act: Act) -> list[ActorMention]:
    """Who gives what a state receives or buys: "received bombers from Russia", "compró aviones a Rusia", goods
    "donadas por India", "took delivery of Russia's S-400 system", the guest a leader receives ("Maduro received
    Lavrov"), "bought Chinese drones"."""
    f, ms = ctx.folded, ctx.mentions
    guest = [m for m in ms if m.start > act.end][:1]
    return find_agent(f, ms, act.end, act.hi, {"from", "de", "del", "desde", "a"}) or goods_giver(
        ctx, act.end, act.hi, False) or _owner_of_goods(ctx, act) or [
        m for m in guest if m.kind in PERSON_KINDS and len(f[act.end:m.start].split()) <= 1] or [
        m for m in ms if act.end <= m.start < act.hi and m.kind == "demonym"][:1]


def _owner_of_goods(ctx: Context, act: Act) -> list[ActorMention]:
    """The state whose goods were received, named by a possessive within a few words of the verb ("took delivery
    of the first parts of Russia's S-400 system")."""
    for m in ctx.mentions:
        if act.last_end <= m.start <= act.last_end + 40 and m.country and ctx.folded.startswith("'s", m.end):
            return [m]
    return []
