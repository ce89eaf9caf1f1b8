"""Figurative uses of violent verbs in diplomacy ("clashed at a forum", "overcoming an impasse").

``data/figurative.csv`` lists, per language and CAMEO family, the words right after the trigger that
make it figurative and the code it takes instead (empty: no event).
"""
from __future__ import annotations

import re
from functools import cache

from flows.normalize.gazetteer import read_data


@cache
def _rules(language: str) -> tuple[tuple[frozenset[str], re.Pattern[str], str], ...]:
    return tuple((frozenset(r["families"].split("|")), re.compile(r"\s*" + r["context"]), r["code"])
                 for r in read_data("figurative.csv") if r["language"] == language)


def figurative_code(language: str, cameo: str, after: str) -> str | None:
    """The code a violent trigger takes given the folded words after it: None when it is literal,
    "" when it is no event, else the verbal code."""
    for families, context, code in _rules(language):
        if cameo[:2] in families and context.match(after):
            return code
    return None
