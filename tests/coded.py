"""What the text coder finds in one sentence, as (source country, target country, CAMEO code) triples: the shape
the coder's rule tests assert on."""
from __future__ import annotations

import datetime as dt

from flows.normalize.coder import code_text

Triple = tuple[str | None, str | None, str]


def triples(text: str, language: str, on: dt.date | None = None) -> set[Triple]:
    return {(e.source.country, e.target and e.target.country, e.cameo) for e in code_text(text, on, language)}
