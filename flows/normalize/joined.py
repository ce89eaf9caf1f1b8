"""Acts joined by "and"/"y" to the act before them, whose target that act names: a measure an ordering or announcing
verb carries ("... and ordered the reimposition of sanctions"), a warning by the same doers ("exigió a Filipinas retirar
el buque y advirtió que no tolerará"), a pledge after a friendly act ("apologised to Namibia and pledged aid"), an offer
to mediate by the one who asked two sides to talk."""
from __future__ import annotations

import re

from flows.normalize.mention import ActorMention
from flows.normalize.roles_base import Act, Context, same_side, verb_lemma


def joined_measure(ctx: Context, act: Act) -> bool:
    """A measure (16) named by the noun an ordering or announcing verb carries, joined by "and"/"y" to an act before
    it: "... and ordered the reimposition of sanctions", "y anunció la suspensión de"."""
    return act.family == "16" and _JOINED_CARRIER.search(ctx.folded, max(0, act.start - 60), act.start) is not None


_JOINED_CARRIER = re.compile(r"\b(?:and|y)\s+(?:ordered|announced|approved|decreed|ordeno|anuncio|aprobo|decreto)"
                             r"\s+(?:[\w-]+\s+){0,4}$")


def offers_mediation(ctx: Context, act: Act, subjects: list[ActorMention]) -> bool:
    """"pidió a Rusia y Ucrania que negocien ... y ofreció la mediación de la Santa Sede": who asked the two sides
    offers to mediate between them (039 to each)."""
    if ctx.last_appeal is None or _MEDIATION_OFFERED.match(ctx.folded, act.end) is None:
        return False
    return all(any(same_side(s, a) for a in ctx.last_appeal[0]) for s in subjects)


_MEDIATION_OFFERED = re.compile(r"\s+(?:to\s+(?:mediate|act\s+as\s+an?\s+mediator|host\s+(?:the\s+)?talks)|"
                                r"(?:its|his|her|their|la|su)\s+(?:mediation|mediacion|good\s+offices)|mediar\b|"
                                r"sus\s+buenos\s+oficios|como\s+mediador)")


def joined_target(ctx: Context, act: Act, subjects: list[ActorMention]) -> list[ActorMention]:
    """The target of the verb before a verb of warning or threatening joined to it by "and"/"y" ("demanded that Manila
    remove the ship and warned that it would not tolerate", "y advirtió que"), or before a pledge joined so to a
    friendly act ("apologised to Namibia and pledged aid"), when both verbs have the same doers; else []."""
    joined = _JOINED_RIGHT_BEFORE.search(ctx.folded, max(0, act.start - 11), act.start) is not None
    if act.nominal or not subjects or not joined or not any(same_side(m, s) for m in ctx.last_sources
                                                            for s in subjects):
        return []
    if act.family == "03" and ctx.last_family in _FRIENDLY:
        # "apologised to Namibia and pledged 1.1 billion euros in development aid": to the state just befriended
        return [m for m in ctx.last_targets if m.country and not any(same_side(m, s) for s in subjects)]
    if act.family != "13" or verb_lemma(ctx, act) not in _WARNING_LEMMAS:
        return []
    accusing = _ACCUSING.search(ctx.folded, 0, act.start)
    # "acusó a Ucrania de intentar asesinar a Putin ... y advirtió": the accused, not the target of its act
    named = [m for m in ctx.mentions if 0 <= m.start - accusing.end() <= 3] if accusing else ctx.last_targets
    return [m for m in named if m.country and not any(same_side(m, s) for s in subjects)]


_ACCUSING = re.compile(r"\b(?:accused|blamed|acuso|culpo|responsabilizo)\s+(?:(?:a|al)\s+)?")
_WARNING_LEMMAS = frozenset({"warn", "threaten", "advertir", "amenazar", "alertar"})
_JOINED_RIGHT_BEFORE = re.compile(r"(?:,\s*)?\b(?:and|y|e)\s+(?:se\s+)?$")
_FRIENDLY = frozenset({"03", "04", "05", "06", "07", "08"})  # intents, meetings, support, cooperation, aid, yielding


__all__ = ["joined_measure", "joined_target", "offers_mediation"]
