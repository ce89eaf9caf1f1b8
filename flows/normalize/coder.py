"""Dictionary-and-rules event coder: English or Spanish news text -> CAMEO-coded events.

One sentence at a time: actors (:mod:`actors`); tokens and lemmas (:mod:`tokens`); one scan of the
verb lexicon for triggers and object terms (:mod:`verbdict`); each trigger's code from the project's
triggers or the dictionaries' patterns (:mod:`verbs`), kept or absorbed by :mod:`planning`; clauses
(:mod:`clauses`); source and target (:mod:`roles`); negation, modality and confidence (:mod:`modality`).
Each event carries the words that justify it (``evidence``).
``flows.reference.event_types()`` gives PLOVER, quad class, Goldstein,
direction and category; energy objects set the category ``energy``. Events between any two actors are
coded, as GDELT does: states, IGOs, armed groups, a government and its own opposition or rebels, and
groups with no country ("los manifestantes" ~OPP against "la policía" ~COP); two organs of one state,
or one group on both sides, are not. A protest or an act of violence whose other side names no actor is
coded one-sided, with no target (``CodedEvent.target`` None). The support metrics count state-to-state
events only.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from flows.normalize.accused import finding_targets
from flows.normalize.actors import ActorMention, find_actors, fold
from flows.normalize.adjectives import qualifies_next_word
from flows.normalize.amounts import Money, find_money
from flows.normalize.asylum import asylum_to_people
from flows.normalize.behest import request_events
from flows.normalize.borrowed import APPEALS
from flows.normalize.boycotts import boycott_events
from flows.normalize.causatives import caused_subject, travelled_to_meet
from flows.normalize.clauses import segment
from flows.normalize.coded import Actor, CodedEvent
from flows.normalize.crowds import armed_march, crowd_demonstration, protest_sides
from flows.normalize.echoes import echoed
from flows.normalize.en_es import guess_en_es
from flows.normalize.figurative import figurative_code
from flows.normalize.grievances import grievance_events
from flows.normalize.joiners import joined_events
from flows.normalize.mediation import mediation_events
from flows.normalize.modality import confidence, cue_words, unreal
from flows.normalize.named_conduct import named_conduct_events
from flows.normalize.objects import find_objects, object_classes, object_hits, phrase_end, resolve_code
from flows.normalize.pairs import earlier_states, resolve_references
from flows.normalize.phrases import name_parts, setting_spans
from flows.normalize.planning import Planned, act_of, plan_acts
from flows.normalize.recoding import recoded
from flows.normalize.redirected import redirected
from flows.normalize.rejected import answered_events
from flows.normalize.reported import judging, reported_judgements
from flows.normalize.reporters import note_reporters
from flows.normalize.roles import Act, Context, find_roles, same_side
from flows.normalize.roles_base import PERSON_KINDS, word_before
from flows.normalize.settings import (
    joint_force_events,
    occupation_frames,
    place_visits,
    setting_events,
    truce_fighting,
    without_shown_warnings,
    without_strike_sites,
)
from flows.normalize.sides import NOBODY, may_be_one_sided, nobody, unnamed_source
from flows.normalize.stance import stance
from flows.normalize.subjects import protest_purpose
from flows.normalize.text import event_date, split_sentences
from flows.normalize.thanks import thanked_aid_events
from flows.normalize.tokens import tokenize
from flows.normalize.verbdict import lexicon, scan
from flows.normalize.verbs import find_triggers, names_own_object
from flows.reference import event_types

__all__ = ["CODER_VERSION", "Actor", "CodedEvent", "code_sentence", "code_text", "split_sentences", "to_contract"]

CODER_VERSION = "0.3.45"
ROLE_PREPOSITIONS = frozenset({"a", "al", "contra", "por", "against", "on", "at", "by"})
VAGUE_COOPERATION = "060"  # CAMEO's material cooperation of no stated kind
_WORD = re.compile(r"\w+")
_SCHEDULED = re.compile(r"(?:will|shall|'ll|van? a)\b")
# Threats, protests, coercion and violence are coded with no target when none is an actor, as GDELT does.
CIVILIAN_ACTS = frozenset({"14"})  # civilians act by protest; their travel ("tourists visited") is no event
VIOLENCE = frozenset({"18", "19", "20"})
MASS_EXPULSION = "201"
YIELDING = "08"  # concessions, releases: what a state yields to foreign nationals it yields to their state
MEETING = "04"
PROTESTS = "14"
JUDGING = frozenset({"11", "12", "14"})  # criticism, rejection, protest: what they judge happened anyway
# "the first French president in 20 years to visit Algiers": the act is told, its infinitive no purpose
_RANKED = re.compile(r"\bthe (?:first|last|only)\b(?:(?! of\b)[^,;.]){0,60}?\bto $")  # not "the first batch of"


def _events_for(ctx: Context, p: Planned, act: Act) -> list[CodedEvent]:
    sources, targets, penalty, passive = find_roles(ctx, act)
    if "finding" in p.res.flags:  # "concluded that a North Korean torpedo sank ...": the clause's subject
        targets = finding_targets(ctx, act, targets)
    if armed_march(ctx, p, act, sources):
        return []
    p, halted = recoded(ctx, p, act, sources, targets)
    p, sources, targets = redirected(ctx, p, act, sources, _expelled_states(p, targets, sources))  # "desplegó buques"
    if halted and act.recv:
        sources, targets = targets, sources  # "dejó de comprar armas a Rusia": the buyer stops
    crowd = crowd_demonstration(ctx, p, act, sources, targets)
    if crowd is not None:  # "miles de personas marcharon por Caracas"
        p, act, targets = crowd
    if act.family == PROTESTS:  # "protesters in Seoul", "anti-American protests in Pakistan"
        sources, targets = protest_sides(ctx, act, sources, targets)
    _pass_subject_on(ctx, act, targets if act.recv and not halted and targets else sources, targets, passive)
    if not sources and (stand_in := unnamed_source(ctx, act, targets, passive)):
        sources, penalty = [stand_in], penalty + 0.1  # "las protestas contra X": by unnamed protesters
    if not sources:
        return []
    purpose = p.trig.infinitive and protest_purpose(ctx, act)
    own = {s.country for s in sources}  # "para protestar por la expulsión de migrantes nigerinos": its own people
    if purpose and (not targets or act.family != "14" or all(t.country in own for t in targets)):
        targets = [t for t in ctx.last_targets if t.country and not any(same_side(t, s) for s in sources)]
    _remember(ctx, act, sources, targets)
    one_sided = not targets  # "the rebels attacked overnight": one side named, the other no actor
    if one_sided:
        if not (may_be_one_sided(ctx, p, act, sources, penalty, passive) or purpose):  # a purpose: its subject
            return []
        targets, penalty = [nobody(act)], penalty + 0.1
    f, appeal = ctx.folded, act.family == "02"
    # a later clause's doer stays its subject; so does the one a "que"/"that" clause opens with ("denunció que
    # Nicaragua invadió su territorio": Nicaragua is accused, and invaded), and a side met ("Reunidos en Quito, A y B")
    ctx.used.update(id(t) for t in targets if t.start < act.hi and not _clause_subject(ctx, t) and t not in sources)
    p, act, cue_lo, negation, refused, modal = stance(ctx, p, act, sources, targets, passive)
    # "China will receive loans from Japan": the giver has already granted them; a plain future is no intent
    scheduled = act.recv and modal is not None and (modal == act.start or _SCHEDULED.match(f, modal) is not None)
    infinitive = p.trig.infinitive and not purpose and not (caused_subject(ctx, act) or travelled_to_meet(ctx, act)
                                                             or _RANKED.search(f, max(0, act.start - 80), act.start))
    if (infinitive and modal is None) or (one_sided and (modal is not None or infinitive)):
        return []  # "a move to establish a legal basis to attack": a purpose, not an act
    if act.recv and modal is not None and not scheduled:
        return []  # "Kenya plans to buy wheat from Ukraine": the buyer's plan is no intent of the seller
    if not act.criticised and unreal(f, ctx.tokens, p.trig.start, act, cue_lo, ctx.language):
        return []  # what is condemned or protested happened, even after "to protest"
    skip = [(m.start, m.end) for m in ctx.mentions] + setting_spans(ctx.tokens, p.trig.end, p.res.end)
    events = []
    for i, tgt in enumerate(targets):
        lo_obj = _objects_from(act, tgt, appeal, passive, sources)
        hi_obj = targets[i + 1].start if appeal and i + 1 < len(targets) else act.hi
        found = find_objects(ctx.goods, f, lo_obj, hi_obj, skip)
        if not found and appeal:
            found = find_objects(ctx.goods, f, act.end, act.hi, skip)
        amount = find_money(ctx.sentence[lo_obj:hi_obj], ctx.valued_on, f[lo_obj:hi_obj])
        evidence = _evidence(ctx, p, act, found, tgt, [negation, modal])
        for src in sources:
            events += _event(ctx, p, act, src, tgt, found, negation is not None and not refused, modal is not None,
                             amount, evidence, penalty, scheduled, agent=passive)
    return events


def _remember(ctx: Context, act: Act, sources: list[ActorMention], targets: list[ActorMention]) -> None:
    """What later acts of the sentence may borrow: this act's targets, an appeal's sides, whom a meeting was with."""
    ctx.last_targets, ctx.last_family = targets, act.family
    if act.family in APPEALS:
        ctx.last_appeal = (sources, targets)
    if act.family == MEETING or (act.recv and any(s.kind in PERSON_KINDS for s in sources)):
        ctx.last_met = sources if act.recv else targets  # "Maduro recibió a Lavrov": the guest is the source
    if act.family in JUDGING and not act.nominal:
        ctx.last_judging_end = act.end
    if act.family in ("17", "18") and sources:  # "abducted by Russian soldiers ... demanding his release"
        ctx.last_captors = sources
    if act.family in VIOLENCE and sources and targets:  # "executed prisoners ..., and Kyiv opened a probe"
        ctx.last_harm = (sources, targets)


def _pass_subject_on(ctx: Context, act: Act, subject: list[ActorMention], targets: list[ActorMention],
                     passive: bool) -> None:
    """Who a later verb of the sentence may take as its subject: this act's doer, or the receiver of "compró
    aviones a Rusia"; the grammatical subject of a passive ("six activists were detained when they protested")."""
    if passive:
        subject = [t for t in targets if t.end <= act.start]
    if subject and act.start not in ctx.lent_subject_acts:  # "acusó a X de orquestar ... y rompe"
        ctx.last_sources = subject
        if not act.nominal:  # a noun's owner is no subject a joined verb goes on with
            ctx.verb_sources = subject


def _clause_subject(ctx: Context, target: ActorMention) -> bool:
    """A target right after "que"/"that" (not a possessive: "that South Korea's plan") opens the clause it is the
    subject of."""
    return word_before(ctx.folded, target.start) in ("que", "that") and not ctx.folded.startswith("'s", target.end)


def _expelled_states(p: Planned, targets: list[ActorMention], sources: list[ActorMention]) -> list[ActorMention]:
    """CAMEO's mass expulsion (201) is of a nationality, and what a state yields to foreigners (08: freeing them,
    easing visa rules for them) it yields to their state: the expelled, freed or favoured nationals stand for their
    state as a whole (country, no sector) in that event; a state's release of its own people ("released opposition
    leader X") and any other act keep their targets."""
    killed = p.res.code[:2] in VIOLENCE  # "killed hundreds of Ethiopian migrants": a nationality's people
    if p.res.code != MASS_EXPULSION and not p.res.code.startswith(YIELDING) and not killed:
        return targets
    people = {"CVL"} if p.res.code == MASS_EXPULSION or killed else _RELEASED_PEOPLE  # "freed an American journalist"
    own = {s.country for s in sources} if p.res.code != MASS_EXPULSION else set()
    return [replace(t, sector=None, code=t.country, kind="country", group=False)
            if t.country and t.sector in people and t.country not in own else t for t in targets]


_RELEASED_PEOPLE = frozenset({"CVL", "OPP", "MED", "LAB", "EDU", "HLH", "REF", "CRM", "HRI", "BUS", "RAD"})


def _objects_from(act: Act, tgt: ActorMention, appeal: bool, passive: bool, sources: list[ActorMention]) -> int:
    """Where the act's objects may start: after each addressee of an appeal ("Russia for radars and China
    for loans"), anywhere in a passive's clause or an arrival's ("a plane carrying medicine arrived in"; "tanks
    supplied by Germany arrived", whose giver stands before the clause), at an aid noun itself ("military aid
    to X": its own words say its kind), else after the verb."""
    if appeal:
        return tgt.end
    if act.family == "M":  # a person arriving carries none of the goods named before her ("jets ... as Pelosi arrived")
        people = [s.start for s in sources if s.end <= act.start and (s.kind in PERSON_KINDS or s.sector == "LEG")]
        return min(people) if people else min([act.lo] + [max(0, s.start - 60) for s in sources if s.end <= act.start])
    if passive:
        return act.lo
    return act.start if act.nominal and act.family == "07" else act.end


def _evidence(ctx: Context, p: Planned, act: Act, objects: list, tgt: ActorMention, cues: list[int | None]) -> str:
    """The words that justify the code: cue, trigger, and the object phrase or nearby target."""
    before = [o[0] for o in objects if o[0] < act.start]  # passive: "bombers were sent"
    start = min(x for x in (act.start, *cues, *before) if x is not None)
    end = max(act.last_end, ctx.tokens[p.res.end - 1].end if p.res.end > p.trig.end else act.last_end)
    if p.res.code.endswith("*"):  # the object chose the code, so show it
        after = [o for o in objects if o[0] >= act.start]
        for o in after if act.family == "02" else after[:1]:
            end = max(end, phrase_end(ctx.folded, o[1]))
    near = [(tgt.start, tgt.end, 6)] + [(o[0], phrase_end(ctx.folded, o[1]), 2) for o in objects[:1]]
    for lo, hi, gap in near:  # words allowed between the evidence so far and what it may take in
        if lo >= end and len(_WORD.findall(ctx.folded, end, lo)) <= gap:
            end = hi  # "criticized Russia", "lent Venezuela $5 billion", "desplegó buques"
    return ctx.sentence[start:min(end, start + 160)].strip()


def _event(ctx: Context, p: Planned, act: Act, src: ActorMention, tgt: ActorMention, objects: list,
           negated: bool, modal: bool, amount: Money | None, evidence: str, penalty: float,
           scheduled: bool = False, *, agent: bool = False) -> list[CodedEvent]:
    # a person received with no code of the verb's own is a visit hosted, not "drew a rebuke from Pompeo"
    hosting = act.recv and src.kind in PERSON_KINDS and not objects and p.res.code.endswith("*")
    modal = modal and not (scheduled and not hosting)  # "Uruguay recibirá al canciller": still a plan to meet
    classes = object_classes(p.trig.key, objects, ctx.folded)
    cameo, energy = resolve_code(p.res.code, classes, p.inner, src.sector == "MIL", modal)
    if cameo == "191" and src.group:
        cameo = "144"  # people blocking a port or a road protest by obstruction; a state's blockade is force
    figure = figurative_code(ctx.language, cameo, ctx.folded, act.start, act.last_end)
    if figure is not None:  # "clashed at a forum", "overcoming an impasse"
        if not figure:
            return []
        cameo = figure
    reciprocal = p.res.reciprocal
    if hosting:  # "Maduro received Lavrov" is hosting a visit; "fue recibido por el rey" names the host as agent
        cameo, reciprocal, src, tgt = ("043", "042", src, tgt) if agent else ("043", "042", tgt, src)
    kind = event_types().get(cameo)
    # civilians act by protest, or by violence a passive names them the agent of ("secuestrado por indígenas")
    civilian = src.sector == "CVL" and cameo[:2] not in CIVILIAN_ACTS and not (agent and cameo[:2] in VIOLENCE)
    if kind is None or same_side(src, tgt) or civilian:  # one actor on both sides is no event
        return []
    specific = bool(objects) or not p.res.code.endswith("*")
    score = confidence(act, specific, src, tgt, penalty)
    out = [_build(ctx, cameo, kind, energy, src, tgt, negated, amount, evidence, score)]
    back = event_types().get(reciprocal) if reciprocal and not modal and tgt.code else None  # none for nobody
    if back is not None and reciprocal[:2] == cameo[:2]:  # "A and B met": B met A too
        out.append(_build(ctx, reciprocal, back, energy, tgt, src, negated, amount, evidence, score))
    return out


def _build(ctx: Context, cameo: str, kind, energy: bool, src: ActorMention, tgt: ActorMention, negated: bool,
           amount: Money | None, evidence: str, score: float) -> CodedEvent:
    category = kind.support_category
    if energy and kind.direction in ("support", "appeal", "withdrawal", "rejection"):
        category = "energy"
    return CodedEvent(
        source=Actor(src.text, src.country, src.sector, src.code),
        target=None if tgt.kind == NOBODY else Actor(tgt.text, tgt.country, tgt.sector, tgt.code), cameo=cameo,
        plover=kind.plover_event,
        quad_class=kind.quad_class, goldstein=kind.goldstein, support_category=category,
        direction=kind.direction, negated=negated, amount_usd=amount.usd if amount else None,
        amount_original=amount.value if amount else None, amount_currency=amount.currency if amount else None,
        evidence=evidence,
        confidence=score, sentence=ctx.sentence, sentence_index=ctx.index, event_date=ctx.day)


def _without_goods(ctx: Context, hits: list) -> list[ActorMention]:
    """A group noun inside an object term is what is sent or held, not an actor ("sent troops", "envió
    médicos", "ejercicios militares")."""
    goods = [(ctx.tokens[h.start].start, ctx.tokens[h.end - 1].end) for h in hits
             if set(h.info.objects) - {"release"}]  # "released Ukrainian prisoners": persons freed stay actors
    # Before the sentence's first event word the group is a subject ("los médicos iniciaron una huelga").
    first_verb = min((ctx.tokens[h.start].start for h in hits if h.info.is_verb or h.info.triggers),
                     default=len(ctx.sentence))
    # After a role preposition ("atacó a los soldados", "fired on troops") the group is acted on, not sent.
    return [m for m in ctx.mentions if not (m.group and m.preposition not in ROLE_PREPOSITIONS
                                            and m.start > first_verb
                                            and any(a < m.end and m.start < b for a, b in goods))]


def _token_spans(ctx: Context) -> tuple[list[tuple[int, int]], dict[int, ActorMention]]:
    """Each actor mention as a token span, and the mention that starts at each first token."""
    spans, at = [], {}
    starts, ends = [t.start for t in ctx.tokens], [t.end for t in ctx.tokens]  # both increasing
    for m in ctx.mentions:
        first, stop = bisect_right(ends, m.start), bisect_left(starts, m.end)  # tokens overlapping the mention
        if first < stop:
            spans.append((first, stop))
            at[first] = m
    return spans, at


def code_sentence(sentence: str, index: int = 0, on: dt.date | None = None,
                  language: str | None = None, earlier: list[str] | None = None) -> list[CodedEvent]:
    """Every event the rules find in one sentence (zero is a valid answer).

    Leaders and officials resolve within their tenure on the date the sentence states, else on ``on``.
    ``language`` None guesses English or Spanish. ``earlier``: states named before it, for "the two countries".
    """
    on = on.date() if isinstance(on, dt.datetime) else on
    day = event_date(sentence, on)
    folded = fold(sentence)
    mentions = find_actors(sentence, day or on, language, folded)
    mentions = resolve_references(sentence, folded, mentions, earlier or [])
    if not mentions:
        return []  # an event needs an actor
    language = language or guess_en_es(sentence)
    ctx = Context(sentence, folded, mentions, language, index, day, day or on)
    ctx.tokens = tokenize(sentence, folded, language)
    hits = scan(lexicon(language), ctx.tokens)
    ctx.mentions = _without_goods(ctx, hits)
    if not ctx.mentions:
        return []
    spans, mention_at = _token_spans(ctx)
    adjectives = {b for a, b in spans if language == "en" and qualifies_next_word(ctx.tokens, mention_at[a], a, b)}
    triggers = find_triggers(ctx.tokens, hits, spans, adjectives, language, name_parts(sentence, ctx.tokens))
    ctx.event_noun_ends = {ctx.tokens[t.end - 1].end for t in triggers if t.nominal}
    ctx.event_noun_starts = {ctx.tokens[t.start].start for t in triggers if t.nominal}
    accusing = judging(folded, language)
    if not triggers and not accusing:
        return []  # no event word: nothing to parse
    reporting = cue_words("reporting")  # only a reporting verb can name an act instead ("declararon una huelga")
    acting = frozenset(t.start for t in triggers if not t.nominal and t.info.triggers
                       and ctx.tokens[t.start].lemma in reporting and names_own_object(t, ctx.tokens, dict(spans)))
    ctx.clauses = segment(ctx.tokens, spans, {t.start for t in triggers if not t.nominal}, acting)
    ctx.goods = object_hits(hits, ctx.tokens, {t.start for t in triggers if not t.nominal
                                               and (t.info.triggers or t.info.verb_code)})
    plan = plan_acts(ctx, triggers, ctx.goods, spans)
    note_reporters(ctx, spans, mention_at)
    events: list[CodedEvent] = []
    for i, p in enumerate(plan):
        events += _events_for(ctx, p, act_of(ctx, plan, i, mention_at))
    if accusing:
        events += _accusations(ctx, events)
    events += mediation_events(ctx, events) + request_events(ctx, events)  # "with the mediation of", "at the request"
    events += setting_events(ctx, events) + joint_force_events(events)  # "in a video call", "joint strikes"
    events += occupation_frames(ctx, events) + truce_fighting(ctx, events)  # "during their occupation", "after combat"
    events += place_visits(ctx, events) + thanked_aid_events(ctx, events)  # "pidió a Biden en la Casa Blanca";
    # "thanked Mexico for sending crude oil": the aid thanked for
    events = asylum_to_people(ctx, without_strike_sites(ctx, without_shown_warnings(boycott_events(ctx, events))))
    # "will not attend the World Cup in Russia"; "killed Iran's general in a U.S. drone strike at Baghdad airport":
    # Baghdad is where; "granted asylum to X": a person, not X's state
    # "Caracas did the same", "A joined B in", "rejected a proposal by Egypt" (Egypt asked first)
    events = echoed(ctx, events) + joined_events(ctx, events) + answered_events(ctx, events)
    events += named_conduct_events(ctx, events)  # "over what it called China's genocide"
    events += grievance_events(ctx, events)  # "summoned Japan's envoy over the seizure of a fishing boat"
    # Material cooperation of no recognisable kind ("found Iran liable", "issued guidance to"): the dictionaries
    # give 060 to everyday verbs (find, issue, lead, link, add); it is no act between states.
    events = [e for e in events if e.cameo != VAGUE_COOPERATION]
    keys = [(e.source.code, e.target and e.target.code, e.cameo, e.negated) for e in events]
    return [e for i, e in enumerate(events) if keys.index(keys[i]) == i]  # first of each duplicate


def _accusations(ctx: Context, events: list[CodedEvent]) -> list[CodedEvent]:
    """"The US said Taiwan's tariffs were unacceptable", "said Russia would pay a heavy price": the report is the
    speaker's accusation or threat."""
    out: list[CodedEvent] = []
    judged_already = {(e.source.code, e.target.code, e.cameo[:2]) for e in events if e.target}
    for src, tgt, lo, hi, code in reported_judgements(ctx):
        if (src.code, tgt.code, code[:2]) in judged_already or same_side(src, tgt) or src.sector == "CVL":
            continue
        act = Act(start=lo, end=lo, last_end=lo, lo=lo, hi=hi, family=code[:2])
        score = confidence(act, False, src, tgt, 0.1)  # no event word: a guess from the wording
        out.append(_build(ctx, code, event_types()[code], False, src, tgt, False, None, ctx.sentence[lo:hi], score))
    return out


def code_text(text: str, on: dt.date | None = None, language: str | None = None) -> list[CodedEvent]:
    """Code every sentence of a text; ``language`` None guesses English or Spanish once for the text."""
    sentences = split_sentences(text)
    if language is None and sentences:
        language = guess_en_es(text)
    return [ev for i, s in enumerate(sentences)
            for ev in code_sentence(s, i, on, language, earlier_states(sentences, i, on))]


def to_contract(input_id: str, ev: CodedEvent) -> dict:
    """One output object of the extract JSONL contract (docs/coder.md lists its keys), with exactly its keys."""
    def side(a: Actor | None) -> dict | None:
        return None if a is None else {"text": a.text, "country": a.country, "sector": a.sector}
    return {"id": input_id, "source": side(ev.source), "target": side(ev.target), "cameo": ev.cameo,
            "plover": ev.plover, "quad_class": ev.quad_class, "goldstein": ev.goldstein,
            "support_category": ev.support_category, "direction": ev.direction, "negated": ev.negated,
            "amount_usd": ev.amount_usd, "amount_original": ev.amount_original,
            "amount_currency": ev.amount_currency, "evidence": ev.evidence, "confidence": ev.confidence}
