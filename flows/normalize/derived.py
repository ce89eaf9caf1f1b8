"""Events derived from events already coded in a sentence: a mediation beside talks, an appeal behind an act
done at a state's request, a consultation or cooperation a setting implies, an act repeated by another state.

They keep the words, sentence, date and confidence of the act they come from, and carry no amount of their own.
"""
from __future__ import annotations

from dataclasses import replace

from flows.normalize.coded import Actor, CodedEvent
from flows.normalize.mention import ActorMention
from flows.reference import event_types


def actor_of(m: ActorMention) -> Actor:
    """The output side of an actor mention."""
    return Actor(m.text, m.country, m.sector, m.code)


def coded_before(sentence: str, events: list[CodedEvent], at: int) -> list[tuple[int, CodedEvent]]:
    """(where its words start, event) for each event whose words stand in ``sentence`` before ``at``."""
    return [(pos, e) for e in events if 0 <= (pos := sentence.find(e.evidence)) < at]


def derived(done: CodedEvent, code: str, source: Actor, target: Actor) -> CodedEvent:
    """An event of ``code`` between ``source`` and ``target``, told by the words of ``done``."""
    kind = event_types()[code]
    return replace(done, source=source, target=target, cameo=code, plover=kind.plover_event,
                   quad_class=kind.quad_class, goldstein=kind.goldstein, support_category=kind.support_category,
                   direction=kind.direction, negated=False, amount_usd=None, amount_original=None,
                   amount_currency=None)


__all__ = ["actor_of", "coded_before", "derived"]
