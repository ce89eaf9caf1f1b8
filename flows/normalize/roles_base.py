"""What the role steps share: the sentence context, one act ready for roles, and the helpers that
join coordinated actors and tell one side from another."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from flows.normalize.actors import TITLE, ActorMention
from flows.normalize.clauses import Clauses
from flows.normalize.modality import cue_words
from flows.normalize.tokens import Token
from flows.normalize.verbs import ACT_NOUNS

_WORDS = re.compile(r"[\w']+")  # compiled once: word_before runs for every mention and verb
# "in what Washington called", "lo que Caracas denunció como": the actor after it names an act, no party to it
# Nouns that rename the act just told before its namer: "in a decision Tokyo called regrettable", "una medida que
# Managua calificó de injerencista" (the English ones also head a naming relative in ``verbs``)
NAMED_ACT_NOUNS = ACT_NOUNS | {"medida", "medidas", "accion", "acciones", "paso", "decisiones", "act", "acts",
                               "acto", "actos", "remarks", "comments", "declaraciones", "comentarios", "crackdown",
                               "gesture", "gesto", "giro"}
# "in what (the) Kremlin called", "in a move Beijing called", "una decisión que Managua calificó de"; with no
# article right after a comma: ", remarks Greek officials called", ", medida que calificó de"
NAMER_LEAD = re.compile(r"(?:\b(?:what|lo que|(?:a|an|una?)\s+(?:" + "|".join(sorted(NAMED_ACT_NOUNS))
                        + r"))|,\s+(?:" + "|".join(sorted(NAMED_ACT_NOUNS)) + r"))(?:\s+(?:that|que))?"
                        r"\s+(?:(?:the|el|la|los|las)\s+)?$")
# a noun the speaker uses to name something ("what he called threats", "lo que calificó de amenazas"): a label
CALLED_AS = re.compile(r"\b(?:what|lo que)\s+(?:[\w'-]+\s+){0,3}?(?:called|described as|termed|branded|calls|"
                       r"califico de|califico como|describio como|llamo|denomino)\s+(?:(?:an?|una?)\s+)?"
                       r"(?:[\w-]+\s+)?$")
VENUE_BEFORE = re.compile(r"\b(?:at|in|en)\s+(?:(?:a|an|the|una?|la|el)\s+)?$")  # "signed ... at a U.N. base"
GERUND_ENDINGS = ("ing", "ando", "iendo")  # English -ing forms and Spanish gerunds
JUDGED = frozenset({"11", "14"})  # criticism and protest: the act they judge right after them happened
# a noun in apposition after a comma renames the act just told ("deported Afghans, a mass expulsion that")
RENAMED_ACT = re.compile(r",\s+(?:the\s+(?:start|beginning|first|latest|biggest|largest)\s+of\s+)?(?:an?|the|una?)\s+"
                         r"(?:[\w-]+\s+){0,2}$")


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
    verb_sources: list[ActorMention] = field(default_factory=list)  # the last verb's (not a noun's owner)
    last_targets: list[ActorMention] = field(default_factory=list)  # the previous act's, for a purpose protest
    # the last appeal or demand's sources and targets, for an answer to it ("asked X for loans, and X pledged")
    last_appeal: tuple[list[ActorMention], list[ActorMention]] | None = None
    last_met: list[ActorMention] = field(default_factory=list)  # whom the last meeting or visit was with
    last_captors: list[ActorMention] = field(default_factory=list)  # doers of the last seizure or abduction
    last_harm: tuple[list[ActorMention], list[ActorMention]] | None = None  # doers and victims of the last violence
    subjects_at: dict[int, list[ActorMention]] = field(default_factory=dict)  # reporting verb -> its subjects
    # starts of acts whose subject is not the sentence's (the accused, the owner of a decision): no later verb takes it
    lent_subject_acts: set[int] = field(default_factory=set)
    event_noun_ends: set[int] = field(default_factory=set)  # where nouns of events end ("el bloqueo| estadounidense")
    event_noun_starts: set[int] = field(default_factory=set)  # and where they start ("the Russian |invasion")
    last_judging_end: int = -1  # where the last verb of criticism, rejection or protest ends
    last_family: str = ""  # the CAMEO root of the last act coded, for a meeting that led to it
    mediators: list[ActorMention] | None = None  # states named as mediators (flows/normalize/mediation.py), once
    goods: list[tuple[int, int, str]] = field(default_factory=list)  # object terms: (start, end, class)


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
    criticised: bool = False  # the object of a criticism ("condenó las sanciones europeas contra Venezuela")
    joint: bool = False  # done together ("joint drills"): the parties are each other's partners, not the object


@cache
def _quantifiers() -> frozenset[str]:
    return cue_words("quantifier")


@cache
def _quantity_nouns() -> frozenset[str]:
    return cue_words("quantity_noun")


def words_outside_names(ctx: Context, lo: int, hi: int) -> int:
    """Words (tokens) starting in [lo, hi) characters, leaving out actor names and a possessive "'s": the
    distance between two words when the name of an owner between them does not count."""
    return sum(1 for t in ctx.tokens if lo <= t.start < hi and t.word not in ("'s", "s")
               and not any(m.start <= t.start < m.end for m in ctx.mentions))


# Actor kinds that are persons a host receives ("Putin recibió a Maduro": a visit, not a delivery).
PERSON_KINDS = frozenset({"leader", "official", "elite"})


def verb_lemma(ctx: Context, act: Act) -> str:
    """The lemma of the act's first word."""
    return next((t.lemma for t in ctx.tokens if t.start >= act.start), "")


def word_before(folded: str, pos: int) -> str:
    words = _WORDS.findall(folded[max(0, pos - 40):pos])
    # a count in digits is a quantifier ("of 23 Russian diplomats"), a year ("Desde 1962 Estados Unidos") is not
    while words and (words[-1] in ("the", "el", "la", "los", "las", "its", "their", "su", "sus", "un", "una")
                     or words[-1] in _quantifiers() or _count(words[-1])
                     or (words[-1] in ("of", "de") and len(words) > 1 and words[-2] in _quantity_nouns())):
        words.pop()  # "por un millar de indígenas", "by hundreds of protesters": the preposition governs the group
        if words and words[-1] in _quantity_nouns():
            words.pop()
    if words[-3:] in (["por", "parte", "de"], ["por", "parte", "del"]):
        return "por"  # "la expulsión de X por parte de Perú": the agent
    return "according" if words[-2:] == ["according", "to"] else (words[-1] if words else "")


def _count(word: str) -> bool:
    return word.isdigit() and not (len(word) == 4 and word[:2] in ("19", "20"))


# what may open each joined name: "Cuba and the United States", "a la embajadora de México y a dos diplomáticos
# españoles", "y al cónsul de España", "Mexico's ambassador and two Spanish diplomats"
# "A, B and the member states of the EU", "A, B y los países de la UE": the members stand in the list for it
_ARTICLE_END = re.compile(r"(?<=[ ,])(?:(?:(?:the )?(?:countries|member states|members|nations) of|(?:los )?"
                          r"(?:paises|estados miembros|miembros|naciones) de) )?(?:the|el|la|los|las) $")
# after a joiner only: a count ("and two Spanish diplomats"), the personal "a" ("y a", "y al") and a repeated "de"
# ("los cancilleres de Rusia y de China", "the presidents of Argentina ... and of Chile")
_JOINER_LEAD = re.compile(r"\b(and|y|e) (?:a |al |de |del |of )?(?:(?:two|three|four|five|several|dos|tres|cuatro|"
                          r"cinco|varios|varias|\d+) )?$")


# "y la mandataria peruana", "and Peru's": a title between the joiner and an actor whose mention starts after it
_TITLE_END = re.compile(r"(?<=[ ,])(?:(?:the|el|la|los|las) )?(?:(?:vice|deputy|acting|interim|president|presidenta?|"
                        r"prime|primer|minister|ministra|ministro|foreign|secretary|secretari[oa]|chancellor|"
                        r"canciller|mandatari[oa]|leader|lider|jefe|jefa|ambassador|embajador[a]?|king|rey) ){1,3}$")


def joiner_gap(gap: str, titled: bool = False) -> str:
    """What joins two actors once articles, a repeated "de"/"of", a count and (``titled``) titles are set aside."""
    return _JOINER_LEAD.sub(r"\1", _ARTICLE_END.sub("", _TITLE_END.sub("", gap) if titled else gap))


def closes_apposition(m: ActorMention) -> bool:
    """"el presidente de Ecuador, Daniel Noboa": the mention ends with the person its title names; a title
    after the joiner then opens the next of a pair of titled people, not a clause of its own."""
    return ", " in m.text


def coordinated(folded: str, mentions: list[ActorMention], first: ActorMention, step: int,
                lo: int, hi: int) -> list[ActorMention]:
    """``first`` plus the actors joined to it by "and", "y" or commas, walking by ``step``. Commas alone
    join no one: "Tras una escala en Lima, Kerry viajó" ends a clause, "A, B y C" is a list."""
    group, i, commas_only = [first], mentions.index(first), True
    while 0 <= i + step < len(mentions):
        nxt = mentions[i + step]
        a, b = (nxt, group[-1]) if step < 0 else (group[-1], nxt)
        gap = joiner_gap(folded[a.end:b.start], closes_apposition(a))  # "Cuba and the United States"
        joined = gap.strip(" ,") in cue_words("joiner") | {""}
        if not (lo <= nxt.start and nxt.end <= hi and joined) or (nxt.is_place and "," in gap) \
                or in_its_capital(folded, nxt):
            break  # "In Quito, the presidents of A and B": the place where they are is none of them
        group.append(nxt)
        commas_only = commas_only and gap.strip(" ") == ","
        i += step
    group.sort(key=lambda m: m.start)
    if commas_only and len(group) > 1 and not _LIST_TAIL.match(folded, group[-1].end):
        return [first]
    return group


def clause_pair(folded: str, mentions: list[ActorMention], lo: int, hi: int) -> list[ActorMention]:
    """The actors of two or more states joined at the head of the clause text lo..hi ("Spanish and Moroccan
    police dismantled a cell ... in a joint operation"); [] when the clause opens with no such pair."""
    first = next((m for m in mentions if lo <= m.start < hi), None)
    group = coordinated(folded, mentions, first, 1, lo, hi) if first is not None else []
    return group if len({m.country for m in group if m.country}) > 1 else []


# "Francia, el Reino Unido y otros países europeos": a list of actors closed by a group that is no actor
_LIST_TAIL = re.compile(r",?\s+(?:and|y|e)\s+(?:(?:the|la|las|los)\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|"
                        r"ten|dozens|\d+)\s+)?(?:other|others|otros|otras|many|most|several|some|various|varios|varias|"
                        r"muchos|mayoria|demas|rest|resto)\b")  # "..., Peru and four other countries"


def same_side(a: ActorMention, b: ActorMention) -> bool:
    """One actor, or two state organs of one country (a government and its army are one side)."""
    if a.code == b.code:
        return True
    if a.country is None or a.country != b.country:
        return False
    return not ({a.sector, b.sector} & DOMESTIC_OTHERS)


# Sub-state actors an event can oppose to their own government (GDELT codes these too): the opposition,
# armed groups and the country's people ("Israeli students protested against Netanyahu"); a state's firms,
# media or courts acting on their own state stay uncoded, as its organs do.
DOMESTIC_OTHERS = frozenset({"OPP", "REB", "INS", "SEP", "UAF", "RAD", "CVL", "LAB", "EDU", "HLH", "AGR", "REF",
                             "CRM", "SOC", "ENV", "IND", "HRI", "SET", "JEW", "CHR", "MUS", "BUD", "HIN"})

# "in retaliation for [Washington's new] sanctions", "en respuesta a [las] maniobras militares chinas": what comes
# next is the act answered, with its owner and adjectives first
ANSWER_LEAD = re.compile(r"\b(?:in (?:response|retaliation|reprisal|answer) (?:to|for)|en (?:respuesta|represalia) "
                         r"(?:a|al|por)|como (?:respuesta|represalia) (?:a|al|por))\s+(?:[\w.'-]+\s+){0,4}$")


_CAPITAL_BEFORE = re.compile(r"\ben\s+la\s+capital\s+$")


def in_its_capital(f: str, m: ActorMention) -> bool:
    """"en la capital ecuatoriana": the demonym says where, it names no party (neither subject nor target)."""
    return m.kind == "demonym" and _CAPITAL_BEFORE.search(f, max(0, m.start - 20), m.start) is not None


def comma_gerund(ctx: Context, act: Act) -> bool:
    """An English -ing or Spanish gerund right after a comma: a participial clause of the act before it."""
    word = next((t.word for t in ctx.tokens if t.start >= act.start), "")
    return ctx.folded[:act.start].rstrip().endswith(",") and word.endswith(GERUND_ENDINGS)


# titles a name may follow ("por el rey Mohamed VI", "by King Abdullah"), when the name is all the mention holds
_TITLES = frozenset({"the", "el", "la", "king", "queen", "rey", "reina", "prince", "principe", "emir", "sheikh",
                     "jeque", "crown", "heredero", "sultan"})


def titled_after(folded: str, pos: int, preps: set[str]) -> bool:
    """One of ``preps`` stands before the name at ``pos`` with only title words between ("por el rey")."""
    words = folded[max(0, pos - 40):pos].split()
    titled = len(words)
    while words and words[-1] in _TITLES:
        words.pop()
    return len(words) < titled and bool(words) and words[-1] in preps


_DE_GOODS = re.compile(r"\b(?:de|del)\s+[a-z]+\s+$")  # "compras de petroleo ruso": the demonym follows the goods


def nominal_prep(ctx: Context, act: Act, m: ActorMention) -> str:
    """The preposition before an actor after an event noun; a Spanish demonym after the goods noun it describes
    ("sus compras de petróleo ruso", "la venta de armas rusas") takes the "de" before that noun, for acts
    of trade, aid and sanctions; a count or a qualifier in between keeps the preposition before it."""
    if ctx.language == "es" and act.family in ("06", "07", "16") and m.kind == "demonym" \
            and _DE_GOODS.search(ctx.folded, max(0, m.start - 30), m.start):
        return "de"
    place = _PLACE_NOUN_BEFORE.search(ctx.folded, max(0, m.start - 40), m.start) if m.kind == "demonym" else None
    if place is not None:  # "la retirada de sus tropas de la región ucraniana de Jersón": the place's state
        return place.group(1)
    qualified = _QUALIFIER_BEFORE.search(ctx.folded, max(0, m.start - 40), m.start)
    return qualified.group(1) if qualified else word_before(ctx.folded, m.start)


_PLACE_NOUN_BEFORE = re.compile(r"\b(de|del|from|desde)\s+(?:la |el |los |las )?(?:region|ciudad|provincia|localidad|"
                                r"territorio|capital|isla|costa|zona|frontera)\s+$")


# a count or a qualifier between a noun's preposition and its target: "contra doce funcionarios rusos",
# "of undocumented Afghans", "on senior Russian officials"
_QUALIFIER_BEFORE = re.compile(r"\b(\w+)\s+(?:\d[\d.,]*|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|"
                               r"doce|veinte|varios|varias|(?:decenas|cientos) de|two|three|four|five|six|seven|eight|"
                               r"nine|ten|eleven|twelve|twenty|several|(?:dozens|hundreds) of|undocumented|irregular|"
                               r"illegal|senior|top|indocumentados|irregulares|ilegales|altos)\s+$")


def no_own_forces(act: Act, mentions: list[ActorMention]) -> list[ActorMention]:
    """Forces a state mobilises are its own ("mobilised militiamen"): no party, so another clause may lend one."""
    return mentions if act.family != "15" else \
        [m for m in mentions if m.country or m.kind != "agent" or m.sector not in ("MIL", "REB")]


_LEADERS = frozenset({"presidents", "leaders", "ministers", "presidentes", "mandatarios", "lideres", "cancilleres"})
_NAME_WORDS = re.compile(r"[\w']+")


def subject_after_comma(ctx: Context, comma: int) -> list[ActorMention]:
    """The main clause's subject right after the comma (at offset ``comma``) of a phrase opening the sentence ("After
    meeting X, Putin said", "Despite appeals from Turkey, the Kremlin refused"), or []."""
    f, after = ctx.folded, [m for m in ctx.mentions if m.start > comma][:1]
    # titles before the name are no gap: "Durante una visita a Caracas, el canciller chino Wang Yi firmó"
    gap = [w for w in _NAME_WORDS.findall(f[comma:after[0].start]) if w not in _LEADERS and not TITLE.match(w)] \
        if after else []
    if after and len(gap) <= 1 and not set(gap) & cue_words("not_subject", ctx.language):  # ", los presidentes A"
        return coordinated(f, ctx.mentions, after[0], 1, comma, len(f))
    return []
