"""Joint subjects and lists of actors: the joint subject the dictionaries' ``%`` marker asks for ("Rusia y
China firmaron", "coordinó con China"), and how far a list of actors after a verb pushes its pattern words.

``tokens`` are a sentence's tokens, ``actors`` maps the first token of each actor to one past its last, and
``lo``/``hi`` bound the verb's clause (token indexes).
"""
from __future__ import annotations

from itertools import pairwise

from flows.normalize.modality import cue_words
from flows.normalize.tokens import Token

_ARTICLES = frozenset({"the", "el", "la", "los", "las"})


def compound_subject(tokens: list[Token], start: int, end: int, lo: int, hi: int, actors: dict[int, int]) -> bool:
    """Two actors joined by "and"/"y" (articles aside) before the verb in its clause or just after it (Spanish
    verb-subject order), or a partner after "con"/"with": the joint act a ``%`` before the verb asks for
    ("Rusia y China firmaron", "firmaron este lunes en Pekín los ministros de Rusia y China", "coordinó con
    China"). Commas alone join no one."""
    before = sorted((a, b) for a, b in actors.items() if lo <= a and b <= start)
    after = sorted((a, b) for a, b in actors.items() if end <= a < min(hi, end + 12))
    return _joined_pair(tokens, before) or _joined_pair(tokens, after) or _with_partner(tokens, end, after)


_WITH = frozenset({"con", "with"})


def _with_partner(tokens: list[Token], end: int, after: list[tuple[int, int]]) -> bool:
    """"coordinó con China", "agreed with China": the partner after "with" makes the act a joint one."""
    return any(tokens[a - 1].word in _WITH or (a >= 2 and tokens[a - 2].word in _WITH
                                                and tokens[a - 1].word in _ARTICLES)
               for a, _ in after if a - end <= 4)


def _joined_pair(tokens: list[Token], spans: list[tuple[int, int]]) -> bool:
    for (_, first_end), (second, _) in pairwise(spans):
        gap = " ".join(t.word for t in tokens[first_end:second] if t.word not in _ARTICLES).strip(" ,")
        if gap and gap in cue_words("joiner"):
            return True
    return False


_LIST_GLUE = frozenset({",", "y", "e", "and"})


def list_width(tokens: list[Token], pos: int, actors: dict[int, int]) -> int:
    """Tokens a list of actors right after the verb takes beyond one word each ("Retiraron Argentina, Brasil
    y Uruguay a sus embajadores"): the pattern's first word may stand that much further away."""
    extra, p = 0, pos
    if p + 1 < len(tokens) and tokens[p].word in _LIST_LEADS:
        # "selló con Estados Unidos y ... un acuerdo", "renovó con el Banco Popular de China el acuerdo"
        lead = 2 if tokens[p + 1].word in _ARTICLES and p + 2 in actors else 1
        if p + lead in actors:
            extra, p = lead, p + lead
    start = p
    while p < len(tokens) and (p in actors or (tokens[p].word in _LIST_GLUE and p + 1 in actors)):
        end = actors.get(p, p + 1)
        extra += end - p if p not in actors else end - p - 1
        p = end
    if p > start and p < len(tokens) and tokens[p].word in _LIST_GLUE:  # "y otras cinco potencias"
        rest = next((q for q in range(p + 1, min(len(tokens), p + 5)) if tokens[q].word in _OTHERS_NOUNS), None)
        extra += rest - p + 1 if rest is not None else 0
    return extra if p > start else 0


_LIST_LEADS = frozenset({"con", "with"})
# "and five other powers", "y otros tres países": more states the list does not name
_OTHERS_NOUNS = frozenset({"powers", "countries", "nations", "states", "governments", "potencias", "paises",
                           "naciones", "estados", "gobiernos"})
