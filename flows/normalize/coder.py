"""Dictionary-and-rules event coder: English or Spanish news text -> CAMEO-coded events.

One sentence at a time: actors (:mod:`actors`), triggers and objects (:mod:`patterns`), source and
target (:mod:`roles`), negation, modality and confidence (:mod:`modality`). Every step is a table in
``data/`` or a named rule, and each event carries the words that justify it (``evidence``).
``flows.reference.event_types()`` gives PLOVER, quad class, Goldstein, direction and category;
energy objects (oil, gas, fuel, tankers, refineries) set the category ``energy``. Events need two
different sides: same-country pairs and pairs with no state at all are not coded.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from flows.normalize.actors import ActorMention, find_actors, fold
from flows.normalize.amounts import find_amount
from flows.normalize.modality import confidence, cue_regex, find_cue
from flows.normalize.patterns import GOVERNING, Trigger, absorb, find_objects, find_triggers, object_codes, phrase_end
from flows.normalize.roles import Context, find_roles, same_side
from flows.normalize.text import event_date, split_sentences
from flows.reference import event_types

__all__ = ["CODER_VERSION", "Actor", "CodedEvent", "code_sentence", "code_text", "split_sentences", "to_contract"]

CODER_VERSION = "0.2.0"


@dataclass(frozen=True)
class Actor:
    text: str
    country: str | None
    sector: str
    code: str


@dataclass(frozen=True)
class CodedEvent:
    source: Actor
    target: Actor
    cameo: str
    plover: str | None
    quad_class: int
    goldstein: float
    support_category: str | None
    direction: str | None
    negated: bool
    amount_usd: float | None
    evidence: str
    confidence: float
    sentence: str
    sentence_index: int
    event_date: dt.date | None



def _object_class(classes: list[str], family: str) -> tuple[str, bool]:
    """The object class that decides the sub-code, and whether the goods are energy.

    The first specific class wins over vague ones ("$20 million in humanitarian aid" is humanitarian,
    "help to rebuild its oil industry" is energy); threats and demands prefer sanctions or force.
    """
    if family in ("10", "13") and (coercive := [c for c in classes if c in ("sanctions", "force")]):
        return coercive[0], False
    specific = [c for c in classes if c not in ("aid", "money")]
    cls = specific[0] if specific else ("economic" if "money" in classes else (classes or [""])[0])
    energy = cls == "energy" or ("energy" in classes and cls in ("economic", "econcoop", "aid"))
    return cls, energy


def _resolve(trig: Trigger, objects: list, source: ActorMention, modal: bool) -> tuple[str, bool]:
    """CAMEO code and energy flag of one trigger given its first object, source and modality."""
    cameo, family = trig.pattern.cameo, trig.pattern.family
    cls, energy = _object_class([o[2] for o in objects], family)
    if not cls and trig.absorbed:  # "refused to send" with no object: the inner verb's kind
        inner = event_types().get(trig.absorbed[0].pattern.cameo)
        cls = "meeting" if trig.absorbed[0].pattern.family in ("04", "M") else (
            inner.support_category or "" if inner else "")
    if not cls and source.sector == "MIL":
        cls = "military"  # "Russian bombers landed in Caracas": the subject is the object
    codes = object_codes()
    if modal:
        cameo = codes.get(("modal", cameo)) or codes.get(("modal", family)) or cameo
    if "06" in {family, *(t.pattern.family for t in trig.absorbed)}:  # cooperating, not giving
        cls = {"military": "milcoop", "economic": "econcoop", "energy": "econcoop"}.get(cls, cls)
    if not cameo.endswith("*"):
        return cameo, energy
    family = cameo[:-1]
    return codes.get((family, cls)) or codes[(family, "")], energy



def _events_for(ctx: Context, trig: Trigger, lo: int, end: int) -> list[CodedEvent]:
    sources, targets, penalty, passive = find_roles(ctx, trig, lo, end)
    if sources and not passive:
        ctx.last_sources = sources  # a later verb of the sentence may share this subject
    if not sources or not targets:
        return []
    f, appeal = ctx.folded, trig.pattern.family == "02"
    ctx.used.update(id(t) for t in targets)
    before = [s.end for s in sources if s.end <= trig.start]
    cue_lo = max(before) if before and not passive else trig.start - 45
    negation = find_cue(cue_regex("negation"), f, cue_lo, trig.start)
    modal = find_cue(cue_regex("modal"), f, cue_lo, trig.start) if trig.pattern.family not in GOVERNING else None
    events = []
    for i, tgt in enumerate(targets):
        # Appeals name several addressees, each with its own object: "Russia for radars and China for loans".
        lo_obj = tgt.end if appeal else lo if passive else trig.end
        hi_obj = targets[i + 1].start if appeal and i + 1 < len(targets) else end
        objects = [o for o in find_objects(f, lo_obj, hi_obj, ctx.language)
                   if not any(m.start <= o[0] < m.end for m in ctx.mentions)]
        if not objects and appeal:
            objects = find_objects(f, trig.end, end, ctx.language)
        amount, _ = find_amount(ctx.sentence[lo_obj:hi_obj])
        evidence = _evidence(ctx, trig, objects, tgt, [negation, modal])
        events += [_event(ctx, trig, src, tgt, objects, negation is not None, modal is not None,
                          amount, evidence, penalty) for src in sources]
    return [e for e in events if e is not None]


def _evidence(ctx: Context, trig: Trigger, objects: list, tgt: ActorMention, cues: list[int | None]) -> str:
    """The words that justify the code: cue, trigger, and the object phrase or nearby target."""
    before = [o[0] for o in objects if o[0] < trig.start]  # passive: "bombers were sent"
    start = min(x for x in (trig.start, *cues, *before) if x is not None)
    end = trig.last_end
    if trig.pattern.cameo.endswith("*"):  # the object chose the code, so show it
        after = [o for o in objects if o[0] >= trig.start]
        for o in after if trig.pattern.family == "02" else after[:1]:
            end = max(end, phrase_end(ctx.folded, o[1]))
    near = [(tgt.start, tgt.end, 6)] + [(o[0], phrase_end(ctx.folded, o[1]), 2) for o in objects[:1]]
    for lo, hi, gap in near:  # words allowed between the evidence so far and what it may take in
        if lo >= end and len(re.findall(r"\w+", ctx.folded[end:lo])) <= gap:
            end = hi  # "criticized Russia", "lent Venezuela $5 billion", "desplegó buques"
    return ctx.sentence[start:min(end, start + 160)].strip()


def _same_country(a: ActorMention, b: ActorMention) -> bool:
    """Interstate events only: one state on both sides, or no state on either, is not coded."""
    return same_side(a, b) or (a.country is None and b.country is None)


def _event(ctx: Context, trig: Trigger, src: ActorMention, tgt: ActorMention, objects: list, negated: bool,
           modal: bool, amount: float | None, evidence: str, penalty: float) -> CodedEvent | None:
    cameo, energy = _resolve(trig, objects, src, modal)
    if trig.pattern.recv and src.kind in ("leader", "official") and not objects:
        cameo, src, tgt = "043", tgt, src  # "Maduro received Lavrov" is hosting a visit
    kind = event_types().get(cameo)
    if kind is None or _same_country(src, tgt) or src.sector == "CVL":
        return None
    category = kind.support_category
    if energy and kind.direction in ("support", "appeal", "withdrawal", "rejection"):
        category = "energy"
    specific = bool(objects) or not trig.pattern.cameo.endswith("*")
    return CodedEvent(
        source=Actor(src.text, src.country, src.sector, src.code),
        target=Actor(tgt.text, tgt.country, tgt.sector, tgt.code), cameo=cameo, plover=kind.plover_event,
        quad_class=kind.quad_class, goldstein=kind.goldstein, support_category=category,
        direction=kind.direction, negated=negated, amount_usd=amount, evidence=evidence,
        confidence=confidence(trig, specific, src, tgt, penalty), sentence=ctx.sentence,
        sentence_index=ctx.index, event_date=ctx.day)


def code_sentence(sentence: str, index: int = 0, on: dt.date | None = None,
                  language: str | None = None) -> list[CodedEvent]:
    """Every event the rules find in one sentence (zero is a valid answer).

    Leaders and officials resolve within their tenure on the date the sentence states, else on ``on``.
    """
    on = on.date() if isinstance(on, dt.datetime) else on
    day = event_date(sentence, on)
    folded, mentions = fold(sentence), find_actors(sentence, day or on)
    if not mentions:  # no actor, no event: skip the pattern scan
        return []
    ctx = Context(sentence, folded, mentions, language, index, day)
    triggers = absorb(folded, find_triggers(folded, language, mentions), mentions)
    events: list[CodedEvent] = []
    for i, trig in enumerate(triggers):
        lo, breaks = triggers[i - 1].last_end if i else 0, cue_regex("clause_break", edge="")
        lo = max([lo] + [b.end() for b in breaks.finditer(folded, lo, trig.start)])
        end = triggers[i + 1].start if i + 1 < len(triggers) else len(folded)
        brk = breaks.search(folded, trig.last_end, end)
        events += _events_for(ctx, trig, lo, brk.start() if brk else end)
    keys = [(e.source.code, e.target.code, e.cameo, e.negated) for e in events]
    return [e for i, e in enumerate(events) if keys.index(keys[i]) == i]  # first of each duplicate


def code_text(text: str, on: dt.date | None = None, language: str | None = None) -> list[CodedEvent]:
    """Code every sentence of a text; ``language`` None tries the English and Spanish patterns."""
    return [ev for i, s in enumerate(split_sentences(text)) for ev in code_sentence(s, i, on, language)]


def to_contract(input_id: str, ev: CodedEvent) -> dict:
    """One output object of the extract JSONL contract in DESIGN.md, with exactly its keys."""
    def side(a: Actor) -> dict:
        return {"text": a.text, "country": a.country, "sector": a.sector}
    return {"id": input_id, "source": side(ev.source), "target": side(ev.target), "cameo": ev.cameo,
            "plover": ev.plover, "quad_class": ev.quad_class, "goldstein": ev.goldstein,
            "support_category": ev.support_category, "direction": ev.direction, "negated": ev.negated,
            "amount_usd": ev.amount_usd, "evidence": ev.evidence, "confidence": ev.confidence}

