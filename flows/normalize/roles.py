"""Who did it and to whom: subjects, targets, passive agents, receivers, nominal events, coordination.

Source: the actor before the verb in its clause, outside prepositional phrases and hidden stretches
(appositions, relative clauses); in Spanish an actor right after the verb when none precedes it
("anunció Rusia"); else the speaker of a reported clause when the clause names no subject ("Russia
said it would ...", "Rusia dijo que enviará ..."); else the subject of the previous verb of the
sentence ("Rusia envió ... y anunció ..."). Passive verbs take their source after "by"/"por".
Target: the actor a pattern's ``+`` points at, else the first actor after the verb (several when
joined by "and"/"y"). Nominal events ("the expulsion of Russian diplomats", "U.S. sanctions on
Iran", "la visita de Putin a Caracas") take their source from a possessive or adjacent actor, a
"by"/"por" agent, or the subject of the clause, and their target after "of", "on", "against", "to".
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cache

from flows.normalize.actors import ActorMention
from flows.normalize.clauses import Clauses
from flows.normalize.modality import cue_regex, cue_words
from flows.normalize.passives import reduced_passive_agent
from flows.normalize.tokens import Token
from flows.normalize.verbs import GERUND_LEADS

_WORDS = re.compile(r"[\w']+")  # compiled once: word_before runs for every mention and verb
PLACE_FAMILIES = {"02", "04", "05", "10", "11", "12", "13", "14"}  # where "in X" names a place, not a target
_FROM_TARGET = {"02", "16"}  # "requested aid from Moscow", "halted imports from Venezuela"
_PLACE_RETRY = {"02", "10", "11", "12", "13"}  # "demanded elections in Venezuela": the place is the target
MUTUAL = {"03", "04", "05", "06", "19"}  # a compound subject acting alone acts on itself: "A and B met"
NOMINAL_SOURCE_PREPS = {"by", "por"}
NOMINAL_TARGET_PREPS = {"of", "on", "against", "to", "with", "toward", "towards", "over", "between",
                        "de", "del", "contra", "a", "al", "sobre", "con", "entre", "hacia"}


@dataclass
class Context:  # what the triggers of one sentence share
    sentence: str
    folded: str
    mentions: list[ActorMention]
    language: str | None
    index: int
    day: dt.date | None
    valued_on: dt.date | None = None  # amounts are valued in USD on the stated date, else the article's
    tokens: list[Token] = field(default_factory=list)
    clauses: Clauses | None = None
    used: set[int] = field(default_factory=set)
    last_sources: list[ActorMention] = field(default_factory=list)
    subjects_at: dict[int, list[ActorMention]] = field(default_factory=dict)  # reporting verb -> its subjects


@dataclass
class Act:
    """One trigger ready for roles: character span, window and what its code says about roles."""
    start: int
    end: int
    last_end: int
    lo: int  # window where its subject may be (characters)
    hi: int  # window where its targets may be
    family: str
    recv: bool = False
    nominal: bool = False
    compound: bool = False
    absorbed_families: tuple[str, ...] = ()
    target: ActorMention | None = None  # from a pattern's "+"
    source: ActorMention | None = None  # from a pattern's "$"
    reporter: int | None = None  # token of the reporting verb whose clause this is
    hidden: tuple[int, int] | None = None  # character span of the hidden stretch holding it
    participle: bool = True  # an inflected verb form, which can be passive ("was sent"; not "was ready")
    of_agent: bool = False  # a nominal whose "of"/"de" names who acts ("the visit of Putin"), not what is acted on
    answered: bool = False  # the object of a rejection ("rejected Chile's criticism")


@cache
def _quantifiers() -> frozenset[str]:
    return cue_words("quantifier")


def word_before(folded: str, pos: int) -> str:
    words = _WORDS.findall(folded[max(0, pos - 30):pos])
    # numbers in words only: a year in digits ("Desde 1962 Estados Unidos") is no quantifier
    while words and (words[-1] in ("the", "el", "la", "los", "las", "its", "their", "su", "sus")
                     or words[-1] in _quantifiers()):
        words.pop()
    return "according" if words[-2:] == ["according", "to"] else (words[-1] if words else "")


def coordinated(folded: str, mentions: list[ActorMention], first: ActorMention, step: int,
                lo: int, hi: int) -> list[ActorMention]:
    """``first`` plus the actors joined to it by "and", "y" or commas, walking by ``step``. Commas alone
    join no one: "Tras una escala en Lima, Kerry viajó" ends a clause, "A, B y C" is a list."""
    group, i, commas_only = [first], mentions.index(first), True
    while 0 <= i + step < len(mentions):
        nxt = mentions[i + step]
        a, b = (nxt, group[-1]) if step < 0 else (group[-1], nxt)
        gap = folded[a.end:b.start]
        joined = gap.strip(" ,") in cue_words("joiner") | {""}
        if not (lo <= nxt.start and nxt.end <= hi and joined):
            break
        group.append(nxt)
        commas_only = commas_only and gap.strip(" ") == ","
        i += step
    return [first] if commas_only and len(group) > 1 else sorted(group, key=lambda m: m.start)


def same_side(a: ActorMention, b: ActorMention) -> bool:
    """One actor, or two state organs of one country (a government and its army are one side)."""
    if a.code == b.code:
        return True
    if a.country is None or a.country != b.country:
        return False
    return not ({a.sector, b.sector} & DOMESTIC_OTHERS)


# Sub-state actors an event can oppose to their own government (GDELT codes these too); a state's firms,
# media or courts acting on their own state stay uncoded, as its organs do.
DOMESTIC_OTHERS = frozenset({"OPP", "REB", "INS", "SEP"})


def _hidden_chars(ctx: Context, act: Act) -> list[tuple[int, int]]:
    if ctx.clauses is None:
        return []
    spans = [(ctx.tokens[a].start, ctx.tokens[b - 1].end) for a, b in ctx.clauses.hidden]
    return [s for s in spans if s != act.hidden]


def find_subjects(ctx: Context, act: Act) -> list[ActorMention]:
    f, ms = ctx.folded, ctx.mentions
    hidden = _hidden_chars(ctx, act)
    pool = [m for m in ms if act.lo <= m.start and m.end <= act.start and id(m) not in ctx.used
            and word_before(f, m.start) not in cue_words("not_subject", ctx.language)
            and not any(a <= m.start < b for a, b in hidden)]
    # "Maduro, an ally of Moscow, asked ...": skip an actor wrapped in commas.
    plain = [m for m in pool if not ("," in f[act.lo:m.start] and "," in f[m.end:act.start])] or pool
    if plain and _adverbial_gerund(ctx, act):  # "Putin angered Tokyo by rebuffing ...": the clause's subject
        return coordinated(f, ms, plain[0], 1, act.lo, act.start)
    if plain:
        return coordinated(f, ms, plain[-1], -1, act.lo, act.start)
    return []


def _adverbial_gerund(ctx: Context, act: Act) -> bool:
    """"by rebuffing", "after meeting" inside a clause: the gerund shares the clause's subject."""
    words = _WORDS.findall(ctx.folded[max(0, act.start - 12):act.end])
    return ctx.language != "es" and len(words) >= 2 and words[-2] in GERUND_LEADS and words[-1].endswith("ing")


def _inverted_subject(ctx: Context, act: Act) -> list[ActorMention]:
    """Spanish verb-subject order: "anunció Rusia", "afirmó el canciller ruso"."""
    if ctx.language != "es" or act.nominal:
        return []
    after = [m for m in ctx.mentions if act.last_end <= m.start < act.hi]
    if not after:
        return []
    first = after[0]
    gap = _WORDS.findall(ctx.folded[act.last_end:first.start])
    if len(gap) <= 2 and not set(gap) & (cue_words("not_subject", "es") | {"de", "del"}):
        return coordinated(ctx.folded, ctx.mentions, first, 1, act.last_end, act.hi)
    return []


FRONTING_LEADS = frozenset({"after", "before", "while", "when", "upon", "on", "al", "tras", "despues", "de"})


def _fronted_subject(ctx: Context, act: Act) -> list[ActorMention]:
    """"Meeting with X, Putin said ...", "Al recibir a X, Maduro dijo ...": a clause that opens the
    sentence with a gerund (or "al" + infinitive) has no subject of its own; it takes the subject of the
    main clause after its comma."""
    f = ctx.folded
    lead = _WORDS.findall(f[:act.start])
    word = f[act.start:act.end].split(" ")[0]
    gerund = word.endswith("ing") if ctx.language != "es" else (
        word.endswith(("ando", "iendo", "yendo")) or (lead[-1:] == ["al"] and word.endswith(("ar", "er", "ir"))))
    comma = f.find(",", act.last_end)
    if act.nominal or not gerund or not set(lead) <= FRONTING_LEADS or comma < 0:
        return []
    after = [m for m in ctx.mentions if m.start > comma][:1]
    gap = _WORDS.findall(f[comma:after[0].start]) if after else []
    if after and len(gap) <= 1 and not set(gap) & cue_words("not_subject", ctx.language):
        return coordinated(f, ctx.mentions, after[0], 1, comma, len(f))
    return []


def subjects_of(ctx: Context, act: Act) -> tuple[list[ActorMention], float]:
    """Subjects of an active verb and a confidence penalty for guessed ones."""
    subjects = find_subjects(ctx, act) or _fronted_subject(ctx, act) or _inverted_subject(ctx, act)
    if subjects:
        return subjects, 0.0
    if act.hidden is not None:  # "Maduro, who visited Moscow, ...": the actor the clause describes
        before = [m for m in ctx.mentions if m.end <= act.hidden[0]]
        if before and ctx.folded[before[-1].end:act.hidden[0]].strip() == "":
            return [before[-1]], 0.05
    if _adverbial_gerund(ctx, act):  # "Peru angered Chile after meeting X": the main clause's subject
        before = [m for m in ctx.mentions if m.end <= act.start
                  and word_before(ctx.folded, m.start) not in cue_words("not_subject", ctx.language)]
        if before:
            return before[:1], 0.05
    if act.reporter is not None and act.reporter in ctx.subjects_at:
        return ctx.subjects_at[act.reporter], 0.05  # "Russia said it would send troops"
    if ctx.last_sources:
        return ctx.last_sources, 0.1  # "Russia sent bombers ... and pledged loans"
    return [], 0.0


def _target_pool(ctx: Context, act: Act, sources: list[ActorMention], level: int) -> list[ActorMention]:
    """Candidate targets; ``level`` 0 is strict, 1 also takes "from"/place-marked actors, 2 also demonyms."""
    f, family, pool = ctx.folded, act.family, []
    not_target = cue_words("not_target", ctx.language) - ({"from"} if family in _FROM_TARGET else set())
    for m in ctx.mentions:
        if not (act.end <= m.start and m.end <= act.hi) or (m.kind == "demonym" and level < 2):
            continue  # a bare demonym is first taken as an adjective ("Chinese loans"), not a recipient
        prep = word_before(f, m.start)
        if (prep in not_target and level == 0) or (prep in cue_words("place", ctx.language) and family in PLACE_FAMILIES
                                                   and not (level and family in _PLACE_RETRY)):
            continue
        before = f[max(act.end, m.start - 60):m.start]
        if _TOPIC.search(before) or _ORIGIN.search(before[-30:]):
            continue  # "accusations about the future of Ukraine", "un buque procedente de Cuba": no target
        if in_relative(f[act.end:m.start]):
            continue  # "rejected a plan that would allow strikes on Iran": the clause describes the object
        if not any(same_side(m, s) for s in sources):
            pool.append(m)
    # A group with no country is a target only when no other actor is ("Russia sent advisers to Caracas").
    return [m for m in pool if not m.group] or pool


# "over the crisis of", "sobre el futuro de", "hailed as the failure of": what a statement is about, not
# whom it is addressed to.
_TOPIC = re.compile(r"\b(?:about|over|regarding|concerning|as|sobre|acerca de|respecto a|como)\s+"
                    r"(?:the |el |la |los |las )?(?:[\w-]+\s+){1,2}(?:of|in|de|del|en)\s+(?:the |el |la |los |las )?$")


# A defining relative clause after the object noun ("una propuesta que abría ..."); "de que", "so that"
# and a "que" right after the verb ("exigió que Rusia ...") introduce the verb's own complement instead.
# Time words before "que" leave it a complementizer ("prometió el miércoles que ...").
_RELATIVE = re.compile(r"\b(?!(?:de|so|such|now|lunes|martes|miercoles|jueves|viernes|sabado|domingo|hoy|ayer|monday|"
                       r"tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|veces|times)\s)\w+\s+"
                       r"(?:que|which|that|who|whom|quien|quienes)\s")


def in_relative(gap: str) -> bool:
    """The actor after ``gap`` sits inside a relative clause on the object, not as that clause's subject
    ("a plan that would allow strikes on Iran", but "the troops that Syria requested")."""
    rel = _RELATIVE.search(gap)
    return rel is not None and gap[rel.end():].strip() != ""


_ORIGIN = re.compile(r"\b(?:procedentes?|provenientes?|originari[oa]s?|coming|originating|bound|destined) "
                     r"(?:de|from|for|in|to)\s+$")


def domestic_object(ctx: Context, act: Act, sources: list[ActorMention]) -> bool:
    """The verb's own object is the subject's state ("the candidate blasted the Bush administration for ...",
    "el parlamento rechazó una propuesta del gobierno"): a domestic act, not one toward a later actor."""
    first = next((m for m in ctx.mentions if act.end <= m.start < act.hi), None)
    if first is None or not any(same_side(first, s) for s in sources):
        return False
    if re.match(r"\s*(?:,|and\b|y\b|e\b)", ctx.folded[first.end:]):
        return False  # "met Russian officials and Maduro": the object goes on
    gap = ctx.folded[act.end:first.start]
    return len(re.findall(r"\w+", gap)) <= 3 and not re.search(r"[,;]|\b(?:to|with|a|al|con|que|that)\b", gap)


def find_targets(ctx: Context, act: Act, sources: list[ActorMention], everyone: bool) -> list[ActorMention]:
    f = ctx.folded
    pool: list[ActorMention] = []
    if domestic_object(ctx, act, sources):
        return pool
    for level in (0, 1, 2):  # "rejected a request from Caracas", "a Venezuelan request"
        pool = _target_pool(ctx, act, sources, level)
        if pool:
            break
    if everyone:  # appeals: each addressee after the first is joined by "and", a comma, "to" or "a"
        return [m for i, m in enumerate(pool) if not i or re.search(r"(?:,|\b(?:and|y|e|to|a))\s*$",
                                                                    f[:m.start])]
    if not pool:
        return pool
    group = coordinated(f, ctx.mentions, pool[0], 1, act.end, act.hi)
    # An actor right before the next clause's verb is that verb's subject, not a second target.
    if len(group) > 1 and len(re.findall(r"\w+", f[group[-1].end:act.hi])) <= 2 and act.hi < len(f) - 1:
        group.pop()
    return [g for g in group if g in pool]


def find_agent(folded: str, mentions: list[ActorMention], lo: int, hi: int, preps: set[str]) -> list:
    for m in mentions:
        if lo <= m.start and m.end <= hi and word_before(folded, m.start) in preps:
            return coordinated(folded, mentions, m, 1, lo, hi)
    return []


STRONG_TARGET_PREPS = {"on", "against", "to", "toward", "towards", "contra", "a", "al", "hacia", "sobre", "with", "con"}
OF = {"of", "de", "del"}


def nominal_roles(ctx: Context, act: Act) -> tuple[list, list, float]:
    """"U.S. sanctions on Iran", "the expulsion of Russian diplomats by Britain", "el bombardeo israelí".

    Source: a "by"/"por" agent, an actor right before the noun ("U.S. sanctions", "Britain's expulsion")
    or right after it in Spanish ("el bombardeo israelí"), an "of"/"de" actor when another actor
    follows with "against"/"contra" ("las acusaciones de EE.UU. contra Rusia"), else the clause's
    subject. Target: the first actor after a preposition ("of", "on", "against", "to", "de", "contra").
    """
    f, ms = ctx.folded, ctx.mentions
    window = [m for m in ms if act.last_end <= m.start and m.end <= act.hi
              and not _TOPIC.search(f[max(act.last_end, m.start - 60):m.start])]
    preps = {id(m): word_before(f, m.start) for m in window}
    by = find_agent(f, ms, act.last_end, act.hi, NOMINAL_SOURCE_PREPS)
    adjacent = [m for m in ms if m.end <= act.start and act.lo <= m.start
                and re.fullmatch(r"\s*(?:'s)?\s*(?:\S+\s+)?", f[m.end:act.start])]
    if ctx.language == "es" and window and window[0].kind == "demonym" and not f[act.end:window[0].start].strip():
        adjacent = window[:1]  # "el bombardeo israelí"
    strong = [m for m in window if preps[id(m)] in STRONG_TARGET_PREPS and m not in adjacent]
    of_source = [m for m in window if preps[id(m)] in OF and strong and m.end <= strong[0].start]
    if act.of_agent and not strong and window and preps[id(window[0])] in OF:
        of_source = window[:1]  # "the visit of Putin to Caracas", "las sanciones de EE.UU.": "of" names the agent
    sources = by or adjacent[-1:] or of_source[:1]
    penalty = 0.0 if sources else 0.05
    if not sources:
        sources = find_subjects(ctx, act) or subjects_of(ctx, act)[0]
    candidates = strong or [m for m in window if preps[id(m)] in NOMINAL_TARGET_PREPS | {"diplomats", "diplomaticos"}]
    targets = [m for m in candidates if m not in sources and not any(same_side(m, x) for x in sources)][:1]
    if targets:
        targets = coordinated(f, ms, targets[0], 1, act.last_end, act.hi)
    return sources, [t for t in targets if not any(same_side(t, x) for x in sources)], penalty


# "between" close after the act (a few words of its object first), then the parties (words of their organs first)
_BETWEEN = re.compile(r"\s*(?:[\w'-]+\s+){0,5}(?:between|entre)\s+(?:[\w'-]+\s+){0,6}")


def between_pair(ctx: Context, act: Act) -> list[ActorMention]:
    """"un convenio de cooperación entre los ministerios de Chile y Perú", "an accord between X and Y":
    the two parties joined after "between"/"entre" in the act's window (two or more, else none)."""
    if not (MUTUAL & {act.family, *act.absorbed_families} or act.compound):
        return []
    f, hi = ctx.folded, _clause_end(ctx, act)  # past a nominal of the object ("un convenio comercial entre")
    for m in ctx.mentions:
        if m.country and act.last_end <= m.start and m.end <= hi and _BETWEEN.fullmatch(f[act.last_end:m.start]):
            group = coordinated(f, ctx.mentions, m, 1, m.start, hi)
            return group if len(group) > 1 else []
    return []


def _clause_end(ctx: Context, act: Act) -> int:
    at = next((i for i, t in enumerate(ctx.tokens) if t.start >= act.start), None)
    if ctx.clauses is None or at is None:
        return act.hi
    end = ctx.clauses.span(at, len(ctx.tokens))[1]
    return max(act.hi, ctx.tokens[end].start if end < len(ctx.tokens) else len(ctx.folded))


def find_roles(ctx: Context, act: Act) -> tuple[list, list, float, bool]:
    """Sources, targets, a confidence penalty and whether the voice is passive."""
    f, ms = ctx.folded, ctx.mentions
    pair = between_pair(ctx, act)
    # "se firmó un convenio entre A y B", "an accord between A and B was signed": each side with the other;
    # a verb's own subject, or a nominal's own "by" or possessor (penalty 0), still leads.
    if pair and (nominal_roles(ctx, act)[2] if act.nominal else not find_subjects(ctx, act)):
        return pair, pair, 0.05, False
    if act.nominal:
        sources, targets, penalty = nominal_roles(ctx, act)
        if not sources and len(targets) > 1 and act.family in MUTUAL:
            sources = targets  # "talks between Cairo and Ankara": each side acts with the other
        elif not targets and len(sources) > 1 and act.family in MUTUAL:
            targets = sources  # "A and B pledged ties during a meeting": they met each other
        elif not targets and act.family == "11" and act.answered and ctx.last_sources:
            # "Peru rejected Chile's criticism": an accusation naming no target is aimed at whoever answers it
            targets = [m for m in ctx.last_sources if not any(same_side(m, x) for x in sources)]
        return sources, targets, penalty, False
    aux = cue_regex("passive", r"\s+(?:\w+ly\s+)?$", language=ctx.language).search(f[max(0, act.start - 30):act.start])
    passive = bool(aux) and act.participle and not f[:act.end].endswith("ing")  # "is sending" is active
    if passive:  # "Venezuela was sanctioned by Washington", "bombers were sent to Caracas by Moscow"
        sources = find_agent(f, ms, act.last_end, act.hi, {"by", "por"})
        before = [m for m in find_subjects(ctx, act) if m not in sources]
        if not sources and act.family == "15" and before and all(m.sector == "MIL" for m in before):
            # "Colombian troops were put on alert near Venezuela": a state readies its own forces
            return before, find_targets(ctx, act, before, False), 0.05, False
        return sources, before or find_targets(ctx, act, sources, False), 0.05, True
    agent = reduced_passive_agent(f, ms, act.start, act.end, ctx.language) if act.participle else []
    if agent:  # "the sanctions imposed by Washington on Iran": the clause's subject is no party to it
        past_agent = replace(act, end=agent[0].end, last_end=max(act.last_end, agent[0].end))
        return agent, find_targets(ctx, past_agent, agent, False), 0.05, True
    subjects, penalty = ([act.source], 0.0) if act.source else subjects_of(ctx, act)
    if act.recv:  # "Venezuela received bombers from Russia": the giver is the source
        guest = [m for m in ms if m.start > act.end][:1]  # "Maduro received Lavrov": a host
        givers = find_agent(f, ms, act.last_end, act.hi, {"from", "de", "desde", "a"}) or [
            m for m in guest if m.kind in ("leader", "official") and len(f[act.end:m.start].split()) <= 1] or [
            m for m in ms if act.end <= m.start < act.hi and m.kind == "demonym"][:1]  # "bought Chinese drones"
        return (givers, subjects, penalty + 0.05, False) if givers else ([], [], 0.0, False)
    if act.target is not None and not any(same_side(act.target, s) for s in subjects) \
            and not in_relative(f[act.end:act.target.start]):
        targets = coordinated(f, ms, act.target, 1, act.last_end, act.hi)
    else:
        targets = find_targets(ctx, act, subjects, act.family == "02")
    mutual = MUTUAL & {act.family, *act.absorbed_families}
    if not targets and (mutual or act.compound) and len(subjects) > 1:
        targets = subjects  # "Putin and Maduro met": each met the other (pairs of one actor are skipped)
    return subjects, targets, penalty, False
