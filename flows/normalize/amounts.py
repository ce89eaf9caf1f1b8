"""Money amounts in US dollars from English or Spanish news text.

Only amounts that the text states in US dollars are converted; other currencies give None
because there is no exchange-rate table yet (a later version may add one).
"""
from __future__ import annotations

import re

# Number as written in either language: "5", "2.5", "2,5", "30.000", "5,000.75".
_NUM = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|an?|one|un|una"
# Spanish uses the long scale: "billón" is 10^12 and "mil millones" is 10^9.
_SCALES = {
    "trillion": 1e12, "tn": 1e12, "billones": 1e12, "billon": 1e12, "billón": 1e12,
    "mil millones": 1e9, "millardos": 1e9, "millardo": 1e9,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
    "million": 1e6, "millones": 1e6, "millon": 1e6, "millón": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    "thousand": 1e3, "mil": 1e3, "k": 1e3,
}
_SCALE = "|".join(sorted((re.escape(s) for s in _SCALES), key=len, reverse=True))
_SYMBOL_FIRST = re.compile(
    rf"(?:US\s?\$|U\.S\.\s?\$|USD\s?|(?<![A-Za-z])\$)\s?(?P<num>{_NUM})"
    rf"(?:[\s-]?(?P<scale>{_SCALE}))?(?![\w$])",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUM})[\s-]?(?:(?P<scale>{_SCALE})\s+)?(?:de\s+)?"
    r"(?:U\.?S\.?\s+dollars|dollars|d[oó]lares(?:\s+estadounidenses)?|USD)(?!\s+(?:canadienses|australianos|"
    r"de\s+Hong\s+Kong|taiwaneses))",
    re.IGNORECASE,
)
_WORDS_ONE = {"a", "an", "one", "un", "una"}


def _number(raw: str) -> float:
    """Read a number whose separators may follow English or Spanish habits."""
    raw = raw.lower()
    if raw in _WORDS_ONE:
        return 1.0
    if "," in raw and "." in raw:  # the later separator is the decimal one
        decimal = "," if raw.rfind(",") > raw.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        return float(raw.replace(thousands, "").replace(decimal, "."))
    for sep in (",", "."):
        if sep in raw:
            parts = raw.split(sep)
            if len(parts) > 2 or len(parts[1]) == 3:  # "30.000" or "5,000": thousands
                return float(raw.replace(sep, ""))
            return float(raw.replace(sep, "."))
    return float(raw)


def _value(match: re.Match[str]) -> float | None:
    if match.group("num").lower() in _WORDS_ONE and not match.group("scale"):
        return None  # "a dollar" is not an amount worth keeping
    scale = _SCALES.get((match.group("scale") or "").lower(), 1.0)
    return _number(match.group("num")) * scale


def find_amount(sentence: str) -> tuple[float | None, str | None]:
    """First US-dollar amount in the sentence: (value in USD, the matched text), else (None, None)."""
    hits = [m for rx in (_SYMBOL_FIRST, _WORD_AFTER) for m in rx.finditer(sentence)]
    for m in sorted(hits, key=lambda h: h.start()):
        value = _value(m)
        if value is not None:
            return value, m.group().strip()
    return None, None


def parse_amount_usd(text: str) -> float | None:
    """USD value of an amount such as "$30 billion", "US$5bn" or "30.000 millones de dólares"."""
    return find_amount(text)[0]
