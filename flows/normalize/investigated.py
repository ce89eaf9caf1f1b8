"""What an investigation with no target of its own looks into: the subject of "whether" right after it ("an
investigation into whether Moscow ordered the killing", "sobre si Pekín"), or the agent of the act it looks into
("plots that officials believe were commissioned by Russian military intelligence", "a hybrid attack by Minsk").
"""
from __future__ import annotations

import re

from flows.normalize.actors import ActorMention
from flows.normalize.roles_base import Act, Context

# what an investigation looks into: "into whether Moscow ordered", "sobre si Pekín", "a hybrid attack by Minsk"
_WHETHER = re.compile(r"\s*(?:into|on|about|over|sobre|acerca de)\s+(?:whether|if|si)\s+(?:(?:the|el|la|los|las)\s+)?$")
_BY_AGENT = re.compile(r"[^;:]*\b(?:by|por)\s+(?:(?:the|el|la|los|las)\s+)?$")
_INVESTIGATED_CHARS = 160


def investigated(ctx: Context, act: Act) -> list[ActorMention]:
    """The state an investigation with no target looks into: the subject of "whether" right after it, or the agent
    ("by") of the act it looks into, within its phrase."""
    end = ctx.folded.find(" ", act.start)
    end = act.end if end < 0 else max(end, act.end)
    for m in ctx.mentions:
        if m.start < end or not m.country:
            continue
        if m.start - end > _INVESTIGATED_CHARS or "," in ctx.folded[end:m.start]:
            break
        window = ctx.folded[end:m.start]
        if _WHETHER.search(window) or _BY_AGENT.match(window):
            return [m]
    return []


__all__ = ["investigated"]
