"""Figurative uses of violent verbs in diplomacy ("clashed at a forum", "overcoming an impasse").

``data/figurative.csv`` lists, per language and CAMEO family, the words right after the trigger that
make it figurative and the code it takes instead (empty: no event). Drills that "encircle" a state
surround it with a show of force, not an attack (``drill_extent``).
"""
from __future__ import annotations

import re
from functools import cache

from flows.normalize.gazetteer import read_data
from flows.normalize.modality import cue_regex


@cache
def _rules(language: str) -> tuple[tuple[frozenset[str], re.Pattern[str], str], ...]:
    return tuple((frozenset(r["families"].split("|")), re.compile(r"\s*" + r["context"]), r["code"])
                 for r in read_data("figurative.csv") if r["language"] == language)


SHOW_OF_FORCE = "150"
# "drills encircling Taiwan", "maniobras que rodearon Taiwán", "exercises in the waters surrounding the island":
# an encircling verb whose doer is a drill is where the drill went
_DRILL_BEFORE = re.compile(r"\b(?:drills?|exercises|maneuvers|manoeuvres|war games|maniobras|ejercicios|simulacros)"
                           r"(?: (?:militares|navales|aereas|conjuntas))?(?: (?:that|which|que))?"
                           r"(?: (?:in|on|at|en) (?:the |las |los |el |la )?\w+(?: \w+)?)? $")
_ENCIRCLING = re.compile(r"(?:encircl|surround|rode|cerc)\w*")
# "encircled Taiwan in large-scale drills", "rodearon Taiwán en maniobras": the drill the encircling was part of
_DRILL_AFTER = re.compile(r"[^,;.]{0,40}?\b(?:in|during|en|durante) (?:[\w-]+ ){0,3}(?:drills|exercises|maneuvers|"
                          r"manoeuvres|war games|maniobras|ejercicios|simulacros)\b")


def drill_extent(folded: str, start: int) -> bool:
    """Whether the verb at ``start`` encircles or surrounds and a drill noun just before it is its doer, or one
    right after it is what the encircling was part of."""
    encircling = _ENCIRCLING.match(folded, start)
    return encircling is not None and (_DRILL_BEFORE.search(folded, max(0, start - 50), start) is not None
                                       or _DRILL_AFTER.match(folded, encircling.end()) is not None)


def figurative_code(language: str, cameo: str, folded: str, start: int, end: int) -> str | None:
    """The code a violent trigger at folded[start:end] takes given the words around it: None when it is literal,
    "" when it is no event, else the verbal code."""
    if cameo[:2] == "19" and drill_extent(folded, start):
        return SHOW_OF_FORCE
    if cameo == "170" and folded[:start].rstrip().endswith(",") \
            and cue_regex("warning_purpose", language=language).match(folded, start):
        return ""  # "deployed destroyers off Venezuela, stepping up pressure on Maduro": what the act before does
    after = folded[end:end + 100]
    for families, context, code in _rules(language):
        if cameo[:2] in families and context.match(after):
            return code
    return None
