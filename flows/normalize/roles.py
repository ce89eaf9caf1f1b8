"""Who did it and to whom: subjects, targets, passive agents, receivers and coordination.

Source: nearest actor before the trigger outside prepositional or comma-wrapped phrases ("by"/"por"
when passive, "from"/"de" for receiving verbs); target: first actor after it, or several joined by
"and"/"y". Appositions ("Maduro, an ally of Moscow, asked ...") are skipped.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from flows.normalize.actors import ActorMention
from flows.normalize.modality import cue_regex, cue_words
from flows.normalize.patterns import Trigger

PLACE_FAMILIES = {"02", "04", "05", "10", "11", "12", "13"}  # where "in X" names a place, not a target


@dataclass
class Context:  # what the triggers of one sentence share
    sentence: str
    folded: str
    mentions: list[ActorMention]
    language: str | None
    index: int
    day: dt.date | None
    used: set[int] = field(default_factory=set)
    last_sources: list[ActorMention] = field(default_factory=list)


def word_before(folded: str, pos: int) -> str:
    words = re.findall(r"[\w']+", folded[max(0, pos - 30):pos])
    while words and words[-1] in ("the", "el", "la", "los", "las", "its", "their", "su", "sus"):
        words.pop()
    return "according" if words[-2:] == ["according", "to"] else (words[-1] if words else "")


def coordinated(folded: str, mentions: list[ActorMention], first: ActorMention, step: int,
                 lo: int, hi: int) -> list[ActorMention]:
    """``first`` plus the actors joined to it by "and", "y" or commas, walking by ``step``."""
    group, i = [first], mentions.index(first)
    while 0 <= i + step < len(mentions):
        nxt = mentions[i + step]
        a, b = (nxt, group[-1]) if step < 0 else (group[-1], nxt)
        joined = folded[a.end:b.start].strip(" ,") in cue_words("joiner") | {""}
        if not (lo <= nxt.start and nxt.end <= hi and joined):
            break
        group.append(nxt)
        i += step
    return sorted(group, key=lambda m: m.start)


def find_subjects(folded: str, mentions: list[ActorMention], lo: int, trig: Trigger,
                  used: set[int]) -> list[ActorMention]:
    pool = [m for m in mentions if lo <= m.start and m.end <= trig.start and id(m) not in used
            and word_before(folded, m.start) not in cue_words("not_subject")]
    # "Maduro, an ally of Moscow, asked ...": skip an actor wrapped in commas.
    plain = [m for m in pool if not ("," in folded[lo:m.start] and "," in folded[m.end:trig.start])] or pool
    return coordinated(folded, mentions, plain[-1], -1, lo, trig.start) if plain else []


def same_side(a: ActorMention, b: ActorMention) -> bool:
    """One actor, or two of one country (government and opposition alike: not interstate)."""
    return a.code == b.code or (a.country is not None and a.country == b.country)


_FROM_TARGET = {"02", "16"}  # "requested aid from Moscow", "halted imports from Venezuela": "from" names the other side
_PLACE_RETRY = {"02", "10", "11", "12", "13"}  # "demanded elections in Venezuela": the place is the target


def _target_pool(folded: str, mentions: list[ActorMention], trig: Trigger, end: int, sources: list[ActorMention],
                 level: int) -> list[ActorMention]:
    """Candidate targets; ``level`` 0 is strict, 1 also takes "from"/place-marked actors, 2 also demonyms."""
    family, pool = trig.pattern.family, []
    not_target = cue_words("not_target") - ({"from"} if family in _FROM_TARGET else set())
    for m in mentions:
        if not (trig.start <= m.start and m.end <= end) or (m.kind == "demonym" and level < 2):
            continue  # a bare demonym is first taken as an adjective ("Chinese loans"), not a recipient
        prep = word_before(folded, m.start)
        if (prep in not_target and level == 0) or (prep in cue_words("place") and family in PLACE_FAMILIES
                                                   and not (level and family in _PLACE_RETRY)):
            continue
        if not any(same_side(m, s) for s in sources):
            pool.append(m)
    return pool


def find_targets(folded: str, mentions: list[ActorMention], trig: Trigger, end: int,
                 sources: list[ActorMention], everyone: bool) -> list[ActorMention]:
    pool: list[ActorMention] = []
    for level in (0, 1, 2):  # "rejected a request from Caracas", "a Venezuelan request"
        pool = _target_pool(folded, mentions, trig, end, sources, level)
        if pool:
            break
    if everyone:  # appeals: each addressee after the first is joined by "and", a comma, "to" or "a"
        return [m for i, m in enumerate(pool) if not i or re.search(r"(?:,|\b(?:and|y|e|to|a))\s*$",
                                                                    folded[:m.start])]
    if not pool:
        return pool
    group = coordinated(folded, mentions, pool[0], 1, trig.start, end)
    # An actor right before the next clause's verb is that verb's subject, not a second target.
    if len(group) > 1 and len(re.findall(r"\w+", folded[group[-1].end:end])) <= 2 and end < len(folded) - 1:
        group.pop()
    return [g for g in group if g in pool]


def find_agent(folded: str, mentions: list[ActorMention], lo: int, hi: int, preps: set[str]) -> list:
    for m in mentions:
        if lo <= m.start and m.end <= hi and word_before(folded, m.start) in preps:
            return coordinated(folded, mentions, m, 1, lo, hi)
    return []


def find_roles(ctx: Context, trig: Trigger, lo: int, end: int) -> tuple[list, list, float, bool]:
    """Sources, targets, a confidence penalty and whether the voice is passive."""
    f, ms = ctx.folded, ctx.mentions
    aux = cue_regex("passive", r"\s+(?:\w+ly\s+)?$").search(f[max(0, trig.start - 30):trig.start])
    passive = bool(aux) and not f[:trig.end].endswith("ing")  # "is sending" is active
    if passive:  # "Venezuela was sanctioned by Washington", "bombers were sent to Caracas by Moscow"
        sources = find_agent(f, ms, trig.last_end, end, {"by", "por"})
        before = [m for m in find_subjects(f, ms, lo, trig, ctx.used) if m not in sources]
        return sources, before or find_targets(f, ms, trig, end, sources, False), 0.05, True
    subjects, penalty = find_subjects(f, ms, lo, trig, ctx.used), 0.0
    if not subjects and ctx.last_sources:
        subjects, penalty = ctx.last_sources, 0.1  # "Russia sent bombers ... and pledged loans"
    if trig.pattern.recv:  # "Venezuela received bombers from Russia": the giver is the source
        guest = [m for m in ms if m.start > trig.end][:1]  # "Maduro received Lavrov": a host
        givers = find_agent(f, ms, trig.last_end, end, {"from", "de", "desde", "a"}) or [
            m for m in guest if m.kind in ("leader", "official") and len(f[trig.end:m.start].split()) <= 1] or [
            m for m in ms if trig.end <= m.start < end and m.kind == "demonym"][:1]  # "bought Chinese drones"
        return (givers, subjects, penalty + 0.05, False) if givers else ([], [], 0.0, False)
    targets = find_targets(f, ms, trig, end, subjects, trig.pattern.family == "02")
    mutual = {"03", "04", "05", "06"} & {trig.pattern.family, *(t.pattern.family for t in trig.absorbed)}
    if not targets and mutual and len(subjects) > 1:
        subjects, targets = subjects[:1], subjects[1:]  # "Putin and Maduro met", "... signed a treaty"
    return subjects, targets, penalty, False


