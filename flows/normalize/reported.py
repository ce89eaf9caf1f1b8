"""Reports that are themselves events: a speaker who says another state's conduct is wrong accuses it.

"The US said Taiwan's tariffs were unacceptable", "Powell says Iran pursuing nuclear bomb", "Cuba dijo
que la injerencia de Washington ...": the reporting verb carries no event word, but what it reports
characterises another state's conduct (data/cues.csv ``accusation_content``), so the speaker accuses
(CAMEO 112) the state the reported clause names before that wording, its subject or owner. An act
the clause reports is still coded as that act's own event ("A said B sent troops": B sent troops).
"""
from __future__ import annotations

import re

from flows.normalize.actors import ActorMention
from flows.normalize.modality import cue_regex, cue_words
from flows.normalize.roles import Context, same_side
from flows.normalize.settings import CODES as SETTING_CODES
from flows.normalize.settings import settings_of

ACCUSE = "112"
THREATEN = "130"
_JUDGEMENTS = (("accusation_content", ACCUSE), ("reported_threat", THREATEN))
OWNER = re.compile(r"\s+(?:of|by|de|del|por)\s+(?:(?:the|el|la|los|las)\s+)?")


def reported_judgements(ctx: Context) -> list[tuple[ActorMention, ActorMention, int, int, str]]:
    """(speaker, the state judged, evidence start, evidence end, code) for each reported clause that accuses
    (cue kind ``accusation_content``, 112) or says a state will pay for what it does (``reported_threat``, 130)."""
    if ctx.clauses is None:
        return []
    cues = [(cue_regex(kind, language=ctx.language), code) for kind, code in _JUDGEMENTS]
    n, out = len(ctx.tokens), []
    for start, verb in sorted(ctx.clauses.reported_by.items()):
        speakers = _doer_before_comma(ctx, verb) or ctx.subjects_at.get(verb, [])
        if start >= n or not speakers or speakers[0].country is None or speakers[0].group:
            continue
        lo, hi = ctx.tokens[start].start, _clause_end(ctx, start)
        cue, code = next(((c, code) for rx, code in cues if (c := rx.search(ctx.folded, lo, hi))), (None, ""))
        if cue is None:
            continue
        named = [m for m in ctx.mentions if lo <= m.start and m.end <= hi and m.country and not m.group
                 and not m.is_place and not same_side(m, speakers[0])]
        # its subject or owner before the wording, else the owner right after a noun ("la injerencia de EE.UU.")
        judged = [m for m in named if m.end <= cue.start()] or [
            m for m in named if m.start >= cue.end() and OWNER.fullmatch(ctx.folded[cue.end():m.start])][:1]
        if judged:
            out.append((speakers[0], judged[0], ctx.tokens[verb].start, cue.end(), code))
    return out + told_in_a_setting(ctx)


_ADDRESSEE_GAP = re.compile(r"\s+(?:a\s+|al\s+)?(?:[\w.-]+\s+){0,3}?")  # "told President X", "le dijo al presidente X"
_SETTING_GAP = re.compile(r"(?:\s+on\s+\w+day|\s+el\s+\w+)?")  # "told Putin on Saturday in a phone call"


def told_in_a_setting(ctx: Context) -> list[tuple[ActorMention, ActorMention, int, int, str]]:
    """"Biden told Putin in an hour-long phone call that ...", "le dijo a Putin en una llamada telefónica": what
    a speaker told another state's leader in a call, talks or a meeting is a consultation between them (041, 046,
    040), both ways, whatever was said."""
    tell = {"en": "tell", "es": "decir"}.get(ctx.language or "", "")
    out: list[tuple[ActorMention, ActorMention, int, int, str]] = []
    for verb, speakers in ctx.subjects_at.items():
        token = ctx.tokens[verb]
        if token.lemma != tell or not speakers or not speakers[0].country or speakers[0].group:
            continue
        addressee = next((m for m in ctx.mentions if m.start > token.end and m.country and not m.group
                          and _ADDRESSEE_GAP.fullmatch(ctx.folded, token.end, m.start)), None)
        if addressee is None or same_side(addressee, speakers[0]):
            continue
        gap = _SETTING_GAP.match(ctx.folded, addressee.end)
        if ctx.folded[gap.end():gap.end() + 1] != " ":
            continue
        setting = next((found for rx in settings_of(ctx.language) if (found := rx.match(ctx.folded, gap.end() + 1))),
                       None)
        if setting is not None:
            code = SETTING_CODES[setting.lastgroup or "meeting"]
            out += [(speakers[0], addressee, token.start, setting.end(), code),
                    (addressee, speakers[0], token.start, setting.end(), code)]
    return out


def _doer_before_comma(ctx: Context, verb: int) -> list[ActorMention]:
    """A reporting gerund after a comma (", saying", ", alegando") speaks for the subject of the clause before the
    comma ("expelled 23 diplomats, saying Moscow was culpable": Britain says it, Moscow is what is said): the first
    actor there that no preposition introduces."""
    tokens = ctx.tokens
    if verb < 2 or tokens[verb - 1].word != "," or not tokens[verb].word.endswith(("ing", "ando", "iendo")):
        return []
    first = ctx.clauses.span(verb - 2, len(tokens))[0]
    if first > 1 and tokens[first - 1].word == "," and tokens[first].word in _APPOSITION_LEADS:
        first = ctx.clauses.span(first - 2, len(tokens))[0]  # ", the biggest such move in decades, saying": before it
    lo = tokens[first].start
    not_subject = cue_words("not_subject", ctx.language)
    return [m for m in ctx.mentions if lo <= m.start and m.end <= tokens[verb - 1].start
            and m.preposition not in not_subject][:1]


_APPOSITION_LEADS = frozenset({"the", "a", "an", "el", "la", "un", "una"})  # a noun phrase naming what came before


def judging(folded: str, language: str | None) -> bool:
    """Whether the sentence has wording that could make a report an accusation, a threat or a consultation."""
    return any(cue_regex(kind, language=language).search(folded) for kind, _ in _JUDGEMENTS) or any(
        rx.search(folded) for rx in settings_of(language))


def _clause_end(ctx: Context, start: int) -> int:
    hi = ctx.clauses.span(start, len(ctx.tokens))[1] if ctx.clauses else len(ctx.tokens)
    return ctx.tokens[hi].start if hi < len(ctx.tokens) else len(ctx.folded)
