"""Where a noun's own actors stand: an owner right before it with no verb between ("U.S. sanctions", "Russia's
offer", not "Ukraine began talks"), the main clause's doer for "its"/"su" in a time phrase ("after its war with
Israel"), no doer for violence with no owner that a protest is about ("in protest at the invasion of Ukraine"),
and the end of a time phrase that opens the sentence."""
from __future__ import annotations

import re
from dataclasses import replace

from flows.normalize.actors import ActorMention
from flows.normalize.roles_base import Act, Context, coordinated
from flows.normalize.subjects import DURING, TEMPORAL, temporal_nominal

_OWNER_GAP = re.compile(r"\s*(?:'s)?\s*(?!(?:the|a|an|el|la|los|las|un|una)\s)(?:\S+\s+)?")


def owns(ctx: Context, m: ActorMention, act: Act) -> bool:
    """``m`` stands right before the noun as its owner: "'s" or at most one word between, and no verb."""
    return _OWNER_GAP.fullmatch(ctx.folded[m.end:act.start]) is not None and not _verb_between(ctx, m.end, act.start)


_POSSESSIVE = re.compile(r"\s*'s\s+")
# "expelled Afghans after its twelve-day war with Israel", "tras su guerra con Israel": "its" in a time phrase is
# the main clause's doer
_ITS_AFTER = re.compile(r"\b(?:after|before|since|during|following|tras|despues de|antes de|durante)\s+"
                        r"(?:its|their|su|sus)\s+(?:[\w-]+\s+){0,2}$")


def pronoun_owner(ctx: Context, act: Act) -> list[ActorMention]:
    """The doer of the act before a time phrase whose noun "its"/"su" owns, or []."""
    return list(ctx.last_sources) if _ITS_AFTER.search(ctx.folded, max(0, act.start - 40), act.start) else []


# "in protest at the invasion of Ukraine", "en protesta por los bombardeos contra Gaza": violence named as the cause of
# a protest, with no owner of its own
_PROTESTED = re.compile(r"\b(?:in\s+protest\s+(?:at|against|over)|en\s+protesta\s+(?:por|contra))\s+"
                        r"(?:the\s+|la\s+|el\s+|los\s+|las\s+)?$")


def unowned_violence(ctx: Context, act: Act) -> bool:
    """Violence told by a noun with no owner as what a protest is about: its doer is not said, and the clause's
    subject, which protests it, did not do it."""
    return act.family in ("18", "19", "20") and _PROTESTED.search(ctx.folded, max(0, act.start - 30),
                                                                    act.start) is not None


def phrase_end(ctx: Context, act: Act) -> int:
    """A time phrase opening the sentence ("Durante la visita de Lula a Pekín, Brasil y China firmaron ...") ends
    at its comma when the actors after it are a verb's subjects: they are not the visit's hosts."""
    comma = ctx.folded.find(",", act.last_end, act.hi)
    if comma < 0:
        return act.hi
    owner = next((m for m in ctx.mentions if _POSSESSIVE.fullmatch(ctx.folded, m.end, act.start)), None)
    opened = replace(act, start=owner.start) if owner else act  # "During Lula's visit to Beijing, ..."
    if temporal_nominal(ctx, opened, TEMPORAL | DURING) is None:
        return act.hi
    after = [m for m in ctx.mentions if m.start > comma]
    if not after:
        return act.hi
    group = coordinated(ctx.folded, ctx.mentions, after[0], 1, comma, act.hi)
    nxt = next((t for t in ctx.tokens if t.start >= group[-1].end), None)
    return comma if nxt is not None and nxt.word != nxt.lemma and not nxt.word.endswith("s") else act.hi


def _verb_between(ctx: Context, start: int, end: int) -> bool:
    """A verb between a name and a noun ("Cuba condena sanciones de EE.UU.", "Russia and Ukraine began talks"):
    the name is the verb's subject, not the noun's owner. English owners are marked ("Russia's", "U.S.
    sanctions"); an inflected English word there that is no plural ("began", "held") is a verb."""
    if ctx.language == "es":
        return any(start <= t.start < end and t.word != t.lemma and t.lemma.endswith(("ar", "er", "ir"))
                   for t in ctx.tokens)
    return "'" not in ctx.folded[start:end] and any(  # "the U.S.-led strikes": an adjective joined by a hyphen
        start <= t.start < end and t.word != t.lemma and not t.word.endswith("s") and ctx.folded[t.start - 1] != "-"
        for t in ctx.tokens)
