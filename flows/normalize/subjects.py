"""The subject of a verb: the actor before it in its clause, a fronted gerund's main-clause subject, the Spanish
inverted subject ("anunció Rusia"), the actor a hidden clause describes, a reporter's subject, the claimer of
violence told with no doer, or the subject of the sentence's previous verb (:func:`subjects_of`)."""
from __future__ import annotations

import re
from functools import cache

from flows.normalize.accused import accused_of
from flows.normalize.actors import TITLE, ActorMention
from flows.normalize.contents import content_owner, opposed_text
from flows.normalize.modality import cue_regex, cue_words
from flows.normalize.passives import attack_noun_doer, attack_owner, claimer_after
from flows.normalize.phrases import INFINITIVE, time_words
from flows.normalize.roles_base import (
    Act,
    Context,
    closes_apposition,
    coordinated,
    joiner_gap,
    same_side,
    subject_after_comma,
    verb_lemma,
    word_before,
)
from flows.normalize.speakers import JOINED_VERBS, gerund_after_speaker, infinitive_after_speaker, speaker_joined
from flows.normalize.wordclass import GERUND_LEADS

_WORDS = re.compile(r"[\w']+")
_PARTICIPLE = re.compile(r"(?:ad|id)[oa]s?$|(?:ando|iendo|yendo)$")  # participles and gerunds


def _hidden_chars(ctx: Context, act: Act) -> list[tuple[int, int]]:
    spans = [(ctx.tokens[a].start, ctx.tokens[b - 1].end) for a, b in ctx.clauses.hidden] if ctx.clauses else []
    return [s for s in spans if s != act.hidden]


def find_subjects(ctx: Context, act: Act) -> list[ActorMention]:
    f, ms = ctx.folded, ctx.mentions
    hidden = _hidden_chars(ctx, act)
    pool = [m for m in ms if act.lo <= m.start and m.end <= act.start and id(m) not in ctx.used
            and _may_lead(ctx, m, act) and not any(a <= m.start < b for a, b in hidden)]
    # "Maduro, an ally of Moscow, asked ...": skip an actor wrapped in commas, unless a joiner puts it beside the
    # actor before ("el presidente de Ecuador, Daniel Noboa, y la mandataria peruana, Dina Boluarte, se reunieron")
    plain = [m for i, m in enumerate(pool) if not ("," in f[act.lo:m.start] and "," in f[m.end:act.start])
             or (i > 0 and _after_appositive(pool[i - 1], f[pool[i - 1].end:m.start]))] or pool
    if plain and (_adverbial_gerund(ctx, act) or protest_purpose(ctx, act)):
        # "Putin angered Tokyo by rebuffing ...", "miles marcharon hasta X para protestar": the clause's subject
        return coordinated(f, ms, plain[0], 1, act.lo, act.start)
    if plain:
        return coordinated(f, ms, plain[-1], -1, act.lo, act.start)
    return []


def _after_appositive(before: ActorMention, gap: str) -> bool:
    """", and", ", y de": the comma that closes the apposition of the actor before, then a joiner."""
    return closes_apposition(before) and gap.startswith(",") \
        and joiner_gap(gap, True).strip(" ,") in cue_words("joiner")


def _may_lead(ctx: Context, m: ActorMention, act: Act) -> bool:
    """No preposition before the actor, or one that still leaves it the subject: "after the two countries
    refused", ", with Oman's minister shuttling between them", "los cancilleres de Rusia y de China se reunieron"."""
    f = ctx.folded
    return word_before(f, m.start) not in cue_words("not_subject", ctx.language) or _conjunction_before(ctx, m, act) \
        or (_ABSOLUTE.search(f, 0, m.start) is not None and f[m.end:act.start] == " ") \
        or _REPEATED_DE.search(f, 0, m.start) is not None


_ABSOLUTE = re.compile(r", (?:with|con) $")
_REPEATED_DE = re.compile(r"\b(?:y|e) (?:de|del) $")
_CONJUNCTIONS = frozenset({"after", "before", "since", "until"})  # also prepositions ("after the talks")
# what may stand between that actor and its verb: auxiliaries, and "help" before the verb it helps do
_AUXILIARIES = frozenset({"had", "have", "has", "was", "were", "is", "are", "did", "would", "could", "also", "then",
                          "help", "helped", "helps", "to"})


def _conjunction_before(ctx: Context, m: ActorMention, act: Act) -> bool:
    """"after the two countries refused": a word that may be a preposition opens a clause when the actor after it
    stands right before the verb."""
    gap = _WORDS.findall(ctx.folded[m.end:act.start])
    if word_before(ctx.folded, m.start) not in _CONJUNCTIONS:
        return False
    if act.nominal:  # "after Peru announced the recognition of": the subject of the verb that governs the noun
        return len(gap) <= 4 and "," not in ctx.folded[m.end:act.start]
    return (all(w in _AUXILIARIES for w in gap) and len(gap) <= 2) or (  # "after Russian missiles and drones struck"
        len(gap) == 2 and gap[0] == "and" and gap[1].endswith("s"))


def protest_purpose(ctx: Context, act: Act) -> bool:
    """"marcharon para protestar", "stripped to protest": a protest named as the purpose of a verb. It happened
    (a purpose of any other kind is only aimed at), and whoever did that verb protests, not the place before it."""
    if act.nominal or word_before(ctx.folded, act.start) not in ("para", "to"):
        return False
    # "summoned the Russian ambassador to demand ...", "convocó al embajador para exigir": said at the summons
    return act.family == "14" or (act.family in ("10", "11") and _SUMMONS.search(
        ctx.folded, max(0, act.start - 90), act.start) is not None)


_SUMMONS = re.compile(r"\b(?:summon(?:s|ed|ing)?|called in|convoc(?:o|aron|a|an)|cit(?:o|aron))\b")


def _adverbial_gerund(ctx: Context, act: Act) -> bool:
    """"by rebuffing", "after meeting" inside a clause: the gerund shares the clause's subject."""
    words = _WORDS.findall(ctx.folded[max(0, act.start - 12):act.end])
    return ctx.language != "es" and len(words) >= 2 and words[-2] in GERUND_LEADS and words[-1].endswith("ing")


_MANNER = re.compile(r"\b(?:por telefono|por videoconferencia|por via telefonica|telefonicamente|a tiros|a golpes|"
                     r"con (?:dureza|firmeza|energia|vehemencia|contundencia|severidad|rotundidad))\b")
_GAP_FILLERS = frozenset({"el", "la", "los", "las", "este", "esta", "pasado", "pasada"})


def _participle(ctx: Context, act: Act) -> bool:
    """A participle or gerund by its ending; a written final "ó" is a past tense ("demandó", "mandó", "validó"),
    whose folded form would pass for one."""
    return bool(_PARTICIPLE.search(ctx.folded[act.start:act.end].split(" ")[0])) \
        and not ctx.sentence[act.start:act.end].split(" ")[0].endswith("ó")


def _inverted_subject(ctx: Context, act: Act) -> list[ActorMention]:
    """Spanish verb-subject order: "anunció Rusia", "afirmó el canciller ruso"."""
    if ctx.language != "es" or act.nominal or (_participle(ctx, act)
                                               and word_before(ctx.folded, act.start) not in cue_words("perfect_aux")):
        return []  # "incluida Cuba": a participle or gerund takes no subject after it ("había pedido Kiev" does)
    # from the verb itself: a verb it governs may come after the subject ("exhortó X a Y a reabrir")
    after = [m for m in ctx.mentions if act.end <= m.start < act.hi]
    start = act.end
    for first in after[:2]:
        # "Conversaron por teléfono los presidentes de A y B": how they talked, then who
        gap = _WORDS.findall(_MANNER.sub("", ctx.folded[start:first.start]))
        if gap[-1:] == ["en"] and len(gap) <= 3 and first.kind in _PLACE_KINDS and start == act.end \
                and not set(gap[:-1]) & _not_inverted():
            start = first.end  # "se reunieron este lunes en Quito los cancilleres de A y B": the place is skipped
            continue
        if not gap and start == act.end and first.kind in _PLACE_KINDS and len(after) > 1 \
                and (verb_lemma(ctx, act) in PLACE_OBJECT_VERBS or word_before(ctx.folded, first.start)
                     in _not_inverted()):  # "Visitó Caracas el canciller ruso", "Llegó a Caracas un avión ruso"
            start = first.end  # the place visited or reached (after the trigger's own "a") is the object
            continue
        # "Condenó este lunes el canciller ruso", "Conversaron por teléfono los presidentes de A y B"
        if len([w for w in gap if w not in _GAP_FILLERS and w not in time_words()]) <= 2 \
                and not set(gap) & _not_inverted():
            return coordinated(ctx.folded, ctx.mentions, first, 1, act.end, act.hi)
        break
    return _verb_first_subject(ctx, act, after)


_LEADING = frozenset({"se", "ya", "hoy", "ayer", "tambien", "finalmente", "nuevamente"})


def _verb_first_subject(ctx: Context, act: Act, after: list[ActorMention]) -> list[ActorMention]:
    """A sentence that opens with its verb names its subject after the object or the circumstances:
    "Negociaron durante tres horas en Estambul las delegaciones de A y B", "Intercambiaron información las
    policías de A y B". The subject is the first actor after the verb that no preposition governs."""
    lead = _WORDS.findall(ctx.folded[:act.start])
    if not set(lead) <= _LEADING:
        return []
    for m in after:
        if word_before(ctx.folded, m.start) not in _not_inverted() and not m.is_place:
            return coordinated(ctx.folded, ctx.mentions, m, 1, act.end, act.hi)
    return []


_PLACE_KINDS = frozenset({"country", "capital"})
PLACE_OBJECT_VERBS = frozenset({"visitar", "recorrer", "sobrevolar"})  # their direct object is a place


@cache
def _not_inverted() -> frozenset[str]:
    """Words that keep an actor after them from being the verb's subject."""
    return cue_words("not_subject", "es") | {"de", "del"}


FRONTING_LEADS = frozenset({"after", "before", "while", "when", "upon", "on", "al", "tras", "despues", "luego",
                            "antes", "de"})
TEMPORAL = frozenset({"after", "following", "tras", "luego", "despues"})  # "tras una visita a China"
# "During his visit to Caracas, Putin ...": opening the sentence, "during" names the main subject's own event
# too; after the verb ("signed it during a meeting") the meeting is the earlier subject's, as with no lead.
DURING = frozenset({"during", "durante"})
SETTING_LEADS = frozenset({"in", "at", "on", "en"})  # "In a phone call with X, Erdogan ...": a meeting's setting
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "un", "una", "el", "la", "su", "sus", "de"})


def temporal_nominal(ctx: Context, act: Act, leads: frozenset[str] = TEMPORAL) -> list[str] | None:
    """The words before a nominal event that a time phrase opens ("after a visit to", "luego de una
    visita a"), or None when it is in no such phrase."""
    if not act.nominal:
        return None
    lead = _WORDS.findall(ctx.folded[:act.start])
    i = len(lead)
    while i and lead[i - 1] in _DETERMINERS:
        i -= 1
    return lead if i and lead[i - 1] in leads else None


def _fronted_subject(ctx: Context, act: Act) -> list[ActorMention]:
    """"Meeting with X, Putin said ...", "Al recibir a X, Maduro dijo ...": a clause that opens the
    sentence with a gerund (or "al" + infinitive) has no subject of its own; it takes the subject of the
    main clause after its comma."""
    f = ctx.folded
    lead = _WORDS.findall(f[:act.start])
    word = f[act.start:act.end].split(" ")[0]
    # "Al recibir a X,", "Tras reunirse con X,", "Después de visitar X,": an infinitive after such a lead
    gerund = word.endswith("ing") if ctx.language != "es" else (  # "Reunidos en Quito,": a plural participle too
        word.endswith(("ando", "iendo", "yendo")) or (not lead and _PARTICIPLE.search(word) and word[-1] == "s")
        or (lead[-1:] in (["al"], ["tras"], ["de"]) and INFINITIVE.search(word) is not None))
    comma = f.find(",", act.last_end)
    leads = FRONTING_LEADS
    if act.nominal and not (gerund and not lead):  # "Tras una visita a China, Maduro firmó ...": a time phrase
        fronting = TEMPORAL | DURING | (SETTING_LEADS if act.family == "04" else frozenset())
        if temporal_nominal(ctx, act, fronting) is None:
            return []
        gerund, leads = True, FRONTING_LEADS | fronting | _DETERMINERS
    return subject_after_comma(ctx, comma) if gerund and set(lead) <= leads and comma >= 0 else []


def object_pronoun_before(ctx: Context, act: Act) -> bool:
    """A pronoun object right before the verb: "a la que acusó", "lo acusó", "whom it accused", "which it
    accuses" (cue kind ``object_pronoun``): it stands for what an earlier act was done to."""
    rx = cue_regex("object_pronoun", r"\s+(?:(?:it|they|he|she)\s+)?$", language=ctx.language)
    lo = max(0, act.start - 24)
    return rx.search(ctx.folded, lo, act.start) is not None or _pronoun_relative(ctx, act) \
        or labelled_relative(ctx, act)


def labelled_relative(ctx: Context, act: Act) -> bool:
    """"el patrullero británico, que calificó de amenaza": a verb of labelling right after ", que" and right before
    "de"/"como" names what "que" stands for, which is its object; the subject is the main verb's."""
    return ctx.folded.startswith(_LABELLING, act.start) and _LABELLED_RELATIVE.search(
        ctx.folded, max(0, act.start - 9), act.start) is not None and _LABEL_NEXT.match(ctx.folded, act.end) is not None


_OBJECT_RELATIVE = re.compile(r"\s*,\s*(?:al que|a la que|a los que|a las que|a quien|a quienes|al cual|a la cual)\s+")
_LABELLED_RELATIVE, _LABEL_NEXT = re.compile(r",\s*que\s+$"), re.compile(r"\s+(?:de|como)\b")
_LABELLING = ("calific", "tild", "tach", "catalog", "describ")  # "calificó de", "tildó de", "describió como"
# "Nicaragua, which it accuses of ...": a relative with a pronoun subject has the relative word as its object
_PRONOUN_RELATIVE = re.compile(r"\b(?:which|that|whom)\s+(?:it|they|he|she)\s+(?:(?:\w+ly|has|had|have)\s+)?$")


def _pronoun_relative(ctx: Context, act: Act) -> bool:
    return ctx.language == "en" and _PRONOUN_RELATIVE.search(ctx.folded, max(0, act.start - 30), act.start) is not None


def _sentence_subject(ctx: Context, act: Act) -> list[ActorMention]:
    """The actor a sentence opens with, when it stands as a subject (no preposition before it) and no clause
    break falls between it and ``act``: a verb joined by "and" to a first verb that coded nothing is its."""
    f = ctx.folded
    first = next((m for m in ctx.mentions if m.end <= act.start), None)
    if first is None or first.is_place or word_before(f, first.start) in cue_words("not_subject", ctx.language) \
            or (len(_WORDS.findall(f[:first.start])) > 2 and not _titled_apposition(f[:first.start])) \
            or any(c in f[first.end:act.start] for c in ";:"):
        return []
    return coordinated(f, ctx.mentions, first, 1, first.start, act.start)


def _titled_apposition(opening: str) -> bool:
    """"El secretario de Estado, Mike Pompeo, ...": only title words, then a comma, before the sentence's first
    actor; the named person is the subject the title stands for."""
    return opening.endswith(", ") and TITLE.match(_TENURE_WORDS.sub("", opening)) is not None


_TENURE_WORDS = re.compile(r"\b(?:outgoing|incoming|new|saliente|entrante|nuev[oa])\b")  # in office all the same


def _aimed_at_itself(ctx: Context, act: Act, doers: list[ActorMention]) -> bool:
    """The first state the act's clause names after it, after a preposition that aims ("on Moscow", "contra
    Rusia"), is one of ``doers`` (on its side); "deployed Russian bombers" names an instrument, no aim."""
    first = next((m for m in ctx.mentions if act.end <= m.start < act.hi and m.country), None)
    return first is not None and word_before(ctx.folded, first.start) in _AIMING \
        and any(same_side(first, d) for d in doers)

_AIMING = frozenset({"on", "against", "at", "upon", "that", "contra", "sobre", "a", "al", "que"})


_CLITIC_JOINED = re.compile(r"(?:\by|\be),?\s+(?:lo|la|los|las|le|les)\s+$")


def _joined(words: list[str], language: str | None) -> bool:
    """Only "and"/"y"/"but" and auxiliaries before a verb: "and occupied", "y se comprometió", "but warned"."""
    return bool(words) and words[0] in JOINED_VERBS | _BUT and all(w in cue_words("joined_aux", language)
                                                                   for w in words[1:])


_BUT = frozenset({"but", "yet", "pero"})  # "ruled out sending troops but warned Putin": the same subject goes on


def subjects_of(ctx: Context, act: Act) -> tuple[list[ActorMention], float]:
    """Subjects of an active verb and a confidence penalty for guessed ones."""
    if (text_by := opposed_text(ctx, act)) is not None:  # "abstained in a UN vote condemning X": not the voter
        return text_by, 0.05
    owned = content_owner(ctx, act)
    if owned is not None:  # the owner decided it; a plan or offer is no act (the noun may be its own event)
        ctx.lent_subject_acts.add(act.start)
        return (owned[1], 0.05) if owned[0] == "decided_noun" else ([], 0.0)
    accused = accused_of(ctx, act)
    if accused:  # "Kyiv accused Moscow of deporting children": Moscow is said to deport, not Kyiv
        ctx.lent_subject_acts.add(act.start)
        return accused, 0.05
    if ctx.last_sources and _pronoun_relative(ctx, act):  # "sanctioned Nicaragua, which it accuses of": its doer
        return ctx.last_sources, 0.05
    subjects = find_subjects(ctx, act) or _fronted_subject(ctx, act)
    if subjects and ctx.last_sources and _OBJECT_RELATIVE.fullmatch(ctx.folded, subjects[-1].end, act.start):
        return ctx.last_sources, 0.05  # "el programa de La Habana, al que acusó de": La Habana is the object
    if (ctx.verb_sources or ctx.last_sources) and labelled_relative(ctx, act):
        return ctx.verb_sources or ctx.last_sources, 0.05  # "el patrullero británico, que calificó de amenaza"
    if not subjects and ctx.verb_sources and _CLITIC_JOINED.search(ctx.folded, act.lo, act.start):
        return ctx.verb_sources, 0.0  # "rechazó la oferta de Biden y la calificó de": the verb's, not the owner's
    if not subjects and ctx.last_sources and object_pronoun_before(ctx, act):
        return ctx.last_sources, 0.05  # "expulsó a la embajadora, a la que acusó de": the expeller accuses
    if not subjects and ctx.last_sources and _joined(ctx.folded[act.lo:act.start].split(), ctx.language):
        # "invadieron y ocuparon Kuwait": the first verb's subject, not Kuwait; "rechazó la oferta de Trump y acusó
        # a Washington": the verb's, not the owner of the noun in its object
        lent = ctx.verb_sources or ctx.last_sources
        # "said Russia had used chemical weapons ... and imposed new sanctions on Moscow": a reported subject
        # that would act on itself is not the doer; the sentence's subject, which reported it, is
        main = [m for m in _sentence_subject(ctx, act) if not any(same_side(m, x) for x in lent)]
        return (main, 0.05) if main and _aimed_at_itself(ctx, act, lent) else (lent, 0.0)
    if not subjects and not ctx.last_sources and _joined(ctx.folded[act.lo:act.start].split(), ctx.language):
        subjects = _sentence_subject(ctx, act)  # "habló en La Habana y acusó a Washington": the first verb's
    subjects = subjects or _inverted_subject(ctx, act)
    if subjects:
        return subjects, 0.0
    if pair := _both_of(ctx, act):  # "cut gas to Poland and Bulgaria after both refused": the pair named last
        return pair, 0.05
    # "un ataque con drones estadounidense mató a", "said a Russian air strike killed": the attack's doer
    if owner := attack_owner(ctx, act) or claimer_after(ctx, act) or attack_noun_doer(ctx, act):
        return owner, 0.05
    if act.hidden is not None:  # "Maduro, who visited Moscow, ...": the actor the clause describes
        before = [m for m in ctx.mentions if m.end <= act.hidden[0]]
        if before and (ctx.folded[before[-1].end:act.hidden[0]].strip() == ""
                       or _NAME_GAP.fullmatch(ctx.sentence, before[-1].end, act.hidden[0]) is not None):
            # "visited Beijing, where he signed", "visitó Pekín, donde firmó": the place is where, not who
            where = _WHERE.match(ctx.folded, act.hidden[0]) is not None
            return ([m for m in ctx.last_sources if not same_side(m, before[-1])], 0.05) if where \
                else (coordinated(ctx.folded, ctx.mentions, before[-1], -1, 0, act.hidden[0]), 0.05)  # "A, B y C, que"
    if speakers := gerund_after_speaker(ctx, act):  # "X was abducted, Zelenskiy said, calling it a crime"
        return speakers, 0.05
    if _adverbial_gerund(ctx, act):  # "Peru angered Chile after meeting X": the main clause's subject
        before = [m for m in ctx.mentions if m.end <= act.start
                  and word_before(ctx.folded, m.start) not in cue_words("not_subject", ctx.language)]
        if before:
            return before[:1], 0.05
    if speaker := infinitive_after_speaker(ctx, act):
        return speaker, 0.05
    if act.reporter is not None and act.reporter in ctx.subjects_at:
        return ctx.subjects_at[act.reporter], 0.05  # "Russia said it would send troops"
    if _noun_relative(ctx, act):  # "tras el terremoto que devastó su costa": the earthquake did it, no actor
        return [], 0.0
    if ctx.last_sources and temporal_nominal(ctx, act) is None and not _UNKNOWN_NAME.search(ctx.sentence, 0, act.start):
        return ctx.last_sources, 0.1  # "sent bombers and pledged loans"; not "X habló cuando Z volvía tras una visita"
    joined = speaker_joined(ctx, act)
    return joined, 0.1 if joined else 0.0


# "both", "both governments", "ambos países", "los dos gobiernos" right before the verb (an auxiliary between)
_BOTH = re.compile(r"\b(?:both|each|ambos|ambas|los dos|las dos|cada)(?:\s+(?:governments?|countries|country|nations?|"
                   r"sides?|leaders?|capitals?|gobiernos?|paises|pais|naciones|nacion|partes?|lideres|mandatarios|"
                   r"capitales|uno|una))?\s+"
                   r"(?:(?:have|had|also|then|later|han|habian|tambien|luego|se|no)\s+)*$")
# "a day after Nancy Pelosi left Taipei": a name no dictionary knows is the subject; no earlier doer goes on
_UNKNOWN_NAME = re.compile(r"(?<=[a-z,] )[A-Z][\w.'-]+(?: [A-Z][\w.'-]+)+ (?:(?:has|had|also|ya|ha) )?$")
# "la empresa estatal ucraniana Energoatom, que": the name the actor's noun goes with, before the clause
_NAME_GAP = re.compile(r"\s+[A-ZÁÉÍÓÚÑ][\w-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w-]+){0,2}\s*")
_WHERE = re.compile(r"[\s,(]*(?:where|en donde|donde|en el que|en la que|en el cual|en la cual)\b")


def _both_of(ctx: Context, act: Act) -> list[ActorMention]:
    """The last group of two or more actors joined by "and"/"y" before "both" (or "ambos"), its subject, also before a
    third party ("Israel e Irán aceptaron un alto el fuego propuesto por Trump, aunque ambos se acusaron"); else
    the last two states ("recibió a Maduro en el Kremlin, donde ambos firmaron")."""
    both = _BOTH.search(ctx.folded, max(0, act.start - 40), act.start)
    before = [m for m in ctx.mentions if both and m.end <= both.start()]
    if group := next((g for m in reversed(before) if len(g := coordinated(ctx.folded, ctx.mentions, m, -1, 0,
                                                                          m.end)) > 1), []):
        return group
    pair: dict[str, ActorMention] = {}
    for m in reversed([m for m in before if m.country and not m.is_place]):
        pair.setdefault(m.country, m)
    return list(pair.values())[1::-1] if len(pair) > 1 else []


# A determiner, a noun of up to three words and the relative pronoun right before the verb ("el terremoto
# que devastó", "the sanctions that hurt"); "dijo que envió" (a verb before "que") is no match.
_NOUN_RELATIVE = re.compile(r"\b(?:el|la|los|las|un|una|unos|unas|este|esta|estos|estas|the|a|an|this|these)\s+"
                            r"(?:[\w-]+\s+){0,2}[\w-]+\s+(?:que|which|that)\s+(?:(?:se|no|ya|not)\s+)*$")


def _noun_relative(ctx: Context, act: Act) -> bool:
    """The verb opens a relative clause on a noun that is no actor: its subject is that noun."""
    m = _NOUN_RELATIVE.search(ctx.folded, max(0, act.start - 70), act.start)
    return m is not None and not any(x.start < act.start and x.end > m.start() for x in ctx.mentions)
