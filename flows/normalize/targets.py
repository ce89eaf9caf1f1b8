"""Targets of an act: the candidate actors after it, and the agent a preposition names.

The first actor after the verb in its window is the target (several when joined by "and"/"y"), skipping
what the words before it mark as no target: a place ("in Caracas"), a topic ("about the future of X"), an
origin ("un buque procedente de Cuba"), a mediator, or an actor inside a relative clause on the object.
Bare demonyms are taken as adjectives first ("Chinese loans"), unless they follow a Spanish event noun,
which they own ("el bloqueo estadounidense").
"""
from __future__ import annotations

import re

from flows.normalize.actors import ActorMention
from flows.normalize.behest import requested_by
from flows.normalize.mediation import mediators
from flows.normalize.modality import cue_words
from flows.normalize.phrases import time_words
from flows.normalize.roles_base import (
    ANSWER_LEAD,
    NAMER_LEAD,
    Act,
    Context,
    coordinated,
    in_its_capital,
    no_own_forces,
    same_side,
    titled_after,
    word_before,
)

_WORDS = re.compile(r"[\w']+")  # compiled once
# where "in X" names a place, not a target; also seizures and arrests ("seized a plane in the Dominican Republic")
PLACE_FAMILIES = {"02", "04", "05", "10", "11", "12", "13", "14", "17"}
_FROM_TARGET = {"02", "16"}  # "requested aid from Moscow", "halted imports from Venezuela"
_PLACE_RETRY = {"02", "10", "11", "12", "13"}  # "demanded elections in Venezuela": the place is the target
_BOYCOTT = re.compile(r"boycott|boicot")  # "boycotted the Olympic Games in Russia": the host is the target
MUTUAL = {"03", "04", "05", "06", "19"}  # a compound subject acting alone acts on itself: "A and B met"
# "agreed on Venezuela", "discutieron sobre Venezuela": what cooperative talk is about is no party to it
TALK_FAMILIES = MUTUAL - {"19"}
NOMINAL_SOURCE_PREPS = {"by", "por"}
FORUM_PREPS = frozenset({"ante", "before", "at"})  # "denunció ante la ONU", "protested at the U.N. against X"
NOMINAL_TARGET_PREPS = {"of", "on", "against", "to", "with", "toward", "towards", "over", "between",
                        "de", "del", "contra", "a", "al", "sobre", "con", "entre", "hacia"}
# more by family: "aid for Kyiv", "the withdrawal of its troops from Syria", "an investigation into Moscow's role",
# a complaint "ante" a state ("una queja formal de Argentina ante Israel"), drills "around" or "near" a state
NOMINAL_TARGET_EXTRA = {"07": frozenset({"for", "para"}), "08": frozenset({"from", "desde"}), "09": frozenset({"into"}),
                        "11": frozenset({"ante"}), "15": frozenset({"around", "near", "off", "alrededor", "cerca"})}


def _target_pool(ctx: Context, act: Act, sources: list[ActorMention], level: int) -> list[ActorMention]:
    """Candidate targets; ``level`` 0 is strict, 1 also takes "from"/place-marked actors, 2 also demonyms."""
    f, family, pool = ctx.folded, act.family, []
    not_target = cue_words("not_target", ctx.language) - ({"from"} if family in _FROM_TARGET else set())
    for m in ctx.mentions:
        if not (act.end <= m.start and m.end <= act.hi) or (m.kind == "demonym" and level < 2
                                                             and not _owner_of_event_noun(ctx, act, m)
                                                             and not _people_after_personal_a(ctx, m)
                                                             and not _attacked_by_demonym(ctx, act, m)
                                                             and not _shares_noun(ctx, m)):
            continue  # a bare demonym is first taken as an adjective ("Chinese loans"), not a recipient
        if _REPORTS_AFTER.match(f, m.end) and f[:m.start].rstrip().endswith(","):
            continue  # "after four days of strikes, Donald Trump announced": the speaker is no party
        prep = word_before(f, m.start)
        topic = family in TALK_FAMILIES and prep in cue_words("topic", ctx.language) \
            and not _BEHALF.match(f, m.end)  # "visited them on OPEC's behalf": for whom, not what about
        retry = family in _PLACE_RETRY or (family == "14" and _BOYCOTT.match(f, act.start) is not None)
        place = prep in cue_words("place", ctx.language) and family in PLACE_FAMILIES \
            and not (level and retry) and not _AIMED_AT.fullmatch(f, act.end, m.start)
        place = place and not (family == "13" and _FORCE_IN.search(f, max(act.end, m.start - 40), m.start))
        place = place or (family in PLACE_FAMILIES and (
            _CITY_COMMA.search(ctx.sentence, max(0, m.start - 40), m.start) or in_its_capital(f, m)))
        from_kept = (prep == "from" and family == "10" and _ASKED_FROM.search(f, max(0, m.start - 40), m.start)) or (
            family in ("09", "16") and _GOODS_ORIGIN.search(f, max(act.end, m.start - GOODS_REACH), m.start))
        if (prep in not_target and level == 0 and not from_kept) or topic or place or (
                family in ("M", "07") and prep in ("from", "desde")) or (level < 2 and requested_by(ctx, m)):
            continue  # "at the request of X": X asked, a target only when none else is; "arriving from China",
            # "as supplies from Ukraine fell": where it comes from
        before = f[max(act.end, m.start - 60):m.start]
        # goods "procedentes de Brasil" come from whom a trade probe or ban is aimed at; a ship's origin is no target
        origin = _ORIGIN.search(before[-30:]) and not (family in ("09", "16") and _GOODS_ORIGIN.search(
            f, max(act.end, m.start - GOODS_REACH), m.start))
        if (TOPIC.search(before) and family != "09") or origin or (
                family not in MISSION_ACTS and _MISSION_SEAT.search(before[-30:])):
            continue  # "accusations about the future of Ukraine", "un buque procedente de Cuba": no target
        if any(m is x for x in mediators(ctx)) or (len({s.country for s in sources}) > 1 and _PROPOSED_BY.search(
                f, max(act.end, m.start - 50), m.start)):  # "A y B aceptaron un alto el fuego propuesto por X"
            continue  # "se reunieron con la mediación de Turquía": the mediator is no party; nor is the proposer
        if (family in _JUDGING and _VICTIM_OF.search(f, max(act.end, m.start - 40), m.start)) or (
                family == "09" and _HARMED_PERSON_OF.search(f, max(act.end, m.start - 40), m.start)):
            continue  # "condemned the invasion of Ukraine", "investigation into the killing of a Georgian man"
        if family in ("18", "19", "20") and ((prep in ("con", "with") and _WEAPON.match(f, m.start)) or (
                prep == "en" and _PERSONAL_OBJECT_NEXT.match(f, m.end))):
            continue  # "atacó Gaza con aviones estadounidenses" (the weapons), "mató en Bagdad al general iraní"
        if NAMER_LEAD.search(f, max(0, m.start - 16), m.start):
            continue  # "freed ten prisoners, in what Madrid described as": Madrid names the act, no party to it
        if family in _SENDING_OR_FIRING and _instrument_before_target(ctx, act, m):
            continue  # "fired North Korean missiles at Ukraine", "sent Iranian drones to X": the weapons' origin
        if family < "11" and ANSWER_LEAD.search(f, max(act.end, m.start - 60), m.start):
            continue  # "deployed warships in response to Chinese drills": whom it answers is no recipient
        if family == "17" and _CARGO_TO.search(f, max(act.end, m.start - 60), m.start):
            continue  # "seized a tanker carrying Iranian crude to Syria": where the cargo went, not whose it is
        if family == "14" and prep in ("over", "por"):
            continue  # "boycotted the event over Ukraine": the cause of a protest is not whom it is aimed at
        if in_relative(f[act.end:m.start]):
            continue  # "rejected a plan that would allow strikes on Iran": the clause describes the object
        if not any(same_side(m, s) for s in sources):
            pool.append(m)
    # A group with no country is a target only when no other actor is ("Russia sent advisers to Caracas");
    # counted nationals come before an IGO ("expelled 500 Afghans, the U.N. agency said")
    nationals = [m for m in pool if m.group and m.country]
    pool = sorted(pool, key=lambda m: requested_by(ctx, m)) if level >= 2 else pool  # the asker only if none else
    return [m for m in pool if not m.group and not (nationals and m.sector == "IGO")] or nationals or pool


# "threatened military action in Venezuela", "no descarta una opción militar en Venezuela": force threatened
# "in" a state is aimed at it, no mere place
_FORCE_IN = re.compile(r"(?:military\s+\w+|\w+\s+militar(?:es)?|invasion|intervention|intervencion|strikes?|ataques?|"
                       r"bombardeos?)\s+(?:in|en)\s+(?:the\s+)?$")

# the one who put forward what a pair of states accepts or signs: "un alto el fuego propuesto por Donald Trump"
_PROPOSED_BY = re.compile(r"\b(?:propuest[oa]s?|anunciad[oa]s?|planteado|impulsad[oa]|proposed|announced|put forward)"
                          r"\s+(?:por|by)\s+(?:(?:el|la|the)\s+)?(?:[\w-]+\s+){0,3}$")
_CARGO_TO = re.compile(r"\b(?:carrying|transporting|loaded with|bound for|con destino a|que transportaba|cargad[oa] "
                       r"de)\b[^,;]*\b(?:to|a|al|hacia)\s+$|\b(?:bound for|con destino a)\s+$")
_PRESENCE_OF = re.compile(r"\b(?:presence|participation|attendance|invitation|presencia|participacion|asistencia|"
                          r"invitacion)\s+(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?$")
# "took aim at X", "irrumpió en la embajada de México": right after the verb (and its own "at"/"en") is whom it hits
_AIMED_AT = re.compile(r"\s*(?:at\s+)?(?:(?:the|la|el|los|las)\s+)?")

# "demanded guarantees from Washington that ...": what is asked, then whom it is asked of
_ASKED_FROM = re.compile(r"\b(?:guarantees?|assurances?|explanations?|apology|apologies|compensation|answers?|"
                         r"clarifications?|commitments?|concessions?)\s+from\s+(?:the\s+)?$")
# ", Donald Trump announced": the speaker of a report that closes the sentence
_REPORTS_AFTER = re.compile(r"(?:'s(?:\s+[\w-]+){1,3}?)?\s+(?:said|says|announced|announces|added|told|stated|"
                            r"reported|confirmed|dijo|anuncio|informo|afirmo|aseguro|declaro|senalo|indico|confirmo)\b"
                            r"|(?:\s+[\w-]+){0,2}?\s+(?:data|figures|statistics|records)\s+show")  # "U.S. data show"
# "met in Busan, South Korea": the state after a named town and a comma says where the town is
_CITY_COMMA = re.compile(r"\b(?:in|at|en)\s+(?:[A-Z][\w.'-]*\s+){0,2}[A-Z][\w.'-]*,\s*$")


def _owner_of_event_noun(ctx: Context, act: Act, m: ActorMention) -> bool:
    """A Spanish demonym right after the noun of an event owns it: "criticó el bloqueo estadounidense contra
    Cuba" criticises the United States, whose blockade it is. So does an English one right before it, when the act
    judges that event: "condemned the Russian invasion of Ukraine" condemns Russia."""
    if ctx.language == "es":
        return any(ctx.folded[end:m.start].isspace() for end in ctx.event_noun_ends if end < m.start) or (
            act.family in _JUDGING | {"05"} and _PROPOSAL_BEFORE.search(ctx.folded, max(0, m.start - 20), m.start)
            is not None) or (act.family in _JUDGING and _ATTACK_BEFORE.search(ctx.folded, max(0, m.start - 20),
                                                                              m.start) is not None)
    return act.family in _JUDGING and (any(ctx.folded[m.end:start].isspace() for start in ctx.event_noun_starts
                                           if start > m.end) or _ATTACK_AFTER.match(ctx.folded, m.end) is not None)


_PERSONAL_OBJECT_NEXT = re.compile(r"\s+(?:a|al)\s")  # the object after the place: "mató en Bagdad al general"
_JUDGING = frozenset({"11", "12", "14"})  # criticism, rejection, protest
# the victim of an attack named by a noun: "the invasion of Ukraine", "la anexión de Crimea", "attacks on X",
# "bombardeos contra Gaza" (after "ataque de" / "bombardeo de" a Spanish name is the attacker)
# the person harmed, named after the harm an investigation looks into: no one investigated
_HARMED_PERSON_OF = re.compile(r"\b(?:killings?|murders?|deaths?|poisoning|assassination|abduction|kidnapping|"
                               r"disappearance|asesinato|muerte|envenenamiento|secuestro|desaparicion)\s+(?:of|de|del)"
                               r"\s+(?:(?:a|an|the|two|three|un|una|el|la|los|las|dos|tres|\d+)\s+)?$")
_VICTIM_OF = re.compile(r"\b(?:(?:invasions?|occupation|annexation|bombings?|shelling|bombardments?|invasion|ocupacion|"
                        r"anexion)\s+(?:of|de|del)|(?:attacks?|strikes?|airstrikes?|bombings?|bombardments?|shelling|"
                        r"aggression|invasions?|ataques?|bombardeos?|agresion|invasion|ofensiva)\s+(?:on|against|contra|"
                        r"sobre))\s+(?:the\s+|la\s+|el\s+)?$")
# "condenó el ataque israelí contra ...", "condemned the Israeli strike on ...": the attack's owner is judged
_ATTACK_BEFORE = re.compile(r"\b(?:ataques?|bombardeos?|atentados?|ofensiva|agresion|incursion)\s+$")
_ATTACK_AFTER = re.compile(r"\s+(?:air\s+|drone\s+|missile\s+)?(?:attacks?|strikes?|bombings?|raids?|offensive|"
                           r"aggression|incursion)\b")
_PROPOSAL_BEFORE = re.compile(r"\b(?:el|la|los|las|un|una)\s+(?:propuestas?|plan|planes|iniciativas?|ofertas?|"
                              r"posicion|postura|politicas?|medidas?|decision|proyecto)\s+$")

# "liberó a diez estadounidenses", "expulsó a los rusos": after the personal "a" a plural demonym names people
_PERSONAL_A = re.compile(r"\ba\s+(?:(?:los|las|unos|unas|sus|[\d.,]+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|"
                         r"diez|once|doce|veinte|treinta|cuarenta|cincuenta|cien|cientos|decenas de|miles de)\s+)*$")

_LIST_JOIN = re.compile(r"\s*(?:,|and|y|e)\s+")


def _shares_noun(ctx: Context, m: ActorMention) -> bool:
    """A bare demonym joined to a noun another demonym qualifies shares that noun: "expelled Russian and Iranian
    diplomats", "sancionó a empresas rusas y chinas"."""
    joined = _LIST_JOIN.match(ctx.folded, m.end)
    nxt = next((x for x in ctx.mentions if joined and x.start == joined.end() and x.kind != "demonym"), None)
    if nxt is not None and nxt.group == m.group and nxt.country != m.country:
        return True
    prev = next((x for x in ctx.mentions if x.end <= m.start and _LIST_JOIN.fullmatch(ctx.folded, x.end, m.start)),
                None)
    return ctx.language == "es" and prev is not None and prev.kind != "demonym" and prev.country != m.country \
        and _ENDS_IN_DEMONYM.search(prev.text) is not None


_ENDS_IN_DEMONYM = re.compile(r"\w+(?:os|as|es)$")


def _people_after_personal_a(ctx: Context, m: ActorMention) -> bool:
    return ctx.language == "es" and m.text.endswith("s") and _PERSONAL_A.search(ctx.folded, 0, m.start) is not None


_SENDING_OR_FIRING = frozenset({"07", "18", "19", "20", "M"})
_TARGET_PREPS = re.compile(r"\s(?:at|to|on|against|into|toward|towards|a|al|contra|sobre|hacia)\s+"
                           r"(?:the\s+|la\s+|el\s+)?$")


def _instrument_before_target(ctx: Context, act: Act, m: ActorMention) -> bool:
    """Weapons named with their maker's demonym as the verb's object, with a target after a preposition later."""
    if not _WEAPON_WORD.search(ctx.folded, m.start, m.end) or word_before(ctx.folded, m.start) \
            in ("at", "on", "against", "contra", "sobre"):
        return False
    return any(m.end < x.start <= act.hi and x.country and _TARGET_PREPS.search(ctx.folded, x.start - 12, x.start)
               for x in ctx.mentions)


_WEAPON = re.compile(r"(?:aviones|misiles|drones|cohetes|armas|tanques|bombas|proyectiles|jets|missiles|rockets|"
                     r"weapons|tanks|aircraft|planes|bombs|shells)\b")
_WEAPON_WORD = re.compile(rf"\b{_WEAPON.pattern}")  # a weapon noun anywhere inside a mention


def _attacked_by_demonym(ctx: Context, act: Act, m: ActorMention) -> bool:
    """Violence against what a demonym qualifies is against that state: "bombardeó posiciones iraníes en Siria"
    attacks Iran, not the place; not an instrument ("con misiles iraníes"). In English only a place the demonym
    locates counts ("killed civilians in the Ethiopian city of Axum": Ethiopia)."""
    if act.family not in ("18", "19", "20") or (ctx.language != "es" and not _PLACE_NOUN.match(ctx.folded, m.end)):
        return False
    return not {"con", "with"} & set(ctx.folded[max(act.end, m.start - 30):m.start].split()[-3:])


# English puts the demonym before the place it locates: "the Ethiopian city of Axum", "a Ukrainian village"
_PLACE_NOUN = re.compile(r" (?:(?:border|frontier|port|capital|coastal|southern|northern|eastern|western) )?(?:city|"
                         r"town|village|port|capital|province|region|district|territory|enclave|island|oblast)\b")

_BEHALF = re.compile(r"(?:'s)?\s+behalf\b")
# "over the crisis of", "sobre el futuro de", "hailed as the failure of": what a statement is about, not
# whom it is addressed to (an investigation is aimed at what it is about: "una investigación sobre el papel de X").
TOPIC = re.compile(r"\b(?:(?:about|over|regarding|concerning|as|sobre|acerca de|respecto a|como)\s+"
                   r"(?:the |el |la |los |las )?(?:[\w-]+\s+){1,2}(?:of|in|de|del|en)|"
                   # "the autonomy plan for Western Sahara", "el plan marroquí para el Sáhara": what the plan is for
                   r"(?:plan|plans|proposal|propuesta|initiative|iniciativa|roadmap)\s+(?:[\w-]+\s+){0,3}?(?:for|para))"
                   r"\s+(?:the |el |la |los |las )?$")


# A defining relative clause after the object noun ("una propuesta que abría ..."); "de que", "so that" and a "que"
# right after the verb ("exigió que Rusia ...") introduce the verb's own complement instead. Time and manner words
# before "que" leave it a complementizer ("prometió el miércoles que", "pidieron de forma conjunta que"); "lo que" is
# "what" ("bombardeó lo que describió como escondites en la provincia iraní": the object named, Iran its place).
_RELATIVE = re.compile(r"\b(?!(?:de|lo|so|such|now|lunes|martes|miercoles|jueves|viernes|sabado|domingo|hoy|ayer|"
                       r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|veces|times|"
                       r"\w+mente|conjunta|jointly|publicly|formally|repeatedly|again|also|tambien)\s)\w+\s+"
                       r"(?:que|which|that|who|whom|quien|quienes)\s")


def in_relative(gap: str) -> bool:
    """The actor after ``gap`` sits inside a relative clause on the object, not as that clause's subject
    ("a plan that would allow strikes on Iran", but "the troops that Syria requested")."""
    rel = _RELATIVE.search(gap)
    return rel is not None and gap[rel.end():].strip() != ""


_ORIGIN = re.compile(r"\b(?:procedentes?|provenientes?|originari[oa]s?|coming|originating|bound|destined) "
                     r"(?:de|from|for|in|to)\s+$")
GOODS_REACH = 100  # "las importaciones de neumáticos para camiones y autobuses procedentes de China"
_GOODS_ORIGIN = re.compile(r"\b(?:imports?|exports?|goods|products|importacion(?:es)?|exportacion(?:es)?|productos|"
                           r"mercancias|steel|acero|aluminu?m|aluminio|panels?|paneles|tires|tyres|neumaticos|"
                           r"vehicles|vehiculos)\b[^,;]*\b(?:procedentes?|provenientes?|originari[oa]s?|originating|"
                           r"coming|imported|importad[oa]s) (?:de|from)\s+$")
# "refugiado en su embajada en Londres": where a mission sits is not whom the act is aimed at, unless the act
# is done to the mission itself ("closed its embassy in Caracas", "reabrió su embajada en La Habana").
_MISSION_SEAT = re.compile(r"\b(?:embajadas?|consulados?|embass(?:y|ies)|consulates?) (?:en|in)\s+$")
MISSION_ACTS = frozenset({"04", "05", "16"})
# goods and measures a state's name qualifies ("U.S. aid", "Russian arms"): the subject's own, given or withheld
_OWN_GOODS = re.compile(r"\s+(?:military\s+|economic\s+|humanitarian\s+|financial\s+)?(?:aid|assistance|funding|"
                        r"loans?|credits?|arms|weapons|troops|forces|sanctions|tariffs)\b")
_OBJECT_OPENING = re.compile(r"\b(?:the|its|their)(?: [\w'-]+)? $")  # "the", "the decades-old"
_ATTRIBUTIVE = re.compile(r" (?!(?:and|or|to|on|of|in|for|with|that|who|which|said|says)\b)[a-z][a-z-]+\b")
_OWN_STANCE = re.compile(r"'s\s+(?:[\w-]+\s+)?(?:support|backing|commitment|solidarity|opposition|rejection|"
                         r"condemnation|friendship|recognition)\b")


def domestic_object(ctx: Context, act: Act, sources: list[ActorMention]) -> bool:
    """The verb's own object is the subject's state ("the candidate blasted the Bush administration for ...",
    "el parlamento rechazó una propuesta del gobierno"): a domestic act, not one toward a later actor."""
    # an inverted subject ("exhortó el presidente X al gobierno de Y") is no object
    first = next((m for m in ctx.mentions if act.end <= m.start < act.hi and m not in sources), None)
    if first is None or not any(same_side(first, s) for s in sources) or first.is_place:
        return False  # "recibió en Pekín al presidente cubano": where it happened is no object
    if re.match(r"\s*(?:,|and\b|y\b|e\b)", ctx.folded[first.end:]):
        return False  # "met Russian officials and Maduro": the object goes on
    if first.kind == "demonym" and ctx.sentence[first.start:first.end].endswith("s") \
            and ctx.sentence[first.start:first.start + 1].isupper():
        return False  # "barred Americans from doing business with Cuba": its own people, the act aims further
    if _OWN_STANCE.match(ctx.folded, first.end):
        return False  # "reaffirmed Belgrade's support for China": the subject's own stance, aimed further on
    gap = ctx.folded[act.end:first.start]
    if (first.kind == "demonym" and ctx.sentence[first.start].islower()) or _OWN_GOODS.match(ctx.folded, first.end):
        return False  # "suspended U.S. aid to Colombia", "suspendió la ayuda estadounidense a": whose aid, not to whom
    if _ATTRIBUTIVE.match(ctx.sentence, first.end) and _OBJECT_OPENING.search(gap):
        return False  # "lifted the U.S. arms embargo on Vietnam": the name describes the object, whose target follows
    return len(re.findall(r"\w+", gap)) <= 3 and not re.search(r"[,;]|\b(?:to|with|a|al|con|que|that)\b", gap)


def find_targets(ctx: Context, act: Act, sources: list[ActorMention], everyone: bool) -> list[ActorMention]:
    f = ctx.folded
    pool: list[ActorMention] = []
    if domestic_object(ctx, act, sources):
        return pool
    if act.family == "14" and (present := [m for m in ctx.mentions if act.end <= m.start and m.end <= act.hi
                                           and m.country and not any(same_side(m, s) for s in sources)
                                           and _PRESENCE_OF.search(f, max(0, m.start - 30), m.start)]):
        return present  # "boycotted an OSCE meeting over the presence of Russia's Lavrov": aimed at Russia
    if act.family == "09" and (probed := _probed_doer(ctx, act, sources)):
        return probed
    hosts: list[ActorMention] = []
    # "..., American intelligence officials said": the speaker of a reporting verb after the act is no target
    speakers = {id(m) for found in ctx.subjects_at.values() for m in found
                if m.start > act.end and _AFTER_COMMA.search(f, max(0, m.start - 40), m.start)}
    for level in (0, 1, 2):  # "rejected a request from Caracas", "a Venezuelan request"
        pool = [m for m in no_own_forces(act, _target_pool(ctx, act, sources, level)) if id(m) not in speakers]
        # "denunció ante la ONU el bloqueo de EE.UU.": an IGO after "ante" or "at" is the forum when a state
        # follows; "vetoed an Algerian-drafted Security Council resolution": the council only hosts the draft
        forums = [m for m in pool if m.sector == "IGO" and (word_before(f, m.start) in FORUM_PREPS or (
            act.family == "11" and word_before(f, m.start) == "with"))]  # "filed a complaint with the WTO against X"
        drafts = [m for m in pool if act.family == "12" and m.sector == "IGO" and _RESOLUTION_AFTER.match(f, m.end)]
        hosts = hosts or forums + drafts
        pool = [m for m in pool if m not in forums + drafts and (not drafts or _drafter(f, m))]
        if pool:
            break
    pool = pool or hosts
    if everyone:  # appeals: each addressee after the first is joined by "and", a comma, "to" or "a", close to the
        # one before ("urged Russia and China to"); "urged the US to cancel a sale of tanks to Taiwan": the content's
        return [m for i, m in enumerate(pool) if not i or (_NEXT_ADDRESSEE.search(f, 0, m.start)
                                                          and len(re.findall(r"\w+", f[pool[i - 1].end:m.start])) <= 3)]
    if not pool:
        return pool
    group = coordinated(f, ctx.mentions, pool[0], 1, act.end, act.hi)
    # An actor right before the next clause's verb is its subject, not a second target; not before a subordinating
    # word ("to Poland and Bulgaria after both refused"), ", saying", ", which", ", cuyos"; days aside ("on Monday")
    between = [w for w in re.findall(r"\w+", f[group[-1].end:act.hi]) if w not in time_words() and w != "on"]
    if len(group) > 1 and len(between) <= 2 and act.hi < len(f) - 1 and not _SUBORDINATE.match(f, act.hi) \
            and not (_NO_SUBJECT_AFTER.match(f, act.hi) or _NO_SUBJECT_AFTER.match(f, group[-1].end)) \
            and group[-1].start != group[-2].start:  # "the two Baltic states" stands for both
        group.pop()
    return _earlier_conjuncts(ctx, act, group[0], sources) + [g for g in group if g in pool]


_NO_SUBJECT_AFTER = re.compile(r"\s*,\s*(?:\w+ing|which|who|whose|que|quienes|cuy[oa]s?)\b")
_AFTER_COMMA = re.compile(r",\s+(?:(?:the|el|la|los|las)\s+)?$")  # "..., American officials said"; "..., según el
_RESOLUTION_AFTER = re.compile(r"\s+(?:(?:draft\s+)?(?:resolutions?|drafts?|motions?)|(?:(?:un|una|el|la)\s+)?"
                               r"(?:proyecto\s+de\s+resolucion|resolucion|borrador))\b")  # "vetó en la ONU un proyecto"
_DRAFTED = re.compile(r"-(?:drafted|sponsored|proposed|backed)\b")
_DRAFTED_BY = re.compile(r"\b(?:drafted|sponsored|proposed|presented|put forward|submitted|presentad[oa]|propuest[oa]|"
                         r"impulsad[oa]) (?:by|por) (?:the |el |la )?$")


def _drafter(f: str, m: ActorMention) -> bool:
    """The state that drafted a resolution: "an Algerian-drafted ...", "... drafted by Algeria"."""
    return _DRAFTED.match(f, m.end) is not None or _DRAFTED_BY.search(f, max(0, m.start - 30), m.start) is not None


# "urged Russia and China to", "called on North Korea and the United States to": the next addressee of an appeal
_NEXT_ADDRESSEE = re.compile(r"(?:,|\b(?:and|y|e|to|a|al))\s*(?:(?:the|el|la|los|las)\s+)?$")
_CONJUNCTION_GAPS = frozenset({",", "and", "y", "e", ", and", ", y"})


def _earlier_conjuncts(ctx: Context, act: Act, first: ActorMention, sources: list[ActorMention]) -> list[ActorMention]:
    """"imports from China and Vietnam", "procedentes de Brasil y Corea del Sur": states joined to the first target
    by "and", "y" or a comma before it, which their preposition ("from") kept out of the candidates."""
    out: list[ActorMention] = []
    for m in reversed([m for m in ctx.mentions if act.end <= m.start and m.end <= first.start]):
        head = out[0] if out else first
        if ctx.folded[m.end:head.start].strip() not in _CONJUNCTION_GAPS or not m.country or m.group \
                or any(same_side(m, s) for s in sources):
            break
        out.insert(0, m)
    return out


# the probe's own words may come first: "opened an inquiry (on Thursday) into whether"
_WHETHER = re.compile(r"(?:\s+[\w-]+){0,5}?,?\s+(?:(?:into|on|about|sobre|acerca de)\s+)?(?:whether|if|si)\s")


def _probed_doer(ctx: Context, act: Act, sources: list[ActorMention]) -> list[ActorMention]:
    """"investigating whether Russia ordered the killing", "investiga si Venezuela ordenó": what is probed is the
    question's subject, the first state after "whether"/"si"."""
    asked = _WHETHER.match(ctx.folded, act.last_end)
    first = next((m for m in ctx.mentions if asked and asked.end() <= m.start < asked.end() + 60), None)
    if first is None or first.country is None or any(same_side(first, s) for s in sources):
        return []
    return coordinated(ctx.folded, ctx.mentions, first, 1, asked.end(), len(ctx.folded))


_SUBORDINATE = re.compile(r"\s*(?:after|before|when|while|because|since|as|until|tras|despues|cuando|mientras|"
                          r"porque|pese|despite|amid)\b")


def find_agent(folded: str, mentions: list[ActorMention], lo: int, hi: int, preps: set[str]) -> list:
    for m in mentions:
        if lo <= m.start and m.end <= hi and (word_before(folded, m.start) in preps
                                              or titled_after(folded, m.start, preps)):
            return coordinated(folded, mentions, m, 1, lo, hi)
    return []
