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

import re

from flows.normalize.accused import accused_of
from flows.normalize.actors import ActorMention
from flows.normalize.borrowed import borrowed_targets, responded_before
from flows.normalize.causatives import caused_subject, document_sender
from flows.normalize.joined import joined_measure
from flows.normalize.mediation import mediators
from flows.normalize.modality import cue_regex, cue_words
from flows.normalize.namers import named_act_targets
from flows.normalize.owners import owns, phrase_end, pronoun_owner, unowned_violence
from flows.normalize.passives import attacker_after, attributive_participle, reduced_passive, shares_perfect
from flows.normalize.roles_base import (
    ANSWER_LEAD,
    CALLED_AS,
    DOMESTIC_OTHERS,
    RENAMED_ACT,
    VENUE_BEFORE,
    Act,
    Context,
    clause_pair,
    comma_gerund,
    coordinated,
    no_own_forces,
    nominal_prep,
    same_side,
    verb_lemma,
    word_before,
    words_outside_names,
)
from flows.normalize.shipments import arrival_giver, receivers_givers
from flows.normalize.speakers import gerund_after_speaker
from flows.normalize.subjects import find_subjects, subjects_of
from flows.normalize.targets import (
    MUTUAL,
    NOMINAL_SOURCE_PREPS,
    NOMINAL_TARGET_EXTRA,
    NOMINAL_TARGET_PREPS,
    TOPIC,
    find_agent,
    find_targets,
    in_relative,
)
from flows.normalize.territory import housed_troops, struck_place, visited_place

__all__ = ["DOMESTIC_OTHERS", "Act", "Context", "coordinated", "find_roles", "same_side", "victim_verb", "word_before"]

ANSWERED_ASKS = frozenset({"02", "03", "10"})  # appeals, offers and demands, which a rejection answers
ANSWERED = frozenset({"11", "13"}) | ANSWERED_ASKS  # what a rejection answers is aimed at the rejecter
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
    if CALLED_AS.search(f, max(0, act.start - 50), act.start):
        return [], [], 0.0  # "in response to what he called threats from the US": the speaker's label, no act
    hi = phrase_end(ctx, act)
    window = [m for m in ms if act.last_end <= m.start and m.end <= hi
              and (act.family == "09" or not TOPIC.search(f[max(act.last_end, m.start - 60):m.start]))]
    preps = {id(m): nominal_prep(ctx, act, m) for m in window}
    # "protesta por la matanza de ballenas por barcos japoneses": after a protest noun "por" gives the reason
    by = find_agent(f, ms, act.last_end, act.hi, {"by"} if act.family == "14" else NOMINAL_SOURCE_PREPS)
    # "U.S. sanctions", "Russia's new offer"; an article between ("Rechazó el gobierno la exigencia") ends the owner
    adjacent = [m for m in ms if m.end <= act.start and act.lo <= m.start and not m.is_place
                and owns(ctx, m, act)]
    if ctx.language == "es" and window and window[0].kind == "demonym" and not f[act.end:window[0].start].strip():
        adjacent = window[:1]  # "el bombardeo israelí"
    strong = [m for m in window if preps[id(m)] in STRONG_TARGET_PREPS and m not in adjacent]
    of_source = [m for m in window if preps[id(m)] in OF and strong and m.end <= strong[0].start]
    owner_preps = OF | ({"from"} if act.family in FROM_OWNED else set())  # "a complaint from Argentina to Israel"
    if act.of_agent and not strong and window and preps[id(window[0])] in owner_preps \
            and (act.family != "14" or len(f[act.last_end:window[0].start].split()) <= 3):  # "protesta por la ley de X"
        # "the visit of Putin to Caracas", "las sanciones de EE.UU.": "of" names the agent
        of_source = no_own_forces(act, window[:1])
    if act.family == "04" and act.of_agent and strong and not of_source:  # "la visita a Minsk de un enviado de X"
        of_source = [m for m in window if m.start > strong[0].end
                     and _VISITOR_AFTER.fullmatch(f, strong[0].end, m.start)][:1]
    sources = by or adjacent[-1:] or of_source[:1] or pronoun_owner(ctx, act)
    penalty, protest_act = 0.0 if sources else 0.05, in_protest(ctx, act)
    if not sources and protest_act and ctx.last_sources:
        sources = ctx.last_sources  # "Chile retiró a su embajador en Lima en protesta": the act's doer protests
    if not sources and (_UNKNOWN_OWNER.search(ctx.sentence, max(0, act.start - 40), act.start)
                        or RENAMED_ACT.search(f, max(0, act.start - 50), act.start) or unowned_violence(ctx, act)):
        return [], [], penalty  # "for Pelosi's visit" (no actor), "a mass expulsion that Kabul called cruel" (the
        # act just told), "in protest at the invasion of Ukraine" (its doer is not said)
    if not sources:
        sources = find_subjects(ctx, act) or subjects_of(ctx, act)[0]
        if act.family == "14" and not protest_act:  # a protest noun is a crowd subject's ("los camioneros
            sources = [m for m in sources if m.group]  # anunciaron una huelga"), not police's ("broke up a protest")
    extra = NOMINAL_TARGET_EXTRA.get(act.family, frozenset())
    candidates = strong or [m for m in window if preps[id(m)] in NOMINAL_TARGET_PREPS | extra
                            | {"diplomats", "diplomaticos"}]
    if act.family == "15":  # "las maniobras peruanas cerca de Ecuador preocuparon a Colombia": the state shown force
        candidates = [m for m in window if _NEAR.search(f, max(0, m.start - 25), m.start)] or candidates
    targets = [m for m in candidates if m not in sources and not any(same_side(m, x) for x in sources)][:1]
    if targets:
        targets = coordinated(f, ms, targets[0], 1, act.last_end, hi)
    if protest_act:
        targets = []  # the act done in protest is coded with its own target; the protest stays one-sided
    return sources, [t for t in targets if not any(same_side(t, x) for x in sources)], penalty


# messages whose sender "from" names: "a complaint from Argentina", "an ultimatum from Spain", "an offer from Kyiv"
FROM_OWNED = frozenset({"02", "03", "10", "11", "13"})
# after the place visited, "de" and at most an envoy's title before the visitor ("a Minsk de un enviado de Trump")
_VISITOR_AFTER = re.compile(r"\s+(?:of|de|del)\s+(?:(?:a|an|the|un|una|el|la|los|las)\s+)?"
                            r"(?:(?:[\w-]+\s+){1,2}(?:of|de|del)\s+(?:(?:the|el|la)\s+)?)?")
_NEAR = re.compile(r"\b(?:around|near|off|alrededor de|alrededor del|cerca de|cerca del|frente a|frente al)\s+"
                   r"(?:(?:the|el|la|los|las)\s+)?$")
_UNKNOWN_OWNER = re.compile(r"\b[A-Z][\w-]+['\u2019]s\s+(?:[a-z][\w-]+\s+){0,2}$")  # an owner no actor names
_IN_PROTEST = re.compile(r"\b(?:in|en|como|senal de|as a|como una|a modo de)\s+$")  # not "took part in a protest"


def in_protest(ctx: Context, act: Act) -> bool:
    """"stayed away in protest", "retiró a su embajador en protesta por", "como protesta": the subject's
    act was its protest, whoever the subject is."""
    return act.family == "14" and _IN_PROTEST.search(ctx.folded[max(0, act.start - 14):act.start]) is not None


# "between" close after the act (a few words of its object first), then the parties (words of their organs first)
_BETWEEN = re.compile(r"\s*(?:[\w'-]+\s+){0,9}(?:between|entre)\s+(?:[\w'-]+\s+){0,6}")
_MEDIATING = frozenset({"mediate", "arbitrate", "mediar", "arbitrar", "intermediar"})


def between_pair(ctx: Context, act: Act) -> list[ActorMention]:
    """"un convenio de cooperación entre los ministerios de Chile y Perú", "an accord between X and Y":
    the two parties joined after "between"/"entre" in the act's window (two or more, else none)."""
    if not (MUTUAL & {act.family, *act.absorbed_families} or act.compound) or verb_lemma(ctx, act) in _MEDIATING:
        return []  # "medió entre La Habana y Washington": the two are mediated, they did not meet each other
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


def victim_verb(ctx: Context, act: Act) -> bool:
    """A verb whose subject suffers the act ("murieron", "resultaron heridos", "died")."""
    return act.family in VIOLENT and not act.nominal and verb_lemma(ctx, act) in cue_words("victim_verb", ctx.language)


VIOLENT = frozenset({"18", "19", "20"})
KILLING = frozenset({"kill", "massacre", "murder", "execute", "torture", "abduct", "kidnap", "matar", "asesinar",
                     "masacrar", "ejecutar", "torturar", "secuestrar"})  # verbs whose object is people


def _joined_passive_end(ctx: Context, act: Act) -> int:
    """Where a passive's agent may stand: past a second participle joined to it, which shares the agent
    ("fueron secuestradas y golpeadas por un millar de indígenas", "were beaten and robbed by")."""
    tokens = ctx.tokens
    k = next((i for i, t in enumerate(tokens) if t.start >= act.hi), len(tokens))
    if k + 1 >= len(tokens) or tokens[k].word not in ("and", "y", "e") or tokens[k].start != act.hi:
        return act.hi
    second = tokens[k + 1]
    if second.word == second.lemma or not second.word.endswith(("ed", "ado", "ada", "ados", "adas", "ido", "ida",
                                                                  "idos", "idas")):
        return act.hi
    end = ctx.clauses.span(k + 1, len(tokens))[1]
    return tokens[end - 1].end if end > k + 1 else act.hi


def _victims(ctx: Context, act: Act) -> list[ActorMention]:
    """Who suffered: the verb's own subject, else the actor right after it ("resultando heridas dos
    personas"); a subject carried over from an earlier verb is that verb's doer, no victim."""
    subjects, penalty = subjects_of(ctx, act)
    if subjects and penalty < 0.1:
        return subjects
    after = next((m for m in ctx.mentions if act.end <= m.start < act.hi), None)
    if after is None or len(ctx.folded[act.end:after.start].split()) > 3:
        return []
    return coordinated(ctx.folded, ctx.mentions, after, 1, act.end, act.hi)


def _attributive(ctx: Context, act: Act) -> bool:
    at = next((i for i, t in enumerate(ctx.tokens) if t.start >= act.start), None)
    if at is None or not at:
        return False
    verb, prev = ctx.tokens[at], ctx.tokens[at - 1]
    if prev.word != prev.lemma and prev.lemma.endswith(("ar", "er", "ir")):
        return False  # after a verb it describes that verb's subject ("se declaró decepcionado por")
    aux = cue_words("perfect_aux", ctx.language)  # "y cerrado la frontera" after "ha deportado" shares the "ha"
    return attributive_participle(verb.word, prev.word, ctx.language, aux) and not shares_perfect(ctx.tokens, at, aux)


def _discusses(ctx: Context, act: Act) -> bool:
    """A verb whose object is what is talked about ("discuss", "abordar"), not who is talked to; no seizure."""
    return act.family != "17" and verb_lemma(ctx, act) in cue_words("topic_verb", ctx.language)


def _nominal_act_roles(ctx: Context, act: Act) -> tuple[list, list, float, bool]:
    """The roles of an act told by a noun: its owner or "by" agent, and its object or the one it answers."""
    f, ms = ctx.folded, ctx.mentions
    sources, targets, penalty = nominal_roles(ctx, act)
    targets = no_own_forces(act, targets)
    if (act.answered or act.criticised) and penalty:
        # "rechazó una propuesta que ...", "condenó las sanciones europeas": whose act is not said, nor the judge's;
        # "summoned Algeria's ambassador to protest the expulsion of Nigerien migrants": the state protested to did it
        doer = [m for m in ctx.last_targets if m.country and not any(same_side(m, t) for t in targets)] \
            if act.criticised and targets and ctx.last_family == "14" else []
        return doer, (targets if doer else []), penalty, False
    if (act.joint or act.answered) and sources:
        sources = coordinated(f, ms, sources[0], 1, sources[0].start, act.hi)  # "de A y B", "de A, B y C"
    if act.joint and len({m.country for m in sources if m.country}) < 2:
        sources = clause_pair(f, ms, act.lo, act.start) or sources  # "A and B police ... in a joint operation"
    if act.joint and len({m.country for m in sources if m.country}) > 1:
        return sources, sources, penalty, False  # "joint drills by A and B on X": A and B cooperate
    if not sources and len(targets) > 1 and act.family in MUTUAL:
        sources = targets  # "talks between Cairo and Ankara": each side acts with the other
    elif not targets and len(sources) > 1 and act.family in MUTUAL:
        targets = sources  # "A and B pledged ties during a meeting": they met each other
    elif act.family == "13" and not targets and sources and comma_gerund(ctx, act):
        # "suspended all trade with India, warning that ...": the act's doer warns whom it was done to; after
        # "..., Kyiv said on Friday," the speaker warns about the act's doer
        speakers = gerund_after_speaker(ctx, act)
        sources = speakers or ctx.last_sources or sources
        # "..., warning Iran not to retaliate": the state right after the gerund is the one warned
        named = [m for m in ctx.mentions if m.start >= act.end and not f[act.end:m.start].strip() and m.country]
        targets = [m for m in named or (ctx.last_sources if speakers else ctx.last_targets)
                   if m.country and not any(same_side(m, s) for s in sources)]
    elif act.family in ANSWERED and act.answered and ctx.last_sources and not _addressed(ctx, act, targets):
        # "Peru rejected Chile's criticism", "dismissed a U.S. warning against supplying arms to Russia": what
        # is answered was aimed at whoever answers it, unless the noun names its addressee right after it
        answering = [m for m in ctx.last_sources if not any(same_side(m, x) for x in sources)]
        targets = answering or targets
    elif sources and not targets and ctx.last_sources and ANSWER_LEAD.search(f, max(0, act.start - 60), act.start):
        # "expelled two diplomats in retaliation for Washington's sanctions": the act answered was done to the one
        # answering it
        targets = [m for m in ctx.last_sources if m.country and not any(same_side(m, s) for s in sources)]
    elif sources and not targets and ctx.last_sources and responded_before(ctx, act):
        # "..., y Maduro respondió con la movilización de tropas": aimed at the one answered
        targets = [m for m in ctx.last_sources if m.country and not any(same_side(m, s) for s in sources)]
    if not sources and act.family == "04" and len(ctx.last_sources) > 1 and ctx.last_family in MEETING_OUTCOMES \
            and word_before(f, act.start) in AFTER_LEADS:
        # "A and B agreed to a ceasefire after talks in Putrajaya": the agreeing sides talked with each other
        # (a single agreeing side's talks "with X" were tried too: dev_gold 0.675 -> 0.671)
        sources, targets = ctx.last_sources, targets or ctx.last_targets
    if sources and not targets and (act.family == "13" or joined_measure(ctx, act)) \
            and any(same_side(s, m) for s in sources for m in ctx.last_sources):
        # "demanded that Maduro step down and said all options remained on the table", "... and ordered sanctions"
        targets = [m for m in ctx.last_targets if not any(same_side(m, s) for s in sources)]
    if sources and not targets:  # "Russia's annexation of Crimea", "los bombardeos rusos sobre Alepo"
        targets = struck_place(ctx, act, sources)
    if sources and not targets and act.criticised and (act.family >= "17" or act.family == "11"):
        # "Kabul condemned the Pakistani air strikes", "condenó las acusaciones de X": aimed at the condemner
        targets = [m for m in ctx.last_sources if m.country and not any(same_side(m, s) for s in sources)]
    if sources and not targets and verb_lemma(ctx, act) in VISITS:
        targets = visited_place(ctx, act, sources)  # "Biden's visit to Jeddah": to Saudi Arabia
    return sources, targets, penalty, False


VISITS = frozenset({"visit", "trip", "tour", "visita", "viaje", "gira"})
AFTER_LEADS = frozenset({"after", "following", "tras"})  # a meeting that led to the act before it
MEETING_OUTCOMES = frozenset({"03", "05", "06", "07", "08"})  # agreements, support, cooperation, aid, concessions
HANDING_OVER = frozenset({"extradite", "deport", "repatriate", "extraditar", "deportar", "repatriar"})


def _destination(ctx: Context, act: Act, subjects: list[ActorMention]) -> list[ActorMention]:
    """The state a person is handed to: after "to", or after a second Spanish "a" ("extraditó a X a Y"), or a
    state right after the first ("extraditó a Estados Unidos al empresario colombiano"); not a group of people."""
    f, ms = ctx.folded, ctx.mentions
    after = [m for m in ms if act.last_end <= m.start and m.end <= act.hi and m.country
             and not any(same_side(m, s) for s in subjects)]
    lead = ("a", "al") if ctx.language == "es" else ("to",)
    found = [m for i, m in enumerate(after) if word_before(f, m.start) in lead and not m.group
             and (ctx.language != "es" or i or m.kind in ("country", "capital"))]
    return found[-1:]


def _addressed(ctx: Context, act: Act, targets: list[ActorMention]) -> bool:
    """A target right after the noun and its preposition: "call on Venezuela", "la exigencia a Caracas",
    "las amenazas de EE.UU. contra Venezuela" (the owner's name does not count)."""
    return any(words_outside_names(ctx, act.last_end, m.start) <= 2 for m in targets)

def find_roles(ctx: Context, act: Act) -> tuple[list, list, float, bool]:
    """Sources, targets, a confidence penalty and whether the voice is passive."""
    f, ms = ctx.folded, ctx.mentions
    pair = between_pair(ctx, act)
    # "se firmó un convenio entre A y B", "an accord between A and B was signed": each side with the other;
    # a verb's own subject, or a nominal's own "by" or possessor (penalty 0), still leads.
    if pair and (nominal_roles(ctx, act)[2] if act.nominal else not find_subjects(ctx, act)):
        return pair, pair, 0.05, False
    if act.nominal:
        return _nominal_act_roles(ctx, act)
    aux = cue_regex("passive", r"\s+(?:\w+ly\s+)?$", language=ctx.language).search(f[max(0, act.start - 30):act.start])
    # "is sending", "is withdrawing from" are active
    passive = bool(aux) and act.participle and not f[act.start:act.end].split(" ")[0].endswith("ing")
    if passive:  # "Venezuela was sanctioned by Washington", "bombers were sent to Caracas by Moscow"
        sources = find_agent(f, ms, act.last_end, _joined_passive_end(ctx, act), {"by", "por"}) or (
            find_agent(f, ms, act.last_end, act.hi, {"from", "de", "del"}) if verb_lemma(ctx, act) in (
                "expel", "expulsar", "deport", "deportar") else [])  # "were expelled from Britain": by the state left
        if not sources and act.family in VIOLENT:  # "were killed in a clash with Chinese troops"
            sources = attacker_after(ctx, act)
        before = [m for m in find_subjects(ctx, act) if m not in sources]
        if not sources and act.family == "15" and before and all(m.sector == "MIL" for m in before):
            # "Colombian troops were put on alert near Venezuela": a state readies its own forces
            return before, find_targets(ctx, act, before, False), 0.05, False
        targets = before or find_targets(ctx, act, sources, False)
        if not targets and act.family in MUTUAL and len({m.country for m in sources if m.country}) > 1:
            targets = sources  # "the accord was signed by Russia and Venezuela": each with the other
        return sources, targets, 0.05, True
    if (reduced := reduced_passive(ctx, act)) is not None:  # "the sanctions imposed by Washington on Iran"
        agent, described, past_agent = reduced
        return agent, described or find_targets(ctx, past_agent, agent, False), 0.05, True
    if victim_verb(ctx, act):
        return attacker_after(ctx, act), _victims(ctx, act), 0.05, False
    if act.participle and not act.source and _attributive(ctx, act):
        return [], [], 0.0, False  # "soldados asesinados en un ataque": the soldiers are no doers
    if not act.source and (giver := arrival_giver(ctx, act)):  # "tanks from Germany have arrived in Ukraine"
        return giver, _active_targets(ctx, act, giver), 0.05, False
    subjects, penalty = ([act.source], 0.0) if act.source else subjects_of(ctx, act)
    if (caused := caused_subject(ctx, act)) is not None:  # "which led Britain to summon the envoy"
        subjects, penalty = [caused], 0.0
    if (sent := document_sender(ctx, act)) is not None:  # "sent Germany a note demanding reparations"
        return sent[0], sent[1], 0.05, False
    if ctx.last_sources and comma_gerund(ctx, act) and not gerund_after_speaker(ctx, act):
        subjects = ctx.last_sources  # "threatened to block the bids to join NATO, accusing Stockholm of"
    subjects = [m for m in subjects if not any(m is x for x in mediators(ctx))] or subjects  # no party either
    if act.joint and len({m.country for m in subjects if m.country}) > 1:
        return subjects, subjects, penalty, False  # "A and B held joint drills near C": with each other
    if act.recv:  # "Venezuela received bombers from Russia": the giver is the source
        givers = receivers_givers(ctx, act)
        if givers and not subjects:  # "el incidente provocó una queja de Chile ante Perú": made before Peru
            subjects = [m for m in find_targets(ctx, act, givers, False) if m not in givers]
        # no giver: no event, but the buyer is the subject a joined verb goes on with ("compró pesos y cerró")
        return (givers, subjects, penalty + 0.05, False) if givers else ([], subjects, 0.0, False)
    return subjects, _active_targets(ctx, act, subjects), penalty, False


# "agreed to a ceasefire at a meeting hosted by Malaysia", "en una reunión organizada por el primer ministro malasio":
# the host of a joint act is where it happened, not a party to it
_HOSTED_BY = re.compile(r"\b(?:hosted|organi[sz]ed|convened|sponsored|organizada|organizado|auspiciada|auspiciado|"
                        r"convocada|convocado|patrocinada|patrocinado) (?:by|por) (?:[\w-]+ ){0,4}?$")


def _active_targets(ctx: Context, act: Act, subjects: list[ActorMention]) -> list[ActorMention]:
    """The targets of an active verb: the pattern's, else the first actor after it; the topic of talk is
    none; a joint subject acting alone acts on itself; a rejection or complaint naming no one answers
    another act of the sentence."""
    f, ms = ctx.folded, ctx.mentions
    if (named := named_act_targets(ctx, act, subjects)) is not None:
        return named  # "in what Moscow described as cooperation": its own framing; "una decisión que X calificó"
    if act.target is not None and not any(same_side(act.target, s) for s in subjects) \
            and not in_relative(f[act.end:act.target.start]):
        targets = coordinated(f, ms, act.target, 1, act.last_end, act.hi)
    else:
        targets = find_targets(ctx, act, subjects, act.family == "02")
    if _discusses(ctx, act):  # "Russia discussed Venezuela with China": the object is the topic
        targets = find_agent(f, ms, act.last_end, act.hi, {"with", "con"})
    # a meeting walked out of or boycotted is absorbed by the protest, which is no mutual act
    mutual = MUTUAL & {act.family, *(act.absorbed_families if act.family != "14" else ())}
    if (mutual or act.compound) and len({m.country for m in subjects if m.country}) > 1 \
            and targets and all(t.is_place or t.sector == "CVL" or (t.group and not t.country)
                                or (t.sector == "IGO" and VENUE_BEFORE.search(f, max(0, t.start - 12), t.start))
                                or _HOSTED_BY.search(f, max(0, t.start - 45), t.start) is not None
                                for t in targets):
        # "A and B agreed to hold a summit in Singapore": with each other, not with the venue ("at a U.N. base");
        # "intercambiaron información A y B para desarticular una red de trata": nor with the people a purpose names
        targets = []
    if verb_lemma(ctx, act) in HANDING_OVER and (dest := _destination(ctx, act, subjects)):
        targets = dest  # "extradited Alex Saab to the United States": to the state receiving him
    victims = all(t.group and not t.country for t in targets) if targets else verb_lemma(ctx, act) in KILLING
    if act.family in VIOLENT and ctx.last_sources and victims and accused_of(ctx, act):
        # "Ucrania acusó a Rusia de matar a civiles": the people an accuser says were attacked are its own
        targets = [m for m in ctx.last_sources if m.country and not any(same_side(m, s) for s in subjects)] or targets
    elif act.family in VIOLENT and targets and victims:
        targets = struck_place(ctx, act, subjects) or targets  # "killed civilians in Aleppo": Syria's people
    if act.family in VIOLENT and targets:
        targets = housed_troops(ctx, targets) or targets  # "bases housing U.S. troops": aimed at the troops
    return borrowed_targets(ctx, act, subjects, no_own_forces(act, targets), bool(mutual or act.compound))
