"""A state that stays away from an event hosted by another protests against the host (CAMEO 143, a boycott):
"Britain's ministers will not attend the World Cup in Russia", "Rubio would skip the G20 meeting in
Johannesburg", "ningún funcionario estadounidense asistirá a la cumbre de Pekín".

The absent side is a state named inside the words of absence ("no U.S. officials would attend") or the
closest before them with the states joined to it, or, for a verb that opens its clause, those between it and
the event ("Boicotearon los presidentes de A, B y C la ceremonia"). The host is the state named right after the
event, after "in", "at", "of", "en" or "de", or after "hosted by", "convocada por" and the like, or a country,
capital or other place the dictionaries know inside the event's name or right after it ("the Beijing Winter
Olympics", "el Mundial de Rusia", "the summit in Johannesburg").
With no host named (or a place the dictionaries do not know) nothing is coded: a summit of an organisation is no
protest against anyone in particular.
"""
from __future__ import annotations

import re

from flows.normalize.absences import absences
from flows.normalize.coded import Actor, CodedEvent
from flows.normalize.derived import actor_of
from flows.normalize.dictionary import name, phrase_hits
from flows.normalize.mention import ActorMention
from flows.normalize.roles_base import Context, coordinated, word_before
from flows.reference import event_types

BOYCOTT = "143"
HOST_PREPS = frozenset({"in", "at", "of", "en", "de", "del"})
CONFIDENCE = 0.6  # found by shape alone, with no verb pattern behind it


def boycott_events(ctx: Context, events: list[CodedEvent]) -> list[CodedEvent]:
    """``events`` with a 143 for each absence from a hosted event; a protest by the same side with no target
    ("staged a boycott of the summit in Caracas" read as a venue) gives way to it."""
    out: list[CodedEvent] = []
    for cue, event in absences(ctx.folded):
        sides = _absent_sides(ctx, cue.start(), cue.end(), event.start("event"))
        name_from = max([cue.end(), *(m.end for m in sides)])  # a subject after the verb names no host
        host = _host(ctx, event.end()) or _named_in_event(ctx, name_from, event.end())
        for absent in sides if host else ():
            if absent.country != host.country and not any(
                    e.cameo.startswith("14") and e.source.country == absent.country and e.target is not None
                    and (e.target.country == host.country or _at_presence(ctx, e, event.end()))
                    for e in events + out):
                out.append(_boycott(ctx, absent, host, cue.start(), event.end()))
    absent_sides = {e.source.country for e in out}
    return [e for e in events if not (e.target is None and e.cameo == BOYCOTT
                                      and e.source.country in absent_sides)] + out


# "boycotted an OSCE meeting in Skopje in protest at the presence of Lavrov": aimed at the guest, not the host
_PRESENCE = re.compile(r"\b(?:presence|participation|attendance|presencia|participacion|asistencia) (?:of|de|del)\b")


def _at_presence(ctx: Context, event: CodedEvent, after: int) -> bool:
    found = _PRESENCE.search(ctx.folded, after)
    return found is not None and event.target is not None \
        and ctx.sentence.find(event.target.text, found.end()) >= 0


def _boycott(ctx: Context, absent: ActorMention, host: Actor, start: int, end: int) -> CodedEvent:
    kind = event_types()[BOYCOTT]
    return CodedEvent(
        source=actor_of(absent), target=host, cameo=BOYCOTT, plover=kind.plover_event,
        quad_class=kind.quad_class, goldstein=kind.goldstein, support_category=kind.support_category,
        direction=kind.direction, negated=False, amount_usd=None, amount_original=None, amount_currency=None,
        evidence=ctx.sentence[start:end], confidence=CONFIDENCE, sentence=ctx.sentence,
        sentence_index=ctx.index, event_date=ctx.day)


def _absent_sides(ctx: Context, lo: int, hi: int, event_start: int) -> list[ActorMention]:
    """The state inside the words of absence, else the closest before them with those joined to it ("The United
    States, France and Germany boycotted"), else, for a verb that opens its clause, those between it and the event
    ("Boicotearon los presidentes de Estados Unidos, Francia y Alemania la ceremonia")."""
    f, ms = ctx.folded, [m for m in ctx.mentions if m.country]
    inside = [m for m in ms if lo <= m.start < hi]
    if inside:
        return inside[:1]
    before = [m for m in ms if m.end <= lo and lo - m.end <= 120 and not any(c in f[m.end:lo] for c in ".;")]
    if before:
        return coordinated(f, ms, before[-1], -1, max(0, lo - 120), lo)
    between = [m for m in ms if hi <= m.start and m.end <= event_start]
    return coordinated(f, ms, between[0], 1, hi, event_start) if between else []


def _host(ctx: Context, end: int) -> Actor | None:
    after = [m for m in ctx.mentions if end <= m.start <= end + 40 and m.country]
    if not after or any(c in ctx.folded[end:after[0].start] for c in ".;"):
        return None
    if word_before(ctx.folded, after[0].start) in HOST_PREPS or _HOSTED_BY.fullmatch(ctx.folded, end, after[0].start):
        return actor_of(after[0])
    return None


# "the summit hosted by Washington", "la cumbre convocada por Estados Unidos": the one who hosts it
# (after the rest of its name: "la Cumbre de las Américas convocada por Washington")
_HOSTED_BY = re.compile(r"(?:\s+(?:of|de|del)(?:\s+[\w-]+){1,3})?\s*,?\s*(?:(?:hosted|organi[sz]ed|convened|called|"
                        r"sponsored) by|(?:convocad|organizad|auspiciad|acogid|patrocinad)[oa]s? por)\s+"
                        r"(?:(?:the|el|la|los|las)\s+)?")


PLACE_KINDS = frozenset({"country", "capital", "place"})  # "the Sochi Games", "in Los Angeles"


def _named_in_event(ctx: Context, lo: int, end: int) -> Actor | None:
    """A country, capital or known place inside the event's name or right after it ("the Beijing Winter Olympics",
    "los Juegos de Invierno de Pekín", "el Mundial de Rusia", "the Los Angeles Olympics"): it names the host."""
    for start, stop, key in phrase_hits(ctx.folded, ctx.sentence):
        if not (lo <= start and stop <= end + 40):
            continue
        if stop > end and word_before(ctx.folded, start) not in HOST_PREPS:
            continue  # after the event only as "in X", "de X"
        alias = name(key, ctx.sentence[start:stop], ctx.day)
        if alias is not None and alias.kind in PLACE_KINDS and alias.country:
            return Actor(ctx.sentence[start:stop], alias.country, "GOV", alias.code)
    return None


__all__ = ["boycott_events"]
