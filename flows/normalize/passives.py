"""Agents of passives: a participle whose "by"/"por" agent follows at once (a reduced passive), the attacker named
after a victim verb ("was killed in an Israeli air strike"), the owner of an attack noun that is a verb's subject
("un ataque con drones estadounidense mató a"), and the state a later clause says was behind violence told with no
doer, or claimed it ("a source said Kyiv was behind it", "cuya autoría reivindicó el SBU").

"Russia criticised the sanctions imposed by the United States on Iran", "las sanciones impuestas por
Estados Unidos a Irán": the agent is the source of the participle's event and the clause's subject is
no party to it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from flows.normalize.actors import ActorMention
from flows.normalize.modality import cue_regex
from flows.normalize.roles_base import Act, Context, coordinated
from flows.normalize.tokens import Token

_AGENT_NEXT = re.compile(r"\s+(?:by|por(?:\s+parte\s+del?)?)\s+(?:(?:the|el|la|los|las)\s+)?")  # "por parte de": by
# Spanish participle endings (enviadas, establecido, impuestas, dispuesto, hecho, visto); English past
# forms and participles are one word, so the agent right after them decides.
_ES_PARTICIPLE = re.compile(r"(?:ad|id|ect|est|iert|uert|ech|uest|ist)[oa]s?$")


def reduced_passive_agent(folded: str, mentions: list[ActorMention], start: int, end: int,
                          language: str | None) -> list[ActorMention]:
    """The actor right after "by"/"por" that follows the participle folded[start:end], or []."""
    if language == "es" and not _ES_PARTICIPLE.search(folded[start:end]):
        return []
    nxt = next((m for m in mentions if m.start >= end), None)
    return [nxt] if nxt is not None and _AGENT_NEXT.fullmatch(folded[end:nxt.start]) else []


def reduced_passive(ctx: Context, act: Act) -> tuple[list[ActorMention], list[ActorMention], Act] | None:
    """A participle with its agent right after it ("the sanctions imposed by Washington on Iran", "supplied by the US
    and Germany"): (agents, people named right before the participle, the act read past the agent), or None. The
    clause's subject is no party to it; people before it ("los colombianos expulsados por Venezuela") are the ones
    it was done to."""
    f, ms = ctx.folded, ctx.mentions
    agent = reduced_passive_agent(f, ms, act.start, act.end, ctx.language) if act.participle else []
    if not agent:
        return None
    agent = coordinated(f, ms, agent[0], 1, agent[0].start, act.hi)
    described = [m for m in ms if m.end <= act.start and m.country and not f[m.end:act.start].strip()
                 and (m.group or (m.kind == "demonym" and f[m.start:m.end].endswith("s")))]  # "los colombianos"
    return agent, described[-1:], replace(act, end=agent[0].end, last_end=max(act.last_end, agent[0].end))


def attributive_participle(word: str, before: str, language: str | None, perfect_aux: frozenset[str]) -> bool:
    """A Spanish participle that no "haber" leads ("tres soldados asesinados en", "dejó veinte militares
    muertos", "las sanciones impuestas a Irán"): the noun it describes undergoes the act, it does not do it."""
    return language == "es" and bool(_ATTRIBUTIVE.search(word)) and before not in perfect_aux


SHARED_AUX_REACH = 12  # tokens back from "y cerrado" to the "ha" of "ha deportado"


def shares_perfect(tokens: list[Token], at: int, perfect_aux: frozenset[str]) -> bool:
    """"ha deportado a mil colombianos y cerrado la frontera": a participle right after "y" whose clause opened
    with "haber" and a participle shares that auxiliary, so it is a finite verb of the same subject."""
    if at < 2 or tokens[at - 1].word not in ("y", "e"):
        return False
    for i in range(at - 3, max(0, at - SHARED_AUX_REACH) - 1, -1):
        if tokens[i].word in (";", ":"):
            return False
        if tokens[i].word in perfect_aux and _ATTRIBUTIVE.search(tokens[i + 1].word):
            return True
    return False


# Stricter than _ES_PARTICIPLE: with accents folded away "protestó" and "detectó" end like "impuesto"
# and "electo", and a finite verb must keep its subject.
_ATTRIBUTIVE = re.compile(r"(?:ad|id|uest|iert|uert|ech|ist)[oa]s?$")


def attacker_after(ctx: Context, act: Act) -> list[ActorMention]:
    """Who did what a victim verb's subject suffered: "murieron en un ataque de X", "died at the hands of X"."""
    lead = cue_regex("attacker_lead", r"\s+(?:(?:the|el|la|los|las|un|una|unos|unas)\s+)?$")
    for m in ctx.mentions:
        if not (act.end <= m.start and m.end <= act.hi):
            continue
        if lead.search(ctx.folded[act.end:m.start]) or (_STRIKE_OWNER.fullmatch(ctx.folded, act.end, m.start)
                                                        and _STRIKE_AFTER.match(ctx.folded, m.end)):
            return coordinated(ctx.folded, ctx.mentions, m, 1, act.end, act.hi)
        if m.kind == "demonym" and _STRIKE_BEFORE.fullmatch(ctx.folded, act.end, m.start):
            return [m]  # "murió en un bombardeo israelí"
    return claimer_after(ctx, act)


_ATTACK_NOUN = re.compile(r"\s*(?:(?:un|una|el|la|los|las|a|an|the)\s+)?(?:ataques?|bombardeos?|atentados?|"
                          r"ofensivas?|attacks?|strikes?|airstrikes?|bombings?|raids?)\b")


def attack_owner(ctx: Context, act: Act) -> list[ActorMention]:
    """Violence whose subject is an attack noun ("Un ataque con drones estadounidense mató al general"): the
    state named inside that noun's phrase did it, though a preposition leads it."""
    if act.family not in ("18", "19", "20") or not _ATTACK_NOUN.match(ctx.folded, act.lo):
        return []
    inside = [m for m in ctx.mentions if act.lo <= m.start and m.end <= act.start and m.country]
    return inside[-1:]


def attack_noun_doer(ctx: Context, act: Act) -> list[ActorMention]:
    """Violence whose verb follows an attack noun ("officials said a Russian air strike killed 300 civilians"): the
    noun's doer, coded just before as its own act, did the killing too (not the speaker of the report)."""
    f = ctx.folded
    if act.family not in ("18", "19", "20") or ctx.last_family not in ("18", "19", "20"):
        return []
    told = any(end <= act.start and _NOUN_TAIL.fullmatch(f, end, act.start)
               and _ATTACK_END.search(f, max(0, end - 16), end) for end in ctx.event_noun_ends)
    return ctx.last_sources if told else []


# what may stand between the attack noun and the verb: its place or target ("on the Mariupol drama theatre")
_NOUN_TAIL = re.compile(r"(?:\s+(?:on|against|contra|sobre)\s+[\w' -]{0,50}?)?\s*")


_ATTACK_WORD = r"(?:attacks?|bombings?|blasts?|explosions?|killings?|assassinations?|operations?|strikes?|sabotage|" \
               r"ataques?|atentados?|explosion(?:es)?|asesinatos?|operaci(?:on|ones)|sabotajes?)"
_GAP = r"(?:'s)?\s+(?:(?!said|says|dijo|afirmo|aseguro|sostuvo)[\w'-]+\s+){0,3}?"  # the claimer's name, no report
# the claimer before its cue: "Kyiv was behind it", "an operation Ukraine's SBU claimed", "que X se atribuyó"
_BEHIND = re.compile(_GAP + r"(?:was|were|is|are|had been|estuvo|estaba|esta|habia estado) (?:behind|detras de)\b")
_CLAIMED_AFTER_ACTOR = re.compile(_GAP + r"(?:(?:had )?(?:claimed|carried out|organi[sz]ed|staged)|"
                                  r"se (?:atribuyo|adjudico))\b")
_CLAIMING_RELATIVE = re.compile(r"\b" + _ATTACK_WORD + r"\s+(?:that\s+|which\s+|que\s+)?(?:[\w'-]+\s+){0,6}?$")
# the claimer after it: "cuya autoría reivindicó el SBU", "reivindicado por X"
_CLAIMER_NEXT = re.compile(r"\b(?:cuya autoria (?:reivindico|asumio|se atribuyo)|reivindicad[oa]s? por|claimed by)\s+"
                           r"(?:(?:el|la|los|las|the)\s+)?(?:[\w'-]+\s+){0,3}?$")
_ATTACK_END = re.compile(_ATTACK_WORD + "$")


def claimer_after(ctx: Context, act: Act) -> list[ActorMention]:
    """Who claims or is said to be behind violence told with no doer: "A bomb killed a general in Moscow, and a
    source said Kyiv was behind it", "in an operation Ukraine's SBU claimed", "cuya autoría reivindicó el SBU"."""
    if act.family not in ("18", "19", "20"):
        return []
    f = ctx.folded
    for m in ctx.mentions:
        if m.start < act.end or not m.country:
            continue
        if _CLAIMER_NEXT.search(f, max(act.end, m.start - 60), m.start):
            return [m]
        if _BEHIND.match(f, m.end) or (_CLAIMED_AFTER_ACTOR.match(f, m.end)
                                        and _CLAIMING_RELATIVE.search(f, max(act.end, m.start - 70), m.start)):
            return [m]
    return []


# "was killed in an Israeli air strike": the attacker named before the strike noun, or after it in Spanish
_STRIKE_OWNER = re.compile(r"(?:\s+\w+){0,3}?\s+(?:in|during)\s+(?:an?|the)\s+")
_STRIKE_AFTER = re.compile(r"(?:'s)?\s+(?:(?:air|drone|missile|rocket|artillery|naval)\s+)?"
                           r"(?:strikes?|airstrikes?|attacks?|raids?|bombings?|bombardments?|shelling)\b")
_STRIKE_BEFORE = re.compile(r"(?:\s+\w+){0,3}?\s+(?:en|durante)\s+(?:un|una|el|la|los|las)\s+"
                            r"(?:bombardeos?|ataques?|atentados?|incursion(?:es)?)(?:\s+(?:aereos?|con drones?))?\s+")
