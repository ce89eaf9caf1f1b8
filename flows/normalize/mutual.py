"""Whom a joint subject acts on when the sentence names no one else: each other, or the parties "between them".

"Putin and Maduro met", "India and Canada each expelled six diplomats", "se culparon mutuamente": the subjects act
on one another; "with Oman's foreign minister shuttling between them": the previous act's parties; three or more
states striking together, or a joint strike, hit a third party.
"""
from __future__ import annotations

import re

from flows.normalize.actors import ActorMention
from flows.normalize.roles_base import Act, Context, same_side, verb_lemma
from flows.normalize.territory import HARM_FAMILIES

_JOINT = re.compile(r"\b(?:joint|combined|conjunt[oa]s?|combinad[oa]s?)\b")
_BETWEEN_THEM = re.compile(r"\b(?:between|entre) (?:them|the two|the two sides|ambos|ellos|ellas|las dos partes)\b")


def each_other(ctx: Context, act: Act, subjects: list[ActorMention], mutual: bool) -> list[ActorMention]:
    """The previous act's parties after "between them" ("with Oman's foreign minister shuttling between them"),
    else each other for a joint subject of a mutual act ("Putin and Maduro met": pairs of one actor are skipped),
    unless they strike jointly ("joint strikes" hit a third party)."""
    f = ctx.folded
    between = [m for m in ctx.last_sources if m.country and not any(same_side(m, s) for s in subjects)] \
        if _BETWEEN_THEM.search(f, act.start, act.last_end + 24) else []
    if between:
        return between
    # three or more states using force together use it on a third party ("The United States, Britain and France
    # launched missiles at ..."), not on each other
    allied = len({m.country for m in subjects if m.country}) > 2 and not _EACH_OTHER.search(f, act.start, act.hi)
    harm = act.family in HARM_FAMILIES and (_JOINT.search(f, act.start, act.hi) or allied)
    # "accused each other of", "se culparon mutuamente": any act the text itself says went both ways
    reciprocal = _EACH_OTHER.match(f, act.last_end + 1) is not None or (  # "each side blamed the other"
        _EACH.search(f, max(0, act.start - 20), act.start) is not None and _THE_OTHER.match(f, act.last_end)) or (
        # "India and Canada each expelled six diplomats", "expulsaron cada uno a", "from each other's capitals"
        _EACH_DID.search(f, max(0, act.start - 16), act.start) is not None or _EACH_ONE.match(f, act.end) is not None
        or _EACH_OTHERS.search(f, act.end, act.hi) is not None or _COUNT_EACH.match(f, act.end) is not None
        or (_BOTH_SE.search(f, max(0, act.start - 30), act.start) is not None
            and verb_lemma(ctx, act) in _RECIPROCAL_SE))  # "ambos se acusaron de", not "ambos se negaron a"
    # "Thailand and Cambodia downgraded relations": relations cut by both are cut with each other
    relations = act.family == "16" and _RELATIONS.search(f, act.end, min(act.hi, act.end + 40)) is not None
    if (mutual or reciprocal or relations) and len(subjects) > 1 and not harm \
            and (reciprocal or verb_lemma(ctx, act) not in _ONE_SIDED):
        return subjects
    return []


_RELATIONS = re.compile(r"\b(?:relations|ties|relaciones|lazos|vinculos)\b")
_EACH_OTHER = re.compile(r"\b(?:each other|one another|mutuamente|entre s[ií]|el uno al otro)\b")
_EACH = re.compile(r"\b(?:each|cada)(?:\s+(?:side|country|government|nation|uno|una|parte|pais|gobierno))?\s+$")
_EACH_DID = re.compile(r"\beach\s+(?:(?:have|has|had|will|would)\s+)?$")
_EACH_ONE = re.compile(r"\s+(?:cada uno|cada una)\b")
_COUNT_EACH = re.compile(r"(?:\s+[\w-]+){1,3}\s+each\b(?!\s+other)")  # "expelled two diplomats each"
_EACH_OTHERS = re.compile(r"\beach other's\b|\bdel otro\b|\bde la otra\b")
_BOTH_SE = re.compile(r"\b(?:ambos|ambas|los dos|las dos)(?:\s+[\w-]+)?\s+se\s+$")  # reflexive of a pair: each other
# verbs whose "se" after a pair means each other; "negarse", "quejarse", "comprometerse" are reflexive only
_RECIPROCAL_SE = frozenset({"acusar", "culpar", "responsabilizar", "atacar", "amenazar", "criticar", "insultar",
                            "expulsar", "sancionar", "denunciar"})
_THE_OTHER = re.compile(r"\s+(?:the other|al otro|a la otra)\b")


# support given to a third party or a thing, never to each other: "Brasil y Argentina elogiaron el acuerdo",
# "España, Irlanda y Noruega reconocieron al Estado palestino" (signing or agreeing stays mutual)
_ONE_SIDED = frozenset({"recognize", "recognise", "praise", "welcome", "endorse", "support", "back", "applaud", "hail",
                        "commend", "congratulate", "thank", "defend", "reconocer", "elogiar", "respaldar", "apoyar",
                        "aplaudir", "felicitar", "agradecer", "defender", "saludar", "destacar", "valorar"})


__all__ = ["each_other"]
