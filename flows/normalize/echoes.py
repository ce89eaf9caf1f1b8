"""An act repeated by another state: "X expelled the U.S. envoy, and Chávez did the same with Washington's envoy
in Caracas", "Maduro expulsó a la encargada de negocios estadounidense, a lo que Washington respondió con una
medida similar", "Russia closed its border, and Belarus followed suit".

The echo has the earlier act's code. Its doer is the state named right before the words of repetition (or right
after them: "hizo lo mismo Venezuela"); its target is the one named after "with"/"con", else, for a reply in kind,
the earlier act's doer, else the earlier act's target ("followed suit": the same act toward the same state).
"""
from __future__ import annotations

import re
from dataclasses import replace

from flows.normalize.coded import CodedEvent
from flows.normalize.derived import actor_of, coded_before
from flows.normalize.mention import ActorMention
from flows.normalize.roles_base import Context, coordinated

_SAME = re.compile(r"\b(?:(?P<same>did the same|does the same|do the same|followed suit|follows suit|hizo lo mismo|"
                   r"hicieron lo mismo|hara lo mismo|haran lo mismo|siguio el ejemplo|siguieron el ejemplo|"
                   # "..., and Bangladesh and Bhutan quickly followed.": at the end of the sentence or clause
                   r"(?:quickly |soon |swiftly |promptly )?followed(?=\s*(?:[.;]|$)))"
                   r"|(?P<reply>responded in kind|replied in kind|retaliated in kind|reciprocated|"
                   r"responded with (?:a )?similar (?:measure|move|step)s?|"
                   r"respondi(?:o|eron) con (?:una )?medidas? similar(?:es)?|"
                   r"respondi(?:o|eron) de la misma manera|respondi(?:o|eron) en reciprocidad)"
                   # "in response to a similar move by Tallinn", "en respuesta a una medida idéntica adoptada por
                   # Argelia": the act answered, told as an echo of the one that answers it
                   r"|(?P<answered>(?:in response to|in retaliation for) an? (?:identical|similar|reciprocal) "
                   r"(?:measure|move|step|decision)s? (?:taken |adopted |announced )?by(?: the)?"
                   r"|(?:en respuesta a|en represalia por) una? (?:medida|decision|paso)s? (?:identica|similar|"
                   r"reciproca)s? (?:adoptada |tomada |anunciada )?(?:por|de)(?: el| la)?))(?:\b|(?<= ))")
_CLAUSE_AND = re.compile(r",\s+(?:and|y|e)\s")
_WITH = re.compile(r"\s+(?:with|con)\s+(?:[\w'.-]+\s+){0,4}?$")


def echoed(ctx: Context, events: list[CodedEvent]) -> list[CodedEvent]:
    """``events``, less those the words before a repetition aimed at the states that repeat it ("announced a boycott
    of the Olympics, and Britain, Canada and Australia followed suit": the list is no target of the boycott), and
    the repetitions."""
    repeaters = [m for found in _SAME.finditer(ctx.folded) if found.lastgroup == "same"
                 and (doer := _doer(ctx, found.start(), found.end())) is not None and doer.end <= found.start()
                 for m in [*_joined_doers(ctx, doer, found), doer] if m.country
                 and not _CLAUSE_AND.search(ctx.folded, m.end, doer.start)]  # "with Peru, and Bolivia followed"
    kept = [e for e in events if not any(_aimed_at(ctx, e, m) for m in repeaters)]
    return kept + echo_events(ctx, kept)


def _aimed_at(ctx: Context, event: CodedEvent, m: ActorMention) -> bool:
    """The event is told before ``m`` and aimed at it: no other mention of the sentence has its code."""
    return event.target is not None and event.target.code == m.code and 0 <= ctx.sentence.find(event.evidence) \
        < m.start and not any(o is not m and o.code == m.code for o in ctx.mentions)


def echo_events(ctx: Context, events: list[CodedEvent]) -> list[CodedEvent]:
    out: list[CodedEvent] = []
    for found in _SAME.finditer(ctx.folded):
        earlier = _earlier_act(ctx, events, found.start())
        doer = _doer(ctx, found.start(), found.end()) if found.lastgroup != "answered" \
            else next((m for m in ctx.mentions if found.end() <= m.start <= found.end() + 4 and m.country), None)
        if earlier is None or doer is None or doer.country in (None, earlier.source.country):
            continue
        for joined in _joined_doers(ctx, doer, found) if found.lastgroup == "same" else []:
            if joined.country not in (None, earlier.source.country, earlier.target and earlier.target.country):
                out.append(replace(earlier, source=actor_of(joined), negated=False, amount_usd=None,
                                   amount_original=None, amount_currency=None))
        partner = next((m for m in ctx.mentions if found.end() <= m.start <= found.end() + 50 and m.country
                        and _WITH.fullmatch(ctx.folded, found.end(), m.start)), None)
        if partner is not None:
            target = actor_of(partner)
        else:
            target = earlier.source if found.lastgroup in ("reply", "answered") else earlier.target
        if target is None or target.country in (None, doer.country):
            continue
        # the earlier act's own code and category (an energy category stays), between the new sides
        out.append(replace(earlier, source=actor_of(doer), target=target, negated=False, amount_usd=None,
                           amount_original=None, amount_currency=None))
    return out


def _earlier_act(ctx: Context, events: list[CodedEvent], at: int) -> CodedEvent | None:
    """The first act coded before ``at``: the lead's main act, not one in a clause on its object."""
    before = [(pos, e) for pos, e in coded_before(ctx.sentence, events, at)
              if not e.negated and e.target is not None and e.target.country]
    return min(before, key=lambda pair: pair[0])[1] if before else None  # the lead's main act comes first


def _joined_doers(ctx: Context, doer: ActorMention, found: re.Match[str]) -> list[ActorMention]:
    """The states listed before the doer of "followed suit" ("Bangladesh, Bhutan and Afghanistan followed")."""
    if doer.end > found.start():
        return []
    return [m for m in coordinated(ctx.folded, ctx.mentions, doer, -1, 0, found.start()) if m is not doer]


def _doer(ctx: Context, start: int, end: int) -> ActorMention | None:
    """The state right before the words (an auxiliary or "a lo que" aside), else right after them."""
    before = [m for m in ctx.mentions if m.end <= start and m.country and start - m.end <= 20]
    if before:
        return before[-1]
    return next((m for m in ctx.mentions if end <= m.start <= end + 4 and m.country), None)


__all__ = ["echo_events", "echoed"]
