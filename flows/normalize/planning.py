"""Which triggers of a sentence become events, and the stretch of text each act covers.

A trigger's code comes from the verb lexicon; non-events, hypotheticals and verbs a governing verb
absorbs ("refused to send troops": one event of "refused") are dropped here. The coder then finds
source and target inside each act's span (:mod:`roles`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from flows.normalize.actors import ActorMention
from flows.normalize.concessions import concession_at, defied, opening_end
from flows.normalize.joiners import MEETING_NOUNS, joins_in
from flows.normalize.modality import cue_words
from flows.normalize.roles import ANSWERED, ANSWERED_ASKS, Act, Context
from flows.normalize.roles_base import GERUND_ENDINGS, JUDGED, NAMED_ACT_NOUNS, words_outside_names
from flows.normalize.speakers import JOINED_VERBS
from flows.normalize.verbdict import lexicon
from flows.normalize.verbs import ACT_NOUNS, RECEIVED_MESSAGES, Resolution, Trigger, resolve
from flows.normalize.wordclass import HELP_LEMMAS

GOVERNING = {"02", "03", "10", "12", "13"}  # families whose object may be another verb ("refused to send")
ABSORBING = GOVERNING | {"16"}  # also "halted deliveries", "cut lending": the inner word is the object
SETTING_WORDS = frozenset({"during", "at", "amid", "durante", "en"})  # a nominal event after these is the setting
PURPOSE_HOLDERS = frozenset({"03", "05", "06"})  # agreements and cooperation, whose purpose may name the partner
CONDEMNED_FORCE = frozenset({"17", "18", "19", "20"})  # force a condemnation names as done ("condemned the strikes")
GOVERN_GAP = 4  # words between a governing verb and the verb it governs ("refused to send")
PROBED_GOODS_GAP = 12  # "una investigación por dumping sobre los neumáticos para camiones y autobuses importados de"
AMOUNT_WORDS = 6  # an amount before an aid noun ("prometió 20 millones de dólares en ayuda") widens that gap


@dataclass
class Planned:
    trig: Trigger
    res: Resolution
    lo: int  # clause span in tokens
    hi: int
    inner: list[str]  # codes of the verbs it governs

    @property
    def family(self) -> str:
        return "M" if self.res.code.startswith("M") else self.res.code[:2]


def plan_acts(ctx: Context, triggers: list[Trigger], objects: list, spans: list[tuple[int, int]]) -> list[Planned]:
    """Resolve every trigger's code, drop non-events, fold governed verbs into their governor."""
    lex, tokens, n = lexicon(ctx.language or "en"), ctx.tokens, len(ctx.tokens)
    actors = dict(spans)
    nominal_starts = {t.start for t in triggers if t.nominal}
    starts = {t.start for t in triggers}
    # triggers whose every project reading is a hostile act (11-20): boycotts, sanctions, protests
    hostile_starts = {t.start for t in triggers if t.info.triggers and all(p.code[:2] >= "11" for p in t.info.triggers)}
    planned: list[Planned] = []
    covered = -1
    for trig in triggers:
        lo, hi = ctx.clauses.span(trig.start, n)
        hi = _before_relative(ctx, trig.start, hi)  # "seized a plane, which La Paz called ...": not its object
        start_char, end_char = ctx.tokens[lo].start, char_at(ctx, hi)
        has_object = any(start_char <= o[0] < end_char for o in objects)  # passives name it first
        res = resolve(lex, trig, tokens, lo, hi, actors, has_object)
        if res is not None and _named_what(ctx, trig, actors):  # "in what Washington called an attack"
            res = Resolution("111", "", res.pattern, res.end)
        if res is None or not res.code or res.code.startswith("01") or (trig.start < covered and not (
                trig.nominal and planned and ((planned[-1].family == "12" and (res.code[:2] >= "11" or (
                    res.code[:2] in ANSWERED_ASKS and _right_after(ctx, planned[-1].trig, trig))))
                    or (planned[-1].family == "11" and res.code[:2] in CONDEMNED_FORCE)))):
            continue  # "condemned the Pakistani air strikes": the strikes condemned happened, and are coded too
        if ctx.clauses.hypothetical(trig.start, n):
            continue  # "if the US attacked Venezuela": no event
        if res.code[:2] in RESTRICTABLE and _RESTRICTED.search(
                ctx.folded, max(0, tokens[trig.start].start - 45), tokens[trig.start].start):
            continue  # "new restrictions on travel and trade with the island": what is restricted is no event
        if _helps_do(ctx, trig, triggers):
            continue  # "helped seize an Iranian tanker": the helper takes part in the seizure
        if (trig.nominal or tokens[trig.start].word in MEETING_NOUNS) and res.code[:2] == "04" and planned \
                and planned[-1].family == "14" and trig.start - planned[-1].trig.end <= 7:
            continue  # "walked out of a G20 meeting", "abandonó la cumbre": the meeting left is no meeting held
        if joins_in(ctx, trig, actors, starts, nominal_starts, hostile_starts):
            continue  # "joined the United States in a boycott of", "joined the boycott": the act joined is coded
        carrier = tokens[trig.start].lemma in cue_words("carrier_verb", ctx.language)  # "ordered the expulsion of"
        if (res.pattern is not None and not res.pattern.overlay and (res.code[:2] not in GOVERNING or carrier)
                and "recv" not in res.flags and any(trig.end <= s < res.end for s in nominal_starts)):
            continue  # "anunció la expulsión de": the nominal carries the event; "rejected the criticism" is two,
            # and a threat, demand or appeal governs its noun ("amenazaron con una huelga": no strike)
        if not trig.nominal and res.code[:2] not in ABSORBING and "recv" not in res.flags \
                and any(trig.end <= s < res.end and _own_agent(tokens, s, actors) for s in nominal_starts):
            continue  # "Kerry reafirmó el apoyo de Washington a Seúl": the noun names its own agent
        if trig.start in ctx.clauses.reporting and not res.pattern and (res.code[:2] in ("01", "11") or (
                res.code[:2] == "04" and trig.start and tokens[trig.start - 1].word == ",")):
            continue  # ", informó Nueva Delhi": a reporting verb put after what it reports is no meeting
        if res.code[:2] == "04" and not res.pattern and _sourcing(ctx, trig):
            continue  # "según informó el Ministerio de Defensa": the source of the news, no meeting
        if _leaves_behind(ctx, trig):
            continue  # "fought ..., leaving 20 soldiers dead": what the act left, nobody went anywhere
        planned.append(Planned(trig, res, lo, hi, []))
        if res.pattern is not None and res.pattern.after:
            covered = res.end
    return _absorb(ctx, planned, spans)


def _before_relative(ctx: Context, start: int, hi: int) -> int:
    """The end of a clause's words for a verb before a relative clause that opens inside it (", which ...", ", a
    move that ...")."""
    relative, tokens = cue_words("relative", ctx.language), ctx.tokens
    return min([a for a in range(start + 1, min(hi, len(tokens) - 2)) if tokens[a].word == "," and (
        tokens[a + 1].word in relative or (tokens[a + 1].word in ("a", "an") and tokens[a + 2].word in ACT_NOUNS))],
        default=hi)


def _helps_do(ctx: Context, trig: Trigger, triggers: list[Trigger]) -> bool:
    """"help" right before a verb of its own event ("helped seize", "helped to broker", "ayudó a capturar")."""
    if trig.nominal or ctx.tokens[trig.start].lemma not in HELP_LEMMAS:
        return False
    nxt = trig.end + (trig.end < len(ctx.tokens) and ctx.tokens[trig.end].word in ("to", "a"))
    return any(t.start == nxt and not t.nominal for t in triggers)


RESTRICTABLE = frozenset({"04", "05", "06"})  # visits, talks, trade: what a measure may restrict
_RESTRICTED = re.compile(r"\b(?:restrictions?|bans?|limits?|curbs?|embargo|restriccion(?:es)?|prohibicion(?:es)?|"
                         r"limites?|veto|tariffs?|duties|aranceles?|gravamen(?:es)?)\s+"
                         r"(?:(?:of|del?)\s+\d+(?:[.,]\d+)?\s*(?:%|percent|por\s+ciento)\s+)?"  # "aranceles del 25 % a"
                         r"(?:on|to|against|a|al|de|del|sobre)\s+(?:(?:the|los|las|el|la)\s+)?"
                         r"(?:[\w-]+\s+(?:and|y|e)\s+(?:(?:al|a|the|los|las|el|la)\s+)*)?$")


def _absorb(ctx: Context, planned: list[Planned], spans: list[tuple[int, int]]) -> list[Planned]:
    """"refused to send troops", "threatened to cut off supplies": one event of the governing verb."""
    inside = {i for a, b in spans for i in range(a, b)}
    out: list[Planned] = []
    for p in planned:
        head = out[-1] if out else None
        # "received loans from Japan": one act; "recibió a Lavrov, con quien firmó": a verb after a comma or "and"
        receiving = head is not None and "recv" in head.res.flags and not _new_clause_verb(ctx, head, p)
        same_aid = head is not None and p.trig.nominal and head.family == p.family == "07"  # "sent $5 billion in aid"
        if head and not head.trig.nominal and _carries(ctx, head, p, inside):
            out[-1] = p  # "ordered new sanctions on Damascus", "approved $1.3 billion in aid": the act, by its author
            continue
        if head and not head.trig.nominal and _orders_own(ctx, head, p, spans):
            p.trig.infinitive = False  # "ordered troops to withdraw": the order makes the purpose an act
            out[-1] = p
            continue
        # "walked out of the meeting with China", "boycotted the summit": a meeting left or shunned is no consultation
        left_meeting = head is not None and head.family == "14" and p.trig.nominal and p.family == "04"
        if head is not None and head.family == "09" and p.family == "06" \
                and p.trig.start - head.trig.last_end <= PROBED_GOODS_GAP:
            head.hi = max(head.hi, p.hi)  # "opened an anti-dumping probe into glass imported from Vietnam": the
            continue  # imports are what is probed, and where they come from is whom the probe is aimed at
        if head and (head.family in ABSORBING or receiving or same_aid or left_meeting) and not head.trig.nominal:
            gap = [t for i, t in enumerate(ctx.tokens[head.trig.last_end:p.trig.start], head.trig.last_end)
                   if i not in inside and t.word.isalnum()]
            same_clause = ctx.clauses.span(p.trig.start, len(ctx.tokens))[0] <= head.trig.start
            if "negation" in head.res.flags and not p.trig.nominal and len(gap) <= 1 and same_clause \
                    and p.family != "08":  # "descartó levantar el embargo": refusing to yield is a rejection
                out[-1] = p  # "denied sending troops": the sending is negated, not a rejection
                continue
            # "pledged aid during a meeting" is a setting; "prometió 20 millones de dólares en ayuda para X" an amount
            setting = p.trig.nominal and any(t.word in SETTING_WORDS for t in gap) \
                and not (p.family == "07" and gap[-1:] and gap[-1].word in ("en", "in"))
            # "rejected US charges", "rechazó las acusaciones de EE.UU.": the rejected act happened, and is coded
            # so did an appeal or an offer it turns down ("rejected Argentina's call for talks")
            rejected_act = head.family == "12" and p.trig.nominal and (p.family >= "11" or p.family in ANSWERED_ASKS)
            # "citing joint drills by A and B": drills with their own parties took place; they are not the object
            held = "joint" in p.res.flags and _own_agent(ctx.tokens, p.trig.end - 1, dict(spans), AGENT_PREPS)
            reach = GOVERN_GAP + (AMOUNT_WORDS if p.trig.nominal and p.family == "07" else 0)
            own_act = p.trig.nominal and defied(ctx, p.trig)  # "bought jets despite U.S. warnings": two acts
            # "expelled two diplomats, accusing them of spying": the accusation is an act of its own
            own_act = own_act or (head.family == "16" and p.family == "11" and not p.trig.nominal)
            # "imposed sanctions on Cuba, warning that more would follow": a participle after a comma is its own act
            own_act = own_act or _comma_participle(ctx, head.trig.last_end, p.trig.start) or _joined_finite(ctx, p)
            # "expelled 23 British diplomats in retaliation for London's expulsion of ...": the act answered is its own
            own_act = own_act or (p.trig.nominal and any(t.word in ANSWERING_WORDS for t in gap))
            # "a drone strike ordered by Trump killed Soleimani": a participle with its agent governs nothing
            own_act = own_act or (not p.trig.nominal and _by_agent(ctx, head))
            if (_second_governed(ctx, head, p) or (len(gap) <= reach and same_clause)) and not setting \
                    and not rejected_act and not held and not own_act:
                if receiving and p.trig.nominal and p.family in RECEIVED_MESSAGES:
                    head.res = replace(head.res, code=p.res.code, reciprocal="")  # the sender's act, to the receiver
                head.trig.absorbed.append(p.trig)
                head.trig.last_end = p.trig.end
                head.inner.append(p.res.code)
                head.hi = max(head.hi, p.hi)
                continue
        out.append(p)
    return out


def _by_agent(ctx: Context, head: Planned) -> bool:
    after = head.trig.last_end
    return after < len(ctx.tokens) and ctx.tokens[after].word == "by" and ctx.tokens[after - 1].word.endswith("ed")


def _new_clause_verb(ctx: Context, head: Planned, p: Planned) -> bool:
    """A finite verb after a comma or "and" is a clause of its own, not what its head governs."""
    return not (p.trig.nominal or p.trig.infinitive) and any(
        t.word in (",", "and", "y", "e") for t in ctx.tokens[head.trig.last_end:p.trig.start])


ANSWERING_WORDS = frozenset({"retaliation", "response", "reprisal", "revenge", "represalia", "respuesta",
                             "reciprocidad", "venganza"})


def _carries(ctx: Context, head: Planned, p: Planned, inside: set[int]) -> bool:
    """A verb of ordering, approving or unveiling (cue kind ``carrier_verb``) right before the noun of an act:
    the noun is the event, done by the verb's subject; an amount may stand between ("$1.3 billion in aid")."""
    if not p.trig.nominal or ctx.tokens[head.trig.start].lemma not in cue_words("carrier_verb", ctx.language):
        return False
    gap = [t for i, t in enumerate(ctx.tokens[head.trig.last_end:p.trig.start], head.trig.last_end)
           if i not in inside and t.word.isalnum()]
    reach = GOVERN_GAP + (AMOUNT_WORDS if p.family == "07" else 0)
    return len(gap) <= reach and ctx.clauses.span(p.trig.start, len(ctx.tokens))[0] <= head.trig.start


ORDER_LEMMAS = frozenset({"order", "command", "instruct", "ordenar"})
# whom a state orders to act when they are its own: "ordered troops to withdraw", "ordered its navy to"
OWN_FORCES = frozenset({"the", "its", "his", "her", "their", "all", "more", "additional", "own", "troops", "forces",
                        "army", "military", "navy", "air", "force", "soldiers", "armed", "security", "police",
                        "warships", "ships", "jets", "units", "to"})


def _orders_own(ctx: Context, head: Planned, p: Planned, spans: list[tuple[int, int]]) -> bool:
    """A verb of ordering whose infinitive is done by the orderer's own people: "ordered troops to withdraw from
    Syria", "ordenó investigar a los diplomáticos", "Ordenó el gobierno de Brasil investigar": the ordered act is
    the orderer's. An order to another ("ordered Venezuela to", "ordenó a Venezuela retirar") stays a demand."""
    tokens = ctx.tokens
    if p.trig.nominal or tokens[head.trig.start].lemma not in ORDER_LEMMAS or p.trig.start - head.trig.last_end > 6:
        return False
    gap = range(head.trig.last_end, p.trig.start)
    if ctx.language == "es":  # the subject may stand between; an addressee comes after "a"
        return tokens[p.trig.start].word == tokens[p.trig.start].lemma and not any(
            tokens[i].word in ("a", "al") for i in gap)
    return bool(gap) and tokens[p.trig.start - 1].word == "to" and all(tokens[i].word in OWN_FORCES for i in gap) \
        and not any(a < p.trig.start and b > head.trig.last_end for a, b in spans)


COORDINATORS = JOINED_VERBS | {"or", "o", "u"}


# a verb's own preposition may stand before "and": "fired on and seized three vessels", "disparó contra y capturó"
_VERB_PARTICLES = frozenset({"on", "at", "upon", "into", "against", "contra", "sobre"})


def _joined_verbs(ctx: Context, first: Trigger, second: Trigger) -> bool:
    """Two verbs joined by "and"/"y" that share the object after the second."""
    words = [t.word for t in ctx.tokens[first.last_end:second.start]]
    return len(words) in (1, 2) and words[-1] in JOINED_VERBS and all(w in _VERB_PARTICLES for w in words[:-1])


def _right_after(ctx: Context, rejection: Trigger, trig: Trigger) -> bool:
    """An appeal or offer close enough after a rejection to be what it rejects; the name of its owner does
    not count ("rebuffed Palestinian President Mahmoud Abbas's call for talks")."""
    return words_outside_names(ctx, ctx.tokens[rejection.last_end - 1].end, ctx.tokens[trig.start].start) \
        <= GOVERN_GAP


# "lashed out at Washington over a new arms package for Taiwan": what a criticism is about, after its target
_OVER_TOPIC = re.compile(r"\b(?:over|about|for|por|sobre)\s+(?:(?:the|a|an|its|their|new|el|la|los|las|un|una|su|sus|"
                         r"nuevos?|nuevas?)\s+)*$")


def _criticised_over(ctx: Context, trig: Trigger) -> bool:
    start = ctx.tokens[trig.start].start
    return _OVER_TOPIC.search(ctx.folded, max(0, start - 40), start) is not None


def _second_governed(ctx: Context, head: Planned, p: Planned) -> bool:
    """"threatened to suspend relations with X and withdraw its ambassador": a bare verb joined to the
    infinitive the head governs is governed too, however long the first one's object."""
    tokens, start = ctx.tokens, p.trig.start
    last = tokens[head.trig.absorbed[-1].start] if head.trig.absorbed else None
    return (last is not None and last.word == last.lemma and not p.trig.nominal and start > 0
            and tokens[start - 1].word in COORDINATORS and tokens[start].word == tokens[start].lemma)


def _joined_finite(ctx: Context, p: Planned) -> bool:
    """"exige su devolución y acusa a Moscú de", "demanded an apology and recalled its envoy": an inflected verb after
    "and"/"y" is an act of its own; a bare one ("threatened to cut and suspend") is still governed."""
    tokens, start = ctx.tokens, p.trig.start
    if p.trig.nominal or start == 0 or tokens[start].word == tokens[start].lemma:
        return False
    # "suspended the treaty, closed the border and expelled": after a comma, an inflected verb with its own
    # determined object is the next act of a series (a participle, "a treaty, signed in 1960", takes none)
    return tokens[start - 1].word in COORDINATORS or (
        tokens[start - 1].word == "," and start + 1 < len(tokens) and tokens[start + 1].word in _OBJECT_DETERMINERS)


_OBJECT_DETERMINERS = frozenset({"the", "its", "their", "all", "a", "an", "el", "la", "los", "las", "su", "sus",
                                 "todo", "toda", "todos", "todas", "un", "una"})


OF_PREPS = ("de", "del", "of")
AGENT_PREPS = (*OF_PREPS, "by", "por")  # "joint drills by A and B"


def _own_agent(tokens: list, s: int, actors: dict[int, int], preps: tuple[str, ...] = OF_PREPS) -> bool:
    """The noun ending at token ``s`` is followed by one of ``preps`` and an actor ("el apoyo de Washington")."""
    if s + 1 >= len(tokens) or tokens[s + 1].word not in preps:
        return False
    return s + 2 in actors or (s + 3 in actors and tokens[s + 2].word in ("la", "los", "las", "el", "the"))


# "in what Washington called an unprovoked attack", "lo que Caracas denunció como un secuestro": the named
# state characterises the act just told (111; praise, 051, when its words praise; recoding.py)
_NAMING_VERBS = frozenset({"call", "describe", "term", "brand", "label", "denounce", "characterize", "characterise",
                           "calificar", "denunciar", "llamar", "tildar", "describir", "catalogar"})


def _named_what(ctx: Context, trig: Trigger, actors: dict[int, int]) -> bool:
    """A verb of naming right after "what X" / "lo que X", X an actor's name."""
    tokens = ctx.tokens
    if trig.nominal or tokens[trig.start].lemma not in _NAMING_VERBS:
        return False
    start = next((a for a, b in actors.items() if b == trig.start), None)
    if not start:  # no actor ends right before the verb, or it opens the sentence
        return False
    lead, before = tokens[start - 1].word, tokens[start - 2].word if start > 1 else ""
    return lead in ("what", *NAMED_ACT_NOUNS) or (lead in ("que", "that") and before in ("lo", *NAMED_ACT_NOUNS))


def _comma_participle(ctx: Context, after: int, at: int) -> bool:
    """A comma between two verbs and an English -ing or Spanish gerund as the second ("..., warning that")."""
    word = ctx.tokens[at].word
    return any(t.word == "," for t in ctx.tokens[after:at]) and word.endswith(GERUND_ENDINGS)


def _sourcing(ctx: Context, trig: Trigger) -> bool:
    """A verb right after "según"/"according to" ("según informó", "según dijo") is how the news came out."""
    frames = cue_words("source_frame")
    return trig.start > 0 and ctx.tokens[trig.start - 1].word in frames


_LEFT_HOW = re.compile(r"\s*(?:at least|more than|some|about|around|nearly|over|dozens|hundreds|thousands|scores|"
                       r"many|several|\d)")


def _leaves_behind(ctx: Context, trig: Trigger) -> bool:
    """", leaving at least 20 soldiers dead": a gerund of "leave" after a comma and before a count tells a result."""
    t = ctx.tokens[trig.start]
    return ctx.language == "en" and t.word == "leaving" and trig.start > 0 \
        and ctx.tokens[trig.start - 1].word == "," and _LEFT_HOW.match(ctx.folded, t.end) is not None


def char_at(ctx: Context, token: int) -> int:
    return ctx.tokens[token].start if token < len(ctx.tokens) else len(ctx.folded)


# a mobilisation's answer named by the doer's own label: "ante lo que calificó de", "in response to what he called"
_LABELLED_ANSWER = re.compile(r"\b(?:ante|frente a|en respuesta a|in response to)\s+(?:what|lo que)\s+(?:\w+\s+)?$")


def act_of(ctx: Context, plan: list[Planned], i: int, mention_at: dict[int, ActorMention]) -> Act:
    p = plan[i]
    lo = p.lo if p.trig.nominal or not i or plan[i - 1].trig.last_end <= p.lo else max(p.lo, plan[i - 1].trig.last_end)
    nxt = plan[i + 1] if i + 1 < len(plan) else None
    hi = min(p.hi, nxt.trig.start) if nxt else p.hi
    if nxt and nxt.trig.nominal and not p.trig.nominal and nxt.lo <= p.trig.start:
        hi = min(p.hi, nxt.hi)  # "condemned the US sanctions on Cuba": the owner of the object is the target
    elif nxt and nxt.trig.infinitive and p.family in PURPOSE_HOLDERS:
        hi = max(hi, nxt.hi)  # "signed a deal to buy gas from Bolivia": the purpose names the partner
    elif nxt and not nxt.trig.nominal and not p.trig.nominal and _joined_verbs(ctx, p.trig, nxt.trig):
        hi = max(hi, nxt.hi)  # "invaded and occupied Kuwait", "fired on and seized": both verbs take the object
    elif nxt and p.family == "15" and _LABELLED_ANSWER.search(ctx.folded, 0, ctx.tokens[nxt.trig.start].start):
        hi = max(hi, nxt.hi)  # "desplegó milicianos ante lo que calificó de amenazas de EE.UU.": whom it answers
    if p.family == "13" and hi in ctx.clauses.conditional:  # "threatened to retaliate if the US ..."
        hi = ctx.clauses.span(hi, len(ctx.tokens))[1]
    if not p.trig.nominal:  # "concedió asilo a X pese a la advertencia del Reino Unido": no target past "pese a"
        hi = min(hi, concession_at(ctx, p.trig.last_end, hi))
    if (opening := opening_end(ctx)) is not None and p.trig.start < opening:
        hi = min(hi, opening)  # "Despite appeals from Turkey, the Kremlin refused": the Kremlin is no party named in it
    hidden = ctx.clauses.hidden_at(p.trig.start)
    return Act(start=ctx.tokens[p.trig.start].start, end=ctx.tokens[p.trig.end - 1].end,
               last_end=ctx.tokens[p.trig.last_end - 1].end, lo=char_at(ctx, lo), hi=char_at(ctx, hi),
               family=p.family, recv="recv" in p.res.flags, nominal=p.trig.nominal, compound=p.res.compound,
               absorbed_families=tuple(c[:2] for c in p.inner),
               target=mention_at.get(p.res.target) if p.res.target is not None else None,
               source=mention_at.get(p.res.source) if p.res.source is not None else None,
               reporter=ctx.clauses.reporter_of(p.lo),
               participle=ctx.tokens[p.trig.start].word != ctx.tokens[p.trig.start].lemma
               or ctx.tokens[p.trig.start].word in cue_words("invariant_participle", ctx.language),  # "was hit by"
               of_agent="of_agent" in p.res.flags or (p.trig.nominal and i > 0 and plan[i - 1].family == "12"),
               joint="joint" in p.res.flags,
               answered=(i > 0 and plan[i - 1].family == "12" and (
                   p.family not in ANSWERED_ASKS or _right_after(ctx, plan[i - 1].trig, p.trig)))
               or (p.trig.nominal and p.family in ANSWERED and defied(ctx, p.trig)),
               criticised=p.trig.nominal and i > 0 and plan[i - 1].family in JUDGED and not plan[i - 1].trig.nominal
               and (_right_after(ctx, plan[i - 1].trig, p.trig) or _criticised_over(ctx, p.trig)),
               hidden=(ctx.tokens[hidden[0]].start, ctx.tokens[hidden[1] - 1].end) if hidden else None)
