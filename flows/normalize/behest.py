"""Acts done at another actor's request: "arrested a Huawei executive at the request of the United States",
"envió tropas a Malí a petición del Gobierno de Bamako", "at Mali's request".

The one who asked is no target of the act (unless nobody else is: "extradited him at the request of the
United States" sends him there); it appealed to the doer, an event of its own (CAMEO 020).
"""
from __future__ import annotations

import re

from flows.normalize.coded import CodedEvent
from flows.normalize.derived import actor_of, coded_before, derived
from flows.normalize.mention import ActorMention
from flows.normalize.modality import cue_regex
from flows.normalize.roles_base import Context

APPEAL = "020"

_ARTICLE = r"\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$"
_POSSESSIVE = re.compile(r"'s\s+(?:request|behest|urging)\b")


def requested_by(ctx: Context, m: ActorMention) -> bool:
    """Whether ``m`` is named as the one who asked for the act: after a cue of kind ``request_of``, or as
    the possessor in "at Mali's request"."""
    rx = cue_regex("request_of", suffix=_ARTICLE, language=ctx.language)
    if rx.search(ctx.folded, max(0, m.start - 40), m.start) is not None:
        return True
    return _POSSESSIVE.match(ctx.folded, m.end) is not None and ctx.folded[max(0, m.start - 3):m.start] == "at "


def request_events(ctx: Context, events: list[CodedEvent]) -> list[CodedEvent]:
    """020 from each state named as asking to the doer of the closest act coded before it."""
    out = []
    for m in (m for m in ctx.mentions if m.country and requested_by(ctx, m)):
        before = [(at, e) for at, e in coded_before(ctx.sentence, events, m.start) if not e.cameo.startswith("02")]
        if not before:
            continue
        _, done = max(before, key=lambda pair: pair[0])
        if done.source.country in (None, m.country):
            continue
        out.append(derived(done, APPEAL, actor_of(m), done.source))
    return out


__all__ = ["request_events", "requested_by"]
