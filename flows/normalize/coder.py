"""Dictionary-and-rules event coder: English or Spanish news text -> CAMEO-coded events.

Each step is a table in ``data/`` or a named rule. Triggers come from ``event_patterns.csv``; a code
ending in ``*`` takes its sub-code from the first object term after it (``object_terms.csv`` -> class,
``object_codes.csv`` -> code). Appeals, intents, demands, rejections and threats govern the next verb
("refused to send troops" is one 1222). Source: nearest actor before the trigger outside prepositional
or comma-wrapped phrases ("by"/"por" when passive, "from"/"de" for ``(?#recv)``); target: first actor
after it, or several joined by "and". ``cues.csv`` holds negation, modal and clause cues; modal acts
become intents or threats. ``flows.reference.event_types()`` gives PLOVER, quad class, Goldstein,
direction and category; energy objects set the category ``energy``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from flows.normalize.actors import ActorMention, alternatives, find_actors, fold, longest_first, read_data
from flows.normalize.amounts import find_amount
from flows.normalize.text import event_date, split_sentences
from flows.reference import event_types, vocabulary

CODER_VERSION = "0.1.0"
GOVERNING = {"02", "03", "10", "12", "13"}  # families whose object may be another verb
_PLACE_FAMILIES = {"02", "04", "05", "10", "11", "12", "13"}  # where "in X" names a place, not a target
_CLAUSE_WORDS = {"and", "y", "but", "pero", "said", "dijo", "after", "tras"}
CERTAINTY = {"country": 1.0, "leader": 1.0, "official": 0.95, "military": 0.95, "igo": 0.95, "firm": 0.9,
             "legislature": 0.9, "opposition": 0.9, "seat": 0.85, "capital": 0.85, "demonym": 0.75}


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


@dataclass(frozen=True)
class _Pattern:
    language: str
    regex: re.Pattern[str]
    cameo: str
    recv: bool  # marked (?#recv): the subject receives, the giver follows "from"/"de"
    family: str  # "07" for both "07*" and "072"; "M" for movement


@dataclass
class _Trigger:
    start: int
    end: int
    pattern: _Pattern
    last_end: int  # end of the last verb this trigger governs ("refused to send")
    absorbed: list[_Trigger] = field(default_factory=list)


@cache
def _cue_words(kind: str) -> frozenset[str]:
    """Words of one kind in cues.csv (negation, modal, passive, not_subject, not_target, place)."""
    rows = [fold(r["words"]) for r in read_data("cues.csv") if r["kind"] == kind]
    return frozenset(w for words in rows for w in alternatives(words))


@cache
def _cue_regex(kind: str, suffix: str = "", edge: str = r"\b") -> re.Pattern[str]:
    return re.compile(rf"{edge}(?:{'|'.join(sorted(_cue_words(kind), key=len, reverse=True))}){edge}{suffix}")


@cache
def _patterns() -> tuple[_Pattern, ...]:
    return tuple(_Pattern(r["language"], re.compile(rf"(?<!\w)(?:{fold(r['pattern'])})(?!\w)"), r["cameo"],
                          "(?#recv)" in r["pattern"], r["cameo"].rstrip("*")[:2])
                 for r in read_data("event_patterns.csv"))


@cache
def _object_terms() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    return tuple((r["language"], re.compile(rf"(?<!\w)(?:{longest_first(fold(r['term']))})(?!\w)"),
                  r["class"]) for r in read_data("object_terms.csv"))


@cache
def _object_codes() -> dict[tuple[str, str], str]:
    return {(r["family"], r["object_class"]): r["cameo"] for r in read_data("object_codes.csv")}


def _find_triggers(folded: str, language: str | None, mentions: list[ActorMention]) -> list[_Trigger]:
    """Non-overlapping triggers, earliest and longest first, never starting inside an actor name."""
    hits = [(m.start(), m.start() - m.end(), order, m.end(), p) for order, p in enumerate(_patterns())
            if not language or p.language == language for m in p.regex.finditer(folded)
            if not any(a.start <= m.start() < a.end for a in mentions)]
    return [_Trigger(start, end, pattern, end) for start, _, _, end, pattern in _non_overlapping(hits, 3)]


def _non_overlapping(hits: list[tuple], width: int) -> list[tuple]:
    """Earliest, then longest, hits that do not overlap; hit = (start, start - end, ..., end, ...)."""
    chosen: list[tuple] = []
    for hit in sorted(hits, key=lambda h: h[:width]):
        if not chosen or hit[0] >= chosen[-1][0] - chosen[-1][1]:
            chosen.append(hit)
    return chosen


def _absorb(folded: str, triggers: list[_Trigger], mentions: list[ActorMention]) -> list[_Trigger]:
    """Fold "refused to send" or "asked Russia to deliver" into the governing trigger."""
    out: list[_Trigger] = []
    for t in triggers:
        head = out[-1] if out else None
        if head and head.pattern.family in GOVERNING | {"16"}:  # "halted deliveries", "cut lending"
            gap = list(folded[head.last_end:t.start])
            for a in mentions:  # actor names between the two verbs do not count as words
                if head.last_end <= a.start and a.end <= t.start:
                    gap[a.start - head.last_end:a.end - head.last_end] = " " * (a.end - a.start)
            words = re.findall(r"[\w']+", "".join(gap))
            if len(words) <= 4 and not _CLAUSE_WORDS & set(words):
                head.absorbed.append(t)
                head.last_end = t.end
                continue
        out.append(t)
    return out


def _word_before(folded: str, pos: int) -> str:
    words = re.findall(r"[\w']+", folded[max(0, pos - 30):pos])
    while words and words[-1] in ("the", "el", "la", "los", "las", "its", "their", "su", "sus"):
        words.pop()
    return "according" if words[-2:] == ["according", "to"] else (words[-1] if words else "")


def _coordinated(folded: str, mentions: list[ActorMention], first: ActorMention, step: int,
                 lo: int, hi: int) -> list[ActorMention]:
    """``first`` plus the actors joined to it by "and", "y" or commas, walking by ``step``."""
    group, i = [first], mentions.index(first)
    while 0 <= i + step < len(mentions):
        nxt = mentions[i + step]
        a, b = (nxt, group[-1]) if step < 0 else (group[-1], nxt)
        joined = folded[a.end:b.start].strip(" ,") in _cue_words("joiner") | {""}
        if not (lo <= nxt.start and nxt.end <= hi and joined):
            break
        group.append(nxt)
        i += step
    return sorted(group, key=lambda m: m.start)


def _subjects(folded: str, mentions: list[ActorMention], lo: int, trig: _Trigger,
              used: set[int]) -> list[ActorMention]:
    pool = [m for m in mentions if lo <= m.start and m.end <= trig.start and id(m) not in used
            and _word_before(folded, m.start) not in _cue_words("not_subject")]
    # "Maduro, an ally of Moscow, asked ...": skip an actor wrapped in commas.
    plain = [m for m in pool if not ("," in folded[lo:m.start] and "," in folded[m.end:trig.start])] or pool
    return _coordinated(folded, mentions, plain[-1], -1, lo, trig.start) if plain else []


def _same_side(a: ActorMention, b: ActorMention) -> bool:
    state = set(vocabulary()["state_sectors"])
    return a.code == b.code or (a.country is not None and a.country == b.country
                                and a.sector in state and b.sector in state)


def _targets(folded: str, mentions: list[ActorMention], trig: _Trigger, end: int,
             sources: list[ActorMention], everyone: bool, relaxed: bool = False) -> list[ActorMention]:
    family, pool = trig.pattern.family, []
    for m in mentions:
        if not (trig.start <= m.start and m.end <= end) or m.kind == "demonym":
            continue  # a bare demonym is an adjective ("Chinese loans"), not a recipient
        prep = _word_before(folded, m.start)
        if (prep in _cue_words("not_target") and not relaxed) or (
                prep in _cue_words("place") and family in _PLACE_FAMILIES):
            continue
        if not any(_same_side(m, s) for s in sources):
            pool.append(m)
    if not pool and family == "12" and not relaxed:  # "rejected a request ... from Caracas"
        return _targets(folded, mentions, trig, end, sources, everyone, relaxed=True)
    if everyone:  # appeals: each addressee after the first is joined by "and", a comma, "to" or "a"
        return [m for i, m in enumerate(pool) if not i or re.search(r"(?:,|\b(?:and|y|e|to|a))\s*$",
                                                                    folded[:m.start])]
    if not pool:
        return pool
    group = _coordinated(folded, mentions, pool[0], 1, trig.start, end)
    # An actor right before the next clause's verb is that verb's subject, not a second target.
    if len(group) > 1 and len(re.findall(r"\w+", folded[group[-1].end:end])) <= 2 and end < len(folded) - 1:
        group.pop()
    return [g for g in group if g in pool]


def _agent(folded: str, mentions: list[ActorMention], lo: int, hi: int, preps: set[str]) -> list:
    for m in mentions:
        if lo <= m.start and m.end <= hi and _word_before(folded, m.start) in preps:
            return _coordinated(folded, mentions, m, 1, lo, hi)
    return []


def _objects(folded: str, lo: int, hi: int, language: str | None) -> list[tuple[int, int, str]]:
    """Object terms in folded[lo:hi] as (start, end, class); a dollar amount counts as economic."""
    hits = [(m.start(), m.start() - m.end(), cls) for lang, rx, cls in _object_terms()
            if not language or lang == language for m in rx.finditer(folded, lo, hi)]
    if amount := find_amount(folded[lo:hi])[1]:
        hits.append((folded.find(amount, lo, hi), -len(amount), "economic"))
    return [(start, start - neg_len, cls) for start, neg_len, cls in _non_overlapping(hits, 2)]


def _resolve(trig: _Trigger, objects: list, source: ActorMention, modal: bool) -> tuple[str, bool]:
    """CAMEO code and energy flag of one trigger given its first object, source and modality."""
    cameo, family = trig.pattern.cameo, trig.pattern.family
    cls = objects[0][2] if objects else ""
    energy = cls == "energy"
    if not cls and trig.absorbed:  # "refused to send" with no object: the inner verb's kind
        inner = event_types().get(trig.absorbed[0].pattern.cameo)
        cls = "meeting" if trig.absorbed[0].pattern.family in ("04", "M") else (
            inner.support_category or "" if inner else "")
    if not cls and source.sector == "MIL":
        cls = "military"  # "Russian bombers landed in Caracas": the subject is the object
    codes = _object_codes()
    if modal:
        cameo = codes.get(("modal", cameo)) or codes.get(("modal", family)) or cameo
    if "06" in {family, *(t.pattern.family for t in trig.absorbed)}:  # cooperating, not giving
        cls = {"military": "milcoop", "economic": "econcoop", "energy": "econcoop"}.get(cls, cls)
    if not cameo.endswith("*"):
        return cameo, energy
    family = cameo[:-1]
    return codes.get((family, cls)) or codes[(family, "")], energy


def _cue(rx: re.Pattern[str], folded: str, lo: int, hi: int) -> int | None:
    window = re.split(r"[,;:]", folded[max(lo, hi - 45):hi])[-1]
    m = rx.search(window)
    return hi - len(window) + m.start() if m else None


def _phrase_end(folded: str, pos: int) -> int:
    """End of the noun phrase an object term starts ("Tu-160" -> "Tu-160 bombers")."""
    stop = "|".join(_cue_words("phrase_stop"))
    return pos + re.match(rf"(?:\s+(?!(?:{stop})\b)[\w$.-]*\w)*", folded[pos:]).end()


def _confidence(t: _Trigger, specific: bool, src: ActorMention, tgt: ActorMention, penalty: float) -> float:
    """Higher for a specific pattern and named states; lower for metonyms, guesses, long gaps."""
    gap_src = t.start - src.end if src.end <= t.start else src.start - t.last_end
    penalty += 0.1 * (gap_src > 80) + 0.1 * (tgt.start - t.last_end > 80)
    sure = CERTAINTY.get(src.kind, 0.8) + CERTAINTY.get(tgt.kind, 0.8)
    score = 0.3 + 0.25 * (1.0 if specific else 0.5) + 0.2 * sure
    return round(min(1.0, max(0.05, score - penalty)), 2)


@dataclass
class _Context:  # what the triggers of one sentence share
    sentence: str
    folded: str
    mentions: list[ActorMention]
    language: str | None
    index: int
    day: dt.date | None
    used: set[int] = field(default_factory=set)
    last_sources: list[ActorMention] = field(default_factory=list)


def _roles(ctx: _Context, trig: _Trigger, lo: int, end: int) -> tuple[list, list, float, bool]:
    """Sources, targets, a confidence penalty and whether the voice is passive."""
    f, ms = ctx.folded, ctx.mentions
    aux = _cue_regex("passive", r"\s+(?:\w+ly\s+)?$").search(f[max(0, trig.start - 30):trig.start])
    passive = bool(aux) and not f[:trig.end].endswith("ing")  # "is sending" is active
    if passive:  # "Venezuela was sanctioned by Washington", "bombers were sent to Caracas by Moscow"
        sources = _agent(f, ms, trig.last_end, end, {"by", "por"})
        before = [m for m in _subjects(f, ms, lo, trig, ctx.used) if m not in sources]
        return sources, before or _targets(f, ms, trig, end, sources, False), 0.05, True
    subjects, penalty = _subjects(f, ms, lo, trig, ctx.used), 0.0
    if not subjects and ctx.last_sources:
        subjects, penalty = ctx.last_sources, 0.1  # "Russia sent bombers ... and pledged loans"
    if trig.pattern.recv:  # "Venezuela received bombers from Russia": the giver is the source
        guest = [m for m in ms if m.start > trig.end][:1]  # "Maduro received Lavrov": a host
        givers = _agent(f, ms, trig.last_end, end, {"from", "de", "desde", "a"}) or [
            m for m in guest if m.kind in ("leader", "official") and len(f[trig.end:m.start].split()) <= 1]
        return (givers, subjects, penalty + 0.05, False) if givers else ([], [], 0.0, False)
    targets = _targets(f, ms, trig, end, subjects, trig.pattern.family == "02")
    mutual = {"04", "05", "06"} & {trig.pattern.family, *(t.pattern.family for t in trig.absorbed)}
    if not targets and mutual and len(subjects) > 1:
        subjects, targets = subjects[:1], subjects[1:]  # "Putin and Maduro met", "... signed a treaty"
    return subjects, targets, penalty, False


def _events_for(ctx: _Context, trig: _Trigger, lo: int, end: int) -> list[CodedEvent]:
    sources, targets, penalty, passive = _roles(ctx, trig, lo, end)
    if sources and not passive:
        ctx.last_sources = sources  # a later verb of the sentence may share this subject
    if not sources or not targets:
        return []
    f, appeal = ctx.folded, trig.pattern.family == "02"
    ctx.used.update(id(t) for t in targets)
    before = [s.end for s in sources if s.end <= trig.start]
    cue_lo = max(before) if before and not passive else trig.start - 45
    negation = _cue(_cue_regex("negation"), f, cue_lo, trig.start)
    modal = _cue(_cue_regex("modal"), f, cue_lo, trig.start) if trig.pattern.family not in GOVERNING else None
    events = []
    for i, tgt in enumerate(targets):
        # Appeals name several addressees, each with its own object: "Russia for radars and China for loans".
        lo_obj = tgt.end if appeal else lo if passive else trig.end
        hi_obj = targets[i + 1].start if appeal and i + 1 < len(targets) else end
        objects = [o for o in _objects(f, lo_obj, hi_obj, ctx.language)
                   if not any(m.start <= o[0] < m.end for m in ctx.mentions)]
        if not objects and appeal:
            objects = _objects(f, trig.end, end, ctx.language)
        amount, _ = find_amount(ctx.sentence[lo_obj:hi_obj])
        evidence = _evidence(ctx, trig, objects, tgt, [negation, modal])
        events += [_event(ctx, trig, src, tgt, objects, negation is not None, modal is not None,
                          amount, evidence, penalty) for src in sources]
    return [e for e in events if e is not None]


def _evidence(ctx: _Context, trig: _Trigger, objects: list, tgt: ActorMention, cues: list[int | None]) -> str:
    """The words that justify the code: cue, trigger, and the object phrase or nearby target."""
    before = [o[0] for o in objects if o[0] < trig.start]  # passive: "bombers were sent"
    start = min(x for x in (trig.start, *cues, *before) if x is not None)
    end = trig.last_end
    if trig.pattern.cameo.endswith("*"):  # the object chose the code, so show it
        after = [o for o in objects if o[0] >= trig.start]
        for o in after if trig.pattern.family == "02" else after[:1]:
            end = max(end, _phrase_end(ctx.folded, o[1]))
    near = [(tgt.start, tgt.end, 6)] + [(o[0], _phrase_end(ctx.folded, o[1]), 2) for o in objects[:1]]
    for lo, hi, gap in near:  # words allowed between the evidence so far and what it may take in
        if lo >= end and len(re.findall(r"\w+", ctx.folded[end:lo])) <= gap:
            end = hi  # "criticized Russia", "lent Venezuela $5 billion", "desplegó buques"
    return ctx.sentence[start:min(end, start + 160)].strip()


def _event(ctx: _Context, trig: _Trigger, src: ActorMention, tgt: ActorMention, objects: list, negated: bool,
           modal: bool, amount: float | None, evidence: str, penalty: float) -> CodedEvent | None:
    cameo, energy = _resolve(trig, objects, src, modal)
    if trig.pattern.recv and src.kind in ("leader", "official") and not objects:
        cameo, src, tgt = "043", tgt, src  # "Maduro received Lavrov" is hosting a visit
    kind = event_types().get(cameo)
    if kind is None or _same_side(src, tgt):
        return None
    category = kind.support_category
    if energy and kind.direction in ("support", "appeal", "withdrawal"):
        category = "energy"
    specific = bool(objects) or not trig.pattern.cameo.endswith("*")
    return CodedEvent(
        source=Actor(src.text, src.country, src.sector, src.code),
        target=Actor(tgt.text, tgt.country, tgt.sector, tgt.code), cameo=cameo, plover=kind.plover_event,
        quad_class=kind.quad_class, goldstein=kind.goldstein, support_category=category,
        direction=kind.direction, negated=negated, amount_usd=amount, evidence=evidence,
        confidence=_confidence(trig, specific, src, tgt, penalty), sentence=ctx.sentence,
        sentence_index=ctx.index, event_date=ctx.day)


def code_sentence(sentence: str, index: int = 0, on: dt.date | None = None,
                  language: str | None = None) -> list[CodedEvent]:
    """Every event the rules find in one sentence (zero is a valid answer)."""
    on = on.date() if isinstance(on, dt.datetime) else on
    folded, mentions = fold(sentence), find_actors(sentence, on)
    if not mentions:  # no actor, no event: skip the pattern scan
        return []
    ctx = _Context(sentence, folded, mentions, language, index, event_date(sentence, on))
    triggers = _absorb(folded, _find_triggers(folded, language, mentions), mentions)
    events: list[CodedEvent] = []
    for i, trig in enumerate(triggers):
        lo, breaks = triggers[i - 1].last_end if i else 0, _cue_regex("clause_break", edge="")
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

