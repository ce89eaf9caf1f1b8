"""What the text coder returns: a coded event and its two actors."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    text: str
    country: str | None
    sector: str
    code: str


@dataclass(frozen=True)
class CodedEvent:
    source: Actor
    target: Actor | None  # None: a one-sided event ("los estudiantes protestaron"), as GDELT codes them
    cameo: str
    plover: str | None
    quad_class: int
    goldstein: float
    support_category: str | None
    direction: str | None
    negated: bool
    amount_usd: float | None        # the amount valued in USD at the event date, when it can be
    amount_original: float | None   # the amount as written, in amount_currency
    amount_currency: str | None     # ISO 4217
    evidence: str
    confidence: float
    sentence: str
    sentence_index: int
    event_date: dt.date | None
